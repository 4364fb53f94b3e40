//! The split points. The panels below the first view and the in-page benchmarks are built
//! through function pointers that `later_panels` and `later_bench` return. With the `split`
//! feature each is a `wasm_split` point, so the code those pointers reach is in later wasm
//! modules (scripts/split.py), fetched on the first call, which the page makes once the
//! Explorer is interactive. A function pointer crosses the split (no generics, nothing to
//! clone), and the views are then built synchronously, under the caller's owner, like any
//! other view. Only this file may name a later panel's component (`tests/tidy/` checks).

use super::bench;
use super::panels::quiz::Checks;
use super::panels::{
    CalculatorsPanel, CheckPanel, CodePanel, ImbalancePanel, LabPanel, MultiClassPanel,
    VariantsPanel, YoursPanel,
};
use crate::plot::figure::Figure;
use crate::state::{Bench, Panel, State};
use crate::ui::browser::{idle, visible};
use crate::ui::chart::tools::{self, Export, Exported};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_split_helpers::SplitLoaderError;

/// Builds one panel below the first view.
pub type PanelView = fn(Panel, Memo<State>, WriteSignal<State>) -> AnyView;

/// What the later module gives the first view's code: the panels, and the work behind the
/// charts' tools (saving a figure as a file, showing it as a table).
#[derive(Clone, Copy)]
pub struct Module {
    pub panel: PanelView,
    pub export: fn(Export, Exported),
    pub table: fn(Signal<Figure>, &'static str) -> AnyView,
    /// What a link's decoding corrected (`panels/notice.rs`).
    pub notice: fn(Vec<crate::state::codec::Correction>) -> AnyView,
    /// The toolbar's boxes: the embed snippet, the exercise-link dialog.
    pub tool_box: fn(crate::ui::panels::toolbar::Tool, Memo<State>) -> AnyView,
    /// The full page below the Explorer (`ui::rest_of_page`).
    pub rest_of_page: fn(ReadSignal<State>, WriteSignal<State>) -> AnyView,
    /// The header's toolbar (`panels/toolbar.rs`): as the Explorer's neighbour in the first
    /// module it cost 5.7 KB gzip; until this module is in, an inert copy holds its place.
    pub toolbar: fn(Memo<State>, WriteSignal<State>) -> AnyView,
}
/// Builds the in-page benchmark (`?bench=…`).
pub type BenchView = fn(Bench, WriteSignal<State>, ReadSignal<State>) -> AnyView;

/// Where a later module stands.
#[derive(Clone, Copy)]
enum Later<T> {
    Loading,
    Ready(T),
    /// The fetch failed (a flaky or lost network): the Explorer keeps working, and the
    /// reader can try again.
    Failed,
}

pub(super) fn panel(which: Panel, state: Memo<State>, set_state: WriteSignal<State>) -> AnyView {
    let view = panel_alone(which, state, set_state);
    // The panel's "Check yourself" questions beside it (none for most panels).
    view! { {view} <Checks panel=which state=state set_state=set_state/> }.into_any()
}

fn panel_alone(which: Panel, state: Memo<State>, set_state: WriteSignal<State>) -> AnyView {
    match which {
        // The Explorer itself is the first module's; below it the later module adds its checks.
        Panel::Page | Panel::Explorer => ().into_any(),
        Panel::Imbalance => view! { <ImbalancePanel state=state set_state=set_state/> }.into_any(),
        Panel::Calculators => {
            view! { <CalculatorsPanel state=state set_state=set_state/> }.into_any()
        }
        Panel::Variants => view! { <VariantsPanel state=state set_state=set_state/> }.into_any(),
        Panel::MultiClass => {
            view! { <MultiClassPanel state=state set_state=set_state/> }.into_any()
        }
        Panel::Lab => view! { <LabPanel state=state set_state=set_state/> }.into_any(),
        Panel::Yours => view! { <YoursPanel state=state set_state=set_state/> }.into_any(),
        Panel::Code => view! { <CodePanel state=state/> }.into_any(),
        Panel::Check => view! { <CheckPanel/> }.into_any(),
    }
}

fn bench_view(kind: Bench, set_state: WriteSignal<State>, state: ReadSignal<State>) -> AnyView {
    view! { <bench::Bench kind=kind set_state=set_state state=state/> }.into_any()
}

#[cfg_attr(
    feature = "split",
    wasm_split_helpers::wasm_split(later_panels, fallible)
)]
fn later_panels() -> Result<Module, SplitLoaderError> {
    Ok(Module {
        panel,
        export: tools::export,
        table: tools::table,
        tool_box: crate::ui::panels::toolbar::tool_box,
        notice: crate::ui::panels::notice::notice,
        rest_of_page: crate::ui::rest_of_page,
        toolbar: crate::ui::panels::toolbar::toolbar,
    })
}

