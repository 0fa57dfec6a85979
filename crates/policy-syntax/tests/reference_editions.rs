//! The language reference has two editions, `docs/language.md` (English) and
//! `docs/language.ru.md` (Russian). A reader must find the same thing in the same place in
//! either, and a hover's link to a section (`Code::section`) must open in both. These tests
//! fail, saying what is missing where, when the two editions list different sections (by
//! anchor, level and order) or different diagnostic codes, when a code of the catalogue is
//! missing from either table, when an in-page link leads nowhere, or when an example does
//! not parse.
//!
//! Section ids: a heading's explicit anchor `<a id="…"></a>` if it has one, else the anchor
//! GitHub derives from its text (`## Lexical elements` → `lexical-elements`). Every Russian
//! heading carries an explicit anchor equal to its English section's id.
//!
//! Examples: every fenced code block without an info string is policy text and must parse
//! without diagnostics; a deliberate fragment is fenced as ```` ```text ````.

use std::collections::{BTreeMap, BTreeSet};

use policy_syntax::{parse, Code, DiagnosticSeverity};

/// One edition of the reference.
struct Edition {
    /// The path shown in messages.
    path: &'static str,
    /// The whole text.
    text: &'static str,
}

const ENGLISH: Edition = Edition { path: "docs/language.md", text: include_str!("../../../docs/language.md") };
const RUSSIAN: Edition = Edition { path: "docs/language.ru.md", text: include_str!("../../../docs/language.ru.md") };

/// A section heading (level 2 and deeper; the page title is not a section).
#[derive(Debug, Clone)]
struct Heading {
    /// 2 for `##`, 3 for `###`, …
    level: usize,
    /// The section's id, as a link's `#fragment` names it.
    id: String,
    /// Whether the id is an explicit `<a id="…"></a>`.
    explicit: bool,
    /// The heading's text, anchor removed.
    title: String,
    /// 1-based line number.
    line: usize,
}

/// A fenced code block.
struct Block {
    /// The fence's info string (`text`, or empty).
    info: String,
    /// The block's text.
    text: String,
    /// 1-based line number of the opening fence.
    line: usize,
}

/// The lines outside fenced code blocks, with their 1-based numbers, and the blocks
/// (a fence may be indented, inside a list item).
fn split(text: &str) -> (Vec<(usize, &str)>, Vec<Block>) {
    let mut prose = Vec::new();
    let mut blocks = Vec::new();
    let mut open: Option<Block> = None;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        match (&mut open, line.trim_start().strip_prefix("```")) {
            (None, Some(info)) => {
                open = Some(Block { info: info.trim().to_string(), text: String::new(), line: number })
            }
            (Some(_), Some("")) => blocks.extend(open.take()),
            (Some(block), _) => {
                block.text.push_str(line);
                block.text.push('\n');
            }
            (None, None) => prose.push((number, line)),
        }
    }
    (prose, blocks)
}

/// The id GitHub gives a heading: lower case, letters, digits, `-` and `_` kept, spaces to
/// `-`, everything else dropped.
fn github_slug(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The explicit anchor `<a id="…"></a>` in a heading, and the heading without it.
fn explicit_anchor(heading: &str) -> Option<(String, String)> {
    let start = heading.find("<a id=\"")?;
    let id_start = start + "<a id=\"".len();
    let id_len = heading[id_start..].find('"')?;
    let close = heading[id_start..].find("</a>")? + id_start + "</a>".len();
    let id = heading[id_start..id_start + id_len].to_string();
    let title = format!("{}{}", &heading[..start], &heading[close..]).trim().to_string();
    Some((id, title))
}

fn headings(edition: &Edition) -> Vec<Heading> {
    let (prose, _) = split(edition.text);
    prose
        .into_iter()
        .filter_map(|(line, text)| {
            let level = text.chars().take_while(|&c| c == '#').count();
            let rest = text[level..].strip_prefix(' ')?;
            if level < 2 {
                return None;
            }
            Some(match explicit_anchor(rest) {
                Some((id, title)) => Heading { level, id, explicit: true, title, line },
                None => Heading { level, id: github_slug(rest), explicit: false, title: rest.trim().to_string(), line },
            })
        })
        .collect()
}

/// `(code, severity)` of each row of the edition's diagnostic codes table, in order.
fn code_rows(edition: &Edition) -> Vec<(String, String, usize)> {
    let (prose, _) = split(edition.text);
    let heads = headings(edition);
    let Some(section) = heads.iter().position(|h| h.id == "diagnostic-codes") else {
        panic!("{}: no section with the id `diagnostic-codes`", edition.path);
    };
    let start = heads[section].line;
    let end = heads.get(section + 1).map_or(usize::MAX, |h| h.line);
    prose
        .into_iter()
        .filter(|&(line, text)| line > start && line < end && text.starts_with("| P"))
        .map(|(line, text)| {
            let mut cells = text.trim_matches('|').split('|').map(str::trim);
            let code = cells.next().unwrap_or_default().to_string();
            let severity = cells.next().unwrap_or_default().to_string();
            (code, severity, line)
        })
        .collect()
}

/// Every `P` followed by four digits anywhere in the edition, with the line of its first use.
fn codes_mentioned(edition: &Edition) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for (index, line) in edition.text.lines().enumerate() {
        let bytes = line.as_bytes();
        for at in 0..bytes.len() {
            let code = &bytes[at..(at + 5).min(bytes.len())];
            let starts_word = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
            let ends_word = bytes.get(at + 5).is_none_or(|b| !b.is_ascii_alphanumeric());
            if code.len() == 5
                && code[0] == b'P'
                && code[1..].iter().all(u8::is_ascii_digit)
                && starts_word
                && ends_word
            {
                found.entry(String::from_utf8_lossy(code).into_owned()).or_insert(index + 1);
            }
        }
    }
    found
}

