//! "Check your implementation": inputs that separate the common focal-loss bugs, the exact
//! values, each bug emulated on the same inputs, and the diagnosis of a reader's outputs:
//! `ok`, the bug that explains them, or no match.

mod gallery;
pub mod pytest;

pub use gallery::{Bug, Reduction};

use super::loss::{sigmoid_focal, Alpha};

/// One row of `check-inputs.csv`: a logit, a hard label, γ, and α (−1 for no α, as in
/// torchvision).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Input {
    pub logit: f64,
    pub label: u8,
    pub gamma: f64,
    pub alpha: f64,
}

impl Input {
    pub fn alpha(&self) -> Alpha {
        Alpha::from_torchvision(self.alpha)
    }

    /// The exact focal loss of this row (torchvision's definition).
    pub fn exact(&self) -> f64 {
        sigmoid_focal(self.logit, f64::from(self.label), self.alpha(), self.gamma).loss
    }
}

const LOGITS: [f64; 13] = [
    -30.0, -20.0, -8.0, -3.0, -1.0, -0.25, 0.0, 0.25, 1.0, 3.0, 8.0, 20.0, 30.0,
];
const GAMMAS: [f64; 5] = [0.0, 0.5, 1.0, 2.0, 5.0];
const ALPHAS: [f64; 4] = [0.25, 0.5, 0.75, -1.0];

/// The inputs: every logit with both labels, three times, with γ and α cycling at different
/// periods so that every (logit, label) pair meets several γ and α (78 rows). Logits to ±30
/// separate Keras's clipping; α ≠ 0.5 separates the α bugs; γ > 0 on hard and easy examples
/// separates the γ bugs.
pub fn inputs() -> Vec<Input> {
    let mut rows = Vec::new();
    for round in 0..3 {
        for (i, &logit) in LOGITS.iter().enumerate() {
            for label in [0u8, 1] {
                let k = rows.len();
                rows.push(Input {
                    logit,
                    label,
                    gamma: GAMMAS[(k + round + i) % GAMMAS.len()],
                    alpha: ALPHAS[(k / 2 + round * 3 + usize::from(label)) % ALPHAS.len()],
                });
            }
        }
    }
    rows
}

/// `check-inputs.csv`, as shipped with the site.
pub fn inputs_csv() -> String {
    let mut out = String::from("logit,label,gamma,alpha\n");
    for r in inputs() {
        out.push_str(&format!(
            "{},{},{},{}\n",
            r.logit, r.label, r.gamma, r.alpha
        ));
    }
    out
}

/// Two values agree when they differ by at most [`RTOL`] of the larger of the expected
/// value and [`FLOOR`]: relative above the floor, absolute (1e-9) below it, so that
/// float32 outputs (which round losses below about 1e-12 to other tiny values) pass and
/// every bug in the gallery fails.
pub const RTOL: f64 = 1e-3;
pub const FLOOR: f64 = 1e-6;

/// The error of `got` against `expected`, scaled as [`RTOL`] describes (NaN and ∞ are
/// infinitely wrong unless expected).
pub fn error(got: f64, expected: f64) -> f64 {
    if got == expected {
        return 0.0;
    }
    let e = (got - expected).abs() / expected.abs().max(FLOOR);
    if e.is_nan() {
        f64::INFINITY
    } else {
        e
    }
}

fn agrees(got: f64, expected: f64) -> bool {
    error(got, expected) <= RTOL
}

/// What a reader pasted.
#[derive(Clone, Debug, PartialEq)]
pub enum Pasted {
    /// One number per input row.
    PerRow(Vec<f64>),
    /// One number: a reduced loss.
    Reduced(f64),
}

/// Why the pasted text cannot be checked.
#[derive(Clone, Debug, PartialEq)]
pub enum PasteProblem {
    Empty,
    NotANumber { index: usize, text: String },
    Count { found: usize, expected: usize },
}

