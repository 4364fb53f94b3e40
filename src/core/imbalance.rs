//! Why easy negatives swamp cross-entropy: expected loss and |gradient| per example of each
//! class when p_t follows a logit-normal distribution, integrated numerically (never
//! sampled), and the shares of the total that the negatives carry.

use super::loss::{focal_hard, sigmoid, sigmoid_focal, Alpha};

/// A class's p_t distribution: `logit(p_t) ~ N(mu, spread²)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogitNormal {
    pub mu: f64,
    pub spread: f64,
}

/// Trapezoid nodes per unit of standard deviation, and how many deviations are covered.
/// The trapezoid rule converges geometrically for smooth Gaussian-weighted integrands, so
/// 16 nodes per σ over ±12σ is exact to double precision for the functions used here.
const NODES_PER_SD: usize = 16;
const HALF_WIDTH_SD: usize = 12;

impl LogitNormal {
    /// The distribution whose *mean* p_t is `mean` (solved by bisection: the mean is
    /// increasing in μ). With `spread = 0` it is a point mass at `mean`.
    pub fn with_mean(mean: f64, spread: f64) -> LogitNormal {
        let spread = spread.max(0.0);
        let target = mean.clamp(1e-12, 1.0 - 1e-12);
        let (mut lo, mut hi) = (-60.0_f64, 60.0_f64);
        for _ in 0..200 {
            let mid = 0.5 * (lo + hi);
            if (LogitNormal { mu: mid, spread }).expect(sigmoid) < target {
                lo = mid;
            } else {
                hi = mid;
            }
            if hi - lo < 1e-13 {
                break;
            }
        }
        LogitNormal {
            mu: 0.5 * (lo + hi),
            spread,
        }
    }

    /// `E[f(z)]` for `z = logit(p_t)`.
    pub fn expect(&self, f: impl Fn(f64) -> f64) -> f64 {
        self.expect_pair(|z| (f(z), 0.0)).0
    }

    /// `E[f(z)]` of both components of `f` in one pass (a loss and its gradient come from
    /// one evaluation), each summed in the same order as [`Self::expect`].
    pub fn expect_pair(&self, f: impl Fn(f64) -> (f64, f64)) -> (f64, f64) {
        if self.spread == 0.0 {
            return f(self.mu);
        }
        let n = NODES_PER_SD * HALF_WIDTH_SD;
        let h = 1.0 / NODES_PER_SD as f64;
        let norm = h / (2.0 * std::f64::consts::PI).sqrt();
        let (mut a, mut b) = (-0.0, -0.0);
        for i in 0..=2 * n {
            let t = (i as f64 - n as f64) * h;
            let w = (-0.5 * t * t).exp();
            let (fa, fb) = f(self.mu + self.spread * t);
            a += w * fa;
            b += w * fb;
        }
        (a * norm, b * norm)
    }

    /// The density of logit(p_t) at `z` (0 everywhere for a point mass).
    pub fn density_of_logit(&self, z: f64) -> f64 {
        if self.spread == 0.0 {
            return 0.0;
        }
        let t = (z - self.mu) / self.spread;
        (-0.5 * t * t).exp() / ((2.0 * std::f64::consts::PI).sqrt() * self.spread)
    }
}

/// The three losses the panel compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compared {
    CrossEntropy,
    BalancedCrossEntropy,
    Focal,
}

impl Compared {
    pub const ALL: [Compared; 3] = [
        Compared::CrossEntropy,
        Compared::BalancedCrossEntropy,
        Compared::Focal,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Compared::CrossEntropy => "CE",
            Compared::BalancedCrossEntropy => "α-CE",
            Compared::Focal => "FL",
        }
    }

    /// The α and γ this loss actually uses (CE ignores both, α-CE ignores γ).
    pub fn settings(self, alpha: Alpha, gamma: f64) -> (Alpha, f64) {
        match self {
            Compared::CrossEntropy => (Alpha::None, 0.0),
            Compared::BalancedCrossEntropy => (alpha, 0.0),
            Compared::Focal => (alpha, gamma),
        }
    }

    /// Loss and |gradient| of one example whose true class has logit `z` (p_t = σ(z)).
    pub fn at(self, z: f64, positive: bool, alpha: Alpha, gamma: f64) -> (f64, f64) {
        let (a, g) = self.settings(alpha, gamma);
        // The hard-label fast path: the panel integrates thousands of these per change.
        let r = focal_hard(if positive { z } else { -z }, positive, a, g);
        (r.loss, r.grad.abs())
    }
}

/// The scenario: a set of `n` examples, `ratio` negatives per positive.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    pub ratio: f64,
    pub n: f64,
    pub negatives: LogitNormal,
    pub positives: LogitNormal,
    pub alpha: Alpha,
    pub gamma: f64,
}

/// Per-example expectations for one loss.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PerExample {
    pub loss_pos: f64,
    pub loss_neg: f64,
    pub grad_pos: f64,
    pub grad_neg: f64,
}

impl PerExample {
    /// The fraction of the total carried by negatives at `ratio` negatives per positive.
    pub fn neg_share(&self, ratio: f64) -> (f64, f64) {
        let share = |pos: f64, neg: f64| {
            let total = pos + ratio * neg;
            if total > 0.0 {
                ratio * neg / total
            } else {
                0.0
            }
        };
        (
            share(self.loss_pos, self.loss_neg),
            share(self.grad_pos, self.grad_neg),
        )
    }
}

