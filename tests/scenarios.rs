//! Each lab scenario's claim (src/state/lab/scenario.rs), on seeds 1–5: a claim must hold
//! on every seed. Trained as `?scenario=…&lab=run` trains: the scenario's epochs, then the
//! test split's metrics. The Bayes AP (the exact log-likelihood ratio's ranking) bounds
//! every run within 0.02.

use focal::core::lab::Lab;
use focal::state::codec::{decode, encode};
use focal::state::lab::Scenario;
use focal::state::Choice;

const SEEDS: [u64; 5] = [1, 2, 3, 4, 5];

struct Outcome {
    bayes: f64,
    a: f64,
    b: f64,
    a_diverged: bool,
}

fn train(scenario: Scenario, seed: u64) -> Outcome {
    let (s, notes) = decode(&format!("?scenario={}&seed={seed}", scenario.token()));
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(s.lab.scenario, scenario);
    assert_eq!(s.lab.seed, seed);
    let mut lab = Lab::new(s.lab_spec(), s.lab_configs());
    lab.advance(s.lab.epochs);
    lab.checkpoint();
    let (a, b) = (lab.latest(0).ap, lab.latest(1).ap);
    println!(
        "{} seed {seed}: Bayes {:.3}, A {a:.3}, B {b:.3}",
        scenario.token(),
        lab.bayes_ap
    );
    assert!(
        lab.bayes_ap >= a.max(b) - 0.02,
        "{} seed {seed}: no run beats the Bayes AP {}: {a} {b}",
        scenario.token(),
        lab.bayes_ap
    );
    Outcome {
        bayes: lab.bayes_ap,
        a,
        b,
        a_diverged: lab.runs[0].status != focal::core::train::Status::Running,
    }
}

#[test]
fn helps_focal_loss_ranks_better_within_the_budget() {
    for seed in SEEDS {
        let o = train(Scenario::Helps, seed);
        assert!(
            o.b - o.a >= 0.10,
            "seed {seed}: B {} − A {} < 0.10",
            o.b,
            o.a
        );
    }
}

#[test]
fn prior_a_bias_at_zero_is_clearly_worse() {
    for seed in SEEDS {
        let o = train(Scenario::Prior, seed);
        assert!(
            o.a_diverged || o.b - o.a >= 0.10,
            "seed {seed}: B {} − A {} < 0.10",
            o.b,
            o.a
        );
    }
}

#[test]
fn convex_both_runs_reach_the_bayes_ap() {
    for seed in SEEDS {
        let o = train(Scenario::Convex, seed);
        assert!(
            (o.bayes - o.a).abs() <= 0.02,
            "seed {seed}: A {} vs {}",
            o.a,
            o.bayes
        );
        assert!(
            (o.bayes - o.b).abs() <= 0.02,
            "seed {seed}: B {} vs {}",
            o.b,
            o.bayes
        );
    }
}

#[test]
fn alpha_a_quarter_does_at_least_as_well_as_three_quarters_with_gamma_two() {
    for seed in SEEDS {
        let o = train(Scenario::Alpha, seed);
        assert!(o.b >= o.a, "seed {seed}: α 0.25 {} < α 0.75 {}", o.b, o.a);
    }
}

/// A scenario's link names only the scenario and what differs from its preset; the URL's
/// own values win over the preset's.
#[test]
fn scenario_links_are_short_and_their_own_values_win() {
    for &scenario in Scenario::ALL {
        let (s, notes) = decode(&format!("?scenario={}", scenario.token()));
        assert!(notes.is_empty(), "{notes:?}");
        let link = encode(&s);
        if scenario == Scenario::Custom {
            assert_eq!(link, "");
        } else {
            assert_eq!(link, format!("?scenario={}", scenario.token()));
        }
        assert_eq!(decode(&link).0, s);
    }
    let (s, _) = decode("?lr=0.2&scenario=helps&seed=7");
    assert_eq!((s.lab.lr, s.lab.seed, s.lab.epochs), (0.2, 7, 50));
    assert_eq!(encode(&s), "?scenario=helps&seed=7&lr=0.2");
    assert_eq!(decode(&encode(&s)).0, s);
}
