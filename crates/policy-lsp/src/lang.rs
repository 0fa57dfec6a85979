//! The language of the server's own words: a file written with Russian
//! keywords gets Russian hovers, titles and explanations; an English one gets
//! English. Diagnostics are in the same language, worded as `policy check`
//! words them.

use policy_check::model::FileId;
use policy_i18n::Lang;
use policy_syntax::{Keyword, KeywordLanguage};

use crate::analysis::RootAnalysis;

/// The language of what the server says about file `id`: that of its keywords.
pub fn of_file(ra: &RootAnalysis, id: FileId) -> Lang {
    match ra.language(id) {
        KeywordLanguage::Russian => Lang::Ru,
        KeywordLanguage::English => Lang::En,
    }
}

/// What a keyword means, in `language` (English meanings come from `policy-syntax`).
pub fn meaning(keyword: Keyword, language: KeywordLanguage) -> &'static str {
    match language {
        KeywordLanguage::English => keyword.meaning(),
        KeywordLanguage::Russian => meaning_ru(keyword),
    }
}

/// What a keyword means, in Russian.
pub fn meaning_ru(keyword: Keyword) -> &'static str {
    use Keyword::*;
    match keyword {
        Policy => "Начинает сведения о положении: идентификатор, школа, название, утверждение и источник.",
        Use => "Подключает объявления другого файла (обычно схемы дела).",
        Clause => "Приводит пункт положения дословно, чтобы отчёты и подсказки могли показать его текст.",
        Enum => "Объявляет перечисление: закрытый список именованных значений.",
        Schema => "Объявляет поля дела, которые читает положение, с их типами.",
        Param => "Объявляет внешний параметр: норму, которую положение называет, но не приводит её значения.",
        Value => "Объявляет вычисляемое значение; оно попадает в раздел `values` отчёта.",
        Table => "Объявляет таблицу, в которой значение ищется по ключу, например по классу обучающегося.",
        Curriculum => "Объявляет учебный план: предметы × классы со строкой итогов.",
        Rule => "Объявляет правило: условие, при выполнении которого в отчёте появляется находка.",
        Exception => "Объявляет исключение, которое отменяет правило, когда выполнено его условие.",
        Document => "Объявляет обязательный документ, условия, при которых он нужен, и требования к нему.",
        Role => "Объявляет роль (учитель, администрация, родители) с её обязанностями и правами.",
        Provision => "Объявляет положение, в котором нечего вычислять (сохраняется для сравнения и подсказок).",
        Test => "Объявляет тест: файл дела и то, что должен показать отчёт по нему.",
        Extend => "Дополняет объявленное перечисление значениями или объявленную схему дела полями: `дополнить перечисление document_kind { contract \"договор\" }`.",
        School => "Полное название школы.",
        Title => "Название положения.",
        Approved => "Дата и акт, которым положение утверждено.",
        Source => "Файл или издание, из которого взято положение.",
        Version => "Название этой редакции положения (`ред. 2`).",
        Amends => "Файл редакции, которую изменяет эта, и пункты, которые она меняет.",
        InForce => "Дата вступления этой редакции в силу.",
        Until => "Последний день действия этой редакции (необязательно).",
        Set => "Тип «множество»: `множество из T`.",
        List => "Тип «список»: `список из { … }`.",
        Of => "Указывает тип элементов множества или списка.",
        Keyed => "Указывает поле, по которому выбирается элемент списка: `documents.medical_certificate`.",
        Int => "Целочисленный тип, можно с диапазоном: `целое 1..12`.",
        Decimal => "Точное десятичное число (часы, проценты).",
        Bool => "Логический тип: да или нет.",
        Text => "Текстовый тип.",
        Date => "Тип «календарная дата».",
        Duration => "Тип «срок»: дни, недели, календарные месяцы.",
        By => "Указывает ключ, по которому ищется строка таблицы.",
        Cap => "Указывает таблицу предельной недельной нагрузки, которой должны соответствовать итоги учебного плана.",
        Grades => "Строка классов — заголовки столбцов учебного плана.",
        Total => "Строка итогов учебного плана: сумма строк предметов.",
        Weeks => "Строка с продолжительностью учебного года в неделях.",
        When => "Условие, при котором применяется правило, исключение, документ или обязанность.",
        Unless => "Условие, при котором правило не срабатывает.",
        Violation => "Находка: дело нарушает положение.",
        Warning => "Находка: допустимо, но требует внимания, или положение здесь неоднозначно.",
        Info => "Находка для сведения.",
        For => "Указывает правило, которое отменяет исключение.",
        Allow => "Исключение разрешает делу пройти правило.",
        Require => "Требование, которому должен отвечать обязательный документ.",
        Duty => "Обязанность роли; с `в_течение` или `каждые` она проверяется по событиям дела.",
        Right => "Право роли.",
        Within => "Срок: `в_течение 7 дней после teacher_ill`, `в_течение 5 рабочих дней после request.start`.",
        After => "Событие или дата дела, с которых отсчитывается срок.",
        FulfilledBy => "Событие, которым обязанность считается исполненной.",
        Every => "Периодичность: `каждый квартал`, `каждые 14 дней`.",
        Quarter => "Период в три календарных месяца от начала обучения (не учебная четверть: см. `четверть`).",
        Trimester => "Учебный триместр: `каждый триместр` проверяет каждый триместр учебного года (каникулы — не триместр); также триместр в `учебный_год`.",
        Year => "Период в двенадцать календарных месяцев.",
        Month => "Период в один календарный месяц.",
        Week => "Период в семь дней.",
        Case => "Файл дела, по которому выполняется тест.",
        Expect => "Что должен показать отчёт теста.",
        No => "Отрицание ожидания: `ожидать нет нарушение § \"16\"`.",
        Violations => "Точный набор нарушенных пунктов, который ожидает тест.",
        Missing => "Точный набор недостающих документов, который ожидает тест.",
        And => "Выполнены оба условия.",
        Or => "Выполнено хотя бы одно условие.",
        Not => "Отрицание.",
        In => "Принадлежность множеству, списку или диапазону.",
        If => "Значение по условию: `если c то a иначе b`.",
        Then => "Значение `если`, когда условие выполнено.",
        Else => "Значение `если` в остальных случаях; в таблице — строка для всех прочих ключей.",
        Where => "Отбор элементов списка: `events.missed_lesson где reason = unexcused`.",
        Null => "Нет значения (например, неизвестная дата окончания).",
        True => "Логическая истина.",
        False => "Логическая ложь.",
        // ---- school year (issue 15)
        SchoolYear => "Объявляет учебный год: четверти или триместры и каникулы по датам без года (`четверть \"I четверть\" 09-01..10-26`). Без объявления действует учебный год по умолчанию (ФОП, приказ Минпросвещения № 370): 01.09–26.10, 05.11–28.12, 09.01–29.03, 07.04–26.05.",
        Term => "Учебная четверть: `каждую четверть` проверяет каждую четверть учебного года, каникулы не считаются, незакончившаяся четверть ещё не нарушение (в отличие от `квартал` — трёх месяцев от начала обучения). По умолчанию: 01.09–26.10, 05.11–28.12, 09.01–29.03, 07.04–26.05. Также четверть в `учебный_год`.",
        Holidays => "Каникулы между четвертями (триместрами) в `учебный_год`: не входят ни в одну четверть.",
        // ---- calendar year (issue 15)
        CalendarYear => "Объявляет год производственного календаря для сроков в рабочих днях: `производственный_календарь 2028 \"Постановление Правительства РФ …\" { нерабочие 2028-01-01, … рабочие … }`. Для этой политики заменяет поставляемый год и год из `--calendar` с тем же номером.",
        NonWorking => "Нерабочие дни года производственного календаря, кроме обычных суббот и воскресений: праздники (ст. 112 ТК РФ) и перенесённые выходные.",
        Working => "Субботы и воскресенья, которые перенос делает рабочими днями в `производственный_календарь`.",
        // readings and silence
        Reading => "Толкование, выбранное там, где текст положения допускает разные прочтения; отчёты показывают его рядом с каждой находкой и значением, которые на нём основаны.",
        NotStated => "Положение молчит о предмете: отчёты и сравнение пишут «в Положении не указано».",
        TopicEligibility => "Предмет «основания индивидуального обучения» (после `не_указано`).",
        TopicCaps => "Предмет «предельная недельная нагрузка» (после `не_указано`).",
        TopicCurricula => "Предмет «учебные планы» (после `не_указано`).",
        TopicDocuments => "Предмет «необходимые документы» (после `не_указано`).",
        TopicDuties => "Предмет «обязанности и права участников» (после `не_указано`).",
        TopicDeadlines => "Предмет «сроки и периодичность» (после `не_указано`).",
        TopicPay => "Предмет «оплата труда педагогов» (после `не_указано`).",
    }
}

