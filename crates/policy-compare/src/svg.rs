//! The weekly cap per grade as an inline SVG bar chart: one group of bars
//! per grade, one colour per school, a hatched full-height bar labelled
//! «без ограничения» where a school sets no cap — so that a lawyer sees at
//! once where the schools part ways.
//!
//! Each value label stands upright inside its bar's column (rotated, never
//! wider than the bar), so labels never overlap whatever the values; where
//! the bars are too thin for a label, the values are in the table below the
//! chart and in each bar's tooltip.

use std::fmt::Write as _;

use policy_i18n::{number, tr, Lang};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::comparison::{CapChart, PolicyInfo};
use policy_check::markup::html as escape;

/// One colour per school, cycled; distinct in print and for most colour
/// blindness.
const COLORS: [&str; 8] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];
const WIDTH: f64 = 760.0;
const PLOT_HEIGHT: f64 = 220.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 12.0;
/// Room above the plot besides the value label of the tallest bar.
const TOP: f64 = 8.0;
/// Room under the plot for the grade labels and the axis title.
const BELOW: f64 = 40.0;
const LEGEND_ROW: f64 = 20.0;
/// At most this many schools on one row of the legend.
const LEGEND_PER_ROW: usize = 4;
/// The font size of the legend, px (the style sheet's `svg text`).
const LEGEND_SIZE: f64 = 11.0;
/// The advance of one character, in font sizes: a bound for the digits,
/// letters and spaces of a label in a sans-serif font.
const ADVANCE: f64 = 0.7;
/// The font size of a value label, px: a bar at least this wide has one.
const LABEL_SIZE: f64 = 9.0;

/// The chart's words in the reader's language (`compare.ftl`), put into words once per chart.
struct Words {
    /// The chart's title (read by screen readers).
    title: String,
    /// The label of a school without a cap.
    no_cap: String,
    /// The axis title under the grades.
    axis: String,
    /// The language, for the grades and values put into words per bar.
    lang: Lang,
}

impl Words {
    fn new(lang: Lang) -> Self {
        Words {
            title: tr!(lang, "compare-chart-title"),
            no_cap: tr!(lang, "compare-chart-no-cap"),
            axis: tr!(lang, "compare-chart-axis"),
            lang,
        }
    }

    /// A cap with its unit: «10 ч».
    fn value(&self, v: &Decimal) -> String {
        tr!(self.lang, "compare-chart-value", hours = *v)
    }

    /// A bar's tooltip: the school, the grade and its value.
    fn tooltip(&self, school: &str, grade: impl ToString, value: &str) -> String {
        tr!(
            self.lang,
            "compare-chart-tooltip",
            school = school.to_string(),
            grade = grade.to_string(),
            value = value.to_string()
        )
    }
}

/// The top of the scale: the largest cap rounded up to an even number of
/// hours (10 when no school sets a cap).
fn scale_top(chart: &CapChart) -> Decimal {
    let max = chart.caps.iter().flatten().flatten().max().copied().unwrap_or(Decimal::from(10));
    // `checked_mul`: a cap near the decimal maximum rounds up past it.
    let top = (max / Decimal::from(2)).ceil().checked_mul(Decimal::from(2)).unwrap_or(max);
    if top.is_zero() {
        Decimal::from(2)
    } else {
        top
    }
}

