//! The Explorer's own settings: the point p_t and its true class.

use super::param::{Choice, Kind, Param, Value};
use super::State;
use crate::core::loss::Alpha;

crate::choice! {
    /// Which class the example belongs to (positives get α, negatives 1 − α).
    pub enum TrueClass {
        Positive = ("1", crate::i18n::msg::TRUE_CLASS_POSITIVE),
        Negative = ("0", crate::i18n::msg::TRUE_CLASS_NEGATIVE),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Explorer {
    /// Probability of the true class.
    pub pt: f64,
    pub class: TrueClass,
}

impl Default for Explorer {
    fn default() -> Explorer {
        Explorer {
            pt: PT.default_number(),
            class: TRUE_CLASS.default_choice(),
        }
    }
}

impl Explorer {
    pub fn positive(&self) -> bool {
        self.class == TrueClass::Positive
    }
}

/// Exactly what the Explorer's numbers, formulas, charts and the code snippets depend on:
/// the shared γ and α and the Explorer's own point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub gamma: f64,
    /// `None` is "no α".
    pub alpha: Option<f64>,
    pub pt: f64,
    pub positive: bool,
}

impl Point {
    pub fn alpha(&self) -> Alpha {
        Alpha::from(self.alpha)
    }
}

impl State {
    pub fn point(&self) -> Point {
        Point {
            gamma: self.shared.gamma,
            alpha: self.shared.alpha,
            pt: self.explorer.pt,
            positive: self.explorer.positive(),
        }
    }
}

pub const PT: Param = Param {
    key: "pt",
    testid: "pt",
    label: crate::i18n::msg::PARAM_PT_LABEL,
    spoken: crate::i18n::msg::PARAM_PT_SPOKEN,
    kind: Kind::Number {
        min: 0.001,
        max: 0.999,
        step: 0.001,
        default: 0.9,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.explorer.pt),
    set: |s, v| s.explorer.pt = v.number(),
};

pub const TRUE_CLASS: Param = Param {
    key: "y",
    testid: "true-class",
    label: crate::i18n::msg::PARAM_Y_LABEL,
    spoken: crate::i18n::msg::PARAM_Y_SPOKEN,
    kind: Kind::Choice {
        options: TrueClass::OPTIONS,
        default: TrueClass::Positive as usize,
    },
    get: |s| s.explorer.class.value(),
    set: |s, v| s.explorer.class = v.choice(),
};

pub const ROWS: &[&Param] = &[&PT, &TRUE_CLASS];
