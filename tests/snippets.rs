#![cfg(not(target_arch = "wasm32"))]
use focal::snippets::{current_point, snippets};
use focal::state::schema::State;

#[test]
fn snippets_carry_the_current_settings_and_values() {
    let s = State {
        gamma: 1.5,
        alpha: Some(0.4),
        pt: 0.7,
        positive: false,
        ..State::default()
    };
    let (x, y) = current_point(&s);
    assert_eq!(y, 0.0);
    assert!(
        (1.0 / (1.0 + x.exp()) - 0.7).abs() < 1e-12,
        "p_t of a negative is 1 − σ(x)"
    );
    let all = snippets(&s);
    assert_eq!(all.len(), 3);
    assert!(all[0].code.contains("alpha=0.4, gamma=1.5"));
    assert!(all[1].code.contains("apply_class_balancing=True"));
    // torchvision, Keras and plain PyTorch agree here (no clipping at p_t = 0.7).
    for sn in &all {
        assert!((sn.value - all[0].value).abs() < 1e-12, "{}", sn.library);
    }
    let none = snippets(&State {
        alpha: None,
        ..State::default()
    });
    assert!(none[0].code.contains("alpha=-1"));
    assert!(none[1].code.contains("apply_class_balancing=False"));
}
