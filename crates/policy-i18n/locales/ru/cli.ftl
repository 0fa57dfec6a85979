# Командная строка `policy`: заголовки clap, ошибки, которые печатает CLI, и
# (в конце) справка каждой команды и каждого аргумента под id по их месту:
# `cli-about-policy-test`, `cli-arg-policy-test-name` (`.long` — более
# длинный текст для `--help`).

## Заголовки clap
cli-usage = Использование:
cli-heading-commands = Команды
cli-heading-arguments = Аргументы
cli-heading-options = Параметры

## Ошибки в командной строке (ошибки clap, сформулированные здесь)
cli-arg-error = ошибка: { $message }
cli-arg-error-other = командная строка недопустима
cli-arg-error-value-required = для '{ $arg }' нужно значение, но оно не указано
cli-arg-error-invalid-value = недопустимое значение '{ $value }' для '{ $arg }'
cli-arg-error-invalid-value-because = недопустимое значение '{ $value }' для '{ $arg }': { $reason }
cli-arg-error-unknown-argument = неизвестный аргумент '{ $arg }'
cli-arg-error-unknown-command = неизвестная команда '{ $command }'
cli-arg-error-missing = не указаны обязательные аргументы:
cli-arg-error-conflict = аргумент '{ $arg }' нельзя использовать вместе с '{ $with }'
cli-arg-error-similar = подсказка: есть похожий: '{ $suggestion }'
cli-arg-error-more = Подробнее: '--help'.

## Ошибки и подсказки
cli-did-you-mean = подсказка: возможно, имелось в виду
cli-cannot-write-stdout = ошибка: не удалось записать в стандартный вывод: { $reason }
cli-calendar-unreadable = ошибка: не удалось прочитать календарь `{ $name }`: { $reason }
cli-calendar-invalid = ошибка: календарь `{ $name }` составлен неверно: { $reason }
    {"  "}подсказка: запишите таблицы `[[year]]` с полями `year`, `source`, `non_working` и `working`, как в поставляемом production-calendar.toml

cli-cannot-read = ошибка: не удалось прочитать `{ $path }`: { $reason }
cli-cannot-read-policy = ошибка: не удалось прочитать политику `{ $path }`: { $reason }
cli-policy-has-errors = ошибка: в политике `{ $path }` { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}; сначала исправьте их с помощью `policy check`
cli-no-version-in-force = ошибка: { $refusal }
    {"  "}подсказка: проверьте `as_of` в деле или укажите дату, по которой судить, через `--version-on`
cli-version-has-errors = ошибка: в редакции «{ $version }» политики `{ $policy }` { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}; сначала исправьте их с помощью `policy check`

cli-man-no-such-page = ошибка: `{ $name }` — не команда `policy`; есть страницы: { $pages }
cli-doc-not-a-policy = ошибка: в `{ $path }` нет `policy`: это общий файл (например, схема дела), а не Положение
    {"  "}подсказка: укажите файл политики, например policies/murmansk-16.policy
cli-schema-none = ошибка: в `{ $path }` нет схемы дела: объявите её с помощью `schema` или подключите через `use` файл, где она есть
cli-serve-token-unreadable = ошибка: не удалось прочитать файл токена `{ $path }`: { $reason }
cli-serve-token-empty = ошибка: файл токена `{ $path }` пуст
    {"  "}подсказка: запишите токен в его первой строке
cli-serve-no-policy = ошибка: ни в одном из файлов нет `policy`: обслуживать нечего
cli-version-on-start-missing = ошибка: для `--version-on start` нужна дата `request.start` из дела, а её там нет
    {"  "}подсказка: добавьте в дело `request.start` или укажите дату: `--version-on ГГГГ-ММ-ДД`

## Файлы дел
case-stdin = стандартный ввод
case-error = ошибка: { $name }: { $error }
case-warning = предупреждение: { $name }: { $warning }
case-cannot-read-stdin = ошибка: не удалось прочитать дело из стандартного ввода: { $reason }
case-unknown-format = ошибка: не удаётся определить формат `{ $name }`: называйте файлы дел `*.json`, `*.yaml`, `*.yml` или `*.toml`
case-cannot-read = ошибка: не удалось прочитать дело `{ $name }`: { $reason }
case-invalid = ошибка: дело `{ $name }` недопустимо ({ $n } { $n ->
    [one] ошибка
    [few] ошибки
   *[many] ошибок
}); ничего не оценивалось

