//! Focal Loss Explorer. `core`, `state` and `plot` are plain Rust, tested natively;
//! `ui` is the leptos shell, compiled for the browser only.
#![forbid(unsafe_code)]

pub mod bench_inputs;
pub mod core;
pub mod format;
pub mod i18n;
pub mod mathml;
pub mod plot;
pub mod published;
pub mod quiz;
pub mod snippets;
pub mod state;
pub mod toolbar;
#[cfg(target_arch = "wasm32")]
pub mod ui;
