//! Chart drawing with a per-frame time budget. A chart draws at once while the frame's
//! drawing so far is under budget; past it, the drawing waits for the next animation frame
//! (the newest request per chart wins). A slider step redraws a panel's three charts at
//! once; a lab refresh that redraws eight is spread over two or three frames instead of
//! being one long one.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};

/// Drawing time per frame before the rest waits for the next frame.
const BUDGET_MS: f64 = 6.0;
/// Time after which the budget counts as belonging to an earlier frame.
const FRAME_MS: f64 = 16.0;

type Draw = Box<dyn FnOnce()>;

thread_local! {
    /// (when this frame's budget started, drawing time spent in it).
    static SPENT: Cell<(f64, f64)> = const { Cell::new((f64::NEG_INFINITY, 0.0)) };
    static QUEUE: RefCell<Vec<(u32, Draw)>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    static UNLIMITED: Cell<bool> = const { Cell::new(false) };
}

/// Draws every chart at once from now on. The latency benchmarks replay inputs many times
/// faster than frames come, and must time every chart's drawing, not the budgeted part.
pub fn without_budget() {
    UNLIMITED.set(true);
}

/// Sets whether charts draw at once (true) or within the per-frame budget; returns the
/// previous setting. Printing draws every chart before the page is laid out for paper.
pub fn set_unlimited(on: bool) -> bool {
    UNLIMITED.replace(on)
}

use crate::ui::browser::now;

fn spent_now(t: f64) -> f64 {
    let (start, spent) = SPENT.get();
    if t - start > FRAME_MS {
        SPENT.set((t, 0.0));
        0.0
    } else {
        spent
    }
}

fn run(draw: Draw) {
    let t0 = now();
    draw();
    let t1 = now();
    let (start, spent) = SPENT.get();
    SPENT.set((start, spent + (t1 - t0)));
}

/// Whether drawings are waiting for a frame (training yields that frame to them).
pub fn pending() -> bool {
    QUEUE.with_borrow(|q| !q.is_empty())
}

/// Draws now if this frame's budget allows, otherwise in a later frame. `id` names the
/// chart, so a newer request replaces one still waiting.
pub fn draw(id: u32, draw: impl FnOnce() + 'static) {
    let t = now();
    let waiting = pending();
    if UNLIMITED.get() || (!waiting && spent_now(t) < BUDGET_MS) {
        run(Box::new(draw));
        return;
    }
    QUEUE.with_borrow_mut(|q| {
        q.retain(|(i, _)| *i != id);
        q.push((id, Box::new(draw)));
    });
    schedule();
}

fn schedule() {
    if SCHEDULED.replace(true) {
        return;
    }
    request_animation_frame(|| {
        SCHEDULED.set(false);
        SPENT.set((now(), 0.0));
        while SPENT.get().1 < BUDGET_MS {
            let Some((_, next)) = QUEUE.with_borrow_mut(|q| (!q.is_empty()).then(|| q.remove(0)))
            else {
                return;
            };
            run(next);
        }
        if pending() {
            schedule();
        }
    });
}

/// A fresh id for a chart.
pub fn id() -> u32 {
    thread_local!(static NEXT: Cell<u32> = const { Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}