## Справка команд и их аргументов
cli-about-policy = Команда `policy`: проверка, вычисление, тесты, покрытие и другие инструменты языка политик
cli-arg-policy-calendar = Добавить годы в производственный календарь, по которому считаются рабочие дни: файл TOML в формате поставляемых данных (`[[year]]` с `year`, `source`, `non_working`, `working`)
cli-arg-policy-lang = Язык сообщений, отчётов и справки: `ru` или `en`. По умолчанию — русский для политики с русскими ключевыми словами, иначе язык локали (LC_ALL, LC_MESSAGES, LANG), иначе русский
cli-arg-policy-help = Показать справку
cli-arg-policy-version = Показать версию
cli-about-policy-check = Проверить политики на ошибки: синтаксис, имена, типы, диапазоны классов, учебные планы, ссылки на пункты
cli-arg-policy-check-paths = Файлы политик или папки (в них ищутся все `*.policy`)
cli-arg-policy-check-format = Формат вывода
cli-about-policy-eval = Оценить дело одного ученика по одной или нескольким политикам
cli-arg-policy-eval-policies = Политика, по которой оценивается дело; повторите, чтобы оценить по нескольким
cli-arg-policy-eval-case = Файл дела (`.json`, `.yaml`, `.toml`) или `-` для JSON из стандартного ввода; с `--batch` — файл JSON Lines (по делу в строке), `-` для JSON Lines из стандартного ввода или папка с файлами дел
cli-arg-policy-eval-format = Формат вывода (отчёта по одному делу)
cli-arg-policy-eval-batch = Оценить много дел: каждая строка CASE (или каждый файл папки CASE) — одно дело; печатает итог по каждой школе, а с `--reports` — и отчёты
cli-arg-policy-eval-reports = С `--batch`: записать отчёты в FILE как JSON Lines, по строке на дело и политику (отчёт `--format json`) (`-` — стандартный вывод)
cli-arg-policy-eval-summary = С `--batch`: формат итога
cli-arg-policy-eval-summary_out = С `--batch`: записать итог в FILE (`-` — стандартный вывод; для `xlsx` обязателен); по умолчанию итог идёт в стандартный вывод, а если туда идут отчёты — в стандартный поток ошибок
cli-arg-policy-eval-as_of = Дата, на которую оценивается дело (по умолчанию — `as_of` дела, иначе сегодня)
cli-arg-policy-eval-version_on = Для политики с редакциями: оценивать по редакции, действующей на эту дату или на дату начала обучения по заявлению (`start`), а не на дату оценки
cli-about-policy-compare = Сравнить политики рядом, сопоставив их по понятиям; с `--case` — оценить дело по каждой
cli-arg-policy-compare-policies = Сравниваемые политики в порядке столбцов (папка означает свои файлы `.policy`; файлы без `policy`, например общая схема дела, пропускаются)
cli-arg-policy-compare-case = Также оценить это дело (`.json`, `.yaml`, `.toml` или `-` для JSON из стандартного ввода) по каждой политике, рядом
cli-arg-policy-compare-format = Формат вывода: `table` для терминала, `markdown` для служебной записки, `html` для одной самодостаточной страницы, `json` для других программ
cli-arg-policy-compare-only = Только эти темы, через запятую (`case` требует `--case`)
cli-arg-policy-compare-as_of = Дата, на которую оценивается дело (по умолчанию — `as_of` дела, иначе сегодня)
cli-arg-policy-compare-versions = Сравнить все редакции каждой политики (Положение в утверждённом виде и каждое изменение), от старой к новой: что изменило каждое изменение
cli-about-policy-test = Запустить тесты, написанные в политиках
cli-arg-policy-test-paths = Файлы политик или папки (по умолчанию `policies`)
cli-arg-policy-test-name = Запустить только тесты с этим именем (как оно написано после `тест`)
cli-arg-policy-test-format = Формат вывода
cli-about-policy-coverage = Перечислить процитированные пункты, на которые ничто не ссылается, и объявления без ссылки на пункт
cli-arg-policy-coverage-paths = Файлы политик или папки
cli-about-policy-doc = Напечатать политику как документ: слова каждого пункта рядом с тем, что из них делает политика
cli-arg-policy-doc-policy = Политика (для политики с редакциями — файл её последнего изменения)
cli-arg-policy-doc-format = Формат вывода: одна самодостаточная страница HTML (хорошо печатается) или Markdown
cli-arg-policy-doc-on = Для политики с редакциями: показать редакцию, действующую на эту дату (по умолчанию — последнюю)
cli-about-policy-fmt = Переписать политики в каноническом виде или перевести их ключевые слова (`--keywords en|ru`)
cli-arg-policy-fmt-paths = Файлы политик или папки (в них ищутся все `*.policy`) либо один `-`, чтобы отформатировать стандартный ввод и напечатать результат
cli-arg-policy-fmt-check = Ничего не менять: перечислить файлы, которые изменились бы, и завершиться с кодом 1, если такие есть
cli-arg-policy-fmt-diff = Ничего не менять: напечатать единый diff того, что изменилось бы, и завершиться с кодом 1, если что-то изменилось бы
cli-arg-policy-fmt-stdin_filename = Имя стандартного ввода в сообщениях об ошибках (с `-`)
cli-arg-policy-fmt-keywords = Написать все ключевые слова (и единицы) на этом языке
cli-about-policy-lsp = Обслуживать Language Server Protocol через stdio (для редакторов)
cli-arg-policy-lsp-stdio = Принимается для редакторов, которые его передают; stdio — единственный транспорт
cli-about-policy-schema = Напечатать JSON Schema формата дела, который читает политика (или файл схемы дела); с `--report` — схему отчёта eval
cli-arg-policy-schema-path = Файл политики или схемы дела (`policies/case-schema.policy`). Для политики (файла с блоком `policy`) поле `required` только тогда, когда политика его требует: оно объявлено без `?` и его читают значения, таблицы, правила, документы или обязанности политики, так что `policy eval` отклонит дело без него
cli-arg-policy-schema-declared = Для политики: требовать каждое поле, объявленное без `?`, читает его политика или нет (общий формат дела с дополнениями политики)
cli-arg-policy-schema-report = Вместо этого напечатать JSON Schema отчёта `policy eval --format json`
cli-about-policy-serve = Обслуживать вычисление по HTTP: JSON API (OpenAPI по адресу /openapi.json) и страница по адресу / для тех, у кого нет редактора
cli-arg-policy-serve-paths = Файлы политик или папки (в них ищутся все `*.policy`)
cli-arg-policy-serve-addr = Адрес, который слушать (по умолчанию локальный; для доступа извне поставьте впереди обратный прокси)
cli-arg-policy-serve-token_file = Файл с токеном (bearer), который тогда требуют `/api/` и `/metrics`
cli-arg-policy-serve-timeout = Сколько секунд может длиться запрос, прежде чем на него ответят 408
cli-arg-policy-serve-concurrency = Сколько запросов обслуживается одновременно (остальные ждут)
cli-arg-policy-serve-no_watch = Не перезагружать политики, когда меняются их файлы
cli-arg-policy-serve-quiet = Не писать журнал запросов (метод, путь, статус, время) в стандартный поток ошибок
cli-about-policy-completions = Напечатать сценарий дополнения команд для оболочки (bash, zsh, fish, powershell или elvish)
cli-arg-policy-completions-shell = Оболочка, для которой дополнять
cli-about-policy-man = Напечатать страницу руководства `policy` или одной из её команд (roff; её показывает `policy man | man -l -`)
cli-arg-policy-man-subcommand = Команда, страницу которой напечатать (по умолчанию — страница самой `policy`)
cli-about-policy-help = Показать эту справку или справку указанных команд

