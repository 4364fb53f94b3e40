//! "Check yourself": predict-then-reveal questions, each beside the panel it is about. The
//! right answer is computed here, by the core, from the panel's state (never typed into the
//! page), and each explanation quotes the computed numbers. Pure: the later module shows
//! them (`ui/panels/quiz.rs`).

use crate::core::imbalance::{prior_bias, Compared};
use crate::core::loss::{point_readout, sigmoid_focal, softplus, Alpha};
use crate::format::{count, num, percent};
use crate::i18n::{msg, t, tf_owned, Msg};
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
/// The options of a choice, in the page's language.
fn words(options: &[Msg]) -> Vec<&'static str> {
    options.iter().map(|m| t(*m)).collect()
}

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
            question: tf_owned(
                msg::QUIZ_CE_OVER_FL_Q,
                &[("gamma", num(2.0)), ("pt", num(0.9))],
            ),
            kind: Kind::Number {
                answer: easy.ce_over_fl,
                tolerance: 0.05 * easy.ce_over_fl,
            },
            explanation: tf_owned(
                msg::QUIZ_CE_OVER_FL_WHY,
                &[
                    ("base", num(0.1)),
                    ("factor", num(easy.modulating)),
                    ("ratio", num(easy.ce_over_fl)),
                    ("fl", num(easy.fl)),
                    ("ce", num(easy.ce)),
                ],
            ),
            shows: "gamma=2&alpha=none&pt=0.9&y=1",
        },
        Check {
            id: "alpha-class",
            panel: Panel::Explorer,
            question: tf_owned(msg::QUIZ_ALPHA_CLASS_Q, &[("alpha", num(0.25))]),
            kind: Kind::Choice {
                options: words(&[
                    msg::QUIZ_ALPHA_CLASS_POSITIVES,
                    msg::QUIZ_ALPHA_CLASS_NEGATIVES,
                    msg::QUIZ_ALPHA_CLASS_BOTH,
                ]),
                right: if pos_w > neg_w {
                    0
                } else if neg_w > pos_w {
                    1
                } else {
                    2
                },
            },
            explanation: tf_owned(
                msg::QUIZ_ALPHA_CLASS_WHY,
                &[("pos", num(pos_w)), ("neg", num(neg_w))],
            ),
            shows: "alpha=0.25&y=0",
        },
        Check {
            id: "prior-bias",
            panel: Panel::Calculators,
            question: tf_owned(msg::QUIZ_PRIOR_BIAS_Q, &[("prior", num(0.01))]),
            kind: Kind::Number {
                answer: bias,
                tolerance: 0.05,
            },
            explanation: tf_owned(
                msg::QUIZ_PRIOR_BIAS_WHY,
                &[("bias", num(bias)), ("negatives", count(100_000.0))],
            ),
            shows: "prior=0.01",
        },
        Check {
            id: "gamma-zero",
            panel: Panel::Explorer,
            question: t(msg::QUIZ_GAMMA_ZERO_Q).into(),
            kind: Kind::Choice {
                options: words(&[
                    msg::QUIZ_GAMMA_ZERO_EXACT,
                    msg::QUIZ_GAMMA_ZERO_HALF,
                    msg::QUIZ_GAMMA_ZERO_EASY,
                ]),
                right: if same { 0 } else { 1 },
            },
            explanation: t(msg::QUIZ_GAMMA_ZERO_WHY).into(),
            shows: "gamma=0&alpha=none",
        },
        Check {
            id: "neg-share",
            panel: Panel::Imbalance,
            question: tf_owned(msg::QUIZ_NEG_SHARE_Q, &[("negatives", count(1000.0))]),
            kind: Kind::Number {
                answer: 100.0 * ce_share,
                tolerance: 5.0,
            },
            explanation: tf_owned(msg::QUIZ_NEG_SHARE_WHY, &[("share", percent(ce_share))]),
            shows: "ratio=1000",
        },
        Check {
            id: "hard-gradient",
            panel: Panel::Explorer,
            question: tf_owned(
                msg::QUIZ_HARD_GRADIENT_Q,
                &[("pt", num(0.3)), ("gamma", num(2.0))],
            ),
            kind: Kind::Choice {
                options: words(&[
                    msg::QUIZ_HARD_GRADIENT_ALL,
                    msg::QUIZ_HARD_GRADIENT_HALF,
                    msg::QUIZ_HARD_GRADIENT_TENTH,
                ]),
                right: if kept > 0.8 {
                    0
                } else if kept > 0.3 {
                    1
                } else {
                    2
                },
            },
            explanation: tf_owned(
                msg::QUIZ_HARD_GRADIENT_WHY,
                &[
                    ("kept", percent(kept)),
                    ("fl", num(hard_fl)),
                    ("ce", num(hard_ce)),
                    ("easy", percent(easy_kept)),
                ],
            ),
            shows: "gamma=2&alpha=none&pt=0.3&y=1",
        },
        Check {
            id: "alpha-ap",
            panel: Panel::Lab,
            question: t(msg::QUIZ_ALPHA_AP_Q).into(),
            kind: Kind::Choice {
                options: words(&[
                    msg::QUIZ_ALPHA_AP_RAISES,
                    msg::QUIZ_ALPHA_AP_LOWERS,
                    msg::QUIZ_ALPHA_AP_BARELY,
                ]),
                right: if threshold { 2 } else { 0 },
            },
            explanation: t(msg::QUIZ_ALPHA_AP_WHY).into(),
            shows: "scenario=alpha",
        },
        Check {
            id: "fl-above-ce",
            panel: Panel::Variants,
            question: t(msg::QUIZ_FL_ABOVE_CE_Q).into(),
            kind: Kind::Choice {
                options: words(&[msg::QUIZ_FL_ABOVE_CE_YES, msg::QUIZ_FL_ABOVE_CE_NO]),
                right: if above { 0 } else { 1 },
            },
            explanation: t(msg::QUIZ_FL_ABOVE_CE_WHY).into(),
            shows: "gamma=2",
        },
    ]
}
