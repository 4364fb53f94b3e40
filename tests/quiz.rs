//! "Check yourself": every check's answer comes from the core, the right answer is accepted
//! and a wrong one refused, and the numbers are the paper's.

use focal::quiz::{checks, read_number, Given, Kind};
use focal::state::State;

#[test]
fn eight_checks_with_their_answers_from_the_core() {
    let all = checks(&State::default());
    assert!(all.len() >= 8);
    let ids: std::collections::BTreeSet<&str> = all.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), all.len(), "ids are unique");
    let get = |id: &str| all.iter().find(|c| c.id == id).unwrap();
    let number = |id: &str| match get(id).kind {
        Kind::Number { answer, .. } => answer,
        _ => panic!("{id} is a number"),
    };
    let choice = |id: &str| match &get(id).kind {
        Kind::Choice { right, .. } => *right,
        _ => panic!("{id} is a choice"),
    };
    assert!((number("ce-over-fl") - 100.0).abs() < 1e-9);
    assert!((number("prior-bias") + 4.59512).abs() < 1e-5);
    assert!(number("neg-share") > 50.0 && number("neg-share") < 100.0);
    assert_eq!(
        choice("alpha-class"),
        1,
        "α = 0.25 weights the negatives more"
    );
    assert_eq!(choice("gamma-zero"), 0, "γ = 0 is CE");
    assert_eq!(
        choice("hard-gradient"),
        0,
        "a hard example keeps almost all its gradient"
    );
    assert_eq!(choice("alpha-ap"), 2, "the threshold, not the ranking");
    assert_eq!(choice("fl-above-ce"), 1, "never");
}

#[test]
fn the_right_answer_is_accepted_and_a_wrong_one_refused() {
    for c in checks(&State::default()) {
        let (right, wrong) = match &c.kind {
            Kind::Number { answer, tolerance } => (
                Given::Number(answer + 0.5 * tolerance),
                Given::Number(answer + 2.0 * tolerance + 1.0),
            ),
            Kind::Choice { options, right } => (
                Given::Choice(*right),
                Given::Choice((right + 1) % options.len()),
            ),
        };
        assert!(c.is_right(right), "{}", c.id);
        assert!(!c.is_right(wrong), "{}", c.id);
        assert!(!c.explanation.is_empty() && !c.shows.is_empty());
    }
}

#[test]
fn typed_numbers_are_read_as_a_reader_writes_them() {
    assert_eq!(read_number("100"), Some(100.0));
    assert_eq!(read_number(" 100× "), Some(100.0));
    assert_eq!(read_number("1e2"), Some(100.0));
    assert_eq!(read_number("−4,6"), Some(-4.6));
    assert_eq!(read_number("91 %"), Some(91.0));
    assert_eq!(read_number("abc"), None);
    assert_eq!(read_number("inf"), None);
}
