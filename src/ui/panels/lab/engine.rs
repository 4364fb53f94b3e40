//! The lab's engine: the lab value and the signals that drive it, trained in frame
//! callbacks within a time budget (or headlessly in zero-delay timeouts), and the Snapshot
//! of everything the views show.

use crate::core::data::DataSpec;
use crate::core::lab::{
    logits as core_logits, loss_profile, loss_profile_of, Build, Checkpoint, Lab, LossProfile,
    Pending,
};
use crate::core::metrics::Confusion;
use crate::core::train::TrainConfig;
use crate::i18n::{msg, tf};
use crate::plot::curves::CurveChart;
use crate::plot::lab::{
    ap_chart, figure4_chart, heatmap, loss_chart, pr_chart, precision_recall_chart, Heatmap,
};
use leptos::prelude::*;

pub(super) type Settings = (DataSpec, [TrainConfig; 2]);

/// A frame's work while playing. A view refresh (twice a second) is spread over frames so
/// that none is a long task: for each run its test scores, then their ranking (AP, PR
/// curve), then each run's loss profile, and last the views.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Phase {
    /// Train within the frame's budget (or let waiting charts draw).
    Train,
    /// Score run `r`'s test split.
    Score(usize),
    /// Rank run `r`'s scores: AP and the PR curve.
    Rank(usize),
    /// Run `r`'s loss profile (Figure 4).
    Profile(usize),
    /// Take a snapshot for the views.
    Show,
}

impl Phase {
    fn next(self) -> Phase {
        match self {
            Phase::Train => Phase::Score(0),
            Phase::Score(r) => Phase::Rank(r),
            Phase::Rank(0) => Phase::Score(1),
            Phase::Rank(_) => Phase::Profile(0),
            Phase::Profile(0) => Phase::Profile(1),
            Phase::Profile(_) => Phase::Show,
            Phase::Show => Phase::Train,
        }
    }
}

/// Everything the views show, taken from the lab after a chunk of training.
#[derive(Clone, PartialEq)]
pub(super) struct Snapshot {
    pub(super) epoch: usize,
    pub(super) latest: [Checkpoint; 2],
    pub(super) weights: [Vec<f64>; 2],
    pub(super) names: [&'static str; 2],
    pub(super) diverged: Option<String>,
    pub(super) heatmaps: [Heatmap; 2],
    pub(super) charts: [CurveChart; 4],
    pub(super) figure4: [CurveChart; 2],
    pub(super) easy_share: [f64; 2],
    pub(super) confusion: [Confusion; 2],
    pub(super) bayes_ap: f64,
}

/// The lab and the signals that drive it; all Copy, so frame callbacks can own it.
#[derive(Clone, Copy)]
pub(super) struct Engine {
    pub(super) lab: StoredValue<Option<(Settings, Lab)>>,
    pub(super) settings: Memo<Settings>,
    pub(super) set_tick: WriteSignal<u64>,
    pub(super) playing: RwSignal<bool>,
    pub(super) looping: StoredValue<bool>,
    /// When the views were last refreshed while playing (performance.now()).
    pub(super) refreshed: StoredValue<f64>,
    /// What the next frame does: train, or the next step of a view refresh.
    pub(super) phase: StoredValue<Phase>,
    /// The runs' loss profiles, each computed in a frame of its own while playing, keyed
    /// by the run's epoch.
    pub(super) profiles: StoredValue<Profiles>,
    /// A run's test scores, between the two frames of its checkpoint.
    pub(super) pending: StoredValue<Option<Pending>>,
    pub(super) speed: Signal<f64>,
    pub(super) message: RwSignal<Option<String>>,
}

use crate::ui::browser::{idle, now};

impl Engine {
    /// Runs `f` on the lab for the current settings, building it if the settings changed.
    pub(super) fn with<T>(&self, f: impl FnOnce(&mut Lab) -> T) -> T {
        let settings = self.settings.get_untracked();
        self.lab.update_value(|slot| {
            if slot.as_ref().is_none_or(|(s, _)| *s != settings) {
                *slot = Some((settings, Lab::new(settings.0, settings.1)));
            }
        });
        let mut out = None;
        self.lab.update_value(|slot| {
            if let Some((_, lab)) = slot.as_mut() {
                out = Some(f(lab));
            }
        });
        out.expect("the lab was just built")
    }

