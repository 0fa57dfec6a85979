//! Completion: keywords in the file's keyword language, declared names, case
//! fields after `pupil.` / `plan.` / …, enumeration values, document kinds,
//! event types, rules, tables, role names used elsewhere in the workspace, and
//! clause numbers inside `§ "…"`.

use std::collections::BTreeSet;
use std::path::Path;

use policy_check::builtins::BUILTINS;
use policy_check::model::{ListId, Member, Model, Ty};
use policy_syntax::ast::{DeclKind, Span};
use policy_syntax::{Keyword, KeywordLanguage};
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionResponse, CompletionTextEdit, Documentation, MarkupContent,
    MarkupKind, Position, TextEdit,
};

use crate::analysis::{Analysis, Lines, RootAnalysis};
use policy_check::markup::markdown as escape;

use crate::hover::{type_name, type_of};
use crate::lang::{meaning, phrase, Phrase};

/// Completions at `position` in the file at `path`.
pub fn completion(analysis: &Analysis, path: &Path, position: Position) -> Option<CompletionResponse> {
    let (ra, file, offset) = analysis.at(path, position)?;
    let items = complete(analysis, &ra, file, offset);
    Some(CompletionResponse::Array(items))
}

/// What is being completed.
struct Ctx<'a> {
    ra: &'a RootAnalysis,
    language: KeywordLanguage,
    lines: Lines<'a>,
    /// The span of the partial word to replace.
    word: Span,
    items: Vec<CompletionItem>,
}

impl<'a> Ctx<'a> {
    fn push(&mut self, label: &str, kind: CompletionItemKind, detail: Option<String>, doc: Option<String>) {
        let sort = format!("{:05}", self.items.len());
        self.items.push(CompletionItem {
            label: label.to_string(),
            kind: Some(kind),
            detail,
            documentation: doc
                .map(|value| Documentation::MarkupContent(MarkupContent { kind: MarkupKind::Markdown, value })),
            sort_text: Some(sort),
            filter_text: Some(label.to_string()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                range: self.lines.range(self.word),
                new_text: label.to_string(),
            })),
            ..CompletionItem::default()
        });
    }

    fn keyword(&mut self, k: Keyword) {
        let label = k.spelling(self.language);
        if self.items.iter().any(|i| i.label == label) {
            return;
        }
        let detail = Some(meaning(k, self.language).to_string());
        self.push(label, CompletionItemKind::KEYWORD, detail, None);
    }

    fn model(&self) -> &'a Model {
        &self.ra.checked.model
    }
}

