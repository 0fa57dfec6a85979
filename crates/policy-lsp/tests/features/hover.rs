use policy_lsp::hover::hover;
use policy_syntax::ColumnEncoding;

use crate::*;

#[test]
fn a_clause_citation_shows_the_clause_words() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(
        &text,
        "table max_weekly_hours by pupil.grade § \"16\"",
        0,
        "table max_weekly_hours by pupil.grade § \"1".len(),
    );
    let h = hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover on a citation");
    let md = markdown(&h.contents);
    assert!(md.contains("§ 16"), "{md}");
    assert!(md.contains("Недельная учебная нагрузка определяется"), "{md}");
    // The range is the clause number inside the quotes, in UTF-16 columns.
    let start = offset_of(
        &text,
        "table max_weekly_hours by pupil.grade § \"16\"",
        0,
        "table max_weekly_hours by pupil.grade § \"".len(),
    );
    assert_eq!(h.range.map(|r| r.start), Some(position_at(&text, start, ColumnEncoding::Utf16)));
}

#[test]
fn a_range_citation_on_its_paragraph_sign_shows_every_clause_of_the_range() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "§ \"21–23\"", 0, 0);
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    for n in ["§ 21", "§ 22", "§ 23"] {
        assert!(md.contains(n), "{n} missing in {md}");
    }
}

#[test]
fn a_case_field_shows_its_type_and_description() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "pupil.grade in 1..11", 0, "pupil.gr".len());
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    assert!(md.contains("pupil.grade"), "{md}");
    assert!(md.contains("int 1..12"), "{md}");
    assert!(md.contains("класс"), "{md}");
}

#[test]
fn a_name_after_cyrillic_text_on_its_line_is_found_at_the_right_column() {
    // `{weekly_hours}` inside a Russian message: 30 Cyrillic letters precede it.
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "\"Недельная нагрузка {weekly_hours}", 0, "\"Недельная нагрузка {week".len());
    let h = hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover");
    let md = markdown(&h.contents);
    assert!(md.contains("weekly_hours"), "{md}");
    assert!(md.contains("value weekly_hours"), "the definition is shown: {md}");
    let start = offset_of(&text, "{weekly_hours}", 0, 1);
    assert_eq!(h.range.map(|r| r.start), Some(position_at(&text, start, ColumnEncoding::Utf16)));
    // The same place in UTF-8 columns.
    let a8 = shipped(&[], ColumnEncoding::Utf8);
    let at8 = position_at(
        &text,
        offset_of(&text, "\"Недельная нагрузка {weekly_hours}", 0, "\"Недельная нагрузка {week".len()),
        ColumnEncoding::Utf8,
    );
    assert_ne!(at8.character, at.character);
    let h8 = hover(&a8, &policy_path("murmansk-16.policy"), at8).expect("hover in UTF-8");
    assert_eq!(h8.range.map(|r| r.start), Some(position_at(&text, start, ColumnEncoding::Utf8)));
}

#[test]
fn a_table_shows_its_definition_and_rows() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "when weekly_hours > max_weekly_hours", 0, "when weekly_hours > max_".len());
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    assert!(md.contains("table max_weekly_hours by pupil.grade"), "{md}");
    assert!(md.contains("5..8   \"V–VIII\" => 10 h"), "{md}");
}

#[test]
fn an_enumeration_value_shows_its_enumeration_and_description() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "cannot_attend in pupil.categories", 0, 2);
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    assert!(md.contains("category"), "{md}");
    assert!(md.contains("не может посещать школу"), "{md}");
}

