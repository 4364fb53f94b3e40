//! What each scenario claims, as data: the tests check it on many seeds
//! (`tests/scenarios.rs`, `FOCAL_SCENARIO_SEEDS`) and the caption states it from the same
//! numbers, so the page never says more than the tests found.

/// What the two runs reached on one seed, on the test split, at the scenario's last epoch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// The best possible AP (the exact likelihood ratio's ranking).
    pub bayes: f64,
    /// Runs A and B.
    pub ap: [f64; 2],
    /// Recall and precision at the lab's threshold.
    pub recall: [f64; 2],
    pub precision: [f64; 2],
}

/// A claim about the two runs at the scenario's last epoch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Claim {
    /// Run B's AP is at least `min` above run A's.
    Leads { min: f64 },
    /// Both runs end within `of_bayes` of the best possible AP and within `of_each_other`
    /// of each other.
    Ties { of_bayes: f64, of_each_other: f64 },
    /// The two APs stay within `ap_band` of each other while, at the threshold, run A's
    /// recall is at least `recall_gap` above run B's and run B's precision at least
    /// `precision_gap` above run A's: the weight moves the threshold, not the ranking.
    MovesThreshold {
        ap_band: f64,
        recall_gap: f64,
        precision_gap: f64,
    },
}

/// On how many seeds a claim must hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Share {
    Every,
    /// At least this fraction of the seeds.
    AtLeast(f64),
}

impl Claim {
    pub fn holds(self, o: &Outcome) -> bool {
        let [a, b] = o.ap;
        match self {
            Claim::Leads { min } => b - a >= min,
            Claim::Ties {
                of_bayes,
                of_each_other,
            } => {
                (o.bayes - a).abs() <= of_bayes
                    && (o.bayes - b).abs() <= of_bayes
                    && (a - b).abs() <= of_each_other
            }
            Claim::MovesThreshold {
                ap_band,
                recall_gap,
                precision_gap,
            } => {
                (a - b).abs() <= ap_band
                    && o.recall[0] - o.recall[1] >= recall_gap
                    && o.precision[1] - o.precision[0] >= precision_gap
            }
        }
    }
}

impl Share {
    /// Whether `held` of `seeds` seeds meet the share.
    pub fn met(self, held: usize, seeds: usize) -> bool {
        match self {
            Share::Every => held == seeds,
            Share::AtLeast(f) => held as f64 >= f * seeds as f64,
        }
    }
}
