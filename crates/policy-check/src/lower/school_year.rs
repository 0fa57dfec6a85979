//! Lowers the `school_year` declaration into the model's calendar, checking that its terms
//! and holidays follow one another in calendar order within one year (P0413).

use policy_i18n::msg;
use policy_syntax::ast::{self, SchoolYearPartKind};
use policy_syntax::{Code, Diagnostic};

use super::{loc, Lowerer};
use crate::model::FileId;
use crate::school_year::{MonthDay, SchoolYear, TermWord, YearPart};

impl Lowerer<'_> {
    /// A `school_year`: replaces the default calendar; a second one is P0203.
    pub(super) fn school_year(&mut self, f: FileId, decl: &ast::SchoolYearDecl, span: ast::Span) {
        let keyword = ast::Span { start: span.start, end: span.start };
        if let Some(first) = self.model.school_year.location {
            let mut d = Diagnostic::new(
                Code::DeclaredTwice,
                msg!("check-school-year-twice"),
                keyword,
                msg!("check-declared-again-here"),
            )
            .with_help(msg!("check-school-year-twice-help"));
            d = super::first_declared_here(d, f, first);
            self.push(f, d);
            return;
        }
        if !self.school_year_in_order(f, decl, span) {
            // Declared (a second one is still reported), but its dates are unusable.
            self.model.school_year.location = Some(loc(f, span));
            return;
        }
        let part = |p: &ast::SchoolYearPart| YearPart {
            name: p.name.value.clone(),
            from: (p.from.month, p.from.day),
            to: (p.to.month, p.to.day),
        };
        let is_term = |p: &&ast::SchoolYearPart| p.kind != SchoolYearPartKind::Holidays;
        let word = match decl.parts.iter().find(is_term).map(|p| p.kind) {
            Some(SchoolYearPartKind::Trimester) => TermWord::Trimester,
            _ => TermWord::Quarter,
        };
        let citation = self.citation(f, &decl.citation);
        self.model.school_year = SchoolYear {
            title: decl.title.as_ref().map(|t| t.value.clone()),
            citation,
            terms: decl.parts.iter().filter(is_term).map(part).collect(),
            holidays: decl.parts.iter().filter(|p| p.kind == SchoolYearPartKind::Holidays).map(part).collect(),
            word,
            location: Some(loc(f, span)),
        };
    }

    /// Whether the parts follow one another without overlapping, turning the calendar year at
    /// most once, and there is a term; reports the first that does not.
    fn school_year_in_order(&mut self, f: FileId, decl: &ast::SchoolYearDecl, span: ast::Span) -> bool {
        if !decl.parts.iter().any(|p| p.kind != SchoolYearPartKind::Holidays) {
            let at = ast::Span { start: span.start, end: span.start };
            self.push(
                f,
                Diagnostic::new(
                    Code::SchoolYearOutOfOrder,
                    msg!("check-school-year-without-term"),
                    at,
                    msg!("check-school-year-without-term-label"),
                )
                .with_help(msg!("check-school-year-without-term-help")),
            );
            return false;
        }
        // Each day is placed on a line of days from the first one, turning the year when a
        // month-day goes back; the line must rise and stay within one year.
        let key = |md: &ast::MonthDay| -> MonthDay { (md.month, md.day) };
        let mut turned = false;
        let mut previous: Option<MonthDay> = None;
        let first = decl.parts.first().map(|p| key(&p.from));
        for part in &decl.parts {
            for (md, is_end) in [(&part.from, false), (&part.to, true)] {
                let day = key(md);
                let problem = match previous {
                    Some(p) if day < p && turned => Some(msg!("check-out-of-order-turns-twice")),
                    Some(p) if day < p => {
                        turned = true;
                        first.filter(|f| day >= *f).map(|_| msg!("check-out-of-order-begins-before"))
                    }
                    Some(p) if day == p && !is_end => Some(msg!("check-out-of-order-same-day")),
                    _ if turned && first.is_some_and(|f| day >= f) => Some(msg!("check-out-of-order-over-a-year")),
                    _ => None,
                };
                if let Some(problem) = problem {
                    self.push(
                        f,
                        Diagnostic::new(
                            Code::SchoolYearOutOfOrder,
                            msg!("check-out-of-order", name = &part.name.value, problem = problem),
                            md.span,
                            msg!("check-out-of-order-label"),
                        )
                        .with_help(msg!("check-out-of-order-help")),
                    );
                    return false;
                }
                previous = Some(day);
            }
        }
        true
    }
}
