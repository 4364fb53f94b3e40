//! Focal loss and its relatives side by side: loss against p_t for a positive example.

use super::curves::{CurveChart, Legend, Series};
use crate::core::loss::{logit, Alpha, Loss};
use crate::i18n::{msg, t, Msg};

/// A variant as the page lists it: name, formula in words, and where it comes from.
pub struct Variant {
    pub name: &'static str,
    pub formula: Msg,
    /// Paper titles stay in English, as they are cited.
    pub citation: Msg,
}

pub const VARIANTS: [Variant; 5] = [
    Variant {
        name: "CE",
        formula: Msg::fixed("−ln p_t"),
        citation: msg::VARIANT_CE_CITATION,
    },
    Variant {
        name: "FL",
        formula: Msg::fixed("−(1 − p_t)^γ ln p_t"),
        citation: Msg::fixed("Lin et al., Focal Loss for Dense Object Detection, ICCV 2017"),
    },
    Variant {
        name: "FL*",
        formula: Msg::fixed("−ln σ(γ x_t + β) / γ"),
        citation: msg::VARIANT_FLSTAR_CITATION,
    },
    Variant {
        name: "Poly-1",
        formula: Msg::fixed("−ln p_t + ε (1 − p_t)"),
        citation: Msg::fixed("Leng et al., PolyLoss, ICLR 2022"),
    },
    Variant {
        name: "FLSD-53",
        formula: msg::VARIANT_FLSD_FORMULA,
        citation: Msg::fixed(
            "Mukhoti et al., Calibrating Deep Neural Networks using Focal Loss, NeurIPS 2020",
        ),
    },
];

/// The variants against p_t for a positive example: FL at `gamma`, Poly-1 at `epsilon`.
pub fn variants_chart(gamma: f64, epsilon: f64) -> CurveChart {
    let curve = |loss: Loss| -> Vec<(f64, f64)> {
        (1..=400)
            .map(|i| {
                let pt = i as f64 / 401.0;
                (pt, loss.eval(logit(pt), true).loss)
            })
            .collect()
    };
    let mut series = vec![
        Series::new(
            "CE",
            curve(Loss::CrossEntropy { alpha: Alpha::None }),
            Some(0),
        ),
        Series {
            emphasised: true,
            ..Series::new(
                format!("FL γ = {}", gamma),
                curve(Loss::Focal {
                    alpha: Alpha::None,
                    gamma,
                }),
                None,
            )
        },
        Series::new(
            "FL* γ = 2, β = 1",
            curve(Loss::FocalStar {
                gamma: 2.0,
                beta: 1.0,
            }),
            Some(2),
        ),
        Series {
            dashed: true,
            ..Series::new(
                "FL* γ = 4, β = 0",
                curve(Loss::FocalStar {
                    gamma: 4.0,
                    beta: 0.0,
                }),
                Some(2),
            )
        },
        Series::new(
            format!("Poly-1 ε = {}", epsilon),
            curve(Loss::Poly1 { epsilon }),
            Some(4),
        ),
        Series::new("FLSD-53", curve(Loss::Flsd53), Some(3)),
    ];
    // CE reaches 6 at p_t = 0.0025; the view stops at 5 where the shapes differ, and
    // points above it are left out rather than drawn outside the frame.
    let cap = CurveChart::fit_y(&series).1.min(5.0);
    for s in &mut series {
        s.points.retain(|p| p.1 <= cap);
    }
    CurveChart {
        y_range: (0.0, cap),
        legend: Legend::Below,
        ..CurveChart::new(
            t(msg::VARIANTS_CHART_TITLE),
            t(msg::AXIS_PT),
            t(msg::AXIS_LOSS),
            series,
        )
    }
}
