#![cfg(not(target_arch = "wasm32"))]
//! The URL codec: round trips, clamping with notices, hostile input.
use focal::state::codec::{decode, decode_component, encode, Reason};
use focal::state::lab::PriorStart;
use focal::state::{State, TrueClass};

#[test]
fn defaults_and_round_trip() {
    let (s, notes) = decode("");
    assert_eq!(s, State::default());
    assert!(notes.is_empty());
    assert_eq!(encode(&s), "", "defaults make a bare link");
    let mut custom = State::default();
    custom.shared.gamma = 0.5;
    custom.shared.alpha = None;
    custom.explorer.pt = 0.968;
    custom.explorer.class = TrueClass::Negative;
    custom.imbalance.ratio = 100_000.0;
    custom.calculators.counts = vec![5.0, 50.0];
    custom.multiclass.logits = vec![1.0, 2.0, 3.0, 4.0];
    custom.multiclass.alpha = vec![1.0, 1.0, 2.0, 0.5];
    custom.multiclass.target = 3;
    assert_eq!(
        encode(&custom),
        "?gamma=0.5&alpha=none&pt=0.968&y=0&ratio=100000&counts=5,50&mclogits=1,2,3,4&mct=3&mcalpha=1,1,2,0.5"
    );
    assert_eq!(decode(&encode(&custom)), (custom, vec![]));
}

#[test]
fn out_of_range_and_malformed_values_are_corrected_and_said() {
    let (s, notes) = decode("?gamma=-3&pt=2&alpha=abc&y=7");
    assert_eq!(s.shared.gamma, 0.0);
    assert_eq!(s.explorer.pt, 0.999);
    assert_eq!(s.shared.alpha, Some(0.25));
    assert!(s.explorer.positive());
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
    assert_eq!(s.shared.gamma, 2.0);
    assert_eq!(s.shared.alpha, Some(0.25));
    assert_eq!(s.explorer.pt, 0.999);
    assert_eq!(notes.len(), 3);
    let (s, notes) = decode("gamma=1&gamma=3");
    assert_eq!(s.shared.gamma, 3.0);
    assert_eq!(notes[0].reason, Reason::Repeated);
    let long = "9".repeat(100_000);
    let (s, notes) = decode(&format!("gamma={long}"));
    assert_eq!(s.shared.gamma, 10.0);
    assert!(notes[0].given.chars().count() <= 25);
}

#[test]
fn percent_encoding() {
    assert_eq!(decode_component("a%20b+c"), "a b c");
    assert_eq!(decode_component("%zz%4"), "%zz%4");
    assert_eq!(decode_component("%ff"), "\u{fffd}");
    let (s, notes) = decode("alpha=%4eONE&gamma=%31.5");
    assert_eq!(s.shared.alpha, None);
    assert_eq!(s.shared.gamma, 1.5);
    assert!(notes.is_empty());
}

#[test]
fn unknown_keys_are_ignored() {
    let (s, notes) = decode("?foo=bar&gamma=1&=x&&");
    assert_eq!(s.shared.gamma, 1.0);
    assert!(notes.is_empty());
}

#[test]
fn lists_are_checked_entry_by_entry_and_by_length() {
    let (s, notes) = decode("counts=10,abc,-5");
    assert_eq!(s.calculators.counts, vec![10.0, 1000.0, 0.0]);
    assert_eq!(notes[0].reason, Reason::NotANumber);
    let (s, notes) = decode("counts=1");
    assert_eq!(s.calculators.counts, State::default().calculators.counts);
    assert_eq!(notes[0].reason, Reason::WrongLength);
}

#[test]
fn dependent_parameters_are_reconciled() {
    // Five logits but three α values, and a target class that does not exist.
    let (s, notes) = decode("mclogits=1,2,3,4,5&mct=9");
    assert_eq!(s.multiclass.alpha.len(), 5);
    assert_eq!(s.multiclass.target, 4);
    let keys: Vec<_> = notes.iter().map(|n| n.key).collect();
    assert_eq!(keys, vec!["mct", "mcalpha"]);
    let (s, notes) = decode("mct=4");
    assert_eq!(s.multiclass.target, 2, "only three classes by default");
    assert_eq!(notes.len(), 1);
    let (s, _) = decode("anchors=100&objects=5000");
    assert_eq!(s.calculators.objects, 100.0);
}

