//! "Check yourself": predict-then-reveal questions, each beside the panel it is about. The
//! right answer is computed here, by the core, from the panel's state (never typed into the
//! page), and each explanation quotes the computed numbers. Pure: the later module shows
//! them (`ui/panels/quiz.rs`).

use crate::core::imbalance::{prior_bias, Compared};
use crate::core::loss::{point_readout, sigmoid_focal, softplus, Alpha};
use crate::format::{num, percent};
use crate::state::lab::{Claim, Scenario};
use crate::state::{Panel, State};

/// Every check's id, in page order (`quiz=` names them; [`checks`] gives them in this order).
pub const IDS: [&str; 8] = [
    "ce-over-fl",
    "alpha-class",
    "prior-bias",
    "gamma-zero",
    "neg-share",
    "hard-gradient",
    "alpha-ap",
    "fl-above-ce",
];

/// What a reader answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// A number, right within `tolerance` (absolute).
    Number { answer: f64, tolerance: f64 },
    /// One of the options; `right` is its index.
    Choice {
        options: Vec<&'static str>,
        right: usize,
    },
}

/// One check.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// `quiz-<id>` in the page.
    pub id: &'static str,
    pub panel: Panel,
    pub question: String,
    pub kind: Kind,
    /// Two or three sentences, with the computed numbers.
    pub explanation: String,
    /// The link's query that sets the panel to the state that shows the answer.
    pub shows: &'static str,
}

/// What a reader gave.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Given {
    Number(f64),
    Choice(usize),
}

impl Check {
    /// Whether the answer is right.
    pub fn is_right(&self, given: Given) -> bool {
        match (&self.kind, given) {
            (Kind::Number { answer, tolerance }, Given::Number(x)) => {
                (x - answer).abs() <= *tolerance
            }
            (Kind::Choice { right, .. }, Given::Choice(i)) => i == *right,
            _ => false,
        }
    }
}

