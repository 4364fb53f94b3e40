//! The training lab's settings: the data set, the optimisation shared by both runs, each
//! run's loss, the view, and the headless mode. The rows are in `params.rs`.

mod claim;
mod lr;
mod params;
mod run_params;
mod scenario;

pub use claim::{Claim, Outcome, Share};
pub use lr::LR_SCHEDULE;
pub use params::*;
pub use run_params::*;
pub use scenario::{Scenario, SCENARIO};

use super::param::Choice;
use crate::core::data::{DataSpec, Shape};
use crate::core::loss::Alpha;
use crate::core::train::{self, GammaSchedule, LrSchedule, Normalisation, TrainConfig};

impl Choice for Shape {
    const ALL: &'static [Shape] = &Shape::ALL;
    const OPTIONS: &'static [(&'static str, crate::i18n::Msg)] = &[
        ("blobs", crate::i18n::msg::SHAPE_BLOBS),
        ("ring", crate::i18n::msg::SHAPE_RING),
        ("cluster", crate::i18n::msg::SHAPE_CLUSTER),
        ("beside", crate::i18n::msg::SHAPE_BESIDE),
    ];
}

impl Choice for Normalisation {
    const ALL: &'static [Normalisation] = &[Normalisation::Positives, Normalisation::Mean];
    const OPTIONS: &'static [(&'static str, crate::i18n::Msg)] = &[
        ("pos", crate::i18n::msg::NORMALISATION_POS),
        ("mean", crate::i18n::msg::NORMALISATION_MEAN),
    ];
}

crate::choice! {
    /// How the runs descend (the hyper-parameters of each are fixed: see `Lab::configs`).
    pub enum Optimiser {
        FullBatch = ("gd", crate::i18n::msg::OPTIMISER_FULL_BATCH),
        Sgd = ("sgd", crate::i18n::msg::OPTIMISER_SGD),
    }
}

crate::choice! {
    /// γ over training: constant (each run's own γ) or linear from γ start to γ end.
    pub enum Schedule {
        Constant = ("const", crate::i18n::msg::SCHEDULE_CONSTANT),
        Linear = ("linear", crate::i18n::msg::SCHEDULE_LINEAR),
    }
}

crate::choice! {
    /// The loss a lab run uses, as the URL and the picker name it; `core::train::LabLoss`
    /// is the same loss with its parameters ([`Run::lab_loss`]).
    pub enum LabLoss {
        CrossEntropy = ("ce", crate::i18n::msg::LAB_LOSS_CROSS_ENTROPY),
        BalancedCrossEntropy = ("ace", crate::i18n::msg::LAB_LOSS_BALANCED_CROSS_ENTROPY),
        Focal = ("fl", crate::i18n::msg::LAB_LOSS_FOCAL),
        FocalNoAlpha = ("fl-noalpha", crate::i18n::msg::LAB_LOSS_FOCAL_NO_ALPHA),
        FocalStar = ("flstar", crate::i18n::msg::LAB_LOSS_FOCAL_STAR),
        Ohem = ("ohem", crate::i18n::msg::LAB_LOSS_OHEM),
        FocalOhem = ("flohem", crate::i18n::msg::LAB_LOSS_FOCAL_OHEM),
        ClassBalancedFocal = ("cbfl", crate::i18n::msg::LAB_LOSS_CLASS_BALANCED_FOCAL),
    }
}

crate::choice! {
    /// Which runs start their bias from the prior π (b = −ln((1 − π)/π)) rather than 0.
    /// `1` and `0` are the yes/no of links made before run B alone could.
    pub enum PriorStart {
        Both = ("1", crate::i18n::msg::PRIOR_START_BOTH),
        Neither = ("0", crate::i18n::msg::PRIOR_START_NEITHER),
        OnlyB = ("b", crate::i18n::msg::PRIOR_START_ONLY_B),
    }
}