#[test]
fn both_editions_have_the_same_sections_in_the_same_order() {
    let english = headings(&ENGLISH);
    let russian = headings(&RUSSIAN);
    let mut problems = Vec::new();

    for h in russian.iter().filter(|h| !h.explicit) {
        problems.push(format!(
            "{}:{}: the heading «{}» has no anchor: write `{} <a id=\"…\"></a>{}` with the id of its English section",
            RUSSIAN.path,
            h.line,
            h.title,
            "#".repeat(h.level),
            h.title
        ));
    }
    for edition in [&ENGLISH, &RUSSIAN] {
        let mut seen = BTreeMap::new();
        for h in headings(edition) {
            if let Some(first) = seen.insert(h.id.clone(), h.line) {
                problems.push(format!("{}:{}: the id `{}` is also the id of line {first}", edition.path, h.line, h.id));
            }
        }
    }

    let english_ids: BTreeSet<&str> = english.iter().map(|h| h.id.as_str()).collect();
    let russian_ids: BTreeSet<&str> = russian.iter().map(|h| h.id.as_str()).collect();
    for h in english.iter().filter(|h| !russian_ids.contains(h.id.as_str())) {
        problems.push(format!(
            "{} has no section `{}` (in {} line {}: «{}»); translate it and give its heading `<a id=\"{}\"></a>`",
            RUSSIAN.path, h.id, ENGLISH.path, h.line, h.title, h.id
        ));
    }
    for h in russian.iter().filter(|h| !english_ids.contains(h.id.as_str())) {
        problems.push(format!(
            "{} has no section `{}` (in {} line {}: «{}»)",
            ENGLISH.path, h.id, RUSSIAN.path, h.line, h.title
        ));
    }

    if problems.is_empty() {
        // Same sets: the order and the levels must agree too.
        for (e, r) in english.iter().zip(&russian) {
            if (e.level, &e.id) != (r.level, &r.id) {
                problems.push(format!(
                    "the editions part at {} line {} ({} `{}`) and {} line {} ({} `{}`): same sections, same order, same levels",
                    ENGLISH.path,
                    e.line,
                    "#".repeat(e.level),
                    e.id,
                    RUSSIAN.path,
                    r.line,
                    "#".repeat(r.level),
                    r.id
                ));
                break;
            }
        }
    }
    assert!(problems.is_empty(), "the two editions of the reference disagree:\n  {}", problems.join("\n  "));
}

