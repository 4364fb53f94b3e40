//! The typed parameter schema: one table drives URL parsing, URL writing, clamping and the
//! controls. Adding a parameter means adding a field to [`State`] and a row to [`PARAMS`].

use crate::core::loss::Alpha;

/// The whole state a permalink carries.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub gamma: f64,
    /// `None` is "no α" (torchvision's α = -1), distinct from α = 1.
    pub alpha: Option<f64>,
    /// Probability of the true class.
    pub pt: f64,
    /// Whether the true class is the positive one.
    pub positive: bool,
    /// Negatives per positive.
    pub ratio: f64,
    /// Mean p_t of the negatives and of the positives (logit-normal).
    pub neg_pt: f64,
    pub pos_pt: f64,
    /// Standard deviation of logit(p_t) within each class.
    pub spread: f64,
    /// Examples (anchors) in the set; the background for the prior calculator.
    pub anchors: f64,
    /// Objects (positives) among the anchors, for the prior calculator.
    pub objects: f64,
    /// The prior π for bias initialisation.
    pub prior: f64,
    /// Per-class counts for the α calculators.
    pub counts: Vec<f64>,
    /// Index into [`CB_BETA`]'s options.
    pub cb_beta: usize,
    /// Poly-1's ε.
    pub poly_epsilon: f64,
    /// The multi-class panel: logits, target class, per-class α.
    pub mc_logits: Vec<f64>,
    pub mc_target: f64,
    pub mc_alpha: Vec<f64>,
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
            ratio: 0.0,
            neg_pt: 0.0,
            pos_pt: 0.0,
            spread: 0.0,
            anchors: 0.0,
            objects: 0.0,
            prior: 0.0,
            counts: Vec::new(),
            cb_beta: 0,
            poly_epsilon: 0.0,
            mc_logits: Vec::new(),
            mc_target: 0.0,
            mc_alpha: Vec::new(),
        };
        for p in PARAMS {
            (p.set)(&mut s, p.kind.default());
        }
        s
    }
}