## Возможные значения аргументов (`{аргумент}-{значение}`)
cli-possible-values = возможные значения: { $values }
cli-possible-values-heading = Возможные значения
cli-default = по умолчанию: { $value }
cli-arg-policy-check-format-human = Для людей: со строкой исходного текста и пометками
cli-arg-policy-check-format-json = Массив сообщений в JSON
cli-arg-policy-check-format-sarif = Журнал SARIF 2.1.0 (для сервисов анализа кода), столбцы в единицах UTF-16
cli-arg-policy-eval-format-human = Для людей: выводы по степени важности, с пунктами и основаниями
cli-arg-policy-eval-format-json = JSON по контракту (массив, если политик несколько)
cli-arg-policy-eval-format-markdown = Markdown, чтобы вставить в служебную записку
cli-arg-policy-eval-format-html = Одна страница HTML: открыть в браузере или распечатать
cli-arg-policy-eval-summary-text = Для терминала: по выровненному столбцу на школу
cli-arg-policy-eval-summary-json = JSON для других программ
cli-arg-policy-eval-summary-markdown = Markdown для служебной записки
cli-arg-policy-eval-summary-html = Одна самодостаточная страница HTML
cli-arg-policy-eval-summary-xlsx = Книга `.xlsx` (нужен `--summary-out`)
cli-arg-policy-compare-format-table = Таблица для терминала шириной 120 столбцов, в цвете на терминале
cli-arg-policy-compare-format-markdown = Таблицы Markdown
cli-arg-policy-compare-format-html = Одна самодостаточная страница HTML с диаграммой недельных пределов нагрузки
cli-arg-policy-compare-format-json = `{"{"}"policies": [...], "rows": [...]{"}"}`
cli-arg-policy-test-format-human = Каждый непройденный тест с тем, что ожидалось и что получено, затем итог
cli-arg-policy-test-format-json = Один объект JSON: каждый тест с его состоянием и проблемами, и итог
cli-arg-policy-test-format-junit = JUnit XML: по набору тестов на политику (для отчётов CI)
cli-arg-policy-doc-format-html = Одна самодостаточная страница HTML: встроенные стили, без скриптов, с разрывами страниц для печати
cli-arg-policy-doc-format-markdown = Markdown
cli-arg-policy-fmt-keywords-en = Английские ключевые слова (`rule`, `when`)
cli-arg-policy-fmt-keywords-ru = Русские ключевые слова (`правило`, `когда`)

