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
check-gap-declared = table `{ $table }` has no row for { $values }: `{ $key }` is declared `int { $from }..{ $to }`
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

## Names of types and shared words of the checker (lower/mod.rs); `$form` is
## `one` (a number) or `list`, the form after "a list of"
check-ty-number = { $form ->
    [list] number
   *[one] a number
}
check-ty-bool = { $form ->
    [list] yes/no value
   *[one] a yes/no value
}
check-ty-text = { $form ->
    [list] text
   *[one] a text
}
check-ty-date = { $form ->
    [list] date
   *[one] a date
}
check-ty-duration = { $form ->
    [list] duration
   *[one] a duration
}
check-ty-symbol-of = { $form ->
    [list] value of `{ $name }`
   *[one] a value of `{ $name }`
}
check-ty-symbol = { $form ->
    [list] enumeration value
   *[one] an enumeration value
}
check-ty-list = { $form ->
    [list] list of { $inner }
   *[one] a list of { $inner }
}
check-ty-elements = { $form ->
    [list] elements of `{ $list }`
   *[one] elements of `{ $list }`
}
check-ty-range = { $form ->
    [list] range
   *[one] a range
}
check-ty-interval = { $form ->
    [list] span between two dates
   *[one] a span between two dates
}
check-ty-null = { $form ->
    [list] null
   *[one] null
}
check-ty-error = { $form ->
    [list] unknown type
   *[one] an unknown type
}
check-ty-whole-number = a whole number
check-this-is = this is { $ty }
check-did-you-mean = did you mean `{ $name }`?
check-first-declared-here = first declared here
check-declared-again-here = declared again here
check-declared-twice = { $what ->
    [calendar-year] calendar year `{ $name }` is declared twice
    [required-document] required document `{ $name }` is declared twice
    [clause] clause `{ $name }` is declared twice
    [policy] policy `{ $name }` is declared twice
    [enumeration] enumeration `{ $name }` is declared twice
    [role] role `{ $name }` is declared twice
    [rule] rule `{ $name }` is declared twice
    [test] test `{ $name }` is declared twice
   *[name] name `{ $name }` is declared twice
}
check-declared-twice-help = rename one of them or delete the duplicate

## Values and calls of built-in functions (lower/values.rs, lower/calls.rs)
check-value-type-differs = value `{ $name }` is declared as { $declared } but computes { $computed }
check-value-type-differs-label = computed here
check-value-type-differs-help = change the declared type or the expression
check-eligible-not-bool = `eligible` must be a yes/no value
check-eligible-not-bool-help = write a condition, e.g. `pupil.grade in 1..11 and pupil.age < 18`
check-unknown-function = unknown function `{ $name }`
check-unknown-function-label = no such function
check-unknown-function-help = the functions are: { $names }
check-argument-count = `{ $func }` takes { $count } { $count ->
    [one] argument
   *[other] arguments
}, not { $given }
check-argument-count-range = `{ $func }` takes { $required } or { $count } arguments, not { $given }
check-argument-count-label = wrong number of arguments
check-argument-count-help = write `{ $signature }`; see the built-in functions in the language reference
check-wrong-argument = `{ $func }` cannot take { $ty }
check-wrong-argument-label = wrong argument
check-wrong-argument-help = see the built-in functions in the language reference
check-count-by-example = e.g. `{ $func }(events.missed_lesson where reason = unexcused, subject)`
check-sum-example = e.g. `sum(plan.subjects where subject = "Математика", hours)`
check-quantifier-example = e.g. `any(plan.subjects, hours > 0)`
check-sum-not-number = `sum` adds numbers, but `{ $field }` is { $ty }
check-sum-not-number-label = not a number field
check-sum-not-number-help = name a field of type `int` or `decimal`; to count elements, write `count(list)`
check-not-case-list = `{ $func }` takes elements of a case list, not { $ty }
check-not-a-list = not a list
check-second-argument-field = the second argument of `{ $func }` is a field name
check-second-argument-field-label = not a field name
check-second-argument-field-help = name a field of the list's elements, e.g. `subject`

