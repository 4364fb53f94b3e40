//! Application state, one typed module per panel, each with its own rows of the parameter
//! table (`param.rs`), and the pure URL codec over that table. Only `location.rs` (browser
//! builds) touches `window.location` and `history`.
//!
//! Adding a parameter: a field in its panel's struct, a `Param` row beside it (key, test
//! id, label, kind, get, set), its default in the struct's `Default` from the row, and the
//! row in [`PARAMS`]. The codec, the notice and the controls follow from the row.

pub mod calculators;
pub mod codec;
pub mod explorer;
pub mod imbalance;
pub mod lab;
#[cfg(target_arch = "wasm32")]
pub mod location;
pub mod multiclass;
pub mod page;
pub mod param;
pub mod shared;
pub mod variants;

pub use calculators::{Calculators, CbBeta, CB_BETA, COUNTS, OBJECTS};
pub use explorer::{Explorer, Point, TrueClass, PT, TRUE_CLASS};
pub use imbalance::{Imbalance, ANCHORS, NEG_PT, POS_PT, RATIO, SPREAD};
pub use lab::*;
pub use multiclass::{MultiClass, MC_ALPHA, MC_LOGITS, MC_TARGET};
pub use page::{Bench, Page, Panel, Theme, BENCH, EMBED, THEME};
pub use param::{Choice, Kind, Param, Value};
pub use shared::{Shared, ALPHA, GAMMA, PRIOR};
pub use variants::{Variants, POLY_EPSILON};

use crate::core::imbalance::LogitNormal;

/// The whole state a permalink carries, panel by panel.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    pub shared: Shared,
    pub explorer: Explorer,
    pub imbalance: Imbalance,
    pub calculators: Calculators,
    pub variants: Variants,
    pub multiclass: MultiClass,
    pub lab: Lab,
    pub page: Page,
}

/// Every parameter, in URL order (the order of today's links, which must keep working).
pub const PARAMS: &[&Param] = &[
    &GAMMA,
    &ALPHA,
    &PT,
    &TRUE_CLASS,
    &RATIO,
    &NEG_PT,
    &POS_PT,
    &SPREAD,
    &ANCHORS,
    &OBJECTS,
    &PRIOR,
    &COUNTS,
    &CB_BETA,
    &POLY_EPSILON,
    &MC_LOGITS,
    &MC_TARGET,
    &MC_ALPHA,
    // Before the lab's other rows: it sets them all, and the URL's own values then win.
    &SCENARIO,
    &SEED,
    &SHAPE,
    &LAB_POSITIVES,
    &LAB_RATIO,
    &HARD,
    &QUADRATIC,
    &USE_PRIOR,
    &OPTIMISER,
    &LR,
    &WARMUP,
    &LR_SCHEDULE,
    &CLIP,
    &NORMALISATION,
    &SCHEDULE,
    &GAMMA_START,
    &GAMMA_END,
    &EPOCHS,
    &SPEED,
    &THRESHOLD,
    &A_LOSS,
    &A_GAMMA,
    &A_ALPHA,
    &B_LOSS,
    &B_GAMMA,
    &B_ALPHA,
    &LAB_MODE,
    &DUMP,
    &EMBED,
    &THEME,
    &BENCH,
];

/// Each panel's rows, to check that [`PARAMS`] lists every row once.
pub const PANEL_ROWS: &[&[&Param]] = &[
    shared::ROWS,
    explorer::ROWS,
    imbalance::ROWS,
    calculators::ROWS,
    variants::ROWS,
    multiclass::ROWS,
    lab::ROWS,
    page::ROWS,
];

impl State {
    /// The imbalance panel's scenario.
    pub fn scenario(&self) -> crate::core::imbalance::Scenario {
        self.scenario_with(
            LogitNormal::with_mean(self.imbalance.neg_pt, self.imbalance.spread),
            LogitNormal::with_mean(self.imbalance.pos_pt, self.imbalance.spread),
        )
    }

    /// The scenario with its two p_t distributions solved already (solving them is the
    /// expensive part, and only three of the panel's sliders change them).
    pub fn scenario_with(
        &self,
        negatives: LogitNormal,
        positives: LogitNormal,
    ) -> crate::core::imbalance::Scenario {
        crate::core::imbalance::Scenario {
            ratio: self.imbalance.ratio,
            n: self.imbalance.anchors,
            negatives,
            positives,
            alpha: self.shared.alpha(),
            gamma: self.shared.gamma,
        }
    }

    /// The lab's data set.
    pub fn lab_spec(&self) -> crate::core::data::DataSpec {
        self.lab.spec()
    }

    /// The lab's two runs' training settings (the bias may start from the shared π).
    pub fn lab_configs(&self) -> [crate::core::train::TrainConfig; 2] {
        self.lab.configs(self.shared.prior)
    }
}
