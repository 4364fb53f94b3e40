//! Says what the URL decoder had to change, so a bad link is never silently different.
//! Reached only through the later module (`later.rs`), fetched at once when a link needs
//! it: the notice and the words of every correction cost the first module 10 KB of code (2.8 KB gzip).

use crate::i18n::{msg, t};
use crate::state::codec::Correction;
use leptos::prelude::*;

/// The notice, for `later.rs`.
pub fn notice(corrections: Vec<Correction>) -> AnyView {
    view! { <Notice corrections=corrections/> }.into_any()
}

#[component]
fn Notice(corrections: Vec<Correction>) -> impl IntoView {
    let (open, set_open) = signal(!corrections.is_empty());
    let lines: Vec<String> = corrections.iter().map(|c| c.to_string()).collect();
    view! {
        <Show when=move || open.get()>
            <div class="notice" role="status" data-testid="notice">
                <p><strong>{t(msg::NOTICE_HEADING)}</strong></p>
                <ul>{lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
                <button type="button" on:click=move |_| set_open.set(false)>{t(msg::NOTICE_DISMISS)}</button>
            </div>
        </Show>
    }
}
