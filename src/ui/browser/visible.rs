//! Whether an element is on screen, from one page-wide
//! IntersectionObserver, for charts and panels alike. A chart off screen does not draw or compute its figure; it draws
//! the newest one when it comes into view. Dragging γ at the top of the page then redraws
//! the charts the reader sees, not the imbalance view's and the variants' far below
//! (otherwise a γ input wakes six charts' drawing per frame on the full page).

use crate::ui::browser::watched::{self, Watched};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{closure::Closure, JsCast};

/// How far beyond the window an element counts as in view: not at all. One margin for charts
/// and panels alike, so a chart is live exactly when its panel is. A wider margin (300 px was
/// measured) makes the panels next to the one in use follow every input: on the full page an
/// input then took 1 ms longer at the median (BENCHMARKS.md, latency), while a chart that
/// scrolls in draws in the frame after it appears either way for a panel out of view.
const MARGIN: &str = "0px";

thread_local! {
    static SEEN: Watched<bool> = const { Watched::new() };
    static OBSERVER: RefCell<Option<web_sys::IntersectionObserver>> = const { RefCell::new(None) };
    static PRINTING: Cell<bool> = const { Cell::new(false) };
}

fn on_entries(entries: js_sys::Array) {
    for entry in entries.iter() {
        let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
        watched::report(&SEEN, &entry.target(), entry.is_intersecting());
    }
}

fn existing() -> Option<web_sys::IntersectionObserver> {
    OBSERVER.with_borrow(|o| o.clone())
}

fn observer() -> Option<web_sys::IntersectionObserver> {
    OBSERVER.with_borrow_mut(|slot| {
        if slot.is_none() {
            print_everything();
            let callback = Closure::<dyn Fn(js_sys::Array)>::new(on_entries);
            let options = web_sys::IntersectionObserverInit::new();
            options.set_root_margin(MARGIN);
            *slot = web_sys::IntersectionObserver::new_with_options(
                callback.as_ref().unchecked_ref(),
                &options,
            )
            .ok();
            // One observer for the page's lifetime.
            callback.forget();
        }
        slot.clone()
    })
}

/// A visibility signal (false until the observer first reports) for an element that is
/// not mounted yet: call from a component's body, then [`observe`] the element.
pub fn watch() -> (u32, ReadSignal<bool>) {
    watched::watch(&SEEN, false, unobserve)
}

fn unobserve(el: &web_sys::Element) {
    if let Some(observer) = existing() {
        observer.unobserve(el);
    }
}

/// Starts reporting whether `el` is in view to the signal of watch `id`.
pub fn observe(id: u32, el: &web_sys::Element) {
    let Some(observer) = observer() else {
        return;
    };
    watched::attach(&SEEN, id, el);
    observer.observe(el);
    // Built while printing (the page's last panels, `later::in_slices`): on paper too.
    if PRINTING.get() {
        watched::report(&SEEN, el, true);
    }
}

/// Paper shows every chart: before printing, every watched chart counts as in view and
/// draws at once (no per-frame budget); after printing the observer reports the real state
/// again (observing an element anew reports it at once).
fn print_everything() {
    thread_local! {
        static BUDGET_WAS_OFF: Cell<bool> = const { Cell::new(false) };
    }
    let before = Closure::<dyn Fn()>::new(|| {
        PRINTING.set(true);
        // The panels still waiting to be built are built now, and their charts drawn.
        crate::ui::browser::idle::at_once(true);
        BUDGET_WAS_OFF.set(crate::ui::chart::paint::set_unlimited(true));
        for el in watched::elements(&SEEN) {
            watched::report(&SEEN, &el, true);
        }
    });
    let after = Closure::<dyn Fn()>::new(|| {
        PRINTING.set(false);
        crate::ui::browser::idle::at_once(false);
        crate::ui::chart::paint::set_unlimited(BUDGET_WAS_OFF.get());
        if let Some(observer) = existing() {
            for el in watched::elements(&SEEN) {
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