#[test]
fn log_sliders_round_to_three_digits() {
    use focal::state::codec::{from_slider, slider_range, to_slider};
    use focal::state::RATIO;
    assert_eq!(slider_range(&RATIO), (0.0, 5.0, 0.01));
    assert_eq!(from_slider(&RATIO, 3.0), 1000.0);
    assert_eq!(from_slider(&RATIO, 2.0 + 0.301), 200.0);
    assert_eq!(from_slider(&RATIO, 5.2), 100_000.0);
    assert!((to_slider(&RATIO, 1000.0) - 3.0).abs() < 1e-15);
}

#[test]
fn lab_settings_that_nothing_reads_are_known() {
    use focal::state::RunReads;
    use focal::state::{LabLoss::*, Schedule};
    let reads = |loss, schedule| {
        let mut lab = State::default().lab;
        lab.runs[0].loss = loss;
        lab.schedule = schedule;
        let r = lab.run_reads(0);
        (r.gamma, r.alpha)
    };
    assert_eq!(reads(CrossEntropy, Schedule::Constant), (false, false));
    assert_eq!(
        reads(BalancedCrossEntropy, Schedule::Constant),
        (false, true)
    );
    assert_eq!(reads(Focal, Schedule::Constant), (true, true));
    assert_eq!(reads(FocalStar, Schedule::Constant), (true, false));
    assert_eq!(reads(Ohem, Schedule::Constant), (false, false));
    assert_eq!(reads(ClassBalancedFocal, Schedule::Constant), (true, false));
    // The linear schedule sets every focal run's γ.
    assert_eq!(reads(Focal, Schedule::Linear), (false, true));
    let s = State::default();
    assert_eq!(
        s.lab.run_reads(1),
        RunReads {
            gamma: true,
            alpha: true
        },
        "run B defaults to focal loss"
    );
    assert!(!s.lab.gamma_scheduled() && s.lab.use_prior == PriorStart::Both);
}

/// Links made by the main branch before the state was split per panel (commit f5ce5bd)
/// decode to the same value of every parameter, with the same corrections.
#[test]
fn links_made_before_the_split_decode_identically() {
    use focal::state::codec::write_value;
    use focal::state::PARAMS;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/links_from_main_f5ce5bd.tsv"
    );
    let fixture = std::fs::read_to_string(path).unwrap();
    let mut checked = 0;
    for line in fixture.lines() {
        let mut cols = line.split('\t');
        let (link, want, want_notes) = (
            cols.next().unwrap(),
            cols.next().unwrap(),
            cols.next().unwrap_or(""),
        );
        let (s, notes) = decode(link);
        // Rows added since the fixture was made (the lab's scenario) sit at their defaults.
        let known: Vec<&str> = want
            .split('&')
            .map(|kv| kv.split('=').next().unwrap())
            .collect();
        // The same values, whatever order the table lists its rows in.
        let mut got: Vec<String> = PARAMS
            .iter()
            .filter(|p| known.contains(&p.key))
            .map(|p| format!("{}={}", p.key, write_value(p, &(p.get)(&s))))
            .collect();
        let mut want_values: Vec<&str> = want.split('&').collect();
        got.sort();
        want_values.sort();
        assert_eq!(got, want_values, "{link}");
        for p in PARAMS.iter().filter(|p| !known.contains(&p.key)) {
            assert_eq!((p.get)(&s), p.kind.default(), "{link}: {} is new", p.key);
        }
        let mut got_notes: Vec<String> = notes
            .iter()
            .map(|n| format!("{}:{:?}", n.key, n.reason))
            .collect();
        let mut want_notes: Vec<&str> = want_notes.split(',').filter(|n| !n.is_empty()).collect();
        got_notes.sort();
        want_notes.sort();
        assert_eq!(got_notes, want_notes, "{link}");
        checked += 1;
    }
    assert!(checked >= 25, "{checked} links");
}

