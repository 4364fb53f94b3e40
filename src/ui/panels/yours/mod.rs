//! "Your predictions": a reader's own scores and labels (a file, a drop, a paste or the
//! generated sample), and what cross-entropy and focal loss at the panel's γ and α make of
//! them. The rows stay in this tab: nothing is sent, nothing goes in the link.

mod load;
mod readouts;

use crate::core::yours::Delimiter;
use crate::core::yours::LISTED_ERRORS;
use crate::format::count;
use crate::i18n::{msg, t, tf};
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
                    problem.set(Some(tf(msg::YOURS_KEPT, &[("problem", &p.to_string())])));
                    status.set(Status::Idle);
                }
                Err(Stopped::Unreadable(why)) => {
                    problem.set(Some(tf(msg::YOURS_UNREADABLE, &[("why", &why)])));
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
            <h2 id="yours-title">{t(msg::PANEL_YOURS)}</h2>
            <p>{t(msg::YOURS_INTRO)}</p>
            <p class="privacy" data-testid="yours-privacy">{t(msg::YOURS_PRIVACY)}</p>
            <div class="yours-inputs list-buttons">
                <label class="file-pick">
                    {t(msg::YOURS_OPEN)}" "
                    <input type="file" data-testid="yours-file" accept=".csv,.tsv,.txt,text/csv,text/plain" on:change=on_file/>
                </label>
                <button type="button" data-testid="yours-sample" on:click=move |_| start(Source::Sample)>
                    {tf(msg::YOURS_SAMPLE, &[("anchors", &count(100_100.0)), ("ratio", &crate::format::ratio(1000.0))])}
                </button>
                <details class="paste">
                    <summary>{t(msg::YOURS_PASTE)}</summary>
                    <label for="yours-paste">{t(msg::YOURS_PASTE_LABEL)}</label>
                    <textarea id="yours-paste" data-testid="yours-paste" rows="6"
                        on:input=move |ev| set_pasted.set(event_target_value(&ev))
                        placeholder="label,logit\n1,2.3\n0,-4.1"></textarea>
                    <button type="button" data-testid="yours-load" on:click=on_paste_load>{t(msg::YOURS_LOAD)}</button>
                </details>
            </div>
            <p class="yours-status" data-testid="yours-status" aria-live="polite">
                // `Either`, not `AnyView`: a type-erased view's functions are compiled into the
                // first module (they go through the shared function table).
                {move || match status.get() {
                    Status::Loading(f) => Either::Left(view! {
                        {t(msg::YOURS_READING)}" " <progress data-testid="yours-progress" max="1" value=f></progress>
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
    let delimiter = match d.loaded.delimiter {
        Delimiter::Comma => msg::DELIMITER_COMMAS,
        Delimiter::Tab => msg::DELIMITER_TABS,
        Delimiter::Semicolon => msg::DELIMITER_SEMICOLONS,
        Delimiter::Spaces => msg::DELIMITER_SPACES,
    };
    let args = [
        ("rows", count(p.labels.len() as f64)),
        ("source", d.name.clone()),
        ("delimiter", t(delimiter).to_owned()),
        ("column", p.kind.name().to_owned()),
        (
            "seconds",
            crate::i18n::number::local(&format!("{:.2}", d.millis / 1000.0)),
        ),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tf(msg::YOURS_DESCRIBED, &args)
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
                    return Either::Left(view! { <p>{t(msg::YOURS_NONE_REFUSED)}</p> });
                }
                let listed = data.with(|d| {
                    d.as_ref().map(|d| {
                        d.loaded
                            .errors
                            .iter()
                            .map(|e| view! { <li>{tf(msg::YOURS_REFUSED_LINE, &[("line", &e.line.to_string()), ("problem", &e.problem.to_string())])}</li> })
                            .collect_view()
                    })
                });
                let head = if n > LISTED_ERRORS {
                    tf(msg::YOURS_REFUSED_MANY, &[("n", &count(n as f64)), ("listed", &LISTED_ERRORS.to_string())])
                } else if n == 1 {
                    t(msg::YOURS_REFUSED_ONE).to_owned()
                } else {
                    tf(msg::YOURS_REFUSED_SOME, &[("n", &count(n as f64))])
                };
                Either::Right(view! { <p>{head}</p><ol class="refused-rows">{listed}</ol> })
            }}
        </div>
    }
}
