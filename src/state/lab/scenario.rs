//! The lab's scenarios: presets that each demonstrate one honest claim, with what to watch.
//! A preset is a query string over the lab's own rows, so the parameter table alone reads
//! it, and a permalink stores only what differs from its scenario (`codec::encode`).
//! The claims are asserted over seeds 1–5 by `tests/scenarios.rs`.

use super::super::param::{Choice, Kind, Param};
use super::super::State;
use super::Lab;

crate::choice! {
    /// A preset of the lab's settings, or `custom` for free settings.
    pub enum Scenario {
        Custom = ("custom", "custom settings"),
        Helps = ("helps", "focal loss helps: a limited budget"),
        Prior = ("prior", "the prior initialisation (§3.3)"),
        Convex = ("convex", "well specified, trained long: a tie"),
        Alpha = ("alpha", "α with γ = 2 (Table 1)"),
    }
}

impl Scenario {
    /// The settings that make the claim, over the lab's defaults.
    pub fn preset(self) -> &'static str {
        match self {
            Scenario::Custom => "",
            Scenario::Helps => "shape=beside&npos=100&lratio=1000&hard=0.01&quad=0&useprior=1&opt=gd&lr=0.05&epochs=50&aloss=ce&bloss=fl-noalpha&bgamma=2",
            Scenario::Prior => "shape=blobs&quad=1&useprior=b&opt=gd&lr=0.05&epochs=100&aloss=fl-noalpha&agamma=2&bloss=fl-noalpha&bgamma=2",
            Scenario::Convex => "shape=blobs&hard=0&quad=1&opt=sgd&lr=0.01&epochs=100&aloss=ce&bloss=fl-noalpha&bgamma=2",
            Scenario::Alpha => "shape=blobs&hard=0.1&quad=0&opt=gd&lr=0.05&epochs=100&aloss=fl&agamma=2&aalpha=0.75&bloss=fl&bgamma=2&balpha=0.25",
        }
    }

    /// What the scenario shows and what to watch, in a few sentences.
    pub fn caption(self) -> &'static str {
        match self {
            Scenario::Custom => "Free settings. Pick a scenario above to see one claim demonstrated, or change anything below.",
            Scenario::Helps => "Run B (focal loss, γ = 2, no α) ranks the test set clearly better than run A (cross-entropy) after 50 epochs of full-batch descent. Watch the easy-share monitor and Fig. 4: under CE the 98,900 easy negatives carry most of the gradient, so CE’s first steps mostly shrink the weight along the easy cloud’s wide axis, the very direction that separates the positives from the hard negatives beside them; FL’s steps follow positives against hard negatives from the start. Trained to convergence (raise the epochs) the two end within about 0.01 AP of each other, both far below the Bayes line: a linear model cannot fit this layout, and in both tails FL(z) behaves like CE(3z), so a model that can scale its logits reaches the same ranking. Focal loss gets there sooner, not higher.",
            Scenario::Prior => "Both runs use the same loss (focal loss, γ = 2); they differ only in where the bias starts: run A at b = 0, run B at b = −ln((1 − π)/π) with π = 0.01 (§3.3 of the paper). At b = 0 every one of the 100,000 negatives starts at p = 0.5 with a large loss, and their gradient swamps the first steps: run A stays near AP 0 for the whole budget while run B reaches the Bayes line.",
            Scenario::Convex => "Two Gaussian classes with quadratic features: the model is well specified (the exact log-likelihood ratio is a quadratic), the loss is convex, and both runs are trained to convergence. Both reach the Bayes line within 0.02 AP. Focal loss cannot help here: with a convex loss and a model that contains the best ranking, any proper loss trained long enough finds it.",
            Scenario::Alpha => "Two focal-loss runs with γ = 2: run A with α = 0.75 (weighting positives up, best for cross-entropy), run B with α = 0.25 (the paper’s choice for γ = 2). B ranks at least as well as A on every seed, by a small margin (here 0 to 0.005 AP; the paper’s Table 1 differences are under one AP point): once γ has down-weighted the easy negatives, the positives no longer need the extra weight.",
        }
    }

    /// Sets the scenario and its preset: every lab setting to the lab's default, then the
    /// preset's values. The seed, speed, threshold and mode are the reader's, and stay.
    /// `custom` keeps every setting as it is: the reader goes on from there.
    pub fn apply(self, state: &mut State) {
        if self == Scenario::Custom {
            state.lab.scenario = self;
            return;
        }
        let kept = state.lab.clone();
        state.lab = Lab {
            seed: kept.seed,
            speed: kept.speed,
            threshold: kept.threshold,
            mode: kept.mode,
            dump: kept.dump,
            ..Lab::default()
        };
        crate::state::codec::apply(state, self.preset());
        state.lab.scenario = self;
    }
}

pub const SCENARIO: Param = Param {
    key: "scenario",
    testid: "lab-scenario",
    label: "Scenario",
    spoken: "Lab scenario",
    kind: Kind::Choice {
        options: Scenario::OPTIONS,
        default: Scenario::Custom as usize,
    },
    get: |s| s.lab.scenario.value(),
    set: |s, v| v.choice::<Scenario>().apply(s),
};
