//! Whether an element is on screen (or within a margin of it), from one page-wide
//! IntersectionObserver. A chart off screen does not draw or compute its figure; it draws
//! the newest one when it comes into view. Dragging γ at the top of the page then redraws
//! the charts the reader sees, not the imbalance view's and the variants' far below
//! (issue 14: a γ input woke six charts' drawing per frame on the full page).

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{closure::Closure, JsCast};

/// How far outside the window a chart counts as in view, so that scrolling meets charts
/// already drawn.
const MARGIN: &str = "300px 0px";

type Watched = Vec<(u32, Option<web_sys::Element>, WriteSignal<bool>)>;

thread_local! {
    static WATCHED: RefCell<Watched> = const { RefCell::new(Vec::new()) };
    static OBSERVER: RefCell<Option<web_sys::IntersectionObserver>> = const { RefCell::new(None) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

fn on_entries(entries: js_sys::Array) {
    for entry in entries.iter() {
        let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
        let target = entry.target();
        let setter = WATCHED.with_borrow(|w| {
            w.iter()
                .find(|(_, el, _)| el.as_ref() == Some(&target))
                .map(|(_, _, set)| *set)
        });
        if let Some(set) = setter {
            let seen = entry.is_intersecting();
            set.maybe_update(|v| {
                let changed = *v != seen;
                *v = seen;
                changed
            });
        }
    }
}

fn observer() -> Option<web_sys::IntersectionObserver> {
    OBSERVER.with_borrow_mut(|o| {
        if o.is_none() {
            let callback = Closure::<dyn Fn(js_sys::Array)>::new(on_entries);
            let options = web_sys::IntersectionObserverInit::new();
            options.set_root_margin(MARGIN);
            *o = web_sys::IntersectionObserver::new_with_options(
                callback.as_ref().unchecked_ref(),
                &options,
            )
            .ok();
            // One observer for the page's lifetime.
            callback.forget();
        }
        o.clone()
    })
}

/// A visibility signal (false until the observer first reports) for an element that is
/// not mounted yet: call from a component's body, then [`observe`] the element.
pub fn watch() -> (u32, ReadSignal<bool>) {
    let (seen, set_seen) = signal(false);
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    WATCHED.with_borrow_mut(|w| w.push((id, None, set_seen)));
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
    (id, seen)
}

/// Starts reporting whether `el` is in view to the signal of watch `id`.
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
