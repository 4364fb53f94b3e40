//! The "Your predictions" charts as data: where each class's examples sit over p_t, and the
//! negatives' share of the focal loss and of its gradient against γ.

use super::curves::{CurveChart, Legend, Series, XAxis};
use crate::core::loss::Alpha;
use crate::core::yours::Binned;
use crate::i18n::{msg, t};

/// The log-odds window of the p_t histogram: p_t from about 3e-7 to 1 − 3e-7; the end bins
/// hold everything beyond.
pub const PT_SPAN: f64 = 15.0;
pub const PT_BINS: usize = 60;
/// γ from 0 to this on the share chart.
pub const GAMMA_MAX: f64 = 5.0;

/// Each class's examples over logit(p_t), as fractions of the class per bin: the easy
/// negatives pile up on the right; what a loss does with them is the next chart.
pub fn pt_chart(centres: &[f64], classes: &[Vec<f64>; 2]) -> CurveChart {
    let points = |k: usize| {
        centres
            .iter()
            .copied()
            .zip(classes[k].iter().copied())
            .collect()
    };
    let top = classes.iter().flatten().copied().fold(0.0, f64::max);
    CurveChart {
        x_axis: XAxis::LogOdds,
        x_range: (-PT_SPAN, PT_SPAN),
        y_range: (0.0, (top * 1.08).max(0.01)),
        legend: Legend::Below,
        ..CurveChart::new(
            t(msg::YOURS_PT_TITLE),
            t(msg::MASS_AXIS_X),
            t(msg::YOURS_PT_AXIS),
            vec![
                Series::new(t(msg::MASS_NEGATIVES), points(0), Some(5)),
                Series::new(t(msg::MASS_POSITIVES), points(1), Some(4)),
            ],
        )
    }
}

/// The negatives' share of the focal loss (solid) and of its |gradient| (dashed) for γ
/// from 0 to 5 at the panel's α, from the binned rows; the current γ marked.
pub fn share_chart(binned: &Binned, alpha: Alpha, gamma: f64) -> CurveChart {
    let shares: Vec<(f64, (f64, f64))> = (0..=50)
        .map(|i| {
            let g = GAMMA_MAX * i as f64 / 50.0;
            let s = binned.totals(g).shares(alpha);
            (g, (s.neg, s.grad_neg))
        })
        .collect();
    let here = binned.totals(gamma).shares(alpha);
    let series = vec![
        Series {
            emphasised: true,
            ..Series::new(
                t(msg::FORMULA_FL),
                shares.iter().map(|&(g, s)| (g, s.0)).collect(),
                None,
            )
        },
        Series {
            dashed: true,
            ..Series::new(
                t(msg::YOURS_SHARE_GRADIENT),
                shares.iter().map(|&(g, s)| (g, s.1)).collect(),
                None,
            )
        },
    ];
    CurveChart {
        marker: Some((gamma.min(GAMMA_MAX), here.neg)),
        vline: Some(gamma.min(GAMMA_MAX)),
        x_range: (0.0, GAMMA_MAX),
        y_range: (0.0, 1.02),
        legend: Legend::Below,
        ..CurveChart::new(t(msg::YOURS_SHARE_TITLE), "γ", t(msg::SHARE_AXIS_Y), series)
    }
}