#[test]
fn both_code_tables_list_the_catalogue() {
    let catalogue: Vec<(String, &str)> =
        Code::ALL.iter().map(|c| (c.as_str().to_string(), c.severity().as_str())).collect();
    let mut problems = Vec::new();
    for (edition, error, warning) in [(&ENGLISH, "error", "warning"), (&RUSSIAN, "ошибка", "предупреждение")]
    {
        let rows = code_rows(edition);
        let listed: BTreeSet<&str> = rows.iter().map(|(code, _, _)| code.as_str()).collect();
        for (code, _) in catalogue.iter().filter(|(code, _)| !listed.contains(code.as_str())) {
            problems.push(format!("{}: the table of diagnostic codes has no row for {code}", edition.path));
        }
        for (code, severity, line) in &rows {
            match catalogue.iter().find(|(c, _)| c == code) {
                None => problems.push(format!("{}:{line}: {code} is not in policy_syntax::Code", edition.path)),
                Some((_, expected)) => {
                    let expected = if *expected == DiagnosticSeverity::Error.as_str() { error } else { warning };
                    if severity != expected {
                        problems.push(format!(
                            "{}:{line}: {code} is «{severity}», the catalogue says «{expected}»",
                            edition.path
                        ));
                    }
                }
            }
        }
        let order: Vec<&str> = rows.iter().map(|(code, _, _)| code.as_str()).collect();
        let catalogue_order: Vec<&str> = catalogue.iter().map(|(code, _)| code.as_str()).collect();
        if problems.is_empty() && order != catalogue_order {
            problems.push(format!("{}: the table's rows are not in the catalogue's order", edition.path));
        }
    }
    assert!(
        problems.is_empty(),
        "the tables of diagnostic codes disagree with the catalogue:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn both_editions_mention_the_same_codes() {
    let english = codes_mentioned(&ENGLISH);
    let russian = codes_mentioned(&RUSSIAN);
    let mut problems = Vec::new();
    for (code, line) in english.iter().filter(|(code, _)| !russian.contains_key(*code)) {
        problems.push(format!("{code} is in {} (line {line}) but not in {}", ENGLISH.path, RUSSIAN.path));
    }
    for (code, line) in russian.iter().filter(|(code, _)| !english.contains_key(*code)) {
        problems.push(format!("{code} is in {} (line {line}) but not in {}", RUSSIAN.path, ENGLISH.path));
    }
    assert!(problems.is_empty(), "the editions name different diagnostic codes:\n  {}", problems.join("\n  "));
}

#[test]
fn every_code_links_to_a_section_of_both_editions() {
    for edition in [&ENGLISH, &RUSSIAN] {
        let ids: BTreeSet<String> = headings(edition).into_iter().map(|h| h.id).collect();
        let missing: Vec<String> = Code::ALL
            .iter()
            .filter(|c| !ids.contains(c.section()))
            .map(|c| format!("{c} → #{}", c.section()))
            .collect();
        assert!(missing.is_empty(), "{} has no section for: {}", edition.path, missing.join(", "));
    }
}

#[test]
fn in_page_links_lead_to_sections() {
    let mut problems = Vec::new();
    for edition in [&ENGLISH, &RUSSIAN] {
        let ids: BTreeSet<String> = headings(edition).into_iter().map(|h| h.id).collect();
        let (prose, _) = split(edition.text);
        for (line, text) in prose {
            for (at, _) in text.match_indices("](#") {
                let target = &text[at + 3..];
                let target = &target[..target.find(')').unwrap_or(target.len())];
                if !ids.contains(target) {
                    problems.push(format!("{}:{line}: the link `#{target}` leads to no section", edition.path));
                }
            }
        }
    }
    assert!(problems.is_empty(), "broken links:\n  {}", problems.join("\n  "));
}

#[test]
fn every_example_parses() {
    let mut problems = Vec::new();
    for edition in [&ENGLISH, &RUSSIAN] {
        let (_, blocks) = split(edition.text);
        for block in blocks.iter().filter(|b| b.info.is_empty()) {
            if let Some(first) = parse(&block.text).diagnostics.first() {
                problems.push(format!(
                    "{}:{}: the example does not parse: {} {} (fence a deliberate fragment as ```text)",
                    edition.path, block.line, first.code, first.message
                ));
            }
        }
    }
    assert!(problems.is_empty(), "examples that do not parse:\n  {}", problems.join("\n  "));
}

/// The code blocks of the section `id` and its subsections.
fn blocks_of_section(edition: &Edition, id: &str) -> Vec<Block> {
    let heads = headings(edition);
    let Some(index) = heads.iter().position(|h| h.id == id) else {
        panic!("{}: no section `{id}`", edition.path);
    };
    let level = heads[index].level;
    let start = heads[index].line;
    let end = heads[index + 1..].iter().find(|h| h.level <= level).map_or(usize::MAX, |h| h.line);
    let (_, blocks) = split(edition.text);
    blocks.into_iter().filter(|b| b.line > start && b.line < end).collect()
}

/// The parsed declarations' debug form without byte positions, which move when keywords
/// change length: two texts with the same shape say the same thing in either language.
fn shape(text: &str) -> String {
    let parsed = parse(text);
    let mut out = String::new();
    for decl in &parsed.file.decls {
        out.push_str(&format!("{:?}\n", decl.kind));
    }
    let mut cleaned = String::new();
    let mut rest = out.as_str();
    while let Some(at) = rest.find("Span { start: ") {
        cleaned.push_str(&rest[..at]);
        let end = rest[at..].find('}').map_or(rest.len(), |n| at + n + 1);
        rest = &rest[end..];
    }
    cleaned.push_str(rest);
    cleaned
}

#[test]
fn the_worked_examples_are_the_same_policies_in_both_editions() {
    let english = blocks_of_section(&ENGLISH, "worked-examples");
    let russian = blocks_of_section(&RUSSIAN, "worked-examples");
    assert_eq!(english.len(), russian.len(), "the worked examples have a different number of code blocks");
    for (e, r) in english.iter().zip(&russian) {
        assert!(
            shape(&e.text) == shape(&r.text),
            "the example at {}:{} and the one at {}:{} are different policies",
            ENGLISH.path,
            e.line,
            RUSSIAN.path,
            r.line
        );
    }
}
