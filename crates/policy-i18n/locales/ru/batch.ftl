# The summary of a batch (`policy eval --batch`): text, Markdown, HTML, xlsx.
batch-title = Сводка: { $count } { $n ->
    [one] дело
    [few] дела
   *[many] дел
} из { $input }
batch-cases = Дела
batch-school = Школа
batch-judged = Оценено дел
batch-unusable = Непригодных дел (пропущено)
batch-with-violations = Дел с нарушениями
batch-policy-errors = Положение не смогло оценить дело
batch-eligible = Право на индивидуальное обучение
batch-yes = да
batch-no = нет
batch-undecided = не определено
batch-pay = Порядок оплаты часов
batch-pay-undecided = не определён
batch-violations = Нарушения по пунктам (дел с нарушением пункта)
batch-no-clause = без ссылки на пункт
batch-documents = Недостающие или неполные документы (дел)
batch-duties = Обязанности по ролям (к сроку — срок ещё не наступил; просрочено — срок прошёл)
batch-duty-due = { $role }: к сроку
batch-duty-overdue = { $role }: просрочено
batch-unusable-title = Непригодные дела: { $count }
batch-unusable-title-first = Непригодные дела: { $count } (показаны первые { $shown })
batch-sheet-summary = Сводка
batch-sheet-unusable = Непригодные дела
batch-sheet-figure = Показатель
batch-sheet-share = доля
batch-sheet-where = Где
batch-sheet-field = Поле
batch-sheet-line = Строка
batch-sheet-error = Ошибка
batch-sheet-more = … и ещё { $more } { $n ->
    [one] дело
    [few] дела
   *[many] дел
} (всего { $total })
batch-origin-line = строка { $line }
batch-error-syntax = не читается (ошибка синтаксиса, кодировки или размера)
batch-error-type = значение не того типа
batch-error-date = неверная дата
batch-error-negative = отрицательное число
batch-error-range = число вне допустимого диапазона
batch-error-unknown-value = неизвестное значение перечисления
batch-error-missing = нет обязательного поля
batch-cannot-read = не удаётся прочитать дела `{ $input }`: { $reason }
