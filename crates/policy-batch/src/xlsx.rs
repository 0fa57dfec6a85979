//! The summary as an `.xlsx` workbook for the office (rust_xlsxwriter):
//!
//! - sheet «Сводка»: one row per figure, section titles in bold; for each
//!   school two columns, the number and its share of the cases judged (a
//!   percentage cell, empty where a share means nothing), so the figures can
//!   be summed and charted as they are;
//! - sheet «Непригодные дела»: one row per error of each listed unusable case:
//!   where (line or file), field path, kind of mistake.

use policy_i18n::{tr, Lang};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::summary::{kind_text, BatchSummary};
use crate::table::{Cell, Table};

/// The name of the sheet of figures («Сводка»).
pub fn summary_sheet(lang: Lang) -> String {
    tr!(lang, "batch-sheet-summary")
}

/// The name of the sheet of unusable cases («Непригодные дела»).
pub fn unusable_sheet(lang: Lang) -> String {
    tr!(lang, "batch-sheet-unusable")
}

/// The workbook's bytes.
pub fn xlsx(summary: &BatchSummary, table: &Table) -> Result<Vec<u8>, XlsxError> {
    let lang = table.lang;
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let percent = Format::new().set_num_format("0.0%");
    let sheet = book.add_worksheet().set_name(summary_sheet(lang))?;
    sheet.write_string_with_format(0, 0, &table.title, &bold)?;
    sheet.write_string_with_format(1, 0, tr!(lang, "batch-sheet-figure"), &bold)?;
    for (i, name) in table.columns.iter().enumerate() {
        let col = column(i);
        sheet.write_string_with_format(1, col, name, &bold)?;
        sheet.write_string_with_format(1, col + 1, tr!(lang, "batch-sheet-share"), &bold)?;
        sheet.set_column_width(col, 14)?;
        sheet.set_column_width(col + 1, 8)?;
    }
    sheet.set_column_width(0, 60)?;
    sheet.set_freeze_panes(2, 1)?;
    let mut row = 2u32;
    for section in table.sections.iter().filter(|s| !s.rows.is_empty()) {
        row += 1;
        sheet.write_string_with_format(row, 0, &section.title, &bold)?;
        row += 1;
        for r in &section.rows {
            sheet.write_string(row, 0, &r.label)?;
            for (i, cell) in r.cells.iter().enumerate() {
                let col = column(i);
                match cell {
                    Cell::Text(t) => {
                        sheet.write_string(row, col, t)?;
                    }
                    Cell::Count(n) => {
                        sheet.write_number(row, col, *n as f64)?;
                    }
                    Cell::Share(n, share) => {
                        sheet.write_number(row, col, *n as f64)?;
                        sheet.write_number_with_format(row, col + 1, *share, &percent)?;
                    }
                }
            }
            row += 1;
        }
    }
    let sheet = book.add_worksheet().set_name(unusable_sheet(lang))?;
    let titles = ["batch-sheet-where", "batch-sheet-field", "batch-sheet-line", "batch-sheet-error"]
        .map(|id| policy_i18n::message(lang, id));
    for (col, title) in (0u16..).zip(&titles) {
        sheet.write_string_with_format(0, col, title, &bold)?;
    }
    sheet.set_column_width(0, 30)?;
    sheet.set_column_width(1, 30)?;
    sheet.set_column_width(3, 50)?;
    let mut row = 1u32;
    for case in &summary.unusable_cases {
        for e in &case.errors {
            sheet.write_string(row, 0, case.origin.text(lang))?;
            sheet.write_string(row, 1, &e.path)?;
            if let Some(line) = e.line {
                sheet.write_number(row, 2, f64::from(line))?;
            }
            sheet.write_string(row, 3, kind_text(lang, e.kind))?;
            row += 1;
        }
    }
    if u64::try_from(summary.unusable_cases.len()).unwrap_or(u64::MAX) < summary.unusable {
        sheet.write_string(row, 0, {
            let more = summary.unusable - summary.unusable_cases.len() as u64;
            tr!(lang, "batch-sheet-more", more = more, n = more, total = summary.unusable)
        })?;
    }
    book.save_to_buffer()
}

/// The number column of the `i`-th school (its share is the next one).
fn column(i: usize) -> u16 {
    u16::try_from(1 + 2 * i).unwrap_or(u16::MAX - 1)
}
