# The evaluator's own words in a report (`policy eval`): findings it writes itself
# (a missing document, a check it could not make, a duty not done) and the facts of
# their grounds. The JSON report carries them in Russian; a report in English
# says them in English. The policy's own texts (its messages, titles, duties) stay
# in the policy's words.

## Citations of clauses.
eval-cite-one = cl. { $text }
eval-cite-many = cls. { $text }

## Values in facts.
eval-none = none
eval-not-stated = not stated

## Facts of the grounds.
eval-fact-null = { $subject }: not stated
eval-fact-uncomputable = { $subject }: cannot be computed
eval-fact-norm-unset = { $subject }: external norm not set
eval-fact-not-in-case = { $subject }: not in the case
eval-fact-table = { $table }: { $keys } → { $row } → { $value }
eval-fact-table-no-row = { $table }: { $keys } → no row
eval-fact-table-uncomputable = { $table }: { $keys } → cannot be computed
eval-table-otherwise = otherwise
eval-fact-exception = exception { $name }: { $verdict ->
    [applied] applied
    [undecided] not established
   *[other] does not apply
}
eval-fact-not-checked = not checked: { $because }
eval-fact-event = event { $kind } { $date }{ $subject }
eval-fact-date = { $expr } = { $date }{ $subject }
eval-fact-deadline = term { $within } → by { $due }
eval-fact-every = { $every } from { $start }
eval-fact-every-term = every { $term ->
    [quarter] quarter
   *[trimester] trimester
} of the { $declared ->
    [yes] policy's school year
   *[no] default school year
}: { $terms }

## Why a check could not be made.
eval-blame-fields = { $n ->
    [1] the case has no field { $fields }
   *[other] the case has no fields { $fields }
}
eval-blame-norm = the external norm { $name } is not set
eval-blame-no-row = table { $table } has no row for the case: { $keys }
eval-blame-nothing = the condition cannot be computed from the case
eval-overflow = { $op ->
    [add] the sum of hours is too large
    [sub] the difference is too large
    [mul] the product is too large
   *[div] the quotient is too large
}: { $expr } exceeds the largest number ({ $max })

## Findings the evaluator writes.
eval-rule = rule { $name }
eval-document-requirement = the requirement of document { $document }
eval-undecided = { $what } was not checked: { $because }
eval-undecided-cited = { $what } ({ $clause }) was not checked: { $because }
eval-document-missing = missing document: { $document }
eval-document-defective = { $document } — required: { $required }; in the case: { $found }
eval-in-case-field = { $field } — { $value }
eval-requirement-unmet = the requirement is not met
eval-duty-unchecked = duty «{ $duty }» was not checked: the case has no field { $path }
eval-duty-unchecked-cited = duty «{ $duty }» ({ $clause }) was not checked: the case has no field { $path }
eval-after-event = after event { $event }
eval-from-day = from the day { $date }
eval-duty-overdue = not done in time: { $duty } — { $start } { $date }{ $subject }, by { $due } there is no event { $event }
eval-duty-missed = not done: { $duty } — in { $period } there is no event { $event }
eval-period = the period { $from } – { $to }
eval-term-period = { $term } ({ $from } – { $to })
eval-calendar-missing = due date not computed: { $duty } — { $within } { $start } are counted by the production calendar, which has no year { $year }; declare it in the policy (`calendar_year { $year } "source" {"{"} non_working …; working … {"}"}`) or add it as a file with `--calendar FILE` (a `[[year]]` table with `year = { $year }`, `source`, `non_working`, `working`)

## What kept a case from being judged.
eval-exceptions-conflict = rule { $rule }: exceptions { $first } and { $second } both apply to the case and disagree
eval-cannot-judge = { $problem }; the case cannot be judged

## What `policy test` expected and what the report showed.
expect-judgeable = (the case can be judged)
expect-no-policy-error = no policy error
expect-finding = a { $what } citing "{ $clause }"
expect-no-finding = no { $what } citing "{ $clause }"
expect-none = none; { $findings }
expect-found = { $what } { $clause }
expect-findings = findings: { $items }
expect-no-findings = no findings
expect-absent = absent
