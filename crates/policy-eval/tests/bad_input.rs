//! Every kind of mistake in a case file (`tests/cases/bad/`) is rejected with
//! errors that name the field path, the line and column where the format
//! gives them, and what was expected; nothing is evaluated. The snapshots
//! show the error data rendered as text.

use policy_check::model::Model;
use policy_eval::{decode, CaseFormat, Vocabulary};

mod common;

use common::{fixture, repo};

fn rejected(model: &Model, vocab: &Vocabulary, file: &str) -> String {
    let path = repo().join("tests/cases/bad").join(file);
    let text = std::fs::read_to_string(&path).expect("the case is readable");
    let format = CaseFormat::from_path(&path).expect("a known extension");
    match decode(&text, format, &model.schema, vocab) {
        Ok((case, _)) => panic!("{file} was accepted: {case:#?}"),
        Err(errors) => errors.iter().map(|e| format!("[{:?}] {e}", e.kind)).collect::<Vec<_>>().join("\n"),
    }
}

#[test]
fn every_bad_case_is_rejected_with_its_errors() {
    let model = fixture();
    let vocab = Vocabulary::new(&model);
    let mut files: Vec<String> = std::fs::read_dir(repo().join("tests/cases/bad"))
        .expect("tests/cases/bad exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    for file in files {
        insta::assert_snapshot!(file.clone(), rejected(&model, &vocab, &file));
    }
}
