//! The leptos shell: one component per panel, a canvas host and the browser environment.
//! No math beyond formatting lives here.
mod bench;
mod browser;
mod chart;
mod later;
mod panels;
mod reactive;
mod widgets;

use crate::state::{codec::Correction, lab::Mode, location, Bench, Choice, Panel, State};
use later::PanelView;
use leptos::prelude::*;

use crate::i18n::{msg, t, tf};
use browser::{embed, first_view, idle, language, offline, page, settle, theme};

pub use browser::page::install_panic_banner;
pub use browser::settle::follow;
/// The chart backend, for the component tests of its canvas state.
pub use chart::canvas_backend::on_canvas;
pub use panels::{
    CalculatorsPanel, CodePanel, ExplorerModel, ExplorerPanel, ImbalanceModel, ImbalancePanel,
    LabPanel, MultiClassPanel, VariantsPanel,
};

/// The Explorer, the first view: its code is in the module the page loads first.
fn first_panel(state: Memo<State>, set_state: WriteSignal<State>) -> AnyView {
    view! { <ExplorerPanel state=state set_state=set_state/> }.into_any()
}

/// What the link's decoding corrected, if anything: the notice is in the later module,
/// fetched at once for it (a link that needs no correction fetches nothing for it).
fn notice(corrections: Vec<Correction>) -> Option<AnyView> {
    (!corrections.is_empty()).then(|| later::module(move |m| (m.notice)(corrections.clone())))
}

/// The benchmark's view, once its module is loaded (`later.rs`).
fn later_bench_view(
    kind: Bench,
    set_state: WriteSignal<State>,
    state: ReadSignal<State>,
) -> AnyView {
    later::bench(move |build| build(kind, set_state, state))
}

