# policy compare: page chrome, topics, row titles and values in words.

compare-heading = Сравнение положений
compare-heading-ids = Сравнение положений: { $ids }
compare-column-policy = положение
compare-column-school = школа
compare-column-regulation = документ
compare-column-approved = утверждено
compare-column-concept = что сравнивается
compare-approved = утверждено { $approved }
compare-legend = ≠ — школы задают одно и то же по-разному; § — пункт положения, из которого взято значение. Строки, которые есть только в одном положении, собраны отдельно в конце каждого раздела.
compare-legend-html = Знак ≠ и жёлтый фон отмечают строку, где школы задают одно и то же по-разному. Под знаком § приведены слова пункта положения (на экране — также во всплывающей подсказке). Строки, которые есть только в одном положении, собраны отдельно в конце каждого раздела.
compare-only-in = Есть только в положении { $policy }
compare-chart-caption = Предельная недельная нагрузка в каждой школе по классам, часов в неделю; заштрихованный столбик «без ограничения» — школа не устанавливает предела для этого класса.
compare-chart-title = Предельная недельная нагрузка по классам, ч
compare-chart-no-cap = без ограничения
compare-chart-axis = класс
compare-chart-value = { $hours } ч
compare-chart-tooltip = { $school }, { $grade } класс: { $value }
compare-more-clauses = … и ещё { $n } { $n ->
    [one] пункт
    [few] пункта
   *[many] пунктов
}

compare-topic-case = Дело по каждому положению
compare-topic-eligibility = Кто может обучаться по индивидуальному плану
compare-topic-cap = Предельная недельная нагрузка
compare-topic-curricula = Учебные планы: часов в неделю
compare-topic-documents = Необходимые документы
compare-topic-duties = Обязанности и права
compare-topic-deadlines = Сроки и периодичность
compare-topic-pay = Оплата
compare-topic-rules = Правила
compare-topic-provisions = Положения и внешние нормы
compare-topic-extensions = Дополнения схемы дела
compare-topic-readings = Толкования

compare-row-expression = условие (как записано)
compare-row-grades = классы
compare-row-age = возраст
compare-row-categories = категории обучающихся
compare-row-forms = формы обучения
compare-row-grouping = организация занятий
compare-row-form-conditions = условия о форме обучения
compare-row-when-not-eligible = если не подходит
compare-row-grade = { $grade } класс
compare-row-cap-source = как задан предел
compare-row-cap-exceptions = сверх предела
compare-row-curricula = учебные планы

compare-value-no-cap = без ограничения
compare-value-not-restricted = не ограничено
compare-value-any = любые
compare-value-not-decided = не определено
compare-value-none = нет
compare-value-nothing-reported = ничего не сообщается
compare-value-always = всегда
compare-value-when = если { $condition }
compare-value-required = обязательно
compare-value-not-required = не требуется
compare-value-no-requirement = нет требования
compare-value-not-covered = нет плана
compare-value-grades = { $from }–{ $to } классы
compare-value-grade = { $grade } класс
compare-value-or-note = объединено через «или» с другими условиями: см. условие целиком
compare-value-over-cap = , больше предела в { $cap }

## Дело по каждому положению (`--case`)
compare-case-eligible = право на индивидуальное обучение
compare-case-weekly-cap = предельная недельная нагрузка
compare-case-weekly-hours = недельная нагрузка
compare-case-violations = нарушения
compare-case-missing-documents = недостающие документы
compare-case-pay-mode = порядок оплаты
compare-case-teacher-bonus = повышение ставки учителя
compare-case-obligations = обязанности по делу
compare-case-violation = нарушение
compare-case-warning = предупреждение
compare-case-info = сведения
compare-case-no-finding = замечаний нет
compare-case-not-known = неизвестно
compare-case-due = срок { $date }
compare-case-applies = применяется
compare-case-may-apply = может применяться: условие не определено
compare-case-violations-count = { $n ->
    [0] нет
    [one] { $n } нарушение
    [few] { $n } нарушения
   *[many] { $n } нарушений
}
compare-case-obligations-count = { $n } { $n ->
    [one] обязанность
    [few] обязанности
   *[many] обязанностей
}{ $due ->
    [0] {""}
   *[other] , из них со сроком: { $due }
}

## Обязанности, права и сроки
compare-duty-within-after-event = срок: { $within } после события «{ $event }»
compare-duty-within-after-date = срок: { $within } со дня { $date }
compare-duty-every-term = каждую учебную четверть
compare-duty-every-trimester = каждый учебный триместр
compare-duty-every-quarter = каждый квартал (3 месяца от начала обучения)
compare-duty-right = право
compare-duty-no-deadline = без срока
compare-duty-duties-count = { $n } { $n ->
    [one] обязанность
    [few] обязанности
   *[many] обязанностей
}
compare-duty-rights-count = { $n } { $n ->
    [one] право
    [few] права
   *[many] прав
}
compare-duty-row-right = { $role } · { $key } (право)
compare-duty-row-other-duties = { $role } · прочие обязанности
compare-duty-row-other-rights = { $role } · прочие права

## Правила
compare-rule-when = , если { $condition }
compare-rule-unless = , кроме случая: { $condition }
compare-rule-except = ; исключение: { $effect }
compare-rule-allowed = допускается
compare-rule-instead = вместо этого { $outcome }

## Оплата
compare-pay-not-set = не задан
compare-pay-otherwise-when = иначе, если { $condition }
compare-pay-otherwise = в остальных случаях
compare-pay-never = никогда
compare-pay-mode-as-written = порядок оплаты (как записано)
compare-pay-mode-row = оплата: { $mode }

## Предельная нагрузка
compare-cap-table = по полю «{ $keys }»
compare-cap-norm = внешняя норма «{ $norm }»: { $value }
compare-cap-norm-unset = внешняя норма «{ $norm }», число не задано

## Положения и внешние нормы
compare-row-school-year = учебный год: четверти или триместры
compare-row-norm = внешняя норма: { $norm }
compare-norm-unset = число не задано
