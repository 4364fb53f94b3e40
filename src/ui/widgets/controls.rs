//! Controls generated from the parameter table: a labelled range input paired with a number
//! box for exact entry, a list, and a choice. Every control is bound to its row: it reads
//! the state through the row's `get` and writes through [`State::set`], so a panel names the
//! row and nothing else.

use crate::format::{data_value, step_decimals};
use crate::i18n::number::{local, parse};
use crate::i18n::{msg, t, tf, Msg};
use crate::state::codec::{clamp, from_slider, slider_range, to_slider};
use crate::state::{Kind, Param, State, Value};
use leptos::prelude::*;

/// How a teacher's link shows a row's control: `(hidden, locked)`. Read once: a page's
/// `hide=` and `lock=` come from its link and never change while it is open. A locked
/// control is disabled and its box marked `data-locked`, which the stylesheet follows with
/// "Fixed by your teacher’s link." (a note in CSS: as an element of its own in each kind of
/// control it cost the first module 0.5 KB).
pub fn classroom(state: Memo<State>, key: &str) -> (bool, bool) {
    state.with_untracked(|s| (s.classroom.hides(key), s.classroom.locks(key)))
}

fn range_of(param: &Param) -> (f64, f64, f64) {
    match param.kind {
        Kind::Number { min, max, step, .. } | Kind::Integer { min, max, step, .. } => {
            (min, max, step)
        }
        Kind::List { min, max, .. } => (min, max, 1.0),
        Kind::Choice { .. } | Kind::Set { .. } => (0.0, 1.0, 1.0),
    }
}

#[component]
fn NumberControl(
    param: &'static Param,
    #[prop(into)] value: Signal<f64>,
    on_change: Callback<f64>,
    #[prop(into, optional)] disabled: Signal<bool>,
    /// Fixed by a teacher's link.
    #[prop(optional)]
    locked: bool,
    /// Prepended to ids and test ids when a control appears in more than one panel.
    #[prop(optional)]
    prefix: &'static str,
    /// The row is switched off: `data-value` is its off token (α's `none`), the value in use.
    #[prop(into, optional)]
    off: Signal<bool>,
) -> impl IntoView {
    let (min, max, step) = range_of(param);
    let off_token = match param.kind {
        Kind::Number { off: Some(o), .. } => o.token,
        _ => "",
    };
    let (slider_min, slider_max, slider_step) = slider_range(param);
    let digits = step_decimals(step);
    let (problem, set_problem) = signal(None::<String>);
    let testid = format!("{prefix}{}", param.testid);
    let range_id = format!("{testid}-range");
    let number_id = format!("{testid}-number");
    let problem_id = format!("{testid}-problem");
    let from_range = move |ev: leptos::ev::Event| {
        if let Ok(position) = event_target_value(&ev).parse::<f64>() {
            set_problem.set(None);
            on_change.run(from_slider(param, position));
        }
    };
    let from_number = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        let (lo, hi) = (local(&min.to_string()), local(&max.to_string()));
        match parse(&raw) {
            Some(v) => {
                let used = clamp(param, v);
                set_problem.set((used != v).then(|| {
                    let used = local(&used.to_string());
                    let args = [
                        ("raw", raw.trim()),
                        ("min", &lo),
                        ("max", &hi),
                        ("used", &used),
                    ];
                    tf(msg::CONTROL_OUTSIDE, &args)
                }));
                on_change.run(used);
            }
            None => set_problem.set(Some(tf(
                msg::CONTROL_NOT_A_NUMBER,
                &[("raw", raw.trim()), ("min", &lo), ("max", &hi)],
            ))),
        }
    };
    view! {
        <div class="control" data-locked=locked>
            <label for=range_id.clone()>{t(param.label)}</label>
            <div class="control-row">
                <input
                    type="range"
                    dir="ltr"
                    id=range_id
                    data-testid=testid.clone()
                    data-value=move || if off.get() { off_token.to_owned() } else { data_value(value.get()) }
                    min=slider_min
                    max=slider_max
                    step=slider_step
                    prop:value=move || to_slider(param, value.get()).to_string()
                    aria-valuetext=move || format!("{} {}", t(param.spoken), local(&format!("{:.*}", digits.max(1), value.get())))
                    disabled=move || locked || disabled.get()
                    on:input=from_range
                />
                <input
                    type="text"
                    inputmode="decimal"
                    dir="ltr"
                    id=number_id
                    data-testid=format!("{testid}-number")
                    aria-label=tf(msg::CONTROL_EXACT_VALUE, &[("label", t(param.label))])
                    aria-describedby=problem_id.clone()
                    aria-invalid=move || problem.get().is_some().to_string()
                    prop:value=move || local(&value.get().to_string())
                    disabled=move || locked || disabled.get()
                    on:change=from_number
                />
            </div>
            <p class="problem" id=problem_id aria-live="polite" data-testid=format!("{testid}-problem")>
                {move || problem.get()}
            </p>
        </div>
    }
}