/// The panels below the Explorer, a piece at a time (`later::in_slices`). Reached only
/// through the later module (`later::Module::rest_of_page`), so this code is in it.
fn rest_of_page(state: ReadSignal<State>, set_state: WriteSignal<State>) -> AnyView {
    // From the Explorer on: its part is its "Check yourself" questions, below it. A panel
    // the link hides is not built at all.
    let shown = state.with_untracked(|s| s.classroom.clone());
    let parts: Vec<later::Part> = Panel::ALL[1..]
        .iter()
        .filter(|p| shown.shows(**p))
        .map(|&p| -> later::Part {
            Box::new(move || gated_panel(later::panel, p, state, set_state))
        })
        .collect();
    let (view, slices) = later::in_slices(parts);
    // A headless lab run and the in-page benchmarks work on the whole page: it is built at once.
    if state.with_untracked(|s| s.lab.mode == Mode::Run || s.page.bench != Bench::Off) {
        slices.finish(|| ());
    }
    // Presenter mode: its stylesheet, its bar and keys, and the page built whole (it steps
    // through presets down the page).
    let presenting = Memo::new(move |_| state.with(|s| s.classroom.present));
    let all = slices.clone();
    Effect::new(move |_| {
        let on = presenting.get();
        panels::present::style_page(on);
        // The charts' large type is for a projector's width, as the stylesheet's is.
        let wide = window()
            .match_media("(min-width: 1000px)")
            .ok()
            .flatten()
            .is_some_and(|q| q.matches());
        theme::set_presenting(on && wide);
        if let Ok(Some(b)) = document().query_selector("[data-testid='present-toggle']") {
            let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
        if on {
            all.finish(|| ());
        }
    });
    let bar = move || {
        presenting
            .get()
            .then(|| panels::present::presenter(state, set_state))
    };
    // A link to a panel below (#lab, at load or later) is followed once the page above and
    // around it is complete: what is missing is then built at once, not as the reader nears it.
    let follow = move || {
        if page::fragment_missing() {
            slices.finish(page::scroll_to_fragment);
        }
    };
    follow();
    let hash = window_event_listener(leptos::ev::hashchange, move |_| follow());
    on_cleanup(move || hash.remove());
    view! { {view} {bar} }.into_any()
}

/// One panel of the full page, which follows the state while it is in view and catches up
/// when input pauses while it is not (`browser/settle.rs`).
fn gated_panel(
    build: PanelView,
    which: Panel,
    state: ReadSignal<State>,
    set_state: WriteSignal<State>,
) -> AnyView {
    let (seen, observe) = settle::gate(state);
    let host = NodeRef::<leptos::html::Div>::new();
    host.on_load(move |el| observe(&el));
    view! { <div class="panel-host" node_ref=host>{build(which, seen, set_state)}</div> }.into_any()
}

/// The one panel of an embed: the Explorer at once, any other once its code is loaded.
fn embedded_panel(
    which: Panel,
    state: ReadSignal<State>,
    set_state: WriteSignal<State>,
) -> AnyView {
    let state = Memo::new(move |_| state.get());
    if matches!(which, Panel::Page | Panel::Explorer) {
        // No later module to wait for: the worker waits for the first frames only.
        later::after_first_frames(offline::register_service_worker);
        return first_panel(state, set_state);
    }
    // The embed is that one panel: it is built whole as soon as its code is in, not a piece
    // per idle period (`browser/idle.rs`).
    idle::at_once(true);
    later::module_at(later::Start::Now, move |m| {
        (m.panel)(which, state, set_state)
    })
}

/// The benchmark the URL asked for, if any (read once: it is not part of the state).
/// `paints` is not a timed benchmark: every chart counts its paints instead.
fn initial_bench(state: ReadSignal<State>) -> Option<Bench> {
    match state.with_untracked(|s| s.page.bench) {
        Bench::Off => None,
        Bench::Paints => {
            theme::count_paints();
            None
        }
        kind => Some(kind),
    }
}

/// A start-up mark for the benchmark (`scripts/bench startup` reads them).
fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// The whole page. The URL is read once; afterwards the state signal is the truth and the
/// URL follows it. With `?embed=<panel>` only that panel is shown, without page chrome,
/// and the page reports its height to the host page. `main.rs` calls this, once.
pub fn mount() {
    // The wasm has arrived, compiled and started: from here on the time is the mount's.
    mark("focal-mount");
    // Another language's catalogue comes first (the pre-rendered English view stays
    // meanwhile); English is compiled in. (The app reads the URL again: a closure carrying
    // the state into the mount cost the first module more than decoding twice.)
    let lang = language::resolve(location::read().0.page.lang);
    language::load(lang, || leptos::mount::mount_to_body(App));
}

/// The page, in the language installed (`i18n`).
#[component]
fn App() -> impl IntoView {
    let (initial, corrections): (State, Vec<Correction>) = location::read();
    let embedded = initial.page.embed;
    let (state, set_state) = signal(initial);
    // The address bar follows the state when input pauses (a dragged slider fires an input
    // every frame, and history.replaceState is not free), as do the panels out of view.
    settle::provide(state);
    // A memo, not a derived signal: every chart reads the theme, and a derived signal
    // over the whole State would wake every chart on every input.
    theme::provide(Memo::new(move |_| state.with(|s| s.page.theme)).into());
    page::panic_on_request();
    let bench = initial_bench(state);
    if embedded != Panel::Page {
        // An embed shows one panel, not the pre-rendered page: it gives way in this same task,
        // as the app is mounted (no frame shows neither), and the first frame after mounting
        // has the panel's values shown and its controls live (start-up benchmark).
        first_view::hand_over_now();
        request_animation_frame(|| mark("focal-interactive"));
        embed::report_height(embedded.token());
        if let Some(body) = document().body() {
            let _ = body.class_list().add_1("embedded");
        }
        return view! {
            {notice(corrections)}
            <main class="embedded" data-testid="embedded" data-panel=embedded.token()>
                <h1 class="visually-hidden">{tf(msg::EMBEDDED_TITLE, &[("panel", embedded.title())])}</h1>
                {embedded_panel(embedded, state, set_state)}
                {bench.map(|k| later_bench_view(k, set_state, state))}
            </main>
        }
        .into_any();
    }
    // The pre-rendered first view lies over the app until the app's charts in the window
    // have drawn (`browser/first_view.rs`); the frame it goes in is the first with the
    // values and charts shown and the sliders live (start-up benchmark).
    first_view::hand_over_when_drawn(|| mark("focal-interactive"));
    // A link that hides the Explorer gets an empty place (the same view type: no new generic
    // view code in the first module).
    let explorer: PanelView = if state.with_untracked(|s| s.classroom.shows(Panel::Explorer)) {
        |_, s, w| first_panel(s, w)
    } else {
        |_, _, _| ().into_any()
    };
    let (header_state, observe_header) = settle::gate(state);
    let header = NodeRef::<leptos::html::Header>::new();
    header.on_load(move |el| observe_header(&el));
    let copy = NodeRef::<leptos::html::Div>::new();
    copy.on_load(|el| first_view::toolbar_copy(&el));
    view! {
        <header class="masthead" node_ref=header>
            <h1>{t(msg::PAGE_TITLE)}</h1>
            <p class="lede">
                {t(msg::LEDE_BEFORE)}" "
                <em dir="ltr">"(1 − p"<sub>"t"</sub>")"<sup>"γ"</sup></em>
                " "{t(msg::LEDE_AFTER)}
            </p>
            // The toolbar is the later module's; an inert copy holds its place until then (the
            // stylesheet hides the copy once the live toolbar is beside it).
            <div class="toolbar-slot">
                <div class="toolbar-static" node_ref=copy></div>
                {later::module_quietly_at(later::Start::WhenLive, move |m| (m.toolbar)(header_state, set_state))}
            </div>
        </header>
        {notice(corrections)}
        <main>
            {gated_panel(explorer, Panel::Explorer, state, set_state)}
            // The panels below the Explorer are in a later wasm module (later.rs), fetched
            // after its first frames: a reader can move a slider without waiting for eight
            // more panels' code (and the lab's data).
            {later::module_at(later::Start::WhenLive, move |m| (m.rest_of_page)(state, set_state))}
            {bench.map(|k| later_bench_view(k, set_state, state))}
        </main>
        <footer class="colophon">
            {t(msg::COLOPHON_PAPER)}" "{t(msg::COLOPHON_NUMBERS)}
        </footer>
    }
    .into_any()
}
