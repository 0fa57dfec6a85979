//! Reading scalars from text: exact decimals, ISO dates, durations.

use jiff::civil::Date;
use policy_check::model::Duration;
use rust_decimal::Decimal;

/// Reads a number exactly from its source text (`3`, `0.25`, `-1`, `2.5e1`).
pub(super) fn parse_decimal(raw: &str) -> Option<Decimal> {
    let t = raw.trim().replace('_', "");
    let t = t.strip_prefix('+').unwrap_or(&t);
    if t.contains(['e', 'E']) {
        return Decimal::from_scientific(t).ok();
    }
    Decimal::from_str_exact(t).ok()
}

/// Why a text is not a date.
pub(super) enum DateProblem {
    Format,
    Impossible,
}

/// Reads an ISO date `YYYY-MM-DD`, telling a malformed text from an impossible date.
pub(super) fn parse_date(s: &str) -> Result<Date, DateProblem> {
    let b = s.trim().as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return Err(DateProblem::Format);
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0i32, |acc, d| acc * 10 + i32::from(d - b'0'));
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let (Ok(y), Ok(m), Ok(d)) = (i16::try_from(y), i8::try_from(m), i8::try_from(d)) else {
        return Err(DateProblem::Impossible);
    };
    Date::new(y, m, d).map_err(|_| DateProblem::Impossible)
}

/// Reads a duration written like the language's (`7 days`, `2 недели`, `2 months`).
pub(super) fn parse_duration(s: &str) -> Option<Duration> {
    policy_syntax::units::parse_duration(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers() {
        assert!(parse_date("2024-02-29").is_ok());
        assert!(matches!(parse_date("2025-02-29"), Err(DateProblem::Impossible)));
        assert!(matches!(parse_date("2025-9-1"), Err(DateProblem::Format)));
        assert!(matches!(parse_date("+002025-09-01"), Err(DateProblem::Format)));
        assert_eq!(parse_decimal("0.25"), Some(Decimal::new(25, 2)));
        assert_eq!(parse_decimal("2.5e1"), Some(Decimal::from(25)));
        assert_eq!(parse_decimal("0,5"), None);
        assert_eq!(parse_decimal(".inf"), None);
        assert_eq!(parse_decimal("1e999999"), None);
        assert_eq!(parse_decimal("123456789012345678901234567890123"), None);
        assert_eq!(parse_duration("2 месяца").map(|d| d.amount), Some(2));
    }
}
