//! Metrics against scikit-learn (tests/reference/ranking_metrics.csv).
#![cfg(not(target_arch = "wasm32"))]
mod common;

use common::read_csv;
use focal::core::metrics::{
    average_precision, loss_cdf, roc_auc, AveragePrecision, Confusion, Ranking,
};

#[test]
fn ranking_metrics_match_scikit_learn() {
    let rows = read_csv("ranking_metrics.csv");
    assert_eq!(rows.len(), 51);
    for r in &rows {
        let scores = r.list("scores");
        let labels: Vec<bool> = r.list("labels").iter().map(|l| *l == 1.0).collect();
        let case = r.str("case");
        let ap = average_precision(&scores, &labels);
        let auc = roc_auc(&scores, &labels);
        let c = Confusion::at(&scores, &labels, 0.5);
        let one_sort = Ranking::new(&scores, &labels, 1000);
        assert!(
            (one_sort.ap - r.f64("average_precision")).abs() <= 1e-12,
            "case {case} Ranking AP"
        );
        assert!(
            (one_sort.roc_auc - r.f64("roc_auc")).abs() <= 1e-12,
            "case {case} Ranking AUC"
        );
        for (name, got, want) in [
            ("AP", ap, r.f64("average_precision")),
            ("ROC-AUC", auc, r.f64("roc_auc")),
            ("precision", c.precision(), r.f64("precision_at_0_5")),
            ("recall", c.recall(), r.f64("recall_at_0_5")),
        ] {
            assert!(
                (got - want).abs() <= 1e-12,
                "case {case} {name}: {got} vs {want}"
            );
        }
    }
}

#[test]
fn loss_cdf_is_a_cdf() {
    let cdf = loss_cdf(&[3.0, 1.0, 0.0, 6.0], 100);
    assert_eq!(cdf.first(), Some(&(0.0, 0.0)));
    assert_eq!(cdf.last(), Some(&(1.0, 1.0)));
    assert_eq!(cdf[2], (0.5, 0.1));
    assert!(cdf.windows(2).all(|w| w[1].1 >= w[0].1));
}

/// The lab's build takes the Bayes AP a sort pass per step: the same value, bit for bit, on
/// every reference case (ties, one class, extreme and signed scores).
#[test]
fn average_precision_in_steps_is_average_precision() {
    for r in &read_csv("ranking_metrics.csv") {
        let scores = r.list("scores");
        let labels: Vec<bool> = r.list("labels").iter().map(|l| *l == 1.0).collect();
        let mut stepped = AveragePrecision::new(&scores, &labels);
        let mut steps = 1;
        let ap = loop {
            if let Some(ap) = stepped.step() {
                break ap;
            }
            steps += 1;
        };
        assert_eq!(
            ap.to_bits(),
            average_precision(&scores, &labels).to_bits(),
            "case {}",
            r.str("case")
        );
        assert!(steps <= 6, "one step per 11-bit digit of a 64-bit key");
    }
}
