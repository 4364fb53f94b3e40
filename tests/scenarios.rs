//! Each lab scenario's claim (`Scenario::claim` in src/state/lab/scenario.rs) on many
//! seeds. The presets were designed on seeds 1–5; the claims are checked on the seeds in
//! `FOCAL_SCENARIO_SEEDS` (a range `a..b`, `a..=b`, or a comma list; default 6..=60, which
//! no preset was tuned on). Each claim holds on every seed or on the share it states.
//! Trained as `?scenario=…&lab=run` trains: the scenario's epochs, then the test split's
//! metrics. Every run prints one line naming its scenario and seed.

use focal::core::lab::Lab;
use focal::state::codec::{decode, encode};
use focal::state::lab::{Outcome, Scenario, Share};
use focal::state::Choice;

/// The seeds to check: `FOCAL_SCENARIO_SEEDS`, or 6..=60.
fn seeds() -> Vec<u64> {
    let text = std::env::var("FOCAL_SCENARIO_SEEDS").unwrap_or_else(|_| "6..=60".to_owned());
    parse_seeds(&text).unwrap_or_else(|e| panic!("FOCAL_SCENARIO_SEEDS={text:?}: {e}"))
}

fn parse_seeds(text: &str) -> Result<Vec<u64>, String> {
    let number = |t: &str| {
        t.trim()
            .parse::<u64>()
            .map_err(|e| format!("{t:?} is not a seed ({e})"))
    };
    let seeds = if let Some((a, b)) = text.split_once("..=") {
        (number(a)?..=number(b)?).collect()
    } else if let Some((a, b)) = text.split_once("..") {
        (number(a)?..number(b)?).collect()
    } else {
        text.split(',').map(number).collect::<Result<Vec<_>, _>>()?
    };
    if seeds.is_empty() {
        return Err("no seeds".to_owned());
    }
    Ok(seeds)
}

#[test]
fn seed_lists_parse_as_documented() {
    assert_eq!(parse_seeds("6..9"), Ok(vec![6, 7, 8]));
    assert_eq!(parse_seeds("6..=8"), Ok(vec![6, 7, 8]));
    assert_eq!(parse_seeds("3, 14,15"), Ok(vec![3, 14, 15]));
    assert!(parse_seeds("9..6").is_err());
    assert!(parse_seeds("x").is_err());
}

/// Trains the scenario on one seed and reports the test split at its last epoch.
fn train(scenario: Scenario, seed: u64) -> Outcome {
    let (s, notes) = decode(&format!("?scenario={}&seed={seed}", scenario.token()));
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(s.lab.scenario, scenario);
    assert_eq!(s.lab.seed, seed);
    let mut lab = Lab::new(s.lab_spec(), s.lab_configs());
    lab.advance(s.lab.epochs);
    lab.checkpoint();
    let [a, b] = [lab.latest(0), lab.latest(1)];
    let outcome = Outcome {
        bayes: lab.bayes_ap,
        ap: [a.ap, b.ap],
        recall: [a.recall, b.recall],
        precision: [a.precision, b.precision],
    };
    println!(
        "{} seed {seed}: Bayes {:.3}, AP A {:.3} B {:.3} (B − A {:+.3}), recall A {:.3} B {:.3}, precision A {:.3} B {:.3}",
        scenario.token(),
        outcome.bayes,
        a.ap,
        b.ap,
        b.ap - a.ap,
        a.recall,
        b.recall,
        a.precision,
        b.precision
    );
    outcome
}

/// Checks a scenario's claim on every seed of the list, and that no run beats the best
/// possible AP by more than 0.02 (the Bayes AP is an expectation; one split may differ).
fn check_claim(scenario: Scenario) {
    let (claim, share) = scenario.claim().expect("a scenario with a claim");
    let seeds = seeds();
    let mut failed = Vec::new();
    for &seed in &seeds {
        let o = train(scenario, seed);
        assert!(
            o.bayes >= o.ap[0].max(o.ap[1]) - 0.02,
            "{} seed {seed}: a run beats the Bayes AP: {o:?}",
            scenario.token()
        );
        if !claim.holds(&o) {
            failed.push(format!("seed {seed}: {o:?}"));
        }
    }
    let held = seeds.len() - failed.len();
    println!(
        "{}: {claim:?} held on {held} of {} seeds",
        scenario.token(),
        seeds.len()
    );
    assert!(
        share.met(held, seeds.len()),
        "{}: {claim:?} must hold on {share:?} of the seeds; it failed on\n{}",
        scenario.token(),
        failed.join("\n")
    );
}