/// Reads a typed number as a reader writes it: `100`, `100×`, `1e2`, `−4.6` (a Unicode
/// minus), `91 %` (the unit is the question's), with a decimal comma too.
pub fn read_number(text: &str) -> Option<f64> {
    let t = text.trim().replace('−', "-").replace(',', ".");
    let t = t.trim_end_matches(['×', 'x', 'X', '%']).trim();
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// The checks for the state `s`, in page order.
pub fn checks(s: &State) -> Vec<Check> {
    let none = Alpha::None;
    let easy = point_readout(0.9, true, none, 2.0);
    let quarter = Alpha::Balanced(0.25);
    let (pos_w, neg_w) = (quarter.weight(1.0), quarter.weight(0.0));
    let bias = prior_bias(0.01);
    // γ = 0 against CE over a grid of logits and both labels.
    let grid = (-40..=40).map(|i| f64::from(i) * 0.5);
    // CE written out: −ln σ(x) for a positive, −ln(1 − σ(x)) for a negative.
    let same = grid.clone().all(|x| {
        [0.0, 1.0].iter().all(|&y| {
            let fl = sigmoid_focal(x, y, none, 0.0).loss;
            let ce = if y == 1.0 { softplus(-x) } else { softplus(x) };
            (fl - ce).abs() <= 1e-12 * ce.max(1e-300)
        })
    });
    let mut scenario = s.scenario();
    scenario.ratio = 1000.0;
    let ce_share = scenario.outcome(Compared::CrossEntropy).neg_share;
    let hard = point_readout(0.3, true, none, 2.0);
    let (hard_fl, hard_ce) = (hard.grad_fl.abs(), hard.grad_ce.abs());
    let kept = hard_fl / hard_ce;
    let easy_kept = (easy.grad_fl / easy.grad_ce).abs();
    let above = grid.clone().any(|x| {
        [0.0, 1.0].iter().any(|&y| {
            [0.0, 0.5, 2.0, 5.0].iter().any(|&g| {
                [Alpha::None, Alpha::Balanced(0.25), Alpha::Balanced(0.75)]
                    .iter()
                    .any(|&a| sigmoid_focal(x, y, a, g).loss > sigmoid_focal(x, y, none, 0.0).loss)
            })
        })
    });
    let threshold = matches!(
        Scenario::Alpha.claim(),
        Some((Claim::MovesThreshold { .. }, _))
    );
    vec![
        Check {
            id: "ce-over-fl",
            panel: Panel::Explorer,
            question: "With γ = 2 and no α, an easy example has p_t = 0.9. How many times smaller than its cross-entropy is its focal loss?".into(),
            kind: Kind::Number { answer: easy.ce_over_fl, tolerance: 0.05 * easy.ce_over_fl },
            explanation: format!(
                "(1 − p_t)^γ = 0.1² = {}, so focal loss is {}× smaller than CE ({} against {}). The paper's point: an easy example hardly counts any more.",
                num(easy.modulating), num(easy.ce_over_fl), num(easy.fl), num(easy.ce)
            ),
            shows: "gamma=2&alpha=none&pt=0.9&y=1",
        },
        Check {
            id: "alpha-class",
            panel: Panel::Explorer,
            question: "With α = 0.25, which class is weighted more?".into(),
            kind: Kind::Choice {
                options: vec!["the positives (the rare class)", "the negatives (the background)", "both equally"],
                right: if pos_w > neg_w { 0 } else if neg_w > pos_w { 1 } else { 2 },
            },
            explanation: format!(
                "α is the positives' weight and 1 − α the negatives': {} against {}. With γ = 2 the paper found α = 0.25 best: focal loss already quietens the many easy negatives, so the rare class needs less help than α-balanced CE gives it.",
                num(pos_w), num(neg_w)
            ),
            shows: "alpha=0.25&y=0",
        },
        Check {
            id: "prior-bias",
            panel: Panel::Calculators,
            question: "What bias b makes a new model predict p = 0.01 for every anchor (the prior π = 0.01)?".into(),
            kind: Kind::Number { answer: bias, tolerance: 0.05 },
            explanation: format!(
                "b = −ln((1 − π)/π) = −ln(99) = {}. Starting there, the 100,000 easy negatives do not swamp the first steps of training (the paper's §3.3); b = 0 starts every anchor at p = 0.5.",
                num(bias)
            ),
            shows: "prior=0.01",
        },
        Check {
            id: "gamma-zero",
            panel: Panel::Explorer,
            question: "With γ = 0 and no α, focal loss is…".into(),
            kind: Kind::Choice {
                options: vec!["exactly cross-entropy", "half of cross-entropy", "zero for easy examples"],
                right: if same { 0 } else { 1 },
            },
            explanation: "(1 − p_t)⁰ = 1 for every p_t, so FL = CE on every example (checked here from −20 to 20 in the logit, both classes). With α it is α-balanced CE.".into(),
            shows: "gamma=0&alpha=none",
        },
        Check {
            id: "neg-share",
            panel: Panel::Imbalance,
            question: "At 1 positive per 1,000 negatives (the imbalance view's distributions), what share of the cross-entropy loss comes from the negatives? (in %)".into(),
            kind: Kind::Number { answer: 100.0 * ce_share, tolerance: 5.0 },
            explanation: format!(
                "{} of the CE loss comes from negatives, although each easy negative's loss is small: there are a thousand of them per positive. That is the imbalance focal loss was made for.",
                percent(ce_share)
            ),
            shows: "ratio=1000",
        },
        Check {
            id: "hard-gradient",
            panel: Panel::Explorer,
            question: "A hard example (p_t = 0.3, γ = 2, no α): how much of its cross-entropy gradient |dCE/dlogit| does focal loss keep?".into(),
            kind: Kind::Choice {
                options: vec!["almost all of it", "about half", "about a tenth or less"],
                right: if kept > 0.8 { 0 } else if kept > 0.3 { 1 } else { 2 },
            },
            explanation: format!(
                "{} of it ({} against {}); an easy example (p_t = 0.9) keeps only {}. Focal loss turns the gradient down on the easy examples, not on the hard ones, so the hard ones lead.",
                percent(kept), num(hard_fl), num(hard_ce), percent(easy_kept)
            ),
            shows: "gamma=2&alpha=none&pt=0.3&y=1",
        },
        Check {
            id: "alpha-ap",
            panel: Panel::Lab,
            question: "In the lab's α scenario (γ = 2), what does α = 0.25 instead of 0.75 do to the average precision?".into(),
            kind: Kind::Choice {
                options: vec!["raises it clearly", "lowers it clearly", "barely changes it: α moves the threshold, not the ranking"],
                right: if threshold { 2 } else { 0 },
            },
            explanation: "On every seed the tests tried, the two runs' AP stay within 0.01 of each other, while at the threshold α = 0.75 has the higher recall and α = 0.25 the higher precision: a class weight shifts where the scores fall, not their order.".into(),
            shows: "scenario=alpha",
        },
        Check {
            id: "fl-above-ce",
            panel: Panel::Variants,
            question: "Can focal loss (γ ≥ 0, α in [0, 1] or none) ever be larger than cross-entropy on the same example?".into(),
            kind: Kind::Choice {
                options: vec!["yes, for hard examples", "no, never"],
                right: if above { 0 } else { 1 },
            },
            explanation: "No: (1 − p_t)^γ ≤ 1 and α_t ≤ 1, so FL = α_t (1 − p_t)^γ CE ≤ CE on every example. Focal loss only takes away, less from the hard examples than from the easy ones.".into(),
            shows: "gamma=2",
        },
    ]
}
