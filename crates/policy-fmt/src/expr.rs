//! Expressions, literals, texts and citations.
//!
//! An expression is printed with single spaces around its operators and with the
//! fewest parentheses its tree needs under the parser's precedence (the `Paren`
//! nodes the author wrote are printed as they are). Its author's line breaks are
//! kept before binary operators and before `then`/`else` (a break just after an
//! operator moves before it); continuation lines are indented by two more than
//! the line the expression starts on, or not at all when it starts its own line.

use policy_syntax::ast::{
    BinaryOp, Citation, Duration, Expr, ExprKind, Literal, Span, Template, TemplatePart, Text, UnaryOp,
};
use policy_syntax::{units, Keyword};

use crate::printer::{Blank, Printer};
use crate::words;

/// How tightly an infix operator binds (the parser's precedence, times ten).
fn left_power(op: BinaryOp) -> i32 {
    i32::from(op.binding_power()) * 10
}

/// The threshold of an infix operator's right operand: it takes in every operator
/// that binds tighter (`??` is right-associative, so also its own level).
fn right_power(op: BinaryOp) -> i32 {
    match op {
        BinaryOp::Coalesce => left_power(op) - 1,
        _ => left_power(op),
    }
}

/// The threshold of a prefix operator's operand (`not` sits between `and` and the
/// comparisons, `-` above `*`).
fn prefix_power(op: UnaryOp) -> i32 {
    i32::from(op.binding_power()) * 10 - 1
}

/// The lowest threshold still open at the right end of `e`: an operator written
/// after `e` that binds tighter than this is taken into `e`. An `if`'s `else`
/// branch takes in everything.
fn open_end(e: &Expr) -> i32 {
    match &e.kind {
        ExprKind::Binary { op, rhs, .. } => right_power(*op).min(open_end(rhs)),
        ExprKind::Unary { op, expr } => prefix_power(*op).min(open_end(expr)),
        ExprKind::If { .. } => 0,
        _ => i32::MAX,
    }
}

/// Whether `e`, read where operators must bind tighter than `context` and followed
/// by an operator of power `follower`, needs parentheses to keep its tree.
fn needs_parens(e: &Expr, context: i32, follower: Option<i32>) -> bool {
    if let ExprKind::Binary { op, .. } = &e.kind {
        if left_power(*op) <= context {
            return true;
        }
    }
    follower.is_some_and(|f| f > open_end(e))
}

