//! The grammar compiled to Rust: the recognizer that parses whole files.
//!
//! `build.rs` turns every rule of `grammar/policy.pest` into a method of
//! [`Recognizer`]; this module holds the primitives those methods call. The
//! semantics are pest's (the differential test below checks it on every shipped
//! policy, every fixture and thousands of mangled variants), but one rule call
//! costs a few instructions instead of pest's bookkeeping for error messages,
//! which the parser does not need on this path: error nodes are explained
//! afterwards by pest itself (see `explain`).
//!
//! The output is a flat list of [`Token`]s in pre-order, read through
//! [`crate::tree`].

use crate::grammar::Rule;

/// One matched rule: its byte range and where its subtree ends in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// The rule that matched.
    pub rule: Rule,
    /// Byte offset of the first byte matched.
    pub start: usize,
    /// Byte offset just past the last byte matched.
    pub end: usize,
    /// Index of the first token after this one's descendants.
    pub next: usize,
}

/// pest's three atomicities: where implicit white space is skipped, and where
/// inner rules produce tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Atomicity {
    /// `@{ … }`: no skipping, inner rules silent.
    Atomic,
    /// `${ … }`: no skipping, inner rules produce tokens.
    CompoundAtomic,
    /// Normal rules and `!{ … }`: white space and comments are skipped between parts.
    NonAtomic,
}

/// How deeply rule calls may nest before the parse gives up (the language's
/// bracket nesting is bounded earlier by `nesting::MAX_NESTING`; this bounds
/// the rest, such as `if … then if … then …` chains, well within any stack).
const MAX_DEPTH: usize = 1_000;

/// Rule calls allowed per input byte, plus a constant: bounds backtracking.
const CALLS_PER_BYTE: usize = 64;
const CALLS_BASE: usize = 1_000_000;

/// Why a parse was abandoned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abandoned {
    /// Rule calls nested deeper than [`MAX_DEPTH`], at this byte offset.
    TooDeep(usize),
    /// More rule calls than the input's size allows, at this byte offset.
    TooManySteps(usize),
    /// `file` did not match (its error productions should make that impossible).
    Unmatched,
}

/// Where a tracked rule call started, to finish or undo it.
pub(crate) struct Mark {
    pos: usize,
    index: usize,
    pushed: bool,
}

/// The parsing state the generated rule methods work on.
pub(crate) struct Recognizer<'i> {
    input: &'i [u8],
    pos: usize,
    atomicity: Atomicity,
    look_ahead_depth: u32,
    depth: usize,
    calls: usize,
    call_budget: usize,
    abandoned: Option<Abandoned>,
    tokens: Vec<Token>,
}

/// Parses `text` as a whole file: the tokens, or why the parse was abandoned.
pub(crate) fn recognize_file(text: &str) -> Result<Vec<Token>, Abandoned> {
    let mut recognizer = Recognizer::new(text);
    let matched = recognizer.r_file();
    match recognizer.abandoned {
        Some(why) => Err(why),
        None if matched => Ok(recognizer.tokens),
        None => Err(Abandoned::Unmatched),
    }
}

impl<'i> Recognizer<'i> {
    fn new(text: &'i str) -> Self {
        Recognizer {
            input: text.as_bytes(),
            pos: 0,
            atomicity: Atomicity::NonAtomic,
            look_ahead_depth: 0,
            depth: 0,
            calls: 0,
            call_budget: text.len().saturating_mul(CALLS_PER_BYTE).saturating_add(CALLS_BASE),
            abandoned: None,
            tokens: Vec::with_capacity(text.len() / 4),
        }
    }

