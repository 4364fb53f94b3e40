//! "Your predictions": a reader's own scores and labels (a file, a drop, a paste or the
//! generated sample), and what cross-entropy and focal loss at the panel's γ and α make of
//! them. The rows stay in this tab: nothing is sent, nothing goes in the link.

mod load;
mod readouts;

use crate::core::yours::LISTED_ERRORS;
use crate::format::count;
use crate::state::{State, ALPHA, GAMMA};
use crate::ui::browser::settle;
use crate::ui::widgets::controls::BoundNumber;
use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use load::{Data, Source, Stopped};
use std::sync::Arc;

/// What the panel is doing with its input.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    /// Reading: the fraction done.
    Loading(f64),
    Idle,
}

#[component]
pub fn YoursPanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let data = RwSignal::new(None::<Arc<Data>>);
    let status = RwSignal::new(Status::Idle);
    let problem = RwSignal::new(None::<String>);
    let start = move |source: Source| {
        status.set(Status::Loading(0.0));
        problem.set(None);
        spawn_local(async move {
            let outcome = load::load(source, move |f| status.set(Status::Loading(f))).await;
            match outcome {
                Ok(d) => {
                    data.set(Some(Arc::new(d)));
                    status.set(Status::Idle);
                }
                Err(Stopped::Superseded) => {}
                Err(Stopped::Refused(p)) => {
                    problem.set(Some(format!("{p} The data shown before is kept.")));
                    status.set(Status::Idle);
                }
                Err(Stopped::Unreadable(why)) => {
                    problem.set(Some(format!(
                        "The file could not be read ({why}). The data shown before is kept."
                    )));
                    status.set(Status::Idle);
                }
            }
        });
    };
    // Never empty: a first-time reader sees the sample.
    start(Source::Sample);
    let (dragging, set_dragging) = signal(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            start(Source::File(file));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            start(Source::File(file));
        }
    };
    // The pasted text, kept as it is typed (read through the page's one `value` binding).
    let (pasted, set_pasted) = signal(String::new());
    let on_paste_load = move |_| start(Source::Text(pasted.get_untracked()));
    let live = Memo::new(move |_| state.with(|s| (s.shared.gamma, s.shared.alpha)));
    let settled = settle::paused(live);
    let model = readouts::YoursModel::new(data, live, settled);
    view! {
        <section class="panel yours" id="yours" aria-labelledby="yours-title" data-testid="yours"
            class:dragging=dragging
            on:dragover=move |ev| { ev.prevent_default(); set_dragging.set(true); }
            on:dragleave=move |_| set_dragging.set(false)
            on:drop=on_drop
        >
            <h2 id="yours-title">"Your predictions"</h2>
            <p>
                "What would focal loss do to " <em>"your"</em> " model’s outputs? Load a table with a header row: "
                <code>"label"</code> " (0 or 1) and one of " <code>"logit"</code> " (a raw score) or "
                <code>"prob"</code> " (the positive class’s probability); other columns are ignored, and commas, tabs, semicolons or spaces all work. "
                "A detector’s per-class sigmoid outputs become one row per anchor and class: label 1 where the anchor is assigned to an object of that class."
            </p>
            <p class="privacy" data-testid="yours-privacy">
                "Your file is read in this tab and never leaves it: nothing is uploaded, and the data is not put in the link (the link keeps γ and α only)."
            </p>
            <div class="yours-inputs list-buttons">
                <label class="file-pick">
                    "Open a file (or drop it on this panel) "
                    <input type="file" data-testid="yours-file" accept=".csv,.tsv,.txt,text/csv,text/plain" on:change=on_file/>
                </label>
                <button type="button" data-testid="yours-sample" on:click=move |_| start(Source::Sample)>
                    "Load the sample (100,100 anchors, 1:1000)"
                </button>
                <details class="paste">
                    <summary>"Paste rows instead"</summary>
                    <label for="yours-paste">"Rows, header first"</label>
                    <textarea id="yours-paste" data-testid="yours-paste" rows="6"
                        on:input=move |ev| set_pasted.set(event_target_value(&ev))
                        placeholder="label,logit\n1,2.3\n0,-4.1"></textarea>
                    <button type="button" data-testid="yours-load" on:click=on_paste_load>"Load the pasted rows"</button>
                </details>
            </div>
            <p class="yours-status" data-testid="yours-status" aria-live="polite">
                // `Either`, not `AnyView`: a type-erased view's functions are compiled into the
                // first module (they go through the shared function table).
                {move || match status.get() {
                    Status::Loading(f) => Either::Left(view! {
                        "Reading… " <progress data-testid="yours-progress" max="1" value=f></progress>
                    }),
                    Status::Idle => Either::Right(data.get().map(|d| described(&d)).unwrap_or_default()),
                }}
            </p>
            <p class="problem" role="alert" data-testid="yours-problem">{move || problem.get()}</p>
            <div class="explorer-grid">
                <div class="controls">
                    <BoundNumber param=&GAMMA prefix="yours-" state=state set_state=set_state/>
                    <BoundNumber param=&ALPHA prefix="yours-" state=state set_state=set_state/>
                    <RefusedRows data=data/>
                </div>
                <div class="results">
                    <readouts::Summary model=model/>
                </div>
            </div>
            <readouts::Charts model=model/>
        </section>
    }
}

/// "100,100 rows from the sample (commas, logit column), read in 0.3 s."
fn described(d: &Data) -> String {
    let p = &d.loaded.predictions;
    format!(
        "{} rows from {} ({}, {} column), read and summarised in {:.2} s.",
        count(p.labels.len() as f64),
        d.name,
        d.loaded.delimiter.name(),
        p.kind.name(),
        d.millis / 1000.0
    )
}

/// The refused rows: how many, and the first ones with their line and reason.
#[component]
fn RefusedRows(data: RwSignal<Option<Arc<Data>>>) -> impl IntoView {
    let refused = Memo::new(move |_| data.with(|d| d.as_ref().map_or(0, |d| d.loaded.refused)));
    view! {
        <div class="refused" data-testid="yours-errors" data-value=move || refused.get().to_string()>
            {move || {
                let n = refused.get();
                if n == 0 {
                    return Either::Left(view! { <p>"No row was refused."</p> });
                }
                let listed = data.with(|d| {
                    d.as_ref().map(|d| {
                        d.loaded
                            .errors
                            .iter()
                            .map(|e| view! { <li>{format!("line {}: {}", e.line, e.problem)}</li> })
                            .collect_view()
                    })
                });
                let head = if n > LISTED_ERRORS {
                    format!("{} rows were refused (the good rows are used); the first {LISTED_ERRORS}:", count(n as f64))
                } else {
                    format!("{n} row{} refused (the good rows are used):", if n == 1 { " was" } else { "s were" })
                };
                Either::Right(view! { <p>{head}</p><ol class="refused-rows">{listed}</ol> })
            }}
        </div>
    }
}
