# The diagnostics of the parser and the checker (`policy check`, the editor).
# English wording is the reference's; every message is lowercase, without a
# trailing period, user input in backticks.

check-help-prefix = help:{" "}
check-summary = checked { $files } { $files ->
    [one] file
   *[other] files
}: { $errors } { $errors ->
    [one] error
   *[other] errors
}, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
}
check-line-too-long = at { $file }:{ $line }:{ $column } (the line is too long to show: more than { $limit } bytes)
