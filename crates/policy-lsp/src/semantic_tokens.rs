//! Semantic tokens: keywords, comments, citations and clause numbers, and every
//! name by what it stands for (value, table, parameter, rule, enumeration and
//! its values, case fields), declarations marked.

use std::path::Path;

use policy_check::Target;
use policy_syntax::ast::Span;
use tower_lsp_server::ls_types::{
    Range, SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokens, SemanticTokensLegend,
};

use crate::analysis::{Analysis, Lines};
use crate::index::Sym;

/// The token types, in legend order.
pub const TOKEN_TYPES: &[SemanticTokenType] = &[
    SemanticTokenType::KEYWORD,     // 0
    SemanticTokenType::COMMENT,     // 1
    SemanticTokenType::VARIABLE,    // 2 value
    SemanticTokenType::STRUCT,      // 3 table, curriculum
    SemanticTokenType::PARAMETER,   // 4 param
    SemanticTokenType::FUNCTION,    // 5 rule, exception, built-in function
    SemanticTokenType::ENUM,        // 6
    SemanticTokenType::ENUM_MEMBER, // 7
    SemanticTokenType::PROPERTY,    // 8 case field
    SemanticTokenType::NAMESPACE,   // 9 record, policy
    SemanticTokenType::MACRO,       // 10 citation, clause number
    SemanticTokenType::CLASS,       // 11 role
    SemanticTokenType::EVENT,       // 12 test, provision
];

/// The token modifiers, in legend order.
pub const TOKEN_MODIFIERS: &[SemanticTokenModifier] = &[SemanticTokenModifier::DECLARATION];

/// The legend the server announces.
pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend { token_types: TOKEN_TYPES.to_vec(), token_modifiers: TOKEN_MODIFIERS.to_vec() }
}

fn token_type(sym: &Sym) -> Option<u32> {
    Some(match sym {
        Sym::Keyword(_) | Sym::WorkingDays => 0,
        Sym::Function(_) => 5,
        Sym::Target(t) => match t {
            Target::Value(_) => 2,
            Target::Table(_) => 3,
            Target::Param(_) => 4,
            Target::Rule(_) => 5,
            Target::Enum(_) => 6,
            Target::Symbol(_) => 7,
            Target::Field(_) | Target::List(_) | Target::ElemField(..) => 8,
        },
        Sym::Record(_) | Sym::Policy => 9,
        Sym::Exception(..) => 5,
        Sym::Curriculum(_) => 3,
        Sym::Role(_) => 11,
        Sym::Provision(_) | Sym::Test(_) => 12,
        Sym::Citation(_) => 10,
        Sym::Clause(_) => return None, // inside a citation (coloured as a whole) or a clause declaration
    })
}

/// The semantic tokens of the file at `path`, optionally only those in `range`.
pub fn semantic_tokens(analysis: &Analysis, path: &Path, range: Option<Range>) -> Option<SemanticTokens> {
    let ra = analysis.root(path)?;
    let id = ra.file_id(path)?;
    let file = ra.file(id);
    let lines = Lines::new(file, analysis.encoding());
    let mut raw: Vec<(Span, u32, u32)> = Vec::new();
    for o in ra.index().in_file(id) {
        let ty = match (&o.sym, o.decl) {
            (Sym::Clause(_), true) => Some(10),
            (sym, _) => token_type(sym),
        };
        if let Some(ty) = ty {
            raw.push((o.span, ty, u32::from(o.decl)));
        }
    }
    for c in &file.parsed.file.comments {
        raw.push((c.span, 1, 0));
    }
    raw.sort_by_key(|(s, ty, _)| (s.start, std::cmp::Reverse(s.end), *ty));
    let (from, to) = match range {
        Some(r) => (lines.offset(r.start), lines.offset(r.end)),
        None => (0, usize::MAX),
    };
    let mut data = Vec::with_capacity(raw.len());
    let (mut prev_line, mut prev_start, mut last_end) = (0u32, 0u32, 0usize);
    for (span, ty, modifiers) in raw {
        if span.start < last_end || span.end <= span.start || span.end < from || span.start > to {
            continue; // overlapping (a name inside a citation), empty, or outside the range
        }
        let start = lines.position(span.start);
        let end = lines.position(span.end);
        if end.line != start.line {
            continue; // tokens cannot span lines
        }
        let delta_line = start.line - prev_line;
        let delta_start = if delta_line == 0 { start.character - prev_start } else { start.character };
        data.push(SemanticToken {
            delta_line,
            delta_start,
            length: end.character - start.character,
            token_type: ty,
            token_modifiers_bitset: modifiers,
        });
        prev_line = start.line;
        prev_start = start.character;
        last_end = span.end;
    }
    Some(SemanticTokens { result_id: None, data })
}
