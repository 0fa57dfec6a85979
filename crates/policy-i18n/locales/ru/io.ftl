# Why a file, a stream or an address could not be used: the reason of an I/O
# error by its kind (`policy_i18n::io_reason`), without the OS's error code.
io-not-found = файл или каталог не найден
io-permission-denied = нет прав доступа
io-is-a-directory = это каталог, а не файл
io-not-a-directory = часть пути — не каталог
io-already-exists = файл уже существует
io-not-utf8 = текст не в кодировке UTF-8
io-unexpected-eof = файл неожиданно закончился
io-storage-full = нет места на диске
io-quota-exceeded = превышена дисковая квота
io-read-only = файловая система доступна только для чтения
io-file-too-large = файл слишком большой
io-invalid-filename = недопустимое имя файла
io-broken-pipe = канал закрыт: программа, читавшая вывод, завершилась
io-addr-in-use = адрес уже занят
io-addr-not-available = адрес недоступен на этом компьютере
io-interrupted = операция прервана
io-timed-out = время ожидания истекло
