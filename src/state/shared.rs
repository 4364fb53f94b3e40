//! Settings more than one panel shows: γ and α (the Explorer, the imbalance view, the
//! variants, the multi-class panel) and the prior π (the calculators and the lab).

use super::param::{Kind, Off, Param, Value};
use crate::core::loss::Alpha;

#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub gamma: f64,
    /// `None` is "no α" (torchvision's α = -1), distinct from α = 1.
    pub alpha: Option<f64>,
    /// The prior π: the calculators' bias initialisation, and the lab's when its runs
    /// start from the prior.
    pub prior: f64,
}

impl Default for Shared {
    fn default() -> Shared {
        Shared {
            gamma: GAMMA.default_number(),
            alpha: Some(ALPHA.default_number()),
            prior: PRIOR.default_number(),
        }
    }
}

impl Shared {
    pub fn alpha(&self) -> Alpha {
        Alpha::from(self.alpha)
    }
}

pub const GAMMA: Param = Param {
    key: "gamma",
    testid: "gamma",
    label: crate::i18n::msg::PARAM_GAMMA_LABEL,
    spoken: crate::i18n::msg::PARAM_GAMMA_SPOKEN,
    kind: Kind::Number {
        min: 0.0,
        max: 10.0,
        step: 0.1,
        default: 2.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.shared.gamma),
    set: |s, v| s.shared.gamma = v.number(),
};

pub const ALPHA: Param = Param {
    key: "alpha",
    testid: "alpha",
    label: crate::i18n::msg::PARAM_ALPHA_LABEL,
    spoken: crate::i18n::msg::PARAM_ALPHA_SPOKEN,
    kind: Kind::Number {
        min: 0.0,
        max: 1.0,
        step: 0.01,
        default: 0.25,
        off: Some(Off {
            token: "none",
            label: crate::i18n::msg::PARAM_ALPHA_OFF,
        }),
        log: false,
    },
    get: |s| match s.shared.alpha {
        Some(a) => Value::Number(a),
        None => Value::Off,
    },
    set: |s, v| {
        s.shared.alpha = match v {
            Value::Number(a) => Some(a),
            _ => None,
        }
    },
};

pub const PRIOR: Param = Param {
    key: "prior",
    testid: "prior",
    label: crate::i18n::msg::PARAM_PRIOR_LABEL,
    spoken: crate::i18n::msg::PARAM_PRIOR_SPOKEN,
    kind: Kind::Number {
        min: 0.00001,
        max: 0.5,
        step: 0.01,
        default: 0.01,
        off: None,
        log: true,
    },
    get: |s| Value::Number(s.shared.prior),
    set: |s, v| s.shared.prior = v.number(),
};

pub const ROWS: &[&Param] = &[&GAMMA, &ALPHA, &PRIOR];
