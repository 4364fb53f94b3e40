//! The training lab: two logistic-regression runs trained live, side by side, on the same
//! data from the same weights; play / pause / step / reset; a headless mode for tests.

mod engine;
mod published;
mod scenario;

use crate::core::lab::{dump_csv, history_json, Checkpoint};
use crate::core::metrics::Confusion;
use crate::format::{count, data_value, lab_verdict, num, percent, RunResult};
use crate::plot::curves::CurveChart;
use crate::plot::figure::Figure;
use crate::plot::lab::Heatmap;
use crate::state::*;
use crate::ui::chart::canvas::ChartCanvas;
use crate::ui::chart::download;
use crate::ui::widgets::controls::{BoundNumber, ChoiceControl};
use crate::ui::widgets::readout::Readout;
use engine::{snapshot, Engine, Snapshot};
use leptos::prelude::*;

#[component]
pub fn LabPanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let settings = Memo::new(move |_| state.with(|s| (s.lab_spec(), s.lab_configs())));
    let (tick, set_tick) = signal(0u64);
    let engine = Engine {
        lab: StoredValue::new(None),
        settings,
        set_tick,
        playing: RwSignal::new(false),
        looping: StoredValue::new(false),
        refreshed: StoredValue::new(0.0),
        phase: StoredValue::new(0),
        profiles: StoredValue::new([None, None]),
        pending: StoredValue::new(None),
        speed: Signal::derive(move || state.with(|s| s.lab.speed as f64)),
        message: RwSignal::new(None),
    };
    let threshold = Memo::new(move |_| state.with(|s| s.lab.threshold));
    let headless = state.with_untracked(|s| s.lab.mode == Mode::Run);
    // Visuals first: the settings stay folded unless the link set some of them.
    let open_settings = state.with_untracked(|s| scenario::link_sets_settings(&s.lab));
    let (done, set_done) = signal(false);
    let (dump, set_dump) = signal(None::<String>);

    // The lab (200,000 generated points and a first evaluation) is built after the page's
    // first frame, so the Explorer is interactive without waiting for it.
    let (started, set_started) = signal(false);
    request_animation_frame(move || {
        set_timeout(move || set_started.set(true), std::time::Duration::ZERO)
    });
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

    let lab_state = move || {
        if headless {
            return if done.get() { "done" } else { "running" };
        }
        match (
            engine.playing.get(),
            read(snap, |s| s.diverged.clone()).flatten(),
        ) {
            (_, Some(_)) => "diverged",
            (true, _) => "playing",
            (false, _) => "paused",
        }
    };

    // (positives asked for, positives the split can hold)
    let positives = Memo::new(move |_| state.with(|s| (s.lab.positives, s.lab.positives_used())));
    // A setting that the current choices do not read is disabled (its value is kept).
    let unread = |f: fn(&State) -> bool| Memo::new(move |_| state.with(f));

    let latest = move |r: usize| Signal::derive(move || read(snap, |s| s.latest[r]));
    let metric = move |r: usize, f: fn(&Checkpoint) -> f64| {
        Signal::derive(move || latest(r).get().map_or(0.0, |c| f(&c)))
    };

    let run_readouts = move |r: usize| {
        let suffix = ["a", "b"][r];
        // The weights in full precision for tests (`data-value`), and as a reader sees them.
        let weights_as = move |show: fn(f64) -> String, sep: &'static str| {
            move || {
                read(snap, |s| {
                    s.weights[r]
                        .iter()
                        .map(|w| show(*w))
                        .collect::<Vec<_>>()
                        .join(sep)
                })
                .unwrap_or_default()
            }
        };
        let weights = weights_as(data_value, ",");
        let weights_shown = weights_as(num, ", ");
        view! {
            <div class="run-readouts">
                <h3>{move || format!("Run {} — {}", ["A", "B"][r], read(snap, |s| s.names[r]).unwrap_or(""))}</h3>
                <dl class="readouts">
                    <Readout testid=["loss-a", "loss-b"][r] label="train loss" value=metric(r, |c| c.train_loss)/>
                    <Readout testid=["test-loss-a", "test-loss-b"][r] label="test loss" value=metric(r, |c| c.test_loss)/>
                    <Readout testid=["ap-a", "ap-b"][r] label="AP (test)" value=metric(r, |c| c.ap)/>
                    <Readout testid=["ap-share-a", "ap-share-b"][r] label="AP as a share of the best possible" value=Signal::derive(move || read(snap, |s| s.latest[r].ap / s.bayes_ap.max(f64::MIN_POSITIVE)).unwrap_or(0.0)) show=percent/>
                    <Readout testid=["roc-auc-a", "roc-auc-b"][r] label="ROC-AUC (test)" value=metric(r, |c| c.roc_auc)/>
                    <Readout testid=["precision-a", "precision-b"][r] label="precision at 0.5" value=metric(r, |c| c.precision)/>
                    <Readout testid=["recall-a", "recall-b"][r] label="recall at 0.5" value=metric(r, |c| c.recall)/>
                    <Readout testid=["easy-share-a", "easy-share-b"][r] label="loss share of easy examples (p_t > 0.7)" value=Signal::derive(move || read(snap, |s| s.easy_share[r]).unwrap_or(0.0)) show=percent/>
                </dl>
                <p class="weights">"weights (x, y, x², y², xy, bias): "
                    <code data-testid=format!("weights-{suffix}") data-value=weights>{weights_shown}</code>
                </p>
            </div>
        }
    };

    let confusion_table = move |r: usize| {
        let suffix = ["a", "b"][r];
        let cell = move |name: &'static str, f: fn(&Confusion) -> usize| {
            let v = move || read(snap, |s| f(&s.confusion[r])).unwrap_or(0);
            view! { <td data-testid=format!("cm-{suffix}-{name}") data-value=move || v().to_string()>{v}</td> }
        };
        view! {
            <table class="numbers confusion">
                <caption>{move || format!("run {} at threshold {}", ["A", "B"][r], num(threshold.get()))}</caption>
                <thead><tr><td></td><th scope="col">"predicted +"</th><th scope="col">"predicted −"</th></tr></thead>
                <tbody>
                    <tr><th scope="row">"actual +"</th>{cell("tp", |c| c.tp)}{cell("fn", |c| c.fn_)}</tr>
                    <tr><th scope="row">"actual −"</th>{cell("fp", |c| c.fp)}{cell("tn", |c| c.tn)}</tr>
                </tbody>
            </table>
        }
    };

    let chart = move |i: usize| {
        Signal::derive(move || {
            Figure::Curves(read(snap, |s| s.charts[i].clone()).unwrap_or_else(empty_chart))
        })
    };
    let figure4 = move |r: usize| {
        Signal::derive(move || {
            Figure::Curves(read(snap, |s| s.figure4[r].clone()).unwrap_or_else(empty_chart))
        })
    };
    let title = move |f: Signal<Figure>| Signal::derive(move || f.with(|f| f.title().to_owned()));
    let heat = move |r: usize| {
        Signal::derive(move || {
            Figure::Heatmap(read(snap, |s| s.heatmaps[r].clone()).unwrap_or_else(empty_heatmap))
        })
    };
    let heat_summary = move |r: usize| {
        Signal::derive(move || {
            read(snap, |s| heatmap_summary(&s.heatmaps[r]))
                .unwrap_or_else(|| heatmap_summary(&empty_heatmap()))
        })
    };

    let verdict = move || {
        read(snap, |s| {
            lab_verdict(
                [0, 1].map(|r| RunResult {
                    name: s.names[r],
                    ap: s.latest[r].ap,
                    recall: s.latest[r].recall,
                }),
                s.bayes_ap,
                s.epoch,
            )
        })
    };

    view! {
        <section class="panel lab" aria-labelledby="lab-title" data-testid="lab" data-state=lab_state>
            <h2 id="lab-title">"Training lab: cross-entropy vs focal loss on 1:1000 data"</h2>
            <p class="intro">
                "Two logistic-regression models, A and B, train in lockstep on the same synthetic data from the same starting weights; only their losses differ. "
                "Metrics are measured on a held-out test split drawn the same way. Under imbalance, accuracy says nothing (predicting “negative” everywhere is 99.9 % accurate), so watch AP, precision and recall."
            </p>
            <scenario::ScenarioPicker state=state set_state=set_state/>
            <div class="lab-buttons" role="group" aria-label="Training">
                <button type="button" data-testid="lab-play" aria-pressed=move || engine.playing.get().to_string()
                    on:click=move |_| if engine.playing.get_untracked() { engine.playing.set(false) } else { engine.play() }>
                    {move || if engine.playing.get() { "Pause" } else { "Play" }}
                </button>
                <button type="button" data-testid="lab-step" on:click=move |_| { engine.playing.set(false); engine.train(1); }>"Step one epoch"</button>
                <button type="button" data-testid="lab-reset" on:click=move |_| engine.reset()>"Reset"</button>
                <span class="epoch">"epoch "
                    <strong data-testid="epoch" data-value=move || read(snap, |s| s.epoch).unwrap_or(0).to_string()>{move || read(snap, |s| s.epoch).unwrap_or(0)}</strong>
                </span>
                <button type="button" data-testid="export-csv" on:click=move |_| download::save("focal-lab-test-split.csv", "text/csv", &engine.with(|l| dump_csv(l)))>"Export data (CSV)"</button>
                <button type="button" data-testid="export-json" on:click=move |_| download::save("focal-lab-history.json", "application/json", &engine.with(|l| history_json(l)))>"Export history (JSON)"</button>
            </div>
            <p class="note" data-testid="lab-capped">{move || {
                let (asked, used) = positives.get();
                (used < asked).then(|| format!(
                    "Using {used} positives instead of {asked}: a split holds at most {} examples at this ratio.",
                    count(LAB_MAX_EXAMPLES)
                ))
            }}</p>
            <p class="lab-message" role="alert" data-testid="lab-message">{move || engine.message.get()}</p>
            <p class="sentence" data-testid="lab-verdict" aria-live="polite">{verdict}</p>
            // Visuals first: the two heatmaps and the AP chart, then the numbers.
            <div class="lab-grid">
                <div class="heatmaps">
                    <ChartCanvas id="heatmap-a" figure=heat(0) summary=heat_summary(0)/>
                    <ChartCanvas id="heatmap-b" figure=heat(1) summary=heat_summary(1)/>
                    <ChartCanvas id="lab-ap" figure=chart(1) summary=title(chart(1))/>
                </div>
                <div class="runs">
                    <dl class="readouts lab-bayes">
                        <Readout testid="ap-bayes" label="best possible AP (Bayes-optimal ranking of the test split)" value=Signal::derive(move || read(snap, |s| s.bayes_ap).unwrap_or(0.0))/>
                    </dl>
                    {run_readouts(0)}
                    {run_readouts(1)}
                </div>
            </div>
            <div class="charts">
                <ChartCanvas id="lab-loss" figure=chart(0) summary=title(chart(0))/>
                <ChartCanvas id="lab-pr-epochs" figure=chart(2) summary=title(chart(2))/>
                <ChartCanvas id="lab-pr" figure=chart(3) summary=title(chart(3))/>
                <ChartCanvas id="lab-fig4-a" figure=figure4(0) summary=title(figure4(0))/>
                <ChartCanvas id="lab-fig4-b" figure=figure4(1) summary=title(figure4(1))/>
            </div>
            <details class="lab-settings" data-testid="lab-settings" open=open_settings>
                <summary>"Settings"</summary>
                <div class="settings-grid">
                    <fieldset>
                        <legend>"Data"</legend>
                        <BoundNumber param=&SEED state=state set_state=set_state/>
                        <ChoiceControl param=&SHAPE state=state set_state=set_state/>
                        <BoundNumber param=&LAB_POSITIVES state=state set_state=set_state/>
                        <BoundNumber param=&LAB_RATIO state=state set_state=set_state/>
                        <BoundNumber param=&HARD state=state set_state=set_state/>
                        <ChoiceControl param=&QUADRATIC state=state set_state=set_state/>
                        <p class="note" data-testid="shape-note" hidden=unread(|s| s.lab.shape != crate::core::data::Shape::Beside)>
                            "On this layout no run can reach the best possible AP: the best boundary is one curve against the hard negatives and another against the easy cloud, and the model draws a single line (or, with quadratic features, a single conic)."
                        </p>
                    </fieldset>
                    <fieldset>
                        <legend>"Optimisation (both runs)"</legend>
                        <ChoiceControl param=&OPTIMISER state=state set_state=set_state/>
                        <BoundNumber param=&LR state=state set_state=set_state/>
                        <BoundNumber param=&WARMUP state=state set_state=set_state/>
                        <ChoiceControl param=&LR_SCHEDULE state=state set_state=set_state/>
                        <BoundNumber param=&CLIP state=state set_state=set_state/>
                        <ChoiceControl param=&NORMALISATION state=state set_state=set_state/>
                        <ChoiceControl param=&USE_PRIOR state=state set_state=set_state/>
                        <BoundNumber param=&PRIOR prefix="lab-" state=state set_state=set_state disabled=unread(|s| s.lab.use_prior == PriorStart::Neither)/>
                        <ChoiceControl param=&SCHEDULE state=state set_state=set_state/>
                        // The seed code's adaptive γ: strong focusing early, nearly CE late.
                        <button type="button" data-testid="adaptive-gamma" on:click=move |_| set_state.update(|s| {
                            s.lab.schedule = Schedule::Linear;
                            s.lab.gamma_start = 2.0;
                            s.lab.gamma_end = 0.5;
                        })>"Adaptive γ: 2 → 0.5"</button>
                        <BoundNumber param=&GAMMA_START state=state set_state=set_state disabled=unread(|s| !s.lab.gamma_scheduled())/>
                        <BoundNumber param=&GAMMA_END state=state set_state=set_state disabled=unread(|s| !s.lab.gamma_scheduled())/>
                        <BoundNumber param=&EPOCHS state=state set_state=set_state/>
                        <BoundNumber param=&SPEED state=state set_state=set_state/>
                    </fieldset>
                    // The two runs share one column: side by side they would leave the
                    // third column mostly empty and put Run B alone on a new row.
                    <div class="settings-runs">
                        <fieldset>
                            <legend>"Run A"</legend>
                            <ChoiceControl param=&A_LOSS state=state set_state=set_state/>
                            <BoundNumber param=&A_GAMMA state=state set_state=set_state disabled=unread(|s| !s.lab.run_reads(0).gamma)/>
                            <BoundNumber param=&A_ALPHA state=state set_state=set_state disabled=unread(|s| !s.lab.run_reads(0).alpha)/>
                        </fieldset>
                        <fieldset>
                            <legend>"Run B"</legend>
                            <ChoiceControl param=&B_LOSS state=state set_state=set_state/>
                            <BoundNumber param=&B_GAMMA state=state set_state=set_state disabled=unread(|s| !s.lab.run_reads(1).gamma)/>
                            <BoundNumber param=&B_ALPHA state=state set_state=set_state disabled=unread(|s| !s.lab.run_reads(1).alpha)/>
                        </fieldset>
                    </div>
                </div>
                <p class="note">"Changing a setting starts a new experiment (both runs reset). The γ schedule, when linear, replaces each focal run’s γ."</p>
            </details>
            <div class="confusions">
                <BoundNumber param=&THRESHOLD state=state set_state=set_state/>
                {confusion_table(0)}
                {confusion_table(1)}
            </div>
            <pre class="dump" data-testid="dump" hidden=move || dump.get().is_none()>{move || dump.get()}</pre>
            <published::Published/>
        </section>
    }
}

/// One piece of the latest snapshot, read in place (`None` before the first). Each readout,
/// chart and heatmap takes only its piece: `get()` would clone the whole snapshot, every
/// heatmap and curve in it, for each of them on every view refresh while training.
fn read<T>(snap: Memo<Option<Snapshot>>, piece: impl FnOnce(&Snapshot) -> T) -> Option<T> {
    snap.with(|s| s.as_ref().map(piece))
}

/// What a heatmap shows, in words (its figure caption for screen readers).
fn heatmap_summary(h: &Heatmap) -> String {
    format!(
        "{}: the model’s probability over the plane (blue negative, orange positive), with {} positives and a sample of {} negatives.",
        h.title,
        h.positives.len(),
        h.negatives.len()
    )
}

fn empty_chart() -> CurveChart {
    CurveChart::new("", "", "", Vec::new())
}

fn empty_heatmap() -> Heatmap {
    Heatmap {
        title: String::new(),
        cells: 1,
        extent: 1.0,
        probabilities: vec![0.5],
        positives: Vec::new(),
        negatives: Vec::new(),
    }
}
