//! A line chart's legend: entries flowed in rows in a strip under the plot, never over the
//! data (`plots::legends_sit_under_the_plot_never_over_the_data`).

use super::curves::{CurveChart, Legend, Series};
use super::theme::Style;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Where each legend entry goes: flowed in rows under the chart, as wide as the chart.
pub(super) struct LegendLayout<'a> {
    /// (series, x, row) per entry, x from the strip's left edge.
    entries: Vec<(&'a Series, i32, i32)>,
    row: i32,
    pub(super) height: i32,
}

pub(super) fn legend_layout<'a, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &'a CurveChart,
    style: &Style,
) -> Result<LegendLayout<'a>, DrawingAreaErrorKind<DB::ErrorType>> {
    let mut layout = LegendLayout {
        entries: Vec::new(),
        row: 0,
        height: 0,
    };
    if chart.legend == Legend::None {
        return Ok(layout);
    }
    let font = style.font(12.0).color(&style.foreground());
    let (sample, gap, spacing, left) = (
        style.px(22.0) as i32,
        style.px(6.0) as i32,
        style.px(16.0) as i32,
        style.px(12.0) as i32,
    );
    let width = area.dim_in_pixel().0 as i32 - left;
    let (mut x, mut row, mut tallest) = (left, 0, 0);
    for s in chart.series.iter().filter(|s| s.in_legend) {
        let (w, h) = area.estimate_text_size(&s.label, &font)?;
        tallest = tallest.max(h as i32);
        let entry = sample + gap + w as i32;
        if x > left && x + entry > width {
            x = left;
            row += 1;
        }
        layout.entries.push((s, x, row));
        x += entry + spacing;
    }
    if layout.entries.is_empty() {
        return Ok(layout);
    }
    layout.row = tallest + style.px(6.0) as i32;
    layout.height = layout.row * (row + 1) + style.px(6.0) as i32;
    Ok(layout)
}

/// The legend, drawn by hand so that every text size goes through the backend's own
/// measurement (plotters' built-in legend measures fonts through the DOM in browsers),
/// in its strip under the chart.
pub(super) fn draw_legend<DB: DrawingBackend>(
    strip: &DrawingArea<DB, Shift>,
    layout: &LegendLayout,
    style: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let fg = style.foreground();
    let font = style.font(12.0).color(&fg);
    let sample = style.px(22.0) as i32;
    let gap = style.px(6.0) as i32;
    for &(s, x, row) in &layout.entries {
        let colour = match s.colour {
            Some(k) => style.series(k),
            None => style.highlight(),
        };
        let line =
            ShapeStyle::from(&colour).stroke_width(style.px(if s.emphasised { 3.5 } else { 2.0 }));
        let y = layout.row * row + layout.row / 2;
        if s.dashed {
            let dash = sample / 3;
            strip.draw(&PathElement::new(vec![(x, y), (x + dash, y)], line))?;
            strip.draw(&PathElement::new(
                vec![(x + 2 * dash, y), (x + sample, y)],
                line,
            ))?;
        } else {
            strip.draw(&PathElement::new(vec![(x, y), (x + sample, y)], line))?;
        }
        strip.draw(&Text::new(
            s.label.clone(),
            (x + sample + gap, y),
            font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}
