//! Charts on a canvas: the component, the per-frame drawing budget, the backends.
pub mod canvas;
pub mod canvas_backend;
pub mod download;
pub mod paint;
pub mod surface;
pub mod tools;
