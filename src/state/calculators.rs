//! The calculators' settings: objects among the anchors for the prior initialisation (π
//! itself is shared with the lab), and the α calculators (class counts, the
//! class-balanced β).

use super::param::{Choice, Kind, Param, Value};

crate::choice! {
    /// Cui et al.'s β for class-balanced weights.
    pub enum CbBeta {
        B0_9 = ("0.9", crate::i18n::Msg::fixed("0.9")),
        B0_99 = ("0.99", crate::i18n::Msg::fixed("0.99")),
        B0_999 = ("0.999", crate::i18n::Msg::fixed("0.999")),
        B0_9999 = ("0.9999", crate::i18n::Msg::fixed("0.9999")),
    }
}

impl CbBeta {
    pub fn value_of(self) -> f64 {
        self.token().parse().unwrap_or(0.999)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Calculators {
    /// Objects (positives) among the anchors, for the prior calculator.
    pub objects: f64,
    /// Per-class counts for the α calculators.
    pub counts: Vec<f64>,
    pub beta: CbBeta,
}

impl Default for Calculators {
    fn default() -> Calculators {
        Calculators {
            objects: OBJECTS.default_number(),
            counts: COUNTS.default_list(),
            beta: CB_BETA.default_choice(),
        }
    }
}

pub const OBJECTS: Param = Param {
    key: "objects",
    testid: "objects",
    label: crate::i18n::msg::PARAM_OBJECTS_LABEL,
    spoken: crate::i18n::msg::PARAM_OBJECTS_SPOKEN,
    kind: Kind::Number {
        min: 0.0,
        max: 100_000.0,
        step: 1.0,
        default: 0.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.calculators.objects),
    set: |s, v| s.calculators.objects = v.number(),
};

pub const COUNTS: Param = Param {
    key: "counts",
    testid: "counts",
    label: crate::i18n::msg::PARAM_COUNTS_LABEL,
    spoken: crate::i18n::msg::PARAM_COUNTS_SPOKEN,
    kind: Kind::List {
        min: 0.0,
        max: 1e12,
        min_len: 2,
        max_len: 10,
        default: &[100_000.0, 1_000.0, 10.0],
    },
    get: |s| Value::List(s.calculators.counts.clone()),
    set: |s, v| s.calculators.counts = v.list(),
};

pub const CB_BETA: Param = Param {
    key: "beta",
    testid: "cb-beta",
    label: crate::i18n::msg::PARAM_BETA_LABEL,
    spoken: crate::i18n::msg::PARAM_BETA_SPOKEN,
    kind: Kind::Choice {
        options: CbBeta::OPTIONS,
        default: CbBeta::B0_999 as usize,
    },
    get: |s| s.calculators.beta.value(),
    set: |s, v| s.calculators.beta = v.choice(),
};

pub const ROWS: &[&Param] = &[&OBJECTS, &COUNTS, &CB_BETA];
