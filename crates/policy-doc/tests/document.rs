//! What a lawyer reads in `policy doc`: the clauses in the regulation's order
//! with what rests on each, links both ways, unencoded clauses with their
//! reasons, versions and a clause's history, in Russian and English.

mod common;

use std::collections::HashSet;

use common::{checked, AMENDMENT};
use policy_doc::{html, markdown};
use policy_i18n::Lang;
use scraper::{Html, Selector};

fn page(path: &str, lang: Lang) -> String {
    let (ws, checked) = checked(path);
    html::render(&policy_doc::build(&ws, &checked.model, lang))
}

fn select(s: &str) -> Selector {
    Selector::parse(s).expect("a valid selector")
}

fn text_of(doc: &Html, selector: &str) -> String {
    doc.select(&select(selector)).next().map(|e| e.text().collect::<String>()).unwrap_or_default()
}

#[test]
fn every_link_has_its_target_and_ids_are_unique() {
    for path in [
        "policies/murmansk-16.policy",
        "policies/samara-99.policy",
        "policies/privolzhye-1.policy",
        "policies/balashikha-7.policy",
        AMENDMENT,
    ] {
        let doc = Html::parse_document(&page(path, Lang::Ru));
        let mut ids = HashSet::new();
        for e in doc.select(&select("[id]")) {
            let id = e.value().attr("id").unwrap_or_default();
            assert!(ids.insert(id.to_string()), "{path}: id `{id}` twice");
        }
        let links: Vec<&str> = doc.select(&select("a[href]")).filter_map(|a| a.value().attr("href")).collect();
        assert!(links.len() > 50, "{path}: only {} links", links.len());
        for href in links {
            let target = href.strip_prefix('#').unwrap_or_else(|| panic!("{path}: a link leaves the page: {href}"));
            assert!(ids.contains(target), "{path}: link to #{target}, which is not on the page");
        }
    }
}

#[test]
fn the_page_is_self_contained_and_needs_no_script() {
    let html = page(AMENDMENT, Lang::Ru);
    let doc = Html::parse_document(&html);
    assert_eq!(doc.select(&select("script, link, img, iframe, object")).count(), 0);
    assert!(!html.contains("http://") && !html.contains("https://"), "a network address on the page");
    assert!(html.contains("@media print") && html.contains("break-before: page"), "no print style");
}

#[test]
fn each_rule_links_to_its_clause_and_the_clause_lists_it() {
    let doc = Html::parse_document(&page(AMENDMENT, Lang::Ru));
    let rule = select("#rule-weekly_load");
    let rule = doc.select(&rule).next().expect("the rule weekly_load is shown");
    let cites: Vec<&str> = rule.select(&select(".cites a")).filter_map(|a| a.value().attr("href")).collect();
    assert_eq!(cites, ["#clause-16"]);
    let rests: Vec<&str> = doc.select(&select("#clause-16 .rests a")).filter_map(|a| a.value().attr("href")).collect();
    assert!(rests.contains(&"#rule-weekly_load") && rests.contains(&"#table-max_weekly_hours"), "{rests:?}");
    // The clause's words are the amendment's, beside the rule's condition in words.
    assert!(text_of(&doc, "#clause-16 blockquote").contains("В V - VIII классах - до 12 часов;"));
    let rule_text = text_of(&doc, "#rule-weekly_load");
    assert!(rule_text.contains("weekly_hours > max_weekly_hours"), "{rule_text}");
    assert!(rule_text.contains("нарушение: «Недельная нагрузка"), "{rule_text}");
    let table = text_of(&doc, "#table-max_weekly_hours");
    assert!(table.contains("5..8") && table.contains("V–VIII") && table.contains("12 ч"), "{table}");
}

#[test]
fn duties_show_deadlines_and_frequencies_in_words() {
    let doc = Html::parse_document(&page("policies/murmansk-16.policy", Lang::Ru));
    let all: String = doc.select(&select("#clause-41 .item")).flat_map(|e| e.text()).collect();
    assert!(all.contains("в течение 7 дней после teacher_ill; исполняется событием substitution"), "{all}");
    let all: String = doc.root_element().text().collect();
    assert!(all.contains("каждую четверть; исполняется событием admin_control"), "{all}");
    assert!(all.contains("каждые 14 дней; исполняется событием marks_transferred"));
}

#[test]
fn unencoded_clauses_give_the_policys_reason() {
    let doc = Html::parse_document(&page("policies/murmansk-16.policy", Lang::Ru));
    let reason = text_of(&doc, "#clause-1 .unencoded");
    assert!(reason.starts_with("Не закодирован: правовая основа Положения"), "{reason}");
    let listed: Vec<String> = doc.select(&select("#unencoded li")).map(|e| e.text().collect()).collect();
    assert!(listed.iter().any(|l| l.starts_with("Пункт 1:")), "{listed:?}");
    assert!(!listed.iter().any(|l| l.starts_with("Пункт 16:")), "п. 16 is encoded");
}

