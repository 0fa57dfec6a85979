//! The YAML reader: the parser's events into a tree, resolving plain scalars
//! by the YAML 1.2 core schema and keeping each number's text.

use policy_i18n::{msg, Message};

use super::tree::{quote, syntax_error, too_deep, too_many_nodes, Entry, Keys, Node, NodeKind, Pos};
use super::{CaseError, MAX_DEPTH, MAX_NODES};

fn yaml_pos(marker: &serde_saphyr::granit_parser::Marker) -> Option<Pos> {
    let line = u32::try_from(marker.line()).ok()?;
    let column = u32::try_from(marker.col().checked_add(1)?).ok()?;
    (line > 0).then_some(Pos { line, column })
}

/// A text that is not YAML, at a place inside the open collections.
fn yaml_error(stack: &[(Frame, Option<Pos>, usize)], pos: Option<Pos>, message: Message) -> CaseError {
    syntax_error("YAML", pos, path_of(stack), message)
}

/// A collection being built from YAML events.
enum Frame {
    Seq(Vec<Node>),
    Map(Vec<Entry>, Keys, Option<(String, Option<Pos>)>),
}

/// The field path of the node being read inside the open collections.
fn path_of(stack: &[(Frame, Option<Pos>, usize)]) -> String {
    let mut path = String::new();
    for (frame, _, _) in stack {
        match frame {
            Frame::Seq(items) => path.push_str(&format!("[{}]", items.len())),
            Frame::Map(_, _, Some((key, _))) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Map(_, _, None) => {}
        }
    }
    path
}

/// Reads YAML from the parser's events with an explicit stack (no recursion),
/// resolving plain scalars by the YAML 1.2 core schema and keeping each
/// number's text; at most [`MAX_NODES`] nodes (aliases expanded), nested at
/// most [`MAX_DEPTH`] deep.
pub(super) fn read_yaml(text: &str) -> Result<Node, CaseError> {
    use serde_saphyr::granit_parser::{Event, Options, Parser, ScalarStyle};

    let mut stack: Vec<(Frame, Option<Pos>, usize)> = Vec::new();
    let mut anchors: Vec<(usize, Node)> = Vec::new();
    let mut root: Option<Node> = None;
    let mut documents = 0usize;
    let mut nodes = 0usize;
    let mut options = Options::default();
    options.emit_comments = false;
    let mut parser = Parser::new_from_str_with_options(text, options);
    while let Some(next) = parser.next_event() {
        let (event, span) = match next {
            Ok(x) => x,
            Err(e) => {
                return Err(yaml_error(&stack, yaml_pos(e.marker()), super::library_words::parser_problem(&e.info())))
            }
        };
        let pos = yaml_pos(&span.start);
        let (node, anchor) = match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(yaml_error(&stack, pos, msg!("case-yaml-several-documents")));
                }
                continue;
            }
            Event::SequenceStart(_, anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(too_deep("YAML", pos, path_of(&stack)));
                }
                stack.push((Frame::Seq(Vec::new()), pos, anchor));
                continue;
            }
            Event::MappingStart(_, anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(too_deep("YAML", pos, path_of(&stack)));
                }
                stack.push((Frame::Map(Vec::new(), Keys::default(), None), pos, anchor));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some((frame, start, anchor)) = stack.pop() else {
                    continue;
                };
                let kind = match frame {
                    Frame::Seq(items) => NodeKind::Seq(items),
                    Frame::Map(entries, _, _) => NodeKind::Map(entries),
                };
                (Node { pos: start, kind }, anchor)
            }
            Event::Scalar(value, style, anchor, tag) => {
                let core = tag.as_ref().and_then(|t| t.core_suffix());
                let kind = match (style, core) {
                    (_, Some("str")) => NodeKind::Str(value.into_owned()),
                    (_, Some("null")) => NodeKind::Null,
                    (ScalarStyle::Plain, _) | (_, Some("int" | "float" | "bool")) => plain_scalar(value.as_ref()),
                    _ => NodeKind::Str(value.into_owned()),
                };
                (Node { pos, kind }, anchor)
            }
            Event::Alias(id) => {
                let Some((_, node)) = anchors.iter().rev().find(|(a, _)| *a == id) else {
                    return Err(yaml_error(&stack, pos, msg!("case-yaml-unknown-anchor")));
                };
                nodes = nodes.saturating_add(count_nodes(node));
                if nodes > MAX_NODES {
                    return Err(too_many_nodes("YAML", pos, path_of(&stack)));
                }
                (clone_node(node, pos), 0)
            }
            _ => continue,
        };
        nodes += 1;
        if nodes > MAX_NODES {
            return Err(too_many_nodes("YAML", pos, path_of(&stack)));
        }
        if anchor != 0 {
            anchors.push((anchor, clone_node(&node, node.pos)));
        }
        // Attach the finished node to its parent, or make it the root.
        match stack.last_mut() {
            None => root = Some(node),
            Some((Frame::Seq(items), _, _)) => items.push(node),
            Some((Frame::Map(entries, keys, key), _, _)) => match key.take() {
                None => {
                    let name = match node.kind {
                        NodeKind::Str(s) => s,
                        NodeKind::Number(Some(raw)) => raw,
                        NodeKind::Bool(b) => b.to_string(),
                        NodeKind::Null => "null".into(),
                        _ => return Err(yaml_error(&stack, node.pos, msg!("case-yaml-complex-key"))),
                    };
                    if keys.repeats(entries, &name) {
                        let message = msg!("case-duplicate-key", key = quote(&name));
                        *key = Some((name, node.pos));
                        return Err(yaml_error(&stack, node.pos, message));
                    }
                    *key = Some((name, node.pos));
                }
                Some((name, key_pos)) => entries.push(Entry { key: name, pos: key_pos, value: node }),
            },
        }
    }
    Ok(root.unwrap_or(Node { pos: Some(Pos { line: 1, column: 1 }), kind: NodeKind::Null }))
}

