//! The training lab as a plain value: one data set (train and test splits), two runs A and
//! B trained in lockstep from the same initial weights, and their metrics over time.

mod build;

pub use build::Build;

use super::data::{DataSpec, Dataset};
use super::loss::{focal_hard, sigmoid, Alpha};
use super::metrics::{loss_cdf, Confusion, Ranking};
use super::train::{Run, Status, TrainConfig};

/// Metrics of one run at one epoch, on the test split (threshold 0.5).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Checkpoint {
    pub epoch: usize,
    pub train_loss: f64,
    pub test_loss: f64,
    pub ap: f64,
    pub roc_auc: f64,
    pub precision: f64,
    pub recall: f64,
}

/// The curve-shaped results of the latest checkpoint, kept for drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Curves {
    pub pr: Vec<(f64, f64)>,
}

pub struct Lab {
    pub spec: DataSpec,
    pub train: Dataset,
    pub test: Dataset,
    pub runs: [Run; 2],
    /// Checkpoints per run, in epoch order.
    pub history: [Vec<Checkpoint>; 2],
    /// Each run's PR curve at its latest checkpoint.
    pub curves: [Curves; 2],
    /// Each run's test-split probabilities at its latest checkpoint, with that epoch: the
    /// confusion matrix at any threshold is then one cheap pass.
    pub scores: [(usize, Vec<f64>); 2],
    /// The test AP of the Bayes-optimal ranking (by the exact log-likelihood ratio of the
    /// generating densities): the best any model can do on this split.
    pub bayes_ap: f64,
}

/// The first half of a checkpoint: a run's test scores and loss (one pass over the test
/// split). The browser records it in a later frame, so neither half is a long task.
#[derive(Debug)]
pub struct Pending {
    pub run: usize,
    pub epoch: usize,
    scores: Vec<f64>,
    test_loss: f64,
}

/// The threshold for precision and recall in the history and readouts.
pub const THRESHOLD: f64 = 0.5;

impl Lab {
    pub fn new(spec: DataSpec, configs: [TrainConfig; 2]) -> Lab {
        let mut build = Build::new(spec, configs);
        loop {
            if let Some(lab) = build.step() {
                return lab;
            }
        }
    }

    pub fn epoch(&self) -> usize {
        self.runs[0].epoch.max(self.runs[1].epoch)
    }

    /// Trains both runs `epochs` more epochs (a diverged run stays where it stopped).
    pub fn advance(&mut self, epochs: usize) {
        for _ in 0..epochs {
            for run in &mut self.runs {
                run.train_epoch(&self.train);
            }
        }
    }

    /// Trains about `max_examples` examples, on whichever run is behind (run A on a tie),
    /// so that the two stay within one slice of each other. The browser calls this until
    /// its time budget for the frame is spent. Returns false once neither run can train.
    pub fn advance_examples(&mut self, max_examples: usize) -> bool {
        let running: Vec<usize> = (0..2)
            .filter(|&i| self.runs[i].status == Status::Running)
            .collect();
        let Some(&behind) = running.iter().min_by(|&&a, &&b| {
            self.runs[a]
                .progress(&self.train)
                .total_cmp(&self.runs[b].progress(&self.train))
        }) else {
            return false;
        };
        self.runs[behind].train_slice(&self.train, max_examples);
        true
    }

    /// The epochs both runs have completed.
    pub fn epochs_done(&self) -> usize {
        self.runs[0].epoch.min(self.runs[1].epoch)
    }

    pub fn diverged(&self) -> Option<(usize, usize, String)> {
        self.runs
            .iter()
            .enumerate()
            .find_map(|(i, r)| match &r.status {
                Status::Diverged { epoch, why } => Some((i, *epoch, why.clone())),
                Status::Running => None,
            })
    }

    /// Records the metrics of both runs now (once per epoch at most).
    pub fn checkpoint(&mut self) {
        self.checkpoint_run(0);
        self.checkpoint_run(1);
    }

    /// Records one run's metrics now.
    pub fn checkpoint_run(&mut self, i: usize) {
        if let Some(p) = self.evaluate_scores(i) {
            self.record(p);
        }
    }

    /// Scores run `i` on the test split, unless its metrics at this epoch are recorded.
    pub fn evaluate_scores(&self, i: usize) -> Option<Pending> {
        let run = &self.runs[i];
        if self.history[i].last().is_some_and(|c| c.epoch == run.epoch) {
            return None;
        }
        Some(pending(i, run, &self.test))
    }

