//! The objective: each lab loss per example (two at a time on the SIMD path), summed over a
//! data set in a fixed order, with its gradient, normalised.

use super::{LabLoss, Model, Normalisation};
use crate::core::data::Dataset;
use crate::core::imbalance::class_balanced_weights;
use crate::core::lanes::{F64x2, Mask2};
use crate::core::loss::{focal_hard, focal_hard_lanes, focal_star, Alpha, LossGrad};

/// What a lab loss computes per example: focal loss on a hard label with some α and γ
/// (CE and α-CE are γ = 0; class-balanced focal loss then weighs each class), or FL*.
enum Form {
    Focal(Alpha, f64),
    Star { gamma: f64, beta: f64 },
}

#[inline(always)]
fn form(loss: LabLoss) -> Form {
    match loss {
        LabLoss::CrossEntropy | LabLoss::Ohem => Form::Focal(Alpha::None, 0.0),
        LabLoss::BalancedCrossEntropy { alpha } => Form::Focal(Alpha::Balanced(alpha), 0.0),
        LabLoss::Focal { gamma, alpha } | LabLoss::FocalOhem { gamma, alpha } => {
            Form::Focal(alpha, gamma)
        }
        LabLoss::ClassBalancedFocal { gamma, .. } => Form::Focal(Alpha::None, gamma),
        LabLoss::FocalStar { gamma, beta } => Form::Star { gamma, beta },
    }
}

/// Class-balanced focal loss scales each example by its class's weight.
#[inline(always)]
fn weigh(loss: LabLoss, class_weight: [f64; 2], positive: bool, r: LossGrad) -> LossGrad {
    if let LabLoss::ClassBalancedFocal { .. } = loss {
        let w = class_weight[positive as usize];
        LossGrad {
            loss: w * r.loss,
            grad: w * r.grad,
        }
    } else {
        r
    }
}

/// Per-example loss and gradient for losses that look at one example at a time.
#[inline(always)]
fn example(loss: LabLoss, z: f64, positive: bool, class_weight: [f64; 2]) -> LossGrad {
    match form(loss) {
        Form::Focal(alpha, gamma) => weigh(
            loss,
            class_weight,
            positive,
            focal_hard(z, positive, alpha, gamma),
        ),
        Form::Star { gamma, beta } => focal_star(z, positive, gamma.max(1e-6), beta),
    }
}

/// [`example`] for two examples at once: one SIMD pass for the losses built on
/// [`focal_hard`] (the same result, bit for bit, as two scalar calls).
#[inline(always)]
fn example_pair(
    loss: LabLoss,
    z: [f64; 2],
    positive: [bool; 2],
    class_weight: [f64; 2],
) -> [LossGrad; 2] {
    match form(loss) {
        Form::Focal(alpha, gamma) => {
            let r = focal_pair(z, positive, alpha, gamma);
            [
                weigh(loss, class_weight, positive[0], r[0]),
                weigh(loss, class_weight, positive[1], r[1]),
            ]
        }
        Form::Star { .. } => [
            example(loss, z[0], positive[0], class_weight),
            example(loss, z[1], positive[1], class_weight),
        ],
    }
}

/// [`focal_hard`] for two examples in one SIMD pass.
#[inline(always)]
fn focal_pair(z: [f64; 2], positive: [bool; 2], alpha: Alpha, gamma: f64) -> [LossGrad; 2] {
    let x = F64x2::new(z[0], z[1]);
    let (l, g) = focal_hard_lanes(x, Mask2::new(positive[0], positive[1]), alpha, gamma);
    let (l, g) = (l.lanes(), g.lanes());
    [
        LossGrad {
            loss: l[0],
            grad: g[0],
        },
        LossGrad {
            loss: l[1],
            grad: g[1],
        },
    ]
}

/// The objective over `indices` of `data`: its value and gradient with respect to the
/// weights (bias last), normalised as configured.
pub fn objective(
    model: &Model,
    data: &Dataset,
    indices: &[usize],
    loss: LabLoss,
    normalisation: Normalisation,
) -> (f64, Vec<f64>) {
    let positives = indices.iter().filter(|&&i| data.label[i]).count();
    let class_weight = class_weights(loss, indices.len(), positives);
    // OHEM keeps every positive and the 3P negatives with the highest CE (the same
    // negatives as the highest focal loss: both rise with the negative's p).
    let selected: Vec<usize>;
    let chosen: &[usize] = if loss.mines() {
        let mut negatives: Vec<(f64, usize)> = indices
            .iter()
            .filter(|&&i| !data.label[i])
            .map(|&i| {
                (
                    focal_hard(model.logit(data.x[i]), false, Alpha::None, 0.0).loss,
                    i,
                )
            })
            .collect();
        let keep = (3 * positives.max(1)).min(negatives.len());
        if keep < negatives.len() {
            negatives.select_nth_unstable_by(keep, |a, b| b.0.total_cmp(&a.0));
            negatives.truncate(keep);
        }
        selected = indices
            .iter()
            .copied()
            .filter(|&i| data.label[i])
            .chain(negatives.into_iter().map(|(_, i)| i))
            .collect();
        &selected
    } else {
        indices
    };
    let xs: Vec<[f64; 2]> = chosen.iter().map(|&i| data.x[i]).collect();
    let labels: Vec<bool> = chosen.iter().map(|&i| data.label[i]).collect();
    let sums = accumulate(ZERO, &xs, &labels, model, loss, class_weight);
    normalise(sums, model, normalisation, positives, chosen.len())
}

