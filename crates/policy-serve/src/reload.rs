//! Reloading the policies when their files change: a watcher on the paths
//! given, a short pause to let an editor finish writing, then
//! [`crate::registry::Policies::reload`] (atomic; a broken edit keeps the
//! last good set serving).

use std::sync::Arc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::AppState;

/// How long to wait after a change for more changes before reloading.
const SETTLE: Duration = Duration::from_millis(200);

/// Starts watching the policy paths; the watcher lives as long as the
/// returned value. Fails when a path cannot be watched.
pub fn watch(state: AppState) -> notify::Result<notify::RecommendedWatcher> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let policies = Arc::clone(&state.policies);
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            if event.paths.iter().any(|p| policies.concerns(p)) {
                let _ = tx.send(());
            }
        }
    })?;
    for path in &state.policies.paths {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        let watched = if path.is_dir() { path } else { path.parent().map(|p| p.to_path_buf()).unwrap_or(path) };
        watcher.watch(&watched, RecursiveMode::Recursive)?;
    }
    tokio::spawn(async move {
        while rx.recv().await.is_some() {
            tokio::time::sleep(SETTLE).await;
            while rx.try_recv().is_ok() {}
            let policies = Arc::clone(&state.policies);
            let ok = tokio::task::spawn_blocking(move || policies.reload()).await.unwrap_or(false);
            state.metrics.reloaded(ok);
        }
    });
    Ok(watcher)
}
