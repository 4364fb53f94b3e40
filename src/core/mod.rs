//! The pure core: math only. Nothing here may import leptos, web-sys, wasm-bindgen or
//! plotters (enforced by `tests/tidy/`).
pub mod check;
pub mod data;
pub mod fastmath;
pub mod imbalance;
pub mod lab;
pub mod lanes;
pub mod loss;
pub mod metrics;
pub mod train;
pub mod yours;
