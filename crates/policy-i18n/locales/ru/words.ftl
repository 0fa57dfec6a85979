# Выражения положения словами (compare): союзы, отрицания, встроенные функции.

words-and = { $a } и { $b }
words-or = { $a } или { $b }
words-not = не { $what }
words-not-holds = не выполнено: { $what }
words-if = если { $condition }, то { $then }, иначе { $otherwise }
words-is = { $what }: { $value }
words-one-of = { $what } — одно из: { $values }
words-none-of = { $what } — ни одно из: { $values }
words-is-by-default = { $what }: { $value } (если не указано, считается: { $default })
words-given = { $what }: указано
words-not-given = { $what }: не указано
words-absent = { $what }: нет
words-present = { $what }: есть
words-in-range = { $what } от { $from } до { $to }
words-has = { $set }: { $value }
words-has-not = { $set }: не { $value }
words-in = { $what } входит в { $set }
words-not-in = { $what } не входит в { $set }
words-or-else = { $what } (если не указано — { $otherwise })
words-where = { $elements }, где { $condition }
words-null = не указано
words-empty = ничего
words-count = число: { $elements }
words-some = есть { $elements }
words-none = нет { $elements }
words-sum = сумма: { $elements }
words-sum-of = сумма «{ $field }»: { $elements }
words-max-count-by = наибольшее число на один «{ $field }»: { $elements }
words-min-count-by = наименьшее число на один «{ $field }»: { $elements }
words-any = хотя бы один из «{ $elements }», где { $condition }
words-all = каждый из «{ $elements }», где { $condition }
words-school-year-start = начало учебного года, в который входит { $date }
words-school-year-end = конец учебного года, в который входит { $date }
words-school-weeks-left = учебных недель от { $date } до конца учебного года
words-duration-of = { $amount } { $unit ->
    [days] (в днях)
    [weeks] (в неделях)
    [months] (в месяцах)
   *[working-days] (в рабочих днях)
}
