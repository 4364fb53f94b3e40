//! Any chart the page shows, as one type: drawn on any backend, exported as CSV, shown as
//! a table.

use super::curves::{draw_curves, CurveChart, Frame};
use super::lab::{draw_heatmap, Heatmap};
use super::theme::Style;
use crate::i18n::{msg, t};
use plotters::coord::Shift;
use plotters::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    Curves(CurveChart),
    Heatmap(Heatmap),
}

/// A table of what a figure plots: a header and rows of cells.
pub type Table = (Vec<String>, Vec<Vec<String>>);

impl Figure {
    pub fn title(&self) -> &str {
        match self {
            Figure::Curves(c) => &c.title,
            Figure::Heatmap(h) => &h.title,
        }
    }

    /// Draws the figure; curve charts also report where their plotting area landed.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &Style,
    ) -> Result<Option<Frame>, DrawingAreaErrorKind<DB::ErrorType>> {
        match self {
            Figure::Curves(c) => draw_curves(area, c, style).map(Some),
            Figure::Heatmap(h) => draw_heatmap(area, h, style).map(|_| None),
        }
    }

    /// Every plotted value in long form: `series,x,y` (curves) or `x,y,p` (heatmaps).
    pub fn csv(&self) -> String {
        let mut out = String::new();
        match self {
            Figure::Curves(c) => {
                // The header in the page's language (a comma in it would split the column).
                out.push_str(&format!(
                    "{},x,y\n",
                    t(msg::EXPORT_SERIES).replace(',', ";")
                ));
                for s in &c.series {
                    let name = s.label.replace(',', ";");
                    for (x, y) in &s.points {
                        out.push_str(&format!("{name},{x},{y}\n"));
                    }
                }
            }
            Figure::Heatmap(h) => {
                out.push_str(&format!(
                    "x,y,{}\n",
                    t(msg::EXPORT_P_POSITIVE).replace(',', ";")
                ));
                for (x, y, p) in h.cells_with_centres() {
                    out.push_str(&format!("{x},{y},{p}\n"));
                }
            }
        }
        out
    }

    /// A readable table: each series at `samples` evenly spaced x values (curves), or the
    /// probability on a coarse grid (heatmaps).
    pub fn table(&self, samples: usize) -> Table {
        let short = crate::format::num;
        match self {
            Figure::Curves(c) => {
                let mut header = vec![c.x_label.clone()];
                header.extend(c.series.iter().map(|s| s.label.clone()));
                let (lo, hi) = c.x_range;
                let rows = (0..samples)
                    .map(|i| {
                        let x = lo + (hi - lo) * i as f64 / (samples.max(2) - 1) as f64;
                        let mut row = vec![short(x)];
                        let values = c.values_at(x);
                        for s in &c.series {
                            let v = values.iter().find(|(l, _)| *l == s.label).map(|v| v.1);
                            row.push(v.map_or("—".to_owned(), short));
                        }
                        row
                    })
                    .collect();
                (header, rows)
            }
            Figure::Heatmap(h) => {
                let step = (h.cells / samples.max(1)).max(1);
                let header = vec![
                    "x".to_owned(),
                    "y".to_owned(),
                    t(msg::EXPORT_P_POSITIVE).to_owned(),
                ];
                let rows = h
                    .cells_with_centres()
                    .enumerate()
                    .filter(|(k, _)| (k % h.cells) % step == 0 && (k / h.cells) % step == 0)
                    .map(|(_, (x, y, p))| vec![short(x), short(y), short(p)])
                    .collect();
                (header, rows)
            }
        }
    }
}
