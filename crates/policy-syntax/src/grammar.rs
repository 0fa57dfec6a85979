//! pest's parser for `grammar/policy.pest`: the [`PolicyParser`] and the
//! [`Rule`] enum it derives, which every other module names rules by.
//!
//! The whole-file parse runs on the compiled recognizer (`compiled`); pest's own
//! parser explains error nodes (`explain`) and checks the compiled one in tests.

use pest_derive::Parser;

/// pest's parser for the grammar; deriving it also defines [`Rule`].
#[derive(Parser)]
#[grammar = "../grammar/policy.pest"]
pub(crate) struct PolicyParser;
