#![cfg(not(target_arch = "wasm32"))]
use focal::core::loss::point_readout;
use focal::mathml::{cross_entropy, focal, gradient};
use focal::state::schema::State;

#[test]
fn formulas_carry_the_live_numbers() {
    let s = State::default();
    let r = point_readout(s.pt, s.positive, s.alpha(), s.gamma);
    let ce = cross_entropy(&s, &r);
    assert_eq!(
        ce.matches("<math").count(),
        2,
        "symbolic line and evaluated line"
    );
    assert!(ce.contains("<mn>0.9</mn>") && ce.contains("<mn>0.1054</mn>"));
    let fl = focal(&s, &r);
    assert!(fl.contains("<mi>α</mi>") && fl.contains("<mn>0.25</mn>"));
    assert!(fl.contains("<mn>2.634</mn><mo>×</mo><msup><mn>10</mn><mn>−4</mn></msup>"));
    let g = gradient(&s, &r);
    assert!(g.contains("<mn>−7.241</mn>"), "{g}");
}

#[test]
fn no_alpha_leaves_the_weight_out() {
    let s = State {
        alpha: None,
        positive: false,
        ..State::default()
    };
    let r = point_readout(s.pt, s.positive, s.alpha(), s.gamma);
    let fl = focal(&s, &r);
    assert!(!fl.contains("α"), "{fl}");
    // A negative's sign s = −1 is shown in parentheses.
    assert!(gradient(&s, &r).contains("<mo>(</mo><mn>−1</mn><mo>)</mo>"));
}
