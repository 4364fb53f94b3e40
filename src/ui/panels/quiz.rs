//! "Check yourself" beside each panel: the reader commits an answer, then sees whether it is
//! right, why (`quiz.rs` computes the answer and the explanation from the state), and the
//! panel set to the state that shows it. Answers are kept in this browser's local storage
//! only, and can be forgotten.

use crate::i18n::{msg, t, tf};
use crate::quiz::{checks, read_number, Check, Given, Kind};
use crate::state::{codec, Panel, State};
use leptos::either::Either;
use leptos::prelude::*;

const STORE: &str = "focal-loss-explorer:checks";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The kept answers: `id=answer` pairs, one per line.
fn kept() -> Vec<(String, String)> {
    storage()
        .and_then(|s| s.get_item(STORE).ok().flatten())
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())))
        .collect()
}

fn keep(id: &str, answer: Option<&str>) {
    let mut all: Vec<(String, String)> = kept().into_iter().filter(|(k, _)| k != id).collect();
    if let Some(a) = answer {
        all.push((id.to_owned(), a.to_owned()));
    }
    if let Some(s) = storage() {
        let text: Vec<String> = all.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let _ = s.set_item(STORE, &text.join("\n"));
    }
}

/// The outcome of a committed answer.
#[derive(Clone, Debug, PartialEq)]
struct Outcome {
    right: bool,
    words: String,
}

fn judge(check: &Check, typed: &str) -> Result<Outcome, String> {
    let given = match &check.kind {
        Kind::Number { .. } => Given::Number(
            read_number(typed)
                .ok_or_else(|| tf(msg::QUIZ_NOT_A_NUMBER, &[("raw", typed.trim())]))?,
        ),
        Kind::Choice { options, .. } => Given::Choice(
            typed
                .parse::<usize>()
                .ok()
                .filter(|i| *i < options.len())
                .ok_or_else(|| t(msg::QUIZ_PICK_FIRST).to_owned())?,
        ),
    };
    let right = check.is_right(given);
    let answer = match &check.kind {
        Kind::Number { answer, .. } => crate::format::num(*answer),
        Kind::Choice { options, right } => options[*right].to_owned(),
    };
    let words = if right {
        tf(msg::QUIZ_RIGHT, &[("why", &check.explanation)])
    } else {
        tf(
            msg::QUIZ_WRONG,
            &[("answer", &answer), ("why", &check.explanation)],
        )
    };
    Ok(Outcome { right, words })
}

/// The checks about `panel`, if any.
#[component]
pub fn Checks(panel: Panel, state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let mine: Vec<Check> = state.with_untracked(|s| {
        checks(s)
            .into_iter()
            .filter(|c| c.panel == panel && s.classroom.asks(c.id))
            .collect()
    });
    (!mine.is_empty()).then(|| {
        let items = mine
            .into_iter()
            .map(|c| view! { <OneCheck id=c.id question=c.question kind=c.kind state=state set_state=set_state/> })
            .collect_view();
        view! {
            <aside class="panel checks" aria-label=tf(msg::QUIZ_LABEL, &[("panel", panel.title())])>
                <h3>{t(msg::QUIZ_HEADING)}</h3>
                {items}
            </aside>
        }
    })
}

#[component]
fn OneCheck(
    id: &'static str,
    question: String,
    kind: Kind,
    state: Memo<State>,
    set_state: WriteSignal<State>,
) -> impl IntoView {
    let (typed, set_typed) = signal(String::new());
    let outcome = RwSignal::new(None::<Result<Outcome, String>>);
    // The answer is judged against the state as it is now (the imbalance view's
    // distributions, say), then the panel is set to the state that shows it.
    let commit = move |answer: String| {
        let Some(check) = checks(&state.get_untracked())
            .into_iter()
            .find(|c| c.id == id)
        else {
            return;
        };
        let judged = judge(&check, &answer);
        if judged.is_ok() {
            keep(id, Some(&answer));
            set_state.update(|s| {
                codec::apply(s, check.shows);
                codec::reconcile(s);
            });
        }
        outcome.set(Some(judged));
    };
    // An answer kept from an earlier visit is shown as committed, without moving the panel.
    if let Some((_, a)) = kept().into_iter().find(|(k, _)| k == id) {
        if let Some(check) = checks(&state.get_untracked())
            .into_iter()
            .find(|c| c.id == id)
        {
            set_typed.set(a.clone());
            outcome.set(Some(judge(&check, &a)));
        }
    }
    let label = format!("quiz-{id}-label");
    let (input_label, group_label) = (label.clone(), label.clone());
    // `Either`, not `AnyView`: a type-erased view's functions are compiled into the first
    // module.
    let input = match kind {
        Kind::Number { .. } => Either::Left(view! {
            <input type="text" inputmode="decimal" data-testid=format!("quiz-{id}-answer")
                aria-labelledby=input_label prop:value=typed
                on:input=move |ev| set_typed.set(event_target_value(&ev))/>
        }),
        Kind::Choice { options, .. } => Either::Right(view! {
            <select data-testid=format!("quiz-{id}-answer") aria-labelledby=input_label
                prop:value=typed on:change=move |ev| set_typed.set(event_target_value(&ev))>
                <option value="">{t(msg::QUIZ_YOUR_ANSWER)}</option>
                {options.into_iter().enumerate().map(|(i, o)| view! { <option value=i.to_string()>{o}</option> }).collect_view()}
            </select>
        }),
    };
    view! {
        <div class="check" role="group" aria-labelledby=group_label data-testid=format!("quiz-{id}")>
            <p id=label>{question}</p>
            <div class="list-buttons">
                {input}
                <button type="button" data-testid=format!("quiz-{id}-submit")
                    on:click=move |_| commit(typed.get_untracked())>{t(msg::QUIZ_CHECK)}</button>
                <button type="button" data-testid=format!("quiz-{id}-forget")
                    on:click=move |_| { keep(id, None); set_typed.set(String::new()); outcome.set(None); }>
                    {t(msg::QUIZ_FORGET)}
                </button>
            </div>
            <p aria-live="polite" class="check-result">
                {move || outcome.get().map(|o| match o {
                    Ok(o) => Either::Left(view! {
                        <span data-testid=format!("quiz-{id}-result") data-value=if o.right { "right" } else { "wrong" }>{o.words}</span>
                    }),
                    Err(why) => Either::Right(view! { <span class="problem" data-testid=format!("quiz-{id}-problem")>{why}</span> }),
                })}
            </p>
        </div>
    }
}
