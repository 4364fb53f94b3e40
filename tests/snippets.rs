#![cfg(not(target_arch = "wasm32"))]
use focal::snippets::{current_point, snippets, Snippet};

/// Every library's value is `want`.
fn all_equal(snippets: &[Snippet], want: f64) {
    for sn in snippets {
        assert!(
            (sn.value - want).abs() < 1e-12,
            "{}: {} vs {want}",
            sn.library,
            sn.value
        );
    }
}
use focal::state::State;

#[test]
fn snippets_carry_the_current_settings_and_values() {
    let mut s = State::default();
    s.shared.gamma = 1.5;
    s.shared.alpha = Some(0.4);
    s.explorer.pt = 0.7;
    s.explorer.class = focal::state::TrueClass::Negative;
    let (x, y) = current_point(&s.point());
    assert_eq!(y, 0.0);
    assert!(
        (1.0 / (1.0 + x.exp()) - 0.7).abs() < 1e-12,
        "p_t of a negative is 1 − σ(x)"
    );
    let all = snippets(&s.point());
    assert_eq!(all.len(), 3);
    assert!(all[0].code.contains("alpha=0.4, gamma=1.5"));
    assert!(all[1].code.contains("apply_class_balancing=True"));
    // torchvision (the core), Keras (its emulation) and plain PyTorch (the snippet's own
    // steps) are three computations; they agree here (no clipping at p_t = 0.7).
    all_equal(&all, 0.6 * 0.3f64.powf(1.5) * -(0.7f64.ln()));
    let mut no_alpha = State::default();
    no_alpha.shared.alpha = None;
    let none = snippets(&no_alpha.point());
    assert!(none[0].code.contains("alpha=-1"));
    assert!(none[1].code.contains("apply_class_balancing=False"));
    // Without α, at the default point (a positive, p_t = 0.9, γ = 2).
    all_equal(&none, 0.1f64.powi(2) * -(0.9f64.ln()));
}