/// A parameter's value, as the URL and the controls see it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A comma-separated list of numbers (`counts=10,1000`).
    List(Vec<f64>),
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
        /// The slider moves along log10 of the value (ratios spanning decades).
        log: bool,
    },
    /// A list of numbers, each within [min, max], with a bounded length.
    List {
        min: f64,
        max: f64,
        min_len: usize,
        max_len: usize,
        default: &'static [f64],
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
            Kind::List { default, .. } => Value::List(default.to_vec()),
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

fn list(v: Value) -> Vec<f64> {
    match v {
        Value::List(x) => x,
        _ => Vec::new(),
    }
}

macro_rules! number_param {
    ($name:ident, $field:ident, $key:literal, $testid:literal, $label:literal, $spoken:literal,
     $min:expr, $max:expr, $step:expr, $default:expr, $log:expr) => {
        pub const $name: Param = Param {
            key: $key,
            testid: $testid,
            label: $label,
            spoken: $spoken,
            kind: Kind::Number {
                min: $min,
                max: $max,
                step: $step,
                default: $default,
                off_token: None,
                log: $log,
            },
            get: |s| Value::Number(s.$field),
            set: |s, v| s.$field = number(v),
        };
    };
}

macro_rules! list_param {
    ($name:ident, $field:ident, $key:literal, $testid:literal, $label:literal, $spoken:literal,
     $min:expr, $max:expr, $min_len:expr, $max_len:expr, $default:expr) => {
        pub const $name: Param = Param {
            key: $key,
            testid: $testid,
            label: $label,
            spoken: $spoken,
            kind: Kind::List {
                min: $min,
                max: $max,
                min_len: $min_len,
                max_len: $max_len,
                default: $default,
            },
            get: |s| Value::List(s.$field.clone()),
            set: |s, v| s.$field = list(v),
        };
    };
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
        log: false,
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
        log: false,
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
        log: false,
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

number_param!(
    RATIO,
    ratio,
    "ratio",
    "ratio",
    "Imbalance: negatives per positive",
    "ratio",
    1.0,
    100_000.0,
    0.01,
    1000.0,
    true
);
number_param!(
    NEG_PT,
    neg_pt,
    "neg",
    "neg-pt",
    "Negatives: mean p_t (how easy)",
    "negatives mean p t",
    0.5,
    0.9999,
    0.0001,
    0.99,
    false
);
number_param!(
    POS_PT,
    pos_pt,
    "pos",
    "pos-pt",
    "Positives: mean p_t (how hard)",
    "positives mean p t",
    0.01,
    0.99,
    0.01,
    0.3,
    false
);
number_param!(
    SPREAD,
    spread,
    "spread",
    "spread",
    "Spread: std. dev. of logit(p_t)",
    "spread",
    0.0,
    3.0,
    0.05,
    1.0,
    false
);
number_param!(
    ANCHORS,
    anchors,
    "anchors",
    "anchors",
    "Examples (anchors) N",
    "anchors",
    10.0,
    10_000_000.0,
    0.01,
    100_000.0,
    true
);
number_param!(
    OBJECTS,
    objects,
    "objects",
    "objects",
    "Objects among them P",
    "objects",
    0.0,
    100_000.0,
    1.0,
    0.0,
    false
);
number_param!(PRIOR, prior, "prior", "prior", "Prior π", "prior", 0.00001, 0.5, 0.01, 0.01, true);
number_param!(
    POLY_EPSILON,
    poly_epsilon,
    "eps",
    "poly-epsilon",
    "Poly-1 ε",
    "epsilon",
    -1.0,
    10.0,
    0.1,
    1.0,
    false
);
number_param!(
    MC_TARGET,
    mc_target,
    "mct",
    "mc-target",
    "Target class",
    "target class",
    0.0,
    4.0,
    1.0,
    0.0,
    false
);
list_param!(
    COUNTS,
    counts,
    "counts",
    "counts",
    "Examples per class",
    "class counts",
    0.0,
    1e12,
    2,
    10,
    &[100_000.0, 1_000.0, 10.0]
);
list_param!(
    MC_LOGITS,
    mc_logits,
    "mclogits",
    "mc-logits",
    "Logits",
    "logits",
    -50.0,
    50.0,
    3,
    5,
    &[2.0, 0.5, -1.0]
);
list_param!(
    MC_ALPHA,
    mc_alpha,
    "mcalpha",
    "mc-alpha",
    "Per-class α",
    "alpha",
    0.0,
    10.0,
    3,
    5,
    &[0.25, 0.25, 0.25]
);

pub const CB_BETA: Param = Param {
    key: "beta",
    testid: "cb-beta",
    label: "Class-balanced β",
    spoken: "beta",
    kind: Kind::Choice {
        options: &[
            ("0.9", "0.9"),
            ("0.99", "0.99"),
            ("0.999", "0.999"),
            ("0.9999", "0.9999"),
        ],
        default: 2,
    },
    get: |s| Value::Choice(s.cb_beta),
    set: |s, v| {
        if let Value::Choice(i) = v {
            s.cb_beta = i
        }
    },
};

impl State {
    /// β for the class-balanced weights.
    pub fn cb_beta_value(&self) -> f64 {
        match CB_BETA.kind {
            Kind::Choice { options, .. } => options[self.cb_beta.min(options.len() - 1)]
                .0
                .parse()
                .unwrap_or(0.999),
            _ => 0.999,
        }
    }
}

/// Every parameter, in URL order.
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
];

impl State {
    /// The imbalance panel's scenario.
    pub fn scenario(&self) -> crate::core::imbalance::Scenario {
        use crate::core::imbalance::{LogitNormal, Scenario};
        Scenario {
            ratio: self.ratio,
            n: self.anchors,
            negatives: LogitNormal::with_mean(self.neg_pt, self.spread),
            positives: LogitNormal::with_mean(self.pos_pt, self.spread),
            alpha: self.alpha(),
            gamma: self.gamma,
        }
    }
}
