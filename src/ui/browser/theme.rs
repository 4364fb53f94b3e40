//! The browser environment the charts depend on: dark mode and layout changes, as signals
//! the page provides once. The listeners are registered once for the page.
//!
//! Thread-locals, not contexts: a page has one of each, and every `use_context` would be
//! compiled into the first module.

use crate::state::Theme;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

thread_local! {
    /// Whether the page is in dark mode.
    static DARK: std::cell::Cell<Option<Signal<bool>>> = const { std::cell::Cell::new(None) };
    /// Changes whenever the layout may have resized a canvas.
    static RESIZED: std::cell::Cell<Option<ReadSignal<u32>>> = const { std::cell::Cell::new(None) };
    static RESIZE: std::cell::Cell<Option<WriteSignal<u32>>> = const { std::cell::Cell::new(None) };
    /// Whether the page is in presenter mode (set by the later module, which also has the
    /// charts redrawn: a `Cell`, not a signal, keeps this out of the first module's code).
    static PRESENT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether the page counts its charts' paints (`?bench=paints`).
    static COUNT_PAINTS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Provides the environment. `theme` is the page's choice: follow the system, light or
/// dark.
pub fn provide(theme: Signal<Theme>) {
    let query = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten();
    let (system_dark, set_dark) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(q) = query {
        let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| set_dark.set(e.matches()),
        );
        let _ = q.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // Lives as long as the page, registered once.
        on_change.forget();
    }
    let (resized, set_resized) = signal(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| relayout());
    on_cleanup(move || handle.remove());
    let dark = Memo::new(move |_| match theme.get() {
        Theme::Light => false,
        Theme::Dark => true,
        _ => system_dark.get(),
    });
    // The page's own colours follow the same choice, through an attribute on <html>.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = match theme.get() {
                Theme::Light => root.set_attribute("data-theme", "light"),
                Theme::Dark => root.set_attribute("data-theme", "dark"),
                _ => root.remove_attribute("data-theme"),
            };
        }
    });
    DARK.set(Some(dark.into()));
    RESIZED.set(Some(resized));
    RESIZE.set(Some(set_resized));
}

/// Makes every chart show how many times it has been drawn (`?bench=paints`).
pub fn count_paints() {
    COUNT_PAINTS.set(true);
}

/// Whether each chart shows how many times it has been drawn (`paints-<chart>`).
pub fn counts_paints() -> bool {
    COUNT_PAINTS.get()
}

/// Dark mode (always light where the page has not provided it: a component test).
pub fn dark() -> Signal<bool> {
    DARK.get().unwrap_or_else(|| Signal::derive(|| false))
}

/// Whether the charts draw for presenter mode.
pub fn presenting() -> bool {
    PRESENT.get()
}

/// Has every chart redraw, as after a resize.
fn relayout() {
    if let Some(set) = RESIZE.get() {
        set.update(|n| *n = n.wrapping_add(1));
    }
}

/// Turns the charts' presenter mode on or off and has every chart redraw.
pub fn set_presenting(on: bool) {
    if PRESENT.replace(on) != on {
        relayout();
    }
}

pub fn resized() -> ReadSignal<u32> {
    RESIZED.get().unwrap_or_else(|| signal(0).0)
}
