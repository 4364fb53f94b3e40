//! The class-imbalance view's settings: how many negatives per positive, how easy and how
//! hard each class is, and the number of examples.

use super::param::{Kind, Param, Value};

#[derive(Clone, Debug, PartialEq)]
pub struct Imbalance {
    /// Negatives per positive.
    pub ratio: f64,
    /// Mean p_t of the negatives and of the positives (logit-normal).
    pub neg_pt: f64,
    pub pos_pt: f64,
    /// Standard deviation of logit(p_t) within each class.
    pub spread: f64,
    /// Examples (anchors) in the set; also the prior calculator's background.
    pub anchors: f64,
}

impl Default for Imbalance {
    fn default() -> Imbalance {
        Imbalance {
            ratio: RATIO.default_number(),
            neg_pt: NEG_PT.default_number(),
            pos_pt: POS_PT.default_number(),
            spread: SPREAD.default_number(),
            anchors: ANCHORS.default_number(),
        }
    }
}

pub const RATIO: Param = Param {
    key: "ratio",
    testid: "ratio",
    label: crate::i18n::msg::PARAM_RATIO_LABEL,
    spoken: crate::i18n::msg::PARAM_RATIO_SPOKEN,
    kind: Kind::Number {
        min: 1.0,
        max: 100_000.0,
        step: 0.01,
        default: 1000.0,
        off: None,
        log: true,
    },
    get: |s| Value::Number(s.imbalance.ratio),
    set: |s, v| s.imbalance.ratio = v.number(),
};

pub const NEG_PT: Param = Param {
    key: "neg",
    testid: "neg-pt",
    label: crate::i18n::msg::PARAM_NEG_LABEL,
    spoken: crate::i18n::msg::PARAM_NEG_SPOKEN,
    kind: Kind::Number {
        min: 0.5,
        max: 0.9999,
        step: 0.0001,
        default: 0.99,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.imbalance.neg_pt),
    set: |s, v| s.imbalance.neg_pt = v.number(),
};

pub const POS_PT: Param = Param {
    key: "pos",
    testid: "pos-pt",
    label: crate::i18n::msg::PARAM_POS_LABEL,
    spoken: crate::i18n::msg::PARAM_POS_SPOKEN,
    kind: Kind::Number {
        min: 0.01,
        max: 0.99,
        step: 0.01,
        default: 0.3,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.imbalance.pos_pt),
    set: |s, v| s.imbalance.pos_pt = v.number(),
};

pub const SPREAD: Param = Param {
    key: "spread",
    testid: "spread",
    label: crate::i18n::msg::PARAM_SPREAD_LABEL,
    spoken: crate::i18n::msg::PARAM_SPREAD_SPOKEN,
    kind: Kind::Number {
        min: 0.0,
        max: 3.0,
        step: 0.05,
        default: 1.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.imbalance.spread),
    set: |s, v| s.imbalance.spread = v.number(),
};

pub const ANCHORS: Param = Param {
    key: "anchors",
    testid: "anchors",
    label: crate::i18n::msg::PARAM_ANCHORS_LABEL,
    spoken: crate::i18n::msg::PARAM_ANCHORS_SPOKEN,
    kind: Kind::Number {
        min: 10.0,
        max: 10_000_000.0,
        step: 0.01,
        default: 100_000.0,
        off: None,
        log: true,
    },
    get: |s| Value::Number(s.imbalance.anchors),
    set: |s, v| s.imbalance.anchors = v.number(),
};

pub const ROWS: &[&Param] = &[&RATIO, &NEG_PT, &POS_PT, &SPREAD, &ANCHORS];