/// The server's own short phrases, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phrase {
    /// Heading of a keyword hover.
    Keyword,
    /// A computed value.
    Value,
    /// A table.
    Table,
    /// An external parameter.
    Param,
    /// A rule.
    Rule,
    /// An exception.
    Exception,
    /// An enumeration.
    Enum,
    /// A value of an enumeration.
    EnumValue,
    /// A field of the case.
    CaseField,
    /// A list of the case.
    CaseList,
    /// A field of each element of a list.
    ElementField,
    /// A group of fields.
    Record,
    /// A clause.
    Clause,
    /// A curriculum.
    Curriculum,
    /// A role.
    Role,
    /// A provision.
    Provision,
    /// A test.
    Test,
    /// The policy.
    Policy,
    /// "optional" (a field may be absent).
    Optional,
    /// "clause not quoted in this policy".
    ClauseNotQuoted,
    /// "no value: the school fills it in".
    NoValue,
    /// "Run test".
    RunTest,
    /// "Replace with".
    ReplaceWith,
    /// "type".
    Type,
    /// "rows".
    Rows,
    /// "cited clause".
    Cites,
    /// "document kind".
    DocumentKind,
    /// "built-in function".
    Function,
    /// "keyed by".
    KeyedBy,
    /// "more lines".
    More,
    /// Added to the shared schema by an `extend` declaration.
    Extension,
}

