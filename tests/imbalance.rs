//! The imbalance computations against closed forms and the paper's numbers.
#![cfg(not(target_arch = "wasm32"))]

use focal::core::imbalance::{
    class_balanced_weights, initial_loss, inverse_frequency_weights, prior_bias, Compared,
    LogitNormal, Scenario,
};
use focal::core::loss::{sigmoid, sigmoid_focal, Alpha};

fn scenario(spread: f64) -> Scenario {
    Scenario {
        ratio: 1000.0,
        n: 100_000.0,
        negatives: LogitNormal::with_mean(0.99, spread),
        positives: LogitNormal::with_mean(0.3, spread),
        alpha: Alpha::Balanced(0.25),
        gamma: 2.0,
    }
}

#[test]
fn quadrature_is_exact_on_moments() {
    let d = LogitNormal {
        mu: 1.3,
        spread: 0.7,
    };
    assert!((d.expect(|z| z) - 1.3).abs() < 1e-14);
    assert!((d.expect(|z| z * z) - (1.3 * 1.3 + 0.49)).abs() < 1e-13);
    assert!((d.expect(|_| 1.0) - 1.0).abs() < 1e-14);
}

#[test]
fn quadrature_matches_a_fine_simpson_rule() {
    let d = LogitNormal {
        mu: -0.8,
        spread: 1.5,
    };
    let f = |z: f64| sigmoid_focal(z, 1.0, Alpha::None, 2.0).loss;
    let (a, b, n) = (-0.8 - 15.0 * 1.5, -0.8 + 15.0 * 1.5, 200_000);
    let h = (b - a) / n as f64;
    let pdf = |z: f64| {
        let t = (z + 0.8) / 1.5;
        (-0.5 * t * t).exp() / (1.5 * (2.0 * std::f64::consts::PI).sqrt())
    };
    let simpson: f64 = (0..=n)
        .map(|i| {
            let z = a + i as f64 * h;
            let w = if i == 0 || i == n {
                1.0
            } else if i % 2 == 1 {
                4.0
            } else {
                2.0
            };
            w * pdf(z) * f(z)
        })
        .sum::<f64>()
        * h
        / 3.0;
    let ours = d.expect(f);
    assert!(
        (ours - simpson).abs() < 1e-10 * simpson,
        "{ours} vs {simpson}"
    );
}

#[test]
fn the_mean_is_what_was_asked_for() {
    for (mean, spread) in [
        (0.99, 1.0),
        (0.3, 1.0),
        (0.5, 2.5),
        (0.9999, 0.5),
        (0.01, 3.0),
    ] {
        let d = LogitNormal::with_mean(mean, spread);
        let got = d.expect(sigmoid);
        assert!(
            (got - mean).abs() < 1e-10,
            "mean {mean} spread {spread}: {got}"
        );
    }
}

#[test]
fn a_point_mass_gives_the_closed_form() {
    let s = scenario(0.0);
    let z_pos = (0.3f64 / 0.7).ln();
    let z_neg = (0.99f64 / 0.01).ln();
    for loss in Compared::ALL {
        let e = s.per_example(loss);
        let (a, g) = match loss {
            Compared::CrossEntropy => (Alpha::None, 0.0),
            Compared::BalancedCrossEntropy => (Alpha::Balanced(0.25), 0.0),
            Compared::Focal => (Alpha::Balanced(0.25), 2.0),
        };
        let pos = sigmoid_focal(z_pos, 1.0, a, g);
        let neg = sigmoid_focal(-z_neg, 0.0, a, g);
        assert!((e.loss_pos - pos.loss).abs() < 1e-12 * pos.loss);
        assert!((e.loss_neg - neg.loss).abs() < 1e-12 * neg.loss);
        assert!((e.grad_pos - pos.grad.abs()).abs() < 1e-12);
        assert!((e.grad_neg - neg.grad.abs()).abs() < 1e-12);
        // Shares computed from the closed form.
        let out = s.outcome(loss);
        let want = 1000.0 * neg.loss / (pos.loss + 1000.0 * neg.loss);
        assert!((out.neg_share - want).abs() < 1e-12);
    }
    // Under CE at 1:1000 with p_t 0.99 vs 0.3, negatives carry most of the loss ...
    let ce = s.outcome(Compared::CrossEntropy).neg_share;
    assert!(ce > 0.85, "{ce}");
    // ... and focal loss flips that.
    let fl = s.outcome(Compared::Focal).neg_share;
    assert!(fl < 0.2, "{fl}");
}

