//! The training lab's pictures: decision heatmaps with the data, and line charts of the
//! runs' histories, PR curves and the paper's Figure 4.

use super::curves::{CurveChart, Legend, Series};
use super::theme::Style;
use crate::core::data::Dataset;
use crate::core::lab::{Checkpoint, Lab, LossProfile};
use crate::core::train::Run;
use crate::i18n::{msg, t, tf, Msg};
use plotters::coord::Shift;
use plotters::prelude::*;

/// The model's probability on a grid over the data, and the points to draw on top.
#[derive(Clone, Debug, PartialEq)]
pub struct Heatmap {
    pub title: String,
    pub cells: usize,
    pub extent: f64,
    /// Row-major, bottom row first: p at the centre of each cell.
    pub probabilities: Vec<f64>,
    pub positives: Vec<[f64; 2]>,
    /// Negatives thinned for drawing only.
    pub negatives: Vec<[f64; 2]>,
}

/// Before the first snapshot: one grey cell, no points.
impl Default for Heatmap {
    fn default() -> Heatmap {
        Heatmap {
            title: String::new(),
            cells: 1,
            extent: 1.0,
            probabilities: vec![0.5],
            positives: Vec::new(),
            negatives: Vec::new(),
        }
    }
}

const CELLS: usize = 48;
const EXTENT: f64 = 4.5;
const MAX_NEGATIVES_DRAWN: usize = 1000;

pub fn heatmap(run: &Run, data: &Dataset, title: String) -> Heatmap {
    let step = 2.0 * EXTENT / CELLS as f64;
    let probabilities = (0..CELLS * CELLS)
        .map(|k| {
            let (i, j) = (k % CELLS, k / CELLS);
            let p = [
                -EXTENT + (i as f64 + 0.5) * step,
                -EXTENT + (j as f64 + 0.5) * step,
            ];
            let v = run.model.probability(p);
            if v.is_finite() {
                v
            } else {
                0.5
            }
        })
        .collect();
    let negatives_total = data.len() - data.positives();
    let stride = negatives_total.div_ceil(MAX_NEGATIVES_DRAWN).max(1);
    let mut positives = Vec::new();
    let mut negatives = Vec::new();
    let mut seen = 0usize;
    for (p, &label) in data.x.iter().zip(&data.label) {
        if label {
            positives.push(*p);
        } else {
            if seen % stride == 0 {
                negatives.push(*p);
            }
            seen += 1;
        }
    }
    Heatmap {
        title,
        cells: CELLS,
        extent: EXTENT,
        probabilities,
        positives,
        negatives,
    }
}

impl Heatmap {
    /// (x, y, p) at each cell centre, bottom row first.
    pub fn cells_with_centres(&self) -> impl Iterator<Item = (f64, f64, f64)> + '_ {
        let step = 2.0 * self.extent / self.cells as f64;
        self.probabilities.iter().enumerate().map(move |(k, p)| {
            let (i, j) = ((k % self.cells) as f64, (k / self.cells) as f64);
            (
                -self.extent + (i + 0.5) * step,
                -self.extent + (j + 0.5) * step,
                *p,
            )
        })
    }
}

