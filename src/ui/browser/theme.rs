//! The browser environment the charts depend on: dark mode and layout changes, as signals
//! provided through context. The listeners are registered once for the page.

use crate::state::Theme;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Whether the page is in dark mode.
#[derive(Clone, Copy)]
pub struct Dark(pub Signal<bool>);

/// Changes whenever the layout may have resized a canvas.
#[derive(Clone, Copy)]
pub struct Resized(pub ReadSignal<u32>);

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
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        set_resized.update(|n| *n = n.wrapping_add(1))
    });
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
    provide_context(Dark(dark.into()));
    provide_context(Resized(resized));
}

/// Present when the page counts its charts' paints (`?bench=paints`).
#[derive(Clone, Copy)]
pub struct CountPaints;

/// Whether each chart shows how many times it has been drawn (`paints-<chart>`).
pub fn counts_paints() -> bool {
    use_context::<CountPaints>().is_some()
}

pub fn dark() -> Signal<bool> {
    use_context::<Dark>()
        .map(|d| d.0)
        .unwrap_or_else(|| Signal::derive(|| false))
}

pub fn resized() -> ReadSignal<u32> {
    use_context::<Resized>()
        .map(|r| r.0)
        .unwrap_or_else(|| signal(0).0)
}
