//! The weekly cap per grade as an inline SVG bar chart: one group of bars
//! per grade, one colour per school, a gap where a school sets no cap — so
//! that a lawyer sees at once where the schools part ways.

use std::fmt::Write as _;

use policy_check::text::number as format_number;
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
const TOP: f64 = 16.0;
/// Room under the plot for the grade labels and the axis title.
const BELOW: f64 = 40.0;
const LEGEND_ROW: f64 = 20.0;
const LEGEND_PER_ROW: usize = 4;

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

/// The chart as an `<svg>` element.
pub fn chart(policies: &[PolicyInfo], chart: &CapChart) -> String {
    let n = policies.len().max(1);
    let legend_rows = n.div_ceil(LEGEND_PER_ROW);
    let height = TOP + PLOT_HEIGHT + BELOW + legend_rows as f64 * LEGEND_ROW;
    let plot_width = WIDTH - LEFT - RIGHT;
    let top = scale_top(chart);
    let y = |v: Decimal| TOP + PLOT_HEIGHT - f(v) / f(top) * PLOT_HEIGHT;
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart-title">"#
    );
    out.push_str("<title id=\"chart-title\">Weekly cap per grade, hours</title>\n");
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
            format_number(&tick)
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
            TOP + PLOT_HEIGHT + 16.0
        );
        for (p, policy) in policies.iter().enumerate() {
            let color = COLORS[p % COLORS.len()];
            let x = x0 + group_width * 0.1 + p as f64 * bar;
            let cap = chart.caps.get(p).and_then(|caps| caps.get(g)).copied().flatten();
            let id = escape(&policy.id);
            match cap {
                Some(v) => {
                    let top_y = y(v);
                    let _ = writeln!(
                        out,
                        r#"<rect x="{x:.1}" y="{top_y:.1}" width="{:.1}" height="{:.1}" fill="{color}"><title>{id}, grade {grade}: {} h</title></rect>"#,
                        bar.max(1.0),
                        (TOP + PLOT_HEIGHT - top_y).max(0.0),
                        format_number(&v)
                    );
                    if bar >= 9.0 {
                        let _ = writeln!(
                            out,
                            r#"<text x="{:.1}" y="{:.1}" class="value" text-anchor="middle">{}</text>"#,
                            x + bar / 2.0,
                            top_y - 3.0,
                            format_number(&v)
                        );
                    }
                }
                None => {
                    let _ = writeln!(
                        out,
                        r#"<text x="{:.1}" y="{:.1}" class="nocap" text-anchor="middle" fill="{color}">×<title>{id}, grade {grade}: no cap</title></text>"#,
                        x + bar / 2.0,
                        TOP + PLOT_HEIGHT - 2.0
                    );
                }
            }
        }
    }
    let _ = writeln!(
        out,
        r##"<line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#333"/>"##,
        TOP + PLOT_HEIGHT,
        WIDTH - RIGHT,
        TOP + PLOT_HEIGHT
    );
    let _ = writeln!(
        out,
        r#"<text x="{:.1}" y="{:.1}" class="axis" text-anchor="middle">grade (× — no cap)</text>"#,
        LEFT + plot_width / 2.0,
        TOP + PLOT_HEIGHT + 32.0
    );
    let legend_width = plot_width / LEGEND_PER_ROW as f64;
    for (p, policy) in policies.iter().enumerate() {
        let x = LEFT + (p % LEGEND_PER_ROW) as f64 * legend_width;
        let ly = TOP + PLOT_HEIGHT + BELOW + (p / LEGEND_PER_ROW) as f64 * LEGEND_ROW;
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