/// The completion items at byte `offset` of file `file` of `ra`.
pub fn complete(analysis: &Analysis, ra: &RootAnalysis, file: usize, offset: usize) -> Vec<CompletionItem> {
    let source = ra.file(file);
    let text = source.text.as_str();
    let parsed = &source.parsed.file;
    // Nothing inside comments or clause texts.
    if parsed.comments.iter().any(|c| c.span.start < offset && offset <= c.span.end) {
        return Vec::new();
    }
    let in_clause_text = parsed.decls.iter().any(|d| match &d.kind {
        DeclKind::Clause(c) => c.text.span.start < offset && offset < c.text.span.end,
        _ => false,
    });
    if in_clause_text {
        return Vec::new();
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..offset];
    let word_len = before.chars().rev().take_while(|c| is_ident_char(*c)).map(char::len_utf8).sum::<usize>();
    let word = Span::new(offset - word_len, offset);
    let mut ctx = Ctx {
        ra,
        language: ra.language(file),
        lines: Lines::new(source, analysis.encoding()),
        word,
        items: Vec::new(),
    };

    // Inside a string: clause numbers in a citation, nothing elsewhere.
    if let Some(quote) = open_quote(before) {
        let opened = before[..quote].trim_end();
        let cited = opened.ends_with('§') || opened.ends_with('[') || opened.ends_with(',') && in_violations(before);
        if cited {
            let inside = &before[quote + 1..];
            let part_start =
                inside.rfind([',', '–']).map_or(0, |i| i + inside[i..].chars().next().map_or(1, char::len_utf8));
            let lead = inside[part_start..].len() - inside[part_start..].trim_start().len();
            ctx.word = Span::new(line_start + quote + 1 + part_start + lead, offset);
            clauses(&mut ctx);
        }
        return ctx.items;
    }

    let before_word = &before[..before.len() - word_len];
    // A dotted path: the members of what precedes the dot.
    if let Some(prefix) = before_word.strip_suffix('.') {
        let path_len =
            prefix.chars().rev().take_while(|c| is_ident_char(*c) || *c == '.').map(char::len_utf8).sum::<usize>();
        let segs: Vec<&str> = prefix[prefix.len() - path_len..].split('.').collect();
        if segs.iter().all(|s| !s.is_empty()) {
            let element = current_list(&ctx, parsed, offset, before_word);
            members(&mut ctx, &segs, element);
        }
        return ctx.items;
    }

    let previous = previous_word(before_word);
    // ---- i15: the unit after the number of a deadline or a frequency
    if let Some(n) = duration_number(before_word, previous) {
        duration_units(&mut ctx, n);
        return ctx.items;
    }
    // ---- end i15
    let previous_kw = previous.and_then(Keyword::from_spelling);
    let model = ctx.model();
    let document_list = model.schema.documents.map(|(l, _)| l);
    let events_list = model.schema.events.map(|e| e.list);
    match previous_kw {
        Some(Keyword::Document) => {
            key_values(&mut ctx, document_list);
            return ctx.items;
        }
        Some(Keyword::After) => {
            // An event type, or a date of the case (a deadline can start after any date).
            key_values(&mut ctx, events_list);
            values_and_tables(&mut ctx);
            root_fields(&mut ctx);
            return ctx.items;
        }
        Some(Keyword::FulfilledBy) => {
            key_values(&mut ctx, events_list);
            return ctx.items;
        }
        Some(Keyword::For) => {
            let rules: Vec<(String, Option<String>)> =
                ctx.model().rules.iter().map(|r| (r.name.clone(), r.description.clone())).collect();
            for (name, description) in rules {
                ctx.push(&name, CompletionItemKind::FUNCTION, description, None);
            }
            return ctx.items;
        }
        Some(Keyword::Cap) => {
            let tables: Vec<(String, Option<String>)> =
                ctx.model().tables.iter().map(|t| (t.name.clone(), t.description.clone())).collect();
            for (name, description) in tables {
                ctx.push(&name, CompletionItemKind::STRUCT, description, None);
            }
            return ctx.items;
        }
        Some(Keyword::Role) => {
            roles_elsewhere(&mut ctx, analysis);
            return ctx.items;
        }
        // ---- issue 15: what `extend` extends, and the names it may extend
        Some(Keyword::Extend) => {
            ctx.keyword(Keyword::Enum);
            let detail = Some(meaning(Keyword::Schema, ctx.language).to_string());
            ctx.push(Keyword::extended_schema(ctx.language), CompletionItemKind::KEYWORD, detail, None);
            return ctx.items;
        }
        Some(Keyword::Enum | Keyword::Schema) if after_extend(before_word, previous) => {
            extendable(&mut ctx, previous_kw == Some(Keyword::Enum));
            return ctx.items;
        }
        // ---- end extend
        Some(
            Keyword::Policy
            | Keyword::Enum
            | Keyword::Schema
            | Keyword::Param
            | Keyword::Value
            | Keyword::Table
            | Keyword::Rule
            | Keyword::Curriculum
            | Keyword::Exception
            | Keyword::Provision,
        ) => {
            // A new name: nothing to offer.
            return ctx.items;
        }
        _ => {}
    }
    if in_missing(before_word) {
        key_values(&mut ctx, document_list);
        return ctx.items;
    }
    if before_word.trim_end().ends_with(':') || matches!(previous_kw, Some(Keyword::Of)) {
        types(&mut ctx);
        return ctx.items;
    }

    let decl = parsed.decls.iter().find(|d| d.span.start < offset && offset <= d.span.end.max(d.span.start + 1));
    let decl = decl.filter(|d| !matches!(d.kind, DeclKind::Error));
    let Some(decl) = decl else {
        for k in Keyword::DECLARATIONS {
            ctx.keyword(*k);
        }
        return ctx.items;
    };
    if matches!(previous_kw, Some(Keyword::Expect)) {
        for k in [
            Keyword::Violations,
            Keyword::Missing,
            Keyword::No,
            Keyword::Violation,
            Keyword::Warning,
            Keyword::Info,
            Keyword::Duty,
        ] {
            ctx.keyword(k);
        }
        ctx.push("eligible", CompletionItemKind::VARIABLE, None, None);
        values_and_tables(&mut ctx);
        return ctx.items;
    }
    // Comparison with an enumeration-typed field: its values first.
    if let Some(e) = compared_enum(&ctx, before_word) {
        enum_values(&mut ctx, Some(e));
    }
    let (items, expressions): (&[Keyword], bool) = match &decl.kind {
        DeclKind::Policy(_) => (
            &[
                Keyword::School,
                Keyword::Title,
                Keyword::Approved,
                Keyword::Source,
                Keyword::Version,
                Keyword::Amends,
                Keyword::InForce,
                Keyword::Until,
            ],
            false,
        ),
        DeclKind::Schema(_) | DeclKind::Enum(_) | DeclKind::ExtendSchema(_) | DeclKind::ExtendEnum(_) => {
            (TYPE_KEYWORDS, false)
        }
        DeclKind::Param(_) => (TYPE_KEYWORDS, true),
        DeclKind::Value(_) => (VALUE_KEYWORDS, true),
        DeclKind::Table(_) => (&[Keyword::By, Keyword::Else, Keyword::Reading], true),
        DeclKind::Curriculum(_) => (&[Keyword::Grades, Keyword::Total, Keyword::Weeks, Keyword::Cap], false),
        DeclKind::Rule(_) => (
            &[Keyword::When, Keyword::Unless, Keyword::Violation, Keyword::Warning, Keyword::Info, Keyword::Reading],
            true,
        ),
        DeclKind::Exception(_) => {
            (&[Keyword::When, Keyword::Allow, Keyword::Violation, Keyword::Warning, Keyword::Info], true)
        }
        DeclKind::Document(_) => (&[Keyword::Require, Keyword::When, Keyword::Reading], true),
        DeclKind::Role(_) => (
            &[
                Keyword::Duty,
                Keyword::Right,
                Keyword::When,
                Keyword::Within,
                Keyword::After,
                Keyword::FulfilledBy,
                Keyword::Every,
                Keyword::Quarter,
                Keyword::Trimester,
                Keyword::Year,
                Keyword::Month,
                Keyword::Week,
                Keyword::Term,
                Keyword::Reading,
            ],
            true,
        ),
        DeclKind::Test(_) => (
            &[
                Keyword::Case,
                Keyword::Expect,
                Keyword::No,
                Keyword::Violations,
                Keyword::Missing,
                Keyword::Violation,
                Keyword::Warning,
                Keyword::Info,
                Keyword::Duty,
            ],
            false,
        ),
        DeclKind::SchoolYear(_) => (&[Keyword::Term, Keyword::Trimester, Keyword::Holidays], false),
        DeclKind::NotStated(_) => (Keyword::TOPICS, false),
        DeclKind::CalendarYear(_) => (&[Keyword::NonWorking, Keyword::Working], false),
        DeclKind::Provision(_) | DeclKind::Use(_) | DeclKind::Clause(_) | DeclKind::Error => (&[], false),
    };
    if expressions {
        if let Some(l) = current_list(&ctx, parsed, offset, before_word) {
            element_fields(&mut ctx, l);
        }
        values_and_tables(&mut ctx);
        root_fields(&mut ctx);
        for k in items {
            ctx.keyword(*k);
        }
        for k in EXPRESSION_KEYWORDS {
            ctx.keyword(*k);
        }
        functions(&mut ctx);
        enum_values(&mut ctx, None);
    } else {
        for k in items {
            ctx.keyword(*k);
        }
        if matches!(
            decl.kind,
            DeclKind::Schema(_) | DeclKind::Enum(_) | DeclKind::ExtendSchema(_) | DeclKind::ExtendEnum(_)
        ) {
            enum_names(&mut ctx);
        }
    }
    ctx.items
}

