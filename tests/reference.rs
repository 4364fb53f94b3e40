#![cfg(not(target_arch = "wasm32"))]
//! The core against every row of the reference files (torchvision, Keras, 60-digit
//! ground truth, softmax), plus a finite-difference check of the closed-form gradients.
mod common;

use common::{close, read_csv};
use focal::core::loss::{
    focal_hard, focal_star, sigmoid_focal, sigmoid_focal_from_prob, softmax_focal, Alpha,
    ClassAlpha, KerasBinaryFocal,
};

const ABS: f64 = 1e-12;
const REL: f64 = 1e-9;

fn check_sigmoid_file(name: &str) {
    let rows = read_csv(name);
    assert_eq!(rows.len(), 1040, "{name}: row count");
    let mut failures = Vec::new();
    for r in &rows {
        let (x, y, a, g) = (
            r.f64("logit"),
            r.f64("target"),
            r.f64("alpha"),
            r.f64("gamma"),
        );
        let got = sigmoid_focal(x, y, Alpha::from_torchvision(a), g);
        let (loss, grad) = (r.f64("loss"), r.f64("dloss_dlogit"));
        if !close(got.loss, loss, ABS, REL) || !close(got.grad, grad, ABS, REL) {
            failures.push(format!(
                "x={x} y={y} a={a} g={g}: loss {} vs {loss}, grad {} vs {grad}",
                got.loss, got.grad
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{name}: {} rows off:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn sigmoid_focal_matches_60_digit_ground_truth() {
    check_sigmoid_file("sigmoid_focal_loss_exact.csv");
}

#[test]
fn sigmoid_focal_matches_torchvision() {
    check_sigmoid_file("sigmoid_focal_loss.csv");
}

#[test]
fn sigmoid_focal_is_relatively_exact_for_hard_labels() {
    // Stricter than the mixed tolerance: the log-space form has no cancellation, so even
    // losses of 1e-60 keep ~13 significant digits.
    for r in read_csv("sigmoid_focal_loss_exact.csv") {
        let (x, y, a, g) = (
            r.f64("logit"),
            r.f64("target"),
            r.f64("alpha"),
            r.f64("gamma"),
        );
        if y != 0.0 && y != 1.0 {
            continue;
        }
        let got = sigmoid_focal(x, y, Alpha::from_torchvision(a), g);
        assert!(
            close(got.loss, r.f64("loss"), 0.0, 1e-12),
            "loss at x={x} y={y} g={g}"
        );
        assert!(
            close(got.grad, r.f64("dloss_dlogit"), 0.0, 1e-11),
            "grad at x={x} y={y} g={g}"
        );
    }
}

#[test]
fn the_hard_label_fast_path_matches_ground_truth() {
    for r in read_csv("sigmoid_focal_loss_exact.csv") {
        let (x, y, a, g) = (
            r.f64("logit"),
            r.f64("target"),
            r.f64("alpha"),
            r.f64("gamma"),
        );
        if y != 0.0 && y != 1.0 {
            continue;
        }
        let got = focal_hard(x, y == 1.0, Alpha::from_torchvision(a), g);
        assert!(
            close(got.loss, r.f64("loss"), 0.0, 1e-12),
            "loss at x={x} y={y} g={g}"
        );
        assert!(
            close(got.grad, r.f64("dloss_dlogit"), 1e-300, 1e-11),
            "grad at x={x} y={y} g={g}"
        );
    }
}

#[test]
fn from_probability_agrees_with_from_logit() {
    for r in read_csv("sigmoid_focal_loss_exact.csv") {
        let (x, y, a, g) = (
            r.f64("logit"),
            r.f64("target"),
            r.f64("alpha"),
            r.f64("gamma"),
        );
        if x.abs() > 10.0 {
            continue; // 1 - p is no longer representable from p alone
        }
        let p = 1.0 / (1.0 + (-x).exp());
        let got = sigmoid_focal_from_prob(p, y, Alpha::from_torchvision(a), g);
        assert!(close(got.loss, r.f64("loss"), 1e-12, 1e-7), "loss at x={x}");
        assert!(
            close(got.grad, r.f64("dloss_dlogit"), 1e-12, 1e-7),
            "grad at x={x}"
        );
    }
}

#[test]
fn softmax_focal_matches_reference() {
    let rows = read_csv("softmax_focal_loss.csv");
    assert_eq!(rows.len(), 860);
    for r in &rows {
        let logits = r.list("logits");
        let target: usize = r.str("target").parse().unwrap();
        let alpha_field = r.list("alpha");
        let alpha = if alpha_field.len() == 1 {
            ClassAlpha::Scalar(alpha_field[0])
        } else {
            ClassAlpha::PerClass(alpha_field)
        };
        let g = r.f64("gamma");
        let got = softmax_focal(&logits, target, &alpha, g);
        let want = r.f64("loss");
        assert!(
            close(got.loss, want, ABS, REL),
            "loss {logits:?} t={target} g={g}: {} vs {want}",
            got.loss
        );
        let grads = r.list("dloss_dlogits");
        assert_eq!(grads.len(), logits.len());
        for (j, (a, b)) in got.grad.iter().zip(&grads).enumerate() {
            assert!(
                close(*a, *b, ABS, REL),
                "grad {j} {logits:?} t={target} g={g}: {a} vs {b}"
            );
        }
    }
}

#[test]
fn keras_emulation_matches_keras_formula() {
    let rows = read_csv("keras_binary_focal.csv");
    assert_eq!(rows.len(), 1458);
    for r in &rows {
        let k = KerasBinaryFocal {
            apply_class_balancing: r.str("apply_class_balancing") == "1",
            alpha: r.f64("alpha"),
            gamma: r.f64("gamma"),
            from_logits: r.str("input_kind") == "logit",
            label_smoothing: r.f64("label_smoothing"),
        };
        let (y, p) = (r.f64("target"), r.f64("y_pred"));
        let got = k.loss(y, p);
        let want = r.f64("loss_formula_f64");
        assert!(
            close(got, want, ABS, REL),
            "{k:?} y={y} pred={p}: {got} vs {want}"
        );
        // And Keras itself, which rounds to float32.
        let keras = r.f64("loss");
        assert!(
            close(got, keras, 1e-30, 1e-6),
            "{k:?} y={y} pred={p}: {got} vs keras {keras}"
        );
    }
}

fn central_difference(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    let h = 1e-5 * x.abs().max(1.0);
    (f(x + h) - f(x - h)) / (2.0 * h)
}

#[test]
fn gradients_match_finite_differences() {
    let logits = [-8.0, -3.0, -1.2, -0.3, 0.0, 0.4, 1.5, 4.0, 9.0];
    let targets = [0.0, 1.0, 0.2, 0.85];
    let gammas = [0.0, 0.3, 1.0, 2.0, 4.5];
    for &x in &logits {
        for &y in &targets {
            for &g in &gammas {
                for alpha in [Alpha::None, Alpha::Balanced(0.25)] {
                    let fd = central_difference(|t| sigmoid_focal(t, y, alpha, g).loss, x);
                    let an = sigmoid_focal(x, y, alpha, g).grad;
                    assert!(close(an, fd, 1e-8, 1e-5), "x={x} y={y} g={g}: {an} vs {fd}");
                }
            }
        }
        for positive in [true, false] {
            let fd = central_difference(|t| focal_star(t, positive, 2.0, 1.0).loss, x);
            let an = focal_star(x, positive, 2.0, 1.0).grad;
            assert!(close(an, fd, 1e-8, 1e-5), "FL* x={x}: {an} vs {fd}");
        }
    }
    let base = [0.7, -1.3, 2.1, 0.0];
    for t in 0..base.len() {
        for &g in &gammas {
            let alpha = ClassAlpha::PerClass(vec![0.5, 1.0, 2.0, 0.25]);
            let an = softmax_focal(&base, t, &alpha, g).grad;
            for j in 0..base.len() {
                let fd = central_difference(
                    |v| {
                        let mut z = base;
                        z[j] = v;
                        softmax_focal(&z, t, &alpha, g).loss
                    },
                    base[j],
                );
                assert!(close(an[j], fd, 1e-8, 1e-5), "softmax t={t} j={j} g={g}");
            }
        }
    }
}