impl PriorStart {
    /// Whether run `run` (0: A, 1: B) starts from the prior.
    pub fn for_run(self, run: usize) -> bool {
        match self {
            PriorStart::Both => true,
            PriorStart::Neither => false,
            PriorStart::OnlyB => run == 1,
        }
    }
}

crate::choice! {
    /// A yes/no setting in the URL (`1` or `0`).
    pub enum YesNo {
        Yes = ("1", crate::i18n::msg::YES_NO_YES),
        No = ("0", crate::i18n::msg::YES_NO_NO),
    }
}

impl YesNo {
    pub fn from_bool(yes: bool) -> YesNo {
        if yes {
            YesNo::Yes
        } else {
            YesNo::No
        }
    }
}

crate::choice! {
    /// `lab=run` trains `epochs` headlessly, as fast as possible, then reports.
    pub enum Mode {
        Live = ("live", crate::i18n::msg::MODE_LIVE),
        Run = ("run", crate::i18n::msg::MODE_RUN),
    }
}

/// One run's own settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Run {
    pub loss: LabLoss,
    pub gamma: f64,
    pub alpha: f64,
}

impl Run {
    /// The loss as the trainer takes it.
    pub fn lab_loss(&self) -> train::LabLoss {
        let (gamma, alpha) = (self.gamma, self.alpha);
        match self.loss {
            LabLoss::CrossEntropy => train::LabLoss::CrossEntropy,
            LabLoss::BalancedCrossEntropy => train::LabLoss::BalancedCrossEntropy { alpha },
            LabLoss::Focal => train::LabLoss::Focal {
                gamma,
                alpha: Alpha::Balanced(alpha),
            },
            LabLoss::FocalNoAlpha => train::LabLoss::Focal {
                gamma,
                alpha: Alpha::None,
            },
            LabLoss::FocalStar => train::LabLoss::FocalStar { gamma, beta: 1.0 },
            LabLoss::Ohem => train::LabLoss::Ohem,
            LabLoss::FocalOhem => train::LabLoss::FocalOhem {
                gamma,
                alpha: Alpha::Balanced(alpha),
            },
            LabLoss::ClassBalancedFocal => train::LabLoss::ClassBalancedFocal {
                gamma,
                beta: 0.9999,
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lab {
    /// The preset the settings started from (`custom`: none).
    pub scenario: Scenario,
    pub seed: u64,
    pub shape: Shape,
    /// Positives asked for (see [`Lab::positives_used`]).
    pub positives: usize,
    /// Negatives per positive.
    pub ratio: f64,
    /// The fraction of negatives that are hard.
    pub hard: f64,
    pub quadratic: bool,
    /// Which runs' bias starts from the prior π (the shared π).
    pub use_prior: PriorStart,
    pub optimiser: Optimiser,
    pub lr: f64,
    pub warmup: usize,
    pub lr_schedule: LrSchedule,
    pub clip: f64,
    pub normalisation: Normalisation,
    pub schedule: Schedule,
    pub gamma_start: f64,
    pub gamma_end: f64,
    pub epochs: usize,
    /// Epochs per frame.
    pub speed: usize,
    pub threshold: f64,
    /// Run A and run B.
    pub runs: [Run; 2],
    pub mode: Mode,
    /// `dump=1`: also write the test split with both runs' probabilities as CSV.
    pub dump: bool,
}

impl Default for Lab {
    fn default() -> Lab {
        let yes = |p: &super::param::Param| p.default_choice::<YesNo>() == YesNo::Yes;
        let integer = |p: &super::param::Param| p.default_number() as usize;
        Lab {
            scenario: SCENARIO.default_choice(),
            seed: SEED.default_number() as u64,
            shape: SHAPE.default_choice(),
            positives: integer(&LAB_POSITIVES),
            ratio: LAB_RATIO.default_number(),
            hard: HARD.default_number(),
            quadratic: yes(&QUADRATIC),
            use_prior: USE_PRIOR.default_choice(),
            optimiser: OPTIMISER.default_choice(),
            lr: LR.default_number(),
            warmup: integer(&WARMUP),
            lr_schedule: LR_SCHEDULE.default_choice(),
            clip: CLIP.default_number(),
            normalisation: NORMALISATION.default_choice(),
            schedule: SCHEDULE.default_choice(),
            gamma_start: GAMMA_START.default_number(),
            gamma_end: GAMMA_END.default_number(),
            epochs: integer(&EPOCHS),
            speed: integer(&SPEED),
            threshold: THRESHOLD.default_number(),
            runs: [
                Run {
                    loss: A_LOSS.default_choice(),
                    gamma: A_GAMMA.default_number(),
                    alpha: A_ALPHA.default_number(),
                },
                Run {
                    loss: B_LOSS.default_choice(),
                    gamma: B_GAMMA.default_number(),
                    alpha: B_ALPHA.default_number(),
                },
            ],
            mode: LAB_MODE.default_choice(),
            dump: yes(&DUMP),
        }
    }
}

/// The most examples a lab split may hold: a browser tab trains and evaluates every one
/// of them each frame.
pub const LAB_MAX_EXAMPLES: f64 = 250_000.0;

/// Which of a lab run's own settings its loss reads ([`Lab::run_reads`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunReads {
    pub gamma: bool,
    pub alpha: bool,
}

impl Lab {
    /// Positives actually used: as many as asked, but never more than the split can hold
    /// at this ratio.
    pub fn positives_used(&self) -> usize {
        let fit = (LAB_MAX_EXAMPLES / (1.0 + self.ratio)).floor().max(1.0) as usize;
        self.positives.clamp(1, fit)
    }

    /// The data set.
    pub fn spec(&self) -> DataSpec {
        DataSpec {
            seed: self.seed,
            shape: self.shape,
            positives: self.positives_used(),
            ratio: self.ratio,
            hard_fraction: self.hard,
        }
    }

    /// Whether γ follows the linear schedule (γ start → γ end).
    pub fn gamma_scheduled(&self) -> bool {
        self.schedule == Schedule::Linear
    }

    /// Which of run `run`'s own settings (0: A, 1: B) its loss reads. A control that
    /// nothing reads is disabled, not hidden. Under the linear γ schedule the schedule sets
    /// every focal run's γ.
    pub fn run_reads(&self, run: usize) -> RunReads {
        let loss = self.runs[run].lab_loss();
        RunReads {
            gamma: loss.gamma().is_some() && !self.gamma_scheduled(),
            alpha: loss.reads_alpha(),
        }
    }

    /// The two runs' training settings: shared optimisation, separate losses. `prior` is
    /// the shared π, used when the bias starts from the prior.
    pub fn configs(&self, prior: f64) -> [TrainConfig; 2] {
        let shared = |loss, run: usize| TrainConfig {
            loss,
            normalisation: self.normalisation,
            optimiser: match self.optimiser {
                Optimiser::FullBatch => train::Optimiser::FullBatch,
                Optimiser::Sgd => train::Optimiser::Sgd {
                    batch: 1024,
                    momentum: 0.9,
                },
            },
            learning_rate: self.lr,
            warmup_epochs: self.warmup,
            lr_schedule: self.lr_schedule,
            clip: (self.clip > 0.0).then_some(self.clip),
            schedule: match self.schedule {
                Schedule::Linear => GammaSchedule::Linear {
                    start: self.gamma_start,
                    end: self.gamma_end,
                },
                Schedule::Constant => GammaSchedule::Constant,
            },
            epochs: self.epochs.max(1),
            quadratic: self.quadratic,
            prior: self.use_prior.for_run(run).then_some(prior),
            seed: self.seed,
        };
        [0, 1].map(|i| shared(self.runs[i].lab_loss(), i))
    }
}
