//! The layout of declarations and of the items of their blocks.

use std::mem::discriminant;

use policy_syntax::ast::*;
use policy_syntax::Keyword;
use unicode_width::UnicodeWidthStr;

use crate::printer::{has_blank_line, Blank, Printer};
use crate::words;

/// The indentation of the items of a declaration's block.
const ITEM: usize = 2;

/// Prints every declaration of `file`.
pub(crate) fn print_file(p: &mut Printer<'_>, file: &File) {
    let mut previous: Option<&Decl> = None;
    for decl in &file.decls {
        if let Some(prev) = previous {
            let blank = if together(p.src, prev, decl) { Blank::Preserve } else { Blank::Force };
            p.newline(0, blank);
        }
        p.hang = ITEM;
        p.decl(decl);
        previous = Some(decl);
    }
}

/// Whether `decl` has no `{ … }` block (`use`, `clause`, `param`, `value`,
/// `provision`, and a `document` without requirements).
fn blockless(src: &str, decl: &Decl) -> bool {
    match &decl.kind {
        DeclKind::Use(_)
        | DeclKind::Clause(_)
        | DeclKind::Param(_)
        | DeclKind::Value(_)
        | DeclKind::Provision(_)
        | DeclKind::NotStated(_) => true,
        DeclKind::Document(_) => !src.get(decl.span.start..decl.span.end).unwrap_or("").ends_with('}'),
        _ => false,
    }
}

/// Two declarations may stand on adjacent lines (no blank line between them) when
/// both are blockless, of the same kind, and the author wrote them so.
fn together(src: &str, a: &Decl, b: &Decl) -> bool {
    discriminant(&a.kind) == discriminant(&b.kind)
        && blockless(src, a)
        && blockless(src, b)
        && !has_blank_line(src.get(a.span.end..b.span.start).unwrap_or("\n\n"))
}

