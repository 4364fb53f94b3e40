//! Training: determinism, gradients by finite differences, a known optimum, divergence.
#![cfg(not(target_arch = "wasm32"))]

use focal::core::data::{bayes_scores, generate, DataSpec, Dataset, Shape};
use focal::core::lab::{evaluate, Build, Lab};
use focal::core::loss::Alpha;
use focal::core::metrics::average_precision;
use focal::core::train::{
    objective, GammaSchedule, LabLoss, LrSchedule, Model, Normalisation, Optimiser, Run, Status,
    TrainConfig,
};

fn spec(shape: Shape) -> DataSpec {
    DataSpec {
        seed: 7,
        shape,
        positives: 12,
        ratio: 8.0,
        hard_fraction: 0.2,
    }
}

fn config(loss: LabLoss) -> TrainConfig {
    TrainConfig {
        loss,
        normalisation: Normalisation::Positives,
        optimiser: Optimiser::FullBatch,
        learning_rate: 0.05,
        warmup_epochs: 0,
        lr_schedule: LrSchedule::Constant,
        clip: None,
        schedule: GammaSchedule::Constant,
        epochs: 50,
        quadratic: true,
        prior: Some(0.01),
        seed: 3,
    }
}

const LOSSES: [LabLoss; 7] = [
    LabLoss::CrossEntropy,
    LabLoss::BalancedCrossEntropy { alpha: 0.25 },
    LabLoss::Focal {
        gamma: 2.0,
        alpha: Alpha::Balanced(0.25),
    },
    LabLoss::FocalStar {
        gamma: 2.0,
        beta: 1.0,
    },
    LabLoss::Ohem,
    LabLoss::FocalOhem {
        gamma: 2.0,
        alpha: Alpha::Balanced(0.25),
    },
    LabLoss::ClassBalancedFocal {
        gamma: 2.0,
        beta: 0.9999,
    },
];

mod basics;
mod extremes;
mod slices;