    pub(super) fn train(&self, epochs: usize) {
        let diverged = self.with(|lab| {
            lab.advance(epochs);
            lab.checkpoint();
            lab.diverged()
        });
        if let Some((run, epoch, why)) = diverged {
            self.playing.set(false);
            let args = [
                ("run", ["A", "B"][run]),
                ("epoch", &epoch.to_string()),
                ("why", &why),
            ];
            self.message.set(Some(tf(msg::LAB_DIVERGED, &args)));
        }
        self.set_tick.update(|t| *t += 1);
    }

    fn frame(self) {
        if !self.playing.get_untracked() {
            self.looping.set_value(false);
            self.phase.set_value(Phase::Train);
            self.train(0); // show where training stopped
            return;
        }
        // Training gets a time budget per frame, so a large data set slows training rather
        // than the page; a view refresh is spread over frames ([`Phase`]).
        const BUDGET_MS: f64 = 7.0;
        const REFRESH_MS: f64 = 500.0;
        let phase = self.phase.get_value();
        match phase {
            Phase::Train if crate::ui::chart::paint::pending() => {
                // This frame is for charts still waiting to be drawn.
            }
            Phase::Train => {
                // Epochs are trained in slices of SLICE examples (an epoch of the default
                // data set is 100,100), so one frame never holds a whole epoch of both runs.
                const SLICE: usize = 16_384;
                let start = now();
                let wanted = self.speed.get_untracked().max(1.0) as usize;
                let target = self.with(|lab| lab.epochs_done()) + wanted;
                let diverged = loop {
                    let (done, stopped) = self.with(|lab| {
                        let trained = lab.advance_examples(SLICE);
                        (lab.epochs_done(), !trained || lab.diverged().is_some())
                    });
                    if stopped || done >= target || now() - start >= BUDGET_MS {
                        break stopped;
                    }
                };
                if diverged {
                    self.train(0);
                } else if now() - self.refreshed.get_value() >= REFRESH_MS {
                    self.phase.set_value(phase.next());
                }
            }
            Phase::Score(run) => {
                let pending = self.with(|lab| lab.evaluate_scores(run));
                self.pending.set_value(pending);
                self.phase.set_value(phase.next());
            }
            Phase::Rank(_) => {
                // Taken, not copied: it holds every test example's score.
                let mut pending = None;
                self.pending.update_value(|p| pending = p.take());
                if let Some(p) = pending {
                    self.with(|lab| lab.record(p));
                }
                self.phase.set_value(phase.next());
            }
            Phase::Profile(run) => {
                let computed = self.with(|lab| profile_of(lab, run));
                self.profiles.update_value(|p| p[run] = Some(computed));
                self.phase.set_value(phase.next());
            }
            Phase::Show => {
                self.phase.set_value(phase.next());
                self.refreshed.set_value(now());
                self.train(0);
            }
        }
        request_animation_frame(move || self.frame());
    }

