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

## Tables, curricula and citations (policy-check's checks.rs)
check-overlapping-rows = rows of table `{ $table }` overlap: { $both } is in `{ $first }` and `{ $second }`
check-overlapping-rows-label = overlaps an earlier row
check-overlapping-rows-earlier = the earlier row
check-overlapping-rows-help = each grade must fall in exactly one row: narrow one of the ranges
check-gap-grades = { $count ->
   *[other] { $values }
}
check-gap-values = { $count ->
   *[other] { $values }
}
check-the-key = the key
check-gap-declared = table `{ $table }` has no row for { $values }: `{ $key }` is declared `int { $range }`
check-gap = table `{ $table }` covers { $range } but has no row for { $values }
check-gap-label = gap in this table
check-gap-help = add a row for the missing values, or an `else` row
check-curriculum-sum-too-large = curriculum `{ $curriculum }`: the hours of grade { $count ->
   *[other] { $grades }
} add up to more than the largest number the language holds ({ $max })
check-curriculum-sum-too-large-label = column sum too large
check-curriculum-sum-too-large-help = a weekly curriculum counts tens of hours: check the cells of this column for a mistyped number
check-curriculum-grade-sum = grade { $grade }: subjects add up to { $sum } but the total says { $total }
check-curriculum-totals-differ = curriculum `{ $curriculum }`: columns do not add up to the totals row ({ $wrong })
check-curriculum-totals-differ-label = totals disagree with the subjects
check-curriculum-totals-differ-help = if the regulation itself is inconsistent, keep its numbers and note it for the lawyer
check-curriculum-grade-over = grade { $grade }: { $total } h > { $limit } h
check-curriculum-over-cap = curriculum `{ $curriculum }` exceeds the cap `{ $cap }` ({ $over })
check-curriculum-over-cap-label = totals above the weekly cap
check-curriculum-over-cap-help = the regulation contradicts itself here: note it for the lawyer
check-curriculum-grade-without-cap = curriculum `{ $curriculum }` has grade { $count ->
   *[other] { $grades }
} that the cap `{ $cap }` does not cover
check-curriculum-grade-without-cap-label = grade without a cap
check-curriculum-grade-without-cap-help = the regulation sets no cap for this grade: note it for the lawyer, or add the grade to the cap table
check-clause-not-quoted = clause `{ $number }` is cited but not quoted in this policy
check-clause-not-quoted-label = cites an undeclared clause
check-clause-not-quoted-did-you-mean = did you mean `{ $suggestion }`? Otherwise quote it: clause "{ $number }" """…"""
check-clause-not-quoted-help = quote the clause: clause "{ $number }" """…"""
