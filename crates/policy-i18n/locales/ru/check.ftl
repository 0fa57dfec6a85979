# Диагностика разборщика и проверки (`policy check`, редактор).
# Сообщения — со строчной буквы, без точки в конце, ввод пользователя в обратных кавычках.

check-help-prefix = как исправить:{" "}
check-summary = проверено { $files } { $files ->
    [one] файл
    [few] файла
   *[many] файлов
}: { $errors } { $errors ->
    [one] ошибка
    [few] ошибки
   *[many] ошибок
}, { $warnings } { $warnings ->
    [one] предупреждение
    [few] предупреждения
   *[many] предупреждений
}
check-line-too-long = в { $file }:{ $line }:{ $column } (строка слишком длинная, чтобы её показать: больше { $limit } байт)

## Таблицы, учебные планы и ссылки на пункты (checks.rs в policy-check)
check-overlapping-rows = строки таблицы `{ $table }` пересекаются: { $both } входит и в `{ $first }`, и в `{ $second }`
check-overlapping-rows-label = пересекается с одной из строк выше
check-overlapping-rows-earlier = строка выше
check-overlapping-rows-help = каждый класс должен попадать ровно в одну строку: сузьте один из диапазонов
check-gap-grades = { $values } { $count ->
    [1] класса
   *[other] классов
}
check-gap-values = { $count ->
    [1] значения
   *[other] значений
} { $values }
check-the-key = ключ
check-gap-declared = в таблице `{ $table }` нет строки для { $values }, а `{ $key }` по схеме может быть от { $from } до { $to }
check-gap = таблица `{ $table }` охватывает { $range }, но в ней нет строки для { $values }
check-gap-label = пропуск в этой таблице
check-gap-help = добавьте строку для недостающих значений или строку `иначе`
check-curriculum-sum-too-large = учебный план `{ $curriculum }`: часы { $count ->
    [1] { $grades } класса
   *[other] { $grades } классов
} в сумме больше наибольшего числа, которое вмещает язык ({ $max })
check-curriculum-sum-too-large-label = сумма столбца слишком велика
check-curriculum-sum-too-large-help = в недельном учебном плане десятки часов: проверьте, нет ли в ячейках этого столбца опечатки в числе
check-curriculum-grade-sum = { $grade } класс: по предметам { $sum } ч, а в строке итогов { $total } ч
check-curriculum-totals-differ = учебный план `{ $curriculum }`: сумма по предметам не совпадает со строкой итогов ({ $wrong })
check-curriculum-totals-differ-label = итоги расходятся с суммой по предметам
check-curriculum-totals-differ-help = если противоречие в самом положении, оставьте его числа и отметьте это для юриста
check-curriculum-grade-over = { $grade } класс: { $total } ч > { $limit } ч
check-curriculum-over-cap = учебный план `{ $curriculum }` превышает предельную нагрузку `{ $cap }` ({ $over })
check-curriculum-over-cap-label = итоги выше предельной недельной нагрузки
check-curriculum-over-cap-help = здесь положение противоречит само себе: отметьте это для юриста
check-curriculum-grade-without-cap = в учебном плане `{ $curriculum }` есть { $count ->
    [1] { $grades } класс, для которого
   *[other] { $grades } классы, для которых
} таблица предельной нагрузки `{ $cap }` ничего не устанавливает
check-curriculum-grade-without-cap-label = класс без предельной нагрузки
check-curriculum-grade-without-cap-help = положение не устанавливает предельную нагрузку для этого класса: отметьте это для юриста или добавьте класс в таблицу предельной нагрузки
check-clause-not-quoted = на пункт `{ $number }` есть ссылка, но сам пункт в этом положении не приведён
check-clause-not-quoted-label = ссылка на неприведённый пункт
check-clause-not-quoted-did-you-mean = может быть, имелся в виду `{ $suggestion }`? Иначе приведите пункт: пункт "{ $number }" """…"""
check-clause-not-quoted-help = приведите текст пункта: пункт "{ $number }" """…"""

