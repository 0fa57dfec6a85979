//! The lexical rules of JSON (RFC 8259) that both JSON readers share: the
//! strict tree reader (`json`, which explains every mistake) and the fast
//! reader (`fast_json`, which gives up on any and lets the tree reader explain).

use policy_i18n::{msg, Message};

/// What is wrong with a number (RFC 8259 § 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NumberFault {
    /// `003`: a leading zero.
    LeadingZero,
    /// `-` with no digit after it.
    NoDigits,
    /// `5.`: a decimal point with no digit after it.
    NoFraction,
    /// `1e`: an exponent with no digit.
    NoExponent,
}

impl NumberFault {
    /// What is wrong, for the person who wrote it.
    pub(super) fn message(self) -> Message {
        match self {
            NumberFault::LeadingZero => msg!("case-json-leading-zero"),
            NumberFault::NoDigits => msg!("case-json-no-digits"),
            NumberFault::NoFraction => msg!("case-json-no-fraction"),
            NumberFault::NoExponent => msg!("case-json-no-exponent"),
        }
    }
}

/// The end of the number that starts at `start` in `b`:
/// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`; or what is wrong
/// and where the scan stopped (the number's start for a leading zero).
pub(super) fn scan_number(b: &[u8], start: usize) -> Result<usize, (NumberFault, usize)> {
    let digits = |at: usize| at + b.get(at..).map_or(0, |rest| rest.iter().take_while(|c| c.is_ascii_digit()).count());
    let mut at = start;
    if b.get(at) == Some(&b'-') {
        at += 1;
    }
    match b.get(at) {
        Some(b'0') => {
            at += 1;
            if b.get(at).is_some_and(u8::is_ascii_digit) {
                return Err((NumberFault::LeadingZero, start));
            }
        }
        Some(b'1'..=b'9') => at = digits(at),
        _ => return Err((NumberFault::NoDigits, at)),
    }
    if b.get(at) == Some(&b'.') {
        let from = at + 1;
        at = digits(from);
        if at == from {
            return Err((NumberFault::NoFraction, at));
        }
    }
    if let Some(b'e' | b'E') = b.get(at) {
        at += 1;
        if let Some(b'+' | b'-') = b.get(at) {
            at += 1;
        }
        let from = at;
        at = digits(from);
        if at == from {
            return Err((NumberFault::NoExponent, at));
        }
    }
    Ok(at)
}

/// The end of `word` (`true`, `false`, `null`) when it stands at `at` in `b`
/// and no letter or digit follows it.
pub(super) fn scan_word(b: &[u8], at: usize, word: &[u8]) -> Option<usize> {
    let end = at + word.len();
    (b.get(at..end) == Some(word) && !b.get(end).is_some_and(u8::is_ascii_alphanumeric)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_end_where_json_says() {
        assert_eq!(scan_number(b"12.5,", 0), Ok(4));
        assert_eq!(scan_number(b"-0", 0), Ok(2));
        assert_eq!(scan_number(b"1E+3]", 0), Ok(4));
        assert_eq!(scan_number(b"x003", 1), Err((NumberFault::LeadingZero, 1)));
        assert_eq!(scan_number(b"-a", 0), Err((NumberFault::NoDigits, 1)));
        assert_eq!(scan_number(b"5.}", 0), Err((NumberFault::NoFraction, 2)));
        assert_eq!(scan_number(b"1e-", 0), Err((NumberFault::NoExponent, 3)));
    }

    #[test]
    fn words_stand_alone() {
        assert_eq!(scan_word(b"true,", 0, b"true"), Some(4));
        assert_eq!(scan_word(b"nullx", 0, b"null"), None);
        assert_eq!(scan_word(b"fals", 0, b"false"), None);
    }
}
