#![cfg(not(target_arch = "wasm32"))]
use focal::core::loss::point_readout;
use focal::mathml::{cross_entropy, focal, gradient};
use focal::state::{State, TrueClass};

#[test]
fn formulas_carry_the_live_numbers() {
    let s = State::default();
    let r = point_readout(
        s.explorer.pt,
        s.explorer.positive(),
        s.shared.alpha(),
        s.shared.gamma,
    );
    let ce = cross_entropy(&s.point(), &r);
    assert_eq!(
        ce.matches("<math").count(),
        2,
        "symbolic line and evaluated line"
    );
    assert!(ce.contains("<mn>0.9</mn>") && ce.contains("<mn>0.1054</mn>"));
    let fl = focal(&s.point(), &r);
    assert!(fl.contains("<mi>α</mi>") && fl.contains("<mn>0.25</mn>"));
    assert!(fl.contains("<mn>2.634</mn><mo>×</mo><msup><mn>10</mn><mn>−4</mn></msup>"));
    let g = gradient(&s.point(), &r);
    assert!(g.contains("<mn>−7.241</mn>"), "{g}");
}

#[test]
fn no_alpha_leaves_the_weight_out() {
    let mut s = State::default();
    s.shared.alpha = None;
    s.explorer.class = TrueClass::Negative;
    let r = point_readout(
        s.explorer.pt,
        s.explorer.positive(),
        s.shared.alpha(),
        s.shared.gamma,
    );
    let fl = focal(&s.point(), &r);
    assert!(!fl.contains("α"), "{fl}");
    // A negative's sign s = −1 is shown in parentheses.
    assert!(gradient(&s.point(), &r).contains("<mo>(</mo><mn>−1</mn><mo>)</mo>"));
}

#[test]
fn numbers_split_from_the_shape() {
    use focal::mathml::split_numbers;
    let s = State::default();
    let r = point_readout(
        s.explorer.pt,
        s.explorer.positive(),
        s.shared.alpha(),
        s.shared.gamma,
    );
    let mut moved = s.clone();
    moved.explorer.pt = 0.8;
    let r2 = point_readout(
        moved.explorer.pt,
        moved.explorer.positive(),
        moved.shared.alpha(),
        moved.shared.gamma,
    );
    let (before, after) = (
        cross_entropy(&s.point(), &r),
        cross_entropy(&moved.point(), &r2),
    );
    let (shape, numbers) = split_numbers(&before);
    let (shape2, numbers2) = split_numbers(&after);
    assert_eq!(shape, shape2, "moving p_t changes numbers only");
    assert_eq!(numbers, ["0.9", "0.1054"]);
    assert_eq!(numbers2, ["0.8", "0.2231"]);
    assert!(shape.contains("<mn></mn>") && !shape.contains("0.9"));
    assert_eq!(
        split_numbers("<mi>x</mi>"),
        ("<mi>x</mi>".to_owned(), vec![])
    );
}