## Names, paths and expressions (lower/paths.rs, lower/expr.rs)
check-group-used-as-value = `{ $group }` is a group of fields, not a value
check-group-used-as-value-label = a record
check-group-used-as-value-help = name one of its fields, e.g. `{ $group }.…`
check-unknown-name = unknown { $what ->
    [value] value
   *[name] name
} `{ $name }`
check-unknown-name-label = not declared
check-unknown-name-help = declare it, or check the spelling against the case schema
check-no-fields = `{ $name }` has no field `{ $field }`
check-no-such-field = no such field
check-no-fields-help = `{ $name }` is a single value; remove `.{ $field }`
check-unknown-field = unknown case field `{ $name }` in `{ $of }`
check-unknown-field-label = not in the case schema
check-unknown-field-help = the fields of `{ $of }` are: { $names }
check-type-mismatch = type mismatch
check-operand-type = `{ $op }` needs { $want }, not { $ty }
check-operand-type-help = check the operand
check-not-condition = a condition must be yes or no, but this is { $ty }
check-not-condition-label = not a condition
check-not-condition-help = compare it with something, e.g. `x > 10`
check-interpolation-outside-message = `{"{"}…{"}"}` interpolation is only allowed in messages
check-interpolation-outside-message-label = interpolation here
check-interpolation-outside-message-help = escape the braces as `\{"{"}` and `\{"}"}`, or move the text into a rule's message
check-operator-types = cannot use `{ $op }` with { $left } and { $right }
check-operator-types-hours-dates = hours and dates cannot be compared: compare a date with a date or hours with hours
check-operator-types-span = a span between dates compares with a duration, e.g. `2 months`
check-operator-types-help = both sides must have compatible types
check-where-not-list = `where` filters a list of the case, not { $ty }
check-where-not-list-help = filter e.g. `events.missed_lesson where reason = unexcused`
check-join-not-condition = `{ $op }` joins conditions, but this is { $ty }
check-join-not-condition-help = compare it with something first
check-in-not-collection = `{ $op }` needs a set, list or range on its right, not { $ty }
check-in-not-collection-label = not a collection
check-in-not-collection-help = e.g. `disabled in pupil.categories` or `pupil.grade in 1..11`
check-working-days-in-expression = working days are counted only in a deadline (`within 5 working days after …`)
check-working-days-in-expression-label = working days in an expression
check-working-days-in-expression-help = state the term as a deadline of a duty, or write it in days, weeks or months

## Tables, extensions, rules and exceptions (lower/tables.rs, lower/extend.rs, lower/rules.rs)
check-mixed-table-keys = a table is keyed either by the case or by parameters, not both
check-mixed-table-keys-label = mixed keys
check-mixed-table-keys-help = write `by pupil.grade` (looked up per case) or `by grade: int, subject: text` (a table of rates)
check-row-width = the row has { $patterns } patterns but the table has { $keys } keys
check-this-row = this row
check-row-width-help = write one pattern per key, separated by commas
check-row-type = this row gives { $row } but earlier rows give { $earlier }
check-row-type-label = different type
check-row-type-help = give every row a value of the same type
check-pattern-not-constant = a table pattern must be a constant
check-not-a-constant = not a constant
check-pattern-not-constant-help = write a grade, a range, a text or an enumeration value
check-pattern-type = the key is { $key } but this pattern is { $pattern }
check-pattern-type-label = mismatched pattern
check-pattern-type-help = match the key's type
check-extend-no-enum = no enumeration `{ $name }` to extend
check-extend-undeclared-label = not declared here or in a `use`d file
check-extend-no-enum-help = `extend enum` adds values to an enumeration declared with `enum`; declare it, or `use` the file that does
check-extend-value-twice = `{ $value }` is already a value of `{ $name }`
check-already-declared = already declared
check-extend-value-twice-help = delete this line: the value is there without the extension
check-extend-no-schema = no case schema `{ $name }` to extend
check-extend-no-schema-help = `extend schema` adds fields to a schema declared with `schema`; `use` the file that declares it
check-extend-schema-is = the policy's case schema is `{ $name }`
check-extend-field-twice = field `{ $path }` is already declared
check-extend-field-twice-help = delete this line: the field is there without the extension
check-extension-clash = an extension cannot change field `{ $path }`: { $why }
check-extension-clash-label = another type
check-extension-clash-help = an extension only adds: give the new field another name, or leave the declared one as it is
check-extension-clash-key = a list's key cannot be changed by an extension
check-extension-clash-declared-as = it is declared as { $was }
check-extension-clash-record = it is declared as a group of fields `{"{"} … {"}"}`
check-extension-clash-list = it is declared as a list `list of {"{"} … {"}"}`
check-declared-as = { $ty }{ $range }{ $optional ->
    [yes] , optional (`?`)
   *[no] {""}
}
check-rule-without-outcome = rule `{ $name }` says nothing when it fires
check-rule-without-outcome-label = no outcome
check-rule-without-outcome-help = add `violation "…"`, `warning "…"` or `info "…"` to the rule
check-rule-without-condition = rule `{ $name }` has no `when`: it fires for every case
check-rule-without-condition-label = no condition
check-rule-without-condition-help = add `when condition`
check-unknown-rule = exception `{ $name }` overrides an unknown rule `{ $rule }`
check-unknown-rule-label = no such rule
check-unknown-rule-help = name a rule declared in this policy
check-exception-effect = exception `{ $name }` must either `allow` or give an outcome
check-exception-effect-label = ambiguous effect
check-exception-effect-help = write `allow`, or one outcome such as `warning "…"`

