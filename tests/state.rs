#![cfg(not(target_arch = "wasm32"))]
//! The URL codec: round trips, clamping with notices, hostile input.
use focal::state::codec::{decode, decode_component, encode, Reason};
use focal::state::schema::State;

#[test]
fn defaults_and_round_trip() {
    let (s, notes) = decode("");
    assert_eq!(s, State::default());
    assert!(notes.is_empty());
    assert_eq!(encode(&s), "?gamma=2&alpha=0.25&pt=0.9&y=1");
    let custom = State {
        gamma: 0.5,
        alpha: None,
        pt: 0.968,
        positive: false,
    };
    assert_eq!(encode(&custom), "?gamma=0.5&alpha=none&pt=0.968&y=0");
    assert_eq!(decode(&encode(&custom)), (custom, vec![]));
}

#[test]
fn out_of_range_and_malformed_values_are_corrected_and_said() {
    let (s, notes) = decode("?gamma=-3&pt=2&alpha=abc&y=7");
    assert_eq!(s.gamma, 0.0);
    assert_eq!(s.pt, 0.999);
    assert_eq!(s.alpha, Some(0.25));
    assert!(s.positive);
    let reasons: Vec<_> = notes.iter().map(|n| (n.key, n.reason)).collect();
    assert_eq!(
        reasons,
        vec![
            ("gamma", Reason::BelowMin),
            ("alpha", Reason::NotANumber),
            ("pt", Reason::AboveMax),
            ("y", Reason::UnknownOption)
        ]
    );
    assert_eq!(
        notes[0].to_string(),
        "gamma=“-3” is below the smallest allowed value, so gamma = 0 is used."
    );
}

#[test]
fn empty_huge_nan_inf_and_repeated_values() {
    let (s, notes) = decode("gamma=&alpha=NaN&pt=1e308&pt=inf");
    assert_eq!(s.gamma, 2.0);
    assert_eq!(s.alpha, Some(0.25));
    assert_eq!(s.pt, 0.999);
    assert_eq!(notes.len(), 3);
    let (s, notes) = decode("gamma=1&gamma=3");
    assert_eq!(s.gamma, 3.0);
    assert_eq!(notes[0].reason, Reason::Repeated);
    let long = "9".repeat(100_000);
    let (s, notes) = decode(&format!("gamma={long}"));
    assert_eq!(s.gamma, 10.0);
    assert!(notes[0].given.chars().count() <= 25);
}

#[test]
fn percent_encoding() {
    assert_eq!(decode_component("a%20b+c"), "a b c");
    assert_eq!(decode_component("%zz%4"), "%zz%4");
    assert_eq!(decode_component("%ff"), "\u{fffd}");
    let (s, notes) = decode("alpha=%4eONE&gamma=%31.5");
    assert_eq!(s.alpha, None);
    assert_eq!(s.gamma, 1.5);
    assert!(notes.is_empty());
}

#[test]
fn unknown_keys_are_ignored() {
    let (s, notes) = decode("?foo=bar&gamma=1&=x&&");
    assert_eq!(s.gamma, 1.0);
    assert!(notes.is_empty());
}
