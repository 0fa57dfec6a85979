# The `policy` command line: clap's headings, errors the CLI prints, and (at
# the end) the help of every command and argument, by an id derived from its
# place: `cli-about-policy-test`, `cli-arg-policy-test-name` (`.long`: the
# longer text of `--help`).

## clap's headings
cli-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options

## Errors in the command line (clap's, worded here)
cli-arg-error = error: { $message }
cli-arg-error-other = the command line is not valid
cli-arg-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-arg-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-arg-error-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-arg-error-unknown-argument = unexpected argument '{ $arg }' found
cli-arg-error-unknown-command = unrecognized subcommand '{ $command }'
cli-arg-error-missing = the following required arguments were not provided:
cli-arg-error-conflict = the argument '{ $arg }' cannot be used with '{ $with }'
cli-arg-error-similar = tip: a similar one exists: '{ $suggestion }'
cli-arg-error-more = For more information, try '--help'.

## Errors and hints
cli-did-you-mean = help: did you mean
cli-cannot-write-stdout = error: cannot write to standard output: { $reason }
cli-calendar-unreadable = error: cannot read the calendar `{ $name }`: { $reason }
cli-calendar-invalid = error: the calendar `{ $name }` is not valid: { $reason }
    {"  "}help: write `[[year]]` tables with `year`, `source`, `non_working` and `working`, as in the shipped production-calendar.toml

cli-cannot-read = error: cannot read `{ $path }`: { $reason }
cli-cannot-read-policy = error: cannot read policy `{ $path }`: { $reason }
cli-policy-has-errors = error: policy `{ $path }` has { $n } { $n ->
    [one] error
   *[other] errors
}; fix them with `policy check` first
cli-no-version-in-force = error: { $refusal }
    {"  "}help: check the case's `as_of`, or give the date to judge by with `--version-on`
cli-version-has-errors = error: version «{ $version }» of policy `{ $policy }` has { $n } { $n ->
    [one] error
   *[other] errors
}; fix them with `policy check` first

cli-man-no-such-page = error: `{ $name }` is not a subcommand of `policy`; the pages are: { $pages }
cli-doc-not-a-policy = error: `{ $path }` declares no `policy`: it is a shared file (such as the case schema), not a regulation
    {"  "}help: give the file of a policy, e.g. policies/murmansk-16.policy
cli-schema-none = error: `{ $path }` declares no case schema: declare one with `schema`, or `use` a file that does
cli-serve-token-unreadable = error: cannot read the token file `{ $path }`: { $reason }
cli-serve-token-empty = error: the token file `{ $path }` is empty
    {"  "}help: write the token on its first line
cli-serve-no-policy = error: none of the files declares a `policy`: nothing to serve
cli-version-on-start-missing = error: `--version-on start` needs the case's `request.start`, which it does not give
    {"  "}help: add `request.start` to the case, or give a date: `--version-on YYYY-MM-DD`

## Case files
case-stdin = standard input
case-error = error: { $name }: { $error }
case-warning = warning: { $name }: { $warning }
case-cannot-read-stdin = error: cannot read the case from standard input: { $reason }
case-unknown-format = error: cannot tell the format of `{ $name }`: name case files `*.json`, `*.yaml`, `*.yml` or `*.toml`
case-cannot-read = error: cannot read the case `{ $name }`: { $reason }
case-invalid = error: the case `{ $name }` is not valid ({ $n } { $n ->
    [one] error
   *[other] errors
}); nothing was evaluated