#[test]
fn helps_focal_loss_ranks_better_within_the_budget() {
    check_claim(Scenario::Helps);
}

#[test]
fn prior_a_bias_at_zero_is_clearly_worse() {
    check_claim(Scenario::Prior);
}

#[test]
fn convex_both_runs_reach_the_bayes_ap() {
    check_claim(Scenario::Convex);
}

#[test]
fn alpha_moves_the_threshold_not_the_ranking() {
    check_claim(Scenario::Alpha);
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

/// Every shape's default settings (quadratic features, 300 epochs) bring both runs close to
/// the best possible AP: within 0.04 on every seed, and within 0.02 on at least 90 % of
/// them (the README states both). So the data sets mean what they say: hard negatives sit
/// near the boundary, not on the positives. (`beside` cannot: its best boundary is two
/// different curves, one against the hard negatives and one against the easy cloud, and
/// one conic cannot follow both; the README says so.)
fn defaults_reach_the_bayes_ap(shape: &str) {
    const EVERY: f64 = 0.04;
    const MOST: (f64, Share) = (0.02, Share::AtLeast(0.9));
    let seeds = seeds();
    let (mut failed, mut close) = (Vec::new(), 0);
    for &seed in &seeds {
        let (s, notes) = decode(&format!("?shape={shape}&seed={seed}"));
        assert!(notes.is_empty() && s.lab.quadratic);
        let mut lab = Lab::new(s.lab_spec(), s.lab_configs());
        lab.advance(s.lab.epochs);
        lab.checkpoint();
        let ap = [lab.latest(0).ap, lab.latest(1).ap];
        println!(
            "shape {shape} seed {seed}: Bayes {:.3}, AP A {:.3} B {:.3}",
            lab.bayes_ap, ap[0], ap[1]
        );
        let gap = ap
            .iter()
            .map(|ap| (lab.bayes_ap - ap).abs())
            .fold(0.0, f64::max);
        if gap > EVERY {
            failed.push(format!("seed {seed}: AP {ap:?} vs Bayes {}", lab.bayes_ap));
        }
        if gap <= MOST.0 {
            close += 1;
        }
    }
    println!(
        "shape {shape}: both runs within {EVERY} of the Bayes AP on {} of {} seeds, within {} on {close}",
        seeds.len() - failed.len(),
        seeds.len(),
        MOST.0
    );
    assert!(failed.is_empty(), "{shape}:\n{}", failed.join("\n"));
    assert!(
        MOST.1.met(close, seeds.len()),
        "{shape}: within {} of the Bayes AP on only {close} of {} seeds",
        MOST.0,
        seeds.len()
    );
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

/// A caption's numbers come from the settings and the claim: the helps preset makes
/// 99,000 easy negatives, and a link with other settings changes what the caption says.
#[test]
fn captions_take_their_numbers_from_the_state_and_the_claim() {
    let caption = |query: &str| {
        let (s, _) = decode(query);
        s.lab.scenario.caption(&s.lab, s.shared.prior)
    };
    let helps = caption("?scenario=helps");
    assert!(helps.contains("the 99,000 easy negatives"), "{helps}");
    assert!(
        helps.contains("the 100 positives from the 1,000 hard"),
        "{helps}"
    );
    assert!(helps.contains("after 50 epochs"), "{helps}");
    assert!(helps.contains("by at least 0.05 AP"), "{helps}");
    let other = caption("?scenario=helps&npos=50&epochs=80");
    assert!(other.contains("the 49,500 easy negatives"), "{other}");
    assert!(other.contains("after 80 epochs"), "{other}");
    let prior = caption("?scenario=prior&prior=0.02");
    assert!(prior.contains("π = 0.02"), "{prior}");
    assert!(prior.contains("the 100,000 negatives"), "{prior}");
    // Every scenario's caption states its claim's numbers.
    for &scenario in Scenario::ALL {
        let text = caption(&format!("?scenario={}", scenario.token()));
        if let Some((claim, _)) = scenario.claim() {
            let bounds: Vec<f64> = match claim {
                focal::state::lab::Claim::Leads { min } => vec![min],
                focal::state::lab::Claim::Ties {
                    of_bayes,
                    of_each_other,
                } => vec![of_bayes, of_each_other],
                focal::state::lab::Claim::MovesThreshold {
                    ap_band,
                    recall_gap,
                    precision_gap,
                } => vec![ap_band, recall_gap, precision_gap],
            };
            for bound in bounds {
                assert!(
                    text.contains(&focal::format::num(bound)),
                    "{}: {bound} in {text}",
                    scenario.token()
                );
            }
        }
    }
}
