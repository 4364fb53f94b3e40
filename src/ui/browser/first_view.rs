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
    static LIVE: Cell<bool> = const { Cell::new(false) };
    static WHEN_LIVE: RefCell<Vec<Then>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` in a task of its own once the app's first view is live (at once if it is): the
/// later module is fetched then, so nothing of it competes with the first view.
pub fn when_live(f: impl FnOnce() + 'static) {
    if LIVE.get() {
        f();
    } else {
        WHEN_LIVE.with_borrow_mut(|w| w.push(Box::new(f)));
    }
}

/// Marks a chart's canvas as drawn (the hand-over waits for the charts in the window).
pub fn drawn(canvas: &web_sys::HtmlCanvasElement) {
    if !canvas.has_attribute("data-drawn") {
        let _ = canvas.set_attribute("data-drawn", "");
    }
}

/// Takes the pre-rendered view away at once (an embed shows another panel than it).
pub fn hand_over_now() {
    if let Some(first_view) = document().get_element_by_id("prerendered") {
        first_view.remove();
    }
}

/// Takes the pre-rendered view away once every chart of the app in the window has drawn,
/// then runs `then` in the next frame (the first frame of the live page).
pub fn hand_over_when_drawn(then: impl FnOnce() + 'static) {
    let start = super::now();
    wait(start, Box::new(then));
}

fn wait(start: f64, then: Then) {
    request_animation_frame(move || {
        if complete() || super::now() - start > AT_MOST_MS {
            hand_over_now();
            request_animation_frame(move || {
                then();
                LIVE.set(true);
                for f in WHEN_LIVE.take() {
                    set_timeout(f, std::time::Duration::ZERO);
                }
            });
        } else {
            wait(start, then);
        }
    });
}

/// Whether every canvas of the app (not the pre-rendered page's) that is in the window has
/// drawn. Read at the start of a frame, when layout is usually clean.
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
