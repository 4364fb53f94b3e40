//! The Explorer's three charts as data: loss, modulating factor and |gradient| against
//! p_t for the paper's γ values and the current one (the paper's Figure 1 and friends).

use super::curves::{CurveChart, Series};
use crate::core::loss::{point_readout, Alpha, PointReadout};
use crate::i18n::number::local;
use crate::i18n::{msg, t, tf};
use crate::state::Point;

/// The γ values of the paper's Figure 1.
pub const REFERENCE_GAMMAS: [f64; 5] = [0.0, 0.5, 1.0, 2.0, 5.0];

/// Which quantity a chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Loss,
    Modulating,
    Gradient,
}

impl Quantity {
    pub const ALL: [Quantity; 3] = [Quantity::Loss, Quantity::Modulating, Quantity::Gradient];

    /// A stable name for test hooks and file names.
    pub fn id(self) -> &'static str {
        match self {
            Quantity::Loss => "loss",
            Quantity::Modulating => "modulating",
            Quantity::Gradient => "gradient",
        }
    }

    fn of(self, r: &PointReadout) -> f64 {
        match self {
            Quantity::Loss => r.fl,
            Quantity::Modulating => r.modulating,
            Quantity::Gradient => r.grad_fl.abs(),
        }
    }
}

const SAMPLES: usize = 240;

/// p_t samples over the slider's range, denser near 0 where the loss curves bend.
fn grid() -> impl Iterator<Item = f64> {
    (0..=SAMPLES).map(|i| {
        let u = i as f64 / SAMPLES as f64;
        0.001 + 0.998 * (u * u * (3.0 - 2.0 * u) * 0.5 + u * 0.5)
    })
}

pub fn gamma_label(g: f64) -> String {
    format!("γ = {}", local(&g.to_string()))
}

/// One γ's curves of all three quantities, sampled on one grid: the three charts share
/// every `point_readout`, and the reference γ curves only change with α and the class.
pub type Sampled = [Vec<(f64, f64)>; 3];

pub fn sample(gamma: f64, positive: bool, alpha: Alpha) -> Sampled {
    let readouts: Vec<(f64, PointReadout)> = grid()
        .map(|pt| (pt, point_readout(pt, positive, alpha, gamma)))
        .collect();
    Quantity::ALL.map(|q| readouts.iter().map(|(pt, r)| (*pt, q.of(r))).collect())
}

/// The reference γ curves for a true class and α.
pub fn references(positive: bool, alpha: Alpha) -> [Sampled; REFERENCE_GAMMAS.len()] {
    REFERENCE_GAMMAS.map(|g| sample(g, positive, alpha))
}

/// The chart of `q` for `state`.
pub fn chart(q: Quantity, point: &Point) -> CurveChart {
    let current = sample(point.gamma, point.positive, point.alpha());
    chart_from(
        q,
        point,
        &references(point.positive, point.alpha()),
        &current,
    )
}

/// The chart of `q` from curves sampled already (`current` at `point.gamma`).
pub fn chart_from(
    q: Quantity,
    point: &Point,
    references: &[Sampled; REFERENCE_GAMMAS.len()],
    current: &Sampled,
) -> CurveChart {
    let alpha = point.alpha();
    let k = q as usize;
    let mut series: Vec<Series> = REFERENCE_GAMMAS
        .iter()
        .zip(references)
        .enumerate()
        .filter(|(_, (g, _))| **g != point.gamma)
        .map(|(i, (&g, sampled))| Series::new(gamma_label(g), sampled[k].clone(), Some(i)))
        .collect();
    series.push(Series {
        emphasised: true,
        ..Series::new(
            tf(msg::LEGEND_CURRENT, &[("gamma", &gamma_label(point.gamma))]),
            current[k].clone(),
            None,
        )
    });
    let here = point_readout(point.pt, point.positive, alpha, point.gamma);
    let weighted = point.alpha.is_some();
    let (title, y_label) = match q {
        Quantity::Loss if weighted => (msg::CHART_LOSS_TITLE_WEIGHTED, msg::AXIS_LOSS),
        Quantity::Loss => (msg::CHART_LOSS_TITLE, msg::AXIS_LOSS),
        Quantity::Modulating => (msg::CHART_MODULATING_TITLE, msg::AXIS_FACTOR),
        Quantity::Gradient if weighted => (msg::CHART_GRADIENT_TITLE_WEIGHTED, msg::AXIS_GRADIENT),
        Quantity::Gradient => (msg::CHART_GRADIENT_TITLE, msg::AXIS_GRADIENT),
    };
    let chart = CurveChart {
        marker: Some((point.pt, q.of(&here))),
        ..CurveChart::new(t(title), t(msg::AXIS_PT), t(y_label), series)
    };
    match q {
        Quantity::Modulating => CurveChart {
            y_range: (0.0, 1.02),
            ..chart
        },
        _ => chart,
    }
}