fn mix(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let m = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    RGBColor(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// Blue for "negative", the background at 0.5, orange for "positive".
pub fn probability_colour(p: f64, style: &Style) -> RGBColor {
    let negative = RGBColor(0x00, 0x72, 0xb2);
    let positive = RGBColor(0xe6, 0x9f, 0x00);
    let neutral = style.background();
    if p < 0.5 {
        mix(negative, neutral, p * 2.0)
    } else {
        mix(neutral, positive, (p - 0.5) * 2.0)
    }
}

pub fn draw_heatmap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    h: &Heatmap,
    style: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let fg = style.foreground();
    area.fill(&style.background())?;
    let font = |size: f64| style.font(size).color(&fg);
    let e = h.extent;
    let mut c = ChartBuilder::on(area)
        .margin(style.px(8.0))
        .caption(
            &h.title,
            font(super::curves::caption_size(area, &h.title, style)),
        )
        .x_label_area_size(style.px(28.0))
        .y_label_area_size(style.px(34.0))
        .build_cartesian_2d(-e..e, -e..e)?;
    c.configure_mesh()
        .disable_mesh()
        .label_style(font(11.0))
        .axis_style(ShapeStyle::from(&fg).stroke_width(style.px(1.0)))
        .x_labels(5)
        .y_labels(5)
        .draw()?;
    let step = 2.0 * e / h.cells as f64;
    c.draw_series(h.probabilities.iter().enumerate().map(|(k, p)| {
        let (i, j) = ((k % h.cells) as f64, (k / h.cells) as f64);
        let x0 = -e + i * step;
        let y0 = -e + j * step;
        Rectangle::new(
            [(x0, y0), (x0 + step, y0 + step)],
            probability_colour(*p, style).filled(),
        )
    }))?;
    let dot = style.px(1.6) as i32;
    c.draw_series(h.negatives.iter().map(|p| {
        Circle::new(
            (p[0], p[1]),
            dot,
            ShapeStyle::from(&style.foreground().mix(0.35)).filled(),
        )
    }))?;
    let big = style.px(3.5) as i32;
    c.draw_series(h.positives.iter().map(|p| {
        Circle::new(
            (p[0], p[1]),
            big,
            ShapeStyle::from(&RGBColor(0xd5, 0x5e, 0x00)).filled(),
        )
    }))?;
    c.draw_series(h.positives.iter().map(|p| {
        Circle::new(
            (p[0], p[1]),
            big,
            ShapeStyle::from(&fg).stroke_width(style.px(1.0)),
        )
    }))?;
    area.present()?;
    Ok(())
}

fn epoch_chart(
    title: &str,
    y_label: &str,
    series: Vec<Series>,
    last_epoch: usize,
    y_range: Option<(f64, f64)>,
) -> CurveChart {
    let chart = CurveChart {
        x_range: (0.0, last_epoch.max(1) as f64),
        legend: Legend::Below,
        ..CurveChart::new(title, t(msg::LAB_AXIS_EPOCH), y_label, series)
    };
    CurveChart {
        y_range: y_range.unwrap_or(chart.y_range),
        ..chart
    }
}

fn run_colour(run: usize) -> Option<usize> {
    if run == 0 {
        Some(0)
    } else {
        None
    }
}

fn label(lab: &Lab, run: usize) -> String {
    format!("{} ({})", ["A", "B"][run], lab.runs[run].config.loss.name())
}

fn history_series(
    lab: &Lab,
    run: usize,
    what: Msg,
    f: fn(&Checkpoint) -> f64,
    dashed: bool,
) -> Series {
    let points = lab.history[run]
        .iter()
        .map(|c| (c.epoch as f64, f(c)))
        .filter(|p| p.1.is_finite())
        .collect();
    Series {
        dashed,
        emphasised: run == 1 && !dashed,
        ..Series::new(
            tf(what, &[("run", &label(lab, run))]),
            points,
            run_colour(run),
        )
    }
}

/// Train (solid) and test (dashed) loss of both runs, each divided by its value at epoch
/// 0: CE and FL live on different scales, their progress does not.
pub fn loss_chart(lab: &Lab) -> CurveChart {
    let mut series = Vec::new();
    for run in 0..2 {
        let first = lab.history[run]
            .first()
            .map_or(1.0, |c| c.test_loss.max(1e-300));
        let scale = |v: f64| v / first;
        let train: Vec<(f64, f64)> = lab.runs[run]
            .losses
            .points()
            .map(|(e, l)| (e as f64, scale(l)))
            .filter(|p| p.1.is_finite())
            .collect();
        let test: Vec<(f64, f64)> = lab.history[run]
            .iter()
            .map(|c| (c.epoch as f64, scale(c.test_loss)))
            .filter(|p| p.1.is_finite())
            .collect();
        series.push(Series {
            emphasised: run == 1,
            ..Series::new(
                tf(msg::LAB_SERIES_TRAIN, &[("run", &label(lab, run))]),
                train,
                run_colour(run),
            )
        });
        series.push(Series {
            dashed: true,
            ..Series::new(
                tf(msg::LAB_SERIES_TEST, &[("run", &label(lab, run))]),
                test,
                run_colour(run),
            )
        });
    }
    let (_, hi) = CurveChart::fit_y(&series);
    epoch_chart(
        t(msg::LAB_LOSS_TITLE),
        t(msg::LAB_LOSS_AXIS),
        series,
        lab.epoch(),
        Some((0.0, hi.min(2.0))),
    )
}

/// Both runs' test AP over the epochs, under a dashed line at the best possible AP (the
/// Bayes-optimal ranking of this test split).
pub fn ap_chart(lab: &Lab) -> CurveChart {
    let mut series: Vec<Series> = (0..2)
        .map(|r| history_series(lab, r, msg::LAB_SERIES_AP, |c| c.ap, false))
        .collect();
    let end = lab.epoch().max(1) as f64;
    series.push(Series {
        dashed: true,
        ..Series::new(
            t(msg::LAB_BAYES_SERIES),
            vec![(0.0, lab.bayes_ap), (end, lab.bayes_ap)],
            Some(2),
        )
    });
    epoch_chart(
        t(msg::LAB_AP_TITLE),
        "AP",
        series,
        lab.epoch(),
        Some((0.0, 1.02)),
    )
}

pub fn precision_recall_chart(lab: &Lab) -> CurveChart {
    let mut series = Vec::new();
    for r in 0..2 {
        series.push(history_series(
            lab,
            r,
            msg::LAB_SERIES_PRECISION,
            |c| c.precision,
            false,
        ));
        series.push(history_series(
            lab,
            r,
            msg::LAB_SERIES_RECALL,
            |c| c.recall,
            true,
        ));
    }
    epoch_chart(
        &tf(
            msg::LAB_PR_EPOCHS_TITLE,
            &[("threshold", &crate::format::num(0.5))],
        ),
        t(msg::LAB_FRACTION_AXIS),
        series,
        lab.epoch(),
        Some((0.0, 1.02)),
    )
}

pub fn pr_chart(lab: &Lab) -> CurveChart {
    let series = (0..2)
        .map(|r| Series {
            emphasised: r == 1,
            ..Series::new(label(lab, r), lab.curves[r].pr.clone(), run_colour(r))
        })
        .collect();
    CurveChart {
        y_range: (0.0, 1.02),
        legend: Legend::Below,
        ..CurveChart::new(
            t(msg::LAB_PR_TITLE),
            t(msg::LAB_AXIS_RECALL),
            t(msg::LAB_AXIS_PRECISION),
            series,
        )
    }
}

/// The paper's Figure 4 for one run's current model: the cumulative share of the
/// normalised loss against the fraction of examples, for positives (solid) and negatives
/// (dashed), with the loss recomputed for γ ∈ {0, 0.5, 1, 2}.
pub fn figure4_chart(lab: &Lab, run: usize, profile: &LossProfile) -> CurveChart {
    let mut series = Vec::new();
    for (i, (g, cdf)) in profile.positives.iter().enumerate() {
        series.push(Series::new(
            tf(msg::CDF_POSITIVES, &[("gamma", &crate::format::num(*g))]),
            cdf.clone(),
            Some(i),
        ));
    }
    for (i, (g, cdf)) in profile.negatives.iter().enumerate() {
        series.push(Series {
            dashed: true,
            ..Series::new(
                tf(msg::CDF_NEGATIVES, &[("gamma", &crate::format::num(*g))]),
                cdf.clone(),
                Some(i),
            )
        });
    }
    CurveChart {
        y_range: (0.0, 1.02),
        legend: Legend::Below,
        ..CurveChart::new(
            tf(msg::CDF_TITLE, &[("run", &label(lab, run))]),
            t(msg::CDF_AXIS_X),
            t(msg::CDF_AXIS_Y),
            series,
        )
    }
}
