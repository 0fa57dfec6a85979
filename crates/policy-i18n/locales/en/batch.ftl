# The summary of a batch (`policy eval --batch`): text, Markdown, HTML, xlsx.
batch-title = Summary: { $count } { $n ->
    [one] case
   *[other] cases
} from { $input }
batch-cases = Cases
batch-school = School
batch-judged = Cases judged
batch-unusable = Unusable cases (skipped)
batch-with-violations = Cases with violations
batch-policy-errors = The policy could not judge the case
batch-eligible = Eligible for individual education
batch-yes = yes
batch-no = no
batch-undecided = undecided
batch-pay = How the hours are paid
batch-pay-undecided = undecided
batch-violations = Violations by clause (cases violating the clause)
batch-no-clause = no clause cited
batch-documents = Missing or incomplete documents (cases)
batch-duties = Duties by role (due — the deadline has not come yet; overdue — it has passed)
batch-duty-due = { $role }: due
batch-duty-overdue = { $role }: overdue
batch-unusable-title = Unusable cases: { $count }
batch-unusable-title-first = Unusable cases: { $count } (the first { $shown } shown)
batch-sheet-summary = Summary
batch-sheet-unusable = Unusable cases
batch-sheet-figure = Figure
batch-sheet-share = share
batch-sheet-where = Where
batch-sheet-field = Field
batch-sheet-line = Line
batch-sheet-error = Error
batch-sheet-more = … and { $more } more { $n ->
    [one] case
   *[other] cases
} ({ $total } in all)
batch-origin-line = line { $line }
batch-error-syntax = unreadable (a syntax, encoding or size error)
batch-error-type = a value of the wrong type
batch-error-date = an invalid date
batch-error-negative = a negative number
batch-error-range = a number out of range
batch-error-unknown-value = an unknown enumeration value
batch-error-missing = a required field is missing
batch-cannot-read = cannot read the cases `{ $input }`: { $reason }