#[test]
fn focal_loss_shrinks_the_negative_share_as_gamma_grows() {
    let mut s = scenario(1.0);
    s.ratio = 100_000.0;
    let mut last = 1.0;
    for gamma in [0.0, 0.5, 1.0, 2.0, 5.0] {
        s.gamma = gamma;
        let share = s.outcome(Compared::Focal).neg_share;
        assert!(share < last, "γ = {gamma}: {share} after {last}");
        last = share;
    }
}

#[test]
fn totals_add_up_over_n_examples() {
    let s = scenario(1.0);
    let out = s.outcome(Compared::CrossEntropy);
    let e = out.per_example;
    let pos = 100_000.0 / 1001.0;
    let neg = 100_000.0 * 1000.0 / 1001.0;
    assert!((out.total - (pos * e.loss_pos + neg * e.loss_neg)).abs() < 1e-9 * out.total);
}

#[test]
fn prior_initialisation_matches_the_paper() {
    // §3.3: π = 0.01 gives b = −ln 99 ≈ −4.595.
    assert!((prior_bias(0.01) - -(99f64).ln()).abs() < 1e-15);
    // 100,000 background anchors: ≈ 69,315 at b = 0 versus ≈ 1,005 with the prior (CE).
    let zero = initial_loss(0.0, 100_000.0, 0.0, Alpha::None, 0.0);
    let prior = initial_loss(prior_bias(0.01), 100_000.0, 0.0, Alpha::None, 0.0);
    assert!((zero - 69_314.718).abs() < 0.01, "{zero}");
    assert!((prior - 1_005.034).abs() < 0.01, "{prior}");
}

#[test]
fn class_balanced_weights_follow_cui_et_al() {
    // β = 0: every effective number is 1, so all weights are equal.
    assert_eq!(class_balanced_weights(&[10.0, 1000.0], 0.0), vec![1.0, 1.0]);
    // By hand: β = 0.99, n = [10, 100]: E = (1 − β^n)/(1 − β).
    let e = |n: f64| (1.0 - 0.99f64.powf(n)) / 0.01;
    let (w1, w2) = (1.0 / e(10.0), 1.0 / e(100.0));
    let got = class_balanced_weights(&[10.0, 100.0], 0.99);
    assert!((got[0] - 2.0 * w1 / (w1 + w2)).abs() < 1e-12);
    assert!((got[1] - 2.0 * w2 / (w1 + w2)).abs() < 1e-12);
    assert!((got.iter().sum::<f64>() - 2.0).abs() < 1e-12);
    // β → 1 tends to inverse frequency (normalised).
    let near = class_balanced_weights(&[100.0, 900.0], 0.999_999_9);
    assert!((near[0] / near[1] - 9.0).abs() < 1e-2);
}

/// The seed code's rule: 1 − n/N per class, clipped to [0.1, 0.9].
#[test]
fn alpha_from_frequency_is_one_minus_the_share_clipped() {
    use focal::core::imbalance::alpha_from_frequency;
    let w = alpha_from_frequency(&[10.0, 100_000.0]);
    assert_eq!(w, vec![0.9, 0.1], "clipped from 0.9999 and 0.0001");
    let w = alpha_from_frequency(&[300.0, 700.0]);
    assert!((w[0] - 0.7).abs() < 1e-15 && (w[1] - 0.3).abs() < 1e-15);
    assert_eq!(alpha_from_frequency(&[0.0, 0.0]), vec![0.9, 0.9]);
}

#[test]
fn inverse_frequency_is_clipped() {
    let w = inverse_frequency_weights(&[10.0, 100_000.0]);
    assert_eq!(w[0], 10.0, "clipped from 5000.5");
    assert!((w[1] - 100_010.0 / 200_000.0).abs() < 1e-12);
}

/// The panel integrates a loss and its gradient in one pass; each must be what a pass of
/// its own gives, bit for bit.
#[test]
fn one_pass_for_loss_and_gradient_equals_two() {
    for spread in [0.0, 0.5, 1.0, 2.5] {
        let s = scenario(spread);
        for loss in Compared::ALL {
            let e = s.per_example(loss);
            for (dist, positive, (l, g)) in [
                (s.positives, true, (e.loss_pos, e.grad_pos)),
                (s.negatives, false, (e.loss_neg, e.grad_neg)),
            ] {
                let alone = |k: usize| {
                    dist.expect(|z| {
                        let r = loss.at(z, positive, s.alpha, s.gamma);
                        [r.0, r.1][k]
                    })
                };
                assert_eq!(
                    l.to_bits(),
                    alone(0).to_bits(),
                    "{loss:?} loss, spread {spread}"
                );
                assert_eq!(
                    g.to_bits(),
                    alone(1).to_bits(),
                    "{loss:?} gradient, spread {spread}"
                );
            }
        }
    }
}
