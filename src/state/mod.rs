//! Application state: the typed schema and its pure URL codec. Only `location.rs`
//! (browser builds) touches `window.location` and `history`.
pub mod codec;
#[cfg(target_arch = "wasm32")]
pub mod location;
pub mod schema;
