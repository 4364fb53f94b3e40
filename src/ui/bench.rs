//! In-page benchmarks (`?bench=…`), read by `examples/bench/`. They replay inputs through
//! the same state signal the controls write, and report through readouts with
//! `data-testid` + `data-value`. Timings live here, never in tests.

use crate::bench_inputs::{percentile, replay};
use crate::core::lab::Lab;
use crate::state::{Bench, Choice, State};
use crate::ui::widgets::readout::Readout;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::browser::now;

/// Yields to the microtask queue, where leptos runs the effects a signal change woke.
async fn microtask() {
    let _ = JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await;
}

/// Waits for the next animation frame.
async fn frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// Brings the benchmarked panel into view, as a reader who moves its sliders sees it (a
/// panel out of view follows only when input pauses), once the page has built it.
async fn show_panel(kind: Bench) {
    let selector = format!("[data-testid='{}']", kind.token());
    for _ in 0..100 {
        if let Ok(Some(panel)) = document().query_selector(&selector) {
            panel.scroll_into_view();
            break;
        }
        frame().await;
    }
    // The visibility observer reports, and the panel catches up, before the clock starts.
    for _ in 0..3 {
        frame().await;
    }
}

/// Yields to the event loop (a zero-delay timeout), so the page can paint.
async fn macrotask() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

#[component]
pub fn Bench(
    kind: Bench,
    set_state: WriteSignal<State>,
    state: ReadSignal<State>,
) -> impl IntoView {
    let (done, set_done) = signal(false);
    let (p50, set_p50) = signal(0.0);
    let (p95, set_p95) = signal(0.0);
    let (max, set_max) = signal(0.0);
    let (rate, set_rate) = signal(0.0);
    let (memory, set_memory) = signal(0.0);
    let memory_bytes = move || {
        wasm_bindgen::memory()
            .dyn_into::<js_sys::WebAssembly::Memory>()
            .map(|m| {
                m.buffer()
                    .dyn_into::<js_sys::ArrayBuffer>()
                    .map_or(0.0, |b| b.byte_length() as f64)
            })
            .unwrap_or(0.0)
    };

    match kind {
        Bench::Explorer | Bench::Imbalance => wasm_bindgen_futures::spawn_local(async move {
            crate::ui::chart::paint::without_budget();
            const WARM_UP: usize = 50;
            const INPUTS: usize = 1000;
            macrotask().await;
            show_panel(kind).await;
            let mut times = Vec::with_capacity(INPUTS);
            for i in 0..WARM_UP + INPUTS {
                let t0 = now();
                set_state.update(|s| replay(kind, i, s));
                // Effects woken by the change, and effects they wake in turn.
                for _ in 0..4 {
                    microtask().await;
                }
                let t1 = now();
                if i >= WARM_UP {
                    times.push(t1 - t0);
                }
                if i % 50 == 0 {
                    macrotask().await;
                }
            }
            // A closure of its own, not `f64::total_cmp`: the lab sorts f64s with that, and
            // code both later modules share would be compiled into the first one.
            times.sort_unstable_by(|a, b| a.total_cmp(b));
            set_p50.set(percentile(&times, 0.5));
            set_p95.set(percentile(&times, 0.95));
            set_max.set(times.last().copied().unwrap_or(0.0));
            set_done.set(true);
        }),
        Bench::Train => wasm_bindgen_futures::spawn_local(async move {
            macrotask().await;
            let s = state.get_untracked();
            let spec = s.lab_spec();
            let mut configs = s.lab_configs();
            configs[0] = configs[1];
            let mut lab = Lab::new(spec, configs);
            lab.runs[1].train_epoch(&lab.train);
            lab.runs[1].train_epoch(&lab.train);
            let epochs = 30;
            let t0 = now();
            for _ in 0..epochs {
                lab.runs[1].train_epoch(&lab.train);
            }
            let seconds = (now() - t0) / 1000.0;
            set_rate.set(epochs as f64 / seconds);
            set_done.set(true);
        }),
        _ => {
            // Memory and smoothness are driven from outside (examples/bench/); this keeps
            // the wasm memory size readable.
            let handle = set_interval_with_handle(
                move || set_memory.set(memory_bytes()),
                std::time::Duration::from_millis(250),
            );
            set_memory.set(memory_bytes());
            on_cleanup(move || {
                if let Ok(h) = handle {
                    h.clear();
                }
            });
            set_done.set(true);
        }
    }

    view! {
        <section class="panel bench" data-testid="bench" data-state=move || if done.get() { "done" } else { "running" }>
            <h2>"Benchmark"</h2>
            <dl class="readouts">
                <Readout testid="bench-p50-ms" label="p50 latency (ms)" value=p50/>
                <Readout testid="bench-p95-ms" label="p95 latency (ms)" value=p95/>
                <Readout testid="bench-max-ms" label="max latency (ms)" value=max/>
                <Readout testid="bench-epochs-per-s" label="epochs per second" value=rate/>
                <Readout testid="wasm-memory-bytes" label="wasm memory (bytes)" value=memory/>
            </dl>
        </section>
    }
}
