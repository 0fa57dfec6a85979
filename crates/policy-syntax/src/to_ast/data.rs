//! Conversion of the declarations that define data and text: the policy's
//! metadata, clauses, enumerations, schemas, parameters, values, tables,
//! curricula and provisions.

use super::converter::{empty_text, ident, placeholder, Converter};
use super::spans::span_of;
use crate::ast::*;
use crate::grammar::Rule;
use crate::keyword_rules::keyword_of;
use crate::keywords::Keyword;
use crate::tree::Pair;
use policy_i18n::Message;

impl Converter<'_> {
    /// A `policy` block: the policy's id and metadata.
    pub(super) fn policy(&self, pair: Pair<'_>) -> PolicyDecl {
        let block = span_of(&pair);
        let mut decl = PolicyDecl {
            id: Ident { name: String::new(), span: block },
            school: None,
            title: None,
            approved: None,
            source: None,
            version: None,
            amends: None,
            in_force: None,
            until: None,
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::policy_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::policy_id => decl.id = Ident { name: child.as_str().to_string(), span: span_of(&child) },
                Rule::meta_school => {
                    let span = span_of(&child);
                    self.once(&mut decl.school, self.first_text(child), span, Message::from("`school`"))
                }
                Rule::meta_title => {
                    let span = span_of(&child);
                    self.once(&mut decl.title, self.first_text(child), span, Message::from("`title`"))
                }
                Rule::meta_source => {
                    let span = span_of(&child);
                    self.once(&mut decl.source, self.first_text(child), span, Message::from("`source`"))
                }
                Rule::meta_version => {
                    let span = span_of(&child);
                    self.once(&mut decl.version, self.first_text(child), span, Message::from("`version`"))
                }
                Rule::meta_amends => {
                    let span = span_of(&child);
                    let mut path = None;
                    let mut clauses = None;
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::string => path = Some(self.text_of(part)),
                            Rule::citation => clauses = Some(self.citation(part)),
                            _ => {}
                        }
                    }
                    if let Some(path) = path {
                        self.once(&mut decl.amends, Amends { path, clauses, span }, span, Message::from("`amends`"));
                    }
                }
                Rule::meta_in_force | Rule::meta_until => {
                    let span = span_of(&child);
                    let (slot, what) = if child.as_rule() == Rule::meta_in_force {
                        (&mut decl.in_force, Message::from("`in_force`"))
                    } else {
                        (&mut decl.until, Message::from("`until`"))
                    };
                    if let Some(date) = child.into_inner().find(|p| p.as_rule() == Rule::date) {
                        if let Some(date) = self.date(&date) {
                            self.once(slot, (date, span), span, what);
                        }
                    }
                }
                Rule::meta_approved => {
                    let span = span_of(&child);
                    let mut date = None;
                    let mut act = None;
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::date => date = self.date(&part),
                            Rule::string => act = Some(self.text_of(part)),
                            _ => {}
                        }
                    }
                    if let Some(date) = date {
                        self.once(&mut decl.approved, (date, act, span), span, Message::from("`approved`"));
                    }
                }
                _ => {}
            }
        }
        decl
    }

    /// A `clause`: its number and text (a `"""…"""` text is kept raw).
    pub(super) fn clause(&self, pair: Pair<'_>) -> ClauseDecl {
        let mut strings = pair.into_inner().filter(|p| matches!(p.as_rule(), Rule::string | Rule::raw_string));
        let number = strings.next().map(|p| self.text_of(p)).unwrap_or_else(|| empty_text(0));
        let (text, raw) = match strings.next() {
            Some(p) if p.as_rule() == Rule::raw_string => {
                let span = span_of(&p);
                let inner = p.into_inner().next().map(|t| t.as_str().to_string()).unwrap_or_default();
                (Text { value: inner, span }, true)
            }
            Some(p) => (self.text_of(p), false),
            None => (empty_text(number.span.end), false),
        };
        ClauseDecl { number, text, raw }
    }

    /// An `enum` (or `extend enum`) and its variants.
    pub(super) fn enumeration(&self, pair: Pair<'_>) -> EnumDecl {
        let block = span_of(&pair);
        let rule = pair.as_rule();
        let mut decl =
            EnumDecl { name: placeholder(block), description: None, variants: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, rule, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::enum_variant => {
                    let mut parts = child.into_inner();
                    let name = parts.next().map(|p| ident(&p)).unwrap_or_else(|| placeholder(block));
                    let description = parts.next().map(|p| self.text_of(p));
                    decl.variants.push(EnumVariant { name, description });
                }
                _ => {}
            }
        }
        decl
    }

    /// A `schema` (or `extend schema`) and its fields.
    pub(super) fn schema(&self, pair: Pair<'_>) -> SchemaDecl {
        let block = span_of(&pair);
        let rule = pair.as_rule();
        let mut decl =
            SchemaDecl { name: placeholder(block), description: None, fields: Vec::new(), errors: Vec::new() };
        for child in pair.into_inner() {
            if self.block_error(&child, rule, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::field_decl => decl.fields.push(self.field(child)),
                _ => {}
            }
        }
        decl
    }

    /// A `param` declaration.
    pub(super) fn param(&self, pair: Pair<'_>) -> ParamDecl {
        let span = span_of(&pair);
        let mut decl = ParamDecl {
            name: placeholder(span),
            ty: TypeExpr { kind: TypeKind::Decimal, optional: false, span },
            citation: None,
            description: None,
            value: None,
        };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::type_expr => decl.ty = self.type_expr(child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::expr => decl.value = Some(self.expr(child)),
                _ => {}
            }
        }
        decl
    }

    /// A `value` declaration.
    pub(super) fn value(&self, pair: Pair<'_>) -> ValueDecl {
        let span = span_of(&pair);
        let mut name = placeholder(span);
        let mut ty = None;
        let mut citation = None;
        let mut description = None;
        let mut expr = Expr { kind: ExprKind::Literal(Literal::Null), span };
        let mut readings = Vec::new();
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::ident => name = ident(&child),
                Rule::type_expr => ty = Some(self.type_expr(child)),
                Rule::citation => citation = Some(self.citation(child)),
                Rule::string => description = Some(self.text_of(child)),
                Rule::expr => expr = self.expr(child),
                Rule::reading_item => readings.push(self.first_text(child)),
                _ => {}
            }
        }
        ValueDecl { name, ty, citation, description, expr, readings }
    }

    /// A `table` with its keys, parameters and rows.
    pub(super) fn table(&self, pair: Pair<'_>) -> TableDecl {
        let block = span_of(&pair);
        let mut decl = TableDecl {
            name: placeholder(block),
            keys: Vec::new(),
            parameters: Vec::new(),
            citation: None,
            description: None,
            rows: Vec::new(),
            readings: Vec::new(),
            errors: Vec::new(),
        };
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::table_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::expr => decl.keys.push(self.expr(child)),
                Rule::table_param => decl.parameters.push(self.field(child)),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::table_row => decl.rows.push(self.table_row(child)),
                Rule::reading_item => decl.readings.push(self.first_text(child)),
                _ => {}
            }
        }
        decl
    }

    /// One row of a table: its patterns, label and value.
    fn table_row(&self, pair: Pair<'_>) -> TableRow {
        let span = span_of(&pair);
        let mut row = TableRow {
            patterns: Vec::new(),
            label: None,
            value: Expr { kind: ExprKind::Literal(Literal::Null), span },
            citation: None,
            span,
        };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::pattern => {
                    let pspan = span_of(&child);
                    if let Some(inner) = child.into_inner().next() {
                        let kind = match inner.as_rule() {
                            Rule::range => {
                                let (lo, hi) = self.range(&inner);
                                PatternKind::Range(lo, hi)
                            }
                            Rule::ident => PatternKind::Symbol(ident(&inner)),
                            _ => PatternKind::Literal(self.literal(inner)),
                        };
                        row.patterns.push(Pattern { kind, span: pspan });
                    }
                }
                Rule::string => row.label = Some(self.text_of(child)),
                Rule::expr => row.value = self.expr(child),
                Rule::citation => row.citation = Some(self.citation(child)),
                _ => {}
            }
        }
        row
    }

    /// A `curriculum`: its grades and its rows of hours.
    pub(super) fn curriculum(&self, pair: Pair<'_>) -> CurriculumDecl {
        let block = span_of(&pair);
        let mut decl = CurriculumDecl {
            name: placeholder(block),
            citation: None,
            description: None,
            cap: None,
            grades: Vec::new(),
            rows: Vec::new(),
            errors: Vec::new(),
        };
        let mut seen_name = false;
        for child in pair.into_inner() {
            if self.block_error(&child, Rule::curriculum_decl, block, &mut decl.errors) {
                continue;
            }
            match child.as_rule() {
                Rule::ident if !seen_name => {
                    decl.name = ident(&child);
                    seen_name = true;
                }
                Rule::ident => decl.cap = Some(ident(&child)),
                Rule::citation => decl.citation = Some(self.citation(child)),
                Rule::string => decl.description = Some(self.text_of(child)),
                Rule::grades_row => {
                    decl.grades = child
                        .into_inner()
                        .filter(|p| p.as_rule() == Rule::integer)
                        .filter_map(|p| self.integer(&p).map(|g| (g, span_of(&p))))
                        .collect();
                }
                Rule::curriculum_row => {
                    let span = span_of(&child);
                    let mut kind = CurriculumRowKind::Total;
                    let mut cells = Vec::new();
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::kw_total => kind = CurriculumRowKind::Total,
                            Rule::kw_weeks => kind = CurriculumRowKind::Weeks,
                            Rule::string => kind = CurriculumRowKind::Subject(self.text_of(part)),
                            Rule::cell => {
                                let cspan = span_of(&part);
                                let value = match part.into_inner().next() {
                                    Some(n) if n.as_rule() != Rule::dash => self.number(&n),
                                    _ => None,
                                };
                                cells.push((value, cspan));
                            }
                            _ => {}
                        }
                    }
                    decl.rows.push(CurriculumRow { kind, cells, span });
                }
                _ => {}
            }
        }
        decl
    }

    /// A `not_stated` declaration: its topic, text and clause.
    pub(super) fn not_stated(&self, pair: Pair<'_>) -> NotStatedDecl {
        let span = span_of(&pair);
        let mut decl = NotStatedDecl { topic: (Keyword::TopicPay, span), text: empty_text(span.end), citation: None };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::topic => {
                    let tspan = span_of(&child);
                    if let Some(k) = child.into_inner().next().and_then(|k| keyword_of(k.as_rule())) {
                        decl.topic = (k, tspan);
                    }
                }
                Rule::string => decl.text = self.text_of(child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                _ => {}
            }
        }
        decl
    }

    /// A `provision`.
    pub(super) fn provision(&self, pair: Pair<'_>) -> ProvisionDecl {
        let span = span_of(&pair);
        let mut decl = ProvisionDecl { name: placeholder(span), text: empty_text(span.start), citation: None };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::ident => decl.name = ident(&child),
                Rule::string => decl.text = self.text_of(child),
                Rule::citation => decl.citation = Some(self.citation(child)),
                _ => {}
            }
        }
        decl
    }
}
