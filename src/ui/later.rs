//! The split points. The panels below the first view and the in-page benchmarks are built
//! through function pointers that `later_panels` and `later_bench` return. With the `split`
//! feature each is a `wasm_split` point, so the code those pointers reach is in later wasm
//! modules (scripts/split.py), fetched on the first call, which the page makes once the
//! Explorer is interactive. A function pointer crosses the split (no generics, nothing to
//! clone), and the views are then built synchronously, under the caller's owner, like any
//! other view. Only this file may name a later panel's component (`tidy.rs` checks).

use super::{
    bench, CalculatorsPanel, CodePanel, ImbalancePanel, LabPanel, MultiClassPanel, VariantsPanel,
};
use crate::state::{Bench, Panel, State};
use leptos::prelude::*;
use wasm_split_helpers::SplitLoaderError;

/// Builds one panel below the first view.
pub type PanelView = fn(Panel, Memo<State>, WriteSignal<State>) -> AnyView;
/// Builds the in-page benchmark (`?bench=…`).
pub type BenchView = fn(Bench, WriteSignal<State>, ReadSignal<State>) -> AnyView;

/// Where a later module stands.
#[derive(Clone, Copy)]
pub enum Later<T> {
    Loading,
    Ready(T),
    /// The fetch failed (a flaky or lost network): the Explorer keeps working, and the
    /// reader can try again.
    Failed,
}

fn panel(which: Panel, state: Memo<State>, set_state: WriteSignal<State>) -> AnyView {
    match which {
        Panel::Page | Panel::Explorer => super::first_panel(state, set_state),
        Panel::Imbalance => view! { <ImbalancePanel state=state set_state=set_state/> }.into_any(),
        Panel::Calculators => {
            view! { <CalculatorsPanel state=state set_state=set_state/> }.into_any()
        }
        Panel::Variants => view! { <VariantsPanel state=state set_state=set_state/> }.into_any(),
        Panel::MultiClass => {
            view! { <MultiClassPanel state=state set_state=set_state/> }.into_any()
        }
        Panel::Lab => view! { <LabPanel state=state set_state=set_state/> }.into_any(),
        Panel::Code => view! { <CodePanel state=state/> }.into_any(),
    }
}

fn bench_view(kind: Bench, set_state: WriteSignal<State>, state: ReadSignal<State>) -> AnyView {
    view! { <bench::Bench kind=kind set_state=set_state state=state/> }.into_any()
}

#[cfg_attr(
    feature = "split",
    wasm_split_helpers::wasm_split(later_panels, fallible)
)]
fn later_panels() -> Result<PanelView, SplitLoaderError> {
    Ok(panel)
}

#[cfg_attr(
    feature = "split",
    wasm_split_helpers::wasm_split(later_bench, fallible)
)]
fn later_bench() -> Result<BenchView, SplitLoaderError> {
    Ok(bench_view)
}

/// Loads the later panels' module into `into` (without the `split` feature there is
/// nothing to fetch).
pub fn load_panels(into: WriteSignal<Later<PanelView>>) {
    into.set(Later::Loading);
    leptos::task::spawn_local(async move {
        #[cfg(feature = "split")]
        let loaded = later_panels().await;
        #[cfg(not(feature = "split"))]
        let loaded = later_panels();
        into.set(loaded.map_or(Later::Failed, Later::Ready));
    });
}

/// Loads the benchmarks' module into `into`.
pub fn load_bench(into: WriteSignal<Later<BenchView>>) {
    into.set(Later::Loading);
    leptos::task::spawn_local(async move {
        #[cfg(feature = "split")]
        let loaded = later_bench().await;
        #[cfg(not(feature = "split"))]
        let loaded = later_bench();
        into.set(loaded.map_or(Later::Failed, Later::Ready));
    });
}

/// What `build` makes once the module is in; while it loads, nothing; if it failed, a
/// sentence that says so and a button that tries again.
pub fn when_loaded<T: Copy + Send + Sync + 'static>(
    later: ReadSignal<Later<T>>,
    retry: impl Fn() + Copy + Send + Sync + 'static,
    build: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    (move || match later.get() {
        Later::Loading => ().into_any(),
        Later::Ready(f) => build(f),
        Later::Failed => view! {
            <p class="notice later-failed" role="alert" data-testid="later-failed">
                "The rest of the page did not load (is the network down?). The Explorer above works. "
                <button type="button" data-testid="later-retry" on:click=move |_| retry()>"Try again"</button>
            </p>
        }
        .into_any(),
    })
    .into_any()
}
