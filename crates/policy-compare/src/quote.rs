//! The regulation's own words for a citation, to show on hover.

use policy_check::quote::Quote;
use policy_i18n::{tr, Lang};

use crate::comparison::PolicyInfo;
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

/// The words of the clauses `citation` names (`п. 17. … утверждается
/// заместителем директора по УВР.`), each as `policy_check::quote` picks
/// them: the sentence around the words the citation names, or the sentence
/// that best matches `hints` (the cell's row and value); empty when the
/// policy quotes none of them.
pub fn quote(policy: &PolicyInfo, lang: Lang, citation: &str, hints: &[&str]) -> String {
    let named_words = |i: usize| {
        let words = policy.words.iter().filter(|(text, _)| citation == text || citation.split("; ").any(|t| t == text));
        words.flat_map(|(_, found)| found).find(|(c, _)| *c == i).map(|(_, range)| range.clone())
    };
    let found: Vec<(usize, &(String, String))> =
        named(policy, citation).into_iter().filter_map(|i| policy.clauses.get(i).map(|c| (i, c))).collect();
    let mut parts: Vec<String> = found
        .iter()
        .take(CLAUSES)
        .map(|(i, (number, text))| {
            let words = match named_words(*i) {
                Some(range) => Quote::around(text, range),
                None => Quote::best(text, hints),
            };
            let prefix = if number.starts_with(|c: char| c.is_ascii_digit()) { "п. " } else { "" };
            format!("{prefix}{number}. {}", words.plain())
        })
        .collect();
    if found.len() > CLAUSES {
        parts.push(tr!(lang, "compare-more-clauses", n = found.len() - CLAUSES));
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
        let q = quote(&policy(), Lang::En, "2.33–2.35", &[]);
        assert_eq!(q, "п. 2.33. text 2.33\n\nп. 2.34. text 2.34\n\nп. 2.35. text 2.35");
        let more = quote(&policy(), Lang::En, "2.33–2.35, 2.38", &[]);
        assert!(more.ends_with("п. 2.35. text 2.35\n\n… and 1 more clause"), "{more}");
    }

    #[test]
    fn named_words_are_quoted_in_their_sentence() {
        let text = "policy p {}\nclause \"17\" \"\"\"Первое. Расписание утверждается заместителем директора. Третье.\"\"\"\nprovision a \"x\" § \"17\" «утверждается заместителем»\n";
        let (_, checked) = policy_check::check_text(text);
        let info = crate::align::policy_info(&checked.model, "p".into());
        assert_eq!(quote(&info, Lang::En, "17", &[]), "п. 17. Расписание утверждается заместителем директора.");
    }

    #[test]
    fn joined_citations_and_appendices_are_quoted_once() {
        assert_eq!(
            quote(&policy(), Lang::En, "Приложение 1; 2.38; Приложение 1", &[]),
            "Приложение 1. text Приложение 1\n\nп. 2.38. text 2.38"
        );
        assert_eq!(quote(&policy(), Lang::En, "99", &[]), "");
    }
}
