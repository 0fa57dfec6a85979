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
check-gap-declared = в таблице `{ $table }` нет строки для { $values }, а `{ $key }` объявлено как `целое { $range }`
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