## Названия типов и общие слова проверки (lower/mod.rs); `$form` — `one`
## (число) или `list`, форма после «список»
check-ty-number = { $form ->
    [list] чисел
   *[one] число
}
check-ty-bool = { $form ->
    [list] значений да/нет
   *[one] значение да/нет
}
check-ty-text = { $form ->
    [list] текстов
   *[one] текст
}
check-ty-date = { $form ->
    [list] дат
   *[one] дата
}
check-ty-duration = { $form ->
    [list] длительностей
   *[one] длительность
}
check-ty-symbol-of = { $form ->
    [list] значений из `{ $name }`
   *[one] значение из `{ $name }`
}
check-ty-symbol = { $form ->
    [list] значений перечисления
   *[one] значение перечисления
}
check-ty-list = { $form ->
    [list] списков { $inner }
   *[one] список { $inner }
}
check-ty-elements = { $form ->
    [list] элементов `{ $list }`
   *[one] элементы `{ $list }`
}
check-ty-range = { $form ->
    [list] диапазонов
   *[one] диапазон
}
check-ty-interval = { $form ->
    [list] промежутков между двумя датами
   *[one] промежуток между двумя датами
}
check-ty-null = { $form ->
    [list] значений null
   *[one] null
}
check-ty-error = { $form ->
    [list] значений неизвестного типа
   *[one] значение неизвестного типа
}
check-ty-whole-number = целое число
check-this-is = это { $ty }
check-did-you-mean = может быть, имелось в виду `{ $name }`?
check-first-declared-here = впервые объявлено здесь
check-declared-again-here = объявлено повторно здесь
check-declared-twice = { $what ->
    [calendar-year] календарный год `{ $name }` объявлен дважды
    [required-document] обязательный документ `{ $name }` объявлен дважды
    [clause] пункт `{ $name }` приведён дважды
    [policy] положение `{ $name }` объявлено дважды
    [enumeration] перечисление `{ $name }` объявлено дважды
    [role] роль `{ $name }` объявлена дважды
    [rule] правило `{ $name }` объявлено дважды
    [test] тест `{ $name }` объявлен дважды
   *[name] имя `{ $name }` объявлено дважды
}
check-declared-twice-help = переименуйте одно из них или удалите повтор

## Значения и вызовы встроенных функций (lower/values.rs, lower/calls.rs)
check-value-type-differs = значение `{ $name }` объявлено как { $declared }, а вычисляется { $computed }
check-value-type-differs-label = вычисляется здесь
check-value-type-differs-help = измените объявленный тип или выражение
check-eligible-not-bool = `eligible` должно быть значением да/нет
check-eligible-not-bool-help = запишите условие, например `pupil.grade in 1..11 and pupil.age < 18`
check-unknown-function = неизвестная функция `{ $name }`
check-unknown-function-label = такой функции нет
check-unknown-function-help = есть такие функции: { $names }
check-argument-count = `{ $func }` принимает { $count } { $count ->
    [one] аргумент
    [few] аргумента
   *[many] аргументов
}, а не { $given }
check-argument-count-range = `{ $func }` принимает { $required } или { $count } { $count ->
    [one] аргумент
    [few] аргумента
   *[many] аргументов
}, а не { $given }
check-argument-count-label = не то число аргументов
check-argument-count-help = запишите `{ $signature }`; встроенные функции описаны в справочнике языка
check-wrong-argument = `{ $func }` не принимает такой аргумент: { $ty }
check-wrong-argument-label = неподходящий аргумент
check-wrong-argument-help = встроенные функции описаны в справочнике языка
check-count-by-example = например, `{ $func }(events.missed_lesson where reason = unexcused, subject)`
check-sum-example = например, `sum(plan.subjects where subject = "Математика", hours)`
check-quantifier-example = например, `any(plan.subjects, hours > 0)`
check-sum-not-number = `sum` складывает числа, а `{ $field }` — это { $ty }
check-sum-not-number-label = поле не числовое
check-sum-not-number-help = укажите поле типа `int` или `decimal`; чтобы сосчитать элементы, запишите `count(list)`
check-not-case-list = `{ $func }` принимает элементы списка из дела, а здесь { $ty }
check-not-a-list = не список
check-second-argument-field = второй аргумент `{ $func }` — имя поля
check-second-argument-field-label = не имя поля
check-second-argument-field-help = укажите поле элементов списка, например `subject`

