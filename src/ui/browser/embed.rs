//! An embedded panel's side of the iframe protocol: its height, for the host page's frame.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// In an iframe, tells the host page our height whenever it changes:
/// `{ type: "focal-loss-explorer:height", panel, height }` via `window.parent.postMessage`.
/// The height is the body's own (the content's): the document's scroll height never falls
/// below the frame's, so a frame that grew would never shrink again. `body.embedded` is a
/// block formatting context in the stylesheet, so no child margin escapes the body's box, and
/// its scrollbar gutter is always reserved, so the width (and the height with it) never
/// depends on whether the frame scrolls.
pub fn report_height(panel: &'static str) {
    let Some(body) = document().body() else {
        return;
    };
    let parent = match window().parent() {
        Ok(Some(p)) => p,
        _ => return,
    };
    if js_sys::Object::is(&parent, &window()) {
        return;
    }
    let observed = body.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = observed.scroll_height();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &message,
            &"type".into(),
            &"focal-loss-explorer:height".into(),
        );
        let _ = js_sys::Reflect::set(&message, &"panel".into(), &panel.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // One observer for the page's lifetime.
    on_resize.forget();
}
