//! The summary's renderers on a small generated batch with one unusable line:
//! the workbook read back with calamine holds the summary's figures; the
//! text, Markdown, HTML and JSON carry the same figures.

use std::io::Cursor;
use std::path::Path;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use jiff::civil::date;
use policy_batch::summary::BatchSummary;
use policy_batch::table::{count, percent};
use policy_batch::{render, xlsx, Judge, Options, Source};
use policy_check::Model;
use policy_i18n::Lang;

fn load(name: &str) -> Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../policies").join(format!("{name}.policy"));
    let mut ws = policy_check::Workspace::new();
    let root = ws.load(&path, &mut |p| std::fs::read_to_string(p)).unwrap();
    policy_check::check(&ws, root).model
}

fn batch(models: &[Model]) -> BatchSummary {
    let mut lines: Vec<String> = policy_casegen::Generator::new(3).take(200).map(|c| c.to_string()).collect();
    lines.insert(4, r#"{"pupil": {"grade": 13}}"#.into());
    let judges: Vec<Judge<'_>> = models.iter().map(Judge::new).collect();
    let mut source = Source::lines("cases.jsonl", Box::new(Cursor::new(lines.join("\n").into_bytes())));
    let options = Options { as_of: None, today: date(2026, 1, 15), json: false };
    policy_batch::run(&mut source, &judges, options, |_| Ok::<(), policy_batch::InputError>(())).unwrap()
}

fn models() -> Vec<Model> {
    vec![load("murmansk-16"), load("samara-99")]
}

/// The row of the sheet whose first cell is `label`.
fn row<'a>(sheet: &'a calamine::Range<Data>, label: &str) -> &'a [Data] {
    sheet
        .rows()
        .find(|r| matches!(r.first(), Some(Data::String(s)) if s == label))
        .unwrap_or_else(|| panic!("no row `{label}`"))
}

#[test]
fn the_workbook_holds_the_summary_figures() {
    let models = models();
    let summary = batch(&models);
    let refs: Vec<&Model> = models.iter().collect();
    let bytes = xlsx::xlsx(&summary, &policy_batch::table(&summary, &refs, Lang::Ru)).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), [xlsx::summary_sheet(Lang::Ru), xlsx::unusable_sheet(Lang::Ru)]);
    let sheet = book.worksheet_range(&xlsx::summary_sheet(Lang::Ru)).unwrap();
    let header = row(&sheet, "Показатель");
    assert_eq!(header[1], Data::String("murmansk-16".into()));
    assert_eq!(header[3], Data::String("samara-99".into()));
    for (i, s) in summary.policies.iter().enumerate() {
        let col = 1 + 2 * i;
        assert_eq!(row(&sheet, "Оценено дел")[col], Data::Float(200.0));
        assert_eq!(row(&sheet, "Непригодных дел (пропущено)")[col], Data::Float(1.0));
        let violations = row(&sheet, "Дел с нарушениями");
        assert_eq!(violations[col], Data::Float(s.with_violations as f64));
        assert_eq!(violations[col + 1], Data::Float(s.share(s.with_violations)));
        assert_eq!(row(&sheet, "да")[col], Data::Float(s.eligible.yes as f64));
        let clause16 = s.violations.get("16").copied().unwrap_or(0);
        assert_eq!(row(&sheet, "п. 16")[col], Data::Float(clause16 as f64));
        let certificates = s.missing_documents.get("medical_certificate").copied().unwrap_or(0);
        assert_eq!(row(&sheet, "медицинское заключение")[col], Data::Float(certificates as f64));
    }
    let murmansk = &summary.policies[0];
    let admin = murmansk.obligations.get("administration").copied().unwrap_or_default();
    assert!(admin.due + admin.overdue > 0);
    assert_eq!(row(&sheet, "Администрация школы: к сроку")[1], Data::Float(admin.due as f64));
    assert_eq!(row(&sheet, "Администрация школы: просрочено")[1], Data::Float(admin.overdue as f64));

    let unusable = book.worksheet_range(&xlsx::unusable_sheet(Lang::Ru)).unwrap();
    let first = unusable.rows().nth(1).unwrap();
    assert_eq!(first[0], Data::String("строка 5".into()));
    assert_eq!(first[2], Data::Float(5.0));
    assert!(unusable.rows().any(|r| r[1] == Data::String("pupil.grade".into())));
}

#[test]
fn text_markdown_html_and_json_carry_the_same_figures() {
    let models = models();
    let summary = batch(&models);
    let refs: Vec<&Model> = models.iter().collect();
    let table = policy_batch::table(&summary, &refs, Lang::Ru);
    let s = &summary.policies[0];
    let figure = format!("{} ({})", count(Lang::Ru, s.with_violations), percent(Lang::Ru, s.share(s.with_violations)));

    let text = render::text(&summary, &table);
    assert!(text.starts_with("Сводка: 201 дело из cases.jsonl\n"), "{text}");
    let line = text.lines().find(|l| l.trim_start().starts_with("Дел с нарушениями")).unwrap();
    assert!(line.contains(&figure), "{line}");
    // Columns are aligned: every row of figures ends at the same display width.
    let widths: Vec<usize> = text
        .lines()
        .filter(|l| l.starts_with("  ") && !l.contains("строка"))
        .map(unicode_width::UnicodeWidthStr::width)
        .collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "{text}");
    let unusable = text.lines().find(|l| l.starts_with("  строка 5: ")).unwrap_or_default();
    assert!(unusable.contains("; pupil.grade: число вне допустимого диапазона"), "{text}");

    let markdown = render::markdown(&summary, &table);
    assert!(markdown.contains(&format!("| Дел с нарушениями | {figure} |")), "{markdown}");

    let html = render::html(&summary, &table);
    assert!(html.contains(&format!("<td class=\"n\">{figure}</td>")));
    assert!(!html.contains("<script") && !html.contains("http"), "self-contained");

    let english = policy_batch::table(&summary, &refs, Lang::En);
    let text = render::text(&summary, &english);
    assert!(text.starts_with("Summary: 201 cases from cases.jsonl\n"), "{text}");
    assert!(text.contains("Cases with violations") && text.contains("administration: overdue"), "{text}");
    assert!(render::html(&summary, &english).contains("<html lang=\"en\">"));

    let json: serde_json::Value = serde_json::from_str(&render::json(&summary)).unwrap();
    assert_eq!(json["cases_read"], 201);
    assert_eq!(json["unusable"], 1);
    assert_eq!(json["policies"][0]["policy"], "murmansk-16");
    assert_eq!(json["policies"][0]["with_violations"], s.with_violations);
    // The place and the kind of mistake are data in JSON, words in the renderings.
    assert_eq!(json["unusable_cases"][0]["line"], 5);
    assert_eq!(json["schema_version"], 2);
    // Violations keep the regulation's order of clauses.
    let violations = json["policies"][0]["violations"].as_array().unwrap();
    let clauses: Vec<&str> = violations.iter().map(|v| v["clause"].as_str().unwrap()).collect();
    let mut sorted = clauses.clone();
    sorted.sort_by(|a, b| policy_eval::report::cmp_clauses(Some(a), Some(b)));
    assert_eq!(clauses, sorted);
    assert_eq!(clauses[..2], ["3", "5"]);
    let clause16 = violations.iter().find(|v| v["clause"] == "16").unwrap();
    assert_eq!(clause16["cases"], s.violations["16"]);
    assert_eq!(clause16["share"], s.share(s.violations["16"]));
}