## Имена, пути и выражения (lower/paths.rs, lower/expr.rs)
check-group-used-as-value = `{ $group }` — группа полей, а не значение
check-group-used-as-value-label = группа полей
check-group-used-as-value-help = укажите одно из её полей, например `{ $group }.…`
check-unknown-name = неизвестное { $what ->
    [value] значение
   *[name] имя
} `{ $name }`
check-unknown-name-label = не объявлено
check-unknown-name-help = объявите его или сверьте написание со схемой дела
check-no-fields = у `{ $name }` нет поля `{ $field }`
check-no-such-field = такого поля нет
check-no-fields-help = `{ $name }` — одно значение, без полей: уберите `.{ $field }`
check-unknown-field = неизвестное поле дела `{ $name }` в `{ $of }`
check-unknown-field-label = нет в схеме дела
check-unknown-field-help = поля `{ $of }`: { $names }
check-type-mismatch = типы не совпадают
check-operand-type = `{ $op }` требует операнд такого типа: { $want }, а здесь { $ty }
check-operand-type-help = проверьте операнд
check-not-condition = условие должно давать да или нет, а здесь { $ty }
check-not-condition-label = не условие
check-not-condition-help = сравните это с чем-нибудь, например `x > 10`
check-interpolation-outside-message = подстановка `{"{"}…{"}"}` допустима только в сообщениях
check-interpolation-outside-message-label = подстановка здесь
check-interpolation-outside-message-help = экранируйте скобки как `\{"{"}` и `\{"}"}` или перенесите текст в сообщение правила
check-operator-types = `{ $op }` нельзя применить к таким операндам: { $left } и { $right }
check-operator-types-hours-dates = часы и даты сравнивать нельзя: сравнивайте дату с датой, а часы с часами
check-operator-types-span = промежуток между датами сравнивается с длительностью, например `2 months`
check-operator-types-help = типы обеих сторон должны быть совместимы
check-where-not-list = `where` отбирает элементы списка из дела, а здесь { $ty }
check-where-not-list-help = отбирайте так: `events.missed_lesson where reason = unexcused`
check-join-not-condition = `{ $op }` соединяет условия, а здесь { $ty }
check-join-not-condition-help = сначала сравните это с чем-нибудь
check-in-not-collection = `{ $op }` требует справа множество, список или диапазон, а здесь { $ty }
check-in-not-collection-label = не набор значений
check-in-not-collection-help = например, `disabled in pupil.categories` или `pupil.grade in 1..11`
check-working-days-in-expression = рабочие дни считаются только в сроке (`within 5 working days after …`)
check-working-days-in-expression-label = рабочие дни в выражении
check-working-days-in-expression-help = запишите срок как срок обязанности или укажите его в днях, неделях или месяцах

## Таблицы, расширения, правила и исключения (lower/tables.rs, lower/extend.rs, lower/rules.rs)
check-mixed-table-keys = ключи таблицы берутся либо из дела, либо из параметров, но не из того и другого сразу
check-mixed-table-keys-label = ключи смешаны
check-mixed-table-keys-help = запишите `by pupil.grade` (поиск по делу) или `by grade: int, subject: text` (таблица ставок)
check-row-width = в строке { $patterns } { $patterns ->
    [one] образец
    [few] образца
   *[many] образцов
}, а у таблицы { $keys } { $keys ->
    [one] ключ
    [few] ключа
   *[many] ключей
}
check-this-row = эта строка
check-row-width-help = запишите по одному образцу на ключ через запятую
check-row-type = эта строка даёт другой тип ({ $row }), чем строки выше ({ $earlier })
check-row-type-label = другой тип
check-row-type-help = пусть каждая строка даёт значение одного и того же типа
check-pattern-not-constant = образец строки таблицы должен быть постоянным значением
check-not-a-constant = не постоянное значение
check-pattern-not-constant-help = запишите класс, диапазон, текст или значение перечисления
check-pattern-type = ключ таблицы — { $key }, а этот образец — { $pattern }
check-pattern-type-label = образец не подходит к ключу
check-pattern-type-help = запишите образец того же типа, что и ключ
check-extend-no-enum = нет перечисления `{ $name }`, которое можно было бы расширить
check-extend-undeclared-label = не объявлено ни здесь, ни в файле из `use`
check-extend-no-enum-help = `extend enum` добавляет значения в перечисление, объявленное через `enum`: объявите его или подключите через `use` файл, где оно объявлено
check-extend-value-twice = `{ $value }` уже есть среди значений `{ $name }`
check-already-declared = уже объявлено
check-extend-value-twice-help = удалите эту строку: значение есть и без расширения
check-extend-no-schema = нет схемы дела `{ $name }`, которую можно было бы расширить
check-extend-no-schema-help = `extend schema` добавляет поля в схему, объявленную через `schema`: подключите через `use` файл, где она объявлена
check-extend-schema-is = схема дела этого положения — `{ $name }`
check-extend-field-twice = поле `{ $path }` уже объявлено
check-extend-field-twice-help = удалите эту строку: поле есть и без расширения
check-extension-clash = расширение не может изменить поле `{ $path }`: { $why }
check-extension-clash-label = другой тип
check-extension-clash-help = расширение только добавляет: назовите новое поле иначе или оставьте объявленное как есть
check-extension-clash-key = ключ списка расширением не меняется
check-extension-clash-declared-as = оно объявлено так: { $was }
check-extension-clash-record = оно объявлено как группа полей `{"{"} … {"}"}`
check-extension-clash-list = оно объявлено как список `list of {"{"} … {"}"}`
check-declared-as = { $ty }{ $range }{ $optional ->
    [yes] , необязательное (`?`)
   *[no] {""}
}
check-rule-without-outcome = правило `{ $name }` ничего не сообщает, когда срабатывает
check-rule-without-outcome-label = нет исхода
check-rule-without-outcome-help = добавьте в правило `violation "…"`, `warning "…"` или `info "…"`
check-rule-without-condition = у правила `{ $name }` нет `when`: оно срабатывает для любого дела
check-rule-without-condition-label = нет условия
check-rule-without-condition-help = добавьте `when условие`
check-unknown-rule = исключение `{ $name }` отменяет неизвестное правило `{ $rule }`
check-unknown-rule-label = такого правила нет
check-unknown-rule-help = укажите правило, объявленное в этом положении
check-exception-effect = исключение `{ $name }` должно либо разрешать (`allow`), либо давать исход
check-exception-effect-label = действие неясно
check-exception-effect-help = запишите `allow` или один исход, например `warning "…"`

