//! A framing pump in front of tower-lsp-server's codec.
//!
//! tower-lsp-server reads messages through tokio-util's `FramedRead`, which
//! ends the stream after the first undecodable frame (tokio-rs/tokio#3976): one
//! garbled message would stop the server. The pump reads the raw input, finds
//! `Content-Length` frames itself, drops garbage and frames whose body is not a
//! JSON-RPC message (resynchronising on the next `Content-Length`), and passes
//! only well-formed frames on, in canonical form.

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// The largest message accepted (a 100,000-line policy is a few megabytes).
pub const MAX_BODY: usize = 256 << 20;
/// The longest header block accepted.
const MAX_HEADER: usize = 8 << 10;
const HEADER: &[u8] = b"content-length";

/// What the buffer starts with.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// A well-formed message body (the frame has been removed from the buffer).
    Frame(Vec<u8>),
    /// Garbage was removed from the buffer.
    Skipped,
    /// More input is needed.
    NeedMore,
}

/// Position of the next `Content-Length` (ASCII case-insensitive) at or after `from`.
fn find_header(buf: &[u8], from: usize) -> Option<usize> {
    if buf.len() < HEADER.len() {
        return None;
    }
    (from..=buf.len() - HEADER.len()).find(|&i| buf[i..i + HEADER.len()].eq_ignore_ascii_case(HEADER))
}

/// Drops everything before the next `Content-Length` after the buffer's start,
/// or (when there is none) all but a tail that could begin one.
fn resync(buf: &mut Vec<u8>) -> Next {
    match find_header(buf, 1) {
        Some(at) => {
            buf.drain(..at);
        }
        None => {
            let keep = HEADER.len().min(buf.len());
            buf.drain(..buf.len() - keep);
        }
    }
    Next::Skipped
}

/// The declared body length of a header block, if it is a usable one.
fn content_length(headers: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(headers).ok()?;
    let mut length = None;
    for line in text.split("\r\n") {
        let (name, value) = line.split_once(':')?;
        if name.trim().eq_ignore_ascii_case("content-length") {
            let value = value.trim();
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            length = Some(value.parse::<usize>().ok()?);
        }
    }
    length.filter(|n| *n <= MAX_BODY)
}

/// Whether `body` is a JSON-RPC message tower-lsp-server can decode: a request
/// or notification (`method`), or a response (`result` or `error`), with an
/// integer, string or null `id`.
pub fn is_message(body: &[u8]) -> bool {
    let Ok(Value::Object(m)) = serde_json::from_slice::<Value>(body) else { return false };
    if m.get("jsonrpc") != Some(&Value::String("2.0".into())) {
        return false;
    }
    let id_ok = match m.get("id") {
        None | Some(Value::Null | Value::String(_)) => true,
        Some(Value::Number(n)) => n.is_i64() || n.is_u64(),
        Some(_) => false,
    };
    if !id_ok {
        return false;
    }
    if let Some(method) = m.get("method") {
        return method.is_string();
    }
    let error_ok =
        |e: &Value| e.get("code").is_some_and(|c| c.is_i64()) && e.get("message").is_some_and(Value::is_string);
    m.contains_key("id")
        && match (m.get("result"), m.get("error")) {
            (Some(_), None) => true,
            (None, Some(e)) => error_ok(e),
            _ => false,
        }
}

/// Takes the next frame (or garbage) off the front of `buf`.
pub fn next_frame(buf: &mut Vec<u8>) -> Next {
    if buf.is_empty() {
        return Next::NeedMore;
    }
    let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
        return if buf.len() > MAX_HEADER { resync(buf) } else { Next::NeedMore };
    };
    let Some(length) = (end <= MAX_HEADER).then(|| content_length(&buf[..end])).flatten() else {
        return resync(buf);
    };
    let start = end + 4;
    if buf.len() < start + length {
        return Next::NeedMore;
    }
    if !is_message(&buf[start..start + length]) {
        return resync(buf);
    }
    let body = buf[start..start + length].to_vec();
    buf.drain(..start + length);
    Next::Frame(body)
}

/// Copies well-formed frames from `input` to `output` until `input` ends (then
/// `output` is dropped, which ends the server's input too).
pub async fn pump<I, O>(mut input: I, mut output: O)
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
{
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut chunk = vec![0u8; 1 << 16];
    let mut skipped = false;
    loop {
        loop {
            match next_frame(&mut buf) {
                Next::Frame(body) => {
                    let header = format!("Content-Length: {}\r\n\r\n", body.len());
                    if output.write_all(header.as_bytes()).await.is_err() || output.write_all(&body).await.is_err() {
                        return;
                    }
                    skipped = false;
                }
                Next::Skipped => {
                    if !skipped {
                        crate::server::log("skipped input that is not a JSON-RPC message");
                        skipped = true;
                    }
                }
                Next::NeedMore => break,
            }
        }
        if output.flush().await.is_err() {
            return;
        }
        match input.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> Vec<u8> {
        format!("Content-Length: {}\r\n\r\n{}", body.len(), body).into_bytes()
    }

    fn frames(mut buf: Vec<u8>) -> Vec<String> {
        let mut out = Vec::new();
        loop {
            match next_frame(&mut buf) {
                Next::Frame(b) => out.push(String::from_utf8(b).unwrap_or_default()),
                Next::Skipped => {}
                Next::NeedMore => return out,
            }
        }
    }

    #[test]
    fn garbage_is_skipped_and_framing_resumes() {
        let ok = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#;
        let mut input = b"\xff\xfe garbage \r\n\r\n more".to_vec();
        input.extend(frame("{not json"));
        input.extend(b"Content-Length: 99999999999999999999\r\n\r\n");
        input.extend(frame(r#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#));
        input.extend(frame(r#"{"jsonrpc":"2.0"}"#));
        input.extend(frame("[1,2]"));
        input.extend(frame(ok));
        input.extend(b"content-length: 2\r\nContent-Type: x\r\n\r\n{}");
        input.extend(frame(r#"{"jsonrpc":"2.0","method":"exit"}"#));
        assert_eq!(frames(input), vec![ok.to_string(), r#"{"jsonrpc":"2.0","method":"exit"}"#.to_string()]);
    }

    #[test]
    fn a_frame_split_anywhere_waits_for_the_rest() {
        let whole = frame(r#"{"jsonrpc":"2.0","id":"a","result":null}"#);
        for cut in 0..whole.len() {
            let mut buf = whole[..cut].to_vec();
            assert_eq!(next_frame(&mut buf), Next::NeedMore, "{cut}");
            buf.extend_from_slice(&whole[cut..]);
            assert!(matches!(next_frame(&mut buf), Next::Frame(_)));
        }
    }

    #[test]
    fn endless_garbage_is_dropped_in_bounded_memory() {
        let mut buf = vec![b'x'; 100_000];
        assert_eq!(next_frame(&mut buf), Next::Skipped);
        assert!(buf.len() <= HEADER.len());
    }
}