    /// Ranks the scores and records the checkpoint (skipped if the run has moved on).
    pub fn record(&mut self, p: Pending) {
        let i = p.run;
        let run = &self.runs[i];
        if p.epoch != run.epoch || self.history[i].last().is_some_and(|c| c.epoch == p.epoch) {
            return;
        }
        let (c, curves) = finish(run, &p, &self.test);
        self.history[i].push(c);
        self.curves[i] = curves;
        self.scores[i] = (p.epoch, p.scores);
    }

    /// Run `i`'s confusion matrix on the test split at `threshold`.
    pub fn confusion(&self, i: usize, threshold: f64) -> Confusion {
        let (epoch, scores) = &self.scores[i];
        if *epoch == self.runs[i].epoch && scores.len() == self.test.len() {
            Confusion::at(scores, &self.test.label, threshold)
        } else {
            run_confusion(&self.runs[i], &self.test, threshold)
        }
    }

    pub fn latest(&self, run: usize) -> Checkpoint {
        *self.history[run].last().expect("a checkpoint at creation")
    }
}

fn finite_or(x: f64, fallback: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        fallback
    }
}

/// A run's metrics on `test`. Non-finite values (a diverged model) become 0 or ∞ loss
/// explicitly, never NaN.
pub fn evaluate(run: &Run, test: &Dataset) -> Checkpoint {
    evaluate_with_curves(run, test).0
}

fn evaluate_with_curves(run: &Run, test: &Dataset) -> (Checkpoint, Curves) {
    finish(run, &pending(0, run, test), test)
}

fn pending(i: usize, run: &Run, test: &Dataset) -> Pending {
    Pending {
        run: i,
        epoch: run.epoch,
        scores: run
            .scores(test)
            .into_iter()
            .map(|s| finite_or(s, 0.5))
            .collect(),
        test_loss: finite_or(run.evaluate_loss(test), f64::INFINITY),
    }
}

fn finish(run: &Run, p: &Pending, test: &Dataset) -> (Checkpoint, Curves) {
    let c = Confusion::at(&p.scores, &test.label, THRESHOLD);
    let ranking = Ranking::new(&p.scores, &test.label, 300);
    let checkpoint = Checkpoint {
        epoch: run.epoch,
        train_loss: finite_or(run.losses.last().unwrap_or(p.test_loss), f64::INFINITY),
        test_loss: p.test_loss,
        ap: ranking.ap,
        roc_auc: ranking.roc_auc,
        precision: c.precision(),
        recall: c.recall(),
    };
    (checkpoint, Curves { pr: ranking.pr })
}

/// What the current model's losses look like, per class (the paper's Figure 4 and the
/// tutorial's easy/hard monitor).
#[derive(Clone, Debug, PartialEq)]
pub struct LossProfile {
    /// (γ, CDF of normalised per-example loss) for positives and for negatives.
    pub positives: Vec<(f64, Vec<(f64, f64)>)>,
    pub negatives: Vec<(f64, Vec<(f64, f64)>)>,
    /// Share of the run's own loss carried by easy examples (p_t > 0.7).
    pub easy_share: f64,
}

pub const FIGURE4_GAMMAS: [f64; 4] = [0.0, 0.5, 1.0, 2.0];
pub const EASY_ABOVE: f64 = 0.7;
pub const PROFILE_SAMPLE: usize = 5_000;

pub fn loss_profile(run: &Run, data: &Dataset) -> LossProfile {
    loss_profile_of(run, data, &logits(run, data))
}

/// The run's logit for every example: the first half of [`loss_profile`] (the browser
/// takes the two halves in separate tasks when it builds the lab).
pub fn logits(run: &Run, data: &Dataset) -> Vec<f64> {
    data.x.iter().map(|p| run.model.logit(*p)).collect()
}

