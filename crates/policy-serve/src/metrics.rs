//! Counters for Prometheus (`GET /metrics`, text exposition format 0.0.4):
//! requests by status class, cases evaluated, reloads. Nothing about any
//! case: no ids of pupils, no values, no paths beyond the route.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

/// The server's counters.
#[derive(Default)]
pub struct Metrics {
    /// Responses by status class (1xx…5xx, index 0…4).
    responses: [AtomicU64; 5],
    /// Cases evaluated (one per policy per case).
    evaluations: AtomicU64,
    /// Reloads that replaced the policies.
    reloads_ok: AtomicU64,
    /// Reloads refused because an edit broke a policy.
    reloads_failed: AtomicU64,
}

impl Metrics {
    /// Counts a response with `status`.
    pub fn responded(&self, status: u16) {
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        self.responses[class].fetch_add(1, Ordering::Relaxed);
    }

    /// Counts `n` evaluations.
    pub fn evaluated(&self, n: usize) {
        self.evaluations.fetch_add(u64::try_from(n).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    /// Counts a reload.
    pub fn reloaded(&self, ok: bool) {
        let counter = if ok { &self.reloads_ok } else { &self.reloads_failed };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// The counters in the Prometheus text format, with `policies` served.
    pub fn render(&self, policies: usize) -> String {
        let mut out = String::new();
        out.push_str("# HELP policy_http_responses_total HTTP responses by status class.\n");
        out.push_str("# TYPE policy_http_responses_total counter\n");
        for (i, counter) in self.responses.iter().enumerate() {
            let _ = writeln!(
                out,
                "policy_http_responses_total{{class=\"{}xx\"}} {}",
                i + 1,
                counter.load(Ordering::Relaxed)
            );
        }
        out.push_str("# HELP policy_evaluations_total Cases judged (one per policy per case).\n");
        out.push_str("# TYPE policy_evaluations_total counter\n");
        let _ = writeln!(out, "policy_evaluations_total {}", self.evaluations.load(Ordering::Relaxed));
        out.push_str("# HELP policy_reloads_total Reloads of the policy files, by outcome.\n");
        out.push_str("# TYPE policy_reloads_total counter\n");
        let _ = writeln!(out, "policy_reloads_total{{outcome=\"ok\"}} {}", self.reloads_ok.load(Ordering::Relaxed));
        let _ =
            writeln!(out, "policy_reloads_total{{outcome=\"failed\"}} {}", self.reloads_failed.load(Ordering::Relaxed));
        out.push_str("# HELP policy_policies_served Policies served now.\n");
        out.push_str("# TYPE policy_policies_served gauge\n");
        let _ = writeln!(out, "policy_policies_served {policies}");
        out
    }
}
