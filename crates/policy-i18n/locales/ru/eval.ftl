# The evaluator's own words in a report (`policy eval`): findings it writes itself
# (a missing document, a check it could not make, a duty not done) and the facts of
# their «основания». The JSON report carries them in Russian; a report in English
# says them in English. The policy's own texts (its messages, titles, duties) stay
# in the policy's words.

## Citations of clauses.
eval-cite-one = п. { $text }
eval-cite-many = пп. { $text }

## Values in facts.
eval-none = нет
eval-not-stated = не указано

## Facts of the «основания».
eval-fact-null = { $subject }: не указано
eval-fact-uncomputable = { $subject }: не вычисляется
eval-fact-norm-unset = { $subject }: внешний норматив не задан
eval-fact-not-in-case = { $subject }: нет в деле
eval-fact-table = { $table }: { $keys } → { $row } → { $value }
eval-fact-table-no-row = { $table }: { $keys } → нет строки
eval-fact-table-uncomputable = { $table }: { $keys } → не вычисляется
eval-table-otherwise = иначе
eval-fact-exception = исключение { $name }: { $verdict ->
    [applied] применено
    [undecided] не установлено
   *[other] не применяется
}
eval-fact-not-checked = не проверено: { $because }
eval-fact-event = событие { $kind } { $date }{ $subject }
eval-fact-date = { $expr } = { $date }{ $subject }
eval-fact-deadline = срок { $within } → до { $due }
eval-fact-every = { $every } с { $start }
eval-fact-every-term = { $term ->
    [quarter] каждую четверть
   *[trimester] каждый триместр
} { $declared ->
    [yes] учебного года политики
   *[no] учебного года по умолчанию
}: { $terms }

## Why a check could not be made.
eval-blame-fields = { $n ->
    [1] в деле нет поля { $fields }
   *[other] в деле нет полей { $fields }
}
eval-blame-norm = не задан внешний норматив { $name }
eval-blame-no-row = в таблице { $table } нет строки для случая: { $keys }
eval-blame-nothing = условие не вычисляется на данных дела
eval-overflow = { $op ->
    [add] сумма часов слишком велика
    [sub] разность слишком велика
    [mul] произведение слишком велико
   *[div] частное слишком велико
}: { $expr } больше наибольшего числа ({ $max })

## Findings the evaluator writes.
eval-rule = правило { $name }
eval-document-requirement = требование документа «{ $document }»
eval-undecided = { $what } не проверено: { $because }
eval-undecided-cited = { $what } ({ $clause }) не проверено: { $because }
eval-document-missing = нет документа: { $document }
eval-document-defective = { $document } — требуется: { $required }; в деле: { $found }
eval-in-case-field = { $field } — { $value }
eval-requirement-unmet = требование не выполнено
eval-duty-unchecked = обязанность «{ $duty }» не проверена: в деле нет поля { $path }
eval-duty-unchecked-cited = обязанность «{ $duty }» ({ $clause }) не проверена: в деле нет поля { $path }
eval-after-event = после события «{ $event }»
eval-from-day = со дня { $date }
eval-duty-overdue = не исполнено в срок: { $duty } — { $start } { $date }{ $subject } до { $due } нет события «{ $event }»
eval-duty-missed = не исполнено: { $duty } — в { $period } нет события «{ $event }»
eval-period = период { $from } — { $to }
eval-term-period = { $term } ({ $from } — { $to })
eval-calendar-missing = срок не вычислен: { $duty } — { $within } { $start } считаются по производственному календарю, а в нём нет { $year } года; объявите его в политике (`производственный_календарь { $year } "источник" {"{"} нерабочие …; рабочие … {"}"}`) или добавьте файлом `--calendar FILE` (таблица `[[year]]` с `year = { $year }`, `source`, `non_working`, `working`)

## What kept a case from being judged.
eval-exceptions-conflict = правило { $rule }: исключения { $first } и { $second } применимы к делу одновременно и расходятся
eval-cannot-judge = { $problem }; дело не может быть оценено

## What `policy test` expected and what the report showed.
expect-judgeable = (дело можно оценить)
expect-no-policy-error = ни одной ошибки политики
expect-finding = { $what ->
    [violation] нарушение
    [warning] предупреждение
    [info] сведение
   *[obligation] обязанность
} со ссылкой на «{ $clause }»
expect-no-finding = ни { $what ->
    [violation] одного нарушения
    [warning] одного предупреждения
    [info] одного сведения
   *[obligation] одной обязанности
} со ссылкой на «{ $clause }»
expect-none = нет; { $findings }
expect-found = { $what ->
    [violation] нарушение
    [warning] предупреждение
   *[info] сведение
} { $clause }
expect-findings = выводы: { $items }
expect-no-findings = выводов нет
expect-absent = нет