/// The keywords of a type: [`VALUE_KEYWORDS`] without the trailing `reading`.
const TYPE_KEYWORDS: &[Keyword] = match VALUE_KEYWORDS.split_last() {
    Some((_, types)) => types,
    None => &[],
};

/// After a value's `=`: its type's keywords and the trailing `reading`.
const VALUE_KEYWORDS: &[Keyword] = &[
    Keyword::Int,
    Keyword::Decimal,
    Keyword::Bool,
    Keyword::Text,
    Keyword::Date,
    Keyword::Duration,
    Keyword::Set,
    Keyword::List,
    Keyword::Of,
    Keyword::Keyed,
    Keyword::Reading,
];

const EXPRESSION_KEYWORDS: &[Keyword] = &[
    Keyword::And,
    Keyword::Or,
    Keyword::Not,
    Keyword::In,
    Keyword::If,
    Keyword::Then,
    Keyword::Else,
    Keyword::Where,
    Keyword::Null,
    Keyword::True,
    Keyword::False,
];

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The byte index of the quote that opens a string still open at the end of `line`.
fn open_quote(line: &str) -> Option<usize> {
    let mut open = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match (open, c) {
            (None, '#') => return None,
            (None, '"') => open = Some(i),
            (Some(_), _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (Some(_), '"') => open = None,
            _ => {}
        }
    }
    open
}