## Объявления, документы, роли, перечисления, ссылки (lower/curricula.rs, decls.rs, documents.rs, roles.rs, names.rs, symbols.rs, cycles.rs, citations.rs)
check-unknown-cap = неизвестная таблица `{ $name }`
check-unknown-cap-label = такой таблицы нет
check-unknown-cap-help = укажите таблицу предельной недельной нагрузки, например `cap max_weekly_hours`
check-curriculum-row-width = в строке { $cells } { $cells ->
    [one] ячейка
    [few] ячейки
   *[many] ячеек
}, а в таблице { $grades } { $grades ->
    [one] класс
    [few] класса
   *[many] классов
}
check-curriculum-row-width-help = запишите по ячейке на каждый класс; пустую ячейку обозначьте `-`
check-unreadable-import = не удаётся прочитать `{ $path }`
check-unreadable-import-label = подключено здесь
check-unreadable-import-help = путь указывается относительно этого файла; проверьте, что файл существует
check-declared-here = объявлено здесь
check-unused-param = параметр `{ $name }` нигде не используется
check-unused-param-help = сравните его с чем-нибудь в правиле или удалите
check-unused-enum = перечисление `{ $name }` нигде не используется
check-unused-enum-help = сделайте его типом поля схемы или значения либо удалите
check-import-case-schema = подключите схему дела: `use "case-schema.policy"`
check-no-documents-list = в схеме дела нет списка `documents`
check-no-documents-list-label = документы проверить нельзя
check-no-events-list = в схеме дела нет списка `events`
check-no-events-list-label = события проверить нельзя
check-frequency-working-days = периодичность нельзя считать в рабочих днях
check-frequency-working-days-label = рабочие дни
check-frequency-working-days-help = укажите период в днях, неделях или месяцах (`every 2 weeks`)
check-frequency-not-positive = период периодичности должен быть больше нуля
check-frequency-not-positive-label = пустой период
check-frequency-not-positive-help = запишите, например, `every 14 days`
check-deadline-start = срок отсчитывается от вида события или от даты, а здесь { $ty }
check-not-a-date = не дата
check-deadline-start-help = укажите вид события (`after teacher_ill`) или дату (`after request.start`)
check-enum-value-twice = значение `{ $name }` перечислено дважды
check-enum-value-twice-label = перечислено повторно здесь
check-enum-value-twice-help = удалите повтор
check-unknown-enum-value = `{ $name }` нет среди значений `{ $enumeration }`
check-unknown-enum-value-label = нет в `{ $enumeration }`
check-unknown-enum-value-help = значения `{ $enumeration }`: { $names }
check-depends-on-itself = `{ $name }` зависит само от себя
check-depends-on-itself-label = эта ссылка замыкает круг
check-depends-on-itself-help = значение нельзя вычислить из него самого: разорвите круг
check-empty-clause-number = { $what ->
    [citation] ссылка на пункт пуста
   *[clause-number] номер пункта пуст
}
check-empty-clause-number-label = { $what ->
    [citation] пустая ссылка
   *[clause-number] пустой номер пункта
}
check-empty-clause-number-help = запишите номер пункта так, как он пронумерован в положении (`16`, `2.22`), а для ненумерованного фрагмента — слова, по которым его найти (`разд. 2, абз. 3`)
check-words-not-in-clause = слов «{ $words }» нет в { $count ->
    [one] пункте
   *[other] пунктах
} { $numbers }
check-words-not-in-clause-label = нет в пункте, на который ссылка
check-words-not-in-clause-closest = скопируйте слова из пункта точно (регистр, переносы строк и слов, тире и кавычки не важны); ближе всего фрагмент «{ $passage }»
check-words-not-in-clause-help = скопируйте слова из пункта точно

