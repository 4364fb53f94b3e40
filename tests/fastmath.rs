#![cfg(not(target_arch = "wasm32"))]
//! The training loop's own exp and ln(1 + e) against the platform's libm.
use focal::core::fastmath::{exp_nonpositive, ln_1p_unit};

fn close(a: f64, b: f64) -> bool {
    a == b || ((a - b) / b).abs() <= 4.0 * f64::EPSILON
}

#[test]
fn exp_matches_libm_to_a_few_ulps() {
    for i in 0..=200_000 {
        let x = -708.0 * (i as f64 / 200_000.0).powi(3);
        assert!(close(exp_nonpositive(x), x.exp()), "exp({x})");
    }
    let special = [-0.0, -1e-300, -1e-17, -0.5, -std::f64::consts::LN_2, -1.0];
    for x in special {
        assert!(close(exp_nonpositive(x), x.exp()), "exp({x})");
    }
    // Subnormal results: within a few units of the smallest subnormal.
    for i in 0..=1000 {
        let x = -708.0 - 38.0 * i as f64 / 1000.0;
        let (got, want) = (exp_nonpositive(x), x.exp());
        assert!(
            (got - want).abs() <= 4.0 * want * f64::EPSILON + 1e-323,
            "exp({x}) = {got:e}, not {want:e}"
        );
    }
    assert_eq!(exp_nonpositive(0.0), 1.0);
    assert_eq!(exp_nonpositive(-1e9), 0.0);
    assert_eq!(exp_nonpositive(f64::NEG_INFINITY), 0.0);
    assert!(exp_nonpositive(f64::NAN).is_nan());
}

#[test]
fn ln_1p_matches_libm_to_a_few_ulps() {
    for i in 0..=200_000 {
        let e = (i as f64 / 200_000.0).powi(4);
        assert!(close(ln_1p_unit(e), e.ln_1p()), "ln_1p({e})");
    }
    let special = [
        0.0,
        1e-300,
        1e-17,
        1e-9,
        std::f64::consts::SQRT_2 - 1.0,
        0.5,
        1.0,
    ];
    for e in special {
        assert!(close(ln_1p_unit(e), e.ln_1p()), "ln_1p({e})");
    }
    assert!(ln_1p_unit(f64::NAN).is_nan());
}