impl std::fmt::Display for PasteProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        use crate::i18n::{msg, t, tf};
        let text = match self {
            PasteProblem::Empty => t(msg::PASTE_EMPTY).to_owned(),
            PasteProblem::NotANumber { index, text } => tf(
                msg::PASTE_NOT_A_NUMBER,
                &[("index", &index.to_string()), ("text", text)],
            ),
            PasteProblem::Count { found, expected } => tf(
                msg::PASTE_COUNT,
                &[
                    ("found", &found.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
        };
        f.write_str(&text)
    }
}

/// Reads pasted outputs: numbers separated by new lines, spaces or commas. A printed tensor
/// or array is accepted as it is (`tensor([…], dtype=torch.float64)`: brackets and the
/// wrapper's words are skipped).
pub fn read_pasted(text: &str, rows: usize) -> Result<Pasted, PasteProblem> {
    let mut values = Vec::new();
    let tokens = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '(' | ')' | ';'))
        .filter(|t| !t.is_empty());
    for token in tokens {
        let wrapper = [
            "tensor",
            "array",
            "dtype",
            "device",
            "grad_fn",
            "requires_grad",
            "<",
        ]
        .iter()
        .any(|w| token.starts_with(w))
            || token.ends_with('>');
        if wrapper {
            continue;
        }
        match token.parse::<f64>() {
            Ok(v) => values.push(v),
            Err(_) => {
                return Err(PasteProblem::NotANumber {
                    index: values.len() + 1,
                    text: token.chars().take(24).collect(),
                })
            }
        }
    }
    match values.len() {
        0 => Err(PasteProblem::Empty),
        1 => Ok(Pasted::Reduced(values[0])),
        n if n == rows => Ok(Pasted::PerRow(values)),
        found => Err(PasteProblem::Count {
            found,
            expected: rows,
        }),
    }
}

/// The verdict on pasted outputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// Every row agrees with the exact loss.
    Ok,
    /// Every row agrees with this bug's loss (and not every row with the exact one).
    Bug(Bug),
    /// A reduced loss that is this reduction of the exact losses.
    Reduced(Reduction),
    /// Nothing explains the numbers.
    NoMatch,
}

impl Verdict {
    /// The `data-value` of `check-verdict`.
    pub fn token(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Bug(b) => b.token(),
            Verdict::Reduced(r) => r.token(),
            Verdict::NoMatch => "no-match",
        }
    }
}

/// One row of the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowCheck {
    pub got: f64,
    pub expected: f64,
    pub error: f64,
}

impl RowCheck {
    pub fn agrees(&self) -> bool {
        self.error <= RTOL
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    pub verdict: Verdict,
    /// The largest error against the exact values ([`error`]).
    pub max_error: f64,
    /// Per row (one row for a reduced loss: against the mean).
    pub rows: Vec<RowCheck>,
    /// With no match: the gallery entry that agrees on the most rows, and on how many.
    pub closest: Option<(Bug, usize)>,
}

/// Diagnoses pasted outputs against the exact values and the gallery.
pub fn diagnose(pasted: &Pasted) -> Diagnosis {
    let inputs = inputs();
    let exact: Vec<f64> = inputs.iter().map(Input::exact).collect();
    match pasted {
        Pasted::Reduced(got) => {
            let found = Reduction::ALL
                .into_iter()
                .find(|r| agrees(*got, r.of(&inputs, &exact)));
            let mean = Reduction::Mean.of(&inputs, &exact);
            let expected = found.map_or(mean, |r| r.of(&inputs, &exact));
            let row = RowCheck {
                got: *got,
                expected,
                error: error(*got, expected),
            };
            Diagnosis {
                verdict: found.map_or(Verdict::NoMatch, Verdict::Reduced),
                max_error: row.error,
                rows: vec![row],
                closest: None,
            }
        }
        Pasted::PerRow(got) => {
            let rows: Vec<RowCheck> = got
                .iter()
                .zip(&exact)
                .map(|(&g, &e)| RowCheck {
                    got: g,
                    expected: e,
                    error: error(g, e),
                })
                .collect();
            let max_error = rows.iter().map(|r| r.error).fold(0.0, f64::max);
            let agreeing = |bug: Bug| {
                inputs
                    .iter()
                    .zip(got)
                    .filter(|(input, &g)| agrees(g, bug.loss(input)))
                    .count()
            };
            let verdict = if rows.iter().all(RowCheck::agrees) {
                Verdict::Ok
            } else {
                Bug::ALL
                    .into_iter()
                    .find(|&b| agreeing(b) == inputs.len())
                    .map_or(Verdict::NoMatch, Verdict::Bug)
            };
            let closest = (verdict == Verdict::NoMatch)
                .then(|| {
                    Bug::ALL
                        .into_iter()
                        .map(|b| (b, agreeing(b)))
                        .max_by_key(|&(_, n)| n)
                })
                .flatten();
            Diagnosis {
                verdict,
                max_error,
                rows,
                closest,
            }
        }
    }
}
