//! The softmax (multi-class) focal loss, with its gradient on every logit.

use super::*;

/// Per-class weighting for the softmax focal loss (Keras's convention: scalar α multiplies
/// every class; a vector gives one weight per class).
#[derive(Clone, Debug, PartialEq)]
pub enum ClassAlpha {
    Scalar(f64),
    PerClass(Vec<f64>),
}

impl ClassAlpha {
    pub fn weight(&self, class: usize) -> f64 {
        match self {
            ClassAlpha::Scalar(a) => *a,
            ClassAlpha::PerClass(v) => v[class],
        }
    }
}

/// Softmax focal loss with its gradient on every logit.
#[derive(Clone, Debug, PartialEq)]
pub struct SoftmaxLossGrad {
    pub loss: f64,
    pub grad: Vec<f64>,
    pub probabilities: Vec<f64>,
}

fn log_sum_exp(values: impl Iterator<Item = f64> + Clone) -> f64 {
    let m = values.clone().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + values.map(|v| (v - m).exp()).sum::<f64>().ln()
}

/// Multi-class focal loss `-α_t (1-p_t)^γ ln p_t` with `p = softmax(logits)`, and
/// `dL/dz_j = -α_t (δ_tj - p_j) (1-p_t)^(γ-1) [(1-p_t) - γ p_t ln p_t]`.
/// Everything is computed from the differences `d_j = z_j - z_t`: with
/// `L = lse_{j≠t} d_j`, `ln p_t = -softplus(L)` and `ln(1 - p_t) = -softplus(-L)`, so
/// nothing cancels or overflows, and adding a constant to every logit changes nothing.
pub fn softmax_focal(
    logits: &[f64],
    target: usize,
    alpha: &ClassAlpha,
    gamma: f64,
) -> SoftmaxLossGrad {
    let zt = logits[target];
    let others = log_sum_exp(
        logits
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != target)
            .map(|(_, z)| z - zt),
    );
    let ln_pt = -softplus(others);
    let ln_m = -softplus(-others); // ln(1 - p_t)
    let ln_p: Vec<f64> = logits
        .iter()
        .enumerate()
        .map(|(j, z)| if j == target { ln_pt } else { (z - zt) + ln_pt })
        .collect();
    let probabilities: Vec<f64> = ln_p.iter().map(|l| l.exp()).collect();
    let p_t = probabilities[target];
    let a_t = alpha.weight(target);
    let ce = -ln_pt;
    let loss = if gamma == 0.0 {
        a_t * ce
    } else {
        a_t * (gamma * ln_m).exp() * ce
    };
    let grad = (0..logits.len())
        .map(|j| {
            // Powers of (1-p_t) are folded into one exponential per term, so that
            // p_j (1-p_t)^(γ-1) stays finite when 1-p_t underflows and γ < 1.
            let first = if j == target {
                // (1-p_t)^γ · (1-p_t)
                ((gamma + 1.0) * ln_m).exp()
            } else {
                -(ln_p[j] + gamma * ln_m).exp()
            };
            let second = if gamma == 0.0 || ce == 0.0 {
                0.0
            } else if j == target {
                gamma * p_t * ce * (gamma * ln_m).exp()
            } else {
                -gamma * p_t * ce * (ln_p[j] + (gamma - 1.0) * ln_m).exp()
            };
            // dL/dz_j = -α_t (δ-p_j) [(1-p_t)^γ + γ p_t CE (1-p_t)^(γ-1)] = -α_t (first + second)
            -a_t * (first + second)
        })
        .collect();
    SoftmaxLossGrad {
        loss,
        grad,
        probabilities,
    }
}