## Declarations, documents, roles, enumerations, citations (lower/curricula.rs, decls.rs, documents.rs, roles.rs, names.rs, symbols.rs, cycles.rs, citations.rs)
check-unknown-cap = unknown table `{ $name }`
check-unknown-cap-label = no such table
check-unknown-cap-help = name the table of weekly caps, e.g. `cap max_weekly_hours`
check-curriculum-row-width = the row has { $cells } cells but the table has { $grades } grades
check-curriculum-row-width-help = write one cell per grade; `-` for an empty one
check-unreadable-import = cannot read `{ $path }`
check-unreadable-import-label = imported here
check-unreadable-import-help = the path is relative to this file; check that the file exists
check-declared-here = declared here
check-unused-param = parameter `{ $name }` is never used
check-unused-param-help = compare it with something in a rule, or delete it
check-unused-enum = enumeration `{ $name }` is never used
check-unused-enum-help = use it as the type of a schema field or a value, or delete it
check-import-case-schema = import the case schema with `use "case-schema.policy"`
check-no-documents-list = the case schema has no `documents` list
check-no-documents-list-label = documents cannot be checked
check-no-events-list = the case schema has no `events` list
check-no-events-list-label = events cannot be checked
check-frequency-working-days = a frequency cannot be counted in working days
check-frequency-working-days-label = working days
check-frequency-working-days-help = write the period in days, weeks or months (`every 2 weeks`)
check-frequency-not-positive = a frequency must be a positive period
check-frequency-not-positive-label = empty period
check-frequency-not-positive-help = write e.g. `every 14 days`
check-deadline-start = a deadline starts after an event type or a date, not { $ty }
check-not-a-date = not a date
check-deadline-start-help = write an event type (`after teacher_ill`) or a date (`after request.start`)
check-enum-value-twice = value `{ $name }` is listed twice
check-enum-value-twice-label = listed again here
check-enum-value-twice-help = delete the duplicate
check-unknown-enum-value = `{ $name }` is not a value of `{ $enumeration }`
check-unknown-enum-value-label = not in `{ $enumeration }`
check-unknown-enum-value-help = the values of `{ $enumeration }` are: { $names }
check-depends-on-itself = `{ $name }` depends on itself
check-depends-on-itself-label = this reference closes a cycle
check-depends-on-itself-help = a value cannot be computed from itself; break the cycle
check-empty-clause-number = { $what ->
    [citation] the citation is empty
   *[clause-number] the clause number is empty
}
check-empty-clause-number-label = { $what ->
    [citation] empty citation
   *[clause-number] empty clause number
}
check-empty-clause-number-help = write the clause's number as the regulation numbers it (`16`, `2.22`), or, for an unnumbered passage, words that find it (`разд. 2, абз. 3`)
check-words-not-in-clause = the words «{ $words }» do not occur in { $count ->
    [one] clause
   *[other] clauses
} { $numbers }
check-words-not-in-clause-label = not in the cited clause
check-words-not-in-clause-closest = copy the words exactly from the clause (case, line breaks, hyphenation, dashes and quote marks do not matter); the closest passage is «{ $passage }»
check-words-not-in-clause-help = copy the words exactly from the clause