    /// Enters a rule that produces a token (unless in look-ahead or inside an
    /// atomic rule); `None` once the parse is abandoned.
    #[inline]
    fn open(&mut self, rule: Rule) -> Option<Mark> {
        if !self.enter() {
            return None;
        }
        let index = self.tokens.len();
        let pushed = self.look_ahead_depth == 0 && self.atomicity != Atomicity::Atomic;
        if pushed {
            self.tokens.push(Token { rule, start: self.pos, end: self.pos, next: 0 });
        }
        Some(Mark { pos: self.pos, index, pushed })
    }

    /// Leaves a rule entered with [`Self::open`]: completes its token, or undoes
    /// everything it matched.
    #[inline]
    fn close(&mut self, mark: Mark, matched: bool) -> bool {
        self.depth -= 1;
        if matched {
            if mark.pushed {
                let next = self.tokens.len();
                let token = &mut self.tokens[mark.index];
                token.end = self.pos;
                token.next = next;
            }
            true
        } else {
            self.tokens.truncate(mark.index);
            self.pos = mark.pos;
            false
        }
    }

    /// Counts a rule call against the depth and step limits.
    #[inline]
    fn enter(&mut self) -> bool {
        if self.abandoned.is_some() {
            return false;
        }
        self.calls += 1;
        if self.depth >= MAX_DEPTH {
            self.abandoned = Some(Abandoned::TooDeep(self.pos));
            return false;
        }
        if self.calls > self.call_budget {
            self.abandoned = Some(Abandoned::TooManySteps(self.pos));
            return false;
        }
        self.depth += 1;
        true
    }

    /// Runs a silent rule's body under the depth and step limits.
    #[inline]
    fn depth_guarded(&mut self, body: impl FnOnce(&mut Self) -> bool) -> bool {
        if !self.enter() {
            return false;
        }
        let matched = body(self);
        self.depth -= 1;
        matched
    }

    /// Runs `body` with the given atomicity, restoring the previous one after.
    #[inline]
    fn atomically(&mut self, atomicity: Atomicity, body: impl FnOnce(&mut Self) -> bool) -> bool {
        let outer = std::mem::replace(&mut self.atomicity, atomicity);
        let matched = body(self);
        self.atomicity = outer;
        matched
    }

    /// `a ~ b ~ …`: all or nothing.
    #[inline]
    fn sequence(&mut self, body: impl FnOnce(&mut Self) -> bool) -> bool {
        let (pos, len) = (self.pos, self.tokens.len());
        if body(self) {
            true
        } else {
            self.pos = pos;
            self.tokens.truncate(len);
            false
        }
    }

    /// `&e` (and, negated by the caller, `!e`): matches without consuming or
    /// producing tokens.
    #[inline]
    fn look_ahead(&mut self, body: impl FnOnce(&mut Self) -> bool) -> bool {
        let pos = self.pos;
        self.look_ahead_depth += 1;
        let matched = body(self);
        self.look_ahead_depth -= 1;
        self.pos = pos;
        matched
    }

    #[inline]
    fn literal(&mut self, bytes: &[u8]) -> bool {
        if self.input[self.pos..].starts_with(bytes) {
            self.pos += bytes.len();
            true
        } else {
            false
        }
    }

    /// The character at the position, if any.
    #[inline]
    fn peek_char(&self) -> Option<char> {
        let rest = &self.input[self.pos..];
        match rest.first() {
            None => None,
            Some(&b) if b < 0x80 => Some(b as char),
            // The input came from a `&str` and positions stay on character boundaries.
            Some(_) => std::str::from_utf8(&rest[..utf8_len(rest[0]).min(rest.len())]).ok()?.chars().next(),
        }
    }

    /// Consumes one character if `accept` says so.
    #[inline]
    fn char_if(&mut self, accept: impl FnOnce(char) -> bool) -> bool {
        match self.peek_char() {
            Some(c) if accept(c) => {
                self.pos += c.len_utf8();
                true
            }
            _ => false,
        }
    }

    /// `'a'..'z'`: both ends included.
    #[inline]
    fn char_range(&mut self, low: char, high: char) -> bool {
        self.char_if(|c| low <= c && c <= high)
    }

