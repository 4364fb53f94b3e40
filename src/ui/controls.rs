//! Controls generated from the schema: a labelled range input paired with a number box for
//! exact entry, and a choice. They only report values; the panel decides what they mean.

use crate::format::{data_value, step_decimals};
use crate::state::codec::clamp;
use crate::state::schema::{Kind, Param};
use leptos::prelude::*;

fn range_of(param: &Param) -> (f64, f64, f64) {
    match param.kind {
        Kind::Number { min, max, step, .. } => (min, max, step),
        Kind::Choice { .. } => (0.0, 1.0, 1.0),
    }
}

#[component]
pub fn NumberControl(
    param: &'static Param,
    #[prop(into)] value: Signal<f64>,
    on_change: Callback<f64>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let (min, max, step) = range_of(param);
    let digits = step_decimals(step);
    let (problem, set_problem) = signal(None::<String>);
    let range_id = format!("{}-range", param.key);
    let number_id = format!("{}-number", param.testid);
    let problem_id = format!("{}-problem", param.testid);
    let from_range = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            set_problem.set(None);
            on_change.run(clamp(param, v));
        }
    };
    let from_number = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        match raw.trim().parse::<f64>() {
            Ok(v) if v.is_finite() => {
                let used = clamp(param, v);
                set_problem.set(
                    (used != v).then(|| format!("{raw} is outside {min} to {max}; using {used}.")),
                );
                on_change.run(used);
            }
            _ => set_problem.set(Some(format!(
                "“{}” is not a number. Type a value from {min} to {max}.",
                raw.trim()
            ))),
        }
    };
    view! {
        <div class="control">
            <label for=range_id.clone()>{param.label}</label>
            <div class="control-row">
                <input
                    type="range"
                    id=range_id
                    data-testid=param.testid
                    data-value=move || data_value(value.get())
                    min=min
                    max=max
                    step=step
                    prop:value=move || value.get().to_string()
                    aria-valuetext=move || format!("{} {:.*}", param.spoken, digits.max(1), value.get())
                    disabled=move || disabled.get()
                    on:input=from_range
                />
                <input
                    type="number"
                    id=number_id
                    data-testid=format!("{}-number", param.testid)
                    aria-label=format!("{} (exact value)", param.label)
                    aria-describedby=problem_id.clone()
                    aria-invalid=move || problem.get().is_some().to_string()
                    min=min
                    max=max
                    step="any"
                    prop:value=move || value.get().to_string()
                    disabled=move || disabled.get()
                    on:change=from_number
                />
            </div>
            <p class="problem" id=problem_id aria-live="polite" data-testid=format!("{}-problem", param.testid)>
                {move || problem.get()}
            </p>
        </div>
    }
}

#[component]
pub fn ChoiceControl(
    param: &'static Param,
    #[prop(into)] selected: Signal<usize>,
    on_change: Callback<usize>,
) -> impl IntoView {
    let options = match param.kind {
        Kind::Choice { options, .. } => options,
        Kind::Number { .. } => &[],
    };
    let id = format!("{}-select", param.key);
    view! {
        <div class="control">
            <label for=id.clone()>{param.label}</label>
            <select
                id=id
                data-testid=param.testid
                data-value=move || options[selected.get()].0
                prop:value=move || options[selected.get()].0
                on:change=move |ev| {
                    let token = event_target_value(&ev);
                    if let Some(i) = options.iter().position(|(t, _)| *t == token) {
                        on_change.run(i);
                    }
                }
            >
                {options
                    .iter()
                    .map(|(token, label)| view! { <option value=*token>{*label}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