## Календарные годы, учебный год и тесты (lower/calendar_year.rs, school_year.rs, test_decls.rs)
check-not-calendar-year = `{ $year }` — не календарный год
check-not-calendar-year-label = не год
check-not-calendar-year-help = запишите год четырьмя цифрами: `calendar_year 2028 "…" {"{"} … {"}"}`
check-calendar-year-without-source = для календарного года { $year } не указан источник
check-calendar-year-without-source-label = нет источника
check-calendar-year-without-source-help = после года укажите акт, из которого взяты дни: `calendar_year { $year } "Постановление Правительства РФ от … № … «О переносе выходных дней в { $year } году»" {"{"} … {"}"}`
check-day-outside-year = { $date } — не день { $year } года
check-day-outside-year-label = день { $year } года
check-day-outside-year-help = перечислите здесь только дни { $year } года; для остальных объявите `calendar_year { $other }`
check-day-twice = день { $date } указан в календаре { $year } года дважды
check-day-twice-label = указан повторно
check-day-twice-first = впервые указан здесь
check-day-twice-help = день либо `non_working`, либо `working`: удалите одно из двух
check-working-weekday = { $date } — { $weekday ->
    [1] понедельник
    [2] вторник
    [3] среда
    [4] четверг
   *[5] пятница
}, это и так рабочий день
check-working-weekday-label = не суббота и не воскресенье
check-working-weekday-help = в `working` перечисляются только субботы и воскресенья, которые перенос делает рабочими
check-school-year-twice = учебный год объявлен дважды
check-school-year-twice-help = в положении один учебный год: удалите одно из объявлений
check-school-year-without-term = в учебном году нет ни одной четверти или триместра
check-school-year-without-term-label = в этом блоке нет `term`
check-school-year-without-term-help = перечислите учебные периоды: `term "I четверть" 09-01..10-26`
check-out-of-order = `{ $name }` нарушает календарный порядок: { $problem }
check-out-of-order-label = не по порядку
check-out-of-order-help = перечислите учебные периоды и каникулы по порядку, начиная с 1 сентября, без наложений
check-out-of-order-turns-twice = год переходит через 1 января дважды: части охватывают больше года
check-out-of-order-begins-before = эта часть начинается раньше, чем заканчивается предыдущая
check-out-of-order-same-day = эта часть начинается в тот же день, когда заканчивается предыдущая
check-out-of-order-over-a-year = части охватывают больше года
check-expected-not-constant = ожидаемое значение должно быть постоянным
check-expected-not-constant-help = запишите число, дату, текст, `true`, `false`, `null` или значение перечисления
check-expected-eligible = `eligible` может быть `true`, `false` или `null`
check-expected-eligible-label = не значение да/нет
check-expected-eligible-help = запишите `expect eligible = true`
check-expected-citation = ожидалась ссылка на пункт в кавычках
check-expected-citation-label = не ссылка на пункт
check-expected-citation-help = запишите пункты как тексты: `expect violations ["16", "5"]`
check-expected-document-kind = ожидался вид документа
check-expected-document-kind-label = не вид документа
check-expected-document-kind-help = перечислите виды документов: `expect missing [medical_certificate]`
check-test-without-case = в тесте `{ $name }` не указан файл дела
check-test-without-case-label = нет дела
check-test-without-case-help = добавьте `case "tests/…/case.yaml"`