## Calendar years, the school year and tests (lower/calendar_year.rs, school_year.rs, test_decls.rs)
check-not-calendar-year = `{ $year }` is not a calendar year
check-not-calendar-year-label = not a year
check-not-calendar-year-help = write the year's four digits: `calendar_year 2028 "…" {"{"} … {"}"}`
check-calendar-year-without-source = the calendar year { $year } does not name its source
check-calendar-year-without-source-label = no source
check-calendar-year-without-source-help = name the act its days come from after the year: `calendar_year { $year } "Постановление Правительства РФ от … № … «О переносе выходных дней в { $year } году»" {"{"} … {"}"}`
check-day-outside-year = { $date } is not a day of { $year }
check-day-outside-year-label = a day of { $year }
check-day-outside-year-help = list only days of { $year } here; declare `calendar_year { $other }` for the others
check-day-twice = { $date } is listed twice in { $year }
check-day-twice-label = listed again
check-day-twice-first = first listed here
check-day-twice-help = a day is either `non_working` or `working`: delete one of them
check-working-weekday = { $date } is a { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
   *[5] Friday
}, a working day already
check-working-weekday-label = not a Saturday or a Sunday
check-working-weekday-help = `working` lists only the Saturdays and Sundays a transfer makes working
check-school-year-twice = the school year is declared twice
check-school-year-twice-help = a policy has one school year: delete one of them
check-school-year-without-term = the school year has no term
check-school-year-without-term-label = no `term` in this block
check-school-year-without-term-help = list its terms: `term "I четверть" 09-01..10-26`
check-out-of-order = `{ $name }` is out of calendar order: { $problem }
check-out-of-order-label = out of order
check-out-of-order-help = list terms and holidays in calendar order from 1 September, without overlaps
check-out-of-order-turns-twice = the year turns twice: the parts span more than a year
check-out-of-order-begins-before = it begins before the part before it ends
check-out-of-order-same-day = it starts on the day the part before it ends
check-out-of-order-over-a-year = the parts span more than a year
check-expected-not-constant = an expected value must be a constant
check-expected-not-constant-help = write a number, a date, a text, `true`, `false`, `null` or an enumeration value
check-expected-eligible = `eligible` is `true`, `false` or `null`
check-expected-eligible-label = not a yes/no value
check-expected-eligible-help = write `expect eligible = true`
check-expected-citation = expected a clause citation in quotes
check-expected-citation-label = not a citation
check-expected-citation-help = write clauses as texts: `expect violations ["16", "5"]`
check-expected-document-kind = expected a document kind
check-expected-document-kind-label = not a document kind
check-expected-document-kind-help = write document kinds: `expect missing [medical_certificate]`
check-test-without-case = test `{ $name }` names no case file
check-test-without-case-label = no case
check-test-without-case-help = add `case "tests/…/case.yaml"`

## The case schema (lower/schema.rs)
check-elsewhere = { " " }in `{ $file }` (line { $line })
check-schema-twice = case schema `{ $name }` is already declared{ $elsewhere }
check-schema-twice-help = a policy reads one case schema: to add fields to it, write `extend schema { $name } {"{"} … {"}"}`; or delete this block
check-second-schema = a second case schema `{ $name }`: `{ $first }` is declared{ $elsewhere }
check-second-schema-help = a policy reads one case schema: merge the fields into it
check-unknown-type = unknown type `{ $name }`
check-unknown-type-label = no such type or enumeration
check-unknown-type-help = use `int`, `decimal`, `bool`, `text`, `date`, `duration`, `set of T` or a declared enumeration
check-field-twice = field `{ $name }` is declared twice
check-field-twice-help = delete the duplicate field
check-list-key-unknown = the list has no field `{ $name }` to be keyed by
check-list-key-unknown-help = name one of the element's fields
check-nested-list-element = a list element cannot hold a record or list
check-nested-list-element-label = nested here
check-nested-list-element-help = flatten the element's fields

## Versions of a policy (versions.rs)
check-unreadable-amended = cannot read `{ $path }`, the version this one amends
check-unreadable-amended-label = amended here
check-version-without-date = version `{ $name }` does not say when it comes into force
check-version-without-date-label = this version has no date
check-version-without-date-help = add `in_force YYYY-MM-DD` (`действует_с`) to the policy block
check-amended-clause-missing = the amended version has no clause `{ $number }`
check-amended-clause-missing-label = not a clause of the amended version
check-amended-clause-missing-did-you-mean = did you mean `{ $suggestion }`? A clause the amendment adds is quoted without being named here
check-amended-clause-missing-help = fix the number; a clause the amendment adds is quoted without being named here
check-version-ends-before-start = version `{ $name }` ends on { $end }, before it comes into force on { $start }
check-version-ends-before-start-label = ends before it starts
check-version-ends-before-start-help = `until` is the last day in force: it must not be before `in_force`
check-versions-overlap = version `{ $name }` comes into force on { $start }, while version `{ $previous }` (in force from { $previous_start }{ $previous_until }) still is
check-versions-overlap-until = { " " }until { $date }
check-versions-overlap-label = overlaps the version it amends
check-versions-overlap-help = each day must have one version: move `in_force` after the earlier version's start and `until`
check-versions-gap = no version is in force from { $from } to { $to }: version `{ $previous }` ends on { $until }, version `{ $name }` starts on { $start }
check-versions-gap-label = leaves a gap after the version it amends
check-versions-gap-help = a case dated in the gap cannot be judged: move `until` or `in_force` if the gap is a mistake
check-no-version-before-first = no version of policy `{ $policy }` is in force on { $date }: its first version, «{ $first }», comes into force on { $in_force }
check-no-version-in-gap = no version of policy `{ $policy }` is in force on { $date }: «{ $ended }» ended on { $until } and the next has not come into force

