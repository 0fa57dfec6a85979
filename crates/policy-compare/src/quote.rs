//! The regulation's own words for a citation, to show on hover.

use crate::comparison::PolicyInfo;

/// The longest quote of one clause, in characters.
const CLAUSE_CHARS: usize = 300;
/// At most this many clauses are quoted for one citation.
const CLAUSES: usize = 3;

/// The quoted clauses a cell's citation names, as the policy's check resolved
/// them, each once (indices into [`PolicyInfo::clauses`]). A cell that merged
/// several citations joins them with `; `; each is looked up.
fn named(policy: &PolicyInfo, citation: &str) -> Vec<usize> {
    let resolved = |text: &str| policy.citations.iter().find(|(t, _)| t == text).map(|(_, c)| c.as_slice());
    let found: Vec<usize> = match resolved(citation) {
        Some(clauses) => clauses.to_vec(),
        None => citation.split("; ").filter_map(resolved).flatten().copied().collect(),
    };
    let mut picked: Vec<usize> = Vec::new();
    for i in found {
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    picked
}

/// The words of the clauses `citation` names (`п. 16. Недельная учебная
/// нагрузка …`), each shortened to a readable length; empty when the policy
/// quotes none of them.
pub fn quote(policy: &PolicyInfo, citation: &str) -> String {
    let found: Vec<&(String, String)> =
        named(policy, citation).into_iter().filter_map(|i| policy.clauses.get(i)).collect();
    let mut parts: Vec<String> = found
        .iter()
        .take(CLAUSES)
        .map(|(number, text)| {
            let mut words: String = text.chars().take(CLAUSE_CHARS).collect();
            if text.chars().count() > CLAUSE_CHARS {
                words.push('…');
            }
            let prefix = if number.starts_with(|c: char| c.is_ascii_digit()) { "п. " } else { "" };
            format!("{prefix}{number}. {words}")
        })
        .collect();
    if found.len() > CLAUSES {
        parts.push(format!("… and {} more", found.len() - CLAUSES));
    }
    parts.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A policy quoting `2.33`–`2.35`, `2.38` and `Приложение 1`, citing them as the tests need.
    fn policy() -> PolicyInfo {
        let mut text = String::from("policy p {}\n");
        for n in ["2.33", "2.34", "2.35", "2.38", "Приложение 1"] {
            text.push_str(&format!("clause \"{n}\" \"text {n}\"\n"));
        }
        for (i, c) in ["2.33–2.35", "2.33–2.35, 2.38", "Приложение 1", "2.38", "99"].iter().enumerate() {
            text.push_str(&format!("provision p{i} \"x\" § \"{c}\"\n"));
        }
        let (_, checked) = policy_check::check_text(&text);
        crate::align::policy_info(&checked.model, "p".into())
    }

    #[test]
    fn ranges_take_the_clauses_between_their_ends() {
        let q = quote(&policy(), "2.33–2.35");
        assert_eq!(q, "п. 2.33. text 2.33\n\nп. 2.34. text 2.34\n\nп. 2.35. text 2.35");
        let more = quote(&policy(), "2.33–2.35, 2.38");
        assert!(more.ends_with("п. 2.35. text 2.35\n\n… and 1 more"), "{more}");
    }

    #[test]
    fn joined_citations_and_appendices_are_quoted_once() {
        assert_eq!(
            quote(&policy(), "Приложение 1; 2.38; Приложение 1"),
            "Приложение 1. text Приложение 1\n\nп. 2.38. text 2.38"
        );
        assert_eq!(quote(&policy(), "99"), "");
    }
}
