//! Element sizes from one page-wide ResizeObserver. Drawing code reads a canvas's size from
//! a signal instead of `clientWidth`: reading layout right after a DOM change (a readout's
//! new text) forces the browser to lay out the whole page there and then, which cost more
//! than everything else a slider step does. The observer reports after the browser's own
//! layout, once per frame, and only when a size really changed.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{closure::Closure, JsCast};

/// CSS pixels: (width, height) of the content box.
pub type Size = Option<(f64, f64)>;

type Watched = Vec<(u32, Option<web_sys::Element>, WriteSignal<Size>)>;

thread_local! {
    static WATCHED: RefCell<Watched> = const { RefCell::new(Vec::new()) };
    static OBSERVER: RefCell<Option<web_sys::ResizeObserver>> = const { RefCell::new(None) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

fn on_entries(entries: js_sys::Array) {
    for entry in entries.iter() {
        let entry: web_sys::ResizeObserverEntry = entry.unchecked_into();
        let rect = entry.content_rect();
        let size = (rect.width(), rect.height());
        let target = entry.target();
        let setter = WATCHED.with_borrow(|w| {
            w.iter()
                .find(|(_, el, _)| el.as_ref() == Some(&target))
                .map(|(_, _, set)| *set)
        });
        if let Some(set) = setter {
            let size = (size.0 > 0.0 && size.1 > 0.0).then_some(size);
            set.maybe_update(|s| {
                let changed = *s != size;
                *s = size;
                changed
            });
        }
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
    let (size, set_size) = signal(None);
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    WATCHED.with_borrow_mut(|w| w.push((id, None, set_size)));
    on_cleanup(move || {
        let removed = WATCHED.with_borrow_mut(|w| {
            w.iter()
                .position(|(i, _, _)| *i == id)
                .and_then(|at| w.swap_remove(at).1)
        });
        if let (Some(el), Some(observer)) = (removed, OBSERVER.with_borrow(|o| o.clone())) {
            observer.unobserve(&el);
        }
    });
    (id, size)
}

/// Starts reporting `el`'s size to the signal of watch `id`.
pub fn observe(id: u32, el: &web_sys::Element) {
    let Some(observer) = observer() else {
        return;
    };
    WATCHED.with_borrow_mut(|w| {
        if let Some(entry) = w.iter_mut().find(|(i, _, _)| *i == id) {
            entry.1 = Some(el.clone());
        }
    });
    observer.observe(el);
}
