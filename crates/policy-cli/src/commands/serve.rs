//! `policy serve [--addr 127.0.0.1:8080] POLICY_PATH…`: the evaluator as an
//! HTTP API and a page (the server itself is `policy_serve`'s; this loads the
//! policies, reads the token and runs it until SIGTERM or SIGINT).

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use policy_load::LoadError;
use policy_serve::registry::Policies;

use policy_i18n::{io_reason, tr};

use crate::exit::{Exit, Failure};
use crate::{load, render};

/// Arguments of `policy serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Policy files or directories (searched recursively for `*.policy`).
    #[arg(required = true, value_name = "POLICY_PATH")]
    pub paths: Vec<PathBuf>,
    /// The address to listen on (loopback by default; put a reverse proxy in front for others).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// A file holding the bearer token that `/api/` and `/metrics` then require.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Seconds a request may take before it is answered 408.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub timeout: u64,
    /// Requests served at once (the others wait).
    #[arg(long, default_value_t = 256)]
    pub concurrency: usize,
    /// Do not reload the policies when their files change.
    #[arg(long)]
    pub no_watch: bool,
    /// Do not write the access log (method, path, status, time) to standard error.
    #[arg(long)]
    pub quiet: bool,
}

/// The language of these messages (before any policy is read).
fn lang() -> policy_i18n::Lang {
    crate::lang::chosen(None)
}

/// Why the policy files cannot be watched: an I/O error (or a missing path)
/// in the reader's language, with the paths concerned; the watcher's own
/// text otherwise.
fn watch_reason(e: &notify::Error) -> String {
    let reason = match &e.kind {
        notify::ErrorKind::Io(io) => io_reason(lang(), io),
        notify::ErrorKind::PathNotFound => io_reason(lang(), &std::io::ErrorKind::NotFound.into()),
        _ => return e.to_string(),
    };
    let paths: Vec<String> = e.paths.iter().map(|p| format!("`{}`", p.display())).collect();
    if paths.is_empty() {
        reason
    } else {
        format!("{reason} ({})", paths.join(", "))
    }
}

/// Reads the token: the file's first line, which must not be empty.
fn token(path: &PathBuf) -> Result<String, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::new(tr!(
            lang(),
            "cli-serve-token-unreadable",
            path = path.display().to_string(),
            reason = io_reason(lang(), &e)
        ))
    })?;
    let token = text.lines().next().unwrap_or("").trim().to_owned();
    if token.is_empty() {
        return Err(Failure::new(tr!(lang(), "cli-serve-token-empty", path = path.display().to_string())));
    }
    Ok(token)
}

/// Runs the command.
pub fn run(args: &Args) -> Result<Exit, Failure> {
    let token = args.token_file.as_ref().map(token).transpose()?;
    let policies = Policies::load(args.paths.clone()).map_err(|e| match e.error {
        LoadError::Unreadable(u) => load::policy_unreadable(&u),
        LoadError::Errors { workspace, errors } => load::policy_has_errors(
            render::human(&workspace, &errors, std::io::stderr().is_terminal(), render::lang_of(&workspace)),
            &e.path,
            errors.len(),
        ),
    })?;
    if policies.current.load().policies.is_empty() {
        return Err(Failure::new(tr!(lang(), "cli-serve-no-policy")));
    }
    let config = policy_serve::Config {
        timeout: Duration::from_secs(args.timeout),
        concurrency: args.concurrency.max(1),
        token,
        access_log: !args.quiet,
        ..policy_serve::Config::default()
    };
    let state = policy_serve::AppState::new(policies, config);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(tr!(lang(), "cli-serve-cannot-start", reason = io_reason(lang(), &e))))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr).await.map_err(|e| {
            Failure::new(tr!(
                lang(),
                "cli-serve-cannot-listen",
                addr = args.addr.to_string(),
                reason = io_reason(lang(), &e)
            ))
        })?;
        let _watcher = if args.no_watch {
            None
        } else {
            Some(
                policy_serve::reload::watch(state.clone())
                    .map_err(|e| Failure::new(tr!(lang(), "cli-serve-cannot-watch", reason = watch_reason(&e))))?,
            )
        };
        let local = listener
            .local_addr()
            .map_err(|e| Failure::new(tr!(lang(), "cli-serve-error", reason = io_reason(lang(), &e))))?;
        eprintln!("{}", tr!(lang(), "cli-serve-listening", addr = local.to_string()));
        policy_serve::serve(listener, state, policy_serve::shutdown_signal())
            .await
            .map_err(|e| Failure::new(tr!(lang(), "cli-serve-failed", reason = io_reason(lang(), &e))))?;
        eprintln!("{}", tr!(lang(), "cli-serve-stopped"));
        Ok(Exit::Success)
    })
}
