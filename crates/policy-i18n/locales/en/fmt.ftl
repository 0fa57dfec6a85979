# `policy fmt`: the summary on standard error and why a file was not formatted.
fmt-summary = { $changed } { $changed ->
    [one] file
   *[other] files
} reformatted, { $unchanged } already formatted
fmt-summary-check = { $changed } { $changed ->
    [one] file
   *[other] files
} would be reformatted, { $unchanged } already formatted
fmt-stdin-with-files = error: `-` (standard input) cannot be formatted together with files: give it alone
fmt-stdin-filename-without-stdin = error: `--stdin-filename` names standard input: give `-` as the path
fmt-cannot-write = error: cannot write `{ $name }`: { $reason }
fmt-cannot-read-stdin = error: cannot read `{ $name }` (standard input): { $reason }
fmt-stdin-too-large = error: `{ $name }` (standard input) is more than the { $max } bytes a policy may have; split it into files joined by `use`
fmt-stdin-not-utf8 = error: `{ $name }` (standard input) is not UTF-8 text (invalid byte at offset { $offset })
fmt-syntax-errors = error: `{ $name }` has syntax errors and was not formatted
fmt-cannot-format = error: `{ $name }`: { $reason }
