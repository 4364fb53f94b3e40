//! The hand-over from the pre-rendered first view to the app. The pre-rendered page
//! (assets/prerendered.html) lies over the app, which is mounted beneath it, laid out in the
//! same places; it is taken away once the app's first view is complete: every chart in the
//! window drawn once. Until then the reader sees finished charts (the pre-rendered ones) and
//! never a blank canvas, and the work of the first drawings (the charts' code compiled on
//! first use: about 150 ms at 4× CPU) is done before the sliders are handed over, not in
//! front of the reader's first input.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};

/// The longest the pre-rendered view waits for the charts: a chart that cannot draw must not
/// keep the live page hidden.
const AT_MOST_MS: f64 = 2000.0;

type Then = Box<dyn FnOnce()>;

thread_local! {
    /// The app's view is shown (before, it is laid out beneath the pre-rendered one).
    static SHOWN: Cell<bool> = const { Cell::new(false) };
    /// What runs in the first frame after the hand-over.
    static THEN: RefCell<Option<Then>> = const { RefCell::new(None) };
    static WHEN_LIVE: RefCell<Vec<Then>> = const { RefCell::new(Vec::new()) };
}

/// Whether the app's view is shown. Before, its charts draw whether or not they are in the
/// window: the visibility observer reports only after a frame, and the hand-over waits.
pub fn shown() -> bool {
    SHOWN.get()
}

/// Runs `f` in a task of its own once the app's first view is live (at once if it is): the
/// later module is fetched then, so nothing of it competes with the first view.
pub fn when_live(f: impl FnOnce() + 'static) {
    if SHOWN.get() {
        f();
    } else {
        WHEN_LIVE.with_borrow_mut(|w| w.push(Box::new(f)));
    }
}

/// Marks a chart's canvas as drawn, before the hand-over (the charts call it only then); the
/// last chart in the window to draw hands the page over, in the frame it draws in.
pub fn drawn(canvas: &web_sys::HtmlCanvasElement) {
    let _ = canvas.set_attribute("data-drawn", "");
    // (A drawing asked for before the hand-over may run in a frame after it.)
    if !SHOWN.get() && complete() {
        hand_over();
    }
}

/// Puts the toolbar's inert copy into `slot` (the app's header), where it holds the toolbar's
/// place until the later module is in: a clone of the pre-rendered page's copy, which a
/// language module has translated before the mount. Cloned, not built: built here, its
/// markup (`src/toolbar.rs`) cost the first module 0.8 KB gzip.
pub fn toolbar_copy(slot: &web_sys::Element) {
    let copy = document()
        .query_selector("#prerendered .toolbar-static > .toolbar")
        .ok()
        .flatten()
        .and_then(|copy| copy.clone_node_with_deep(true).ok());
    if let Some(copy) = copy {
        let _ = slot.append_child(&copy);
    }
}

/// Takes the pre-rendered view away at once (an embed shows another panel than it).
pub fn hand_over_now() {
    if let Some(first_view) = document().get_element_by_id("prerendered") {
        first_view.remove();
    }
    SHOWN.set(true);
}

/// Takes the pre-rendered view away once every chart of the app in the window has drawn (or
/// there is none), and runs `then` (the first frame of the live page is being rendered).
pub fn hand_over_when_drawn(then: impl FnOnce() + 'static) {
    THEN.set(Some(Box::new(then)));
    poll(super::now());
}

/// Looks at the start of each frame, for a page whose charts are all out of the window.
fn poll(start: f64) {
    request_animation_frame(move || {
        if SHOWN.get() {
            return;
        }
        if complete() || super::now() - start > AT_MOST_MS {
            hand_over();
        } else {
            poll(start);
        }
    });
}

/// Called before a frame's rendering (from an animation-frame callback, or from a drawing
/// in the rendering step): that frame is the first to show the live page, so `then` (the
/// start-up mark) runs now.
fn hand_over() {
    hand_over_now();
    if let Some(then) = THEN.take() {
        then();
    }
    for f in WHEN_LIVE.take() {
        set_timeout(f, std::time::Duration::ZERO);
    }
}

/// Whether every canvas of the app (the pre-rendered page has none) that is in the window has
/// drawn.
fn complete() -> bool {
    let canvases = document().get_elements_by_tag_name("canvas");
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    (0..canvases.length())
        .filter_map(|i| canvases.item(i))
        .filter(|el| !el.has_attribute("data-drawn"))
        .all(|el| {
            let r = el.get_bounding_client_rect();
            // Out of the window (or not laid out): it draws when it comes into view.
            r.width() == 0.0 || r.bottom() <= 0.0 || r.top() >= height
        })
}
