//! The typed parameter schema: one table drives URL parsing, URL writing, clamping and the
//! controls. Adding a parameter means adding a field to [`State`] and a row to [`PARAMS`].

use crate::core::loss::Alpha;

/// The whole state a permalink carries.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct State {
    pub gamma: f64,
    /// `None` is "no α" (torchvision's α = -1), distinct from α = 1.
    pub alpha: Option<f64>,
    /// Probability of the true class.
    pub pt: f64,
    /// Whether the true class is the positive one.
    pub positive: bool,
}

impl State {
    pub fn alpha(&self) -> Alpha {
        match self.alpha {
            Some(a) => Alpha::Balanced(a),
            None => Alpha::None,
        }
    }
}

impl Default for State {
    fn default() -> State {
        let mut s = State {
            gamma: 0.0,
            alpha: None,
            pt: 0.0,
            positive: true,
        };
        for p in PARAMS {
            (p.set)(&mut s, p.kind.default());
        }
        s
    }
}

/// A parameter's value, as the URL and the controls see it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Number(f64),
    /// The "off" token of a number that can be switched off (α's `none`).
    Off,
    /// The index of an option of a [`Kind::Choice`].
    Choice(usize),
}

#[derive(Debug)]
pub enum Kind {
    Number {
        min: f64,
        max: f64,
        step: f64,
        default: f64,
        /// A URL token that switches the parameter off (e.g. `alpha=none`), if it can be.
        off_token: Option<&'static str>,
    },
    /// URL tokens with their labels; the first is not necessarily the default.
    Choice {
        options: &'static [(&'static str, &'static str)],
        default: usize,
    },
}

impl Kind {
    pub fn default(&self) -> Value {
        match *self {
            Kind::Number { default, .. } => Value::Number(default),
            Kind::Choice { default, .. } => Value::Choice(default),
        }
    }
}

pub struct Param {
    /// The URL key.
    pub key: &'static str,
    /// The control's `data-testid`.
    pub testid: &'static str,
    /// The control's label, for people.
    pub label: &'static str,
    /// The name used in words for screen readers and notices ("gamma 2.0").
    pub spoken: &'static str,
    pub kind: Kind,
    pub get: fn(&State) -> Value,
    pub set: fn(&mut State, Value),
}

impl std::fmt::Debug for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Param").field("key", &self.key).finish()
    }
}

fn number(v: Value) -> f64 {
    match v {
        Value::Number(x) => x,
        _ => f64::NAN,
    }
}

pub const GAMMA: Param = Param {
    key: "gamma",
    testid: "gamma",
    label: "γ (focusing)",
    spoken: "gamma",
    kind: Kind::Number {
        min: 0.0,
        max: 10.0,
        step: 0.1,
        default: 2.0,
        off_token: None,
    },
    get: |s| Value::Number(s.gamma),
    set: |s, v| s.gamma = number(v),
};

pub const ALPHA: Param = Param {
    key: "alpha",
    testid: "alpha",
    label: "α (positive weight)",
    spoken: "alpha",
    kind: Kind::Number {
        min: 0.0,
        max: 1.0,
        step: 0.01,
        default: 0.25,
        off_token: Some("none"),
    },
    get: |s| match s.alpha {
        Some(a) => Value::Number(a),
        None => Value::Off,
    },
    set: |s, v| {
        s.alpha = match v {
            Value::Number(a) => Some(a),
            _ => None,
        }
    },
};

pub const PT: Param = Param {
    key: "pt",
    testid: "pt",
    label: "p_t (probability of the true class)",
    spoken: "p t",
    kind: Kind::Number {
        min: 0.001,
        max: 0.999,
        step: 0.001,
        default: 0.9,
        off_token: None,
    },
    get: |s| Value::Number(s.pt),
    set: |s, v| s.pt = number(v),
};

pub const TRUE_CLASS: Param = Param {
    key: "y",
    testid: "true-class",
    label: "True class",
    spoken: "true class",
    kind: Kind::Choice {
        options: &[
            ("1", "positive (weight α)"),
            ("0", "negative (weight 1 − α)"),
        ],
        default: 0,
    },
    get: |s| Value::Choice(if s.positive { 0 } else { 1 }),
    set: |s, v| s.positive = v == Value::Choice(0),
};

/// Every parameter, in URL order.
pub const PARAMS: &[&Param] = &[&GAMMA, &ALPHA, &PT, &TRUE_CLASS];