/// The word before the partial word (`document ` → `document`).
// ---- i15: duration units
/// The number of `within N ` or `every N ` when the cursor is at the unit after it.
fn duration_number(before_word: &str, previous: Option<&str>) -> Option<i64> {
    let number = previous.filter(|p| p.bytes().all(|b| b.is_ascii_digit()))?;
    let trimmed = before_word.trim_end();
    let keyword = previous_word(&trimmed[..trimmed.len() - number.len()]).and_then(Keyword::from_spelling)?;
    matches!(keyword, Keyword::Within | Keyword::Every).then(|| number.parse().ok())?
}

/// Every duration unit, in the file's keyword language and the form the number `n` asks for.
fn duration_units(ctx: &mut Ctx<'_>, n: i64) {
    for words in &policy_syntax::units::DURATION_UNITS {
        let label = policy_syntax::units::duration_unit_word(words.unit, n, ctx.language);
        let detail = match words.unit {
            policy_syntax::ast::DurationUnit::WorkingDays => match ctx.language {
                KeywordLanguage::English => "working days of the production calendar (deadlines only)",
                KeywordLanguage::Russian => "рабочие дни по производственному календарю (только в сроках)",
            },
            _ => match ctx.language {
                KeywordLanguage::English => "calendar duration",
                KeywordLanguage::Russian => "календарный срок",
            },
        };
        ctx.push(label, CompletionItemKind::UNIT, Some(detail.to_string()), None);
    }
}
// ---- end i15

// ---- issue 15: completion after `extend`
/// Whether the word before `previous` (the word before the cursor) is `extend` / `дополнить`.
fn after_extend(before_word: &str, previous: Option<&str>) -> bool {
    let Some(previous) = previous else { return false };
    let trimmed = before_word.trim_end();
    let rest = &trimmed[..trimmed.len() - previous.len()];
    previous_word(rest).and_then(Keyword::from_spelling) == Some(Keyword::Extend)
}

/// The enumerations (`enums`) or the case schema a policy may extend.
fn extendable(ctx: &mut Ctx<'_>, enums: bool) {
    let model = ctx.model();
    if enums {
        for e in &model.enums {
            ctx.push(&e.name, CompletionItemKind::ENUM, e.description.clone(), None);
        }
    } else if !model.schema.name.is_empty() {
        ctx.push(&model.schema.name, CompletionItemKind::STRUCT, None, None);
    }
}
// ---- end completion after `extend`

