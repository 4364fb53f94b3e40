//! Numerical extremes: |logit| up to 1e4, γ in [0, 10], soft targets. Finite everywhere,
//! and right where the answer is known in closed form.
#![cfg(not(target_arch = "wasm32"))]

use focal::core::loss::{point_readout, sigmoid_focal, softmax_focal, Alpha, ClassAlpha};

#[test]
fn finite_for_huge_logits_and_every_gamma() {
    let logits = [
        -1e4, -1e3, -745.0, -40.0, -17.0, 0.0, 17.0, 40.0, 745.0, 1e3, 1e4,
    ];
    let gammas = [0.0, 0.1, 0.5, 0.9, 1.0, 2.0, 5.0, 10.0];
    let targets = [0.0, 1.0, 0.1, 0.5, 0.9];
    for &x in &logits {
        for &g in &gammas {
            for &y in &targets {
                for alpha in [Alpha::None, Alpha::Balanced(0.25), Alpha::Balanced(1.0)] {
                    let r = sigmoid_focal(x, y, alpha, g);
                    assert!(
                        r.loss.is_finite() && r.loss >= 0.0,
                        "loss x={x} y={y} g={g}: {r:?}"
                    );
                    assert!(r.grad.is_finite(), "grad x={x} y={y} g={g}: {r:?}");
                }
            }
        }
    }
}

#[test]
fn known_values_at_the_extremes() {
    // Wrong side by 1e4: CE = 1e4 exactly (to rounding), p_t = e^-1e4 underflows, (1-p_t)^γ = 1.
    let r = sigmoid_focal(-1e4, 1.0, Alpha::None, 2.0);
    assert_eq!(r.loss, 1e4);
    assert_eq!(r.grad, -1.0);
    let r = sigmoid_focal(1e4, 0.0, Alpha::Balanced(0.25), 0.5);
    assert_eq!(r.loss, 0.75 * 1e4);
    assert_eq!(r.grad, 0.75);
    // Right side by 40 with 0 < γ < 1: 1 - p_t ≈ e^-40 (not 0), so the loss is tiny but
    // positive and the gradient is finite (autograd in float32 gives NaN here).
    let r = sigmoid_focal(40.0, 1.0, Alpha::None, 0.5);
    let q = (-40f64).exp();
    assert!(
        (r.loss - q.sqrt() * q).abs() <= 1e-12 * q.sqrt() * q,
        "{r:?}"
    );
    assert!(r.grad < 0.0 && r.grad.is_finite());
}

#[test]
fn point_readout_edges() {
    for pt in [0.001, 0.5, 0.999] {
        for g in [0.0, 0.5, 10.0] {
            for positive in [true, false] {
                let r = point_readout(pt, positive, Alpha::Balanced(0.0), g);
                assert!(r.ce.is_finite() && r.fl.is_finite() && r.grad_fl.is_finite());
                // α_t = 0 for a positive: FL is 0 and CE ÷ FL is infinite, said as such.
                if positive {
                    assert_eq!(r.fl, 0.0);
                    assert!(r.ce_over_fl.is_infinite());
                }
            }
        }
    }
    let r = point_readout(0.9, true, Alpha::None, 2.0);
    assert!((r.ce_over_fl - 100.0).abs() < 1e-9);
}

#[test]
fn softmax_is_finite_and_shift_invariant_at_extremes() {
    let logits = [1e4, -1e4, 0.0, 500.0];
    for t in 0..4 {
        for g in [0.0, 0.5, 2.0, 10.0] {
            let a = softmax_focal(&logits, t, &ClassAlpha::Scalar(0.25), g);
            assert!(
                a.loss.is_finite() && a.grad.iter().all(|v| v.is_finite()),
                "t={t} g={g}"
            );
            let shifted: Vec<f64> = logits.iter().map(|z| z + 123.0).collect();
            let b = softmax_focal(&shifted, t, &ClassAlpha::Scalar(0.25), g);
            assert!((a.loss - b.loss).abs() <= 1e-9 * a.loss.abs().max(1e-300));
        }
    }
}
