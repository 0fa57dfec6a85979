# The report of one case (`policy eval`, human and Markdown): its chrome.
report-title = Заключение по делу: { $policy }
report-case = Дело
report-as-of = Дата оценки
report-version = Редакция
report-version-text = { $version } (действует с { $from })
report-eligible-default = Право на индивидуальное обучение
report-verdict = Итог
report-yes = да
report-no = нет
report-undecided = не определено
report-verdict-text = { $violations ->
    [0] { $warnings ->
        [0] нарушений нет
       *[other] нарушений нет, { $warnings } { $warnings ->
            [one] предупреждение
            [few] предупреждения
           *[many] предупреждений
        }
    }
   *[other] { $violations } { $violations ->
        [one] нарушение
        [few] нарушения
       *[many] нарушений
    }{ $warnings ->
        [0] {""}
       *[other] , { $warnings } { $warnings ->
            [one] предупреждение
            [few] предупреждения
           *[many] предупреждений
        }
    }
}
report-violations = Нарушения
report-warnings = Предупреждения
report-infos = Сведения
report-grounds = Основания
report-reading = Толкование
report-clause = п. { $number }
report-values = Значения
report-values-name = значение
report-values-result = результат
report-value-readings = Толкования, на которых основаны значения:
report-not-stated = В Положении не указано
report-not-stated-line = { $topic } — в Положении не указано: { $text }
report-missing-documents = Недостающие или неисправные документы
report-obligations = Обязанности
report-obligations-who = кто
report-obligations-what = что
report-obligations-clause = пункт
report-obligations-due = срок
report-due = срок { $date }
report-may-apply = может применяться — условие не определено, зависит от: { $depends }
report-policy-errors = Дело не может быть оценено: ошибки политики или данных