## Help of the commands and their arguments
cli-about-policy = The `policy` command: check, eval, test, coverage and the other tools of the policy language
cli-arg-policy-calendar = Add years to the production calendar that counts working days: a TOML file in the format of the shipped data (`[[year]]` with `year`, `source`, `non_working`, `working`)
cli-arg-policy-lang = The language of messages, reports and help: `ru` or `en`. Default: Russian for a policy written with Russian keywords, else the environment's locale (LC_ALL, LC_MESSAGES, LANG), else Russian
cli-arg-policy-help = Print help
cli-arg-policy-version = Print version
cli-about-policy-check = Check policies for errors: syntax, names, types, grade bands, curricula, citations
cli-arg-policy-check-paths = Policy files or directories (searched recursively for `*.policy`)
cli-arg-policy-check-format = Output format
cli-about-policy-eval = Judge one pupil's case against one or more policies
cli-arg-policy-eval-policies = The policy to judge the case by; repeat to judge it by several
cli-arg-policy-eval-case = The case file (`.json`, `.yaml`, `.toml`), or `-` for JSON on standard input; with `--batch`, a JSON Lines file (one case a line), `-` for JSON Lines on standard input, or a directory of case files
cli-arg-policy-eval-format = Output format (of one case's report)
cli-arg-policy-eval-batch = Judge many cases: each line of CASE (or each file of the directory CASE) is one case; prints a summary per school, and the reports with `--reports`
cli-arg-policy-eval-reports = With `--batch`: write the reports as JSON Lines, one line per case and policy (the `--format json` report), to FILE (`-`: standard output)
cli-arg-policy-eval-summary = With `--batch`: the summary's format
cli-arg-policy-eval-summary_out = With `--batch`: write the summary to FILE (`-`: standard output; needed for `xlsx`); by default it goes to standard output, or to standard error when the reports go there
cli-arg-policy-eval-as_of = The date to judge the case on (default: the case's `as_of`, else today)
cli-arg-policy-eval-version_on = For a policy with versions: judge by the version in force on this date, or on the request's start (`start`), instead of on the judging date
cli-about-policy-compare = Compare policies side by side, aligned by concept; with `--case`, judge a case under each
cli-arg-policy-compare-policies = The policies to compare, in the order of the columns (a directory stands for its `.policy` files; files that declare no `policy`, such as a shared case schema, are skipped)
cli-arg-policy-compare-case = Also judge this case (`.json`, `.yaml`, `.toml`, or `-` for JSON on standard input) under each policy, side by side
cli-arg-policy-compare-format = Output format: `table` for a terminal, `markdown` for a memo, `html` for one self-contained page, `json` for other tools
cli-arg-policy-compare-only = Only these topics, comma-separated (`case` needs `--case`)
cli-arg-policy-compare-as_of = The date to judge the case on (default: the case's `as_of`, else today)
cli-arg-policy-compare-versions = Compare every version of each policy (the regulation as approved and each amendment), oldest first: what each amendment changed
cli-about-policy-test = Run the tests written in policies
cli-arg-policy-test-paths = Policy files or directories (default: `policies`)
cli-arg-policy-test-name = Run only the tests with this name (as written after `test`)
cli-arg-policy-test-format = Output format
cli-about-policy-coverage = List the quoted clauses that nothing cites and the declarations that cite no clause
cli-arg-policy-coverage-paths = Policy files or directories
cli-about-policy-doc = Print a policy as a readable document: each clause's words beside what the policy makes of them
cli-arg-policy-doc-policy = The policy (for a policy with versions, the file of its latest amendment)
cli-arg-policy-doc-format = Output format: one self-contained HTML page (prints well), or Markdown
cli-arg-policy-doc-on = For a policy with versions: show the version in force on this date (default: the latest)
cli-about-policy-fmt = Rewrite policies in the canonical layout, or convert their keywords (`--keywords en|ru`)
cli-arg-policy-fmt-paths = Policy files or directories (searched recursively for `*.policy`), or `-` alone to format standard input and print the result
cli-arg-policy-fmt-check = Change nothing: list the files that would change and exit with 1 if there are any
cli-arg-policy-fmt-diff = Change nothing: print a unified diff of what would change and exit with 1 if anything would
cli-arg-policy-fmt-stdin_filename = The name that diagnostics give standard input (with `-`)
cli-arg-policy-fmt-keywords = Write every keyword (and unit) in this language
cli-about-policy-lsp = Serve the Language Server Protocol over stdio (for editors)
cli-arg-policy-lsp-stdio = Accepted for editors that pass it; stdio is the only transport
cli-about-policy-schema = Print the JSON Schema of the case format read by a policy (or a case-schema file); with `--report`, of the eval report
cli-arg-policy-schema-path = The policy or case-schema file (`policies/case-schema.policy`). For a policy (a file with a `policy` block) a field is `required` only when the policy requires it: declared without `?` and read by the policy's values, tables, rules, documents or duties, so that `policy eval` rejects a case without it
cli-arg-policy-schema-declared = For a policy: require every field declared without `?`, whether the policy reads it or not (the shared case format, with the policy's extensions)
cli-arg-policy-schema-report = Print the JSON Schema of the `policy eval --format json` report instead
cli-about-policy-serve = Serve the evaluator over HTTP: a JSON API (OpenAPI at /openapi.json) and a page at / for people without an editor
cli-arg-policy-serve-paths = Policy files or directories (searched recursively for `*.policy`)
cli-arg-policy-serve-addr = The address to listen on (loopback by default; put a reverse proxy in front for others)
cli-arg-policy-serve-token_file = A file holding the bearer token that `/api/` and `/metrics` then require
cli-arg-policy-serve-timeout = Seconds a request may take before it is answered 408
cli-arg-policy-serve-concurrency = Requests served at once (the others wait)
cli-arg-policy-serve-no_watch = Do not reload the policies when their files change
cli-arg-policy-serve-quiet = Do not write the access log (method, path, status, time) to standard error
cli-about-policy-completions = Print the shell completion script (bash, zsh, fish, powershell or elvish)
cli-arg-policy-completions-shell = The shell to complete in
cli-about-policy-man = Print the manual page of `policy` or of one subcommand (roff; `policy man | man -l -` shows it)
cli-arg-policy-man-subcommand = The subcommand whose page to print (default: the page of `policy` itself)
cli-about-policy-help = Print this message or the help of the given subcommand(s)

## Possible values of arguments (`{argument}-{value}`)
cli-possible-values = possible values: { $values }
cli-possible-values-heading = Possible values
cli-default = default: { $value }
cli-arg-policy-check-format-human = Rendered for people, with the source line and labels
cli-arg-policy-check-format-json = A JSON array of diagnostics
cli-arg-policy-check-format-sarif = A SARIF 2.1.0 log (for code-scanning services), columns in UTF-16 code units
cli-arg-policy-eval-format-human = For people: findings grouped by severity, with clauses and reasons
cli-arg-policy-eval-format-json = The contract's JSON (an array when several policies are given)
cli-arg-policy-eval-format-markdown = Markdown, for pasting into a memo
cli-arg-policy-eval-format-html = One HTML page, to open in a browser or print
cli-arg-policy-eval-summary-text = For a terminal: one aligned column per school
cli-arg-policy-eval-summary-json = JSON, for other tools
cli-arg-policy-eval-summary-markdown = Markdown, for a memo
cli-arg-policy-eval-summary-html = One self-contained HTML page
cli-arg-policy-eval-summary-xlsx = An `.xlsx` workbook (needs `--summary-out`)
cli-arg-policy-compare-format-table = A table for a terminal, 120 columns wide, coloured on a terminal
cli-arg-policy-compare-format-markdown = Markdown tables
cli-arg-policy-compare-format-html = One self-contained HTML page with a chart of the weekly caps
cli-arg-policy-compare-format-json = `{"{"}"policies": [...], "rows": [...]{"}"}`
cli-arg-policy-test-format-human = Each failure with what was expected and what came out, then the totals
cli-arg-policy-test-format-json = One JSON object: every test with its status and problems, and the totals
cli-arg-policy-test-format-junit = JUnit XML: one test suite per policy (for CI test reports)
cli-arg-policy-doc-format-html = One self-contained HTML page: inline style, no script, page breaks for printing
cli-arg-policy-doc-format-markdown = Markdown
cli-arg-policy-fmt-keywords-en = English keywords (`rule`, `when`)
cli-arg-policy-fmt-keywords-ru = Russian keywords (`правило`, `когда`)

## Other command errors (compare, eval --batch, serve, lsp, man, schema, completions)
cli-compare-only-case-needs-case = error: `--only case` needs a case: add `--case CASE`
cli-compare-skipping = note: skipping `{ $path }`: it declares no `policy` (a schema or a shared file)
cli-compare-no-policy = error: none of the files declares a `policy`: nothing to compare
cli-policy-error-on-case = error: policy `{ $policy }`: { $problem }
cli-cannot-write-report = error: cannot write the report: { $reason }
cli-cannot-write-completions = error: cannot write the completion script: { $reason }
cli-cannot-write-man = error: cannot write the man page: { $reason }
cli-cannot-write-schema = error: cannot write the schema: { $reason }
cli-lsp-cannot-start = error: cannot start the language server: { $reason }
cli-serve-cannot-start = error: cannot start the server: { $reason }
cli-serve-cannot-listen = error: cannot listen on { $addr }: { $reason }
cli-serve-cannot-watch = error: cannot watch the policy files: { $reason }
    help: run with `--no-watch`
cli-serve-error = error: { $reason }
cli-serve-listening = policy serve: listening on http://{ $addr }/ (Ctrl-C or SIGTERM stops)
cli-serve-failed = error: the server stopped: { $reason }
cli-serve-stopped = policy serve: stopped
cli-batch-input-error = error: { $reason }
cli-batch-cannot-create-reports = error: cannot write the reports to `{ $path }`: { $reason }
cli-batch-cannot-create-summary = error: cannot write the summary to `{ $path }`: { $reason }
cli-batch-cannot-write-reports = error: cannot write the reports: { $reason }; the batch was stopped
cli-batch-cannot-write-workbook = error: cannot write the workbook: { $reason }
cli-batch-cannot-write-summary = error: cannot write the summary: { $reason }
cli-batch-xlsx-needs-out = error: `--summary xlsx` writes a workbook: name its file with `--summary-out FILE.xlsx`
cli-batch-more-warned = warning: { $input }: { $n } more { $n ->
    [one] case
   *[other] cases
} with unknown fields { $n ->
    [one] was
   *[other] were
} not listed
cli-batch-case-error = error: { $file }: { $error }
cli-batch-policy-error = error: { $input }: { $origin }: policy `{ $policy }`: { $problem }
cli-batch-case-skipped = error: { $place }: the case is not valid; it was skipped (counted as unusable)
cli-batch-case-warning = warning: { $file }: { $warning }
cli-batch-line = { $input }: line { $n }
cli-batch-line-only = line { $n }
cli-batch-stdin = standard input
cli-man-section-name = name
cli-man-section-synopsis = synopsis
cli-man-section-description = description
cli-man-section-options = options
cli-man-section-subcommands = subcommands
cli-man-section-version = version
cli-man-section-authors = authors
cli-man-section-extra = extra
