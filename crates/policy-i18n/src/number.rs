//! Numbers and dates as a reader writes them: in Russian `10,25` and
//! `01.09.2025` (ГОСТ Р 7.0.97), in English `10.25` and `2025-09-01`.
//! Thousands are grouped from five digits (`12 500`, `12,500`), as CLDR does
//! for Russian; four-digit numbers (years, `1000`) stay whole.

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::Lang;

/// The digit-group separator: a no-break space in Russian, a comma in English.
fn group_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "\u{a0}",
        Lang::En => ",",
    }
}

/// Groups the digits of a non-negative integer written in ASCII digits.
fn group(digits: &str, lang: Lang) -> String {
    if digits.len() < 5 {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group_separator(lang));
        }
        out.push(c);
    }
    out
}

/// An integer: `12 500` in Russian, `12,500` in English.
pub fn integer(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", group(&digits, lang))
}

/// An exact decimal without trailing zeros: `10,25` in Russian, `10.25` in
/// English.
pub fn decimal(lang: Lang, n: &Decimal) -> String {
    let text = n.normalize().to_string();
    let (sign, unsigned) = text.strip_prefix('-').map_or(("", text.as_str()), |rest| ("-", rest));
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let mut out = format!("{sign}{}", group(whole, lang));
    if !fraction.is_empty() {
        out.push(match lang {
            Lang::Ru => ',',
            Lang::En => '.',
        });
        out.push_str(fraction);
    }
    out
}

/// A calendar date: `01.09.2025` in Russian, `2025-09-01` in English.
pub fn date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Ru => format!("{:02}.{:02}.{:04}", date.day(), date.month(), date.year()),
        Lang::En => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn decimals_take_the_comma_in_russian() {
        let d = |s| Decimal::from_str(s).expect("test decimal");
        assert_eq!(decimal(Lang::Ru, &d("10.25")), "10,25");
        assert_eq!(decimal(Lang::En, &d("10.25")), "10.25");
        assert_eq!(decimal(Lang::Ru, &d("10.50")), "10,5");
        assert_eq!(decimal(Lang::Ru, &d("8")), "8");
        assert_eq!(decimal(Lang::Ru, &d("-0.5")), "-0,5");
        assert_eq!(decimal(Lang::Ru, &d("12500.75")), "12\u{a0}500,75");
    }

    #[test]
    fn integers_group_from_five_digits() {
        assert_eq!(integer(Lang::Ru, 2025), "2025");
        assert_eq!(integer(Lang::Ru, 1_000_000), "1\u{a0}000\u{a0}000");
        assert_eq!(integer(Lang::En, 12_500), "12,500");
        assert_eq!(integer(Lang::En, -12_500), "-12,500");
    }

    #[test]
    fn dates_are_day_month_year_in_russian() {
        let d = Date::new(2025, 9, 1).expect("valid date");
        assert_eq!(date(Lang::Ru, d), "01.09.2025");
        assert_eq!(date(Lang::En, d), "2025-09-01");
    }
}