/// A number control bound to its row: it reads the state through the row's `get` (a memo,
/// so it updates only when its own value changes) and writes through [`State::set`], which
/// applies the cross-field rules. A row that can be switched off (α's "none") gets its
/// switch beside it; while off, the slider is disabled and keeps the last number it showed,
/// which switching back on restores.
#[component]
pub fn BoundNumber(
    param: &'static Param,
    state: Memo<State>,
    set_state: WriteSignal<State>,
    #[prop(into, optional)] disabled: Signal<bool>,
    /// Prepended to ids and test ids when a control appears in more than one panel.
    #[prop(optional)]
    prefix: &'static str,
) -> impl IntoView {
    let (hidden, locked) = classroom(state, param.key);
    if hidden {
        return ().into_any();
    }
    let value = Memo::new(
        move |last: Option<&f64>| match state.with(|s| (param.get)(s)) {
            Value::Number(x) => x,
            _ => last.copied().unwrap_or_else(|| param.default_number()),
        },
    );
    let on_change = Callback::new(move |v| set_state.update(|s| s.set(param, Value::Number(v))));
    let off = match param.kind {
        Kind::Number { off: Some(off), .. } => Some(off),
        _ => None,
    };
    let Some(off) = off else {
        return view! { <NumberControl param=param value=value on_change=on_change disabled=disabled locked=locked prefix=prefix/> }
            .into_any();
    };
    let is_off = Memo::new(move |_| state.with(|s| (param.get)(s) == Value::Off));
    let switch = move |ev: leptos::ev::Event| {
        let v = if event_target_checked(&ev) {
            Value::Off
        } else {
            Value::Number(value.get_untracked())
        };
        set_state.update(|s| s.set(param, v));
    };
    view! {
        <NumberControl
            param=param
            value=value
            on_change=on_change
            disabled=Signal::derive(move || disabled.get() || is_off.get())
            locked=locked
            prefix=prefix
            off=is_off
        />
        <label class="switch">
            <input
                type="checkbox"
                data-testid=format!("{prefix}no-{}", param.testid)
                data-value=move || is_off.get().to_string()
                prop:checked=is_off
                disabled=locked
                on:change=switch
            />
            " "{t(off.label)}
        </label>
    }
    .into_any()
}

