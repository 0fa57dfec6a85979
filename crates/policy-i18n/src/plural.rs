//! CLDR plural rules (through `intl_pluralrules`, the crate Fluent uses), for
//! the few words chosen outside a Fluent message, such as the formatter's unit
//! words (`5 рабочих дней`). Messages choose their forms in Fluent itself.

use std::sync::OnceLock;

use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralRuleType, PluralRules};
use rust_decimal::Decimal;
use unic_langid::LanguageIdentifier;

use crate::Lang;

/// A CLDR plural category (Russian uses `One`, `Few`, `Many` for integers and
/// `Other` for fractions; English `One` and `Other`).
pub use intl_pluralrules::PluralCategory as Plural;

fn rules(lang: Lang) -> &'static PluralRules {
    static RULES: OnceLock<[PluralRules; 2]> = OnceLock::new();
    let all = RULES.get_or_init(|| {
        Lang::ALL.map(|lang| {
            let id: LanguageIdentifier = lang.code().parse().expect("ru and en are valid language identifiers");
            PluralRules::create(id, PluralRuleType::CARDINAL).expect("CLDR has cardinal rules for ru and en")
        })
    });
    &all[lang as usize]
}

/// The plural category of the integer `n` in `lang` (`21` → `One` in Russian).
pub fn plural(lang: Lang, n: i64) -> Plural {
    rules(lang).select(n).unwrap_or(Plural::OTHER)
}

/// The plural category of an exact decimal (`2,5` → `Other` in Russian:
/// «2,5 часа»), read with its written fraction digits.
pub fn plural_decimal(lang: Lang, n: &Decimal) -> Plural {
    PluralOperands::try_from(n.normalize().to_string().as_str())
        .ok()
        .and_then(|operands| rules(lang).select(operands).ok())
        .unwrap_or(Plural::OTHER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_integers_follow_cldr() {
        for (n, category) in [
            (1, Plural::ONE),
            (21, Plural::ONE),
            (101, Plural::ONE),
            (2, Plural::FEW),
            (24, Plural::FEW),
            (0, Plural::MANY),
            (5, Plural::MANY),
            (11, Plural::MANY),
            (12, Plural::MANY),
            (111, Plural::MANY),
            (-1, Plural::ONE),
        ] {
            assert_eq!(plural(Lang::Ru, n), category, "{n}");
        }
    }

    #[test]
    fn english_and_fractions() {
        assert_eq!(plural(Lang::En, 1), Plural::ONE);
        assert_eq!(plural(Lang::En, 21), Plural::OTHER);
        assert_eq!(plural_decimal(Lang::Ru, &Decimal::new(25, 1)), Plural::OTHER);
        assert_eq!(plural_decimal(Lang::Ru, &Decimal::new(210, 1)), Plural::ONE);
    }
}
