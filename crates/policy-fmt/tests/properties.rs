//! Property tests: formatting keeps the syntax tree, is idempotent, does not depend
//! on the input's indentation and spacing, and converts keywords there and back
//! losslessly — over the shipped policies and over generated ones.

use policy_fmt::{format, same_meaning, KeywordLanguage};
use policy_syntax::parse;
use proptest::prelude::*;

/// A small deterministic random source driven by a proptest seed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    fn next(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.0.max(1);
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

// ------------------------------------------------------------------ checks

/// Every property of one text (which must parse without errors).
fn check(text: &str, respace_seed: u64) {
    let parsed = parse(text);
    assert!(parsed.diagnostics.is_empty(), "generated text does not parse: {:?}\n{text}", parsed.diagnostics);
    let formatted = format(text, None).unwrap_or_else(|e| panic!("{e}\n---\n{text}"));
    let again = parse(&formatted);
    assert!(again.diagnostics.is_empty(), "{:?}\n{formatted}", again.diagnostics);
    assert!(same_meaning(&parsed.file, &again.file), "the tree changed\n---\n{text}\n---\n{formatted}");
    assert_eq!(format(&formatted, None).unwrap(), formatted, "not idempotent\n---\n{text}");
    let respaced = respace(text, respace_seed);
    assert_eq!(format(&respaced, None).unwrap(), formatted, "depends on spacing\n---\n{respaced}");
    let en = format(text, Some(KeywordLanguage::English)).unwrap();
    let ru = format(text, Some(KeywordLanguage::Russian)).unwrap();
    assert_eq!(format(&ru, Some(KeywordLanguage::English)).unwrap(), en, "ru → en\n---\n{ru}");
    assert_eq!(format(&en, Some(KeywordLanguage::Russian)).unwrap(), ru, "en → ru\n---\n{en}");
    assert_eq!(format(&en, None).unwrap(), en);
    assert_eq!(format(&ru, None).unwrap(), ru);
}