/// `phrase` in `language`.
pub fn phrase(phrase: Phrase, language: KeywordLanguage) -> &'static str {
    use Phrase::*;
    let (en, ru) = match phrase {
        Keyword => ("keyword", "ключевое слово"),
        Value => ("value", "значение"),
        Table => ("table", "таблица"),
        Param => ("parameter", "параметр"),
        Rule => ("rule", "правило"),
        Exception => ("exception", "исключение"),
        Enum => ("enumeration", "перечисление"),
        EnumValue => ("enumeration value", "значение перечисления"),
        CaseField => ("case field", "поле дела"),
        CaseList => ("case list", "список в деле"),
        ElementField => ("field of each element", "поле элемента списка"),
        Record => ("group of case fields", "группа полей дела"),
        Clause => ("clause", "пункт"),
        Curriculum => ("curriculum", "учебный план"),
        Role => ("role", "роль"),
        Provision => ("provision", "положение"),
        Test => ("test", "тест"),
        Policy => ("policy", "положение (политика)"),
        Optional => ("optional: may be absent", "необязательное: может отсутствовать"),
        ClauseNotQuoted => ("the clause is not quoted in this policy", "пункт не приведён в этом положении"),
        NoValue => ("no value: the school fills it in", "значение не задано: школа указывает его сама"),
        RunTest => ("▶ Run test", "▶ Запустить тест"),
        ReplaceWith => ("Replace with", "Заменить на"),
        Type => ("type", "тип"),
        Rows => ("rows", "строки"),
        Cites => ("cites", "ссылается на"),
        DocumentKind => ("document kind", "вид документа"),
        Function => ("built-in function", "встроенная функция"),
        KeyedBy => ("keyed by", "ключ"),
        More => ("more lines", "ещё строк"),
        Extension => (
            "added to the shared case schema by this policy's `extend`",
            "добавлено к общей схеме дела объявлением `дополнить` этого положения",
        ),
    };
    match language {
        KeywordLanguage::English => en,
        KeywordLanguage::Russian => ru,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keyword_has_a_russian_meaning_in_cyrillic() {
        for k in Keyword::ALL {
            let ru = meaning_ru(*k);
            assert!(ru.chars().any(|c| ('а'..='я').contains(&c)), "{k:?}");
            assert!(!meaning(*k, KeywordLanguage::English).is_empty());
        }
    }
}
