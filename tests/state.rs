#![cfg(not(target_arch = "wasm32"))]
//! The URL codec: round trips, clamping with notices, hostile input.
use focal::state::codec::{decode, decode_component, encode, Reason};
use focal::state::schema::State;

#[test]
fn defaults_and_round_trip() {
    let (s, notes) = decode("");
    assert_eq!(s, State::default());
    assert!(notes.is_empty());
    assert_eq!(encode(&s), "", "defaults make a bare link");
    let custom = State {
        gamma: 0.5,
        alpha: None,
        pt: 0.968,
        positive: false,
        ratio: 100_000.0,
        counts: vec![5.0, 50.0],
        mc_logits: vec![1.0, 2.0, 3.0, 4.0],
        mc_alpha: vec![1.0, 1.0, 2.0, 0.5],
        mc_target: 3.0,
        ..State::default()
    };
    assert_eq!(
        encode(&custom),
        "?gamma=0.5&alpha=none&pt=0.968&y=0&ratio=100000&counts=5,50&mclogits=1,2,3,4&mct=3&mcalpha=1,1,2,0.5"
    );
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

#[test]
fn lists_are_checked_entry_by_entry_and_by_length() {
    let (s, notes) = decode("counts=10,abc,-5");
    assert_eq!(s.counts, vec![10.0, 1000.0, 0.0]);
    assert_eq!(notes[0].reason, Reason::NotANumber);
    let (s, notes) = decode("counts=1");
    assert_eq!(s.counts, State::default().counts);
    assert_eq!(notes[0].reason, Reason::WrongLength);
}

#[test]
fn dependent_parameters_are_reconciled() {
    // Five logits but three α values, and a target class that does not exist.
    let (s, notes) = decode("mclogits=1,2,3,4,5&mct=9");
    assert_eq!(s.mc_alpha.len(), 5);
    assert_eq!(s.mc_target, 4.0);
    let keys: Vec<_> = notes.iter().map(|n| n.key).collect();
    assert_eq!(keys, vec!["mct", "mcalpha"]);
    let (s, notes) = decode("mct=4");
    assert_eq!(s.mc_target, 2.0, "only three classes by default");
    assert_eq!(notes.len(), 1);
    let (s, _) = decode("anchors=100&objects=5000");
    assert_eq!(s.objects, 100.0);
}

#[test]
fn log_sliders_round_to_three_digits() {
    use focal::state::codec::{from_slider, slider_range, to_slider};
    use focal::state::schema::RATIO;
    assert_eq!(slider_range(&RATIO), (0.0, 5.0, 0.01));
    assert_eq!(from_slider(&RATIO, 3.0), 1000.0);
    assert_eq!(from_slider(&RATIO, 2.0 + 0.301), 200.0);
    assert_eq!(from_slider(&RATIO, 5.2), 100_000.0);
    assert!((to_slider(&RATIO, 1000.0) - 3.0).abs() < 1e-15);
}

#[test]
fn lab_settings_that_nothing_reads_are_known() {
    use focal::state::schema::RunReads;
    let (ce, ace, fl, flstar, ohem, cbfl) = (0, 1, 2, 3, 4, 5);
    let reads = |a_loss: usize, schedule: usize| {
        let r = State {
            a_loss,
            schedule,
            ..State::default()
        }
        .run_reads(0);
        (r.gamma, r.alpha)
    };
    assert_eq!(reads(ce, 0), (false, false));
    assert_eq!(reads(ace, 0), (false, true));
    assert_eq!(reads(fl, 0), (true, true));
    assert_eq!(reads(flstar, 0), (true, false));
    assert_eq!(reads(ohem, 0), (false, false));
    assert_eq!(reads(cbfl, 0), (true, false));
    // The linear schedule sets every focal run's γ.
    assert_eq!(reads(fl, 1), (false, true));
    let s = State::default();
    assert_eq!(
        s.run_reads(1),
        RunReads {
            gamma: true,
            alpha: true
        },
        "run B defaults to focal loss"
    );
    assert!(!s.gamma_scheduled() && s.prior_used());
}
