# A policy's expressions in words (compare): connectives, negations, built-ins.
# English shows expressions as the policy writes them; these serve the same
# shapes should English titles exist.

words-and = { $a } and { $b }
words-or = { $a } or { $b }
words-not = not { $what }
words-not-holds = not so: { $what }
words-if = if { $condition } then { $then } else { $otherwise }
words-is = { $what }: { $value }
words-one-of = { $what } is one of: { $values }
words-none-of = { $what } is none of: { $values }
words-is-by-default = { $what }: { $value } (if not given, taken as { $default })
words-given = { $what } is given
words-not-given = { $what } is not given
words-absent = no { $what }
words-present = { $what } is there
words-in-range = { $what } from { $from } to { $to }
words-has = { $set }: { $value }
words-has-not = { $set }: not { $value }
words-in = { $what } is in { $set }
words-not-in = { $what } is not in { $set }
words-or-else = { $what } (if not given, { $otherwise })
words-where = { $elements } where { $condition }
words-null = not given
words-empty = nothing
words-count = number of { $elements }
words-some = there are { $elements }
words-none = there are no { $elements }
words-sum = sum of { $elements }
words-sum-of = sum of “{ $field }” over { $elements }
words-max-count-by = most { $elements } with one “{ $field }”
words-min-count-by = fewest { $elements } with one “{ $field }”
words-any = some of { $elements } where { $condition }
words-all = each of { $elements } where { $condition }
words-school-year-start = start of the school year of { $date }
words-school-year-end = end of the school year of { $date }
words-school-weeks-left = school weeks from { $date } to the end of the school year
words-duration-of = { $amount } { $unit ->
    [days] (days)
    [weeks] (weeks)
    [months] (months)
   *[working-days] (working days)
}
