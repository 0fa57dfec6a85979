//! Text measured in terminal columns (a Cyrillic letter is one column, a
//! wide CJK character two) and wrapped to a width, keeping each piece's
//! style.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// One wrapped line: pieces of text with their styles.
pub type Line<S> = Vec<(String, S)>;

/// The width of a wrapped line.
pub fn line_width<S>(line: &Line<S>) -> usize {
    line.iter().map(|(t, _)| width(t)).sum()
}

/// Wraps styled pieces of text to `max` columns: words are separated by
/// spaces (a piece starts a new word), `\n` starts a new line, and a word
/// longer than a line is cut.
pub fn wrap<S: Copy>(pieces: &[(&str, S)], max: usize) -> Vec<Line<S>> {
    let max = max.max(1);
    let mut lines: Vec<Line<S>> = vec![Vec::new()];
    let mut used = 0;
    for &(text, style) in pieces {
        for (i, paragraph) in text.split('\n').enumerate() {
            if i > 0 {
                lines.push(Vec::new());
                used = 0;
            }
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let w = width(word);
                if used > 0 && used + 1 + w > max {
                    lines.push(Vec::new());
                    used = 0;
                }
                if w > max {
                    for chunk in cut(word, max) {
                        if used > 0 {
                            lines.push(Vec::new());
                        }
                        used = width(&chunk);
                        if let Some(line) = lines.last_mut() {
                            line.push((chunk, style));
                        }
                    }
                    continue;
                }
                if let Some(line) = lines.last_mut() {
                    if used > 0 {
                        line.push((" ".to_string(), style));
                        used += 1;
                    }
                    line.push((word.to_string(), style));
                }
                used += w;
            }
        }
    }
    lines
}

/// Characters after which a long word is best cut (`document.` | `pmpk_conclusion`).
const BREAK_AFTER: [char; 6] = ['.', '_', '-', '–', '/', ','];

/// Cuts a word into pieces of at most `max` columns, after a `.`, `_`, `-`,
/// `–`, `/` or `,` where one falls in the second half of a piece.
fn cut(word: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut piece: Vec<char> = Vec::new();
    let mut used = 0;
    for ch in word.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > max && !piece.is_empty() {
            let at = piece.iter().rposition(|c| BREAK_AFTER.contains(c)).filter(|&i| 2 * (i + 1) >= piece.len());
            let rest = match at {
                Some(i) => piece.split_off(i + 1),
                None => Vec::new(),
            };
            out.push(piece.iter().collect());
            piece = rest;
            used = piece.iter().map(|c| c.width().unwrap_or(0)).sum();
        }
        piece.push(ch);
        used += w;
    }
    if !piece.is_empty() {
        out.push(piece.iter().collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line<()>]) -> Vec<String> {
        lines.iter().map(|l| l.iter().map(|(t, _)| t.as_str()).collect()).collect()
    }

    #[test]
    fn cyrillic_counts_one_column_per_letter() {
        assert_eq!(width("Недельная"), 9);
        assert_eq!(width("§ 16 — п."), 9);
    }

    #[test]
    fn wraps_at_spaces_and_keeps_line_breaks() {
        let lines = wrap(&[("заменить заболевшего учителя\nне позже", ())], 12);
        assert_eq!(plain(&lines), ["заменить", "заболевшего", "учителя", "не позже"]);
        assert!(lines.iter().all(|l| line_width(l) <= 12));
    }

    #[test]
    fn long_words_are_cut_and_pieces_keep_styles() {
        let lines = wrap(&[("10 h", 1), ("§ 2.33–2.35,2.38,4.2–4.9", 2)], 10);
        assert_eq!(
            lines[0],
            [("10".to_string(), 1), (" ".into(), 1), ("h".into(), 1), (" ".into(), 2), ("§".into(), 2)]
        );
        let unstyled: Vec<Line<()>> = lines.iter().map(|l| l.iter().map(|(t, _)| (t.clone(), ())).collect()).collect();
        assert_eq!(plain(&unstyled), ["10 h §", "2.33–2.35,", "2.38,4.2–", "4.9"]);
    }

    #[test]
    fn identifiers_are_cut_after_a_dot_or_underscore() {
        let lines = wrap(&[("document.pmpk_conclusion", ())], 20);
        assert_eq!(plain(&lines), ["document.pmpk_", "conclusion"]);
        assert_eq!(cut("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }
}
