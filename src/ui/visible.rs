//! Whether an element is on screen (or within a margin of it), from one page-wide
//! IntersectionObserver. A chart off screen does not draw or compute its figure; it draws
//! the newest one when it comes into view. Dragging γ at the top of the page then redraws
//! the charts the reader sees, not the imbalance view's and the variants' far below
//! (issue 14: a γ input woke six charts' drawing per frame on the full page).

use super::watched::{self, Watched};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast};

/// How far outside the window a chart counts as in view, so that scrolling meets charts
/// already drawn.
const MARGIN: &str = "300px 0px";

thread_local! {
    static WATCHED: Watched<bool> = const { Watched::new() };
    static OBSERVER: RefCell<Option<web_sys::IntersectionObserver>> = const { RefCell::new(None) };
}

fn on_entries(entries: js_sys::Array) {
    for entry in entries.iter() {
        let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
        watched::report(&WATCHED, &entry.target(), entry.is_intersecting());
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
            print_everything();
        }
        o.clone()
    })
}

/// A visibility signal (false until the observer first reports) for an element that is
/// not mounted yet: call from a component's body, then [`observe`] the element.
pub fn watch() -> (u32, ReadSignal<bool>) {
    watched::watch(&WATCHED, false, |el| {
        if let Some(observer) = OBSERVER.with_borrow(|o| o.clone()) {
            observer.unobserve(el);
        }
    })
}

/// Starts reporting whether `el` is in view to the signal of watch `id`.
pub fn observe(id: u32, el: &web_sys::Element) {
    let Some(observer) = observer() else {
        return;
    };
    watched::attach(&WATCHED, id, el);
    observer.observe(el);
}

/// Paper shows every chart: before printing, every watched chart counts as in view and
/// draws at once (no per-frame budget); after printing the observer reports the real state
/// again (observing an element anew reports it at once).
fn print_everything() {
    thread_local! {
        static BUDGET_WAS_OFF: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    let before = Closure::<dyn Fn()>::new(|| {
        BUDGET_WAS_OFF.set(super::paint::set_unlimited(true));
        for el in watched::elements(&WATCHED) {
            watched::report(&WATCHED, &el, true);
        }
    });
    let after = Closure::<dyn Fn()>::new(|| {
        super::paint::set_unlimited(BUDGET_WAS_OFF.get());
        if let Some(observer) = OBSERVER.with_borrow(|o| o.clone()) {
            for el in watched::elements(&WATCHED) {
                observer.unobserve(&el);
                observer.observe(&el);
            }
        }
    });
    let _ =
        window().add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
    let _ = window().add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
    // Registered once, with the observer, for the page's lifetime.
    before.forget();
    after.forget();
}