#[test]
fn keywords_are_explained_in_the_language_of_the_file() {
    let ru = policy_text("samara-99.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&ru, "политика", 0, 2);
    let md = markdown(&hover(&a, &policy_path("samara-99.policy"), at).expect("hover").contents);
    assert!(md.contains("Начинает сведения о положении"), "{md}");
    assert!(md.contains("`policy`"), "the other spelling is shown: {md}");

    let en = policy_text("murmansk-16.policy");
    let at = pos(&en, "rule weekly_load", 0, 1);
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    assert!(md.contains("Declares a rule"), "{md}");
    assert!(md.contains("`правило`"), "{md}");
}

#[test]
fn hovering_nothing_gives_nothing_and_positions_past_the_end_are_safe() {
    let text = "# только комментарий\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    assert!(hover(&a, &w("p.policy"), pos(text, "только", 0, 0)).is_none());
    assert!(hover(&a, &w("p.policy"), tower_lsp_server::ls_types::Position::new(999, 999)).is_none());
    assert!(hover(&a, &w("p.policy"), tower_lsp_server::ls_types::Position::new(0, u32::MAX)).is_none());
    assert!(hover(&a, &w("missing.policy"), tower_lsp_server::ls_types::Position::new(0, 0)).is_none());
}

#[test]
fn school_terms_are_explained_with_the_default_dates() {
    let a = shipped(&[], ColumnEncoding::Utf16);
    let en = policy_text("murmansk-16.policy");
    let at = pos(&en, "every term fulfilled_by admin_control", 0, "every t".len());
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    assert!(md.contains("unlike `quarter`"), "{md}");
    assert!(md.contains("01.09–26.10, 05.11–28.12, 09.01–29.03, 07.04–26.05"), "{md}");
    assert!(md.contains("`четверть`"), "{md}");

    let ru = policy_text("samara-99.policy");
    let at = pos(&ru, "учебный_год", 0, 2);
    let md = markdown(&hover(&a, &policy_path("samara-99.policy"), at).expect("hover").contents);
    assert!(md.contains("Объявляет учебный год"), "{md}");
    assert!(md.contains("`school_year`"), "{md}");
}
// ---- i15: working days
#[test]
fn a_working_days_unit_explains_the_production_calendar() {
    let base = policy_text("murmansk-16.policy");
    let anchor = "duty order \"оформить перевод приказом по школе (часы и учителя по каждому предмету)\" § \"9.1\"";
    let at = offset_of(&base, anchor, 0, anchor.len());
    let text = format!("{}\n    within 5 working days after request.start{}", &base[..at], &base[at..]);
    let a = shipped(&[("murmansk-16.policy", &text)], ColumnEncoding::Utf16);
    let h = hover(&a, &policy_path("murmansk-16.policy"), pos(&text, "working days after request", 0, 3))
        .expect("hover on the unit");
    let md = markdown(&h.contents);
    assert!(md.contains("production calendar") && md.contains("2008–2027") && md.contains("--calendar"), "{md}");
    let start = offset_of(&text, "working days after request", 0, 0);
    assert_eq!(h.range.map(|r| r.start), Some(position_at(&text, start, ColumnEncoding::Utf16)));
}
// ---- end i15
/// A policy in `policies/` that extends the shared schema (the example of tests/extend).
const EXTENDED: &str = r#"policy ext {}
use "case-schema.policy"
extend enum document_kind {
  contract "договор"
}
extend schema pupil_case {
  pupil: {
    needs_assistant: bool? "нуждается в ассистенте"
  }
}
rule r {
  when pupil.needs_assistant and documents.contract.date = null
  violation "нет договора"
}
"#;

#[test]
fn an_added_field_and_value_say_the_policy_added_them() {
    let a = shipped(&[("ext.policy", EXTENDED)], ColumnEncoding::Utf16);
    let path = policy_path("ext.policy");
    let at = pos(EXTENDED, "pupil.needs_assistant and", 0, "pupil.need".len());
    let md = markdown(&hover(&a, &path, at).expect("hover on the added field").contents);
    assert!(md.contains("pupil.needs_assistant") && md.contains("нуждается в ассистенте"), "{md}");
    assert!(md.contains("added to the shared case schema"), "{md}");
    let at = pos(EXTENDED, "contract \"договор\"", 0, 2);
    let md = markdown(&hover(&a, &path, at).expect("hover on the added value").contents);
    assert!(md.contains("`contract`") && md.contains("document_kind") && md.contains("договор"), "{md}");
    assert!(md.contains("added to the shared case schema"), "{md}");
    // A declared field says nothing of the kind.
    let text = policy_text("murmansk-16.policy");
    let at = pos(&text, "pupil.grade in 1..11", 0, "pupil.gr".len());
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    assert!(!md.contains("added to the shared"), "{md}");
}

#[test]
fn a_value_shows_the_readings_it_rests_on() {
    // `pay_mode` is read in `make_up`'s condition; its two readings (п. 39) show on hover.
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "when pupil_was_ill and pay_mode = tariff", 0, "when pupil_was_ill and pay_m".len());
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    assert!(md.contains("**Reading:**"), "{md}");
    assert!(md.contains("не превышают двух месяцев"), "{md}");
}

#[test]
fn the_reading_keyword_explains_itself() {
    let text = policy_text("murmansk-16.policy");
    let a = shipped(&[], ColumnEncoding::Utf16);
    let at = pos(&text, "  reading \"«Итоговая нагрузка»", 0, "  read".len());
    let md = markdown(&hover(&a, &policy_path("murmansk-16.policy"), at).expect("hover").contents);
    assert!(md.contains("interpretation"), "{md}");
}

#[test]
fn a_built_in_function_shows_its_signature_and_meaning_in_the_files_language() {
    let text = "schema s { plan: { subjects: list of { subject: text  hours: decimal } } }\n\
                value maths = sum(plan.subjects where subject = \"Математика\", hours)\n\
                значение some = any(plan.subjects, hours = 0)\n";
    let a = texts(&[("p.policy", text)], ColumnEncoding::Utf16);
    let md = markdown(&hover(&a, &w("p.policy"), pos(text, "sum(", 0, 1)).expect("hover on sum").contents);
    assert!(md.contains("`sum(list[, field])`"), "{md}");
    assert!(md.contains("number field of a case list"), "{md}");
    let md = markdown(&hover(&a, &w("p.policy"), pos(text, "any(", 0, 1)).expect("hover on any").contents);
    assert!(md.contains("`any(list, condition)`"), "{md}");
}

// ---- issue 15: calendar_year
#[test]
fn a_calendar_year_explains_itself_and_extends_the_working_days_hover() {
    let text = "policy p {}\nuse \"case-schema.policy\"\ncalendar_year 2028 \"источник\" {\n  non_working 2028-01-03\n}\nrole r {\n  duty d \"x\"\n    within 5 working days after request.start\n}\n";
    let a = shipped(&[("p.policy", text)], ColumnEncoding::Utf16);
    let md = markdown(&hover(&a, &policy_path("p.policy"), pos(text, "calendar_year", 0, 2)).expect("hover").contents);
    assert!(md.contains("production calendar") && md.contains("replaces the shipped year"), "{md}");
    let md = markdown(&hover(&a, &policy_path("p.policy"), pos(text, "non_working", 0, 2)).expect("hover").contents);
    assert!(md.contains("ТК РФ ст. 112"), "{md}");
    let md =
        markdown(&hover(&a, &policy_path("p.policy"), pos(text, "working days after", 0, 3)).expect("hover").contents);
    assert!(md.contains("2008–2028") && md.contains("`calendar_year`"), "the policy's year counts: {md}");
}
// ---- end calendar_year
