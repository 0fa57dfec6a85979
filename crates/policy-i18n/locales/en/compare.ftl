# policy compare: page chrome, topics, row titles and values in words.

compare-heading = Policies compared
compare-heading-ids = Policies compared: { $ids }
compare-column-policy = policy
compare-column-school = school
compare-column-regulation = regulation
compare-column-approved = approved
compare-column-concept = concept
compare-approved = approved { $approved }
compare-legend = ≠ marks a row where the schools set the same thing differently; § the clause each value comes from. Rows that only one policy has are grouped at the end of each section.
compare-legend-html = ≠ and a yellow background mark a row where the schools set the same thing differently. Under § are the words of the clause (on screen also in a tooltip). Rows that only one policy has are grouped at the end of each section.
compare-only-in = Only in { $policy }
compare-chart-caption = The weekly cap per grade in each school, hours a week; a hatched bar marked “no cap” where a school sets no limit for that grade.
compare-chart-title = Weekly cap per grade, h
compare-chart-no-cap = no cap
compare-chart-axis = grade
compare-chart-value = { $hours } h
compare-chart-tooltip = { $school }, grade { $grade }: { $value }
compare-more-clauses = … and { $n } more { $n ->
    [one] clause
   *[other] clauses
}

compare-topic-case = The case under each policy
compare-topic-eligibility = Eligibility
compare-topic-cap = Weekly cap
compare-topic-curricula = Curriculum totals
compare-topic-documents = Required documents
compare-topic-duties = Duties and rights
compare-topic-deadlines = Deadlines and frequencies
compare-topic-pay = Pay
compare-topic-rules = Rules
compare-topic-provisions = Provisions and external norms
compare-topic-extensions = Case schema extensions
compare-topic-readings = Readings

compare-row-expression = eligible (as written)
compare-row-grades = grades
compare-row-age = age
compare-row-categories = categories of pupils
compare-row-forms = forms of education
compare-row-grouping = grouping
compare-row-form-conditions = conditions on the form
compare-row-when-not-eligible = when not eligible
compare-row-grade = grade { $grade }
compare-row-cap-source = how the cap is set
compare-row-cap-exceptions = above the cap
compare-row-curricula = curricula

compare-value-no-cap = no cap
compare-value-not-restricted = not restricted
compare-value-any = any
compare-value-not-decided = not decided
compare-value-none = none
compare-value-nothing-reported = nothing reported
compare-value-always = always
compare-value-when = when { $condition }
compare-value-required = required
compare-value-not-required = not required
compare-value-no-requirement = no requirement
compare-value-not-covered = not covered
compare-value-grades = grades { $from }–{ $to }
compare-value-grade = grade { $grade }
compare-value-or-note = combined by “or” with other conditions: see the whole condition
compare-value-over-cap = , over the cap of { $cap }

## The case under each policy (`--case`)
compare-case-eligible = eligible
compare-case-weekly-cap = weekly cap
compare-case-weekly-hours = weekly hours
compare-case-violations = violations
compare-case-missing-documents = missing documents
compare-case-pay-mode = pay mode
compare-case-teacher-bonus = teacher bonus
compare-case-obligations = obligations
compare-case-violation = violation
compare-case-warning = warning
compare-case-info = info
compare-case-no-finding = no finding
compare-case-not-known = not known
compare-case-due = due { $date }
compare-case-applies = applies
compare-case-may-apply = may apply: its condition is not decided
compare-case-violations-count = { $n ->
    [0] none
    [one] { $n } violation
   *[other] { $n } violations
}
compare-case-obligations-count = { $n } { $n ->
    [one] obligation
   *[other] obligations
}{ $due ->
    [0] {""}
   *[other] , { $due } with a due date
}

## Duties, rights and deadlines
compare-duty-within-after-event = within { $within } after the event “{ $event }”
compare-duty-within-after-date = within { $within } from { $date }
compare-duty-every-term = every school term
compare-duty-every-trimester = every school trimester
compare-duty-every-quarter = every quarter (3 months from the start)
compare-duty-right = right
compare-duty-no-deadline = no deadline
compare-duty-duties-count = { $n } { $n ->
    [one] duty
   *[other] duties
}
compare-duty-rights-count = { $n } { $n ->
    [one] right
   *[other] rights
}
compare-duty-row-right = { $role } · { $key } (right)
compare-duty-row-other-duties = { $role } · other duties
compare-duty-row-other-rights = { $role } · other rights

## Rules
compare-rule-when = {" "}when { $condition }
compare-rule-unless = {" "}unless { $condition }
compare-rule-except = ; except: { $effect }
compare-rule-allowed = allowed
compare-rule-instead = { $outcome } instead

## Pay
compare-pay-not-set = not set
compare-pay-otherwise-when = otherwise, when { $condition }
compare-pay-otherwise = otherwise
compare-pay-never = never
compare-pay-mode-as-written = pay mode (as written)
compare-pay-mode-row = pay: { $mode }

## The weekly cap
compare-cap-table = by { $keys }
compare-cap-norm = external norm { $norm } = { $value }
compare-cap-norm-unset = external norm { $norm }, no number given

## Provisions and external norms
compare-row-school-year = school year · terms
compare-row-norm = norm · { $norm }
compare-norm-unset = no number given
