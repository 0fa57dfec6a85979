//! The policies a server answers with: loaded and checked once, swapped
//! whole when their files change (see [`crate::reload`]), never edited in
//! place, so that every request sees one consistent set.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use std::sync::Arc;

use arc_swap::ArcSwap;

use policy_load::diagnostics::JsonDiagnostic;
use policy_load::{LoadError, LoadedPolicy};

/// One policy being served.
pub struct Served {
    /// The file it was loaded from.
    pub path: PathBuf,
    /// The checked policy.
    pub loaded: LoadedPolicy,
}

impl Served {
    /// The policy's id.
    pub fn id(&self) -> &str {
        &self.loaded.checked.model.meta.id
    }
}

/// A consistent set of policies, sorted by id.
pub struct Registry {
    /// The policies.
    pub policies: Vec<Arc<Served>>,
}

/// Why a set of policies could not be loaded: the file and what went wrong.
pub struct RegistryError {
    /// The file that failed.
    pub path: PathBuf,
    /// What went wrong.
    pub error: LoadError,
}

impl RegistryError {
    /// The problems as data: the unreadable file, or the policy's errors.
    pub fn diagnostics(&self) -> Vec<JsonDiagnostic> {
        match &self.error {
            LoadError::Errors { workspace, errors } => {
                policy_load::diagnostics::json(workspace, errors, policy_i18n::Lang::En)
            }
            LoadError::Unreadable(e) => vec![JsonDiagnostic {
                file: e.path.display().to_string(),
                severity: "error",
                code: "unreadable",
                message: e.message("policy"),
                start: policy_load::diagnostics::JsonPosition { line: 1, column: 1 },
                end: policy_load::diagnostics::JsonPosition { line: 1, column: 1 },
                help: None,
            }],
        }
    }
}

impl Registry {
    /// Loads every policy under `paths` (files or directories). Files that
    /// declare no `policy` (a shared case schema) are skipped; of two files
    /// that declare the same policy, the one with more versions (the latest
    /// amendment) is served. Fails on the first file that cannot be read or
    /// has errors.
    pub fn load(paths: &[PathBuf]) -> Result<Registry, RegistryError> {
        let files = policy_load::policy_files(paths)
            .map_err(|e| RegistryError { path: e.path.clone(), error: LoadError::Unreadable(e) })?;
        let mut policies: Vec<Arc<Served>> = Vec::new();
        for path in files {
            let loaded =
                policy_load::load_checked(&path).map_err(|error| RegistryError { path: path.clone(), error })?;
            if loaded.checked.model.meta.location.is_none() {
                continue;
            }
            let served = Arc::new(Served { path, loaded });
            match policies.iter_mut().find(|p| p.id() == served.id()) {
                Some(existing) => {
                    if served.loaded.checked.model.versions.len() > existing.loaded.checked.model.versions.len() {
                        *existing = served;
                    }
                }
                None => policies.push(served),
            }
        }
        policies.sort_by(|a, b| a.id().cmp(b.id()));
        Ok(Registry { policies })
    }

    /// The policy with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<Served>> {
        self.policies.iter().find(|p| p.id() == id)
    }
}

/// The diagnostic of a reload that found a served file declaring no policy.
fn emptied(path: &Path) -> JsonDiagnostic {
    JsonDiagnostic {
        file: path.display().to_string(),
        severity: "error",
        code: "no-policy",
        message: "the file declares no policy now (emptied or being written); the last good version keeps serving"
            .into(),
        start: policy_load::diagnostics::JsonPosition { line: 1, column: 1 },
        end: policy_load::diagnostics::JsonPosition { line: 1, column: 1 },
        help: None,
    }
}

/// The state of the last reload that failed: the diagnostics of the broken
/// edit, while the last good set keeps serving.
#[derive(Default)]
pub struct ReloadStatus {
    /// The diagnostics of the last failed reload; empty after a good one.
    pub diagnostics: Vec<JsonDiagnostic>,
}

/// The policies in force now and the outcome of the last reload.
pub struct Policies {
    /// The paths given on the command line.
    pub paths: Vec<PathBuf>,
    /// The current set, swapped whole.
    pub current: ArcSwap<Registry>,
    /// What the last reload found.
    pub status: Mutex<ReloadStatus>,
}

impl Policies {
    /// Loads the policies under `paths`.
    pub fn load(paths: Vec<PathBuf>) -> Result<Policies, RegistryError> {
        let registry = Registry::load(&paths)?;
        Ok(Policies { paths, current: ArcSwap::from_pointee(registry), status: Mutex::new(ReloadStatus::default()) })
    }

    /// Loads the files again: on success the new set replaces the old at once;
    /// on failure the old set stays and the diagnostics are kept for
    /// `GET /api/status`. Returns whether the reload succeeded.
    pub fn reload(&self) -> bool {
        let outcome = Registry::load(&self.paths);
        let mut status = self.status.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match outcome {
            Ok(registry) => match self.emptied(&registry) {
                Some(path) => {
                    status.diagnostics = vec![emptied(&path)];
                    false
                }
                None => {
                    self.current.store(Arc::new(registry));
                    status.diagnostics.clear();
                    true
                }
            },
            Err(e) => {
                status.diagnostics = e.diagnostics();
                false
            }
        }
    }

    /// A file that serves a policy now, still exists, and declares none in `registry`: an
    /// editor saving it may have emptied it before writing it again, and a half-written file
    /// must not stop its policy being served (a deleted file does stop it).
    fn emptied(&self, registry: &Registry) -> Option<PathBuf> {
        let current = self.current.load();
        current
            .policies
            .iter()
            .find(|p| p.path.exists() && !registry.policies.iter().any(|q| q.path == p.path))
            .map(|p| p.path.clone())
    }

    /// Whether a change to `path` calls for a reload: a policy file (the
    /// watcher watches only the paths given and their directories).
    pub fn concerns(&self, path: &Path) -> bool {
        path.extension().is_some_and(|e| e == "policy")
    }
}
