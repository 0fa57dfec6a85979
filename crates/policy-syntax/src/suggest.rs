//! "Did you mean": the closest known name to a misspelt one. The one home of
//! the metric and the threshold, for the checker, the parser's keyword
//! explanations and the case decoder alike.

use policy_i18n::{msg, Message};

/// "did you mean `name`?": the help of every diagnostic that suggests a name
/// (`check-did-you-mean`).
pub fn did_you_mean_help(name: &str) -> Message {
    msg!("check-did-you-mean", name = name.to_owned())
}

/// The edit distance between two strings, in characters, counting a swap of
/// two neighbouring letters as one edit (`grdae` → `grade`).
fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// The candidate closest to `name`, if it is close enough to be a likely typo:
/// at most one edit per three characters (at least one), letter case ignored
/// (`Director` → `director`, `HOME` → `home`).
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    let lower = name.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| *c != name)
        .map(|c| (edit_distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// Every candidate close enough to `name` to be a likely typo (the same
/// measure as [`did_you_mean`]), closest first.
pub fn close_names<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    let lower = name.to_lowercase();
    let mut close: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter(|c| *c != name)
        .map(|c| (edit_distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .collect();
    close.sort();
    close.dedup();
    close.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_close_names_in_both_alphabets() {
        assert_eq!(did_you_mean("grdae", ["grade", "age"]), Some("grade"));
        assert_eq!(did_you_mean("класс", ["класы", "возраст"]), Some("класы"));
        assert_eq!(did_you_mean("xyz", ["grade"]), None);
        assert_eq!(did_you_mean("grade", ["grade"]), None);
        assert_eq!(did_you_mean("HOME", ["home", "school"]), Some("home"));
        assert_eq!(did_you_mean("hoem", ["home", "school"]), Some("home"));
        assert_eq!(did_you_mean("medical_certificat", ["medical_certificate"]), Some("medical_certificate"));
    }

    #[test]
    fn lists_every_close_name_closest_first() {
        assert_eq!(
            close_names("замена на 8 день", ["замена на 8-й день", "замена на 7 день", "болезнь"]),
            ["замена на 7 день", "замена на 8-й день"]
        );
        assert!(close_names("xyz", ["grade"]).is_empty());
    }
}