impl Printer<'_> {
    /// Prints an expression that stands after a keyword or `=` of an item.
    pub fn expression(&mut self, e: &Expr) {
        let saved = self.hang;
        self.hang = if self.line_is_open() { self.next_line_indent() + 2 } else { self.next_line_indent() };
        self.expr(e, 0, None);
        self.hang = saved;
    }

    fn expr(&mut self, e: &Expr, context: i32, follower: Option<i32>) {
        if needs_parens(e, context, follower) {
            self.token("(", None);
            self.expr(e, 0, None);
            self.token(")", None);
            return;
        }
        match &e.kind {
            ExprKind::Literal(lit) => self.literal(lit, e.span),
            ExprKind::Path(segments) => {
                let text: Vec<&str> = segments.iter().map(|s| s.name.as_str()).collect();
                let span = match (segments.first(), segments.last()) {
                    (Some(first), Some(last)) => Some(first.span.join(last.span)),
                    _ => None,
                };
                self.token(&text.join("."), span);
            }
            ExprKind::Call { func, args } => {
                self.token(&func.name, Some(func.span));
                let open = self.char_span(func.span.end, '(');
                self.token("(", open);
                self.expr_list(args);
                self.token(")", last_char(e.span));
            }
            ExprKind::Unary { op, expr } => {
                match op {
                    UnaryOp::Not => {
                        self.keyword(Keyword::Not);
                        self.space();
                    }
                    UnaryOp::Neg => {
                        self.token("-", Some(Span::new(e.span.start, e.span.start + 1)));
                        if starts_with_minus(expr) && !needs_parens(expr, prefix_power(*op), follower) {
                            self.space();
                        }
                    }
                }
                self.expr(expr, prefix_power(*op), follower);
            }
            ExprKind::Binary { op, lhs, rhs } => {
                self.expr(lhs, context, Some(left_power(*op)));
                self.break_or_space(lhs.span.end, rhs.span.start);
                self.operator(*op);
                self.space();
                self.expr(rhs, right_power(*op), follower);
            }
            ExprKind::If { cond, then, otherwise } => {
                self.keyword(Keyword::If);
                self.space();
                self.expr(cond, 0, None);
                self.break_or_space(cond.span.end, then.span.start);
                self.keyword(Keyword::Then);
                self.space();
                self.expr(then, 0, None);
                self.break_or_space(then.span.end, otherwise.span.start);
                self.keyword(Keyword::Else);
                self.space();
                self.expr(otherwise, 0, None);
            }
            ExprKind::List(items) => {
                self.token("[", Some(Span::new(e.span.start, e.span.start + 1)));
                self.expr_list(items);
                self.token("]", last_char(e.span));
            }
            ExprKind::Paren(inner) => {
                self.token("(", Some(Span::new(e.span.start, e.span.start + 1)));
                self.expr(inner, 0, None);
                self.token(")", last_char(e.span));
            }
        }
    }

    /// `a, b, c` (call arguments, list elements).
    pub fn expr_list(&mut self, items: &[Expr]) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.token(",", None);
                self.space();
            }
            self.expr(item, 0, None);
        }
    }

    /// A line break where the author had one between `from` and `to`, else a space.
    fn break_or_space(&mut self, from: usize, to: usize) {
        if self.breaks && self.newline_between(from, to) {
            let hang = self.hang;
            self.newline(hang, Blank::Never);
        } else {
            self.space();
        }
    }

    fn operator(&mut self, op: BinaryOp) {
        match op {
            BinaryOp::Or => self.keyword(Keyword::Or),
            BinaryOp::And => self.keyword(Keyword::And),
            BinaryOp::In => self.keyword(Keyword::In),
            BinaryOp::Where => self.keyword(Keyword::Where),
            BinaryOp::NotIn => {
                self.keyword(Keyword::Not);
                self.space();
                self.keyword(Keyword::In);
            }
            other => self.token(other.symbol(), None),
        }
    }

    /// A literal whose source is `span`.
    pub fn literal(&mut self, lit: &Literal, span: Span) {
        match lit {
            Literal::Number(_, unit) => {
                let digits_end = self.number_end(span.start);
                let digits = self.src.get(span.start..digits_end).unwrap_or("0");
                self.token(digits, Some(Span::new(span.start, digits_end)));
                if let Some(unit) = unit {
                    let unit_span = self.word_after(digits_end, span.end);
                    let text = units::number_unit_word(*unit, self.unit_language(unit_span));
                    self.space();
                    self.token(text, unit_span);
                }
            }
            Literal::Bool(true) => self.keyword(Keyword::True),
            Literal::Bool(false) => self.keyword(Keyword::False),
            Literal::Null => self.keyword(Keyword::Null),
            Literal::Text(template) => self.template(template),
            Literal::Date(_) | Literal::Range(..) => {
                let text = self.src.get(span.start..span.end).unwrap_or("");
                self.token(text, Some(span));
            }
            Literal::Duration(d) => self.duration(*d, span.start, span.end),
        }
    }

    /// `7 days` written somewhere in `from..to` of the source.
    pub fn duration(&mut self, d: Duration, from: usize, to: usize) {
        let start = self.skip_trivia(from).min(to);
        let digits_end = self.number_end(start);
        let (digits, digits_span) = match self.src.get(start..digits_end) {
            Some(s) if !s.is_empty() => (s.to_string(), Some(Span::new(start, digits_end))),
            _ => (d.amount.to_string(), None),
        };
        self.token(&digits, digits_span);
        let unit_span = self.word_after(digits_end, to);
        let unit = units::duration_unit_word(d.unit, d.amount, self.unit_language(unit_span));
        self.space();
        self.token(unit, unit_span);
    }

    fn unit_language(&self, span: Option<Span>) -> policy_syntax::KeywordLanguage {
        if let Some(target) = self.target {
            return target;
        }
        match span.and_then(|s| self.src.get(s.start..s.end)) {
            Some(written) => words::language_of(written),
            None => self.fallback,
        }
    }

    /// The end of the number starting at `start`.
    fn number_end(&self, start: usize) -> usize {
        let rest = self.src.get(start..).unwrap_or("");
        start + rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len())
    }

    /// The word (or `%`) after white space and comments from `from`, before `to`.
    fn word_after(&self, from: usize, to: usize) -> Option<Span> {
        let start = self.skip_trivia(from);
        let rest = self.src.get(start..to.max(start))?;
        if rest.starts_with('%') {
            return Some(Span::new(start, start + 1));
        }
        let len = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        (len > 0).then(|| Span::new(start, start + len))
    }

    /// The position after white space and comments from `from`.
    pub fn skip_trivia(&self, from: usize) -> usize {
        let bytes = self.src.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            match bytes[i] {
                b' ' | b'\t' | b'\r' | b'\n' => i += 1,
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                _ if self.src.get(i..).is_some_and(|rest| rest.starts_with('\u{FEFF}')) => i += '\u{FEFF}'.len_utf8(),
                _ => break,
            }
        }
        i
    }

    /// A message with interpolations: its text as written, each `{expr}` re-printed.
    pub fn template(&mut self, t: &Template) {
        let exprs: Vec<&Expr> = t
            .parts
            .iter()
            .filter_map(|p| match p {
                TemplatePart::Expr(e) => Some(e),
                TemplatePart::Text(_) => None,
            })
            .collect();
        if exprs.is_empty() {
            self.verbatim(t.span);
            return;
        }
        let saved = self.breaks;
        self.breaks = false;
        let mut cursor = t.span.start;
        for e in exprs {
            let before = self.src.get(..e.span.start).unwrap_or("").trim_end();
            let open = before.len().saturating_sub(1).max(cursor);
            self.verbatim(Span::new(cursor, open + 1));
            self.expr(e, 0, None);
            let after = self.src.get(e.span.end..).unwrap_or("");
            cursor = e.span.end + (after.len() - after.trim_start().len());
        }
        self.verbatim(Span::new(cursor, t.span.end));
        self.breaks = saved;
    }

    /// A plain string, as written.
    pub fn text(&mut self, t: &Text) {
        self.verbatim(t.span);
    }

    /// `§ "…"`, the string as written, and its words `«…»` as written.
    pub fn citation(&mut self, c: &Citation) {
        self.token("§", Some(Span::new(c.span.start, c.span.start + '§'.len_utf8())));
        self.space();
        let string_end = c.words.as_ref().map_or(c.span.end, |w| self.string_end(c.span.start, w.span.start));
        match self.find_char(c.span.start, '"') {
            Some(quote) if quote < string_end => self.verbatim(Span::new(quote, string_end)),
            _ => self.token(&format!("{:?}", c.text), None),
        }
        if let Some(words) = &c.words {
            self.space();
            self.verbatim(words.span);
        }
    }

    /// The end of a citation's string (after its closing quote), which starts
    /// at `from` and ends before its words at `words`.
    fn string_end(&self, from: usize, words: usize) -> usize {
        self.src.get(from..words).and_then(|s| s.rfind('"')).map_or(words, |n| from + n + 1)
    }

    /// ` § "…"` when there is a citation.
    pub fn opt_citation(&mut self, c: &Option<Citation>) {
        if let Some(c) = c {
            self.space();
            self.citation(c);
        }
    }

    /// ` "…"` when there is a text.
    pub fn opt_text(&mut self, t: &Option<Text>) {
        if let Some(t) = t {
            self.space();
            self.text(t);
        }
    }
}

/// Whether `e` is printed starting with `-` (then `- -x`, not `--x`).
fn starts_with_minus(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Unary { op: UnaryOp::Neg, .. } => true,
        ExprKind::Binary { lhs, .. } => starts_with_minus(lhs),
        _ => false,
    }
}

/// The span of the last character of `span` (a closing bracket).
fn last_char(span: Span) -> Option<Span> {
    (span.end > span.start).then(|| Span::new(span.end - 1, span.end))
}