/// `text` with different horizontal white space: every run of spaces and tabs
/// outside strings and comments replaced by another, indentation changed, spaces
/// added at line ends. Line breaks are left alone.
fn respace(text: &str, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(text.len() * 2);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut at_line_start = true;
    let run = |rng: &mut Rng, min: usize| -> String {
        let n = min + rng.below(4);
        (0..n).map(|_| if rng.chance(20) { '\t' } else { ' ' }).collect()
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            if rng.chance(30) {
                out.push_str(&run(&mut rng, 1));
            }
            out.push('\n');
            i += 1;
            at_line_start = true;
            continue;
        }
        if c == ' ' || c == '\t' || at_line_start {
            let mut j = i;
            while j < chars.len() && (chars[j] == ' ' || chars[j] == '\t') {
                j += 1;
            }
            out.push_str(&run(&mut rng, if at_line_start { 0 } else { 1 }));
            at_line_start = false;
            i = j;
            continue;
        }
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                out.push(chars[i]);
                i += 1;
            }
            continue;
        }
        if c == '«' {
            // A citation's words are text, like a string: copied as they are (nesting kept).
            let mut depth = 0;
            while i < chars.len() && chars[i] != '\n' {
                depth += match chars[i] {
                    '«' => 1,
                    '»' => -1,
                    _ => 0,
                };
                out.push(chars[i]);
                i += 1;
                if depth == 0 {
                    break;
                }
            }
            continue;
        }
        if c == '"' {
            let raw = chars[i..].starts_with(&['"', '"', '"']);
            if raw {
                out.push_str("\"\"\"");
                i += 3;
                while i < chars.len() && !chars[i..].starts_with(&['"', '"', '"']) {
                    out.push(chars[i]);
                    i += 1;
                }
                out.push_str("\"\"\"");
                i += 3;
            } else {
                // Copy the string as it is, with its interpolations and the strings in them.
                let mut depth = 0usize; // open strings
                let mut braces: Vec<usize> = Vec::new(); // interpolations, with their inner brace depth
                loop {
                    let ch = chars[i];
                    out.push(ch);
                    i += 1;
                    let in_text = braces.len() < depth || depth == 0;
                    if depth == 0 {
                        depth = 1;
                        continue;
                    }
                    if in_text {
                        match ch {
                            '\\' => {
                                out.push(chars[i]);
                                i += 1;
                            }
                            '"' => depth -= 1,
                            '{' => braces.push(0),
                            _ => {}
                        }
                    } else {
                        match ch {
                            '"' => depth += 1,
                            '{' => *braces.last_mut().unwrap() += 1,
                            '}' if *braces.last().unwrap() == 0 => {
                                braces.pop();
                            }
                            '}' => *braces.last_mut().unwrap() -= 1,
                            _ => {}
                        }
                    }
                    if depth == 0 {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

// ------------------------------------------------------------------ shipped policies

fn shipped() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../policies");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "policy"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "the shipped policies are missing");
    files
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn shipped_policies_keep_their_meaning_whatever_the_spacing(seed in any::<u64>()) {
        for (_, text) in shipped() {
            check(&text, seed);
        }
    }
}

// ------------------------------------------------------------------ generated policies

/// Writes a random well-formed policy: every declaration kind, both keyword
/// languages mixed at random, random layout and comments.
struct Gen {
    rng: Rng,
    out: String,
    depth: usize,
}

const NAMES: &[&str] = &["a", "b", "grade", "pupil", "x_1", "нагрузка", "предел_5", "оценка", "_tmp", "hours"];
const TEXTS: &[&str] = &[
    "",
    "текст",
    "два  пробела",
    "кавычки \\\"внутри\\\"",
    "обратная \\\\ черта",
    "скобки \\{нет\\}",
    "перевод\\nстроки",
    "# не комментарий",
    "I–IV",
    "ёлка",
    "# решётка \\\" и \\\\ и \\{x\\}",
];

impl Gen {
    fn new(seed: u64) -> Self {
        Gen { rng: Rng::new(seed), out: String::new(), depth: 0 }
    }

    /// White space between two tokens that need it (maybe with a comment).
    fn ws(&mut self) {
        let pick = self.rng.below(20);
        let s = match pick {
            0..=9 => " ",
            10 => "  ",
            11 => "\t",
            12 | 13 => "\n",
            14 => "\n\n",
            15 => "\n    ",
            16 => " # комментарий {x} \"q\"\n",
            17 => "\n# own line comment\n",
            18 => "\n\n\n  # after blank lines\n\n",
            _ => " \t ",
        };
        self.out.push_str(s);
    }

    /// White space that may be empty (around punctuation).
    fn opt_ws(&mut self) {
        if self.rng.chance(50) {
            self.ws();
        }
    }

    fn put(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn kw(&mut self, en: &str, ru: &str) {
        let word = if self.rng.chance(50) { en } else { ru };
        self.put(word);
    }

    fn name(&mut self) {
        let n = self.rng.pick(NAMES);
        self.put(n);
    }

    fn string(&mut self) {
        let t = self.rng.pick(TEXTS);
        self.put(&format!("\"{t}\""));
    }

    fn citation(&mut self) {
        self.put("§");
        self.opt_ws();
        let n = self.rng.pick(&["1", "2.22", "Приложение 3", "1.2, 2.9", "26.1–26.8"]);
        self.put(&format!("\"{n}\""));
    }

    fn opt_citation(&mut self) {
        if self.rng.chance(50) {
            self.ws();
            self.citation();
        }
    }

    fn opt_string(&mut self) {
        if self.rng.chance(50) {
            self.ws();
            self.string();
        }
    }

    fn duration(&mut self) {
        let n = self.rng.pick(&["1", "2", "5", "7", "11", "14", "21", "0"]);
        self.put(n);
        self.ws_inline();
        let unit = self.rng.pick(&[
            "day",
            "days",
            "день",
            "дня",
            "дней",
            "week",
            "weeks",
            "неделя",
            "недели",
            "неделю",
            "недель",
            "month",
            "months",
            "месяц",
            "месяца",
            "месяцев",
        ]);
        self.put(unit);
    }

    /// Spaces only (inside interpolations).
    fn ws_inline(&mut self) {
        let s = self.rng.pick(&[" ", "  ", "\t"]);
        self.put(s);
    }

    fn primary(&mut self, inline: bool) {
        let choice = if self.depth > 2 { self.rng.below(8) } else { self.rng.below(14) };
        match choice {
            0 => {
                let n = self.rng.pick(&["0", "1", "8", "10", "3.5", "0.25", "007"]);
                self.put(n);
            }
            1 => {
                let n = self.rng.pick(&["8", "2.5", "20"]);
                self.put(n);
                let unit = self.rng.pick(&["h", "ч", "%"]);
                if inline {
                    if unit != "%" || self.rng.chance(50) {
                        self.ws_inline();
                    }
                } else if unit != "%" || self.rng.chance(50) {
                    self.ws();
                }
                self.put(unit);
            }
            2 => {
                let d = self.rng.pick(&["2025-09-01", "2008-10-31"]);
                self.put(d);
            }
            3 => {
                let r = self.rng.pick(&["1..4", "10..11", "5..5"]);
                self.put(r);
            }
            4 => self.duration(),
            5 => match self.rng.below(3) {
                0 => self.kw("true", "истина"),
                1 => self.kw("false", "ложь"),
                _ => self.kw("null", "пусто"),
            },
            6 if inline => self.put("\"в \\{скобках\\}\""),
            6 => self.template(),
            7 => {
                self.name();
                for _ in 0..self.rng.below(3) {
                    self.put(".");
                    self.name();
                }
            }
            8 => {
                let func = self.rng.pick(&["count", "sum", "max_count_by", "school_year_start"]);
                self.put(func);
                self.opt_ws_if(!inline);
                self.put("(");
                self.args(inline);
                self.put(")");
            }
            9 => {
                self.put("[");
                self.args(inline);
                if self.rng.chance(20) {
                    self.put(",");
                }
                self.put("]");
            }
            10 | 11 => {
                self.put("(");
                self.opt_ws_if(!inline);
                self.expr(inline);
                self.opt_ws_if(!inline);
                self.put(")");
            }
            _ => {
                self.kw("if", "если");
                self.sep(inline);
                self.expr(inline);
                self.sep(inline);
                self.kw("then", "то");
                self.sep(inline);
                self.expr(inline);
                self.sep(inline);
                self.kw("else", "иначе");
                self.sep(inline);
                self.expr(inline);
            }
        }
    }

    fn opt_ws_if(&mut self, allowed: bool) {
        if allowed {
            self.opt_ws();
        }
    }

    fn sep(&mut self, inline: bool) {
        if inline {
            self.ws_inline();
        } else {
            self.ws();
        }
    }

    fn args(&mut self, inline: bool) {
        let n = self.rng.below(3);
        for i in 0..n {
            if i > 0 {
                self.put(",");
                self.sep(inline);
            }
            self.expr(inline);
        }
    }

    /// A message with interpolations.
    fn template(&mut self) {
        self.put("\"");
        for _ in 0..self.rng.below(3) {
            let t = self.rng.pick(TEXTS);
            self.put(t);
            self.put("{");
            if self.rng.chance(30) {
                self.ws_inline();
            }
            self.depth += 1;
            self.expr(true);
            self.depth -= 1;
            self.put("}");
        }
        let t = self.rng.pick(TEXTS);
        self.put(t);
        self.put("\"");
    }

    fn expr(&mut self, inline: bool) {
        self.depth += 1;
        let operands = 1 + self.rng.below(if self.depth > 2 { 2 } else { 4 });
        for i in 0..operands {
            if i > 0 {
                self.sep(inline);
                let op = self.rng.pick(&[
                    "or", "или", "and", "и", "=", "!=", "≠", "<", "<=", "≤", ">", ">=", "≥", "in", "в", "not in",
                    "не в", "??", "+", "-", "*", "×", "/", "where", "где",
                ]);
                self.put(op);
                self.sep(inline);
            }
            for _ in 0..self.rng.below(3).saturating_sub(1) {
                if self.rng.chance(50) {
                    self.kw("not", "не");
                    self.sep(inline);
                } else {
                    self.put("-");
                }
            }
            self.primary(inline);
        }
        self.depth -= 1;
    }

    fn type_expr(&mut self, indent: usize) {
        match self.rng.below(if indent > 4 { 4 } else { 7 }) {
            0 => {
                self.kw("int", "целое");
                if self.rng.chance(50) {
                    self.ws();
                    self.put("1");
                    self.opt_ws();
                    self.put("..");
                    self.opt_ws();
                    self.put("12");
                }
            }
            1 => {
                let word = self.rng.pick(&[
                    "decimal",
                    "число",
                    "bool",
                    "логическое",
                    "text",
                    "текст",
                    "date",
                    "дата",
                    "duration",
                    "срок",
                ]);
                self.put(word);
            }
            2 => self.name(),
            3 => {
                self.kw("set", "множество");
                self.ws();
                self.kw("of", "из");
                self.ws();
                self.type_expr(indent + 2);
            }
            4 => {
                self.kw("list", "список");
                self.ws();
                self.kw("of", "из");
                self.ws();
                self.fields(indent + 2);
                if self.rng.chance(50) {
                    self.ws();
                    self.kw("keyed", "ключ");
                    self.ws();
                    self.name();
                }
            }
            _ => self.fields(indent + 2),
        }
        if !self.out.ends_with('?') && self.rng.chance(30) {
            self.put("?");
        }
    }

    fn fields(&mut self, indent: usize) {
        self.put("{");
        for _ in 0..self.rng.below(4) {
            self.ws();
            self.field(indent);
        }
        self.ws();
        self.put("}");
    }

    fn field(&mut self, indent: usize) {
        self.name();
        self.opt_ws();
        self.put(":");
        self.opt_ws();
        self.type_expr(indent);
        self.opt_string();
    }

    fn pattern(&mut self) {
        match self.rng.below(6) {
            0 => {
                let r = self.rng.pick(&["1..4", "5..8", "10..11"]);
                self.put(r);
            }
            1 => {
                let n = self.rng.pick(&["9", "12", "2.5"]);
                self.put(n);
            }
            2 => self.string(),
            3 => self.name(),
            4 => self.kw("true", "истина"),
            _ => self.duration(),
        }
    }

    fn block<F: FnMut(&mut Gen)>(&mut self, max: usize, mut item: F) {
        self.opt_ws();
        self.put("{");
        for _ in 0..self.rng.below(max + 1) {
            self.ws();
            item(self);
        }
        self.ws();
        self.put("}");
    }

    fn decl(&mut self) {
        match self.rng.below(15) {
            0 => {
                self.kw("policy", "политика");
                self.ws();
                self.put("policy-1");
                let mut items: Vec<usize> = (0..4).filter(|_| self.rng.chance(70)).collect();
                let len = items.len();
                for i in 0..len {
                    let j = self.rng.below(len);
                    items.swap(i, j);
                }
                self.opt_ws();
                self.put("{");
                for item in items {
                    self.ws();
                    match item {
                        0 => self.kw("school", "школа"),
                        1 => self.kw("title", "название"),
                        2 => self.kw("source", "источник"),
                        _ => {
                            self.kw("approved", "утверждено");
                            self.ws();
                            self.put("2008-10-31");
                        }
                    }
                    if item != 3 || self.rng.chance(50) {
                        self.ws();
                        self.string();
                    }
                }
                self.ws();
                self.put("}");
            }
            1 => {
                self.kw("use", "использовать");
                self.ws();
                self.put("\"case-schema.policy\"");
            }
            2 => {
                self.kw("clause", "пункт");
                self.ws();
                self.put("\"1.2\"");
                self.ws();
                if self.rng.chance(70) {
                    let raw = self.rng.pick(&[
                        "Текст пункта.",
                        "  отступ,\tтаб, # решётка, {скобки}, \"кавычки\" внутри\nвторая строка\n   третья",
                        "",
                        "строка с пробелом в конце   \n",
                    ]);
                    self.put(&format!("\"\"\"{raw}\"\"\""));
                } else {
                    self.string();
                }
            }
            3 => {
                self.kw("enum", "перечисление");
                self.ws();
                self.name();
                self.opt_string();
                self.block(4, |g| {
                    g.name();
                    g.opt_string();
                    if g.rng.chance(30) {
                        g.put(",");
                    }
                });
            }
            4 => {
                self.kw("schema", "схема");
                self.ws();
                self.name();
                self.opt_string();
                self.block(4, |g| g.field(2));
            }
            5 => {
                self.kw("param", "параметр");
                self.ws();
                self.name();
                self.opt_ws();
                self.put(":");
                self.opt_ws();
                self.type_expr(0);
                self.opt_citation();
                self.opt_string();
                if self.rng.chance(50) {
                    self.ws();
                    self.put("=");
                    self.ws();
                    self.expr(false);
                }
            }
            6 => {
                self.kw("value", "значение");
                self.ws();
                self.name();
                if self.rng.chance(30) {
                    self.opt_ws();
                    self.put(":");
                    self.opt_ws();
                    self.type_expr(0);
                }
                self.opt_citation();
                self.opt_string();
                self.ws();
                self.put("=");
                self.ws();
                self.expr(false);
            }
            7 => {
                self.kw("table", "таблица");
                self.ws();
                self.name();
                self.ws();
                self.kw("by", "по");
                let keys = 1 + self.rng.below(2);
                for i in 0..keys {
                    if i > 0 {
                        self.put(",");
                    }
                    self.ws();
                    if self.rng.chance(50) {
                        self.name();
                        self.put(".");
                        self.name();
                    } else {
                        self.name();
                        self.put(":");
                        self.ws();
                        self.type_expr(4);
                    }
                }
                self.opt_citation();
                self.opt_string();
                self.block(4, |g| {
                    if g.rng.chance(20) {
                        g.kw("else", "иначе");
                    } else {
                        for i in 0..keys {
                            if i > 0 {
                                g.put(",");
                                g.opt_ws();
                            }
                            g.pattern();
                        }
                    }
                    g.opt_string();
                    g.ws();
                    g.put("=>");
                    g.ws();
                    g.expr(false);
                    g.opt_citation();
                });
            }
            8 => {
                self.kw("curriculum", "учебный_план");
                self.ws();
                self.name();
                self.opt_citation();
                self.opt_string();
                if self.rng.chance(50) {
                    self.ws();
                    self.kw("cap", "предел");
                    self.ws();
                    self.name();
                }
                self.opt_ws();
                self.put("{");
                self.ws();
                self.kw("grades", "классы");
                let columns = 1 + self.rng.below(5);
                for g in 0..columns {
                    self.ws();
                    self.put(&(g + 1).to_string());
                }
                for _ in 0..self.rng.below(4) {
                    self.ws();
                    match self.rng.below(4) {
                        0 => self.kw("total", "итого"),
                        1 => self.kw("weeks", "недели"),
                        _ => self.string(),
                    }
                    for _ in 0..1 + self.rng.below(columns + 1) {
                        self.ws();
                        let cell = self.rng.pick(&["1", "10", "0.25", "3.5", "-", "—"]);
                        self.put(cell);
                    }
                }
                self.ws();
                self.put("}");
            }
            9 => {
                self.kw("rule", "правило");
                self.ws();
                self.name();
                self.opt_citation();
                self.opt_string();
                // The tree keeps one outcome per rule: never write two.
                let mut outcome = false;
                self.block(4, |g| match g.rng.below(3) {
                    0 => {
                        g.when_item();
                    }
                    1 => {
                        g.kw("unless", "кроме");
                        g.ws();
                        g.expr(false);
                    }
                    _ if !outcome => {
                        outcome = true;
                        g.outcome();
                    }
                    _ => {
                        g.when_item();
                    }
                });
            }
            10 => {
                self.kw("exception", "исключение");
                self.ws();
                self.name();
                self.ws();
                self.kw("for", "для");
                self.ws();
                self.name();
                self.opt_citation();
                self.opt_string();
                let (mut allow, mut outcome) = (false, false);
                self.block(3, |g| match g.rng.below(3) {
                    1 if !allow => {
                        allow = true;
                        g.kw("allow", "разрешить");
                    }
                    2 if !outcome => {
                        outcome = true;
                        g.outcome();
                    }
                    _ => {
                        g.when_item();
                    }
                });
            }
            11 => {
                self.kw("document", "документ");
                self.ws();
                self.name();
                self.opt_citation();
                self.opt_string();
                if self.rng.chance(40) {
                    self.ws();
                    self.when_item();
                }
                if self.rng.chance(50) {
                    self.block(3, |g| {
                        g.kw("require", "требовать");
                        g.ws();
                        g.expr(false);
                        g.opt_citation();
                        g.opt_string();
                    });
                }
            }
            12 => {
                self.kw("role", "роль");
                self.ws();
                self.name();
                self.opt_string();
                self.opt_citation();
                self.block(4, |g| g.role_item());
            }
            13 => {
                self.kw("provision", "положение");
                self.ws();
                self.name();
                self.ws();
                self.string();
                self.opt_citation();
            }
            _ => {
                self.kw("test", "тест");
                self.ws();
                self.string();
                let mut case = false;
                self.block(5, |g| {
                    if !case && g.rng.chance(20) {
                        case = true;
                        g.kw("case", "дело");
                        g.ws();
                        g.put("\"cases/x.yaml\"");
                        return;
                    }
                    g.kw("expect", "ожидать");
                    g.ws();
                    match g.rng.below(4) {
                        0 => {
                            g.name();
                            g.ws();
                            g.put("=");
                            g.ws();
                            g.primary(false);
                        }
                        1 => {
                            if g.rng.chance(50) {
                                g.kw("no", "нет");
                                g.ws();
                            }
                            match g.rng.below(4) {
                                0 => g.kw("violation", "нарушение"),
                                1 => g.kw("warning", "предупреждение"),
                                2 => g.kw("info", "сведение"),
                                _ => g.kw("duty", "обязанность"),
                            }
                            g.ws();
                            g.citation();
                        }
                        other => {
                            if other == 2 {
                                g.kw("violations", "нарушения");
                            } else {
                                g.kw("missing", "недостающие");
                            }
                            g.ws();
                            g.put("[");
                            for i in 0..g.rng.below(3) {
                                if i > 0 {
                                    g.put(",");
                                    g.opt_ws();
                                }
                                g.string();
                            }
                            g.put("]");
                        }
                    }
                });
            }
        }
    }

    /// `when condition`.
    fn when_item(&mut self) {
        self.kw("when", "когда");
        self.ws();
        self.expr(false);
    }

    fn outcome(&mut self) {
        match self.rng.below(3) {
            0 => self.kw("violation", "нарушение"),
            1 => self.kw("warning", "предупреждение"),
            _ => self.kw("info", "сведение"),
        }
        self.ws();
        self.template();
    }

    fn role_item(&mut self) {
        if self.rng.chance(25) {
            self.kw("right", "право");
        } else {
            self.kw("duty", "обязанность");
        }
        let duty = self.out.ends_with("duty") || self.out.ends_with("обязанность");
        if self.rng.chance(50) {
            self.ws();
            self.name();
        }
        self.ws();
        self.string();
        self.opt_citation();
        if !duty {
            return;
        }
        if self.rng.chance(30) {
            self.ws();
            self.when_item();
        }
        match self.rng.below(3) {
            0 => {
                self.ws();
                self.kw("within", "в_течение");
                self.ws();
                self.duration();
                self.ws();
                self.kw("after", "после");
                self.ws();
                self.name();
                self.fulfilled_by();
            }
            1 => {
                self.ws();
                let every = self.rng.pick(&["every", "каждые", "каждый", "каждую"]);
                self.put(every);
                self.ws();
                if self.rng.chance(60) {
                    let period = self.rng.pick(&[
                        "quarter",
                        "квартал",
                        "trimester",
                        "триместр",
                        "year",
                        "год",
                        "month",
                        "месяц",
                        "week",
                        "неделю",
                    ]);
                    self.put(period);
                } else {
                    self.duration();
                }
                self.fulfilled_by();
            }
            _ => {}
        }
    }

    fn fulfilled_by(&mut self) {
        if self.rng.chance(50) {
            self.ws();
            self.kw("fulfilled_by", "исполняется");
            self.ws();
            self.name();
        }
    }

    fn file(mut self) -> String {
        if self.rng.chance(30) {
            self.put("# header\n\n");
        }
        for _ in 0..1 + self.rng.below(6) {
            self.decl();
            self.ws();
            if self.rng.chance(50) {
                self.put("\n");
            }
        }
        self.out
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_policies_keep_their_meaning(seed in any::<u64>(), respace_seed in any::<u64>()) {
        let text = Gen::new(seed).file();
        check(&text, respace_seed);
    }
}
