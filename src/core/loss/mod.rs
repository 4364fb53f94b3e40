//! Focal loss and its relatives, each with its gradient as one unit.
//!
//! Everything is computed in log space from the logit, so that nothing cancels:
//! `ln p = -softplus(-x)`, `ln(1-p) = -softplus(x)`. This keeps the loss finite and
//! accurate for |logit| up to 1e4 and any γ ≥ 0, and avoids `0 · ∞ = NaN` in the gradient
//! when 0 < γ < 1 and `1 - p_t` underflows.

mod keras;
mod softmax;

pub use keras::{KerasBinaryFocal, KERAS_EPSILON};
pub use softmax::{softmax_focal, ClassAlpha, SoftmaxLossGrad};

use super::fastmath::{exp_nonpositive, exp_nonpositive_lanes, ln_1p_unit_lanes};
use super::lanes::Lanes;

/// α-balancing: `Balanced(a)` weighs positives by `a` and negatives by `1 - a`
/// (torchvision's convention). `None` turns weighting off; it is not `Balanced(1.0)`,
/// which would zero every negative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Alpha {
    None,
    Balanced(f64),
}

/// A URL's α: `None` is "no α" (torchvision's α = -1), not α = 1.
impl From<Option<f64>> for Alpha {
    fn from(alpha: Option<f64>) -> Alpha {
        match alpha {
            Some(a) => Alpha::Balanced(a),
            None => Alpha::None,
        }
    }
}

impl Alpha {
    /// The weight α_t for a (possibly soft) target `y`: `α·y + (1-α)(1-y)`.
    pub fn weight(self, y: f64) -> f64 {
        match self {
            Alpha::None => 1.0,
            Alpha::Balanced(a) => a * y + (1.0 - a) * (1.0 - y),
        }
    }

    /// torchvision encodes "no α" as a negative number.
    pub fn from_torchvision(a: f64) -> Alpha {
        if a < 0.0 {
            Alpha::None
        } else {
            Alpha::Balanced(a)
        }
    }
}

/// A loss value together with its derivative with respect to the logit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LossGrad {
    pub loss: f64,
    pub grad: f64,
}

/// `ln(1 + e^x)` without overflow or loss of precision.
pub fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

/// `ln(e^a + e^b)`, accepting `-inf` for either side.
pub fn log_add_exp(a: f64, b: f64) -> f64 {
    if a == f64::NEG_INFINITY {
        return b;
    }
    if b == f64::NEG_INFINITY {
        return a;
    }
    let m = a.max(b);
    m + (-(a - b).abs()).exp().ln_1p()
}

/// The logistic function (with [`super::fastmath`]'s exponential: the lab scores every
/// test example with it at each checkpoint).
pub fn sigmoid(x: f64) -> f64 {
    let e = exp_nonpositive(-x.abs());
    if x >= 0.0 {
        1.0 / (1.0 + e)
    } else {
        e / (1.0 + e)
    }
}

/// `ln(p / (1 - p))`.
pub fn logit(p: f64) -> f64 {
    p.ln() - (-p).ln_1p()
}

/// A probability held as `p`, `q = 1 - p` and both logarithms, each computed without
/// cancellation.
#[derive(Clone, Copy, Debug)]
struct Prob {
    p: f64,
    q: f64,
    ln_p: f64,
    ln_q: f64,
}

impl Prob {
    fn from_logit(x: f64) -> Prob {
        Prob {
            p: sigmoid(x),
            q: sigmoid(-x),
            ln_p: -softplus(-x),
            ln_q: -softplus(x),
        }
    }

    /// The same probability seen from the other class.
    fn complement(self) -> Prob {
        Prob {
            p: self.q,
            q: self.p,
            ln_p: self.ln_q,
            ln_q: self.ln_p,
        }
    }

    fn from_probability(p: f64) -> Prob {
        Prob {
            p,
            q: 1.0 - p,
            ln_p: p.ln(),
            ln_q: (-p).ln_1p(),
        }
    }
}

fn ln_or_neg_inf(v: f64) -> f64 {
    if v <= 0.0 {
        f64::NEG_INFINITY
    } else {
        v.ln()
    }
}