#[test]
fn a_longer_lead_such_as_not_encoded_separately_is_stripped_too() {
    let (ws, checked) = checked("policies/balashikha-7.policy");
    let md = markdown::render(&policy_doc::build(&ws, &checked.model, Lang::Ru));
    assert!(md.contains("[Пункт 7.1](#clause-7.1): слова пункта «прежде всего"), "{md}");
    assert!(!md.contains("отдельно:"), "the lead `не закодировано отдельно:` is left in:\n{md}");
    assert!(!md.contains("не закодировано:"), "a lead is left in:\n{md}");
}

#[test]
fn versions_and_a_clauses_history_are_shown() {
    let doc = Html::parse_document(&page(AMENDMENT, Lang::Ru));
    let rows: Vec<String> = doc.select(&select("table.versions tr")).skip(1).map(|e| e.text().collect()).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[0].contains("редакция от 31.10.2008") && rows[0].contains("31.10.2008"), "{rows:?}");
    assert!(rows[1].contains("ред. 2 (учебный пример)") && rows[1].contains("01.01.2026"), "{rows:?}");
    assert!(rows[1].contains("16, 39"), "{rows:?}");
    let history = text_of(&doc, "#clause-16 .history");
    assert!(history.contains("ред. 2 (учебный пример)") && history.contains("01.01.2026"), "{history}");
    let before = text_of(&doc, "#clause-16 blockquote.before");
    assert!(before.contains("В V - VIII классах - до 10 часов;"), "the words before the amendment: {before}");
    assert!(text_of(&doc, "#clause-16").contains("Прежняя редакция (редакция от 31.10.2008)"));
    assert_eq!(doc.select(&select("#clause-17 .history")).count(), 0, "п. 17 was not amended");
    // The tests that exercise п. 16 are listed beside it.
    let tests = text_of(&doc, "#clause-16 .tests-of");
    assert!(tests.contains("ред. 2: 5 класс, 12 ч — в пределах нового предела"), "{tests}");
}

#[test]
fn english_labels_keep_the_regulations_words() {
    let doc = Html::parse_document(&page(AMENDMENT, Lang::En));
    assert_eq!(doc.select(&select("html[lang=en]")).count(), 1);
    assert!(text_of(&doc, "#clause-16 .rests").starts_with("What the policy makes of it"));
    assert!(text_of(&doc, "#clause-16 blockquote").starts_with("Недельная учебная нагрузка"));
    let rule = text_of(&doc, "#rule-weekly_load");
    assert!(rule.contains("violation: «Недельная нагрузка"), "{rule}");
    let all: String = doc.root_element().text().collect();
    for russian_label in ["Пункт ", "Что из него следует", "Редакции", "Когда"] {
        assert!(!all.contains(russian_label), "a Russian label in the English document: {russian_label}");
    }
}

#[test]
fn markdown_has_the_same_parts() {
    let (ws, checked) = checked(AMENDMENT);
    let md = markdown::render(&policy_doc::build(&ws, &checked.model, Lang::Ru));
    assert!(md.contains("<a id=\"clause-16\"></a>\n### Пункт 16\n\n> Недельная учебная нагрузка"), "{md}");
    assert!(md.contains("> В V - VIII классах - до 12 часов;"));
    assert!(md.contains("| 5..8 | V–VIII | 12 ч |"), "the cap with its unit");
    assert!(md.contains("**Правило** `weekly_load`"));
    assert!(md.contains("*История: изменён ред. 2 (учебный пример) (действует с 01.01.2026)*"));
    assert!(md.contains("## Пункты, оставленные без кодировки"));
    assert!(md.contains("[Пункт 1](#clause-1): правовая основа Положения"));
}

#[test]
fn in_russian_a_condition_is_also_given_in_words() {
    let doc = Html::parse_document(&page("policies/samara-99.policy", Lang::Ru));
    let rule = text_of(&doc, "#rule-outside_catchment");
    assert!(rule.contains("request.form в [home, combined]"), "the notation stays: {rule}");
    assert!(
        rule.contains("Словамиформа обучения — одно из: на дому, комбинированная и проживает в микрорайоне школы: нет"),
        "{rule}"
    );
    // In English the words would repeat the notation: there is no such line.
    let english = page("policies/samara-99.policy", Lang::En);
    assert!(!english.contains("In words"));
}

#[test]
fn a_curriculum_is_a_grid_with_numbers_written_the_languages_way() {
    let grid_cells = |lang| {
        let doc = Html::parse_document(&page("policies/murmansk-16.policy", lang));
        let row = doc
            .select(&select("div.scroll > table.grid tr"))
            .find(|tr| tr.text().collect::<String>().starts_with("Языки и литература"))
            .expect("the curriculum's row «Языки и литература», in a box that scrolls on a phone");
        row.select(&select("td")).map(|td| td.text().collect::<String>()).collect::<Vec<_>>()
    };
    let ru = grid_cells(Lang::Ru);
    assert_eq!(ru.first().map(String::as_str), Some("Языки и литература"));
    assert!(ru.iter().any(|c| c == "3,5") && !ru.iter().any(|c| c.contains('.')), "{ru:?}");
    assert!(grid_cells(Lang::En).iter().any(|c| c == "3.5"));
}
