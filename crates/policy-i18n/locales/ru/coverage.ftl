# `policy coverage`.
coverage-every-clause-cited = на каждый процитированный пункт есть ссылка
coverage-uncited-clauses = процитированные пункты, на которые ничто не ссылается ({ $n }):
coverage-no-explanation = (над пунктом нет пояснения)
coverage-every-declaration-cites = каждое объявление ссылается на пункт
coverage-uncited-declarations = объявления без ссылки на пункт ({ $n }):
# Вид объявления (как его называет `policy_check`).
coverage-kind = { $kind ->
    [policy] политика
    [clause] пункт
    [enum] перечисление
    [record] запись
    [field] поле
    [list] список
    [param] параметр
    [value] значение
    [table] таблица
    [curriculum] учебный план
    [rule] правило
    [exception] исключение
    [document] документ
    [requirement] требование
    [role] роль
    [duty] обязанность
    [right] право
    [provision] положение
    [test] тест
   *[other] { $kind }
}