    /// `ANY`.
    #[inline]
    fn any_char(&mut self) -> bool {
        match self.input.get(self.pos) {
            Some(&b) => {
                self.pos += utf8_len(b).min(self.input.len() - self.pos);
                true
            }
            None => false,
        }
    }

    /// `SOI`.
    #[inline]
    fn at_start(&mut self) -> bool {
        self.pos == 0
    }

    /// The body of `EOI`.
    #[inline]
    fn at_end(&mut self) -> bool {
        self.pos == self.input.len()
    }

    /// `NEWLINE`: `"\n" | "\r\n" | "\r"`.
    #[inline]
    fn newline(&mut self) -> bool {
        self.literal(b"\n") || self.literal(b"\r\n") || self.literal(b"\r")
    }

    /// `ASCII_DIGIT`.
    #[inline]
    fn ascii_digit(&mut self) -> bool {
        match self.input.get(self.pos) {
            Some(b) if b.is_ascii_digit() => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    /// `XID_START`, with pest's Unicode table.
    #[inline]
    fn xid_start(&mut self) -> bool {
        match self.input.get(self.pos) {
            Some(b) if b.is_ascii() => {
                let matched = b.is_ascii_alphabetic();
                self.pos += usize::from(matched);
                matched
            }
            _ => self.char_if(pest::unicode::XID_START),
        }
    }

    /// `XID_CONTINUE`, with pest's Unicode table.
    #[inline]
    fn xid_continue(&mut self) -> bool {
        match self.input.get(self.pos) {
            Some(b) if b.is_ascii() => {
                let matched = b.is_ascii_alphanumeric() || *b == b'_';
                self.pos += usize::from(matched);
                matched
            }
            _ => self.char_if(pest::unicode::XID_CONTINUE),
        }
    }

    /// `(!("a" | "b") ~ ANY)*` as pest optimizes it: moves to the first place
    /// where one of `stops` begins, or to the end. Always matches.
    #[inline]
    fn skip_until(&mut self, stops: &[&[u8]]) -> bool {
        let rest = &self.input[self.pos..];
        let found = match stops {
            [one] => memchr::memmem::find(rest, one),
            _ => (0..rest.len()).find(|&i| stops.iter().any(|s| rest[i..].starts_with(s))),
        };
        self.pos += found.unwrap_or(rest.len());
        true
    }
}

/// The length of the UTF-8 sequence that `lead` starts.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

include!(concat!(env!("OUT_DIR"), "/compiled_grammar.rs"));

#[cfg(test)]
mod tests {
    //! Differential test: the compiled recognizer and pest's parser for the same
    //! grammar must build the same tree on every input.

    use std::path::{Path, PathBuf};

    use pest::Parser as _;

    use super::*;
    use crate::grammar::PolicyParser;

    /// (rule, start, end, depth) of every node, in pre-order.
    type Shape = Vec<(Rule, usize, usize, usize)>;

    fn pest_shape(text: &str) -> Option<Shape> {
        fn walk(pair: pest::iterators::Pair<'_, Rule>, depth: usize, out: &mut Shape) {
            let span = pair.as_span();
            out.push((pair.as_rule(), span.start(), span.end(), depth));
            for child in pair.into_inner() {
                walk(child, depth + 1, out);
            }
        }
        let pairs = PolicyParser::parse(Rule::file, text).ok()?;
        let mut out = Vec::new();
        for pair in pairs {
            walk(pair, 0, &mut out);
        }
        Some(out)
    }

    fn compiled_shape(text: &str) -> Option<Shape> {
        let tokens = recognize_file(text).ok()?;
        let mut ends: Vec<usize> = Vec::new();
        let mut out = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            while ends.last().is_some_and(|&end| end <= i) {
                ends.pop();
            }
            out.push((token.rule, token.start, token.end, ends.len()));
            ends.push(token.next);
        }
        Some(out)
    }

    fn assert_same_tree(text: &str, what: &str) {
        let (text, _) = crate::nesting::guard_nesting(text);
        let expected = pest_shape(&text);
        let got = compiled_shape(&text);
        if expected != got {
            let (expected, got) = (expected.unwrap_or_default(), got.unwrap_or_default());
            let first = expected.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(expected.len().min(got.len()));
            panic!(
                "{what}: the trees differ at node {first}: pest {:?}, compiled {:?}",
                expected.get(first),
                got.get(first)
            );
        }
    }

    fn policy_files() -> Vec<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut files = Vec::new();
        let mut dirs =
            vec![root.join("policies"), root.join("tests"), root.join("crates/policy-check/tests/diagnostics")];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    // The bad-input corpus is pathological by design (not UTF-8, nesting
                    // 10,000 deep): pest's own parser, which this test runs on whole
                    // files and which no command does, would overflow its stack.
                    if !path.ends_with("tests/bad-input") {
                        dirs.push(path);
                    }
                } else if path.extension().is_some_and(|e| e == "policy") {
                    files.push(path);
                }
            }
        }
        files.sort();
        files
    }

    #[test]
    fn both_parsers_build_the_same_tree_for_every_policy_and_fixture() {
        let files = policy_files();
        assert!(files.len() >= 40, "expected the shipped policies and fixtures, found {}", files.len());
        for path in files {
            let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
            assert_same_tree(&text, &path.display().to_string());
        }
    }

    /// Pieces a half-typed or mistyped policy is made of.
    const DEBRIS: &[&str] = &[
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        "\"",
        "\"\"\"",
        "#",
        "\n",
        "§",
        "..",
        "=>",
        "=",
        ",",
        ".",
        "-",
        "?",
        "1.5",
        "7 ",
        "when ",
        "правило ",
        "если ",
        " and ",
        " in ",
        "not ",
        "else ",
        "§ \"3\"",
        "2024-09-01",
        "{x}",
        "\\",
        " ",
    ];

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Dice(u64);

    impl Dice {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    /// Deletes, duplicates or inserts debris at random character boundaries of a
    /// window of the text.
    fn mangle(text: &str, dice: &mut Dice) -> String {
        let lines: Vec<&str> = text.lines().collect();
        let from = dice.below(lines.len());
        let window = lines[from..(from + 40).min(lines.len())].join("\n");
        let boundaries: Vec<usize> = window.char_indices().map(|(i, _)| i).chain([window.len()]).collect();
        let mut out = window.clone();
        for _ in 0..1 + dice.below(3) {
            let at = boundaries[dice.below(boundaries.len())].min(out.len());
            if !out.is_char_boundary(at) {
                continue;
            }
            match dice.below(3) {
                0 => {
                    let end = boundaries.iter().copied().filter(|&b| b > at && b <= out.len()).nth(dice.below(8));
                    if let Some(end) = end.filter(|&e| out.is_char_boundary(e)) {
                        out.replace_range(at..end, "");
                    }
                }
                _ => out.insert_str(at, DEBRIS[dice.below(DEBRIS.len())]),
            }
        }
        out
    }

    #[test]
    fn both_parsers_build_the_same_tree_for_mangled_policies() {
        let mut dice = Dice(0x5eed_1234_abcd_ef01);
        for path in policy_files() {
            let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
            for round in 0..60 {
                let mangled = mangle(&text, &mut dice);
                assert_same_tree(&mangled, &format!("{} (mangled, round {round}):\n{mangled}", path.display()));
            }
        }
    }

    #[test]
    fn deep_if_chains_are_abandoned_not_overflowed() {
        let text = format!("value x = {}1{}", "if true then ".repeat(5_000), " else 2".repeat(5_000));
        assert!(matches!(recognize_file(&text), Err(Abandoned::TooDeep(at)) if at > 1_000));
    }
}