/// What the panel shows for one loss.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub per_example: PerExample,
    /// Fraction of the total loss from negatives.
    pub neg_share: f64,
    /// Fraction of the total |gradient| from negatives.
    pub neg_grad_share: f64,
    /// Total loss over the `n` examples.
    pub total: f64,
}

impl Scenario {
    pub fn positives_count(&self) -> f64 {
        self.n / (1.0 + self.ratio)
    }

    pub fn negatives_count(&self) -> f64 {
        self.n * self.ratio / (1.0 + self.ratio)
    }

    pub fn per_example(&self, loss: Compared) -> PerExample {
        let (alpha, gamma) = (self.alpha, self.gamma);
        let (loss_pos, grad_pos) = self
            .positives
            .expect_pair(|z| loss.at(z, true, alpha, gamma));
        let (loss_neg, grad_neg) = self
            .negatives
            .expect_pair(|z| loss.at(z, false, alpha, gamma));
        PerExample {
            loss_pos,
            loss_neg,
            grad_pos,
            grad_neg,
        }
    }

    pub fn outcome(&self, loss: Compared) -> Outcome {
        self.outcome_from(self.per_example(loss))
    }

    /// The outcome from per-example expectations computed already (they do not depend on
    /// the ratio or the count, so a ratio slider need not integrate again).
    pub fn outcome_from(&self, e: PerExample) -> Outcome {
        let (neg_share, neg_grad_share) = e.neg_share(self.ratio);
        Outcome {
            per_example: e,
            neg_share,
            neg_grad_share,
            total: self.positives_count() * e.loss_pos + self.negatives_count() * e.loss_neg,
        }
    }
}

/// Cui et al. 2019's class-balanced weights: `(1 − β) / (1 − β^n_c)` normalised to sum
/// to the number of classes. A class with no examples gets weight 0.
pub fn class_balanced_weights(counts: &[f64], beta: f64) -> Vec<f64> {
    let raw: Vec<f64> = counts
        .iter()
        .map(|&n| {
            if n <= 0.0 {
                0.0
            } else {
                // (1 − β^n) computed as −expm1(n ln β): exact for β close to 1.
                let effective = -(n * beta.ln()).exp_m1() / (1.0 - beta);
                1.0 / effective
            }
        })
        .collect();
    normalise_to_count(raw)
}

/// Inverse class frequency `N / (K n_c)`, clipped to [`INVERSE_FREQUENCY_CLIP`] so that a
/// tiny class cannot get an unbounded weight.
pub fn inverse_frequency_weights(counts: &[f64]) -> Vec<f64> {
    let total: f64 = counts.iter().sum();
    let k = counts.len() as f64;
    let (lo, hi) = INVERSE_FREQUENCY_CLIP;
    counts
        .iter()
        .map(|&n| {
            if n <= 0.0 {
                hi
            } else {
                (total / (k * n)).clamp(lo, hi)
            }
        })
        .collect()
}

pub const INVERSE_FREQUENCY_CLIP: (f64, f64) = (0.1, 10.0);

/// The seed code's "α from frequency": `1 − n_c / N`, clipped to [`FREQUENCY_ALPHA_CLIP`].
/// A weight per class in [0.1, 0.9] (not normalised): the rarer the class, the closer to
/// 0.9, so with two classes it is the binary α of the rare class.
pub fn alpha_from_frequency(counts: &[f64]) -> Vec<f64> {
    let total: f64 = counts.iter().sum();
    let (lo, hi) = FREQUENCY_ALPHA_CLIP;
    counts
        .iter()
        .map(|&n| {
            if total > 0.0 {
                (1.0 - n / total).clamp(lo, hi)
            } else {
                hi
            }
        })
        .collect()
}

pub const FREQUENCY_ALPHA_CLIP: (f64, f64) = (0.1, 0.9);

fn normalise_to_count(raw: Vec<f64>) -> Vec<f64> {
    let sum: f64 = raw.iter().sum();
    let k = raw.len() as f64;
    if sum <= 0.0 {
        return raw;
    }
    raw.into_iter().map(|w| w * k / sum).collect()
}

/// The paper's prior initialisation (§3.3): the bias `b = −ln((1 − π)/π)` makes every
/// anchor start at p = π.
pub fn prior_bias(prior: f64) -> f64 {
    -((1.0 - prior) / prior).ln()
}

/// The expected loss summed over `negatives` and `positives` examples when every logit
/// equals `bias` (the state at initialisation, before any feature has been learned).
pub fn initial_loss(bias: f64, negatives: f64, positives: f64, alpha: Alpha, gamma: f64) -> f64 {
    let pos = sigmoid_focal(bias, 1.0, alpha, gamma).loss;
    let neg = sigmoid_focal(bias, 0.0, alpha, gamma).loss;
    positives * pos + negatives * neg
}

/// One row of the γ-effect table: how much an easy (p_t = 0.9) and a hard (p_t = 0.3)
/// example are weighted by (1 − p_t)^γ, and how many times more the hard one counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GammaEffect {
    pub gamma: f64,
    pub easy: f64,
    pub hard: f64,
    pub hard_over_easy: f64,
}

pub const EASY_PT: f64 = 0.9;
pub const HARD_PT: f64 = 0.3;

pub fn gamma_effect(gamma: f64) -> GammaEffect {
    let easy = (1.0 - EASY_PT).powf(gamma);
    let hard = (1.0 - HARD_PT).powf(gamma);
    GammaEffect {
        gamma,
        easy,
        hard,
        hard_over_easy: hard / easy,
    }
}
