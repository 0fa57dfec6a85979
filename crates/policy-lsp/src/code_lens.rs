//! Code lenses: "Run test" on each `test`, which asks the client to run the
//! command `policy.runTest` with the test's name and the policy file's path.

use std::path::Path;

use policy_syntax::ast::DeclKind;
use tower_lsp_server::ls_types::{CodeLens, Command};

use crate::analysis::{Analysis, Lines};
use crate::lang::{phrase, Phrase};

/// The command a test's lens runs (implemented by the client).
pub const RUN_TEST: &str = "policy.runTest";

/// The code lenses of the file at `path`.
pub fn code_lenses(analysis: &Analysis, path: &Path) -> Option<Vec<CodeLens>> {
    let ra = analysis.root(path)?;
    let id = ra.file_id(path)?;
    let file = ra.file(id);
    let lines = Lines::new(file, analysis.encoding());
    let language = ra.language(id);
    let file_arg = serde_json::Value::String(file.path.to_string_lossy().into_owned());
    let lenses = file
        .parsed
        .file
        .decls
        .iter()
        .filter_map(|d| match &d.kind {
            DeclKind::Test(t) => Some(t),
            _ => None,
        })
        .map(|t| CodeLens {
            range: lines.range(t.name.span),
            command: Some(Command {
                title: phrase(Phrase::RunTest, language).to_string(),
                command: RUN_TEST.to_string(),
                arguments: Some(vec![serde_json::Value::String(t.name.value.clone()), file_arg.clone()]),
            }),
            data: None,
        })
        .collect();
    Some(lenses)
}