fn previous_word(before_word: &str) -> Option<&str> {
    let trimmed = before_word.trim_end();
    if trimmed.len() == before_word.len() && !before_word.is_empty() {
        return None;
    }
    let len = trimmed.chars().rev().take_while(|c| is_ident_char(*c)).map(char::len_utf8).sum::<usize>();
    if len == 0 {
        None
    } else {
        Some(&trimmed[trimmed.len() - len..])
    }
}

/// Whether the line is an `expect missing [` list still open.
fn in_missing(before: &str) -> bool {
    list_after_keyword(before, Keyword::Missing)
}

fn in_violations(before: &str) -> bool {
    list_after_keyword(before, Keyword::Violations)
}

fn list_after_keyword(before: &str, k: Keyword) -> bool {
    [KeywordLanguage::English, KeywordLanguage::Russian].iter().any(|l| {
        let spelling = k.spelling(*l);
        before.find(spelling).is_some_and(|at| {
            let rest = before[at + spelling.len()..].trim_start();
            rest.starts_with('[') && !rest.contains(']')
        })
    })
}

fn clauses(ctx: &mut Ctx<'_>) {
    let clauses: Vec<(String, String)> =
        ctx.model().clauses.iter().map(|c| (c.number.clone(), c.text.clone())).collect();
    for (number, text) in clauses {
        let first_line: String = text.lines().next().unwrap_or("").chars().take(80).collect();
        let quoted: String =
            text.chars().take(3000).collect::<String>().lines().map(|l| format!("> {}  \n", escape(l))).collect();
        ctx.push(&number, CompletionItemKind::REFERENCE, Some(first_line), Some(quoted));
    }
}

/// The list whose elements bare names refer to at `offset`: the documents list
/// inside a document's `require`, or the list before `where` on this line.
fn current_list(ctx: &Ctx<'_>, parsed: &policy_syntax::ast::File, offset: usize, before: &str) -> Option<ListId> {
    let model = ctx.model();
    for k in [KeywordLanguage::English, KeywordLanguage::Russian] {
        let spelling = Keyword::Where.spelling(k);
        let pattern = format!(" {spelling} ");
        if let Some(at) = before.rfind(&pattern) {
            let head = before[..at].trim_end();
            let len =
                head.chars().rev().take_while(|c| is_ident_char(*c) || *c == '.').map(char::len_utf8).sum::<usize>();
            let segs: Vec<&str> = head[head.len() - len..].split('.').collect();
            if let Some(Node::List(l) | Node::Element(l)) = resolve(model, &segs) {
                return Some(l);
            }
        }
    }
    let in_document = parsed
        .decls
        .iter()
        .any(|d| matches!(d.kind, DeclKind::Document(_)) && d.span.start < offset && offset <= d.span.end);
    if in_document {
        return model.schema.documents.map(|(l, _)| l);
    }
    None
}

/// Where a dotted path leads.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// A record, by index in `Schema::records` (`None`: the case itself).
    Record(Option<usize>),
    List(ListId),
    Element(ListId),
    Scalar(Ty),
}

fn resolve(model: &Model, segs: &[&str]) -> Option<Node> {
    let schema = &model.schema;
    let mut node: Option<Node> = None;
    for seg in segs {
        node = Some(match node {
            None => child(model, None, seg)?,
            Some(Node::Record(record)) => child(model, record, seg)?,
            Some(Node::List(l)) => {
                let list = schema.lists.get(l)?;
                if let Some(f) = list.fields.iter().find(|f| f.path == *seg) {
                    Node::Scalar(Ty::List(Box::new(f.ty.clone())))
                } else if model.symbol(seg).is_some() && list.key.is_some() {
                    Node::Element(l)
                } else {
                    return None;
                }
            }
            Some(Node::Element(l)) => {
                let f = schema.lists.get(l)?.fields.iter().find(|f| f.path == *seg)?;
                Node::Scalar(f.ty.clone())
            }
            Some(Node::Scalar(_)) => return None,
        });
    }
    node
}

