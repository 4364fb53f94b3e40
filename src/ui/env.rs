//! The browser environment the charts depend on: dark mode and layout changes, as signals
//! provided through context. The listeners are registered once for the page.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Whether the page is in dark mode.
#[derive(Clone, Copy)]
pub struct Dark(pub ReadSignal<bool>);

/// Changes whenever the layout may have resized a canvas.
#[derive(Clone, Copy)]
pub struct Resized(pub ReadSignal<u32>);

pub fn provide() {
    let query = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten();
    let (dark, set_dark) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(q) = query {
        let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| set_dark.set(e.matches()),
        );
        let _ = q.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // Lives as long as the page, registered once.
        on_change.forget();
    }
    let (resized, set_resized) = signal(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        set_resized.update(|n| *n = n.wrapping_add(1))
    });
    on_cleanup(move || handle.remove());
    provide_context(Dark(dark));
    provide_context(Resized(resized));
}

pub fn dark() -> ReadSignal<bool> {
    use_context::<Dark>()
        .map(|d| d.0)
        .unwrap_or_else(|| signal(false).0)
}

pub fn resized() -> ReadSignal<u32> {
    use_context::<Resized>()
        .map(|r| r.0)
        .unwrap_or_else(|| signal(0).0)
}
