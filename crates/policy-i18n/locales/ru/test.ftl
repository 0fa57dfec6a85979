# `policy test`: вывод для человека (ключи JSON и JUnit не переводятся).
test-failed = НЕ ПРОЙДЕН { $policy } › { $test }
test-unusable = ОШИБКА { $policy } › { $test }: дело теста непригодно
test-expected = ожидалось
test-got = получено
test-no-case = тест не называет файл дела
test-summary = { $passed ->
    [one] прошёл { $passed } тест
    [few] прошли { $passed } теста
   *[many] прошло { $passed } тестов
}, { $failed ->
    [one] не прошёл { $failed }
    [few] не прошли { $failed }
   *[many] не прошло { $failed }
}
test-no-match = ошибка: ни один тест не называется `{ $name }`
test-no-match-help = подсказка: `--name` принимает имя теста целиком, как оно написано после `тест`; запустите без него, чтобы увидеть все тесты
