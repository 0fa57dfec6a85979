# Ошибки и предупреждения о файле дела (JSON, YAML, TOML): policy_eval::case.
# Значения из дела приходят аргументами, уже в обратных кавычках; тексты
# разборщиков (serde_json, toml, saphyr) и ошибки ввода-вывода — как есть.

## Место в деле
case-whole = дело
case-at-line-column = { $field } (строка { $line }, столбец { $column })
case-at-line = { $field } (строка { $line })
case-at-nowhere = { $field } (без указания места)
case-did-you-mean = ; возможно, имелось в виду `{ $value }`
case-expected = ; ожидалось: { $what }

## Файл целиком
case-too-large = файл слишком велик: { $len } { $n ->
    [one] байт
    [few] байта
   *[many] байт
}, а дело принимается не больше { $max } байт (8 МиБ); проверьте, что это файл дела одного ученика
case-not-utf8 = файл не в кодировке UTF-8 (неверный байт { $offset }); сохраните его в UTF-8 (в Блокноте: «Сохранить как» → кодировка UTF-8)
case-unreadable = файл не читается: { $reason }
case-syntax = файл не читается как { $format }: { $problem }
case-too-many-values = больше { $max } { $n ->
    [one] значения
   *[other] значений
} (с раскрытыми ссылками); в деле одного ученика их на порядки меньше — проверьте, что это тот файл
case-too-deep = вложенность больше { $n } { $n ->
    [one] уровня
   *[other] уровней
}; в деле разделы вложены не глубже 3–4 уровней
case-empty = файл пуст: в нём нет ни одного раздела дела
case-duplicate-key = поле { $key } повторяется; оставьте одно

## JSON
case-json-end-of-file = конец файла
case-json-ended-before-value = файл кончился там, где ожидалось значение
case-json-single-quotes = строка в одинарных кавычках; в JSON строки пишут в двойных: "…"
case-json-anchor = якоря и ссылки (`&`, `*`) есть в YAML, но не в JSON
case-json-tag = теги (`!`) есть в YAML, но не в JSON
case-json-plus = число со знаком `+`; в JSON его пишут без плюса
case-json-no-whole-part = число без целой части; в JSON пишут 0.5, а не .5
case-json-comma-before-bracket = лишняя запятая перед закрывающей скобкой, или нет значения
case-json-comment = комментарии в JSON не допускаются
case-json-not-a-number = { $word } — не число JSON; укажите число
case-json-not-a-value = { $word } — не значение JSON; текст пишут в двойных кавычках, а true, false и null — строчными буквами (если это YAML, назовите файл .yaml)
case-json-expected-value = { $found } там, где ожидалось значение (число, "текст", true, false, null, {"{"}…{"}"} или […])
case-json-unknown-escape = неизвестная escape-последовательность; в JSON есть \" \\ \/ \b \f \n \r \t \uXXXX
case-json-control-character = управляющий символ (перевод строки, табуляция) внутри строки; в JSON его пишут как \n или \t
case-json-unclosed-string = строка не закрыта: нет закрывающей кавычки `"`
case-json-lone-surrogate = половина суррогатной пары \uD8xx без второй половины
case-json-bad-low-surrogate = неверная вторая половина суррогатной пары
case-json-not-a-character = escape \u задаёт не символ Юникода
case-json-four-hex-digits = после \u нужны четыре шестнадцатеричные цифры
case-json-leading-zero = число с ведущим нулём; в JSON пишут 3, а не 003
case-json-no-digits = после `-` нет цифр
case-json-no-fraction = после десятичной точки нет цифр; пишут 5 или 5.0, а не 5.
case-json-no-exponent = в показателе степени нет цифр
case-json-comma-before-brace = лишняя запятая перед `{"}"}`; в JSON после последнего поля запятой нет
case-json-single-quoted-key = ключ в одинарных кавычках; в JSON ключи пишут в двойных: "pupil"
case-json-expected-key = { $found } там, где ожидалось имя поля в двойных кавычках
case-json-expected-colon = { $found } там, где после имени поля ожидалось `:`
case-json-after-end = { $found } после конца дела; в файле должно быть одно значение {"{"}…{"}"}
case-json-comma-before-square = лишняя запятая перед `]`; в JSON после последнего элемента запятой нет
case-json-extra-bracket = лишняя закрывающая скобка
case-json-expected-comma-or-square = { $found } там, где ожидалось `,` или `]`
case-json-expected-comma-or-brace = { $found } там, где ожидалось `,` или `{"}"}`