/// The general binary focal loss on a [`Prob`], with target `y` in [0, 1].
/// Definition (torchvision's): `CE = -(y ln p + (1-y) ln(1-p))`,
/// `p_t = p y + (1-p)(1-y)`, `FL = α_t (1-p_t)^γ CE`.
/// Gradient with respect to the logit:
/// `α_t [ (1-p_t)^γ (p - y) - γ (1-p_t)^(γ-1) (2y-1) p (1-p) CE ]`.
fn focal_on(pr: Prob, y: f64, alpha: Alpha, gamma: f64) -> LossGrad {
    let a_t = alpha.weight(y);
    // y·softplus(-x) + (1-y)·softplus(x): both terms are non-negative, no cancellation.
    let ce = {
        let pos = if y == 0.0 { 0.0 } else { -y * pr.ln_p };
        let neg = if y == 1.0 { 0.0 } else { -(1.0 - y) * pr.ln_q };
        pos + neg
    };
    // p - y = p(1-y) - q y, exact for hard labels.
    let p_minus_y = pr.p * (1.0 - y) - pr.q * y;
    if gamma == 0.0 {
        return LossGrad {
            loss: a_t * ce,
            grad: a_t * p_minus_y,
        };
    }
    // ln(1 - p_t) = ln(p(1-y) + q y).
    let ln_m = log_add_exp(pr.ln_p + ln_or_neg_inf(1.0 - y), pr.ln_q + ln_or_neg_inf(y));
    let modulating = (gamma * ln_m).exp();
    // (1-p_t)^(γ-1)·p·q as one exponential: finite even when 1-p_t underflows and γ < 1.
    let ln_pq_m = pr.ln_p + pr.ln_q + (gamma - 1.0) * ln_m;
    let second = if ce == 0.0 || (2.0 * y - 1.0) == 0.0 {
        0.0
    } else {
        gamma * (2.0 * y - 1.0) * ce * ln_pq_m.exp()
    };
    LossGrad {
        loss: a_t * modulating * ce,
        grad: a_t * (modulating * p_minus_y - second),
    }
}

/// Sigmoid focal loss from a logit `x` and a (possibly soft) target `y` in [0, 1],
/// with its gradient d/dx. `gamma = 0` is (α-balanced) cross-entropy.
pub fn sigmoid_focal(x: f64, y: f64, alpha: Alpha, gamma: f64) -> LossGrad {
    focal_on(Prob::from_logit(x), y, alpha, gamma)
}

/// Sigmoid focal loss from a probability `p` in (0, 1) instead of a logit; the gradient
/// is still with respect to the logit `ln(p/(1-p))`.
pub fn sigmoid_focal_from_prob(p: f64, y: f64, alpha: Alpha, gamma: f64) -> LossGrad {
    focal_on(Prob::from_probability(p), y, alpha, gamma)
}

/// The training loop's fast path: focal loss and gradient for a hard label, with three
/// transcendental calls instead of eight. With `z_t = ±x`, `ln p_t = −softplus(−z_t)`,
/// `ln(1 − p_t) = ln p_t − z_t`, and
/// `dFL/dx = α_t s (1 − p_t)^γ (γ p_t ln p_t − (1 − p_t))`, which never forms
/// `(1 − p_t)^(γ−1)`, so it stays finite for 0 < γ < 1. The exponentials and the
/// logarithm are [`super::fastmath`]'s (inlined, branch-free; same results in the browser).
pub fn focal_hard(x: f64, positive: bool, alpha: Alpha, gamma: f64) -> LossGrad {
    let (loss, grad) = focal_hard_lanes(x, positive, alpha, gamma);
    LossGrad { loss, grad }
}

/// [`focal_hard`] lane by lane: the training loop scores two examples at a time. Returns
/// the loss and the gradient.
#[inline(always)]
pub fn focal_hard_lanes<L: Lanes>(x: L, positive: L::Mask, alpha: Alpha, gamma: f64) -> (L, L) {
    let one = L::splat(1.0);
    let s = L::select(positive, one, -one);
    let a_t = L::select(
        positive,
        L::splat(alpha.weight(1.0)),
        L::splat(alpha.weight(0.0)),
    );
    let z = s * x;
    let e = exp_nonpositive_lanes(-z.abs());
    let ln_pt = -((-z).pmax(L::splat(0.0)) + ln_1p_unit_lanes(e));
    let inv = one / (one + e);
    let right = z.ge(L::splat(0.0));
    let (pt, one_minus_pt) = (
        L::select(right, inv, e * inv),
        L::select(right, e * inv, inv),
    );
    // (1 − p_t)^γ: by multiplication for a whole γ (the paper's 2, and most settings),
    // otherwise e^(γ ln(1 − p_t)) with ln(1 − p_t) = ln p_t − z ≤ 0. 1 − p_t comes from
    // e without cancellation either way.
    let modulating = if gamma == 0.0 {
        one
    } else if gamma <= 16.0 && gamma == (gamma as u32) as f64 {
        // A counted loop: `powi` and `fract` are library calls on some targets.
        let mut m = one_minus_pt;
        for _ in 1..gamma as u32 {
            m = m * one_minus_pt;
        }
        m
    } else {
        exp_nonpositive_lanes(L::splat(gamma) * (ln_pt - z))
    };
    (
        -a_t * modulating * ln_pt,
        a_t * s * modulating * (L::splat(gamma) * pt * ln_pt - one_minus_pt),
    )
}

