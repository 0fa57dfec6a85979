//! The outcomes of `policy test` as JUnit XML: one `<testsuite>` per policy,
//! one `<testcase>` per test, a `<failure>` or `<error>` with the problems.

use crate::test_report::{Outcome, Status, Totals};

/// The JUnit XML document of `outcomes`, suites in the order their policies ran.
pub fn document(outcomes: &[Outcome]) -> String {
    let totals = Totals::of(outcomes);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"policy test\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
        outcomes.len(),
        totals.failed,
        totals.errors
    ));
    let mut rest = outcomes;
    while let Some(first) = rest.first() {
        let len = rest.iter().take_while(|o| o.file == first.file).count();
        let (suite, next) = rest.split_at(len);
        write_suite(&mut out, suite);
        rest = next;
    }
    out.push_str("</testsuites>\n");
    out
}

/// One `<testsuite>`: the outcomes of one policy file.
fn write_suite(out: &mut String, suite: &[Outcome]) {
    let Some(first) = suite.first() else { return };
    let totals = Totals::of(suite);
    out.push_str(&format!(
        "  <testsuite name=\"{}\" file=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
        escape(&first.policy, true),
        escape(&first.file, true),
        suite.len(),
        totals.failed,
        totals.errors
    ));
    for outcome in suite {
        let name = outcome.test.as_deref().unwrap_or("(policy)");
        out.push_str(&format!(
            "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"",
            escape(name, true),
            escape(&outcome.policy, true),
            escape(&outcome.file, true)
        ));
        let element = match outcome.status {
            Status::Passed => {
                out.push_str("/>\n");
                continue;
            }
            Status::Failed => "failure",
            Status::Error => "error",
        };
        let message = match outcome.problems.as_slice() {
            [one] => match (&one.expectation, &one.expected, &one.actual) {
                (Some(expectation), Some(expected), Some(actual)) => {
                    format!("{expectation}: expected {expected}, got {actual}")
                }
                _ => one.message.lines().next().unwrap_or_default().to_string(),
            },
            problems => format!("{} problems", problems.len()),
        };
        let body: Vec<&str> = outcome.problems.iter().map(|p| p.message.as_str()).collect();
        out.push_str(&format!(
            ">\n      <{element} message=\"{}\">{}</{element}>\n    </testcase>\n",
            escape(&message, true),
            escape(&body.join("\n"), false)
        ));
    }
    out.push_str("  </testsuite>\n");
}

/// `text` escaped for XML 1.0: the five markup characters as entities, and
/// the control characters XML 1.0 cannot hold (and U+FFFE, U+FFFF) as U+FFFD.
/// In an `attribute` value, line breaks and tabs become character references
/// too, so that a parser keeps them instead of normalizing them to spaces.
fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' | '\t' => out.push(c),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_and_controls_are_escaped() {
        assert_eq!(escape("a<b>&\"c\"'d'", false), "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
        assert_eq!(escape("1\n2\t\u{1}", true), "1&#10;2&#9;\u{fffd}");
        assert_eq!(escape("1\n2\t\u{1}", false), "1\n2\t\u{fffd}");
        assert_eq!(escape("Обучающийся", true), "Обучающийся");
    }
}
