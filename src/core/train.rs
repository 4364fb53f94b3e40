//! Logistic regression trained with the losses the lab compares: features, one epoch of
//! full-batch or mini-batch training, schedules, clipping and divergence detection.

use super::data::Dataset;
use super::imbalance::{class_balanced_weights, prior_bias};
use super::lanes::{F64x2, Mask2};
use super::loss::{focal_hard, focal_hard_lanes, focal_star, Alpha, LossGrad};
use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

/// The losses a run can train with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LabLoss {
    CrossEntropy,
    BalancedCrossEntropy {
        alpha: f64,
    },
    Focal {
        gamma: f64,
        alpha: Alpha,
    },
    FocalStar {
        gamma: f64,
        beta: f64,
    },
    /// Online hard example mining: CE over all positives and the hardest negatives, three
    /// negatives per positive.
    Ohem,
    /// Focal loss over the same mined examples (the seed code's FocalLossWithOHEM): every
    /// positive and the 3P negatives with the highest loss.
    FocalOhem {
        gamma: f64,
        alpha: Alpha,
    },
    /// Cui et al.'s class-balanced focal loss: FL(γ) weighted by (1 − β)/(1 − β^n_class).
    ClassBalancedFocal {
        gamma: f64,
        beta: f64,
    },
}

impl LabLoss {
    pub fn name(&self) -> &'static str {
        match self {
            LabLoss::CrossEntropy => "CE",
            LabLoss::BalancedCrossEntropy { .. } => "α-CE",
            LabLoss::Focal { .. } => "FL",
            LabLoss::FocalStar { .. } => "FL*",
            LabLoss::Ohem => "OHEM",
            LabLoss::FocalOhem { .. } => "FL+OHEM",
            LabLoss::ClassBalancedFocal { .. } => "CB-FL",
        }
    }

    /// The same loss with its γ replaced (for the γ schedule); losses without γ ignore it.
    fn with_gamma(self, g: f64) -> LabLoss {
        match self {
            LabLoss::Focal { alpha, .. } => LabLoss::Focal { gamma: g, alpha },
            LabLoss::FocalOhem { alpha, .. } => LabLoss::FocalOhem { gamma: g, alpha },
            LabLoss::FocalStar { beta, .. } => LabLoss::FocalStar { gamma: g, beta },
            LabLoss::ClassBalancedFocal { beta, .. } => {
                LabLoss::ClassBalancedFocal { gamma: g, beta }
            }
            other => other,
        }
    }

    pub fn gamma(&self) -> Option<f64> {
        match *self {
            LabLoss::Focal { gamma, .. }
            | LabLoss::FocalOhem { gamma, .. }
            | LabLoss::FocalStar { gamma, .. }
            | LabLoss::ClassBalancedFocal { gamma, .. } => Some(gamma),
            _ => None,
        }
    }
    /// Whether the loss has a class weight α of its own.
    pub fn reads_alpha(&self) -> bool {
        matches!(
            self,
            LabLoss::BalancedCrossEntropy { .. }
                | LabLoss::Focal {
                    alpha: Alpha::Balanced(_),
                    ..
                }
                | LabLoss::FocalOhem {
                    alpha: Alpha::Balanced(_),
                    ..
                }
        )
    }

    /// Whether the loss trains on mined examples only (all positives, the hardest
    /// negatives at 1:3), which needs every negative ranked each step.
    pub fn mines(&self) -> bool {
        matches!(self, LabLoss::Ohem | LabLoss::FocalOhem { .. })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Normalisation {
    /// Divide the summed loss by the number of positives (RetinaNet).
    Positives,
    /// The mean over examples.
    Mean,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Optimiser {
    FullBatch,
    Sgd { batch: usize, momentum: f64 },
}

/// The learning rate over training, on top of the optional linear warm-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LrSchedule {
    Constant,
    /// The seed code's schedule: a warm-up over the first 10 epochs from 0.1× the rate,
    /// the rate itself, then 0.1× for the last 20 % of the planned epochs.
    WarmupThenDecay,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GammaSchedule {
    Constant,
    /// γ moves linearly from `start` to `end` over the planned epochs.
    Linear {
        start: f64,
        end: f64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainConfig {
    pub loss: LabLoss,
    pub normalisation: Normalisation,
    pub optimiser: Optimiser,
    pub learning_rate: f64,
    /// Epochs of linear learning-rate warm-up (0: none).
    pub warmup_epochs: usize,
    pub lr_schedule: LrSchedule,
    /// Clip the gradient's L2 norm to this (None: no clipping).
    pub clip: Option<f64>,
    pub schedule: GammaSchedule,
    /// The planned length of the run (for the γ schedule).
    pub epochs: usize,
    pub quadratic: bool,
    /// Initialise the bias to −ln((1 − π)/π); None starts at 0.
    pub prior: Option<f64>,
    /// Seeds the mini-batch order.
    pub seed: u64,
}

/// The model's inputs: (x, y), plus (x², y², xy) with quadratic features.
pub fn features(p: [f64; 2], quadratic: bool) -> ([f64; 5], usize) {
    let [x, y] = p;
    if quadratic {
        ([x, y, x * x, y * y, x * y], 5)
    } else {
        ([x, y, 0.0, 0.0, 0.0], 2)
    }
}

/// Weights for the features, then the bias.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub weights: Vec<f64>,
    pub quadratic: bool,
}

impl Model {
    pub fn new(quadratic: bool, prior: Option<f64>) -> Model {
        let d = features([0.0, 0.0], quadratic).1;
        let mut weights = vec![0.0; d + 1];
        weights[d] = prior.map_or(0.0, prior_bias);
        Model { weights, quadratic }
    }

    pub fn logit(&self, p: [f64; 2]) -> f64 {
        let (f, d) = features(p, self.quadratic);
        self.weights[d]
            + self.weights[..d]
                .iter()
                .zip(&f[..d])
                .map(|(w, x)| w * x)
                .sum::<f64>()
    }

    pub fn probability(&self, p: [f64; 2]) -> f64 {
        super::loss::sigmoid(self.logit(p))
    }
}

/// The training loss after each epoch, in bounded memory: at most [`LossLog::CAPACITY`]
/// entries; when full, every other one is dropped and the spacing doubles, so a long
/// session keeps an even sample of its whole history (and the first and latest exactly).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LossLog {
    /// (epoch, loss), epochs 1, 1 + stride, 1 + 2·stride, …
    entries: Vec<(usize, f64)>,
    stride: usize,
    latest: Option<(usize, f64)>,
}

impl LossLog {
    /// Also what the loss chart draws: a chart a few hundred pixels wide shows no more.
    pub const CAPACITY: usize = 1_024;

    pub fn push(&mut self, epoch: usize, loss: f64) {
        self.latest = Some((epoch, loss));
        let stride = self.stride.max(1);
        if (epoch.saturating_sub(1)) % stride != 0 {
            return;
        }
        if self.entries.len() == Self::CAPACITY {
            let mut k = 0;
            self.entries.retain(|_| {
                k += 1;
                k % 2 == 1
            });
            self.stride = stride * 2;
            if (epoch - 1) % self.stride != 0 {
                return;
            }
        }
        self.entries.push((epoch, loss));
    }

    pub fn first(&self) -> Option<f64> {
        self.entries.first().map(|e| e.1)
    }

    pub fn last(&self) -> Option<f64> {
        self.latest.map(|e| e.1)
    }

    pub fn is_empty(&self) -> bool {
        self.latest.is_none()
    }

    /// (epoch, loss) as kept, ending with the latest epoch.
    pub fn points(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        let tail = self.latest.filter(|l| self.entries.last() != Some(l));
        self.entries.iter().copied().chain(tail)
    }
}

/// Why a run stopped by itself.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Running,
    Diverged { epoch: usize, why: String },
}

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

fn class_weights(loss: LabLoss, examples: usize, positives: usize) -> [f64; 2] {
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
const SLOTS: usize = 6;
const BIAS: usize = SLOTS - 1;
const ZERO: (f64, [f64; SLOTS]) = (0.0, [0.0; SLOTS]);

/// `start` plus the summed loss and gradient over the examples: the training loop's hot
/// path (an epoch trained in slices carries its sums from one slice to the next). Written
/// with plain indexing and inlined helpers, because the release profile optimises for size
/// and then keeps iterator adapters and closures as calls (3× the instructions per
/// example). Examples are scored two at a time ([`example_pair`]) and summed one at a
/// time in order, so the sums are the same as one example at a time.
fn accumulate(
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

fn normalise(
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

/// One training run: a model, its optimiser state and its history.
#[derive(Clone, Debug)]
pub struct Run {
    pub config: TrainConfig,
    pub model: Model,
    velocity: Vec<f64>,
    pub epoch: usize,
    pub status: Status,
    /// Training loss after each epoch.
    pub losses: LossLog,
    rng: Pcg64Mcg,
    order: Vec<usize>,
    /// The epoch under way, when it is being trained in slices.
    partial: Option<Partial>,
}

/// An epoch under way. The browser trains in slices that fit in a frame; the sums are
/// carried over in the same order, so the result is the same as one uninterrupted epoch.
#[derive(Clone, Debug)]
struct Partial {
    /// The weights before the epoch (put back if it diverges).
    before: Vec<f64>,
    loss: LabLoss,
    lr: f64,
    /// Examples (full batch) or positions in the shuffled order (mini-batch) done.
    next: usize,
    /// Full batch: the loss and gradient summed so far, and the epoch's constants.
    sums: (f64, [f64; SLOTS]),
    positives: usize,
    class_weight: [f64; 2],
    /// Mini-batch: the batches' losses summed, and how many.
    batch_losses: f64,
    batches: usize,
}

impl Run {
    pub fn new(config: TrainConfig, train: &Dataset) -> Run {
        let model = Model::new(config.quadratic, config.prior);
        let velocity = vec![0.0; model.weights.len()];
        Run {
            config,
            model,
            velocity,
            epoch: 0,
            status: Status::Running,
            losses: LossLog::default(),
            rng: Pcg64Mcg::seed_from_u64(config.seed ^ 0xA076_1D64_78BD_642F),
            order: (0..train.len()).collect(),
            partial: None,
        }
    }

    /// The loss in force at the current epoch (γ follows the schedule).
    pub fn current_loss(&self) -> LabLoss {
        match self.config.schedule {
            GammaSchedule::Constant => self.config.loss,
            GammaSchedule::Linear { start, end } => {
                let t = if self.config.epochs > 1 {
                    (self.epoch as f64 / (self.config.epochs - 1) as f64).min(1.0)
                } else {
                    1.0
                };
                self.config.loss.with_gamma(start + (end - start) * t)
            }
        }
    }

    /// The rate for the current epoch: the schedule's factor times the warm-up's.
    pub fn learning_rate(&self) -> f64 {
        let warm = self.config.warmup_epochs;
        let warmup = if warm > 0 && self.epoch < warm {
            (self.epoch + 1) as f64 / warm as f64
        } else {
            1.0
        };
        let schedule = match self.config.lr_schedule {
            LrSchedule::Constant => 1.0,
            LrSchedule::WarmupThenDecay => {
                const WARM: usize = 10;
                if self.epoch < WARM {
                    0.1 + 0.9 * self.epoch as f64 / WARM as f64
                } else if self.epoch as f64 >= 0.8 * self.config.epochs as f64 {
                    0.1
                } else {
                    1.0
                }
            }
        };
        self.config.learning_rate * warmup * schedule
    }

    fn step(&mut self, grad: &mut [f64], lr: f64, momentum: f64) {
        if let Some(max) = self.config.clip {
            let norm = grad.iter().map(|g| g * g).sum::<f64>().sqrt();
            if norm > max && norm > 0.0 {
                grad.iter_mut().for_each(|g| *g *= max / norm);
            }
        }
        for ((w, v), g) in self
            .model
            .weights
            .iter_mut()
            .zip(&mut self.velocity)
            .zip(grad.iter())
        {
            *v = momentum * *v + g;
            *w -= lr * *v;
        }
    }

    /// Trains to the end of an epoch (the rest of one under way); afterwards checks for
    /// divergence. Does nothing once diverged.
    pub fn train_epoch(&mut self, train: &Dataset) {
        while !self.train_slice(train, usize::MAX) {}
    }

    /// The epochs done, plus the fraction of the one under way.
    pub fn progress(&self, train: &Dataset) -> f64 {
        let part = self
            .partial
            .as_ref()
            .map_or(0.0, |p| p.next as f64 / train.len().max(1) as f64);
        self.epoch as f64 + part
    }

    fn start_epoch(&mut self, train: &Dataset) -> Partial {
        let loss = self.current_loss();
        if let Optimiser::Sgd { .. } = self.config.optimiser {
            shuffle(&mut self.order, &mut self.rng);
        }
        let positives = train.positives();
        Partial {
            before: self.model.weights.clone(),
            loss,
            lr: self.learning_rate(),
            next: 0,
            sums: ZERO,
            positives,
            class_weight: class_weights(loss, train.len(), positives),
            batch_losses: 0.0,
            batches: 0,
        }
    }

    /// Trains about `max_examples` more examples of the current epoch (at least one
    /// mini-batch; OHEM's full batch ranks every negative, so it is never split). Returns
    /// whether the epoch is complete (or the run has stopped).
    pub fn train_slice(&mut self, train: &Dataset, max_examples: usize) -> bool {
        if self.status != Status::Running {
            return true;
        }
        let mut p = match self.partial.take() {
            Some(p) => p,
            None => self.start_epoch(train),
        };
        let n = train.len();
        let stop = p.next.saturating_add(max_examples.max(1)).min(n);
        let norm = self.config.normalisation;
        let epoch_loss = match self.config.optimiser {
            Optimiser::FullBatch if p.loss.mines() => {
                let (value, mut grad) = objective_all(&self.model, train, p.loss, norm);
                self.step(&mut grad, p.lr, 0.0);
                value
            }
            Optimiser::FullBatch => {
                let range = p.next..stop;
                p.sums = accumulate(
                    p.sums,
                    &train.x[range.clone()],
                    &train.label[range],
                    &self.model,
                    p.loss,
                    p.class_weight,
                );
                p.next = stop;
                if stop < n {
                    self.partial = Some(p);
                    return false;
                }
                let (value, mut grad) = normalise(p.sums, &self.model, norm, p.positives, n);
                self.step(&mut grad, p.lr, 0.0);
                value
            }
            Optimiser::Sgd { batch, momentum } => {
                loop {
                    let end = (p.next + batch.max(1)).min(n);
                    let (value, mut grad) =
                        objective(&self.model, train, &self.order[p.next..end], p.loss, norm);
                    self.step(&mut grad, p.lr, momentum);
                    p.batch_losses += value;
                    p.batches += 1;
                    p.next = end;
                    if end >= stop {
                        break;
                    }
                }
                if p.next < n {
                    self.partial = Some(p);
                    return false;
                }
                p.batch_losses / p.batches.max(1) as f64
            }
        };
        self.epoch += 1;
        self.check(epoch_loss);
        if self.status == Status::Running {
            self.losses.push(self.epoch, epoch_loss);
        } else {
            // Keep the last model that was still finite, so every view stays meaningful.
            self.model.weights = p.before;
        }
        true
    }

    fn check(&mut self, epoch_loss: f64) {
        let first = self.losses.first().unwrap_or(epoch_loss);
        let exploded_weights = self.model.weights.iter().any(|w| w.abs() > 1e12);
        let why = if !epoch_loss.is_finite() {
            Some("the training loss became infinite or NaN".to_owned())
        } else if self.model.weights.iter().any(|w| !w.is_finite()) || exploded_weights {
            Some("the weights became infinite or NaN".to_owned())
        } else if self.epoch > 3 && epoch_loss > 1e3 * first.max(1e-3) {
            Some(format!(
                "the training loss exploded to more than 1000× its first value ({epoch_loss:.4e})"
            ))
        } else {
            None
        };
        if let Some(why) = why {
            self.status = Status::Diverged {
                epoch: self.epoch,
                why,
            };
        }
    }

    /// The objective on another data set (the test split), with the loss in force now.
    pub fn evaluate_loss(&self, data: &Dataset) -> f64 {
        objective_all(
            &self.model,
            data,
            self.current_loss(),
            self.config.normalisation,
        )
        .0
    }

    pub fn scores(&self, data: &Dataset) -> Vec<f64> {
        data.x.iter().map(|p| self.model.probability(*p)).collect()
    }
}

/// Fisher–Yates with the run's own generator, so runs are reproducible.
fn shuffle(order: &mut [usize], rng: &mut Pcg64Mcg) {
    for i in (1..order.len()).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}

/// One example's loss under `loss` (class weights 1; OHEM counts as CE, FL+OHEM as FL),
/// for monitoring.
pub fn objective_single(loss: LabLoss, z: f64, positive: bool) -> f64 {
    example(loss, z, positive, [1.0, 1.0]).loss
}
