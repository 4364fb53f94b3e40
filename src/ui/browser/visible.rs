//! Whether an element is on screen (or within a margin of it), from one page-wide
//! IntersectionObserver per [`Zone`]. A chart off screen does not draw or compute its figure; it draws
//! the newest one when it comes into view. Dragging γ at the top of the page then redraws
//! the charts the reader sees, not the imbalance view's and the variants' far below
//! (otherwise a γ input wakes six charts' drawing per frame on the full page).

use crate::ui::browser::watched::{self, Watched};
use leptos::prelude::*;
use std::cell::RefCell;
use std::thread::LocalKey;
use wasm_bindgen::{closure::Closure, JsCast};

/// What is watched, and how far outside the window it counts as in view.
#[derive(Clone, Copy, PartialEq)]
pub enum Zone {
    /// Charts: 300 px beyond the window, so that scrolling meets charts already drawn.
    Charts,
    /// Whole panels (`settle.rs`): the window itself. A panel just above the window (the
    /// Explorer, while the imbalance view's sliders move) is not seen, so it need not follow.
    Panels,
}

impl Zone {
    const ALL: [Zone; 2] = [Zone::Charts, Zone::Panels];

    fn margin(self) -> &'static str {
        match self {
            Zone::Charts => "300px 0px",
            Zone::Panels => "0px",
        }
    }

    fn list(self) -> &'static LocalKey<Watched<bool>> {
        match self {
            Zone::Charts => &CHARTS,
            Zone::Panels => &PANELS,
        }
    }
}

thread_local! {
    static CHARTS: Watched<bool> = const { Watched::new() };
    static PANELS: Watched<bool> = const { Watched::new() };
    static OBSERVERS: RefCell<[Option<web_sys::IntersectionObserver>; 2]> = const { RefCell::new([None, None]) };
}

fn on_entries(zone: Zone, entries: js_sys::Array) {
    for entry in entries.iter() {
        let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
        watched::report(zone.list(), &entry.target(), entry.is_intersecting());
    }
}

fn existing(zone: Zone) -> Option<web_sys::IntersectionObserver> {
    OBSERVERS.with_borrow(|o| o[zone as usize].clone())
}

fn observer(zone: Zone) -> Option<web_sys::IntersectionObserver> {
    OBSERVERS.with_borrow_mut(|o| {
        if o.iter().all(Option::is_none) {
            print_everything();
        }
        let slot = &mut o[zone as usize];
        if slot.is_none() {
            let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |e| on_entries(zone, e));
            let options = web_sys::IntersectionObserverInit::new();
            options.set_root_margin(zone.margin());
            *slot = web_sys::IntersectionObserver::new_with_options(
                callback.as_ref().unchecked_ref(),
                &options,
            )
            .ok();
            // One observer per zone for the page's lifetime.
            callback.forget();
        }
        slot.clone()
    })
}

/// A visibility signal (false until the observer first reports) for an element that is
/// not mounted yet: call from a component's body, then [`observe`] the element.
pub fn watch(zone: Zone) -> (u32, ReadSignal<bool>) {
    let unobserve: fn(&web_sys::Element) = match zone {
        Zone::Charts => |el| unobserve(Zone::Charts, el),
        Zone::Panels => |el| unobserve(Zone::Panels, el),
    };
    watched::watch(zone.list(), false, unobserve)
}

fn unobserve(zone: Zone, el: &web_sys::Element) {
    if let Some(observer) = existing(zone) {
        observer.unobserve(el);
    }
}

/// Starts reporting whether `el` is in view to the signal of watch `id`.
pub fn observe(zone: Zone, id: u32, el: &web_sys::Element) {
    let Some(observer) = observer(zone) else {
        return;
    };
    watched::attach(zone.list(), id, el);
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
        BUDGET_WAS_OFF.set(crate::ui::chart::paint::set_unlimited(true));
        for zone in Zone::ALL {
            for el in watched::elements(zone.list()) {
                watched::report(zone.list(), &el, true);
            }
        }
    });
    let after = Closure::<dyn Fn()>::new(|| {
        crate::ui::chart::paint::set_unlimited(BUDGET_WAS_OFF.get());
        for zone in Zone::ALL {
            if let Some(observer) = existing(zone) {
                for el in watched::elements(zone.list()) {
                    observer.unobserve(&el);
                    observer.observe(&el);
                }
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
