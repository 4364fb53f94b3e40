//! A labelled number with its test hooks: `data-testid` and the full-precision `data-value`.

use crate::format::{data_value, num};
use leptos::prelude::*;

/// One row of the readout table.
#[component]
pub fn Readout(
    testid: &'static str,
    label: &'static str,
    #[prop(into)] value: Signal<f64>,
    /// Optional words after the number.
    #[prop(into, optional)]
    note: Option<Signal<String>>,
    /// How the number is shown (default: four significant digits).
    #[prop(optional)]
    show: Option<fn(f64) -> String>,
) -> impl IntoView {
    let show = show.unwrap_or(num);
    view! {
        <div class="readout">
            <dt>{label}</dt>
            <dd data-testid=testid data-value=move || data_value(value.get())>
                <span class="number" dir="ltr">{move || show(value.get())}</span>
                {note.map(|n| view! { <span class="note">{move || n.get()}</span> })}
            </dd>
        </div>
    }
}
