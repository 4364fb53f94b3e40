//! The imbalance view's charts as data: the negatives' share vs the imbalance ratio, and
//! where the loss mass sits over p_t under one loss.

use super::curves::{CurveChart, Legend, Series, XAxis};
use crate::core::imbalance::{Compared, Scenario};
use crate::state::schema::State;

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
    let mut series = Vec::new();
    for loss in Compared::ALL {
        let e = scenario.per_example(loss);
        let grid = (0..=100).map(|i| i as f64 / 100.0 * RATIO_DECADES);
        let loss_share: Vec<(f64, f64)> = grid
            .clone()
            .map(|x| (x, e.neg_share(10f64.powf(x)).0))
            .collect();
        let grad_share: Vec<(f64, f64)> = grid.map(|x| (x, e.neg_share(10f64.powf(x)).1)).collect();
        series.push(Series {
            emphasised: loss == Compared::Focal,
            ..Series::new(format!("{} loss", loss.name()), loss_share, colour(loss))
        });
        series.push(Series {
            dashed: true,
            ..Series::new(
                format!("{} |gradient|", loss.name()),
                grad_share,
                colour(loss),
            )
        });
    }
    let x = state.ratio.log10();
    let here = scenario.outcome(Compared::Focal).neg_share;
    CurveChart {
        marker: Some((x, here)),
        vline: Some(x),
        x_axis: XAxis::RatioLog10,
        x_range: (0.0, RATIO_DECADES),
        y_range: (0.0, 1.02),
        legend: Legend::UpperLeft,
        ..CurveChart::new(
            "share from negatives (solid: loss, dashed: |gradient|)",
            "negatives per positive",
            "fraction from negatives",
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
    let scenario: Scenario = state.scenario();
    let outcome = scenario.outcome(loss);
    let (alpha, gamma) = (scenario.alpha, scenario.gamma);
    let curve = |positive: bool| -> Vec<(f64, f64)> {
        let (dist, count) = if positive {
            (scenario.positives, scenario.positives_count())
        } else {
            (scenario.negatives, scenario.negatives_count())
        };
        (0..=400)
            .map(|i| {
                let z = LOGIT_RANGE.0 + (LOGIT_RANGE.1 - LOGIT_RANGE.0) * i as f64 / 400.0;
                let l = loss.at(z, positive, alpha, gamma).0;
                let y = if outcome.total > 0.0 {
                    count * dist.density_of_logit(z) * l / outcome.total
                } else {
                    0.0
                };
                (z, y)
            })
            .collect()
    };
    let series = vec![
        Series::new("negatives", curve(false), Some(5)),
        Series::new("positives", curve(true), Some(4)),
    ];
    CurveChart {
        x_axis: XAxis::LogOdds,
        x_range: LOGIT_RANGE,
        legend: Legend::UpperLeft,
        ..CurveChart::new(
            format!("where the {} loss sits", loss.name()),
            "p_t (log-odds scale)",
            "share of total loss",
            series,
        )
    }
}
