# Examples that the tests of policy-i18n read: a plural, a decimal, a date.
i18n-example-weeks = { $n } { $n ->
    [one] неделя
    [few] недели
   *[many] недель
}
i18n-example-hours = { $hours } ч
i18n-example-date = с { $date }
