//! Charts as functions of data: `draw_*<DB: DrawingBackend>(area, &data, &style)`, the
//! same code on a browser canvas and into SVG in native tests. No leptos here.
pub mod curves;
pub mod explorer;
pub mod figure;
pub mod imbalance;
pub mod lab;
mod legend;
pub mod theme;
pub mod variants;
pub mod yours;
