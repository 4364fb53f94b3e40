//! "Your predictions": a reader's own scores and labels, and what cross-entropy and focal loss
//! make of them: where the loss and the gradient come from (negatives, easy examples), the
//! ranking (AP, ROC-AUC), the prior. Every readout is an exact float64 sum over the rows.
//!
//! Each row is reduced once, when it is read, to what every γ needs: CE = −ln p_t,
//! ln(1 − p_t) and 1 − p_t, filed under its class and whether it is easy (p_t > 0.7, the
//! lab's definition). A new γ is then one `exp` per row; a new α none, since α_t is one
//! weight per class.

mod parse;
mod problems;
pub mod sample;

pub use parse::{Delimiter, Loaded, Reader, Score, LISTED_ERRORS, MAX_BYTES};
pub use problems::{FileProblem, RowError, RowProblem};

use super::fastmath::exp_nonpositive;
use super::imbalance::{alpha_from_frequency, prior_bias};
use super::loss::{softplus, Alpha};

/// The lab's definition of an easy example.
pub const EASY_PT: f64 = 0.7;

/// Rows of one class, easy or not: CE, ln(1 − p_t) and 1 − p_t per row.
#[derive(Clone, Debug, Default)]
struct Group {
    ce: Vec<f64>,
    ln_q: Vec<f64>,
    q: Vec<f64>,
    /// The sums at γ = 0: Σ CE and Σ (1 − p_t).
    at_zero: Totals,
}

impl Group {
    fn push(&mut self, ce: f64, ln_q: f64, q: f64) {
        self.ce.push(ce);
        self.ln_q.push(ln_q);
        self.q.push(q);
        self.at_zero.loss += ce;
        self.at_zero.grad += q;
    }

    /// Σ (1 − p_t)^γ CE and Σ |dFL/dlogit| = Σ (1 − p_t)^γ (γ p_t CE + 1 − p_t), without α.
    fn sums(&self, gamma: f64) -> Totals {
        if gamma == 0.0 {
            return self.at_zero;
        }
        let (mut loss, mut grad) = (0.0, 0.0);
        for ((&ce, &ln_q), &q) in self.ce.iter().zip(&self.ln_q).zip(&self.q) {
            let m = exp_nonpositive(gamma * ln_q);
            loss += m * ce;
            grad += m * (gamma * (1.0 - q) * ce + q);
        }
        Totals { loss, grad }
    }
}

/// A loss's and its gradient's sums over a set of rows.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    pub loss: f64,
    pub grad: f64,
}

/// Rows as they are read ([`Reader`]), before they are a [`Predictions`].
#[derive(Default)]
struct Builder {
    scores: Vec<f64>,
    labels: Vec<bool>,
    groups: [Group; 4],
    sum_p: f64,
}

/// The group of a row: negatives first, then positives; hard, then easy.
fn group_of(positive: bool, easy: bool) -> usize {
    usize::from(positive) * 2 + usize::from(easy)
}

impl Builder {
    fn len(&self) -> usize {
        self.labels.len()
    }

    /// Room for `rows` more rows, shared among the groups as the rows so far are (most go
    /// to the easy negatives).
    fn reserve(&mut self, rows: usize) {
        let read = self.len().max(1) as f64;
        self.scores.reserve(rows);
        self.labels.reserve(rows);
        for g in &mut self.groups {
            let n = ((g.ce.len() as f64 + 1.0) / read * rows as f64 * 1.05) as usize;
            g.ce.reserve(n);
            g.ln_q.reserve(n);
            g.q.reserve(n);
        }
    }

    fn push_logit(&mut self, z: f64, positive: bool) {
        // CE and ln(1 − p_t) from softplus, without cancellation; p_t as numpy's
        // `1 / (1 + exp(−z))` forms it, for the easy threshold.
        let p = 1.0 / (1.0 + (-z).exp());
        let (ce, ln_q, pt) = if positive {
            (softplus(-z), -softplus(z), p)
        } else {
            (softplus(z), -softplus(-z), 1.0 - p)
        };
        self.push(z, p, positive, pt, ce, ln_q, ln_q.exp());
    }

