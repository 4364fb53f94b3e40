//! The imbalance view's charts as data: the negatives' share vs the imbalance ratio, and
//! where the loss mass sits over p_t under one loss.

use super::curves::{CurveChart, Legend, Series, XAxis};
use crate::core::imbalance::{Compared, PerExample, Scenario};
use crate::i18n::{msg, t, tf};
use crate::state::State;

/// Ratios 1:1 … 1:100,000, as log10.
const RATIO_DECADES: f64 = 5.0;

fn colour(loss: Compared) -> Option<usize> {
    match loss {
        Compared::CrossEntropy => Some(0),
        Compared::BalancedCrossEntropy => Some(1),
        Compared::Focal => None,
    }
}

/// (a) Fraction of the total loss (solid) and of the total |gradient| (dashed) carried by
/// negatives, against the imbalance ratio, for CE, α-CE and FL.
pub fn share_chart(state: &State) -> CurveChart {
    let scenario = state.scenario();
    share_chart_from(
        &Compared::ALL.map(|l| scenario.per_example(l)),
        state.imbalance.ratio,
    )
}

/// [`share_chart`] from the per-example expectations of CE, α-CE and FL (in
/// [`Compared::ALL`] order), at the current `ratio`.
pub fn share_chart_from(per_example: &[PerExample; 3], ratio: f64) -> CurveChart {
    let mut series = Vec::new();
    for (loss, e) in Compared::ALL.into_iter().zip(per_example) {
        let grid = (0..=100).map(|i| i as f64 / 100.0 * RATIO_DECADES);
        let shares: Vec<(f64, (f64, f64))> =
            grid.map(|x| (x, e.neg_share(10f64.powf(x)))).collect();
        let loss_share = shares.iter().map(|(x, s)| (*x, s.0)).collect();
        let grad_share = shares.iter().map(|(x, s)| (*x, s.1)).collect();
        series.push(Series {
            emphasised: loss == Compared::Focal,
            ..Series::new(
                tf(msg::SHARE_SERIES_LOSS, &[("loss", loss.name())]),
                loss_share,
                colour(loss),
            )
        });
        series.push(Series {
            dashed: true,
            ..Series::new(
                tf(msg::SHARE_SERIES_GRAD, &[("loss", loss.name())]),
                grad_share,
                colour(loss),
            )
        });
    }
    let x = ratio.log10();
    let here = per_example[Compared::Focal as usize].neg_share(ratio).0;
    CurveChart {
        marker: Some((x, here)),
        vline: Some(x),
        x_axis: XAxis::RatioLog10,
        x_range: (0.0, RATIO_DECADES),
        y_range: (0.0, 1.02),
        legend: Legend::Below,
        ..CurveChart::new(
            t(msg::SHARE_CHART_TITLE),
            t(msg::SHARE_AXIS_X),
            t(msg::SHARE_AXIS_Y),
            series,
        )
    }
}

/// The log-odds window: p_t from about 0.0025 to 0.99995.
const LOGIT_RANGE: (f64, f64) = (-6.0, 10.0);

/// (b) Where the loss mass sits: for each class, `count · density · loss / total` over
/// logit(p_t), so the area under each curve is that class's share of the total loss. The
/// axis is log-odds (labelled in p_t): on a linear p_t axis the negatives' spike near 1
/// would dwarf everything else.
pub fn mass_chart(state: &State, loss: Compared) -> CurveChart {
    let scenario = state.scenario();
    let total = scenario.outcome(loss).total;
    mass_chart_scaled(&mass_shape(&scenario, loss), &scenario, total, loss)
}

/// `density · loss` per example of the negatives and of the positives over the logit
/// window: [`mass_chart`]'s curves before scaling by count and total, so they depend on
/// the distributions, α and γ, but not on the ratio or the count.
pub type MassShape = [Vec<(f64, f64)>; 2];

pub fn mass_shape(scenario: &Scenario, loss: Compared) -> MassShape {
    let (alpha, gamma) = (scenario.alpha, scenario.gamma);
    [false, true].map(|positive| {
        let dist = if positive {
            scenario.positives
        } else {
            scenario.negatives
        };
        (0..=400)
            .map(|i| {
                let z = LOGIT_RANGE.0 + (LOGIT_RANGE.1 - LOGIT_RANGE.0) * i as f64 / 400.0;
                (
                    z,
                    dist.density_of_logit(z) * loss.at(z, positive, alpha, gamma).0,
                )
            })
            .collect()
    })
}

/// [`mass_chart`] from its shape, scaled for `scenario`'s counts and its `total` loss.
pub fn mass_chart_scaled(
    shape: &MassShape,
    scenario: &Scenario,
    total: f64,
    loss: Compared,
) -> CurveChart {
    let counts = [scenario.negatives_count(), scenario.positives_count()];
    let [negatives, positives] = [0, 1].map(|k| {
        shape[k]
            .iter()
            .map(|&(z, v)| {
                (
                    z,
                    if total > 0.0 {
                        counts[k] * v / total
                    } else {
                        0.0
                    },
                )
            })
            .collect()
    });
    let series = vec![
        Series::new(t(msg::MASS_NEGATIVES), negatives, Some(5)),
        Series::new(t(msg::MASS_POSITIVES), positives, Some(4)),
    ];
    CurveChart {
        x_axis: XAxis::LogOdds,
        x_range: LOGIT_RANGE,
        legend: Legend::Below,
        ..CurveChart::new(
            tf(msg::MASS_CHART_TITLE, &[("loss", loss.name())]),
            t(msg::MASS_AXIS_X),
            t(msg::MASS_AXIS_Y),
            series,
        )
    }
}
