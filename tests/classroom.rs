#![cfg(not(target_arch = "wasm32"))]
//! A teacher's link: `hide=`, `lock=`, `quiz=` and `present=` through the codec, and locks
//! that hold against every way the page changes the state.
use focal::quiz::{checks, IDS};
use focal::state::classroom::{HIDEABLE, LOCKABLE};
use focal::state::codec::{apply, decode, encode, Reason};
use focal::state::lab::Scenario;
use focal::state::{
    Choice, Panel, State, Value, CONTROL_ROWS, EPOCHS, GAMMA, PARAMS, PT, SCENARIO,
};

#[test]
fn hide_names_every_panel_and_every_control_and_lock_every_control() {
    let panels: Vec<&str> = Panel::ALL[1..].iter().map(|p| p.token()).collect();
    let controls: Vec<&str> = CONTROL_ROWS
        .iter()
        .flat_map(|rows| rows.iter().map(|p| p.key))
        .filter(|k| !["lab", "dump"].contains(k))
        .collect();
    assert_eq!(HIDEABLE, [panels, controls.clone()].concat());
    assert_eq!(LOCKABLE, controls);
    // Nothing about the page itself can be hidden or locked, and no name means two things.
    for k in [
        "embed", "theme", "bench", "hide", "lock", "quiz", "present", "lab",
    ] {
        assert!(!LOCKABLE.contains(&k), "{k}");
    }
    let mut unique = HIDEABLE.to_vec();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), HIDEABLE.len());
    assert!(PARAMS.iter().filter(|p| LOCKABLE.contains(&p.key)).count() == LOCKABLE.len());
}

#[test]
fn the_checks_ids_are_the_quiz_names_in_page_order() {
    let ids: Vec<&str> = checks(&State::default()).iter().map(|c| c.id).collect();
    assert_eq!(ids, IDS);
}

#[test]
fn an_exercise_link_round_trips() {
    let link =
        "?gamma=3&hide=imbalance,lab,alpha&lock=gamma,pt&quiz=prior-bias,ce-over-fl&present=1";
    let (s, notes) = decode(link);
    assert!(notes.is_empty(), "{notes:?}");
    let c = &s.classroom;
    assert!(!c.shows(Panel::Imbalance) && !c.shows(Panel::Lab) && c.shows(Panel::Explorer));
    assert!(c.hides("alpha") && !c.hides("gamma"));
    assert!(c.locks("gamma") && c.locks("pt") && !c.locks("alpha"));
    assert!(c.asks("prior-bias") && c.asks("ce-over-fl") && !c.asks("neg-share"));
    assert!(c.present);
    // Written in the table's order, whatever order the link gave.
    assert_eq!(
        encode(&s),
        "?gamma=3&quiz=ce-over-fl,prior-bias&present=1&hide=imbalance,lab,alpha&lock=gamma,pt"
    );
    assert_eq!(decode(&encode(&s)), (s, vec![]));
    // No checks at all, and every check (the default, so not written).
    let (none, notes) = decode("?quiz=none");
    assert!(notes.is_empty() && IDS.iter().all(|id| !none.classroom.asks(id)));
    assert_eq!(encode(&none), "?quiz=none");
    let (all, _) = decode(&format!("?quiz={}", IDS.join(",")));
    assert_eq!(encode(&all), "");
    // Spaces and repeats are forgiven; an empty list is the empty set.
    let (s, notes) = decode("?hide=%20lab%20,lab,,&lock=");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(encode(&s), "?hide=lab");
}

#[test]
fn unknown_names_are_named_and_the_rest_applies() {
    let (s, notes) = decode("?hide=imbalance,nope,gamma&lock=explorer,pt&quiz=what");
    assert!(!s.classroom.shows(Panel::Imbalance) && s.classroom.hides("gamma"));
    assert!(s.classroom.locks("pt"));
    assert!(IDS.iter().all(|id| !s.classroom.asks(id)));
    let said: Vec<(&str, &str, Reason)> = notes
        .iter()
        .map(|n| (n.key, n.given.as_str(), n.reason))
        .collect();
    assert_eq!(
        said,
        [
            ("quiz", "what", Reason::UnknownName),
            ("hide", "nope", Reason::UnknownName),
            ("lock", "explorer", Reason::UnknownName),
        ]
    );
    assert_eq!(
        notes[1].to_string(),
        "hide=“nope” names nothing this page has, so hide = imbalance,gamma is used."
    );
    // What is written back decodes without a notice.
    assert!(decode(&encode(&s)).1.is_empty());
}

#[test]
fn a_locked_value_holds_against_controls_presets_and_scenarios() {
    let (mut s, _) = decode("?gamma=3&pt=0.5&epochs=40&lock=gamma,pt,epochs");
    s.set(&GAMMA, Value::Number(1.0));
    s.set(&PT, Value::Number(0.9));
    assert_eq!((s.shared.gamma, s.explorer.pt), (3.0, 0.5));
    // A preset (an example button, a check's answer) moves only what is not locked.
    apply(&mut s, "gamma=0&pt=0.1&alpha=none");
    assert_eq!(
        (s.shared.gamma, s.explorer.pt, s.shared.alpha),
        (3.0, 0.5, None)
    );
    // A scenario sets the lab's rows, but not a locked one.
    s.set(&SCENARIO, Scenario::Convex.value());
    assert_eq!(s.lab.scenario, Scenario::Convex);
    assert_eq!(s.lab.epochs, 40);
    let mut convex = State::default();
    s.set(&SCENARIO, Scenario::Convex.value());
    convex.set(&SCENARIO, Scenario::Convex.value());
    assert_eq!(s.lab.optimiser, convex.lab.optimiser);
    assert_eq!(
        (EPOCHS.get)(&convex),
        Value::Number(100.0),
        "the scenario would have moved it"
    );
    // A locked scenario is not switched, and its preset stays put.
    let (mut t, _) = decode("?scenario=alpha&lock=scenario");
    t.set(&SCENARIO, Scenario::Helps.value());
    assert_eq!(t.lab.scenario, Scenario::Alpha);
    // Without a lock, the same changes apply.
    let mut free = State::default();
    free.set(&GAMMA, Value::Number(1.0));
    apply(&mut free, "pt=0.1");
    assert_eq!((free.shared.gamma, free.explorer.pt), (1.0, 0.1));
}