/// [`objective`] over every example of `data`, in order: the full-batch epoch, which
/// reads the points straight through instead of through an index list.
pub fn objective_all(
    model: &Model,
    data: &Dataset,
    loss: LabLoss,
    normalisation: Normalisation,
) -> (f64, Vec<f64>) {
    if loss.mines() {
        let all: Vec<usize> = (0..data.len()).collect();
        return objective(model, data, &all, loss, normalisation);
    }
    let positives = data.positives();
    let class_weight = class_weights(loss, data.len(), positives);
    let sums = accumulate(ZERO, &data.x, &data.label, model, loss, class_weight);
    normalise(sums, model, normalisation, positives, data.len())
}

pub(super) fn class_weights(loss: LabLoss, examples: usize, positives: usize) -> [f64; 2] {
    match loss {
        LabLoss::ClassBalancedFocal { beta, .. } => {
            let w =
                class_balanced_weights(&[(examples - positives) as f64, positives as f64], beta);
            [w[0], w[1]]
        }
        _ => [1.0, 1.0],
    }
}

/// Weights and gradient in fixed-size arrays: five feature slots (unused ones stay 0 for
/// a linear model), then the bias.
pub(super) const SLOTS: usize = 6;
const BIAS: usize = SLOTS - 1;
pub(super) const ZERO: (f64, [f64; SLOTS]) = (0.0, [0.0; SLOTS]);

/// `start` plus the summed loss and gradient over the examples: the training loop's hot
/// path (an epoch trained in slices carries its sums from one slice to the next). Written
/// with plain indexing and inlined helpers, because the release profile optimises for size
/// and then keeps iterator adapters and closures as calls (3× the instructions per
/// example). Examples are scored two at a time ([`example_pair`]) and summed one at a
/// time in order, so the sums are the same as one example at a time.
pub(super) fn accumulate(
    start: (f64, [f64; SLOTS]),
    xs: &[[f64; 2]],
    labels: &[bool],
    model: &Model,
    loss: LabLoss,
    class_weight: [f64; 2],
) -> (f64, [f64; SLOTS]) {
    let mut sums = start;
    let d = model.weights.len() - 1;
    let mut w = [0.0; SLOTS];
    w[..d].copy_from_slice(&model.weights[..d]);
    w[BIAS] = model.weights[d];
    // The quadratic terms are 0 for a linear model.
    let q = if model.quadratic { 1.0 } else { 0.0 };
    let labels = &labels[..xs.len()];
    let pairs = xs.len() / 2;
    for j in 0..pairs {
        let i = 2 * j;
        let (f0, f1) = (slots(xs[i], q), slots(xs[i + 1], q));
        let z = [weighted_sum(&w, &f0), weighted_sum(&w, &f1)];
        let r = example_pair(loss, z, [labels[i], labels[i + 1]], class_weight);
        add_example(&mut sums, &f0, r[0]);
        add_example(&mut sums, &f1, r[1]);
    }
    if xs.len() % 2 == 1 {
        let last = xs.len() - 1;
        let f = slots(xs[last], q);
        let r = example(loss, weighted_sum(&w, &f), labels[last], class_weight);
        add_example(&mut sums, &f, r);
    }
    sums
}

/// [`features`] in the fixed slots (`q` is 1 for a quadratic model, else 0).
#[inline(always)]
fn slots([x, y]: [f64; 2], q: f64) -> [f64; SLOTS - 1] {
    [x, y, q * x * x, q * y * y, q * x * y]
}

/// The same sum, in the same order, as `Model::logit`.
#[inline(always)]
fn weighted_sum(w: &[f64; SLOTS], f: &[f64; SLOTS - 1]) -> f64 {
    w[BIAS] + (w[0] * f[0] + w[1] * f[1] + w[2] * f[2] + w[3] * f[3] + w[4] * f[4])
}

#[inline(always)]
fn add_example((total, g): &mut (f64, [f64; SLOTS]), f: &[f64; SLOTS - 1], r: LossGrad) {
    *total += r.loss;
    g[0] += r.grad * f[0];
    g[1] += r.grad * f[1];
    g[2] += r.grad * f[2];
    g[3] += r.grad * f[3];
    g[4] += r.grad * f[4];
    g[BIAS] += r.grad;
}

pub(super) fn normalise(
    (total, grad): (f64, [f64; SLOTS]),
    model: &Model,
    normalisation: Normalisation,
    positives: usize,
    examples: usize,
) -> (f64, Vec<f64>) {
    let norm = match normalisation {
        Normalisation::Positives => positives.max(1) as f64,
        Normalisation::Mean => examples.max(1) as f64,
    };
    let d = model.weights.len() - 1;
    let grad = grad[..d]
        .iter()
        .chain(&grad[BIAS..])
        .map(|g| g / norm)
        .collect();
    (total / norm, grad)
}

/// One example's loss under `loss` (class weights 1; OHEM counts as CE, FL+OHEM as FL),
/// for monitoring.
pub fn objective_single(loss: LabLoss, z: f64, positive: bool) -> f64 {
    example(loss, z, positive, [1.0, 1.0]).loss
}
