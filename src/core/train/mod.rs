//! Logistic regression trained with the losses the lab compares: features, one epoch of
//! full-batch or mini-batch training, schedules, clipping and divergence detection.

mod log;
mod objective;
mod run;

pub use log::LossLog;
pub use objective::{objective, objective_all, objective_single};
pub use run::Run;

use super::imbalance::prior_bias;
use super::loss::Alpha;

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

/// Why a run stopped by itself.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Running,
    Diverged { epoch: usize, why: String },
}