    /// Builds the lab for the current settings a step per idle task (`core::lab::Build`),
    /// then each run's loss profile in a task of its own, then calls `ready`. On a phone the
    /// whole build is a third of a second; in one task it would hold up any input made
    /// meanwhile. If the settings change first, or something needs the lab sooner
    /// ([`Engine::with`] builds it at once), this build is dropped.
    pub(super) fn build_when_idle(self, ready: impl FnOnce() + 'static) {
        let settings = self.settings.get_untracked();
        let mut build = Some(Build::new(settings.0, settings.1));
        let mut profiled = 0;
        let mut logits = None;
        let mut ready = Some(ready);
        idle::in_steps(move || {
            if self.settings.get_untracked() == settings {
                // Built at once meanwhile (`with`: a click on Step, say): nothing to build.
                if self.lab.with_value(|slot| slot.is_some()) {
                    build = None;
                }
                if let Some(b) = build.as_mut() {
                    if let Some(lab) = b.step() {
                        build = None;
                        self.lab.update_value(|slot| {
                            if slot.is_none() {
                                *slot = Some((settings, lab));
                            }
                        });
                    }
                    return true;
                }
                // Each run's loss profile in two steps: its logits, then the profile.
                if profiled < 2 {
                    let run = profiled;
                    match logits.take() {
                        None => {
                            logits = Some(self.with(|lab| core_logits(&lab.runs[run], &lab.train)))
                        }
                        Some(z) => {
                            let computed = self.with(|lab| {
                                (
                                    lab.runs[run].epoch,
                                    loss_profile_of(&lab.runs[run], &lab.train, &z),
                                )
                            });
                            self.profiles.update_value(|p| p[run] = Some(computed));
                            profiled += 1;
                        }
                    }
                    return true;
                }
            }
            if let Some(ready) = ready.take() {
                ready();
            }
            false
        });
    }

    pub(super) fn play(self) {
        self.playing.set(true);
        if !self.looping.get_value() {
            self.looping.set_value(true);
            request_animation_frame(move || self.frame());
        }
    }

    pub(super) fn reset(self) {
        self.playing.set(false);
        self.message.set(None);
        self.lab.set_value(None);
        self.set_tick.update(|t| *t += 1);
    }

    /// Headless: `epochs` epochs in chunks that yield to the browser, no drawing until
    /// the end, with a checkpoint after each chunk (about 25 along the way, so the history
    /// charts show the path, not a line from epoch 0 to the last). Calls `done` afterwards.
    pub(super) fn run_headless(self, remaining: usize, chunk: usize, done: Callback<()>) {
        let now = remaining.min(chunk);
        self.with(|lab| {
            lab.advance(now);
            lab.checkpoint();
        });
        if remaining > now {
            set_timeout(
                move || self.run_headless(remaining - now, chunk, done),
                std::time::Duration::ZERO,
            );
        } else {
            self.train(0);
            done.run(());
        }
    }
}

/// A run's loss profile (it sorts each class's losses), with the epoch it is for.
fn profile_of(lab: &Lab, run: usize) -> (usize, LossProfile) {
    (
        lab.runs[run].epoch,
        loss_profile(&lab.runs[run], &lab.train),
    )
}

type Profiles = [Option<(usize, LossProfile)>; 2];

pub(super) fn snapshot(lab: &Lab, threshold: f64, cached: &Profiles) -> Snapshot {
    let profiles = [0, 1].map(|r| match &cached[r] {
        Some((at, p)) if *at == lab.runs[r].epoch => p.clone(),
        _ => profile_of(lab, r).1,
    });
    let names = [
        lab.runs[0].config.loss.name(),
        lab.runs[1].config.loss.name(),
    ];
    Snapshot {
        epoch: lab.epoch(),
        latest: [lab.latest(0), lab.latest(1)],
        weights: [
            lab.runs[0].model.weights.clone(),
            lab.runs[1].model.weights.clone(),
        ],
        names,
        diverged: lab.diverged().map(|(r, e, why)| {
            let args = [
                ("run", ["A", "B"][r]),
                ("epoch", &e.to_string()),
                ("why", &why),
            ];
            tf(msg::LAB_DIVERGED_SHORT, &args)
        }),
        heatmaps: [0, 1].map(|r| {
            heatmap(
                &lab.runs[r],
                &lab.train,
                tf(
                    msg::HEATMAP_TITLE,
                    &[("run", ["A", "B"][r]), ("loss", names[r])],
                ),
            )
        }),
        charts: [
            loss_chart(lab),
            ap_chart(lab),
            precision_recall_chart(lab),
            pr_chart(lab),
        ],
        figure4: [
            figure4_chart(lab, 0, &profiles[0]),
            figure4_chart(lab, 1, &profiles[1]),
        ],
        easy_share: [profiles[0].easy_share, profiles[1].easy_share],
        confusion: [0, 1].map(|r| lab.confusion(r, threshold)),
        bayes_ap: lab.bayes_ap,
    }
}
