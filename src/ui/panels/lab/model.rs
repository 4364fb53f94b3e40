//! The lab's model: the engine and the one Snapshot memo every view reads, the pieces of
//! the snapshot each view takes (read in place), and headless runs.

use super::engine::{snapshot, Engine, Phase, Snapshot};
use crate::core::lab::dump_csv;
use crate::plot::curves::CurveChart;
use crate::plot::figure::Figure;
use crate::state::*;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub(super) struct LabModel {
    pub(super) engine: Engine,
    /// The latest snapshot (`None` before the first, and in headless mode until the end).
    pub(super) snap: Memo<Option<Snapshot>>,
    pub(super) threshold: Memo<f64>,
    /// `?lab=run`: trains to the end without drawing, then shows the result.
    pub(super) headless: bool,
    pub(super) done: ReadSignal<bool>,
    /// The test split as CSV after a headless run with `dump=1`.
    pub(super) dump: ReadSignal<Option<String>>,
}

impl LabModel {
    pub(super) fn new(state: Memo<State>) -> LabModel {
        let settings = Memo::new(move |_| state.with(|s| (s.lab_spec(), s.lab_configs())));
        let (tick, set_tick) = signal(0u64);
        let engine = Engine {
            lab: StoredValue::new(None),
            settings,
            set_tick,
            playing: RwSignal::new(false),
            looping: StoredValue::new(false),
            refreshed: StoredValue::new(0.0),
            phase: StoredValue::new(Phase::Train),
            profiles: StoredValue::new([None, None]),
            pending: StoredValue::new(None),
            speed: Signal::derive(move || state.with(|s| s.lab.speed as f64)),
            message: RwSignal::new(None),
        };
        let threshold = Memo::new(move |_| state.with(|s| s.lab.threshold));
        let headless = state.with_untracked(|s| s.lab.mode == Mode::Run);
        let (done, set_done) = signal(false);
        let (dump, set_dump) = signal(None::<String>);

        // The lab (200,000 generated points and a first evaluation) is built in idle tasks
        // after the panel is, so that no input waits for it.
        // (A headless run builds it at once, and shows nothing until it is over.)
        let (started, set_started) = signal(headless);
        if !headless {
            engine.build_when_idle(move || set_started.set(true));
        }
        let snap = Memo::new(move |_| {
            settings.with(|_| ()); // read: a memo only tracked never subscribes
            tick.track();
            if !started.get() {
                return None;
            }
            let t = threshold.get();
            // In headless mode nothing is drawn until the run is over.
            if headless && !done.get() {
                return None;
            }
            Some(
                engine
                    .profiles
                    .with_value(|cached| engine.with(|lab| snapshot(lab, t, cached))),
            )
        });
        if headless {
            let epochs = state.with_untracked(|s| s.lab.epochs);
            let wants_dump = state.with_untracked(|s| s.lab.dump);
            let finish = Callback::new(move |_| {
                if wants_dump {
                    set_dump.set(Some(engine.with(|lab| dump_csv(lab))));
                }
                set_done.set(true);
            });
            let chunk = (epochs / 25).clamp(1, 10);
            request_animation_frame(move || engine.run_headless(epochs, chunk, finish));
        }
        LabModel {
            engine,
            snap,
            threshold,
            headless,
            done,
            dump,
        }
    }

    /// One piece of the latest snapshot, read in place (`None` before the first). Each
    /// readout, chart and heatmap takes only its piece: `get()` would clone the whole
    /// snapshot, every heatmap and curve in it, for each of them on every view refresh.
    pub(super) fn read<T>(self, piece: impl FnOnce(&Snapshot) -> T) -> Option<T> {
        self.snap.with(|s| s.as_ref().map(piece))
    }

    /// `data-state` of the panel: running/done (headless), playing, paused or diverged.
    pub(super) fn status(self) -> &'static str {
        if self.headless {
            return if self.done.get() { "done" } else { "running" };
        }
        match (
            self.engine.playing.get(),
            self.read(|s| s.diverged.clone()).flatten(),
        ) {
            (_, Some(_)) => "diverged",
            (true, _) => "playing",
            (false, _) => "paused",
        }
    }

    /// A chart of the snapshot as a figure memo: copied out once per snapshot, then drawn,
    /// exported and described in place.
    pub(super) fn curves(self, piece: fn(&Snapshot) -> &CurveChart) -> Memo<Figure> {
        Memo::new(move |_| {
            Figure::Curves(self.read(|s| piece(s).clone()).unwrap_or_else(empty_chart))
        })
    }

    pub(super) fn heatmap(self, r: usize) -> Memo<Figure> {
        Memo::new(move |_| {
            Figure::Heatmap(self.read(|s| s.heatmaps[r].clone()).unwrap_or_default())
        })
    }
}

fn empty_chart() -> CurveChart {
    CurveChart::new("", "", "", Vec::new())
}
