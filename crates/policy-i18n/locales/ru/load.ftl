# Why a policy file cannot be read (`policy_load::Unreadable`), besides the
# I/O errors of `io.ftl`.
load-not-utf8 = текст не в кодировке UTF-8 (недопустимый байт на позиции { $offset })
load-policy-too-large = в файле { $size } { $size ->
    [one] байт
    [few] байта
   *[many] байт
}, а политика может занимать не больше { $max }; разбейте её на файлы, связанные `use`
