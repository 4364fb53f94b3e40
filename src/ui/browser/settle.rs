//! The page's pauses. A dragged slider sends an input every frame; the panels in view follow
//! every one, while the address bar and the panels out of view follow once the input
//! pauses ([`PAUSE`] after the last change). Otherwise a γ drag on the full page rewrites the
//! imbalance view's tables, the multi-class table and every code snippet far below the
//! window, and calls `history.replaceState`, in every frame: layout and script then take
//! most of each frame.
//!
//! While a catch-up is pending the root element carries `data-pending`, so a test waits for
//! the page to be settled instead of for a length of time.

use crate::state::{location, State};
use crate::ui::browser::visible;
use leptos::prelude::*;
use std::time::Duration;

/// How long input must pause before the rest of the page catches up.
pub const PAUSE: Duration = Duration::from_millis(150);

thread_local! {
    /// The page's pause counter (what reads it catches up at each pause), once [`provide`]
    /// has run. A thread-local, not a context: one page has one, and `use_context` would
    /// be compiled for it into the first module.
    static PAUSES: std::cell::Cell<Option<ReadSignal<u32>>> = const { std::cell::Cell::new(None) };
}

fn mark_pending(pending: bool) {
    if let Some(root) = document().document_element() {
        let _ = if pending {
            root.set_attribute("data-pending", "")
        } else {
            root.remove_attribute("data-pending")
        };
    }
}

/// The page's pauses, if it watches for them (a component test does not).
fn pauses() -> Option<ReadSignal<u32>> {
    PAUSES.get()
}

/// Starts watching the state for pauses; provides what [`gate`] reads.
pub fn provide(state: ReadSignal<State>) {
    let (pauses, set_pauses) = signal(0u32);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Runs in a timer, after the input has paused: never inside the effect.
    let paused = move || {
        timer.set_value(None);
        location::write(&state.get_untracked());
        set_pauses.update(|n| *n += 1);
        mark_pending(false);
    };
    let restart = move || {
        // During a drag only the timer moves: the root's attribute is written when a pause
        // starts being awaited and when it comes, not on every input.
        match timer.get_value() {
            Some(handle) => handle.clear(),
            None => mark_pending(true),
        }
        timer.set_value(set_timeout_with_handle(paused, PAUSE).ok());
    };
    Effect::new(move |_| {
        state.track();
        restart();
    });
    PAUSES.set(Some(pauses));
}

/// The state as a panel sees it: every change while the panel is in view (or printed),
/// otherwise the state as of the last pause. Observe the panel's element with the returned
/// function.
pub fn gate(state: ReadSignal<State>) -> (Memo<State>, impl Fn(&web_sys::Element) + Copy) {
    // Without `provide` (a component test) no pause comes: the panel follows while in view.
    let pauses = pauses();
    let (id, in_view) = visible::watch();
    let seen = follow(state, in_view.into(), pauses);
    (seen, move |el: &web_sys::Element| visible::observe(id, el))
}

/// [`gate`]'s rule, apart from where visibility and pauses come from (component-tested).
pub fn follow(
    state: ReadSignal<State>,
    in_view: Signal<bool>,
    pauses: Option<ReadSignal<u32>>,
) -> Memo<State> {
    Memo::new(move |_| {
        if in_view.get() {
            state.get()
        } else {
            if let Some(p) = pauses {
                p.track();
            }
            state.get_untracked()
        }
    })
}

/// `value` as of the last pause (the value itself without pauses: a component test). What
/// is too costly to follow every input, a reader's million rows summed exactly, reads this
/// and shows a cheaper estimate meanwhile.
pub fn paused<T>(value: Memo<T>) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    match pauses() {
        Some(p) => Memo::new(move |_| {
            p.track();
            value.get_untracked()
        }),
        None => value,
    }
}
