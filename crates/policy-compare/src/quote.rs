//! The regulation's own words for a citation, to show on hover.

/// The longest quote of one clause, in characters.
const CLAUSE_CHARS: usize = 300;
/// At most this many clauses are quoted for one citation.
const CLAUSES: usize = 3;

/// The clause numbers a citation names, in the policy's declaration order:
/// `1.2, 2.9` names two; a range `2.33–2.35` names both ends and every
/// clause declared between them; citations joined with `; ` are read one by
/// one.
fn numbers<'c>(clauses: &'c [(String, String)], citation: &str) -> Vec<&'c (String, String)> {
    let position = |n: &str| clauses.iter().position(|(number, _)| number == n);
    let mut picked: Vec<usize> = Vec::new();
    for part in citation.split("; ").flat_map(|c| c.split(',')).map(str::trim).filter(|p| !p.is_empty()) {
        let found: Vec<usize> = match part.split_once('–') {
            Some((a, b)) => match (position(a.trim()), position(b.trim())) {
                (Some(a), Some(b)) if a <= b => (a..=b).collect(),
                (a, b) => a.into_iter().chain(b).collect(),
            },
            None => position(part).into_iter().collect(),
        };
        for i in found {
            if !picked.contains(&i) {
                picked.push(i);
            }
        }
    }
    picked.into_iter().filter_map(|i| clauses.get(i)).collect()
}

/// The words of the clauses `citation` names (`п. 16. Недельная учебная
/// нагрузка …`), each shortened to a readable length; empty when the policy
/// quotes none of them.
pub fn quote(clauses: &[(String, String)], citation: &str) -> String {
    let found = numbers(clauses, citation);
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

    fn clauses() -> Vec<(String, String)> {
        ["2.33", "2.34", "2.35", "2.38", "Приложение 1"].iter().map(|n| (n.to_string(), format!("text {n}"))).collect()
    }

    #[test]
    fn ranges_take_the_clauses_between_their_ends() {
        let q = quote(&clauses(), "2.33–2.35");
        assert_eq!(q, "п. 2.33. text 2.33\n\nп. 2.34. text 2.34\n\nп. 2.35. text 2.35");
        let more = quote(&clauses(), "2.33–2.35, 2.38");
        assert!(more.ends_with("п. 2.35. text 2.35\n\n… and 1 more"), "{more}");
    }

    #[test]
    fn joined_citations_and_appendices_are_quoted_once() {
        assert_eq!(
            quote(&clauses(), "Приложение 1; 2.38; Приложение 1"),
            "Приложение 1. text Приложение 1\n\nп. 2.38. text 2.38"
        );
        assert_eq!(quote(&clauses(), "99"), "");
    }
}
