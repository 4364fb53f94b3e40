//! One training run: GD or SGD with momentum, warm-up, clipping, the γ schedule and
//! divergence detection; epochs trainable in slices (same sums, same order).

use super::objective::{accumulate, class_weights, normalise, SLOTS, ZERO};
use super::*;
use crate::core::data::Dataset;
use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

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
        use crate::i18n::{msg, t, tf};
        let why = if !epoch_loss.is_finite() {
            Some(t(msg::DIVERGED_LOSS).to_owned())
        } else if self.model.weights.iter().any(|w| !w.is_finite()) || exploded_weights {
            Some(t(msg::DIVERGED_WEIGHTS).to_owned())
        } else if self.epoch > 3 && epoch_loss > 1e3 * first.max(1e-3) {
            let loss = crate::format::num(epoch_loss);
            Some(tf(
                msg::DIVERGED_EXPLODED,
                &[("times", "1000"), ("loss", &loss)],
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
