//! The two-lane training math equals the scalar math bit for bit. Natively this checks the
//! lane logic (masks, selects) on the portable pair; in the browser (`cargo test --target
//! wasm32-unknown-unknown --test lanes`) it checks the wasm SIMD pair the lab trains with.
use focal::core::fastmath::{exp_nonpositive, exp_nonpositive_lanes, ln_1p_unit, ln_1p_unit_lanes};
use focal::core::lanes::{F64x2, Mask2, SIMD};
use focal::core::loss::{focal_hard, focal_hard_lanes, Alpha};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// Logits across the range the lab meets, and the edges.
fn logits() -> Vec<f64> {
    let mut xs: Vec<f64> = (0..=4_000).map(|i| -60.0 + 0.03 * i as f64).collect();
    xs.extend([
        0.0, -0.0, 1e-300, -1e-300, 5e-324, 1e-9, -1e-9, 36.7, -36.7, 700.0, -700.0, 745.5, -745.5,
        1e4, -1e4, 1e300, -1e300,
    ]);
    xs.extend([f64::INFINITY, f64::NEG_INFINITY, f64::NAN]);
    xs
}

fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn exp_and_ln_1p_in_lanes_equal_scalar() {
    // The browser build must be testing the SIMD pair, not the portable one.
    assert_eq!(SIMD, cfg!(target_arch = "wasm32"));
    let xs = logits();
    for pair in xs.windows(2) {
        let (a, b) = (-pair[0].abs(), -pair[1].abs());
        let got = exp_nonpositive_lanes(F64x2::new(a, b)).lanes();
        assert!(same(got[0], exp_nonpositive(a)), "exp({a})");
        assert!(same(got[1], exp_nonpositive(b)), "exp({b})");
        let (ea, eb) = (exp_nonpositive(a), exp_nonpositive(b));
        let got = ln_1p_unit_lanes(F64x2::new(ea, eb)).lanes();
        assert!(same(got[0], ln_1p_unit(ea)), "ln_1p({ea})");
        assert!(same(got[1], ln_1p_unit(eb)), "ln_1p({eb})");
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn focal_loss_in_lanes_equals_scalar() {
    let xs = logits();
    let alphas = [Alpha::None, Alpha::Balanced(0.25), Alpha::Balanced(0.0)];
    // 0 and whole γ take their own paths; 0.5 and 3.7 go through e^(γ ln(1 − p_t)).
    for gamma in [0.0, 1.0, 2.0, 5.0, 0.5, 3.7, 20.0] {
        for alpha in alphas {
            for (i, pair) in xs.windows(2).enumerate() {
                // Every mix of classes across the two lanes.
                let positive = [i % 2 == 0, i % 3 == 0];
                let (l, g) = focal_hard_lanes(
                    F64x2::new(pair[0], pair[1]),
                    Mask2::new(positive[0], positive[1]),
                    alpha,
                    gamma,
                );
                let (l, g) = (l.lanes(), g.lanes());
                for lane in 0..2 {
                    let want = focal_hard(pair[lane], positive[lane], alpha, gamma);
                    let what = format!("x = {}, γ = {gamma}, {alpha:?}", pair[lane]);
                    assert!(same(l[lane], want.loss), "loss at {what}");
                    assert!(same(g[lane], want.grad), "gradient at {what}");
                }
            }
        }
    }
}