fn child(model: &Model, record: Option<usize>, seg: &str) -> Option<Node> {
    let schema = &model.schema;
    let &(_, member) = schema.members(record).iter().find(|(name, _)| name == seg)?;
    Some(match member {
        Member::Record(r) => Node::Record(Some(r)),
        Member::List(l) => Node::List(l),
        Member::Field(slot) => Node::Scalar(schema.slots.get(slot)?.ty.clone()),
    })
}

fn members(ctx: &mut Ctx<'_>, segs: &[&str], element: Option<ListId>) {
    let model = ctx.model();
    // A bare element field inside `where`/`require` is not followed by a dot; a path is.
    let node = resolve(model, segs).or_else(|| {
        let l = element?;
        let f = model.schema.lists.get(l)?.fields.iter().find(|f| Some(&f.path.as_str()) == segs.first())?;
        Some(Node::Scalar(f.ty.clone()))
    });
    match node {
        Some(Node::Record(record)) => children(ctx, record),
        Some(Node::List(l)) => {
            element_fields(ctx, l);
            key_values(ctx, Some(l));
        }
        Some(Node::Element(l)) => element_fields(ctx, l),
        Some(Node::Scalar(_)) | None => {}
    }
}

/// The members of a record (`None`: the case), fields first, then lists, then records.
fn children(ctx: &mut Ctx<'_>, record: Option<usize>) {
    let model = ctx.model();
    let language = ctx.language;
    let schema = &model.schema;
    let mut members: Vec<&(String, Member)> = schema.members(record).iter().collect();
    members.sort_by_key(|(_, m)| match m {
        Member::Field(_) => 0,
        Member::List(_) => 1,
        Member::Record(_) => 2,
    });
    let mut found: Vec<(String, CompletionItemKind, Option<String>, Option<String>)> = Vec::new();
    for (name, member) in members {
        let (kind, detail, doc) = match *member {
            Member::Field(slot) => {
                let Some(f) = schema.slots.get(slot) else { continue };
                (CompletionItemKind::FIELD, type_name(model, f, language), &f.description)
            }
            Member::List(l) => {
                let Some(l) = schema.lists.get(l) else { continue };
                let detail = format!("{} {} {{…}}", Keyword::List.spelling(language), Keyword::Of.spelling(language));
                (CompletionItemKind::FIELD, detail, &l.description)
            }
            Member::Record(r) => {
                let Some(r) = schema.records.get(r) else { continue };
                (CompletionItemKind::MODULE, "{…}".to_string(), &r.description)
            }
        };
        found.push((name.clone(), kind, Some(detail), doc.clone()));
    }
    for (name, kind, detail, doc) in found {
        ctx.push(&name, kind, detail, doc.map(|d| escape(&d)));
    }
}

fn root_fields(ctx: &mut Ctx<'_>) {
    children(ctx, None);
}

fn element_fields(ctx: &mut Ctx<'_>, l: ListId) {
    let model = ctx.model();
    let language = ctx.language;
    let Some(list) = model.schema.lists.get(l) else { return };
    let fields: Vec<(String, String, Option<String>)> =
        list.fields.iter().map(|f| (f.path.clone(), type_name(model, f, language), f.description.clone())).collect();
    for (name, ty, doc) in fields {
        ctx.push(&name, CompletionItemKind::FIELD, Some(ty), doc.map(|d| escape(&d)));
    }
}

/// The values of the key of list `l` (document kinds for `documents`, event types for `events`).
fn key_values(ctx: &mut Ctx<'_>, l: Option<ListId>) {
    let model = ctx.model();
    let e = l.and_then(|l| model.schema.lists.get(l)).and_then(|list| list.fields.get(list.key?)).and_then(|f| {
        if let Ty::Symbol(Some(e)) = f.ty {
            Some(e)
        } else {
            None
        }
    });
    if let Some(e) = e {
        enum_values(ctx, Some(e));
    }
}

