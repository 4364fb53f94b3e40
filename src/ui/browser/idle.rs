//! Work that waits for the main thread to be idle. After the Explorer is live, the rest of
//! the page is built in small pieces, each in a task of its own, so that an input that
//! arrives meanwhile is answered in the next frame instead of after the whole build.
//!
//! The pieces wait in one queue, in order, one per idle period. While the page is printed,
//! or while a link to a later panel is being followed, a piece runs as soon as it is queued:
//! paper shows every panel, and a link lands where the page below it is complete.
//!
//! Test hooks on the root element: `data-building` while pieces wait, and `data-pieces`, the
//! number of pieces run so far in tasks of their own (a test tells by it which task
//! inserted what).

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Missing in some browsers (Safari): the call then fails and a timer stands in.
    #[wasm_bindgen(js_name = requestIdleCallback, catch)]
    fn request_idle_callback(callback: &JsValue, options: &JsValue) -> Result<u32, JsValue>;
}

/// The longest a piece waits for an idle period: a page kept busy (a dragged slider, the
/// lab training) still gets its pieces built, one per task.
const TIMEOUT_MS: u32 = 200;

type Piece = Box<dyn FnOnce()>;

thread_local! {
    static QUEUE: RefCell<VecDeque<Piece>> = const { RefCell::new(VecDeque::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    static AT_ONCE: Cell<u32> = const { Cell::new(0) };
    static PIECES: Cell<u32> = const { Cell::new(0) };
}

/// Runs `f` in a task of its own when the main thread is idle (or after [`TIMEOUT_MS`]),
/// after the pieces queued before it. In [`at_once`] mode, now.
pub fn queue(f: impl FnOnce() + 'static) {
    if AT_ONCE.get() > 0 {
        f();
        return;
    }
    QUEUE.with_borrow_mut(|q| q.push_back(Box::new(f)));
    schedule();
}

/// Runs `step` as a piece, again and again (each time at the back of the queue) until it
/// returns false.
pub fn in_steps(mut step: impl FnMut() -> bool + 'static) {
    queue(move || {
        if step() {
            in_steps(step);
        }
    });
}

/// Whether pieces run as soon as they are queued ([`at_once`]).
pub fn now() -> bool {
    AT_ONCE.get() > 0
}

/// While `on`, pieces run as soon as they are queued (those waiting run now). Calls nest:
/// the mode ends when every `true` has had its `false`.
pub fn at_once(on: bool) {
    AT_ONCE.set(if on {
        AT_ONCE.get() + 1
    } else {
        AT_ONCE.get().saturating_sub(1)
    });
    while AT_ONCE.get() > 0 {
        let Some(piece) = QUEUE.with_borrow_mut(|q| q.pop_front()) else {
            break;
        };
        piece();
    }
    if QUEUE.with_borrow(|q| q.is_empty()) && !SCHEDULED.get() {
        mark("data-building", None);
    }
}

fn mark(name: &str, value: Option<&str>) {
    if let Some(root) = document().document_element() {
        let _ = match value {
            Some(v) => root.set_attribute(name, v),
            None => root.remove_attribute(name),
        };
    }
}

fn schedule() {
    if SCHEDULED.replace(true) {
        return;
    }
    mark("data-building", Some(""));
    let run = Closure::once_into_js(run_one);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &TIMEOUT_MS.into());
    if request_idle_callback(&run, &options).is_err() {
        let _ = window().set_timeout_with_callback(run.unchecked_ref());
    }
}

fn run_one() {
    SCHEDULED.set(false);
    let Some(piece) = QUEUE.with_borrow_mut(|q| q.pop_front()) else {
        mark("data-building", None);
        return;
    };
    PIECES.set(PIECES.get() + 1);
    mark("data-pieces", Some(&PIECES.get().to_string()));
    piece();
    // What the piece's views queue, they queue in this task's microtasks: look after them.
    let next = Closure::once_into_js(|| {
        if QUEUE.with_borrow(|q| q.is_empty()) {
            if !SCHEDULED.get() {
                mark("data-building", None);
            }
        } else {
            schedule();
        }
    });
    window().queue_microtask(next.unchecked_ref());
}

/// A part of a view built in a piece of its own, after the rest of the view: on a phone,
/// building a whole panel (and compiling its code on first use) is a long task; its parts
/// are not. Empty until then.
pub fn piece<V: IntoView + 'static>(
    build: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    queue(move || set_ready.set(true));
    move || ready.get().then(&build)
}
