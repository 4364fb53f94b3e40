//! The browser around the app: the theme, visibility and sizes of elements, input pauses,
//! the embed protocol, offline, and small page services. Panels use these; none of them
//! knows a panel.
pub mod embed;
pub mod first_view;
pub mod idle;
pub mod language;
pub mod offline;
pub mod page;
pub mod settle;
pub mod size;
pub mod theme;
pub mod visible;
pub mod watched;

/// Milliseconds since the page started (the frame budgets' and benchmarks' clock).
pub fn now() -> f64 {
    leptos::prelude::window()
        .performance()
        .map_or(0.0, |p| p.now())
}
