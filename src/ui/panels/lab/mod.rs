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
use crate::i18n::{msg, t, tf};
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
            <h2 id="lab-title">{tf(msg::LAB_HEADING, &[("ratio", &crate::format::ratio(1000.0))])}</h2>
            <p class="intro">
                {t(msg::LAB_INTRO_1)}" "
                {tf(msg::LAB_INTRO_2, &[("accuracy", &crate::format::percent(0.999))])}
            </p>
            <scenario::ScenarioPicker state=state set_state=set_state/>
            <Buttons model=model/>
            <p class="note" data-testid="lab-capped">{move || {
                let (asked, used) = positives.get();
                (used < asked).then(|| {
                    let args = [
                        ("used", count(used as f64)),
                        ("asked", count(asked as f64)),
                        ("max", count(LAB_MAX_EXAMPLES)),
                    ];
                    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    tf(msg::LAB_CAPPED, &args)
                })
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
                        <Readout testid="ap-bayes" label=t(msg::LAB_BAYES) value=bayes_ap/>
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
        <div class="lab-buttons" role="group" aria-label=t(msg::LAB_BUTTONS)>
            <button type="button" data-testid="lab-play" aria-pressed=move || engine.playing.get().to_string()
                on:click=move |_| if engine.playing.get_untracked() { engine.playing.set(false) } else { engine.play() }>
                {move || t(if engine.playing.get() { msg::LAB_PAUSE } else { msg::LAB_PLAY })}
            </button>
            <button type="button" data-testid="lab-step" on:click=move |_| { engine.playing.set(false); engine.train(1); }>{t(msg::LAB_STEP)}</button>
            <button type="button" data-testid="lab-reset" on:click=move |_| engine.reset()>{t(msg::LAB_RESET)}</button>
            <span class="epoch">{t(msg::LAB_EPOCH)}" "
                <strong data-testid="epoch" data-value=move || epoch().to_string()>{epoch}</strong>
            </span>
            <button type="button" data-testid="export-csv" on:click=move |_| download::save("focal-lab-test-split.csv", "text/csv", &engine.with(|l| dump_csv(l)))>{t(msg::LAB_EXPORT_CSV)}</button>
            <button type="button" data-testid="export-json" on:click=move |_| download::save("focal-lab-history.json", "application/json", &engine.with(|l| history_json(l)))>{t(msg::LAB_EXPORT_JSON)}</button>
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
            .unwrap_or_else(|| t(msg::LAB_CHART_PENDING).into())
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
    let args = [
        ("title", h.title.as_str()),
        ("positives", &count(h.positives.len() as f64)),
        ("negatives", &count(h.negatives.len() as f64)),
    ];
    tf(msg::HEATMAP_SUMMARY, &args)
}