## The parser (policy-syntax: explain.rs, parse.rs, nesting.rs, to_ast)
check-one-of = { $items } or { $last }
check-expected = expected { $expected }
check-expected-found = expected { $expected }, found `{ $found }`
check-expected-here = expected { $expected } here
check-declaration-keyword = a declaration starts with a keyword: did you mean `{ $keyword }`?
check-declaration-keyword-help = a declaration starts with { $keywords }, … (see the language reference)
check-write-here = write { $what } here, or delete the line
check-want-declaration = a declaration
check-want-expression = an expression
check-want-operator = an operator
check-want-text = a quoted text
check-want-citation = a citation `§ "…"`
check-want-name = a name
check-want-number = a number
check-want-type = a type
check-want-pattern = a grade, range or value
check-want-duration-unit = `days`, `weeks`, `months` or `working days`
check-want-duration = a duration `5 days`
check-want-period = a period (`quarter`, `trimester`, `year`, `month`, `week`)
check-want-severity = `violation`, `warning` or `info`
check-want-enum-variant = an enumeration variant
check-want-field = a field `name: type`
check-want-table-row = a table row `pattern => value`
check-want-curriculum-row = a curriculum row (`"subject" 2 2 …`, `total …` or `weeks …`)
check-want-grades-row = the row of grades `grades 1 2 3 …`
check-want-rule-item = `when`, `unless`, or an outcome (`violation "…"`)
check-want-exception-item = `when`, `allow`, or an outcome
check-want-require = `require condition`
check-want-duty = `duty "…"` or `right "…"`
check-want-deadline = a deadline `within N days after event or date`
check-want-frequency = a frequency `every quarter`
check-want-test-item = `case "file"` or `expect …`
check-want-closing-brace = `{"}"}`
check-want-calendar-days = `non_working` or `working` and dates (`non_working 2028-01-01, 2028-01-02`)
check-want-closing-quote = the closing `"` on the same line (a text over several lines is written `"""…"""`)
check-want-something-else = something else
check-file-too-deep = the file nests too deeply to parse
check-file-too-complex = the file is too complex to parse
check-file-unparsed = the file could not be parsed
check-file-too-complex-label = parsing stopped here
check-file-too-complex-help = split the file into smaller policies or simplify its expressions
check-nesting-too-deep = brackets nest more than { $levels } levels deep
check-nesting-too-deep-label = too deep here
check-nesting-outermost = the outermost bracket
check-split-expression = split the expression into named values
check-unclosed-block = unclosed `{"{"}`
check-unclosed-block-label = this block is never closed
check-unclosed-block-help = add `{"}"}` at the end of the block
check-given-twice = { $what } is given twice
check-given-twice-label = given again here
check-given-twice-help = keep one of them; the block takes a single one
check-an-outcome = an outcome
check-expression-too-deep = the expression is too long or nests too deeply (more than { $levels } levels)
check-expression-too-deep-label = too complex
check-call-not-function = only a function name can be called
check-call-not-function-label = not a function
check-call-not-function-help = call a built-in function by its name, e.g. `sum(plan.subjects.hours)`
check-field-after-call = `.{ $field }` cannot follow a bracket or a call
check-field-after-call-label = a field of what?
check-field-after-call-help = to add up a field of a list's elements, name it as the second argument: `sum(plan.subjects where …, { $field })`; `any(list, condition)` and `all(list, condition)` test the elements
check-unknown-unit = unknown unit `{ $unit }` of a duration
check-unknown-unit-label = not a unit of a duration
check-unknown-unit-help = write one of: { $units }
check-empty-range = empty range `{ $range }`
check-empty-range-label = the first bound is above the second
check-empty-range-help = write the smaller bound first, e.g. `1..4`
check-empty-int-range-label = no integer is in it
check-empty-int-range-help = write the smaller bound first, e.g. `int 1..12`
check-number-too-large = number `{ $number }` is too large
check-number-too-large-label = too large
check-number-too-large-help = numbers must be below 9223372036854775808
check-number-inexact = number `{ $number }` cannot be represented exactly
check-number-inexact-label = out of range
check-number-inexact-help = use at most 28 significant digits
check-invalid-date = `{ $date }` is not a calendar date
check-invalid-date-label = no such date
check-invalid-date-help = write a real date as YYYY-MM-DD, e.g. `2025-09-01`
check-invalid-month-day = `{ $day }` is not a day of the year
check-invalid-month-day-label = no such day
check-invalid-month-day-help = write a month and day as MM-DD, e.g. `09-01` for 1 September
