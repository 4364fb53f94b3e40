//! Building a lab a piece at a time. [`Lab::new`] is a long computation (two splits of
//! 100,000 points, the Bayes-optimal ranking of one, a checkpoint of each run); on a phone it
//! is a task of about a third of a second. The browser runs these steps one per task instead,
//! each at most one pass over a part of a split, so that input is answered between them.

use super::{Lab, Pending};
use crate::core::data::{bayes_score, DataSpec, Generator};
use crate::core::metrics::AveragePrecision;
use crate::core::train::{Run, TrainConfig};

/// Points drawn per step: a quarter of a default split.
const POINTS_PER_STEP: usize = 25_000;

/// A lab being built; [`Build::step`] until it returns the lab.
pub struct Build {
    spec: DataSpec,
    configs: [TrainConfig; 2],
    stage: Stage,
}

enum Stage {
    Train(Generator),
    Test(Generator, Generator),
    /// The test split's Bayes-optimal scores, a part at a time.
    Bayes {
        train: Generator,
        test: Generator,
        scores: Vec<f64>,
    },
    /// Their average precision, a digit pass of its sort at a time.
    Ranked {
        train: Generator,
        test: Generator,
        ap: AveragePrecision,
    },
    /// The lab, with the checkpoints of run `next` onwards still to take (and run `next`'s
    /// test scores, once evaluated).
    Checkpoints {
        lab: Box<Lab>,
        next: usize,
        pending: Option<Pending>,
    },
    Taken,
}

impl Build {
    pub fn new(spec: DataSpec, configs: [TrainConfig; 2]) -> Build {
        Build {
            stage: Stage::Train(Generator::new(&spec, 0)),
            spec,
            configs,
        }
    }

    fn wait(&mut self, stage: Stage) -> Option<Lab> {
        self.stage = stage;
        None
    }

    /// Does the next piece of work; returns the lab once it is built (the same lab, bit for
    /// bit, as [`Lab::new`] for the same settings). Each call after that returns `None`.
    pub fn step(&mut self) -> Option<Lab> {
        let stage = std::mem::replace(&mut self.stage, Stage::Taken);
        let (next, lab) = match stage {
            Stage::Train(mut train) => {
                if train.fill(POINTS_PER_STEP) {
                    (Stage::Train(train), None)
                } else {
                    (Stage::Test(train, Generator::new(&self.spec, 1)), None)
                }
            }
            Stage::Test(train, mut test) => {
                if test.fill(POINTS_PER_STEP) {
                    (Stage::Test(train, test), None)
                } else {
                    let scores = Vec::with_capacity(test.data.len());
                    (
                        Stage::Bayes {
                            train,
                            test,
                            scores,
                        },
                        None,
                    )
                }
            }
            Stage::Bayes {
                train,
                test,
                mut scores,
            } => {
                let from = scores.len();
                let to = test.data.len().min(from + POINTS_PER_STEP);
                scores.extend(
                    test.data.x[from..to]
                        .iter()
                        .map(|&x| bayes_score(&self.spec, x)),
                );
                if to < test.data.len() {
                    (
                        Stage::Bayes {
                            train,
                            test,
                            scores,
                        },
                        None,
                    )
                } else {
                    let ap = AveragePrecision::new(&scores, &test.data.label);
                    (Stage::Ranked { train, test, ap }, None)
                }
            }
            Stage::Ranked {
                train,
                test,
                mut ap,
            } => {
                let Some(bayes_ap) = ap.step() else {
                    return self.wait(Stage::Ranked { train, test, ap });
                };
                let train = train.data;
                let lab = Lab {
                    spec: self.spec,
                    runs: self.configs.map(|c| Run::new(c, &train)),
                    train,
                    test: test.data,
                    history: [Vec::new(), Vec::new()],
                    curves: Default::default(),
                    scores: [(0, Vec::new()), (0, Vec::new())],
                    bayes_ap,
                };
                (
                    Stage::Checkpoints {
                        lab: Box::new(lab),
                        next: 0,
                        pending: None,
                    },
                    None,
                )
            }
            // Each checkpoint in two steps: the test split's scores, then their ranking.
            Stage::Checkpoints {
                lab,
                next,
                pending: None,
            } => match lab.evaluate_scores(next) {
                Some(p) => (
                    Stage::Checkpoints {
                        lab,
                        next,
                        pending: Some(p),
                    },
                    None,
                ),
                None => after_checkpoint(lab, next),
            },
            Stage::Checkpoints {
                mut lab,
                next,
                pending: Some(p),
            } => {
                lab.record(p);
                after_checkpoint(lab, next)
            }
            Stage::Taken => (Stage::Taken, None),
        };
        self.stage = next;
        lab
    }
}

/// Where a build goes once run `run`'s checkpoint is taken: to run B's, or done.
fn after_checkpoint(lab: Box<Lab>, run: usize) -> (Stage, Option<Lab>) {
    if run == 0 {
        let next = Stage::Checkpoints {
            lab,
            next: 1,
            pending: None,
        };
        (next, None)
    } else {
        (Stage::Taken, Some(*lab))
    }
}
