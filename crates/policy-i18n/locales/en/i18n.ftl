# Examples that the tests of policy-i18n read: a plural, a decimal, a date.
i18n-example-weeks = { $n } { $n ->
    [one] week
   *[other] weeks
}
i18n-example-hours = { $hours } h
i18n-example-date = from { $date }