## Схема дела (lower/schema.rs)
check-elsewhere = { " " }в `{ $file }` (строка { $line })
check-schema-twice = схема дела `{ $name }` уже объявлена{ $elsewhere }
check-schema-twice-help = положение читает одну схему дела: чтобы добавить в неё поля, запишите `extend schema { $name } {"{"} … {"}"}`, или удалите этот блок
check-second-schema = вторая схема дела `{ $name }`: уже объявлена `{ $first }`{ $elsewhere }
check-second-schema-help = положение читает одну схему дела: перенесите поля в неё
check-unknown-type = неизвестный тип `{ $name }`
check-unknown-type-label = нет такого типа или перечисления
check-unknown-type-help = используйте `int`, `decimal`, `bool`, `text`, `date`, `duration`, `set of T` или объявленное перечисление
check-field-twice = поле `{ $name }` объявлено дважды
check-field-twice-help = удалите повторное поле
check-list-key-unknown = в списке нет поля `{ $name }`, которое могло бы быть ключом
check-list-key-unknown-help = укажите одно из полей элемента
check-nested-list-element = элемент списка не может содержать группу полей или список
check-nested-list-element-label = вложено здесь
check-nested-list-element-help = перенесите поля вложенной группы прямо в элемент

## Редакции положения (versions.rs)
check-unreadable-amended = не удаётся прочитать `{ $path }` — редакцию, которую изменяет эта
check-unreadable-amended-label = изменяемая редакция указана здесь
check-version-without-date = в редакции `{ $name }` не сказано, когда она вступает в силу
check-version-without-date-label = у этой редакции нет даты
check-version-without-date-help = добавьте в блок положения `in_force ГГГГ-ММ-ДД` (`действует_с`)
check-amended-clause-missing = в изменяемой редакции нет пункта `{ $number }`
check-amended-clause-missing-label = не пункт изменяемой редакции
check-amended-clause-missing-did-you-mean = может быть, имелся в виду `{ $suggestion }`? Пункт, который изменение добавляет, приводится, но здесь не называется
check-amended-clause-missing-help = исправьте номер; пункт, который изменение добавляет, приводится, но здесь не называется
check-version-ends-before-start = редакция `{ $name }` действует по { $end }, то есть заканчивается раньше, чем вступает в силу ({ $start })
check-version-ends-before-start-label = заканчивается раньше, чем начинается
check-version-ends-before-start-help = `until` — последний день действия: он не может быть раньше `in_force`
check-versions-overlap = редакция `{ $name }` вступает в силу { $start }, когда ещё действует редакция `{ $previous }` (действует с { $previous_start }{ $previous_until })
check-versions-overlap-until = { " " }по { $date }
check-versions-overlap-label = пересекается с редакцией, которую изменяет
check-versions-overlap-help = на каждый день должна приходиться одна редакция: перенесите `in_force` на день после начала и `until` предыдущей редакции
check-versions-gap = с { $from } по { $to } не действует ни одна редакция: редакция `{ $previous }` действует по { $until }, редакция `{ $name }` — с { $start }
check-versions-gap-label = оставляет промежуток после редакции, которую изменяет
check-versions-gap-help = дело с датой в этом промежутке оценить нельзя: если промежуток — ошибка, перенесите `until` или `in_force`
check-no-version-before-first = ни одна редакция положения `{ $policy }` не действует на { $date }: первая редакция, «{ $first }», вступает в силу { $in_force }
check-no-version-in-gap = ни одна редакция положения `{ $policy }` не действует на { $date }: редакция «{ $ended }» действовала по { $until }, а следующая ещё не вступила в силу