fn enum_values(ctx: &mut Ctx<'_>, only: Option<usize>) {
    let model = ctx.model();
    let mut found: Vec<(String, String, Option<String>)> = Vec::new();
    for (i, e) in model.enums.iter().enumerate() {
        if only.is_some_and(|o| o != i) {
            continue;
        }
        for (s, d) in &e.variants {
            found.push((model.symbol_name(*s).to_string(), e.name.clone(), d.clone()));
        }
    }
    for (name, enum_name, doc) in found {
        if ctx.items.iter().any(|i| i.label == name) {
            continue;
        }
        let detail = match &doc {
            Some(d) => format!("{enum_name}: {d}"),
            None => enum_name,
        };
        ctx.push(&name, CompletionItemKind::ENUM_MEMBER, Some(detail), None);
    }
}

fn enum_names(ctx: &mut Ctx<'_>) {
    let names: Vec<(String, Option<String>)> =
        ctx.model().enums.iter().map(|e| (e.name.clone(), e.description.clone())).collect();
    for (name, d) in names {
        ctx.push(&name, CompletionItemKind::ENUM, d, None);
    }
}

fn types(ctx: &mut Ctx<'_>) {
    for k in TYPE_KEYWORDS {
        ctx.keyword(*k);
    }
    enum_names(ctx);
}

fn values_and_tables(ctx: &mut Ctx<'_>) {
    let model = ctx.model();
    let language = ctx.language;
    let mut found: Vec<(String, CompletionItemKind, Option<String>, Option<String>)> = Vec::new();
    for v in &model.values {
        let ty = type_of(model, &v.ty, language);
        found.push((
            v.name.clone(),
            CompletionItemKind::VARIABLE,
            ty.or(Some(phrase(Phrase::Value, language).into())),
            v.description.clone(),
        ));
    }
    for t in &model.tables {
        found.push((
            t.name.clone(),
            CompletionItemKind::STRUCT,
            Some(phrase(Phrase::Table, language).into()),
            t.description.clone(),
        ));
    }
    for p in &model.params {
        found.push((
            p.name.clone(),
            CompletionItemKind::CONSTANT,
            Some(phrase(Phrase::Param, language).into()),
            p.description.clone(),
        ));
    }
    for (name, kind, detail, doc) in found {
        if !ctx.items.iter().any(|i| i.label == name) {
            ctx.push(&name, kind, detail, doc.map(|d| escape(&d)));
        }
    }
}

fn functions(ctx: &mut Ctx<'_>) {
    for def in &BUILTINS {
        let doc = match ctx.language {
            KeywordLanguage::English => def.english,
            KeywordLanguage::Russian => def.russian,
        };
        let detail = format!("{}: {doc}", phrase(Phrase::Function, ctx.language));
        ctx.push(def.name, CompletionItemKind::FUNCTION, Some(detail), None);
    }
}

/// Role names declared by the other policies of the workspace (so that schools align them).
fn roles_elsewhere(ctx: &mut Ctx<'_>, analysis: &Analysis) {
    let mine: BTreeSet<String> = ctx.model().roles.iter().map(|r| r.name.clone()).collect();
    let mut found: Vec<(String, Option<String>)> = Vec::new();
    for other in analysis.all_roots() {
        for r in &other.checked.model.roles {
            if !mine.contains(&r.name) && !found.iter().any(|(n, _)| *n == r.name) {
                found.push((r.name.clone(), r.title.clone()));
            }
        }
    }
    found.sort();
    for (name, title) in found {
        ctx.push(&name, CompletionItemKind::CLASS, title, None);
    }
}

/// The enumeration of the field compared on this line (`request.form = ` → `education_form`).
fn compared_enum(ctx: &Ctx<'_>, before_word: &str) -> Option<usize> {
    let head = before_word.trim_end();
    let head = head.strip_suffix("!=").or_else(|| head.strip_suffix('='))?.trim_end();
    let len = head.chars().rev().take_while(|c| is_ident_char(*c) || *c == '.').map(char::len_utf8).sum::<usize>();
    let segs: Vec<&str> = head[head.len() - len..].split('.').collect();
    match resolve(ctx.model(), &segs) {
        Some(Node::Scalar(Ty::Symbol(Some(e)))) => Some(e),
        _ => None,
    }
}
