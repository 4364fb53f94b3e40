//! The variants panel's one setting: Poly-1's ε.

use super::param::{Kind, Param, Value};

#[derive(Clone, Debug, PartialEq)]
pub struct Variants {
    pub poly_epsilon: f64,
}

impl Default for Variants {
    fn default() -> Variants {
        Variants {
            poly_epsilon: POLY_EPSILON.default_number(),
        }
    }
}

pub const POLY_EPSILON: Param = Param {
    key: "eps",
    testid: "poly-epsilon",
    label: crate::i18n::msg::PARAM_EPS_LABEL,
    spoken: crate::i18n::msg::PARAM_EPS_SPOKEN,
    kind: Kind::Number {
        min: -1.0,
        max: 10.0,
        step: 0.1,
        default: 1.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.variants.poly_epsilon),
    set: |s, v| s.variants.poly_epsilon = v.number(),
};

pub const ROWS: &[&Param] = &[&POLY_EPSILON];