/// [`loss_profile`] from the run's [`logits`].
pub fn loss_profile_of(run: &Run, data: &Dataset, logits: &[f64]) -> LossProfile {
    // The CDFs sort every example four times; an evenly spaced sample of at most
    // PROFILE_SAMPLE examples per class draws the same curve at a fraction of the cost.
    let per_class = |positive: bool| -> Vec<(f64, Vec<(f64, f64)>)> {
        let class: Vec<f64> = logits
            .iter()
            .zip(&data.label)
            .filter(|(_, l)| **l == positive)
            .map(|(z, _)| *z)
            .collect();
        let stride = class.len().div_ceil(PROFILE_SAMPLE).max(1);
        FIGURE4_GAMMAS
            .iter()
            .map(|&g| {
                let losses: Vec<f64> = class
                    .iter()
                    .step_by(stride)
                    .map(|z| focal_hard(*z, positive, Alpha::None, g).loss)
                    .collect();
                (g, loss_cdf(&losses, 200))
            })
            .collect()
    };
    let loss = run.current_loss();
    let (mut easy, mut total) = (0.0, 0.0);
    for (z, &positive) in logits.iter().zip(&data.label) {
        let pt = sigmoid(if positive { *z } else { -*z });
        let l = super::train::objective_single(loss, *z, positive);
        if l.is_finite() {
            total += l;
            if pt > EASY_ABOVE {
                easy += l;
            }
        }
    }
    LossProfile {
        positives: per_class(true),
        negatives: per_class(false),
        easy_share: if total > 0.0 { easy / total } else { 0.0 },
    }
}

pub fn run_confusion(run: &Run, data: &Dataset, threshold: f64) -> Confusion {
    let scores: Vec<f64> = run
        .scores(data)
        .into_iter()
        .map(|s| finite_or(s, 0.5))
        .collect();
    Confusion::at(&scores, &data.label, threshold)
}

/// The test split as CSV with each run's predicted probability: `x,y,label,p_a,p_b`.
pub fn dump_csv(lab: &Lab) -> String {
    let a = lab.runs[0].scores(&lab.test);
    let b = lab.runs[1].scores(&lab.test);
    let mut out = String::with_capacity(lab.test.len() * 60);
    out.push_str("x,y,label,p_a,p_b\n");
    for i in 0..lab.test.len() {
        let [x, y] = lab.test.x[i];
        out.push_str(&format!(
            "{x},{y},{},{},{}\n",
            lab.test.label[i] as u8, a[i], b[i]
        ));
    }
    out
}

/// The run history as JSON: settings, final weights and every checkpoint of both runs.
pub fn history_json(lab: &Lab) -> String {
    let num = |x: f64| {
        if x.is_finite() {
            format!("{x}")
        } else {
            "null".to_owned()
        }
    };
    let runs: Vec<String> = (0..2)
        .map(|i| {
            let run = &lab.runs[i];
            let checkpoints: Vec<String> = lab.history[i]
                .iter()
                .map(|c| {
                    format!(
                        "{{\"epoch\":{},\"train_loss\":{},\"test_loss\":{},\"ap\":{},\"roc_auc\":{},\"precision\":{},\"recall\":{}}}",
                        c.epoch,
                        num(c.train_loss),
                        num(c.test_loss),
                        num(c.ap),
                        num(c.roc_auc),
                        num(c.precision),
                        num(c.recall)
                    )
                })
                .collect();
            let weights: Vec<String> = run.model.weights.iter().map(|w| num(*w)).collect();
            let c = &run.config;
            let config = format!(
                "{{\"gamma\":{},\"learning_rate\":{},\"warmup_epochs\":{},\"clip\":{},\"epochs\":{},\"quadratic\":{},\"prior\":{},\"normalisation\":\"{}\",\"optimiser\":\"{}\"}}",
                c.loss.gamma().map_or("null".to_owned(), num),
                num(c.learning_rate),
                c.warmup_epochs,
                c.clip.map_or("null".to_owned(), num),
                c.epochs,
                c.quadratic,
                c.prior.map_or("null".to_owned(), num),
                match c.normalisation {
                    super::train::Normalisation::Positives => "positives",
                    super::train::Normalisation::Mean => "mean",
                },
                match c.optimiser {
                    super::train::Optimiser::FullBatch => "full-batch",
                    super::train::Optimiser::Sgd { .. } => "sgd-momentum",
                }
            );
            format!(
                "{{\"name\":\"{}\",\"loss\":\"{}\",\"config\":{},\"weights\":[{}],\"history\":[{}]}}",
                ["A", "B"][i],
                run.config.loss.name(),
                config,
                weights.join(","),
                checkpoints.join(",")
            )
        })
        .collect();
    format!(
        "{{\"data\":{{\"seed\":{},\"shape\":\"{}\",\"positives\":{},\"ratio\":{},\"hard_fraction\":{},\"train\":{},\"test\":{}}},\"runs\":[{}]}}",
        lab.spec.seed,
        lab.spec.shape.name(),
        lab.spec.positives,
        num(lab.spec.ratio),
        num(lab.spec.hard_fraction),
        lab.train.len(),
        lab.test.len(),
        runs.join(",")
    )
}