/// The items of a rule or an exception, in source order.
enum BlockItem<'a> {
    When(&'a Expr),
    Unless(&'a Expr),
    Outcome(&'a Outcome),
    Allow(Span),
    Reading(&'a Text),
}

fn severity_keyword(severity: Severity) -> Keyword {
    match severity {
        Severity::Violation => Keyword::Violation,
        Severity::Warning => Keyword::Warning,
        Severity::Info => Keyword::Info,
    }
}

impl Printer<'_> {
    fn decl(&mut self, decl: &Decl) {
        match &decl.kind {
            DeclKind::Policy(x) => self.policy(x),
            DeclKind::Use(x) => {
                self.keyword(Keyword::Use);
                self.space();
                self.text(&x.path);
            }
            DeclKind::Clause(x) => {
                self.keyword(Keyword::Clause);
                self.space();
                self.text(&x.number);
                self.space();
                self.text(&x.text);
            }
            DeclKind::Enum(x) => self.enumeration(x),
            // ---- extending (issue 15)
            DeclKind::ExtendEnum(x) => {
                self.keyword(Keyword::Extend);
                self.space();
                self.enumeration(x);
            }
            DeclKind::ExtendSchema(x) => {
                self.keyword(Keyword::Extend);
                self.space();
                self.keyword_with(Keyword::Schema, Keyword::extended_schema);
                self.space();
                self.token(&x.name.name, Some(x.name.span));
                self.fields_block(&x.fields, 0);
            }
            // ---- end of extending
            DeclKind::Schema(x) => {
                self.keyword(Keyword::Schema);
                self.space();
                self.token(&x.name.name, Some(x.name.span));
                self.opt_text(&x.description);
                self.fields_block(&x.fields, 0);
            }
            DeclKind::Param(x) => {
                self.keyword(Keyword::Param);
                self.space();
                self.token(&x.name.name, Some(x.name.span));
                self.token(":", None);
                self.space();
                self.type_expr(&x.ty, 0);
                self.opt_citation(&x.citation);
                self.opt_text(&x.description);
                if let Some(value) = &x.value {
                    self.assign(value);
                }
            }
            DeclKind::Value(x) => {
                self.keyword(Keyword::Value);
                self.space();
                self.token(&x.name.name, Some(x.name.span));
                if let Some(ty) = &x.ty {
                    self.token(":", None);
                    self.space();
                    self.type_expr(ty, 0);
                }
                self.opt_citation(&x.citation);
                self.opt_text(&x.description);
                self.assign(&x.expr);
                self.trailing_readings(&x.readings, ITEM);
            }
            DeclKind::Table(x) => self.table(x),
            DeclKind::Curriculum(x) => self.curriculum(x),
            DeclKind::Rule(x) => {
                self.keyword(Keyword::Rule);
                self.space();
                self.token(&x.name.name, Some(x.name.span));
                self.opt_citation(&x.citation);
                self.opt_text(&x.description);
                let mut items: Vec<(usize, BlockItem<'_>)> = Vec::new();
                items.extend(x.when.iter().map(|e| (e.span.start, BlockItem::When(e))));
                items.extend(x.unless.iter().map(|e| (e.span.start, BlockItem::Unless(e))));
                items.extend(x.outcome.iter().map(|o| (o.span.start, BlockItem::Outcome(o))));
                items.extend(x.readings.iter().map(|t| (t.span.start, BlockItem::Reading(t))));
                self.block_items(items);
            }
            DeclKind::Exception(x) => {
                self.keyword(Keyword::Exception);
                self.space();
                self.token(&x.name.name, Some(x.name.span));
                self.space();
                self.keyword(Keyword::For);
                self.space();
                self.token(&x.rule.name, Some(x.rule.span));
                self.opt_citation(&x.citation);
                self.opt_text(&x.description);
                let mut items: Vec<(usize, BlockItem<'_>)> = Vec::new();
                items.extend(x.when.iter().map(|e| (e.span.start, BlockItem::When(e))));
                items.extend(x.outcome.iter().map(|o| (o.span.start, BlockItem::Outcome(o))));
                items.extend(x.allow.iter().map(|s| (s.start, BlockItem::Allow(*s))));
                self.block_items(items);
            }
            DeclKind::Document(x) => self.document(x, decl.span),
            DeclKind::Role(x) => self.role(x),
            DeclKind::Provision(x) => {
                self.keyword(Keyword::Provision);
                self.space();
                self.token(&x.name.name, Some(x.name.span));
                self.space();
                self.text(&x.text);
                self.opt_citation(&x.citation);
            }
            DeclKind::Test(x) => self.test(x),
            DeclKind::SchoolYear(x) => self.school_year(x),
            DeclKind::CalendarYear(x) => self.calendar_year(x),
            DeclKind::NotStated(x) => {
                self.keyword(Keyword::NotStated);
                self.space();
                self.keyword(x.topic.0);
                self.space();
                self.text(&x.text);
                self.opt_citation(&x.citation);
            }
            DeclKind::Error => self.verbatim(decl.span),
        }
    }

    // ------------------------------------------------------------ blocks

    /// ` {`, returning a mark to tell an empty block.
    fn open_block(&mut self) -> usize {
        let brace = self.char_span(self.last_end, '{');
        self.space();
        self.token("{", brace);
        self.mark()
    }

    /// Starts an item of a block on its own line.
    fn item(&mut self, indent: usize, first: bool) {
        self.newline(indent, if first { Blank::Never } else { Blank::Preserve });
        self.hang = indent + 2;
    }

    /// `}` on its own line at `outer` (comments before it stay inside at `inner`),
    /// or right after `{` when the block is empty.
    fn close_block(&mut self, mark: usize, inner: usize, outer: usize) {
        let brace = self.char_span(self.last_end, '}');
        let empty = self.mark() == mark;
        self.newline(inner, if empty { Blank::Never } else { Blank::Preserve });
        self.hang = inner;
        self.flush_comments(brace.map_or(usize::MAX, |b| b.start));
        if self.mark() == mark {
            self.cancel_break();
        } else {
            self.newline(outer, Blank::Never);
        }
        self.token("}", brace);
        self.hang = outer + 2;
    }

    /// ` = expr`, the expression on the next line when the author put it there.
    fn assign(&mut self, e: &Expr) {
        let broken = self.newline_between(self.last_end, e.span.start);
        self.space();
        self.token("=", None);
        if broken {
            self.newline(ITEM, Blank::Never);
        } else {
            self.space();
        }
        self.expression(e);
    }

    fn block_items(&mut self, mut items: Vec<(usize, BlockItem<'_>)>) {
        items.sort_by_key(|(at, _)| *at);
        let mark = self.open_block();
        for (i, (_, item)) in items.iter().enumerate() {
            self.item(ITEM, i == 0);
            match item {
                BlockItem::When(e) => {
                    self.keyword(Keyword::When);
                    self.space();
                    self.expression(e);
                }
                BlockItem::Unless(e) => {
                    self.keyword(Keyword::Unless);
                    self.space();
                    self.expression(e);
                }
                BlockItem::Outcome(o) => self.outcome(o),
                BlockItem::Allow(span) => {
                    let spelling = Keyword::Allow.spelling(self.language_at(Some(*span)));
                    self.token(spelling, Some(*span));
                }
                BlockItem::Reading(t) => self.reading(t),
            }
        }
        self.close_block(mark, ITEM, 0);
    }

    fn outcome(&mut self, o: &Outcome) {
        self.keyword(severity_keyword(o.severity));
        self.space();
        self.template(&o.message);
    }

    // ------------------------------------------------------------ policy, enum, schema

    fn policy(&mut self, x: &PolicyDecl) {
        self.keyword(Keyword::Policy);
        self.space();
        self.token(&x.id.name, Some(x.id.span));
        enum Meta<'a> {
            Text(&'a Text),
            Dated(&'a Option<Text>, String),
            Amends(&'a Amends),
        }
        let mut items: Vec<(usize, Keyword, Meta<'_>)> = Vec::new();
        items.extend(x.school.iter().map(|t| (t.span.start, Keyword::School, Meta::Text(t))));
        items.extend(x.title.iter().map(|t| (t.span.start, Keyword::Title, Meta::Text(t))));
        items.extend(x.source.iter().map(|t| (t.span.start, Keyword::Source, Meta::Text(t))));
        items.extend(x.version.iter().map(|t| (t.span.start, Keyword::Version, Meta::Text(t))));
        items.extend(x.amends.iter().map(|a| (a.span.start, Keyword::Amends, Meta::Amends(a))));
        if let Some((date, act, span)) = &x.approved {
            items.push((span.start, Keyword::Approved, Meta::Dated(act, date.to_string())));
        }
        const NO_ACT: &Option<Text> = &None;
        if let Some((date, span)) = &x.in_force {
            items.push((span.start, Keyword::InForce, Meta::Dated(NO_ACT, date.to_string())));
        }
        if let Some((date, span)) = &x.until {
            items.push((span.start, Keyword::Until, Meta::Dated(NO_ACT, date.to_string())));
        }
        items.sort_by_key(|(at, _, _)| *at);
        let width = items
            .iter()
            .map(|(at, kind, _)| {
                let keyword = self.find_keyword(*kind, x.id.span.end.min(*at));
                kind.spelling(self.language_at(keyword)).width()
            })
            .max()
            .unwrap_or(0);
        let mark = self.open_block();
        for (i, (_, kind, meta)) in items.iter().enumerate() {
            self.item(ITEM, i == 0);
            self.keyword(*kind);
            self.align(ITEM + width + 1);
            match meta {
                Meta::Text(t) => self.text(t),
                Meta::Amends(a) => {
                    self.text(&a.path);
                    self.opt_citation(&a.clauses);
                }
                Meta::Dated(act, date) => {
                    let at = self.skip_trivia(self.last_end);
                    match self.src.get(at..at + date.len()) {
                        Some(written) if written == date => {
                            self.token(date, Some(Span::new(at, at + date.len())));
                        }
                        _ => self.token(date, None),
                    }
                    self.opt_text(act);
                }
            }
        }
        self.close_block(mark, ITEM, 0);
    }

    fn enumeration(&mut self, x: &EnumDecl) {
        self.keyword(Keyword::Enum);
        self.space();
        self.token(&x.name.name, Some(x.name.span));
        self.opt_text(&x.description);
        let width = x.variants.iter().filter(|v| v.description.is_some()).map(|v| v.name.name.width()).max();
        let mark = self.open_block();
        for (i, v) in x.variants.iter().enumerate() {
            self.item(ITEM, i == 0);
            self.token(&v.name.name, Some(v.name.span));
            if let Some(description) = &v.description {
                self.align(ITEM + width.unwrap_or(0) + 1);
                self.text(description);
            }
        }
        self.close_block(mark, ITEM, 0);
    }

    /// `{ fields }` whose closing brace is at indentation `outer`.
    fn fields_block(&mut self, fields: &[FieldDecl], outer: usize) {
        let mark = self.open_block();
        for (i, f) in fields.iter().enumerate() {
            self.item(outer + 2, i == 0);
            self.field(f, outer + 2);
        }
        self.close_block(mark, outer + 2, outer);
    }

    /// `name: type "description"` at indentation `indent`.
    fn field(&mut self, f: &FieldDecl, indent: usize) {
        self.token(&f.name.name, Some(f.name.span));
        self.token(":", None);
        self.space();
        self.type_expr(&f.ty, indent);
        self.opt_text(&f.description);
    }

    fn type_expr(&mut self, t: &TypeExpr, indent: usize) {
        match &t.kind {
            TypeKind::Int(range) => {
                self.keyword(Keyword::Int);
                if let Some((lo, hi)) = range {
                    self.space();
                    self.token(&format!("{lo}..{hi}"), None);
                }
            }
            TypeKind::Decimal => self.keyword(Keyword::Decimal),
            TypeKind::Bool => self.keyword(Keyword::Bool),
            TypeKind::Text => self.keyword(Keyword::Text),
            TypeKind::Date => self.keyword(Keyword::Date),
            TypeKind::Duration => self.keyword(Keyword::Duration),
            TypeKind::Named(name) => self.token(&name.name, Some(name.span)),
            TypeKind::Set(inner) => {
                self.keyword(Keyword::Set);
                self.space();
                self.keyword(Keyword::Of);
                self.space();
                self.type_expr(inner, indent);
            }
            TypeKind::List { fields, key, .. } => {
                self.keyword(Keyword::List);
                self.space();
                self.keyword(Keyword::Of);
                self.fields_block(fields, indent);
                if let Some(key) = key {
                    self.space();
                    self.keyword(Keyword::Keyed);
                    self.space();
                    self.token(&key.name, Some(key.span));
                }
            }
            TypeKind::Record { fields, .. } => self.fields_block(fields, indent),
        }
        if t.optional {
            self.token("?", None);
        }
    }

    // ------------------------------------------------------------ tables

    /// What a pattern prints as, measured apart from the output.
    fn measure(&self, from: usize, print: impl FnOnce(&mut Printer<'_>)) -> String {
        let mut scratch = self.scratch(from);
        print(&mut scratch);
        scratch.output().to_string()
    }

    fn pattern(&mut self, pattern: &Pattern) {
        match &pattern.kind {
            PatternKind::Range(..) => {
                let text = self.src.get(pattern.span.start..pattern.span.end).unwrap_or("");
                self.token(text, Some(pattern.span));
            }
            PatternKind::Literal(lit) => self.literal(lit, pattern.span),
            PatternKind::Symbol(name) => self.token(&name.name, Some(name.span)),
        }
    }

    fn table(&mut self, x: &TableDecl) {
        self.keyword(Keyword::Table);
        self.space();
        self.token(&x.name.name, Some(x.name.span));
        self.space();
        self.keyword(Keyword::By);
        enum Key<'a> {
            Expr(&'a Expr),
            Param(&'a FieldDecl),
        }
        let mut keys: Vec<(usize, Key<'_>)> = x.keys.iter().map(|e| (e.span.start, Key::Expr(e))).collect();
        keys.extend(x.parameters.iter().map(|f| (f.span.start, Key::Param(f))));
        keys.sort_by_key(|(at, _)| *at);
        for (i, (_, key)) in keys.iter().enumerate() {
            if i > 0 {
                self.token(",", None);
            }
            self.space();
            match key {
                Key::Expr(e) => self.expression(e),
                Key::Param(f) => self.field(f, 0),
            }
        }
        self.opt_citation(&x.citation);
        self.opt_text(&x.description);

        // The cells before `=>`: each pattern (with its comma), then the label.
        let cells: Vec<Vec<String>> = x
            .rows
            .iter()
            .map(|row| {
                let mut cells = Vec::new();
                if row.patterns.is_empty() {
                    cells.push(self.measure(row.span.start, |p| p.keyword(Keyword::Else)));
                }
                for (i, pattern) in row.patterns.iter().enumerate() {
                    let mut text = self.measure(pattern.span.start, |p| p.pattern(pattern));
                    if i + 1 < row.patterns.len() {
                        text.push(',');
                    }
                    cells.push(text);
                }
                if let Some(label) = &row.label {
                    cells.push(self.measure(label.span.start, |p| p.text(label)));
                }
                cells
            })
            .collect();
        // A cell is padded to its column's width unless it is the last of its row.
        let columns = cells.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|j| cells.iter().filter(|row| j + 1 < row.len()).map(|row| row[j].width()).max().unwrap_or(0))
            .collect();
        let starts: Vec<usize> = widths.iter().scan(0, |at, w| Some(std::mem::replace(at, *at + w + 1))).collect();
        let lead = cells
            .iter()
            .map(|row| match row.len() {
                0 => 0,
                n => starts[n - 1] + row[n - 1].width(),
            })
            .max()
            .unwrap_or(0);

        let mark = self.open_block();
        let mut readings = x.readings.iter().peekable();
        let mut first = true;
        for row in &x.rows {
            while let Some(t) = readings.next_if(|t| t.span.start < row.span.start) {
                self.item(ITEM, std::mem::take(&mut first));
                self.reading(t);
            }
            self.item(ITEM, std::mem::take(&mut first));
            let mut column = 0;
            if row.patterns.is_empty() {
                self.keyword(Keyword::Else);
                column += 1;
            }
            for (k, pattern) in row.patterns.iter().enumerate() {
                if column > 0 {
                    self.align(ITEM + starts[column]);
                }
                self.pattern(pattern);
                if k + 1 < row.patterns.len() {
                    self.token(",", None);
                }
                column += 1;
            }
            if let Some(label) = &row.label {
                self.align(ITEM + starts[column]);
                self.text(label);
            }
            self.align(ITEM + lead + 1);
            self.token("=>", None);
            self.space();
            self.expression(&row.value);
            self.opt_citation(&row.citation);
        }
        for t in readings {
            self.item(ITEM, std::mem::take(&mut first));
            self.reading(t);
        }
        self.close_block(mark, ITEM, 0);
    }

    fn curriculum(&mut self, x: &CurriculumDecl) {
        self.keyword(Keyword::Curriculum);
        self.space();
        self.token(&x.name.name, Some(x.name.span));
        self.opt_citation(&x.citation);
        self.opt_text(&x.description);
        if let Some(cap) = &x.cap {
            self.space();
            self.keyword(Keyword::Cap);
            self.space();
            self.token(&cap.name, Some(cap.span));
        }

        let cell = |p: &Self, span: Span| -> String {
            match p.src.get(span.start..span.end).unwrap_or("-") {
                "—" => "-".to_string(),
                other => other.to_string(),
            }
        };
        let start = x.name.span.end;
        let mut labels = vec![self.measure(start, |p| p.keyword(Keyword::Grades))];
        let mut rows: Vec<Vec<String>> = vec![x.grades.iter().map(|(_, span)| cell(self, *span)).collect()];
        for row in &x.rows {
            labels.push(self.measure(row.span.start, |p| p.curriculum_label(&row.kind)));
            rows.push(row.cells.iter().map(|(_, span)| cell(self, *span)).collect());
        }
        let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|j| rows.iter().filter_map(|row| row.get(j)).map(|c| c.width()).max().unwrap_or(0))
            .collect();
        let starts: Vec<usize> =
            widths.iter().scan(label_width + 2, |at, w| Some(std::mem::replace(at, *at + w + 2))).collect();

        let mark = self.open_block();
        self.item(ITEM, true);
        self.keyword(Keyword::Grades);
        for (j, (_, span)) in x.grades.iter().enumerate() {
            self.align(ITEM + starts[j]);
            let text = cell(self, *span);
            self.token(&text, Some(*span));
        }
        for (i, row) in x.rows.iter().enumerate() {
            self.item(ITEM, false);
            self.curriculum_label(&row.kind);
            for (j, (_, span)) in row.cells.iter().enumerate() {
                self.align(ITEM + starts[j]);
                let text = cell(self, *span);
                self.token(&text, Some(*span));
            }
            let _ = i;
        }
        self.close_block(mark, ITEM, 0);
    }

    fn curriculum_label(&mut self, kind: &CurriculumRowKind) {
        match kind {
            CurriculumRowKind::Subject(t) => self.text(t),
            CurriculumRowKind::Total => self.keyword(Keyword::Total),
            CurriculumRowKind::Weeks => self.keyword(Keyword::Weeks),
        }
    }

    // ------------------------------------------------------------ documents, roles, tests

    fn document(&mut self, x: &DocumentDecl, span: Span) {
        self.keyword(Keyword::Document);
        self.space();
        self.token(&x.kind.name, Some(x.kind.span));
        self.opt_citation(&x.citation);
        self.opt_text(&x.description);
        if let Some(when) = &x.when {
            self.part_break(Keyword::When, ITEM);
            self.keyword(Keyword::When);
            self.space();
            self.expression(when);
        }
        if self.src.get(span.start..span.end).is_some_and(|s| s.ends_with('}')) {
            let mark = self.open_block();
            for (i, t) in x.readings.iter().enumerate() {
                self.item(ITEM, i == 0);
                self.reading(t);
            }
            for (i, r) in x.requires.iter().enumerate() {
                self.item(ITEM, i == 0 && x.readings.is_empty());
                self.keyword(Keyword::Require);
                self.space();
                self.expression(&r.expr);
                self.opt_citation(&r.citation);
                self.opt_text(&r.description);
                self.trailing_readings(&r.readings, ITEM + 2);
            }
            self.close_block(mark, ITEM, 0);
        }
    }

    /// Before the next `kind` keyword: a line break at `indent` where the author had
    /// one, else a space.
    fn part_break(&mut self, kind: Keyword, indent: usize) {
        let at = self.find_keyword(kind, self.last_end);
        if at.is_some_and(|k| self.newline_between(self.last_end, k.start)) {
            self.newline(indent, Blank::Never);
        } else {
            self.space();
        }
    }

    fn role(&mut self, x: &RoleDecl) {
        self.keyword(Keyword::Role);
        self.space();
        self.token(&x.name.name, Some(x.name.span));
        self.opt_text(&x.title);
        self.opt_citation(&x.citation);
        let mark = self.open_block();
        for (i, item) in x.items.iter().enumerate() {
            self.item(ITEM, i == 0);
            self.role_item(item);
        }
        self.close_block(mark, ITEM, 0);
    }

    fn role_item(&mut self, x: &RoleItem) {
        self.keyword(match x.kind {
            RoleItemKind::Duty => Keyword::Duty,
            RoleItemKind::Right => Keyword::Right,
        });
        if let Some(key) = &x.key {
            self.space();
            self.token(&key.name, Some(key.span));
        }
        self.space();
        self.text(&x.text);
        self.opt_citation(&x.citation);
        let continuation = ITEM + 2;
        if let Some(when) = &x.when {
            self.part_break(Keyword::When, continuation);
            self.keyword(Keyword::When);
            self.space();
            self.expression(when);
        }
        if let Some(d) = &x.deadline {
            self.part_break(Keyword::Within, continuation);
            self.keyword(Keyword::Within);
            self.space();
            let after = self.find_keyword(Keyword::After, self.last_end).map_or(d.span.end, |s| s.start);
            self.duration(d.within, self.last_end, after);
            self.space();
            self.keyword(Keyword::After);
            self.space();
            self.expression(&d.after);
            self.fulfilled_by(&d.fulfilled_by);
        }
        if let Some(f) = &x.frequency {
            self.part_break(Keyword::Every, continuation);
            let named = f.named;
            self.keyword_with(Keyword::Every, |language| words::every(named, language));
            self.space();
            match named {
                Some(period) => self.keyword(words::period_keyword(period)),
                None => self.duration(f.every, self.last_end, f.span.end),
            }
            self.fulfilled_by(&f.fulfilled_by);
        }
        self.trailing_readings(&x.readings, continuation);
    }

    /// `reading "…"`.
    fn reading(&mut self, t: &Text) {
        self.keyword(Keyword::Reading);
        self.space();
        self.text(t);
    }

    /// The readings after a value, requirement or duty, each on a line of its own at `indent`.
    fn trailing_readings(&mut self, readings: &[Text], indent: usize) {
        for t in readings {
            self.newline(indent, Blank::Never);
            self.reading(t);
        }
    }

    fn fulfilled_by(&mut self, event: &Option<Ident>) {
        if let Some(event) = event {
            self.space();
            self.keyword(Keyword::FulfilledBy);
            self.space();
            self.token(&event.name, Some(event.span));
        }
    }

    // ------------------------------------------------------------ school year (issue 15)

    fn school_year(&mut self, x: &SchoolYearDecl) {
        self.keyword(Keyword::SchoolYear);
        if let Some(title) = &x.title {
            self.space();
            self.text(title);
        }
        self.opt_citation(&x.citation);
        let mark = self.open_block();
        for (i, part) in x.parts.iter().enumerate() {
            self.item(ITEM, i == 0);
            self.keyword(match part.kind {
                SchoolYearPartKind::Term => Keyword::Term,
                SchoolYearPartKind::Trimester => Keyword::Trimester,
                SchoolYearPartKind::Holidays => Keyword::Holidays,
            });
            self.space();
            self.text(&part.name);
            self.space();
            let (from, to) = (part.from, part.to);
            self.token(&format!("{:02}-{:02}", from.month, from.day), Some(from.span));
            self.token("..", None);
            self.token(&format!("{:02}-{:02}", to.month, to.day), Some(to.span));
        }
        self.close_block(mark, ITEM, 0);
    }

    // ------------------------------------------------------------ end school year

    // ------------------------------------------------------------ calendar year (issue 15)

    fn calendar_year(&mut self, x: &CalendarYearDecl) {
        self.keyword(Keyword::CalendarYear);
        self.space();
        let year = self.src.get(x.year_span.start..x.year_span.end).unwrap_or("");
        self.token(year, Some(x.year_span));
        if let Some(source) = &x.source {
            self.space();
            self.text(source);
        }
        let mark = self.open_block();
        for (i, list) in x.days.iter().enumerate() {
            self.item(ITEM, i == 0);
            self.keyword(if list.working { Keyword::Working } else { Keyword::NonWorking });
            for (j, (_, at)) in list.dates.iter().enumerate() {
                if j > 0 {
                    self.token(",", None);
                }
                self.space();
                let date = self.src.get(at.start..at.end).unwrap_or("");
                self.token(date, Some(*at));
            }
        }
        self.close_block(mark, ITEM, 0);
    }

    // ------------------------------------------------------------ end calendar year

    fn test(&mut self, x: &TestDecl) {
        self.keyword(Keyword::Test);
        self.space();
        self.text(&x.name);
        enum Item<'a> {
            Case(&'a Text),
            Expect(&'a Expect),
        }
        let mut items: Vec<(usize, Item<'_>)> = x.case.iter().map(|t| (t.span.start, Item::Case(t))).collect();
        items.extend(x.expects.iter().map(|e| (e.span.start, Item::Expect(e))));
        items.sort_by_key(|(at, _)| *at);
        let mark = self.open_block();
        for (i, (_, item)) in items.iter().enumerate() {
            self.item(ITEM, i == 0);
            match item {
                Item::Case(t) => {
                    self.keyword(Keyword::Case);
                    self.space();
                    self.text(t);
                }
                Item::Expect(e) => self.expect(e),
            }
        }
        self.close_block(mark, ITEM, 0);
    }

    fn expect(&mut self, x: &Expect) {
        self.keyword(Keyword::Expect);
        self.space();
        match &x.kind {
            ExpectKind::Value { name, expected } => {
                self.token(&name.name, Some(name.span));
                self.space();
                self.token("=", None);
                self.space();
                self.expression(expected);
            }
            ExpectKind::Finding { negated, severity, citation } => {
                if *negated {
                    self.keyword(Keyword::No);
                    self.space();
                }
                self.keyword(severity.map_or(Keyword::Duty, severity_keyword));
                self.space();
                self.citation(citation);
            }
            ExpectKind::Violations(items) => {
                self.keyword(Keyword::Violations);
                self.space();
                self.bracketed(items);
            }
            ExpectKind::Missing(items) => {
                self.keyword(Keyword::Missing);
                self.space();
                self.bracketed(items);
            }
        }
    }

    /// `[a, b]` whose brackets are found in the source.
    fn bracketed(&mut self, items: &[Expr]) {
        let open = self.char_span(self.last_end, '[');
        self.token("[", open);
        self.expr_list(items);
        let close = self.char_span(self.last_end, ']');
        self.token("]", close);
    }
}