/// A plain scalar resolved by the YAML 1.2 core schema.
fn plain_scalar(s: &str) -> NodeKind {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => NodeKind::Null,
        "true" | "True" | "TRUE" => NodeKind::Bool(true),
        "false" | "False" | "FALSE" => NodeKind::Bool(false),
        _ if is_core_number(s) => NodeKind::Number(Some(s.to_string())),
        _ => NodeKind::Str(s.to_string()),
    }
}

/// `[-+]? ( digits | digits . digits? | . digits ) ( [eE] [-+]? digits )?`, or
/// `.inf`/`.nan` and the like (which then fail as numbers).
fn is_core_number(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let body = lower.trim_start_matches(['-', '+']);
    if matches!(body, ".inf" | ".nan") {
        return true;
    }
    if lower.starts_with("0x") || lower.starts_with("0o") {
        return lower.len() > 2 && lower[2..].chars().all(|c| c.is_ascii_hexdigit());
    }
    let (mantissa, exponent) = match body.split_once('e') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok =
        digits(int) && frac.is_none_or(digits) && (!int.is_empty() || frac.is_some_and(|f| !f.is_empty()));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok && s.len() == lower.len()
}

fn count_nodes(node: &Node) -> usize {
    let mut count = 0usize;
    let mut todo = vec![node];
    while let Some(n) = todo.pop() {
        count += 1;
        match &n.kind {
            NodeKind::Seq(items) => todo.extend(items.iter()),
            NodeKind::Map(entries) => todo.extend(entries.iter().map(|e| &e.value)),
            _ => {}
        }
    }
    count
}

/// A copy of an anchored node for an alias, placed where the alias is.
fn clone_node(node: &Node, pos: Option<Pos>) -> Node {
    let kind = match &node.kind {
        NodeKind::Null => NodeKind::Null,
        NodeKind::Bool(b) => NodeKind::Bool(*b),
        NodeKind::Number(raw) => NodeKind::Number(raw.clone()),
        NodeKind::Str(s) => NodeKind::Str(s.clone()),
        NodeKind::Date(d) => NodeKind::Date(*d),
        NodeKind::DateTime(s) => NodeKind::DateTime(s.clone()),
        NodeKind::Seq(items) => NodeKind::Seq(items.iter().map(|n| clone_node(n, n.pos)).collect()),
        NodeKind::Map(entries) => NodeKind::Map(
            entries
                .iter()
                .map(|e| Entry { key: e.key.clone(), pos: e.pos, value: clone_node(&e.value, e.value.pos) })
                .collect(),
        ),
    };
    Node { pos, kind }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Result<Node, CaseError> {
        read_yaml(text)
    }

    fn map_value<'n>(node: &'n Node, key: &str) -> &'n NodeKind {
        match &node.kind {
            NodeKind::Map(entries) => match entries.iter().find(|e| e.key == key) {
                Some(e) => &e.value.kind,
                None => panic!("no {key}"),
            },
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn plain_scalars_follow_the_core_schema() {
        let n = yaml(
            "a: 5\nb: '5'\nc: 0.25\nd: ~\ne:\nf: true\ng: yes\nh: 1e3\ni: .5\nj: 2025-09-01\nk: !!str 7\nl: 1.2.3\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(map_value(&n, "a"), NodeKind::Number(Some(r)) if r == "5"));
        assert!(matches!(map_value(&n, "b"), NodeKind::Str(s) if s == "5"));
        assert!(matches!(map_value(&n, "c"), NodeKind::Number(Some(r)) if r == "0.25"));
        assert!(matches!(map_value(&n, "d"), NodeKind::Null));
        assert!(matches!(map_value(&n, "e"), NodeKind::Null));
        assert!(matches!(map_value(&n, "f"), NodeKind::Bool(true)));
        assert!(matches!(map_value(&n, "g"), NodeKind::Str(s) if s == "yes"));
        assert!(matches!(map_value(&n, "h"), NodeKind::Number(_)));
        assert!(matches!(map_value(&n, "i"), NodeKind::Number(_)));
        assert!(matches!(map_value(&n, "j"), NodeKind::Str(_)));
        assert!(matches!(map_value(&n, "k"), NodeKind::Str(s) if s == "7"));
        assert!(matches!(map_value(&n, "l"), NodeKind::Str(_)));
    }

    #[test]
    fn aliases_copy_their_anchor_and_bombs_stop() {
        let n = yaml("a: &x [1, 2]\nb: *x\n").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(map_value(&n, "b"), NodeKind::Seq(items) if items.len() == 2));
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..8 {
            let prev = if i == 0 { "a".to_string() } else { format!("b{}", i - 1) };
            bomb.push_str(&format!("b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let err = yaml(&bomb).err().map(|e| e.message.render(policy_i18n::Lang::Ru));
        assert!(err.is_some_and(|m| m.contains("больше 200000 значений")));
    }

    #[test]
    fn duplicate_keys_and_several_documents_are_errors() {
        let e = yaml("a: 1\nb: 2\na: 3\n").err();
        assert_eq!(e.as_ref().map(|e| (e.line, e.column)), Some((Some(3), Some(1))));
        assert!(yaml("a: 1\n---\nb: 2\n").is_err());
        assert!(yaml("").is_ok_and(|n| matches!(n.kind, NodeKind::Null)));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("a: {}{}", "[".repeat(5000), "]".repeat(5000));
        assert!(yaml(&deep).is_err());
    }
}