    fn push_prob(&mut self, p: f64, positive: bool) {
        let (pt, q) = if positive { (p, 1.0 - p) } else { (1.0 - p, p) };
        let (ce, ln_q) = if positive {
            (-p.ln(), (-p).ln_1p())
        } else {
            (-(-p).ln_1p(), p.ln())
        };
        self.push(p, p, positive, pt, ce, ln_q, q);
    }

    /// One row: its score as given, p, p_t, CE, ln(1 − p_t) and 1 − p_t.
    #[allow(clippy::too_many_arguments)]
    fn push(&mut self, score: f64, p: f64, positive: bool, pt: f64, ce: f64, ln_q: f64, q: f64) {
        self.scores.push(score);
        self.labels.push(positive);
        self.sum_p += p;
        self.groups[group_of(positive, pt > EASY_PT)].push(ce, ln_q, q);
    }

    fn build(self, kind: Score) -> Predictions {
        let positives = self.groups[2].ce.len() + self.groups[3].ce.len();
        Predictions {
            kind,
            scores: self.scores,
            labels: self.labels,
            groups: self.groups,
            sum_p: self.sum_p,
            positives,
        }
    }
}

/// A reader's loaded predictions.
#[derive(Clone, Debug)]
pub struct Predictions {
    pub kind: Score,
    /// The score column as given (logits or probabilities): what AP and ROC-AUC rank.
    pub scores: Vec<f64>,
    pub labels: Vec<bool>,
    groups: [Group; 4],
    sum_p: f64,
    positives: usize,
}

/// What the counts say, whatever the loss.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counts {
    pub rows: usize,
    pub positives: usize,
    /// The positive rate π.
    pub prior: f64,
    /// The mean predicted probability of the positive class.
    pub mean_p: f64,
    /// The paper's prior bias b = −ln((1 − π)/π).
    pub bias: f64,
    /// α from the counts: 1 − n_pos/N clipped to [0.1, 0.9], as in the calculators.
    pub alpha_freq: f64,
}

/// Where a loss comes from: the negatives' and the easy examples' shares of the loss, and
/// the negatives' share of |dL/dlogit|.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shares {
    pub neg: f64,
    pub easy: f64,
    pub grad_neg: f64,
}

/// The loss and gradient sums per group at one γ (before α).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupTotals([Totals; 4]);

impl GroupTotals {
    /// The shares with α_t = α for positives and 1 − α for negatives (1 without α).
    pub fn shares(&self, alpha: Alpha) -> Shares {
        let w = |g: usize| alpha.weight(if g >= 2 { 1.0 } else { 0.0 });
        let sum = |f: &dyn Fn(usize) -> bool, grad: bool| -> f64 {
            (0..4)
                .filter(|&g| f(g))
                .map(|g| w(g) * if grad { self.0[g].grad } else { self.0[g].loss })
                .sum()
        };
        let all = |_: usize| true;
        let neg = |g: usize| g < 2;
        let easy = |g: usize| g % 2 == 1;
        Shares {
            neg: sum(&neg, false) / sum(&all, false),
            easy: sum(&easy, false) / sum(&all, false),
            grad_neg: sum(&neg, true) / sum(&all, true),
        }
    }
}

impl Predictions {
    pub fn counts(&self) -> Counts {
        let rows = self.labels.len();
        let prior = self.positives as f64 / rows as f64;
        Counts {
            rows,
            positives: self.positives,
            prior,
            mean_p: self.sum_p / rows as f64,
            bias: prior_bias(prior),
            alpha_freq: alpha_from_frequency(&[
                (rows - self.positives) as f64,
                self.positives as f64,
            ])[1],
        }
    }

    /// The sums per group at γ: one `exp` per row (none at γ = 0).
    pub fn totals(&self, gamma: f64) -> GroupTotals {
        GroupTotals(std::array::from_fn(|g| self.groups[g].sums(gamma)))
    }

