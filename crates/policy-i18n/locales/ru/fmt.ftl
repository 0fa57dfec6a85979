# `policy fmt`: итог в стандартный поток ошибок и почему файл не отформатирован.
fmt-summary = { $changed ->
    [one] переформатирован { $changed } файл
    [few] переформатированы { $changed } файла
   *[many] переформатировано { $changed } файлов
}, { $unchanged ->
    [one] { $unchanged } уже был отформатирован
   *[other] { $unchanged } уже были отформатированы
}
fmt-summary-check = { $changed ->
    [one] будет переформатирован { $changed } файл
    [few] будут переформатированы { $changed } файла
   *[many] будет переформатировано { $changed } файлов
}, { $unchanged ->
    [one] { $unchanged } уже отформатирован
   *[other] { $unchanged } уже отформатированы
}
fmt-stdin-with-files = ошибка: `-` (стандартный ввод) нельзя форматировать вместе с файлами: укажите его один
fmt-stdin-filename-without-stdin = ошибка: `--stdin-filename` даёт имя стандартному вводу: укажите путь `-`
fmt-cannot-write = ошибка: не удалось записать `{ $name }`: { $reason }
fmt-cannot-read-stdin = ошибка: не удалось прочитать `{ $name }` (стандартный ввод): { $reason }
fmt-stdin-too-large = ошибка: `{ $name }` (стандартный ввод) больше { $max } байт, допустимых для политики; разбейте её на файлы, связанные `use`
fmt-stdin-not-utf8 = ошибка: `{ $name }` (стандартный ввод) — не текст UTF-8 (недопустимый байт на позиции { $offset })
fmt-syntax-errors = ошибка: в `{ $name }` синтаксические ошибки, файл не отформатирован
fmt-cannot-format = ошибка: `{ $name }`: { $reason }