/// Whole numbers are a kind of their own: `?seed=1.5` is corrected, and said.
#[test]
fn whole_numbers_are_rounded_and_said() {
    let (s, notes) = decode("?seed=1.5&npos=55.4&epochs=299.6&mct=1.2");
    assert_eq!(
        (
            s.lab.seed,
            s.lab.positives,
            s.lab.epochs,
            s.multiclass.target
        ),
        (2, 55, 300, 1)
    );
    let keys: Vec<_> = notes.iter().map(|n| (n.key, n.reason)).collect();
    assert_eq!(
        keys,
        vec![
            ("mct", Reason::NotWhole),
            ("seed", Reason::NotWhole),
            ("npos", Reason::NotWhole),
            ("epochs", Reason::NotWhole),
        ]
    );
    assert_eq!(
        notes[1].to_string(),
        "seed=“1.5” is not a whole number, so seed = 2 is used."
    );
    let (again, notes) = decode(&encode(&s));
    assert_eq!((again, notes), (s, vec![]));
}

/// Every panel's rows are in the URL table exactly once, and each panel's `Default`
/// holds its rows' defaults.
#[test]
fn the_url_table_lists_every_panel_row_once() {
    use focal::state::{PANEL_ROWS, PARAMS};
    let mut keys: Vec<&str> = PANEL_ROWS
        .iter()
        .flat_map(|rows| rows.iter().map(|p| p.key))
        .collect();
    let mut listed: Vec<&str> = PARAMS.iter().map(|p| p.key).collect();
    assert_eq!(keys.len(), listed.len());
    keys.sort();
    listed.sort();
    assert_eq!(keys, listed);
    keys.dedup();
    assert_eq!(keys.len(), listed.len(), "a key appears twice");
    let s = State::default();
    for p in PARAMS {
        assert_eq!((p.get)(&s), p.kind.default(), "{}", p.key);
    }
}

/// A lab split holds at most 250,000 examples, whatever the URL asks for.
#[test]
fn the_lab_split_is_capped() {
    use focal::state::LAB_MAX_EXAMPLES;
    for query in [
        "?npos=1000&lratio=10000",
        "?npos=1000&lratio=1000",
        "?npos=10&lratio=10000",
    ] {
        let (s, _) = decode(query);
        let examples = s.lab.positives_used() as f64 * (1.0 + s.lab.ratio);
        assert!(examples <= LAB_MAX_EXAMPLES, "{query}: {examples}");
    }
    let (s, _) = decode("?npos=1000&lratio=10000");
    assert_eq!(
        s.lab.positives_used(),
        24,
        "the positives are reduced to fit"
    );
}

/// A control writes through `State::set`, which applies every cross-field rule: the same
/// rules the decoder ends with, in one place.
#[test]
fn setting_one_parameter_keeps_dependent_parameters_consistent() {
    use focal::state::{Value, ANCHORS, MC_ALPHA, MC_LOGITS, MC_TARGET, OBJECTS};
    let mut s = State::default();
    s.set(&OBJECTS, Value::Number(500.0));
    s.set(&ANCHORS, Value::Number(100.0));
    assert_eq!(
        s.calculators.objects, 100.0,
        "objects follow the anchors down"
    );
    s.set(&OBJECTS, Value::Number(1e5));
    assert_eq!(s.calculators.objects, 100.0, "objects stop at the anchors");
    s.set(&MC_LOGITS, Value::List(vec![1.0, 2.0, 3.0, 4.0, 5.0]));
    assert_eq!(
        s.multiclass.alpha.len(),
        5,
        "α per class follows the logits"
    );
    s.set(&MC_TARGET, Value::Number(4.0));
    s.set(&MC_LOGITS, Value::List(vec![1.0, 2.0]));
    assert_eq!(s.multiclass.target, 1, "the target class exists");
    s.set(&MC_ALPHA, Value::List(vec![0.5, 0.5, 0.5]));
    assert_eq!(s.multiclass.alpha, vec![0.5, 0.5]);
}