#[cfg_attr(
    feature = "split",
    wasm_split_helpers::wasm_split(later_bench, fallible)
)]
fn later_bench() -> Result<BenchView, SplitLoaderError> {
    Ok(bench_view)
}

/// The split point's result as a future: the fetch with the `split` feature, at once
/// without it.
macro_rules! fetch {
    ($point:ident) => {{
        #[cfg(feature = "split")]
        let fetch = || $point();
        #[cfg(not(feature = "split"))]
        let fetch = || std::future::ready($point());
        fetch
    }};
}

/// When to start fetching a later module.
pub enum Start {
    /// At once (an embed of a later panel, a benchmark).
    Now,
    /// Once the first view is live (the full page, `browser/first_view.rs`): the Explorer
    /// comes first.
    WhenLive,
}

/// Runs `f` two frames and a task from now, so that the first frame reaches the screen
/// before `f`'s work (an embed of the Explorer registers its service worker this way).
pub fn after_first_frames(f: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO))
    });
}

/// A part of the page that the slicer builds: called once, in its own task.
pub type Part = Box<dyn Fn() -> AnyView + Send + Sync>;

/// The parts in order, each in its place, each built in a piece of its own
/// (`browser/idle.rs`: one per idle period, so that no task after the Explorer is live holds
/// up input for a whole list of panels). A part's own pieces come before the next part, so
/// the page is completed from the top. Parts are built while the end of what is built is
/// within a screen below the window (the `.frontier` element's box, watched by the page's one
/// visibility observer): a reader who stays with the Explorer costs the phone nothing more,
/// and one who scrolls finds the next panel built ahead. Printing, and [`Slices::finish`],
/// build every part.
pub fn in_slices(parts: Vec<Part>) -> (AnyView, Slices) {
    let total = parts.len();
    let (done, set_done) = signal(0usize);
    let slices = Slices(Rc::new(Slicer {
        total,
        next: Cell::new(1),
        busy: Cell::new(false),
        near: Cell::new(false),
        set_done,
        finished: RefCell::new(Vec::new()),
    }));
    let print = window_event_listener(leptos::ev::beforeprint, move |_| set_done.set(total));
    on_cleanup(move || print.remove());
    let (watch, near) = visible::watch();
    let frontier = NodeRef::<leptos::html::Div>::new();
    frontier.on_load(move |el| visible::observe(watch, &el));
    let s = slices.clone();
    Effect::new(move |_| s.seen(near.get()));
    let parts = parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let shown = Memo::new(move |_| done.get() > i);
            move || shown.get().then(&part)
        })
        .collect_view();
    let view = view! {
        {parts}
        <div class="frontier" aria-hidden="true"><div node_ref=frontier></div></div>
    }
    .into_any();
    (view, slices)
}

/// The slicer of [`in_slices`]: where the building stands.
#[derive(Clone)]
pub struct Slices(Rc<Slicer>);

struct Slicer {
    total: usize,
    /// The next part to build, counted from 1.
    next: Cell<usize>,
    /// A part is queued, or waits for the frame after it was built.
    busy: Cell<bool>,
    /// The end of the built parts is within a screen below the window.
    near: Cell<bool>,
    set_done: WriteSignal<usize>,
    /// What [`Slices::finish`] was asked to do once the last part is in.
    finished: RefCell<Vec<Box<dyn FnOnce()>>>,
}

impl Slices {
    /// Builds the parts still missing, each with its pieces, as soon as the one before is in
    /// (a link to a panel below), then runs `then` in the frame after the last one. Nothing
    /// happens if every part is built.
    pub fn finish(&self, then: impl FnOnce() + 'static) {
        let s = &self.0;
        if s.next.get() > s.total {
            return;
        }
        let first = {
            let mut finished = s.finished.borrow_mut();
            finished.push(Box::new(then));
            finished.len() == 1
        };
        if first {
            idle::at_once(true);
            self.advance();
        }
    }