    /// Cross-entropy's shares (γ = 0, no α) and focal loss's at γ and α.
    pub fn shares(&self, gamma: f64, alpha: Alpha) -> (Shares, Shares) {
        (
            self.totals(0.0).shares(Alpha::None),
            self.totals(gamma).shares(alpha),
        )
    }

    /// Each class's examples over the log-odds of p_t, as fractions of the class per bin
    /// (`bins` bins on [−`span`, `span`]; the ends collect everything beyond): (bin centres,
    /// negatives, positives).
    pub fn pt_histogram(&self, bins: usize, span: f64) -> (Vec<f64>, [Vec<f64>; 2]) {
        let width = 2.0 * span / bins as f64;
        let mut h = [vec![0.0; bins], vec![0.0; bins]];
        for (g, group) in self.groups.iter().enumerate() {
            let class = &mut h[g / 2];
            for (&ce, &ln_q) in group.ce.iter().zip(&group.ln_q) {
                // logit(p_t) = ln p_t − ln(1 − p_t).
                let x = -ce - ln_q;
                let i = ((x + span) / width).floor().clamp(0.0, (bins - 1) as f64) as usize;
                class[i] += 1.0;
            }
        }
        for class in &mut h {
            let n: f64 = class.iter().sum();
            if n > 0.0 {
                class.iter_mut().for_each(|c| *c /= n);
            }
        }
        let centres = (0..bins)
            .map(|i| -span + (i as f64 + 0.5) * width)
            .collect();
        (centres, h)
    }

    /// The rows in bins of ln(1 − p_t), for the shares at many γ at once (a chart): the
    /// sums at γ are then one `exp` per bin. Exact at γ = 0; within a fraction of a percent
    /// of [`Predictions::totals`] up to γ = 5.
    pub fn binned(&self) -> Binned {
        Binned {
            groups: std::array::from_fn(|g| BinnedGroup::of(&self.groups[g])),
        }
    }
}

const BINS: usize = 4096;
/// ln(1 − p_t) below this is one bin: (1 − p_t)^γ is then below 1e-17 for γ ≥ 1.
const LN_Q_FLOOR: f64 = -40.0;

#[derive(Clone, Debug, PartialEq)]
struct BinnedGroup {
    /// Per non-empty bin: mean ln(1 − p_t), Σ CE, Σ p_t CE, Σ (1 − p_t).
    bins: Vec<[f64; 4]>,
    /// The group's exact sums at γ = 0.
    at_zero: Totals,
}

impl BinnedGroup {
    fn of(group: &Group) -> BinnedGroup {
        let mut acc = vec![[0.0f64; 5]; BINS];
        for ((&ce, &ln_q), &q) in group.ce.iter().zip(&group.ln_q).zip(&group.q) {
            let i =
                ((ln_q / LN_Q_FLOOR) * (BINS - 1) as f64).clamp(0.0, (BINS - 1) as f64) as usize;
            let a = &mut acc[i];
            a[0] += 1.0;
            a[1] += ln_q.max(LN_Q_FLOOR * 2.0);
            a[2] += ce;
            a[3] += (1.0 - q) * ce;
            a[4] += q;
        }
        BinnedGroup {
            bins: acc
                .into_iter()
                .filter(|a| a[0] > 0.0)
                .map(|a| [a[1] / a[0], a[2], a[3], a[4]])
                .collect(),
            at_zero: group.at_zero,
        }
    }

    fn sums(&self, gamma: f64) -> Totals {
        if gamma == 0.0 {
            return self.at_zero;
        }
        let (mut loss, mut grad) = (0.0, 0.0);
        for &[ln_q, ce, pt_ce, q] in &self.bins {
            let m = exp_nonpositive(gamma * ln_q);
            loss += m * ce;
            grad += m * (gamma * pt_ce + q);
        }
        Totals { loss, grad }
    }
}

/// [`Predictions::binned`].
#[derive(Clone, Debug, PartialEq)]
pub struct Binned {
    groups: [BinnedGroup; 4],
}

impl Binned {
    pub fn totals(&self, gamma: f64) -> GroupTotals {
        GroupTotals(std::array::from_fn(|g| self.groups[g].sums(gamma)))
    }
}
