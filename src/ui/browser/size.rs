//! Element sizes from one page-wide ResizeObserver. Drawing code reads a canvas's size from
//! a signal instead of `clientWidth`: reading layout right after a DOM change (a readout's
//! new text) forces the browser to lay out the whole page there and then, which cost more
//! than everything else a slider step does. The observer reports after the browser's own
//! layout, once per frame, and only when a size really changed.

use crate::ui::browser::watched::{self, Watched};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast};

/// CSS pixels: (width, height) of the content box.
pub type Size = Option<(f64, f64)>;

thread_local! {
    static WATCHED: Watched<Size> = const { Watched::new() };
    static OBSERVER: RefCell<Option<web_sys::ResizeObserver>> = const { RefCell::new(None) };
}

fn on_entries(entries: js_sys::Array) {
    for entry in entries.iter() {
        let entry: web_sys::ResizeObserverEntry = entry.unchecked_into();
        let rect = entry.content_rect();
        let size =
            (rect.width() > 0.0 && rect.height() > 0.0).then_some((rect.width(), rect.height()));
        watched::report(&WATCHED, &entry.target(), size);
    }
}

fn observer() -> Option<web_sys::ResizeObserver> {
    OBSERVER.with_borrow_mut(|o| {
        if o.is_none() {
            let callback = Closure::<dyn Fn(js_sys::Array)>::new(on_entries);
            *o = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            // One observer for the page's lifetime.
            callback.forget();
        }
        o.clone()
    })
}

/// A size signal for an element that is not mounted yet: call from a component's body
/// (the watch ends with the component), then [`observe`] the element once it exists.
pub fn watch() -> (u32, ReadSignal<Size>) {
    watched::watch(&WATCHED, None, |el| {
        if let Some(observer) = OBSERVER.with_borrow(|o| o.clone()) {
            observer.unobserve(el);
        }
    })
}

/// Starts reporting `el`'s size to the signal of watch `id`.
pub fn observe(id: u32, el: &web_sys::Element) {
    let Some(observer) = observer() else {
        return;
    };
    watched::attach(&WATCHED, id, el);
    observer.observe(el);
}
