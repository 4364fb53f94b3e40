//! Property tests of the core (proptest): finiteness, bounds, monotonicity, γ = 0, the
//! gradient's sign and value, and softmax shift invariance, over the whole input space.
#![cfg(not(target_arch = "wasm32"))]

use focal::core::loss::{
    focal_hard, focal_star, poly1, sigmoid, sigmoid_focal, softmax_focal, Alpha, ClassAlpha,
};
use proptest::prelude::*;

fn alpha() -> impl Strategy<Value = Alpha> {
    prop_oneof![Just(Alpha::None), (0.0..=1.0f64).prop_map(Alpha::Balanced)]
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 20_000,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_loss_and_gradient_is_finite_and_the_loss_non_negative(
        x in -1e4..1e4f64, y in 0.0..=1.0f64, a in alpha(), g in 0.0..=10.0f64,
        beta in -5.0..5.0f64, eps in -1.0..10.0f64, positive: bool,
    ) {
        let r = sigmoid_focal(x, y, a, g);
        prop_assert!(r.loss.is_finite() && r.loss >= 0.0, "{r:?}");
        prop_assert!(r.grad.is_finite(), "{r:?}");
        let h = focal_hard(x, positive, a, g);
        prop_assert!(h.loss.is_finite() && h.loss >= 0.0 && h.grad.is_finite(), "{h:?}");
        let s = focal_star(x, positive, g.max(0.01), beta);
        prop_assert!(s.loss.is_finite() && s.loss >= 0.0 && s.grad.is_finite(), "{s:?}");
        let p = poly1(x, positive, eps);
        prop_assert!(p.loss.is_finite() && p.grad.is_finite(), "{p:?}");
    }

    #[test]
    fn focal_loss_is_at_most_alpha_weighted_cross_entropy(
        x in -1e4..1e4f64, y in 0.0..=1.0f64, a in alpha(), g in 0.0..=10.0f64,
    ) {
        let fl = sigmoid_focal(x, y, a, g).loss;
        let ce = sigmoid_focal(x, y, a, 0.0).loss;
        prop_assert!(fl <= ce * (1.0 + 1e-12) + 1e-300, "FL {fl} > α_t·CE {ce}");
    }

    #[test]
    fn focal_loss_falls_as_gamma_grows(
        x in -50.0..50.0f64, positive: bool, a in alpha(), g1 in 0.0..=10.0f64, dg in 0.0..=5.0f64,
    ) {
        let low = focal_hard(x, positive, a, g1).loss;
        let high = focal_hard(x, positive, a, g1 + dg).loss;
        prop_assert!(high <= low * (1.0 + 1e-12) + 1e-300, "γ {g1} → {}: {low} → {high}", g1 + dg);
    }

    #[test]
    fn gamma_zero_is_alpha_balanced_cross_entropy(x in -1e4..1e4f64, positive: bool, a in 0.0..=1.0f64) {
        let y = if positive { 1.0 } else { 0.0 };
        let a_t = if positive { a } else { 1.0 - a };
        let fl = sigmoid_focal(x, y, Alpha::Balanced(a), 0.0);
        // −ln p_t with p_t = σ(±x), written independently of the core.
        let z = if positive { x } else { -x };
        let ce = if z > 0.0 { (-z).exp().ln_1p() } else { -z + z.exp().ln_1p() };
        prop_assert!((fl.loss - a_t * ce).abs() <= 1e-12 * (a_t * ce).max(1e-300), "{} vs {}", fl.loss, a_t * ce);
        let dce = sigmoid(x) - y;
        prop_assert!((fl.grad - a_t * dce).abs() <= 1e-12, "{} vs {}", fl.grad, a_t * dce);
    }

    #[test]
    fn the_gradient_pushes_towards_the_true_class(x in -1e4..1e4f64, a in 0.001..=1.0f64, g in 0.0..=10.0f64) {
        prop_assert!(focal_hard(x, true, Alpha::Balanced(a), g).grad <= 0.0);
        prop_assert!(focal_hard(x, false, Alpha::Balanced(1.0 - a), g).grad >= 0.0);
        prop_assert!(sigmoid_focal(x, 1.0, Alpha::Balanced(a), g).grad <= 0.0);
        prop_assert!(sigmoid_focal(x, 0.0, Alpha::Balanced(1.0 - a), g).grad >= 0.0);
    }

    #[test]
    fn the_gradient_matches_central_differences(
        x in -30.0..30.0f64, y in 0.0..=1.0f64, a in alpha(), g in prop_oneof![Just(0.0), 1.0..=10.0f64],
    ) {
        // Smooth everywhere for γ = 0 and γ ≥ 1 (for 0 < γ < 1 the loss has a cusp where
        // 1 − p_t → 0 with soft labels, so differences are not a fair check there).
        let h = 1e-6 * x.abs().max(1.0);
        let fd = (sigmoid_focal(x + h, y, a, g).loss - sigmoid_focal(x - h, y, a, g).loss) / (2.0 * h);
        let an = sigmoid_focal(x, y, a, g).grad;
        prop_assert!((an - fd).abs() <= 1e-6 + 1e-5 * fd.abs(), "x={x} y={y} g={g}: {an} vs {fd}");
    }

    #[test]
    fn softmax_focal_loss_ignores_a_common_shift(
        logits in proptest::collection::vec(-50.0..50.0f64, 3..=6),
        shift in -1e3..1e3f64, g in 0.0..=10.0f64, a in 0.0..=5.0f64, t in 0usize..6,
    ) {
        let t = t % logits.len();
        let shifted: Vec<f64> = logits.iter().map(|z| z + shift).collect();
        let alpha = ClassAlpha::Scalar(a);
        let p = softmax_focal(&logits, t, &alpha, g);
        let q = softmax_focal(&shifted, t, &alpha, g);
        prop_assert!(p.loss.is_finite() && p.grad.iter().all(|v| v.is_finite()));
        prop_assert!((p.loss - q.loss).abs() <= 1e-9 * p.loss.abs().max(1e-12), "{} vs {}", p.loss, q.loss);
        for (u, v) in p.grad.iter().zip(&q.grad) {
            prop_assert!((u - v).abs() <= 1e-9 * u.abs().max(1e-9), "{u} vs {v}");
        }
        // The gradient of a softmax loss sums to zero across classes.
        let sum: f64 = p.grad.iter().sum();
        prop_assert!(sum.abs() <= 1e-9 * p.grad.iter().map(|v| v.abs()).sum::<f64>().max(1e-12));
    }
}
