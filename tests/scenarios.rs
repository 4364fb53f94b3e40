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
    // Choosing `custom` keeps the settings the reader has (here the helps preset's).
    let (mut s, _) = decode("?scenario=helps&seed=7");
    let helps = s.lab.clone();
    Scenario::Custom.apply(&mut s);
    assert_eq!(s.lab.scenario, Scenario::Custom);
    assert_eq!(
        focal::state::lab::Lab {
            scenario: Scenario::Helps,
            ..s.lab.clone()
        },
        helps
    );
    assert_eq!(decode(&encode(&s)).0, s);
    let (s, _) = decode("?lr=0.2&scenario=helps&seed=7");
    assert_eq!((s.lab.lr, s.lab.seed, s.lab.epochs), (0.2, 7, 50));
    assert_eq!(encode(&s), "?scenario=helps&seed=7&lr=0.2");
    assert_eq!(decode(&encode(&s)).0, s);
}

/// Every shape's default settings (quadratic features, 300 epochs) reach the best possible
/// AP within 0.02 in both runs, so the data sets mean what they say: hard negatives sit near
/// the boundary, not on the positives. (`beside` cannot: its best boundary is two different
/// curves, one against the hard negatives and one against the easy cloud, and one conic
/// cannot follow both; the README says so.)
fn defaults_reach_the_bayes_ap(shape: &str) {
    for seed in SEEDS {
        let (s, notes) = decode(&format!("?shape={shape}&seed={seed}"));
        assert!(notes.is_empty() && s.lab.quadratic);
        let mut lab = Lab::new(s.lab_spec(), s.lab_configs());
        lab.advance(s.lab.epochs);
        lab.checkpoint();
        for r in 0..2 {
            let ap = lab.latest(r).ap;
            assert!(
                (lab.bayes_ap - ap).abs() <= 0.02,
                "{shape} seed {seed} run {r}: AP {ap} vs Bayes {}",
                lab.bayes_ap
            );
        }
    }
}

#[test]
fn blobs_defaults_reach_the_bayes_ap() {
    defaults_reach_the_bayes_ap("blobs");
}

#[test]
fn ring_defaults_reach_the_bayes_ap() {
    defaults_reach_the_bayes_ap("ring");
}

#[test]
fn cluster_defaults_reach_the_bayes_ap() {
    defaults_reach_the_bayes_ap("cluster");
}

/// The exact log-likelihood ratio: two isotropic Gaussians in closed form (blobs without
/// hard negatives), and the ring's density integrating to one over the plane.
#[test]
fn bayes_scores_are_the_exact_log_likelihood_ratio() {
    use focal::core::data::{bayes_scores, DataSpec, Dataset, Shape};
    let ln_gauss = |x: [f64; 2], c: [f64; 2], sd: f64| {
        let d2 = (x[0] - c[0]).powi(2) + (x[1] - c[1]).powi(2);
        -d2 / (2.0 * sd * sd) - (std::f64::consts::TAU * sd * sd).ln()
    };
    let spec = |shape| DataSpec {
        seed: 1,
        shape,
        positives: 10,
        ratio: 10.0,
        hard_fraction: 0.0,
    };
    let points: Vec<[f64; 2]> = (0..50)
        .map(|i| [-3.0 + 0.13 * i as f64, 2.0 - 0.07 * i as f64])
        .collect();
    let data = Dataset {
        x: points.clone(),
        label: vec![false; points.len()],
    };
    let got = bayes_scores(&spec(Shape::Blobs), &data);
    for (x, g) in points.iter().zip(&got) {
        let want = ln_gauss(*x, [1.5, 1.5], 0.5) - ln_gauss(*x, [-1.5, -1.5], 0.9);
        assert!(
            (g - want).abs() < 1e-9 * want.abs().max(1.0),
            "{x:?}: {g} vs {want}"
        );
    }
    // Ring: p_ring(x) = exp(score + ln N(x; 0, 0.5²)); its integral over the plane is 1.
    let step = 0.02;
    let grid: Vec<[f64; 2]> = (0..400)
        .flat_map(|i| {
            (0..400).map(move |j| {
                [
                    -4.0 + step * (i as f64 + 0.5),
                    -4.0 + step * (j as f64 + 0.5),
                ]
            })
        })
        .collect();
    let ring = bayes_scores(
        &spec(Shape::Ring),
        &Dataset {
            x: grid.clone(),
            label: vec![false; grid.len()],
        },
    );
    let mass: f64 = grid
        .iter()
        .zip(&ring)
        .map(|(x, s)| (s + ln_gauss(*x, [0.0, 0.0], 0.5)).exp() * step * step)
        .sum();
    assert!(
        (mass - 1.0).abs() < 1e-3,
        "the ring's density integrates to {mass}"
    );
}