## Разборщик (policy-syntax: explain.rs, parse.rs, nesting.rs, to_ast)
check-one-of = { $items } или { $last }
check-expected = ожидалось: { $expected }
check-expected-found = вместо `{ $found }` ожидалось: { $expected }
check-expected-here = здесь ожидалось: { $expected }
check-declaration-keyword = объявление начинается с ключевого слова: может быть, имелось в виду `{ $keyword }`?
check-declaration-keyword-help = объявление начинается с { $keywords }, … (см. справочник языка)
check-write-here = здесь ожидается: { $what }; напишите это или удалите строку
check-want-declaration = объявление
check-want-expression = выражение
check-want-operator = оператор
check-want-text = текст в кавычках
check-want-citation = ссылка на пункт `§ "…"`
check-want-name = имя
check-want-number = число
check-want-type = тип
check-want-pattern = класс, диапазон или значение
check-want-duration-unit = `days`, `weeks`, `months` или `working days`
check-want-duration = длительность `5 days`
check-want-period = период (`quarter`, `trimester`, `year`, `month`, `week`)
check-want-severity = `violation`, `warning` или `info`
check-want-enum-variant = значение перечисления
check-want-field = поле `name: type`
check-want-table-row = строка таблицы `pattern => value`
check-want-curriculum-row = строка учебного плана (`"subject" 2 2 …`, `total …` или `weeks …`)
check-want-grades-row = строка классов `grades 1 2 3 …`
check-want-rule-item = `when`, `unless` или исход (`violation "…"`)
check-want-exception-item = `when`, `allow` или исход
check-want-require = `require условие`
check-want-duty = `duty "…"` или `right "…"`
check-want-deadline = срок `within N days after событие или дата`
check-want-frequency = периодичность `every quarter`
check-want-test-item = `case "файл"` или `expect …`
check-want-closing-brace = `{"}"}`
check-want-calendar-days = `non_working` или `working` и даты (`non_working 2028-01-01, 2028-01-02`)
check-want-closing-quote = закрывающая `"` в той же строке (текст в несколько строк записывается как `"""…"""`)
check-want-something-else = что-то другое
check-file-too-deep = вложенность в файле слишком глубока для разбора
check-file-too-complex = файл слишком сложен для разбора
check-file-unparsed = файл не удалось разобрать
check-file-too-complex-label = разбор остановлен здесь
check-file-too-complex-help = разделите файл на положения поменьше или упростите выражения
check-nesting-too-deep = скобки вложены глубже чем на { $levels } { $levels ->
    [one] уровень
    [few] уровня
   *[many] уровней
}
check-nesting-too-deep-label = здесь слишком глубоко
check-nesting-outermost = самая внешняя скобка
check-split-expression = разбейте выражение на именованные значения
check-unclosed-block = не закрыта `{"{"}`
check-unclosed-block-label = этот блок нигде не закрыт
check-unclosed-block-help = добавьте `{"}"}` в конце блока
check-given-twice = дважды указано: { $what }
check-given-twice-label = указано повторно здесь
check-given-twice-help = оставьте одно: в блоке это указывается один раз
check-an-outcome = исход
check-expression-too-deep = выражение слишком длинное или вложено слишком глубоко (больше { $levels } { $levels ->
    [one] уровня
   *[other] уровней
})
check-expression-too-deep-label = слишком сложно
check-call-not-function = вызвать можно только функцию по имени
check-call-not-function-label = не функция
check-call-not-function-help = вызовите встроенную функцию по имени, например `sum(plan.subjects.hours)`
check-field-after-call = `.{ $field }` не может стоять после скобки или вызова
check-field-after-call-label = поле чего?
check-field-after-call-help = чтобы сложить поле элементов списка, укажите его вторым аргументом: `sum(plan.subjects where …, { $field })`; проверить элементы можно через `any(list, condition)` и `all(list, condition)`
check-unknown-unit = неизвестная единица длительности `{ $unit }`
check-unknown-unit-label = не единица длительности
check-unknown-unit-help = напишите одну из единиц: { $units }
check-empty-range = пустой диапазон `{ $range }`
check-empty-range-label = первая граница больше второй
check-empty-range-help = сначала напишите меньшую границу, например `1..4`
check-empty-int-range-label = в нём нет ни одного целого числа
check-empty-int-range-help = сначала напишите меньшую границу, например `int 1..12`
check-number-too-large = число `{ $number }` слишком велико
check-number-too-large-label = слишком велико
check-number-too-large-help = числа должны быть меньше 9223372036854775808
check-number-inexact = число `{ $number }` нельзя представить точно
check-number-inexact-label = вне допустимого диапазона
check-number-inexact-help = используйте не больше 28 значащих цифр
check-invalid-date = `{ $date }` — не календарная дата
check-invalid-date-label = такой даты нет
check-invalid-date-help = напишите существующую дату в виде ГГГГ-ММ-ДД, например `2025-09-01`
check-invalid-month-day = `{ $day }` — не день года
check-invalid-month-day-label = такого дня нет
check-invalid-month-day-help = напишите месяц и день в виде ММ-ДД, например `09-01` для 1 сентября
