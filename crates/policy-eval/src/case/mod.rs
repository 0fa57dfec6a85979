//! Decoding a case from JSON, YAML or TOML text and validating it against a
//! policy's [`Schema`] before anything is evaluated.
//!
//! The text is first read into a small format-independent tree whose nodes
//! keep their line and column (where the format gives them) and, for numbers,
//! the number's source text, so that `0.25` is read as the exact decimal 0.25
//! and never through binary floating point. The tree is then checked field by
//! field against the schema and written into a slot-based [`Case`].
//!
//! Rules:
//! - a field the schema does not declare is a [`CaseWarning`] (cases come from
//!   other systems);
//! - a value of the wrong type, an impossible date, a negative or non-numeric
//!   number, an integer outside `int a..b`, an unknown enumeration value are
//!   [`CaseError`]s;
//! - a required field that is absent is an error only when the policy reads
//!   it (the contract: a field that a policy does not use may be absent);
//! - an absent list is an empty list; an absent optional field, or one written
//!   as `null`, is [`Value::Null`];
//! - numbers in a case are quantities (grades, ages, hours, copies, weeks) and
//!   may not be negative.
//!
//! # Layout
//!
//! `yaml`, `json` and `toml` read the text into the `tree`; `validate` checks
//! the tree's structure against the schema and `convert` each value against
//! its type, with `scalar` reading numbers, dates and durations exactly;
//! `vocabulary` (with `usage`: which fields the policy reads) is what
//! decoding needs from the model; `error` holds what can be wrong.
//!
//! A JSON case is first read by `fast_json`, straight into the slots with no
//! tree; only when it finds a problem (or an unknown field) is the text read
//! again through the tree, which explains it with paths, lines and columns.

mod convert;
mod error;
mod fast_json;
mod json;
mod json_lex;
mod library_words;
mod scalar;
mod toml;
mod tree;
mod usage;
mod validate;
mod vocabulary;
mod yaml;

use std::str::FromStr;

use jiff::civil::Date;
use policy_check::model::{Schema, Value};
use policy_i18n::msg;

pub use error::{CaseError, CaseErrorKind, CaseWarning};
pub use vocabulary::Vocabulary;

/// A case, validated against a schema: every scalar field in its slot, every
/// list as elements of element slots.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Case {
    /// Scalar fields outside lists, indexed by [`SlotId`](policy_check::model::SlotId); [`Value::Null`] when absent.
    pub slots: Vec<Value>,
    /// Lists, indexed by [`ListId`](policy_check::model::ListId): elements, each with its values indexed by element slot.
    pub lists: Vec<Vec<Vec<Value>>>,
}

impl Case {
    /// An empty case for a schema: every slot null, every list empty.
    pub fn empty(schema: &Schema) -> Case {
        Case { slots: vec![Value::Null; schema.slots.len()], lists: vec![Vec::new(); schema.lists.len()] }
    }

    /// The case's own `as_of` date, when the schema has the field and the case fills it.
    pub fn as_of(&self, schema: &Schema) -> Option<Date> {
        match schema.as_of.and_then(|slot| self.slots.get(slot)) {
            Some(Value::Date(d)) => Some(*d),
            _ => None,
        }
    }

    /// The case's own identifier (its top-level `id`), when the schema has the
    /// field and the case fills it: echoed in the report.
    pub fn id(&self, schema: &Schema) -> Option<&str> {
        match schema.id.and_then(|slot| self.slots.get(slot)) {
            Some(Value::Text(id)) => Some(id),
            _ => None,
        }
    }
}

/// The format of a case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseFormat {
    /// JSON (RFC 8259, strictly: no comments, single quotes, trailing commas or leading zeros).
    Json,
    /// YAML 1.2.
    Yaml,
    /// TOML 1.0.
    Toml,
}

impl CaseFormat {
    /// The format for a file name by its extension (`.json`, `.yaml`/`.yml`, `.toml`).
    pub fn from_path(path: &std::path::Path) -> Option<CaseFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(CaseFormat::Json),
            "yaml" | "yml" => Some(CaseFormat::Yaml),
            "toml" => Some(CaseFormat::Toml),
            _ => None,
        }
    }
}

impl FromStr for CaseFormat {
    type Err = String;
    /// `json`, `yaml` (or `yml`), `toml`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Ok(CaseFormat::Json),
            "yaml" | "yml" => Ok(CaseFormat::Yaml),
            "toml" => Ok(CaseFormat::Toml),
            other => Err(format!("unknown case format `{other}`")),
        }
    }
}

/// The largest case text accepted, in bytes (8 MiB), in every format: a case
/// of one pupil is a few kilobytes; a larger file is refused before it is read.
pub const MAX_CASE_BYTES: usize = 8 * 1024 * 1024;

/// The most values (maps, lists and scalars, YAML aliases expanded) read from
/// one case text, in every format.
pub const MAX_NODES: usize = 200_000;

/// The deepest nesting of maps and lists read from one case text, in every format.
pub const MAX_DEPTH: usize = 64;

/// The error for a case text of `len` bytes, larger than [`MAX_CASE_BYTES`].
pub fn too_large(len: u64) -> CaseError {
    CaseError {
        kind: CaseErrorKind::Syntax,
        path: String::new(),
        line: None,
        column: None,
        message: msg!("case-too-large", len = len.to_string(), n = len, max = MAX_CASE_BYTES.to_string()),
        expected: None,
        suggestion: None,
    }
}

/// A case file's bytes as text: refused when larger than [`MAX_CASE_BYTES`] or
/// not UTF-8 (with the line and column of the first bad byte); a leading byte
/// order mark is dropped.
pub fn text_from_bytes(bytes: Vec<u8>) -> Result<String, CaseError> {
    if bytes.len() > MAX_CASE_BYTES {
        return Err(too_large(u64::try_from(bytes.len()).unwrap_or(u64::MAX)));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let bytes = e.as_bytes();
            let valid = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(CaseError {
                kind: CaseErrorKind::Syntax,
                path: String::new(),
                line: u32::try_from(line).ok(),
                column: u32::try_from(column).ok(),
                message: msg!("case-not-utf8", offset = valid.to_string()),
                expected: None,
                suggestion: None,
            })
        }
    }
}

/// Reads a case from text and validates it against the schema. On success,
/// the case and the warnings (unknown fields); on failure, every error found
/// (in the order of the text), and no case. A text longer than
/// [`MAX_CASE_BYTES`], with more than [`MAX_NODES`] values or nested deeper
/// than [`MAX_DEPTH`] is refused.
pub fn decode(
    text: &str,
    format: CaseFormat,
    schema: &Schema,
    vocabulary: &Vocabulary,
) -> Result<(Case, Vec<CaseWarning>), Vec<CaseError>> {
    if text.len() > MAX_CASE_BYTES {
        return Err(vec![too_large(u64::try_from(text.len()).unwrap_or(u64::MAX))]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if format == CaseFormat::Json {
        if let Some(case) = fast_json::decode(text, schema, vocabulary) {
            return Ok((case, Vec::new()));
        }
    }
    let root = match format {
        CaseFormat::Json => json::read_json(text),
        CaseFormat::Yaml => yaml::read_yaml(text),
        CaseFormat::Toml => toml::read_toml(text),
    }
    .map_err(|e| vec![e])?;
    validate::validate(&root, schema, vocabulary)
}