/// A choice bound to its row: shows the state's option and writes the one picked.
#[component]
pub fn ChoiceControl(
    param: &'static Param,
    state: Memo<State>,
    set_state: WriteSignal<State>,
) -> impl IntoView {
    let (hidden, locked) = classroom(state, param.key);
    let options = match param.kind {
        Kind::Choice { options, .. } => options,
        _ => &[],
    };
    let selected = Memo::new(move |_| match state.with(|s| (param.get)(s)) {
        Value::Choice(i) => options[i].0,
        _ => "",
    });
    let id = format!("{}-select", param.key);
    // Hidden by a teacher's link: in the page but not shown (one view type for both).
    view! {
        <div class="control" hidden=hidden data-locked=locked>
            <label for=id.clone()>{t(param.label)}</label>
            <select
                id=id
                data-testid=param.testid
                data-value=selected
                prop:value=selected
                disabled=locked
                on:change=move |ev| {
                    let token = event_target_value(&ev);
                    if let Some(i) = options.iter().position(|(t, _)| *t == token) {
                        set_state.update(|s| s.set(param, Value::Choice(i)));
                    }
                }
            >
                {options
                    .iter()
                    .map(|(token, label)| view! { <option value=*token>{t(*label)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// What a list's entries are called, and its buttons' texts.
#[derive(Clone, Copy)]
pub struct ListItem {
    pub name: Msg,
    pub add: Msg,
    pub remove: Msg,
}

pub const CLASSES: ListItem = ListItem {
    name: msg::LIST_ITEM_CLASS,
    add: msg::LIST_ADD_CLASS,
    remove: msg::LIST_REMOVE_CLASS,
};

pub const ALPHAS: ListItem = ListItem {
    name: msg::LIST_ITEM_ALPHA,
    add: msg::LIST_ADD_ALPHA,
    remove: msg::LIST_REMOVE_ALPHA,
};

/// A list bound to its row: one number box per entry, with add and remove buttons that
/// respect the row's length bounds. Entries are clamped to the row's range; the list is
/// written through [`State::set`], so lists that follow another (α per class) stay in step.
#[component]
pub fn BoundList(
    param: &'static Param,
    state: Memo<State>,
    set_state: WriteSignal<State>,
    /// What each entry is called, and the buttons that add and remove one.
    item: ListItem,
    /// The value a new entry starts with.
    new_value: f64,
) -> impl IntoView {
    let (hidden, locked) = classroom(state, param.key);
    let (min_len, max_len) = match param.kind {
        Kind::List {
            min_len, max_len, ..
        } => (min_len, max_len),
        _ => (0, 0),
    };
    let values = Memo::new(move |_| state.with(|s| (param.get)(s).list()));
    let on_change =
        Callback::new(move |v: Vec<f64>| set_state.update(|s| s.set(param, Value::List(v))));
    let testid = param.testid;
    let entries = move || {
        let vs = values.get();
        vs.iter()
            .enumerate()
            .map(|(k, v)| {
                let v = *v;
                view! {
                    <label class="list-entry">
                        <span>{tf(msg::LIST_ENTRY, &[("item", t(item.name)), ("k", &k.to_string())])}</span>
                        <input
                            type="text"
                            inputmode="decimal"
                            data-testid=format!("{testid}-{k}")
                            data-value=data_value(v)
                            prop:value=local(&v.to_string())
                            disabled=locked
                            on:change=move |ev| {
                                if let Some(x) = parse(&event_target_value(&ev)) {
                                    let mut next = values.get_untracked();
                                    // The entry may have been removed since this box was drawn.
                                    if let Some(slot) = next.get_mut(k) {
                                        *slot = clamp(param, x);
                                        on_change.run(next);
                                    }
                                }
                            }
                        />
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="list-control" data-testid=testid hidden=hidden data-locked=locked>
            <legend>{t(param.label)}</legend>
            <div class="list-entries">{entries}</div>
            <div class="list-buttons">
                <button
                    type="button"
                    data-testid=format!("{testid}-add")
                    disabled={move || locked || values.get().len() >= max_len}
                    on:click=move |_| {
                        let mut next = values.get_untracked();
                        next.push(new_value);
                        on_change.run(next);
                    }
                >
                    {t(item.add)}
                </button>
                <button
                    type="button"
                    data-testid=format!("{testid}-remove")
                    disabled={move || locked || values.get().len() <= min_len}
                    on:click=move |_| {
                        let mut next = values.get_untracked();
                        next.pop();
                        on_change.run(next);
                    }
                >
                    {t(item.remove)}
                </button>
            </div>
        </fieldset>
    }
}
