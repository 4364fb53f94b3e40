//! The Explorer's three charts as data: loss, modulating factor and |gradient| against
//! p_t for the paper's γ values and the current one (the paper's Figure 1 and friends).

use super::curves::{CurveChart, Series};
use crate::core::loss::{point_readout, PointReadout};
use crate::state::schema::State;

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

fn gamma_label(g: f64) -> String {
    format!("γ = {g}")
}

/// The chart of `q` for `state`.
pub fn chart(q: Quantity, state: &State) -> CurveChart {
    let alpha = state.alpha();
    let curve = |gamma: f64| -> Vec<(f64, f64)> {
        grid()
            .map(|pt| (pt, q.of(&point_readout(pt, state.positive, alpha, gamma))))
            .collect()
    };
    let mut series: Vec<Series> = REFERENCE_GAMMAS
        .iter()
        .enumerate()
        .filter(|(_, g)| **g != state.gamma)
        .map(|(i, &g)| Series::new(gamma_label(g), curve(g), Some(i)))
        .collect();
    series.push(Series {
        emphasised: true,
        ..Series::new(
            format!("{} (current)", gamma_label(state.gamma)),
            curve(state.gamma),
            None,
        )
    });
    let here = point_readout(state.pt, state.positive, alpha, state.gamma);
    let weighted = if state.alpha.is_some() {
        "α_t-weighted "
    } else {
        ""
    };
    let (title, y_label) = match q {
        Quantity::Loss => (format!("{weighted}focal loss vs p_t"), "loss".to_owned()),
        Quantity::Modulating => (
            "modulating factor (1 − p_t)^γ".to_owned(),
            "factor".to_owned(),
        ),
        Quantity::Gradient => (
            format!("{weighted}|dFL/dlogit| vs p_t"),
            "|gradient|".to_owned(),
        ),
    };
    let chart = CurveChart {
        marker: Some((state.pt, q.of(&here))),
        ..CurveChart::new(
            title,
            "p_t (probability of the true class)",
            y_label,
            series,
        )
    };
    match q {
        Quantity::Modulating => CurveChart {
            y_range: (0.0, 1.02),
            ..chart
        },
        _ => chart,
    }
}
