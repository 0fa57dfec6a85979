//! The streaming batch: NDJSON in, NDJSON out. Each line is decoded and
//! judged as it arrives and answered with one line, in order: the report as
//! compact JSON, or a problem naming the line and each field path. Blank
//! lines are skipped (and keep their numbers).

use std::sync::Arc;

use axum::body::{Body, Bytes};
use futures_util::StreamExt;
use jiff::civil::Date;
use policy_eval::CaseFormat;
use policy_i18n::Lang;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use crate::api::judge;
use crate::metrics::Metrics;
use crate::problem::Problem;
use crate::registry::Served;

/// How many answered lines may wait for the client before reading pauses.
const BUFFERED_LINES: usize = 64;

/// The answer to one input line; a problem's case errors said in `lang`.
fn answer(served: &Served, number: usize, line: &[u8], as_of: Option<Date>, lang: Lang) -> String {
    let problem = |mut p: Problem| {
        p.line = Some(number);
        p.to_json()
    };
    let text = match policy_eval::case::text_from_bytes(line.to_vec()) {
        Ok(text) => text,
        Err(e) => return problem(Problem::invalid_case(&[e], lang)),
    };
    match judge(served, &text, CaseFormat::Json, as_of, lang) {
        Ok((report, _)) => serde_json::to_string(&report)
            .unwrap_or_else(|e| problem(Problem::internal(format!("cannot write the report: {e}")))),
        Err(p) => problem(p),
    }
}

/// Reads `body` line by line and answers each line, as a stream of bytes.
pub fn stream(
    served: Arc<Served>,
    body: Body,
    as_of: Option<Date>,
    lang: Lang,
    metrics: Arc<Metrics>,
) -> ReceiverStream<Result<Bytes, std::io::Error>> {
    let (tx, rx) = mpsc::channel(BUFFERED_LINES);
    tokio::spawn(async move {
        let mut chunks = body.into_data_stream();
        let mut pending: Vec<u8> = Vec::new();
        let mut number = 0usize;
        let mut ended = false;
        while !ended {
            match chunks.next().await {
                Some(Ok(chunk)) => pending.extend_from_slice(&chunk),
                Some(Err(e)) => {
                    let _ = tx.send(Err(std::io::Error::other(e.to_string()))).await;
                    return;
                }
                None => ended = true,
            }
            let mut lines: Vec<Vec<u8>> = Vec::new();
            while let Some(end) = pending.iter().position(|b| *b == b'\n') {
                lines.push(pending.drain(..=end).collect());
            }
            if ended && !pending.is_empty() {
                lines.push(std::mem::take(&mut pending));
            }
            for line in lines {
                number += 1;
                let line = line.strip_suffix(b"\n").unwrap_or(&line);
                let line = line.strip_suffix(b"\r").unwrap_or(line).to_vec();
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                metrics.evaluated(1);
                let served = served.clone();
                let out = tokio::task::spawn_blocking(move || answer(&served, number, &line, as_of, lang))
                    .await
                    .unwrap_or_else(|e| Problem::internal(format!("the evaluation failed: {e}")).to_json());
                if tx.send(Ok(Bytes::from(out + "\n"))).await.is_err() {
                    return;
                }
            }
        }
    });
    ReceiverStream::new(rx)
}