/// Binary cross-entropy from a logit, with its gradient: focal loss at γ = 0.
pub fn cross_entropy(x: f64, y: f64, alpha: Alpha) -> LossGrad {
    sigmoid_focal(x, y, alpha, 0.0)
}

/// What a learner reads off the Explorer for a hard label: everything in terms of `p_t`,
/// the probability the model gives to the true class.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointReadout {
    /// `-ln p_t`.
    pub ce: f64,
    /// `(1-p_t)^γ`.
    pub modulating: f64,
    pub alpha_t: f64,
    /// `α_t (1-p_t)^γ CE`.
    pub fl: f64,
    /// How many times smaller FL is than CE: `CE / FL` (∞ when α_t = 0).
    pub ce_over_fl: f64,
    /// dFL/dlogit.
    pub grad_fl: f64,
    /// dCE/dlogit (unweighted, γ = 0, no α).
    pub grad_ce: f64,
    /// The logit that gives this `p_t` for the chosen true class.
    pub logit: f64,
}

/// The Explorer's numbers for probability `pt` of the true class, which is positive
/// when `positive` is true.
pub fn point_readout(pt: f64, positive: bool, alpha: Alpha, gamma: f64) -> PointReadout {
    let y = if positive { 1.0 } else { 0.0 };
    let z = logit(pt);
    let x = if positive { z } else { -z };
    let true_class = Prob::from_probability(pt);
    let pr = if positive {
        true_class
    } else {
        true_class.complement()
    };
    let focal = focal_on(pr, y, alpha, gamma);
    let ce = focal_on(pr, y, Alpha::None, 0.0);
    let alpha_t = alpha.weight(y);
    let modulating = if gamma == 0.0 {
        1.0
    } else {
        (gamma * (-pt).ln_1p()).exp()
    };
    let weight = alpha_t * modulating;
    PointReadout {
        ce: ce.loss,
        modulating,
        alpha_t,
        fl: focal.loss,
        ce_over_fl: if weight > 0.0 {
            1.0 / weight
        } else {
            f64::INFINITY
        },
        grad_fl: focal.grad,
        grad_ce: ce.grad,
        logit: x,
    }
}

/// FL* from the paper's appendix: `-ln σ(γ x_t + β) / γ` with `x_t = x` for a positive and
/// `-x` for a negative; gradient `-s σ(-(γ x_t + β))` with `s = ±1`. Needs γ > 0.
pub fn focal_star(x: f64, positive: bool, gamma: f64, beta: f64) -> LossGrad {
    let s = if positive { 1.0 } else { -1.0 };
    let z = gamma * s * x + beta;
    LossGrad {
        loss: softplus(-z) / gamma,
        grad: -s * sigmoid(-z),
    }
}

/// Poly-1: `CE + ε (1 − p_t)`, gradient `(p − y) − ε s p_t (1 − p_t)` with `s = ±1`.
pub fn poly1(x: f64, positive: bool, epsilon: f64) -> LossGrad {
    let s = if positive { 1.0 } else { -1.0 };
    let y = if positive { 1.0 } else { 0.0 };
    let ce = cross_entropy(x, y, Alpha::None);
    let pt = sigmoid(s * x);
    let one_minus_pt = sigmoid(-s * x);
    LossGrad {
        loss: ce.loss + epsilon * one_minus_pt,
        grad: ce.grad - epsilon * s * pt * one_minus_pt,
    }
}

/// The losses the app compares, as one value: each evaluates to loss and gradient.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loss {
    /// Cross-entropy, optionally α-balanced.
    CrossEntropy {
        alpha: Alpha,
    },
    Focal {
        alpha: Alpha,
        gamma: f64,
    },
    FocalStar {
        gamma: f64,
        beta: f64,
    },
    /// Poly-1 (Leng et al., 2022): `CE + ε (1 − p_t)`.
    Poly1 {
        epsilon: f64,
    },
    /// FLSD-53 (Mukhoti et al., 2020): focal loss with γ = 5 where p_t < 0.2, else γ = 3.
    Flsd53,
}

impl Loss {
    /// Loss and dloss/dlogit for a hard label.
    pub fn eval(&self, x: f64, positive: bool) -> LossGrad {
        let y = if positive { 1.0 } else { 0.0 };
        match *self {
            Loss::CrossEntropy { alpha } => cross_entropy(x, y, alpha),
            Loss::Focal { alpha, gamma } => sigmoid_focal(x, y, alpha, gamma),
            Loss::FocalStar { gamma, beta } => focal_star(x, positive, gamma, beta),
            Loss::Poly1 { epsilon } => poly1(x, positive, epsilon),
            Loss::Flsd53 => {
                let pt = sigmoid(if positive { x } else { -x });
                let gamma = if pt < 0.2 { 5.0 } else { 3.0 };
                sigmoid_focal(x, y, Alpha::None, gamma)
            }
        }
    }
}