    /// What the observer says of the end of the built parts. (No signal is written: the
    /// next part is queued, and built in a piece of its own.)
    fn seen(&self, near: bool) {
        self.0.near.set(near);
        self.advance();
    }

    /// Queues the next part if the end is near (or every piece runs at once). Once it is
    /// built, the frame after, the next one goes to the back of the queue, behind the pieces
    /// this one queued while it was built.
    fn advance(&self) {
        let s = &self.0;
        if s.busy.get() || s.next.get() > s.total || !(s.near.get() || idle::now()) {
            return;
        }
        s.busy.set(true);
        let me = self.clone();
        idle::queue(move || {
            let s = &me.0;
            // Asked again as the piece runs: the part before may have moved the end out of
            // reach since (the observer has told by then).
            if !(s.near.get() || idle::now()) {
                s.busy.set(false);
                return;
            }
            let n = s.next.get();
            if s.set_done.try_update(|d| *d = (*d).max(n)).is_none() {
                return;
            }
            request_animation_frame(move || {
                let s = &me.0;
                s.next.set(n + 1);
                s.busy.set(false);
                let finished = s.finished.take();
                if n == s.total && !finished.is_empty() {
                    finished.into_iter().for_each(|then| then());
                    idle::at_once(false);
                } else {
                    *s.finished.borrow_mut() = finished;
                }
                me.advance();
            });
        });
    }
}

/// What `build` makes of the later module, fetched when `start` says.
pub fn module_at(
    start: Start,
    build: impl Fn(Module) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    module_view(fetch!(later_panels), start, build, false)
}

/// As [`module_at`], with nothing to say if the fetch fails (the header's toolbar: the
/// page below says it, once).
pub fn module_quietly_at(
    start: Start,
    build: impl Fn(Module) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    module_view(fetch!(later_panels), start, build, true)
}

/// What `build` makes of the later module, fetched now if it is not in yet (the fetch is
/// made once; later calls find it done).
pub fn module(build: impl Fn(Module) -> AnyView + Send + Sync + 'static) -> AnyView {
    module_at(Start::Now, build)
}

/// Runs `f` with the later module, once it is in (at once if it is).
pub fn with_module(f: impl FnOnce(Module) + 'static) {
    let fetch = fetch!(later_panels);
    leptos::task::spawn_local(async move {
        if let Ok(m) = fetch().await {
            f(m);
        }
    });
}

/// What `build` makes of the benchmarks once their module is in.
pub fn bench(build: impl Fn(BenchView) -> AnyView + Send + Sync + 'static) -> AnyView {
    module_view(fetch!(later_bench), Start::Now, build, false)
}

/// A later module's view: while it loads, nothing; once it is in, what `build` makes of it;
/// if the fetch failed, a sentence that says so and a button that tries again.
fn module_view<T, F>(
    fetch: impl Fn() -> F + Copy + Send + Sync + 'static,
    start: Start,
    build: impl Fn(T) -> AnyView + Send + Sync + 'static,
    quiet: bool,
) -> AnyView
where
    T: Copy + Send + Sync + 'static,
    F: std::future::Future<Output = Result<T, SplitLoaderError>> + 'static,
{
    let (module, set_module) = signal(Later::Loading);
    let load = move || {
        set_module.set(Later::Loading);
        leptos::task::spawn_local(async move {
            set_module.set(fetch().await.map_or(Later::Failed, Later::Ready));
            // Start-up's downloads are over (`offline::register_service_worker` says why the
            // worker waits for them). Registering again is a no-op.
            crate::ui::browser::offline::register_service_worker();
        });
    };
    match start {
        Start::Now => load(),
        Start::WhenLive => crate::ui::browser::first_view::when_live(load),
    }
    (move || match module.get() {
        Later::Loading => ().into_any(),
        Later::Ready(f) => build(f),
        Later::Failed if quiet => ().into_any(),
        Later::Failed => view! {
            <p class="notice later-failed" role="alert" data-testid="later-failed">
                {crate::i18n::t(crate::i18n::msg::LATER_FAILED)}" "
                <button type="button" data-testid="later-retry" on:click=move |_| load()>{crate::i18n::t(crate::i18n::msg::LATER_RETRY)}</button>
            </p>
        }
        .into_any(),
    })
    .into_any()
}
