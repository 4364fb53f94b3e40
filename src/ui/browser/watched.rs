//! The elements a page-wide observer watches, each with the signal it reports to. Shared by
//! the size watch (`size.rs`, a ResizeObserver) and the visibility watch (`visible.rs`, an
//! IntersectionObserver): one observer per page, one entry per watched element.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::thread::LocalKey;

type Entry<T> = (u32, Option<web_sys::Element>, WriteSignal<T>);

pub struct Watched<T: 'static> {
    entries: RefCell<Vec<Entry<T>>>,
    next_id: Cell<u32>,
}

impl<T> Watched<T> {
    pub const fn new() -> Watched<T> {
        Watched {
            entries: RefCell::new(Vec::new()),
            next_id: Cell::new(0),
        }
    }
}

/// A signal (starting at `initial`) for an element that is not mounted yet: call from a
/// component's body (the watch ends with the component, and `unobserve` is told), then
/// [`attach`] the element once it exists.
pub fn watch<T: Send + Sync + 'static>(
    list: &'static LocalKey<Watched<T>>,
    initial: T,
    unobserve: fn(&web_sys::Element),
) -> (u32, ReadSignal<T>) {
    let (value, set_value) = signal(initial);
    let id = list.with(|w| {
        let id = w.next_id.get() + 1;
        w.next_id.set(id);
        w.entries.borrow_mut().push((id, None, set_value));
        id
    });
    on_cleanup(move || {
        let removed = list.with(|w| {
            let mut entries = w.entries.borrow_mut();
            entries
                .iter()
                .position(|(i, _, _)| *i == id)
                .and_then(|at| entries.swap_remove(at).1)
        });
        if let Some(el) = removed {
            unobserve(&el);
        }
    });
    (id, value)
}

/// Names the element that watch `id` reports on.
pub fn attach<T>(list: &'static LocalKey<Watched<T>>, id: u32, el: &web_sys::Element) {
    list.with(|w| {
        if let Some(entry) = w.entries.borrow_mut().iter_mut().find(|(i, _, _)| *i == id) {
            entry.1 = Some(el.clone());
        }
    });
}

/// Reports `value` for `target` to its watch's signal, which notifies only on a change.
pub fn report<T: PartialEq + Send + Sync + 'static>(
    list: &'static LocalKey<Watched<T>>,
    target: &web_sys::Element,
    value: T,
) {
    let setter = list.with(|w| {
        w.entries
            .borrow()
            .iter()
            .find(|(_, el, _)| el.as_ref() == Some(target))
            .map(|(_, _, set)| *set)
    });
    if let Some(set) = setter {
        set.maybe_update(|v| {
            let changed = *v != value;
            *v = value;
            changed
        });
    }
}

/// Every element being watched.
pub fn elements<T>(list: &'static LocalKey<Watched<T>>) -> Vec<web_sys::Element> {
    list.with(|w| {
        w.entries
            .borrow()
            .iter()
            .filter_map(|(_, el, _)| el.clone())
            .collect()
    })
}