## Прочие ошибки команд (compare, eval --batch, serve, lsp, man, schema, completions)
cli-compare-only-case-needs-case = ошибка: для `--only case` нужно дело: добавьте `--case CASE`
cli-compare-skipping = примечание: `{ $path }` пропущен: в нём нет `policy` (это схема дела или общий файл)
cli-compare-no-policy = ошибка: ни в одном из файлов нет `policy`: сравнивать нечего
cli-policy-error-on-case = ошибка: политика `{ $policy }`: { $problem }
cli-cannot-write-report = ошибка: не удалось записать отчёт: { $reason }
cli-cannot-write-completions = ошибка: не удалось записать сценарий дополнения команд: { $reason }
cli-cannot-write-man = ошибка: не удалось записать страницу руководства: { $reason }
cli-cannot-write-schema = ошибка: не удалось записать схему: { $reason }
cli-lsp-cannot-start = ошибка: не удалось запустить языковой сервер: { $reason }
cli-serve-cannot-start = ошибка: не удалось запустить сервер: { $reason }
cli-serve-cannot-listen = ошибка: не удалось открыть адрес { $addr }: { $reason }
cli-serve-cannot-watch = ошибка: не удалось следить за файлами политик: { $reason }
    как исправить: запустите с `--no-watch`
cli-serve-error = ошибка: { $reason }
cli-serve-listening = policy serve: принимает запросы на http://{ $addr }/ (Ctrl-C или SIGTERM останавливает)
cli-serve-failed = ошибка: сервер остановился: { $reason }
cli-serve-stopped = policy serve: остановлен
cli-batch-input-error = ошибка: { $reason }
cli-batch-cannot-create-reports = ошибка: не удалось записать отчёты в `{ $path }`: { $reason }
cli-batch-cannot-create-summary = ошибка: не удалось записать сводку в `{ $path }`: { $reason }
cli-batch-cannot-write-reports = ошибка: не удалось записать отчёты: { $reason }; обработка остановлена
cli-batch-cannot-write-workbook = ошибка: не удалось записать книгу Excel: { $reason }
cli-batch-cannot-write-summary = ошибка: не удалось записать сводку: { $reason }
cli-batch-xlsx-needs-out = ошибка: `--summary xlsx` пишет книгу Excel: укажите её файл с помощью `--summary-out FILE.xlsx`
cli-batch-more-warned = предупреждение: { $input }: ещё { $n } { $n ->
    [one] дело
    [few] дела
   *[many] дел
} с неизвестными полями не { $n ->
    [one] показано
   *[other] показаны
}
cli-batch-case-error = ошибка: { $file }: { $error }
cli-batch-policy-error = ошибка: { $input }: { $origin }: политика `{ $policy }`: { $problem }
cli-batch-case-skipped = ошибка: { $place }: дело недопустимо; оно пропущено (учтено как непригодное)
cli-batch-case-warning = предупреждение: { $file }: { $warning }
cli-batch-line = { $input }: строка { $n }
cli-batch-line-only = строка { $n }
cli-batch-stdin = стандартный ввод
cli-man-section-name = имя
cli-man-section-synopsis = обзор
cli-man-section-description = описание
cli-man-section-options = параметры
cli-man-section-subcommands = команды
cli-man-section-version = версия
cli-man-section-authors = авторы
cli-man-section-extra = дополнительно
