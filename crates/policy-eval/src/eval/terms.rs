//! The terms of the school year for `every term` (`каждую четверть`, `каждый триместр`):
//! the policy's school year (declared or the default), term by term, clipped to the
//! education period. Holidays belong to no term, so an event in them fulfils none.

use jiff::civil::Date;
use policy_check::school_year::TermWord;
use policy_i18n::{msg, Message};

use super::Evaluator;

/// At most this many school years are examined (an education period of decades is a typing
/// mistake in the case; the bound keeps evaluation short).
const MAX_YEARS: i16 = 50;

impl<'m> Evaluator<'m> {
    /// The terms that overlap the education period from `start` (to `end`, when known) and
    /// begin on or before `limit`, each clipped to the period: (first day, last day, name).
    pub(super) fn terms_within(&self, start: Date, end: Option<Date>, limit: Date) -> Vec<(Date, Date, &'m str)> {
        let model: &'m policy_check::model::Model = self.model;
        let year = &model.school_year;
        let first = year.year_of(start);
        let mut out = Vec::new();
        for y in (0..MAX_YEARS).filter_map(|k| first.checked_add(k)) {
            let terms = year.terms_of(y);
            if terms.first().is_none_or(|t| t.from > limit) {
                break;
            }
            for term in terms {
                let from = term.from.max(start);
                let to = end.map_or(term.to, |e| term.to.min(e));
                if from <= to && from <= limit {
                    out.push((from, to, term.name));
                }
            }
        }
        out
    }

    /// How an explanation names the periods: `каждую четверть учебного года`.
    pub(super) fn every_term(&self) -> Message {
        let year = &self.model.school_year;
        let term = match year.word {
            TermWord::Quarter => "quarter",
            TermWord::Trimester => "trimester",
        };
        let declared = if year.location.is_some() { "yes" } else { "no" };
        msg!("eval-fact-every-term", term = term, declared = declared, terms = year.terms_text())
    }
}
