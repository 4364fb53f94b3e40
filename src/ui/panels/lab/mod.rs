//! The training lab: two logistic-regression runs trained live, side by side, on the same
//! data from the same weights; play / pause / step / reset; a headless mode for tests.

mod engine;
mod model;
mod published;
mod runs;
mod scenario;
mod settings;

use crate::core::lab::{dump_csv, history_json};
use crate::format::{count, lab_verdict, RunResult};
use crate::plot::curves::CurveChart;
use crate::plot::lab::Heatmap;
use crate::state::*;
use crate::ui::browser::idle::piece;
use crate::ui::chart::canvas::ChartCanvas;
use crate::ui::chart::download;
use crate::ui::widgets::controls::BoundNumber;
use crate::ui::widgets::readout::Readout;
use engine::Snapshot;
use leptos::prelude::*;
use model::LabModel;
use runs::{ConfusionTable, RunReadouts};

#[component]
pub fn LabPanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let model = LabModel::new(state);
    // (positives asked for, positives the split can hold)
    let positives = Memo::new(move |_| state.with(|s| (s.lab.positives, s.lab.positives_used())));
    let verdict = move || {
        model.read(|s| {
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
    let bayes_ap = Signal::derive(move || model.read(|s| s.bayes_ap).unwrap_or(0.0));
    view! {
        <section class="panel lab" aria-labelledby="lab-title" data-testid="lab" data-state=move || model.status()>
            <h2 id="lab-title">"Training lab: cross-entropy vs focal loss on 1:1000 data"</h2>
            <p class="intro">
                "Two logistic-regression models, A and B, train in lockstep on the same synthetic data from the same starting weights; only their losses differ. "
                "Metrics are measured on a held-out test split drawn the same way. Under imbalance, accuracy says nothing (predicting “negative” everywhere is 99.9 % accurate), so watch AP, precision and recall."
            </p>
            <scenario::ScenarioPicker state=state set_state=set_state/>
            <Buttons model=model/>
            <p class="note" data-testid="lab-capped">{move || {
                let (asked, used) = positives.get();
                (used < asked).then(|| format!(
                    "Using {used} positives instead of {asked}: a split holds at most {} examples at this ratio.",
                    count(LAB_MAX_EXAMPLES)
                ))
            }}</p>
            <p class="lab-message" role="alert" data-testid="lab-message">{move || model.engine.message.get()}</p>
            <p class="sentence" data-testid="lab-verdict" aria-live="polite">{verdict}</p>
            // Visuals first: the two heatmaps and the AP chart, then the numbers. Each block
            // below is a piece of its own (`browser/idle.rs`): the whole panel in one task is
            // long on a phone.
            {piece(move || view! {
            <div class="lab-grid">
                <div class="heatmaps">
                    <HeatmapChart model=model r=0/>
                    <HeatmapChart model=model r=1/>
                    <Chart id="lab-ap" model=model piece=|s| &s.charts[1]/>
                </div>
                <div class="runs">
                    <dl class="readouts lab-bayes">
                        <Readout testid="ap-bayes" label="best possible AP (Bayes-optimal ranking of the test split)" value=bayes_ap/>
                    </dl>
                    <RunReadouts model=model r=0/>
                    <RunReadouts model=model r=1/>
                </div>
            </div>
            })}
            {piece(move || view! {
            <div class="charts">
                <Chart id="lab-loss" model=model piece=|s| &s.charts[0]/>
                <Chart id="lab-pr-epochs" model=model piece=|s| &s.charts[2]/>
                <Chart id="lab-pr" model=model piece=|s| &s.charts[3]/>
                <Chart id="lab-fig4-a" model=model piece=|s| &s.figure4[0]/>
                <Chart id="lab-fig4-b" model=model piece=|s| &s.figure4[1]/>
            </div>
            })}
            {piece(move || view! {
            <settings::LabSettings state=state set_state=set_state/>
            <div class="confusions">
                <BoundNumber param=&THRESHOLD state=state set_state=set_state/>
                <ConfusionTable model=model r=0/>
                <ConfusionTable model=model r=1/>
            </div>
            <pre class="dump" data-testid="dump" hidden=move || model.dump.get().is_none()>{move || model.dump.get()}</pre>
            <published::Published/>
            })}
        </section>
    }
}

/// Play / pause, step, reset, the epoch, and the exports.
#[component]
fn Buttons(model: LabModel) -> impl IntoView {
    let engine = model.engine;
    let epoch = move || model.read(|s| s.epoch).unwrap_or(0);
    view! {
        <div class="lab-buttons" role="group" aria-label="Training">
            <button type="button" data-testid="lab-play" aria-pressed=move || engine.playing.get().to_string()
                on:click=move |_| if engine.playing.get_untracked() { engine.playing.set(false) } else { engine.play() }>
                {move || if engine.playing.get() { "Pause" } else { "Play" }}
            </button>
            <button type="button" data-testid="lab-step" on:click=move |_| { engine.playing.set(false); engine.train(1); }>"Step one epoch"</button>
            <button type="button" data-testid="lab-reset" on:click=move |_| engine.reset()>"Reset"</button>
            <span class="epoch">"epoch "
                <strong data-testid="epoch" data-value=move || epoch().to_string()>{epoch}</strong>
            </span>
            <button type="button" data-testid="export-csv" on:click=move |_| download::save("focal-lab-test-split.csv", "text/csv", &engine.with(|l| dump_csv(l)))>"Export data (CSV)"</button>
            <button type="button" data-testid="export-json" on:click=move |_| download::save("focal-lab-history.json", "application/json", &engine.with(|l| history_json(l)))>"Export history (JSON)"</button>
        </div>
    }
}

/// A chart of the snapshot, described by its title (read from the snapshot, so a chart
/// off screen copies nothing).
#[component]
fn Chart(id: &'static str, model: LabModel, piece: fn(&Snapshot) -> &CurveChart) -> impl IntoView {
    // Never an empty name (an image without one is an accessibility error): the lab is
    // built in steps after the panel (`LabModel::new`).
    let summary = Signal::derive(move || {
        model
            .read(|s| piece(s).title.clone())
            .unwrap_or_else(|| "A chart of the training lab, once its data are drawn".into())
    });
    view! { <ChartCanvas id=id figure=model.curves(piece) summary=summary/> }
}

/// Run `r`'s probability over the plane, with the data on it.
#[component]
fn HeatmapChart(model: LabModel, r: usize) -> impl IntoView {
    let summary = Signal::derive(move || {
        model
            .read(|s| heatmap_summary(&s.heatmaps[r]))
            .unwrap_or_else(|| heatmap_summary(&Heatmap::default()))
    });
    view! { <ChartCanvas id=["heatmap-a", "heatmap-b"][r] figure=model.heatmap(r) summary=summary painter=crate::ui::chart::any/> }
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