/// The step between grid lines: 2 hours, or more when that would draw more
/// than 50 lines (a cap of billions of hours must not draw billions of lines).
fn tick_step(top: Decimal) -> Decimal {
    let two = Decimal::from(2);
    let step = (top / Decimal::from(50)).ceil();
    if step <= two {
        two
    } else {
        step
    }
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A value label upright in the column of the bar at `x` (width `bar`),
/// from `bottom` upwards; nothing when the bar is thinner than the label.
fn upright_label(out: &mut String, x: f64, bar: f64, bottom: f64, class: &str, text: &str) {
    if bar < LABEL_SIZE {
        return;
    }
    let cx = x + bar / 2.0;
    // Rotated by -90° about its start: the text runs upwards, its height
    // (the font size) across the bar, centred on the bar's middle.
    let baseline = cx + LABEL_SIZE * 0.35;
    let _ = writeln!(
        out,
        r#"<text x="{baseline:.1}" y="{bottom:.1}" class="{class}" transform="rotate(-90 {baseline:.1} {bottom:.1})">{}</text>"#,
        escape(text)
    );
}

/// The chart as an `<svg>` element.
pub fn chart(policies: &[PolicyInfo], chart: &CapChart, lang: Lang) -> String {
    let words = Words::new(lang);
    let n = policies.len().max(1);
    let plot_width = WIDTH - LEFT - RIGHT;
    // A legend entry is as wide as the longest id, so that entries never overlap.
    let longest_id = policies.iter().map(|p| p.id.chars().count()).max().unwrap_or(0);
    let legend_width = 18.0 + longest_id as f64 * LEGEND_SIZE * ADVANCE + 12.0;
    let legend_per_row = ((plot_width / legend_width) as usize).clamp(1, LEGEND_PER_ROW);
    let legend_rows = n.div_ceil(legend_per_row);
    let top = scale_top(chart);
    // Room above the plot for the tallest bar's upright label.
    let longest_label =
        chart.caps.iter().flatten().flatten().map(|v| words.value(v).chars().count()).max().unwrap_or(0);
    let plot_top = TOP + longest_label as f64 * LABEL_SIZE * ADVANCE;
    let bottom = plot_top + PLOT_HEIGHT;
    let height = bottom + BELOW + legend_rows as f64 * LEGEND_ROW;
    let y = |v: Decimal| bottom - f(v) / f(top) * PLOT_HEIGHT;
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart-title">"#
    );
    let _ = writeln!(out, "<title id=\"chart-title\">{}</title>", escape(&words.title));
    // The hatching of a bar without a cap, drawn in its school's colour.
    out.push_str("<defs>");
    for (p, color) in COLORS.iter().enumerate().take(n) {
        let _ = write!(
            out,
            r##"<pattern id="nocap-{p}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="{color}" stroke-width="2" stroke-opacity=".45"/></pattern>"##
        );
    }
    out.push_str("</defs>\n");
    // Grid lines and the hour scale, every 2 hours.
    let step = tick_step(top);
    let mut tick = Decimal::ZERO;
    while tick <= top {
        let ty = y(tick);
        let _ = writeln!(
            out,
            r##"<line x1="{LEFT}" y1="{ty:.1}" x2="{:.1}" y2="{ty:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">{}</text>"##,
            WIDTH - RIGHT,
            LEFT - 6.0,
            ty + 4.0,
            number::decimal(words.lang, &tick)
        );
        let Some(next) = tick.checked_add(step) else { break };
        tick = next;
    }
    let groups = chart.grades.len().max(1);
    let group_width = plot_width / groups as f64;
    let bar = group_width * 0.8 / n as f64;
    for (g, grade) in chart.grades.iter().enumerate() {
        let x0 = LEFT + g as f64 * group_width;
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="{:.1}" class="grade" text-anchor="middle">{grade}</text>"#,
            x0 + group_width / 2.0,
            bottom + 16.0
        );
        for (p, policy) in policies.iter().enumerate() {
            let color = COLORS[p % COLORS.len()];
            let x = x0 + group_width * 0.1 + p as f64 * bar;
            let cap = chart.caps.get(p).and_then(|caps| caps.get(g)).copied().flatten();
            match cap {
                Some(v) => {
                    let top_y = y(v);
                    let value = words.value(&v);
                    let tooltip = words.tooltip(&policy.id, grade, &value);
                    let _ = writeln!(
                        out,
                        r#"<rect class="bar" x="{x:.1}" y="{top_y:.1}" width="{:.1}" height="{:.1}" fill="{color}"><title>{}</title></rect>"#,
                        bar.max(1.0),
                        (bottom - top_y).max(0.0),
                        escape(&tooltip),
                    );
                    upright_label(&mut out, x, bar, top_y - 3.0, "value", &value);
                }
                None => {
                    let _ = writeln!(
                        out,
                        r#"<rect class="nocap" x="{x:.1}" y="{plot_top:.1}" width="{:.1}" height="{PLOT_HEIGHT:.1}" fill="url(#nocap-{})" stroke="{color}" stroke-dasharray="3 2"><title>{}</title></rect>"#,
                        bar.max(1.0),
                        p % COLORS.len(),
                        escape(&words.tooltip(&policy.id, grade, &words.no_cap)),
                    );
                    upright_label(&mut out, x, bar, bottom - 4.0, "nocap", &words.no_cap);
                }
            }
        }
    }
    let _ = writeln!(
        out,
        r##"<line x1="{LEFT}" y1="{bottom:.1}" x2="{:.1}" y2="{bottom:.1}" stroke="#333"/>"##,
        WIDTH - RIGHT,
    );
    let _ = writeln!(
        out,
        r#"<text x="{:.1}" y="{:.1}" class="axis" text-anchor="middle">{}</text>"#,
        LEFT + plot_width / 2.0,
        bottom + 32.0,
        escape(&words.axis)
    );
    let legend_width = plot_width / legend_per_row as f64;
    for (p, policy) in policies.iter().enumerate() {
        let x = LEFT + (p % legend_per_row) as f64 * legend_width;
        let ly = bottom + BELOW + (p / legend_per_row) as f64 * LEGEND_ROW;
        let color = COLORS[p % COLORS.len()];
        let _ = writeln!(
            out,
            r#"<rect x="{x:.1}" y="{:.1}" width="12" height="12" fill="{color}"/><text x="{:.1}" y="{:.1}" class="legend">{}</text>"#,
            ly,
            x + 18.0,
            ly + 11.0,
            escape(&policy.id)
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policies(n: usize) -> Vec<PolicyInfo> {
        (0..n)
            .map(|i| PolicyInfo {
                id: format!("s{i}"),
                school: None,
                title: None,
                approved: None,
                clauses: Vec::new(),
                citations: Vec::new(),
                words: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn values_carry_their_unit_and_a_school_without_a_cap_is_shown_as_such() {
        let chart = CapChart { grades: vec![5], caps: vec![vec![Some(Decimal::from(10))], vec![None]] };
        let svg = super::chart(&policies(2), &chart, Lang::Ru);
        assert!(svg.contains(r#"class="value" transform="rotate(-90"#) && svg.contains(">10 ч</text>"), "{svg}");
        assert!(svg.contains(r#"<rect class="nocap""#) && svg.contains(">без ограничения</text>"), "{svg}");
    }

    #[test]
    fn long_ids_take_a_legend_row_each() {
        let mut schools = policies(3);
        for p in &mut schools {
            p.id = format!("{}-{}", "очень-длинное-имя-положения-школы".repeat(2), p.id);
        }
        let chart = CapChart { grades: vec![5], caps: vec![vec![None]; 3] };
        let svg = super::chart(&schools, &chart, Lang::Ru);
        let xs: Vec<&str> =
            svg.lines().filter(|l| l.contains(r#"class="legend""#)).filter_map(|l| l.split('"').nth(1)).collect();
        assert_eq!(xs.len(), 3);
        assert!(xs.iter().all(|x| *x == xs[0]), "each entry starts its own row: {xs:?}");
    }

    #[test]
    fn a_label_is_never_wider_than_its_bar() {
        // 60 schools: bars thinner than a label's height carry none (the
        // values stay in the tooltips and the table).
        let chart = CapChart { grades: (1..=12).collect(), caps: vec![vec![Some(Decimal::MAX); 12]; 60] };
        let svg = super::chart(&policies(60), &chart, Lang::Ru);
        assert!(!svg.contains(r#"class="value""#));
        assert_eq!(svg.matches(r#"<rect class="bar""#).count(), 720);
    }
}
