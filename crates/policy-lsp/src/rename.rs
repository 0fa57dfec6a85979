//! Rename of a declared name across the workspace: values, tables, parameters,
//! rules, enumerations, exceptions, curricula, roles and provisions. Case-schema
//! fields and enumeration values are refused: case files use those names too.

use std::collections::HashMap;
use std::path::Path;

use policy_check::{DefKind, Target};
use policy_syntax::{Keyword, KeywordLanguage};
use tower_lsp_server::ls_types::{Position, PrepareRenameResponse, TextEdit, Uri, WorkspaceEdit};

use crate::analysis::{Analysis, Lines, RootAnalysis};
use crate::index::{definitions, Occurrence, Sym};
use crate::navigation::{lsp_location, occurrence_at, occurrences_of, place, search_roots};

/// Why a rename cannot be done (shown to the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenameError(pub String);

fn refuse(language: KeywordLanguage, en: &str, ru: &str) -> RenameError {
    RenameError(match language {
        KeywordLanguage::English => en.to_string(),
        KeywordLanguage::Russian => ru.to_string(),
    })
}

/// Whether `sym` may be renamed; the reason when not.
fn check_renamable(sym: &Sym, language: KeywordLanguage) -> Result<(), RenameError> {
    match sym {
        Sym::Target(Target::Value(_) | Target::Table(_) | Target::Param(_) | Target::Rule(_) | Target::Enum(_))
        | Sym::Exception(..)
        | Sym::Curriculum(_)
        | Sym::Role(_)
        | Sym::Provision(_) => Ok(()),
        Sym::Target(Target::Field(_) | Target::List(_) | Target::ElemField(..)) | Sym::Record(_) => Err(refuse(
            language,
            "case fields are named by the case-file contract: rename them in the schema and in every case file together",
            "поля дела заданы форматом файла дела: переименуйте их в схеме и во всех файлах дел одновременно",
        )),
        Sym::Target(Target::Symbol(_)) => Err(refuse(
            language,
            "enumeration values are written in case files too: rename them in the schema and in every case file together",
            "значения перечислений записаны и в файлах дел: переименуйте их в схеме и во всех файлах дел одновременно",
        )),
        Sym::Keyword(_) | Sym::WorkingDays => {
            Err(refuse(language, "a keyword cannot be renamed", "ключевое слово нельзя переименовать"))
        }
        Sym::Function(_) => Err(refuse(
            language,
            "a built-in function cannot be renamed",
            "встроенную функцию нельзя переименовать",
        )),
        Sym::Clause(_) | Sym::Citation(_) => Err(refuse(
            language,
            "clause numbers are the regulation's own: edit the clause and its citations",
            "номера пунктов взяты из самого положения: исправьте пункт и ссылки на него",
        )),
        Sym::Test(_) | Sym::Policy => {
            Err(refuse(language, "edit the text directly", "исправьте текст непосредственно"))
        }
    }
}

fn located(
    analysis: &Analysis,
    path: &Path,
    position: Position,
) -> Result<(std::sync::Arc<RootAnalysis>, Occurrence, KeywordLanguage), RenameError> {
    let (ra, occ) = occurrence_at(analysis, path, position)
        .ok_or_else(|| RenameError("nothing to rename here / здесь нечего переименовывать".into()))?;
    let language = ra.language(occ.file);
    check_renamable(&occ.sym, language)?;
    Ok((ra, occ, language))
}

/// The range of the name to rename at `position`, or why it cannot be renamed.
pub fn prepare_rename(
    analysis: &Analysis,
    path: &Path,
    position: Position,
) -> Result<PrepareRenameResponse, RenameError> {
    let (ra, occ, _) = located(analysis, path, position)?;
    let file = ra.file(occ.file);
    let range = Lines::new(file, analysis.encoding()).range(occ.span);
    let placeholder = file.text.get(occ.span.start..occ.span.end).unwrap_or_default().to_string();
    Ok(PrepareRenameResponse::RangeWithPlaceholder { range, placeholder })
}

/// Whether `name` is a valid name of the language (letters, digits, `_`; not a keyword).
pub fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_');
    first_ok && name.chars().all(|c| c.is_alphanumeric() || c == '_') && Keyword::from_spelling(name).is_none()
}

/// Whether declarations of this kind share one namespace with values (values,
/// tables and parameters are named in expressions alike).
fn expression_name(kind: DefKind) -> bool {
    matches!(kind, DefKind::Value | DefKind::Table | DefKind::Param)
}

/// The names `sym`'s new name must not take (same namespace, or shadowed case fields and enumeration values).
fn taken(ra: &RootAnalysis, sym: &Sym) -> Vec<String> {
    let model = &ra.checked.model;
    let Some(kind) = sym.definition(model).map(|d| d.kind) else { return Vec::new() };
    let defs = model.definitions();
    let same = |k: DefKind| k == kind || (expression_name(k) && expression_name(kind));
    let mut names: Vec<String> = defs.iter().filter(|d| same(d.kind)).map(|d| d.name.to_string()).collect();
    if expression_name(kind) {
        names.extend(model.symbols.iter().cloned());
        let case_roots = defs.iter().filter(|d| matches!(d.kind, DefKind::Field | DefKind::Record | DefKind::List));
        names.extend(case_roots.map(|d| d.name.split('.').next().unwrap_or_default().to_string()));
        names.push("eligible".into());
    }
    names
}

/// The edits that rename what is at `position` to `new_name` in every file that mentions it.
pub fn rename(
    analysis: &Analysis,
    path: &Path,
    position: Position,
    new_name: &str,
) -> Result<WorkspaceEdit, RenameError> {
    let (ra, occ, language) = located(analysis, path, position)?;
    let new_name = new_name.trim();
    if !is_valid_name(new_name) {
        return Err(refuse(
            language,
            &format!("`{new_name}` is not a valid name: use letters, digits and `_`, not a keyword"),
            &format!("`{new_name}` — недопустимое имя: используйте буквы, цифры и `_`, не ключевое слово"),
        ));
    }
    let old = ra.file(occ.file).text.get(occ.span.start..occ.span.end).unwrap_or_default();
    if new_name != old && taken(&ra, &occ.sym).iter().any(|n| n == new_name) {
        return Err(refuse(
            language,
            &format!("the name `{new_name}` is already used"),
            &format!("имя `{new_name}` уже используется"),
        ));
    }
    let places: Vec<_> = definitions(&ra, &occ.sym).into_iter().map(|l| place(&ra, l)).collect();
    let roots = search_roots(analysis, &ra);
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for (root, l) in occurrences_of(&roots, &places, None, true) {
        if let Some(loc) = lsp_location(analysis, &root, l) {
            let edits = changes.entry(loc.uri).or_default();
            let edit = TextEdit { range: loc.range, new_text: new_name.to_string() };
            if !edits.contains(&edit) {
                edits.push(edit);
            }
        }
    }
    Ok(WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() })
}
