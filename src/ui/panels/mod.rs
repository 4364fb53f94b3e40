//! The panels, one module each: the Explorer (the first view), the page's header (toolbar
//! and notice) and the panels below, which only `later.rs` builds.
pub mod calculators;
pub mod check;
pub mod code;
pub mod exercise;
pub mod explorer;
pub mod imbalance;
pub mod lab;
pub mod multiclass;
pub mod notice;
pub mod present;
pub mod quiz;
pub mod toolbar;
pub mod variants;
pub mod yours;

pub use calculators::CalculatorsPanel;
pub use check::CheckPanel;
pub use code::CodePanel;
pub use explorer::{ExplorerModel, ExplorerPanel};
pub use imbalance::{ImbalanceModel, ImbalancePanel};
pub use lab::LabPanel;
pub use multiclass::MultiClassPanel;
pub use variants::VariantsPanel;
pub use yours::YoursPanel;