## YAML
case-yaml-several-documents = в файле больше одного документа (`---`); дело — один документ, разделите файлы
case-yaml-unknown-anchor = ссылка `*` на якорь `&`, которого выше нет
case-yaml-complex-key = ключом может быть только имя поля, а не список или раздел

## Значение, как его называет сообщение
case-node-null = пусто
case-node-number = число
case-node-list = список
case-node-section = раздел

## Разделы, записи и поля
case-root-not-sections = в корне дела { $found } вместо разделов
case-not-a-section = вместо раздела { $found }
case-not-a-list = вместо списка { $found }
case-not-a-record = вместо записи { $found }
case-required-section-empty = обязательный раздел пуст
case-required-section-missing = нет обязательного раздела
case-required-field-empty = обязательное поле пусто
case-required-field-missing = нет обязательного поля
case-unknown-field = неизвестное поле: в схеме дела его нет
case-end-before-start = дата окончания { $end } раньше даты начала { $start } ({ $start_field })

## Значения
case-number-in-quotes = число { $value } записано в кавычках, как текст; уберите кавычки
case-number-inexact = число не удалось прочитать точно
case-negative = отрицательное число { $value }
case-fraction = дробное число { $value } там, где нужно целое
case-too-large-for-integer = число { $value } слишком велико для целого (больше { $max })
case-out-of-range = число { $value } вне допустимых значений { $min }..{ $max }
case-no-such-date = нет такой даты: { $value }
case-unknown-value = неизвестное значение { $value }
case-wrong-value = неверное значение { $value }

## Что ожидалось
case-expected-sections = разделы дела: pupil, request, plan, documents …
case-expected-root-sections = разделы дела (ключ: значение), например `pupil:` и `request:`
case-expected-section = раздел (ключ: значение)
case-expected-records = список записей
case-expected-record = запись (ключ: значение)
case-expected-end = дата не раньше { $start }, или null, если дата окончания неизвестна
case-expected-integer-between = целое число от { $min } до { $max }
case-expected-whole = целое неотрицательное число
case-expected-number = неотрицательное число (например, 3 или 0.25)
case-expected-bool = true или false
case-expected-text = текст
case-expected-date = дата ГГГГ-ММ-ДД
case-expected-duration = срок (например, `7 days`, `2 месяца`)
case-expected-one-of = одно из: { $values }
case-expected-enum-value = значение перечисления
case-expected-list = список, каждый элемент — { $item }
case-expected-value = значение
case-expected-date-in-force = дата, на которую действует одна из редакций положения

# A problem a YAML or TOML parser reported, in the reader's words, with the parser's own.
case-parser-problem = { $kind ->
    [duplicate-key] ключ повторяется
    [tab] табуляция вместо пробелов: отступы в YAML — только пробелы
    [unclosed] не закрыта кавычка или скобка
    [colon] двоеточие не на месте: после «ключ:» значение пишется на той же строке или с отступом на следующей; текст с двоеточием возьмите в кавычки
    [indentation] неверный отступ: поля одного уровня начинаются с одного столбца
    [structure] неверный отступ или лишний текст: ожидалось «ключ: значение» или элемент списка «- …»
    [assignment] нет знака «=» между ключом и значением
    [comma] нет запятой между элементами списка
    [key] недопустимый ключ: буквы, цифры и «_», иначе ключ в кавычках
    [value] нет значения после ключа
   *[string] неверная строка: проверьте кавычки и обратную косую черту
} ({ $original })
