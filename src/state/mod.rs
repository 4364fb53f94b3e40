//! Application state, one typed module per panel, each with its own rows of the parameter
//! table (`param.rs`), and the pure URL codec over that table. Only `location.rs` (browser
//! builds) touches `window.location` and `history`.
//!
//! Adding a parameter: a field in its panel's struct, a `Param` row beside it (key, test
//! id, label, kind, get, set) in its panel's `ROWS`, and its default in the struct's
//! `Default` from the row. [`PARAMS`] is built from the panels' rows; the codec, the
//! notice and the controls follow from the row.

pub mod calculators;
pub mod classroom;
pub mod codec;
pub mod explorer;
pub mod imbalance;
pub mod lab;
#[cfg(target_arch = "wasm32")]
pub mod location;
pub mod multiclass;
pub mod names;
pub mod page;
pub mod param;
pub mod shared;
pub mod variants;

pub use calculators::{Calculators, CbBeta, CB_BETA, COUNTS, OBJECTS};
pub use classroom::{Classroom, HIDE, LOCK, PRESENT, QUIZ};
pub use explorer::{Explorer, Point, TrueClass, PT, TRUE_CLASS};
pub use imbalance::{Imbalance, ANCHORS, NEG_PT, POS_PT, RATIO, SPREAD};
pub use lab::*;
pub use multiclass::{MultiClass, MC_ALPHA, MC_LOGITS, MC_TARGET};
pub use page::{Bench, Page, Panel, Theme, BENCH, EMBED, LANG, THEME};
pub use param::{Choice, Kind, Off, Param, Value};
pub use shared::{Shared, ALPHA, GAMMA, PRIOR};
pub use variants::{Variants, POLY_EPSILON};

use crate::core::imbalance::LogitNormal;

/// The whole state a permalink carries, panel by panel.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub shared: Shared,
    pub explorer: Explorer,
    pub imbalance: Imbalance,
    pub calculators: Calculators,
    pub variants: Variants,
    pub multiclass: MultiClass,
    pub lab: Lab,
    pub page: Page,
    pub classroom: Classroom,
}

/// The rows behind the panels' controls, panel by panel: the one list a new panel's rows
/// are added to (its rows are declared in its own module).
pub const CONTROL_ROWS: &[&[&Param]] = &[
    shared::ROWS,
    explorer::ROWS,
    imbalance::ROWS,
    calculators::ROWS,
    variants::ROWS,
    multiclass::ROWS,
    // The lab's `scenario` row comes first among its rows: it sets them all, and the URL's
    // own values then win.
    lab::ROWS,
];

/// Every list of rows: the panels', the page's, then the classroom's, decoded last, after
/// the values it locks.
pub const PANEL_ROWS: &[&[&Param]] = &{
    let mut all: [&[&Param]; CONTROL_ROWS.len() + 2] = [&[]; CONTROL_ROWS.len() + 2];
    let mut i = 0;
    while i < CONTROL_ROWS.len() {
        all[i] = CONTROL_ROWS[i];
        i += 1;
    }
    all[i] = page::ROWS;
    all[i + 1] = classroom::ROWS;
    all
};

const fn row_count() -> usize {
    let (mut n, mut i) = (0, 0);
    while i < PANEL_ROWS.len() {
        n += PANEL_ROWS[i].len();
        i += 1;
    }
    n
}

/// Every parameter, panel by panel: the codec's table and the order a link lists its keys.
pub const PARAMS: &[&Param] = &{
    let mut all: [&Param; row_count()] = [&GAMMA; row_count()];
    let (mut k, mut i) = (0, 0);
    while i < PANEL_ROWS.len() {
        let mut j = 0;
        while j < PANEL_ROWS[i].len() {
            all[k] = PANEL_ROWS[i][j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    all
};

impl Default for State {
    fn default() -> State {
        State {
            shared: Shared::default(),
            explorer: Explorer::default(),
            imbalance: Imbalance::default(),
            calculators: Calculators::default(),
            variants: Variants::default(),
            multiclass: MultiClass::default(),
            lab: Lab::default(),
            page: Page::default(),
            classroom: Classroom::new(),
        }
    }
}

impl State {
    /// Sets one parameter through its row, then makes the parameters that depend on each
    /// other agree ([`codec::reconcile`]: the one place cross-field rules live). Every
    /// control writes through here, and the decoder ends with the same rules. A row the
    /// teacher's link locked is not written (and the one row that sets others, the lab's
    /// scenario, keeps the locked ones: `Scenario::apply`).
    pub fn set(&mut self, param: &Param, value: Value) {
        if self.classroom.locks(param.key) {
            return;
        }
        (param.set)(self, value);
        codec::reconcile(self);
    }

    /// Runs `change` (a preset, a scenario), then puts back every locked row it moved. (A
    /// `dyn` closure: one copy of this in the first module, whatever the callers.)
    pub fn keeping_locks(&mut self, change: &mut dyn FnMut(&mut State)) {
        if self.classroom.lock == 0 {
            return change(self);
        }
        let before = self.clone();
        change(self);
        for param in PARAMS {
            let value = (param.get)(&before);
            // Only what moved: a scenario's row re-applies its preset when set.
            if self.classroom.locks(param.key) && (param.get)(self) != value {
                (param.set)(self, value);
            }
        }
    }

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
