//! The multi-class (softmax) panel's settings: logits, the target class, per-class α.

use super::param::{Kind, Param, Value};

#[derive(Clone, Debug, PartialEq)]
pub struct MultiClass {
    pub logits: Vec<f64>,
    /// The target class's index (the codec keeps it below the number of logits).
    pub target: usize,
    pub alpha: Vec<f64>,
}

impl Default for MultiClass {
    fn default() -> MultiClass {
        MultiClass {
            logits: MC_LOGITS.default_list(),
            target: MC_TARGET.default_number() as usize,
            alpha: MC_ALPHA.default_list(),
        }
    }
}

pub const MC_LOGITS: Param = Param {
    key: "mclogits",
    testid: "mc-logits",
    label: crate::i18n::msg::PARAM_MCLOGITS_LABEL,
    spoken: crate::i18n::msg::PARAM_MCLOGITS_SPOKEN,
    kind: Kind::List {
        min: -50.0,
        max: 50.0,
        min_len: 3,
        max_len: 5,
        default: &[2.0, 0.5, -1.0],
    },
    get: |s| Value::List(s.multiclass.logits.clone()),
    set: |s, v| s.multiclass.logits = v.list(),
};

pub const MC_TARGET: Param = Param {
    key: "mct",
    testid: "mc-target",
    label: crate::i18n::msg::PARAM_MCT_LABEL,
    spoken: crate::i18n::msg::PARAM_MCT_SPOKEN,
    kind: Kind::Integer {
        min: 0.0,
        max: 4.0,
        step: 1.0,
        default: 0.0,
        log: false,
    },
    get: |s| Value::Number(s.multiclass.target as f64),
    set: |s, v| s.multiclass.target = v.number() as usize,
};

pub const MC_ALPHA: Param = Param {
    key: "mcalpha",
    testid: "mc-alpha",
    label: crate::i18n::msg::PARAM_MCALPHA_LABEL,
    spoken: crate::i18n::msg::PARAM_MCALPHA_SPOKEN,
    kind: Kind::List {
        min: 0.0,
        max: 10.0,
        min_len: 3,
        max_len: 5,
        default: &[0.25, 0.25, 0.25],
    },
    get: |s| Value::List(s.multiclass.alpha.clone()),
    set: |s, v| s.multiclass.alpha = v.list(),
};

pub const ROWS: &[&Param] = &[&MC_LOGITS, &MC_TARGET, &MC_ALPHA];
