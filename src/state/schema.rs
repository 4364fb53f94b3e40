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
    /// The training lab: data, optimisation, the two runs, and the view.
    pub seed: f64,
    pub shape: usize,
    pub lab_positives: f64,
    pub lab_ratio: f64,
    pub hard: f64,
    pub quadratic: usize,
    pub use_prior: usize,
    pub optimiser: usize,
    pub lr: f64,
    pub warmup: f64,
    pub clip: f64,
    pub normalisation: usize,
    pub schedule: usize,
    pub gamma_start: f64,
    pub gamma_end: f64,
    pub epochs: f64,
    pub speed: f64,
    pub threshold: f64,
    pub a_loss: usize,
    pub a_gamma: f64,
    pub a_alpha: f64,
    pub b_loss: usize,
    pub b_gamma: f64,
    pub b_alpha: f64,
    /// `lab=run`: train `epochs` headlessly, as fast as possible, then report.
    pub lab_mode: usize,
    /// `dump=1`: also write the test split with both runs' probabilities as CSV.
    pub dump: usize,
    /// `embed=<panel>`: that panel alone, without page chrome (index into [`PANELS`]).
    pub embed: usize,
    /// auto (follow the system), light or dark.
    pub theme: usize,
    /// `bench=<name>`: run a benchmark in the page and report it (see BENCHMARKS.md).
    pub bench: usize,
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
            seed: 0.0,
            shape: 0,
            lab_positives: 0.0,
            lab_ratio: 0.0,
            hard: 0.0,
            quadratic: 0,
            use_prior: 0,
            optimiser: 0,
            lr: 0.0,
            warmup: 0.0,
            clip: 0.0,
            normalisation: 0,
            schedule: 0,
            gamma_start: 0.0,
            gamma_end: 0.0,
            epochs: 0.0,
            speed: 0.0,
            threshold: 0.0,
            a_loss: 0,
            a_gamma: 0.0,
            a_alpha: 0.0,
            b_loss: 0,
            b_gamma: 0.0,
            b_alpha: 0.0,
            lab_mode: 0,
            dump: 0,
            embed: 0,
            theme: 0,
            bench: 0,
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

macro_rules! choice_param {
    ($name:ident, $field:ident, $key:literal, $testid:literal, $label:literal, $options:expr, $default:expr) => {
        pub const $name: Param = Param {
            key: $key,
            testid: $testid,
            label: $label,
            spoken: $label,
            kind: Kind::Choice {
                options: $options,
                default: $default,
            },
            get: |s| Value::Choice(s.$field),
            set: |s, v| {
                if let Value::Choice(i) = v {
                    s.$field = i
                }
            },
        };
    };
}

/// The losses a lab run can use, as URL tokens and labels (order matters: see `lab_loss`).
pub const LAB_LOSSES: &[(&str, &str)] = &[
    ("ce", "cross-entropy (CE)"),
    ("ace", "α-balanced CE"),
    ("fl", "focal loss (γ, α)"),
    ("flstar", "FL* (γ, β = 1)"),
    ("ohem", "CE + hard example mining 1:3"),
    ("cbfl", "class-balanced FL (β = 0.9999)"),
];
const YES_NO: &[(&str, &str)] = &[("1", "yes"), ("0", "no")];

number_param!(SEED, seed, "seed", "seed", "Seed", "seed", 0.0, 1e9, 1.0, 1.0, false);
choice_param!(
    SHAPE,
    shape,
    "shape",
    "shape",
    "Shape",
    &[
        ("blobs", "blobs"),
        ("ring", "positives on a ring"),
        ("cluster", "positive cluster inside a negative ring")
    ],
    0
);
number_param!(
    LAB_POSITIVES,
    lab_positives,
    "npos",
    "npos",
    "Positives",
    "positives",
    10.0,
    1000.0,
    10.0,
    100.0,
    false
);
number_param!(
    LAB_RATIO,
    lab_ratio,
    "lratio",
    "lab-ratio",
    "Negatives per positive",
    "ratio",
    1.0,
    10_000.0,
    0.01,
    1000.0,
    true
);
number_param!(
    HARD,
    hard,
    "hard",
    "hard",
    "Hard negatives (fraction)",
    "hard fraction",
    0.0,
    0.2,
    0.001,
    0.01,
    false
);
choice_param!(
    QUADRATIC,
    quadratic,
    "quad",
    "quadratic",
    "Quadratic features (x², y², xy)",
    YES_NO,
    0
);
choice_param!(
    USE_PRIOR,
    use_prior,
    "useprior",
    "use-prior",
    "Bias from the prior π",
    YES_NO,
    0
);
choice_param!(
    OPTIMISER,
    optimiser,
    "opt",
    "optimiser",
    "Optimiser",
    &[
        ("gd", "full-batch gradient descent"),
        ("sgd", "mini-batch SGD, momentum 0.9, batch 1024")
    ],
    0
);
number_param!(
    LR,
    lr,
    "lr",
    "lr",
    "Learning rate",
    "learning rate",
    0.0001,
    100.0,
    0.01,
    0.05,
    true
);
number_param!(
    WARMUP,
    warmup,
    "warmup",
    "warmup",
    "Warm-up epochs",
    "warm-up",
    0.0,
    100.0,
    1.0,
    0.0,
    false
);
number_param!(
    CLIP,
    clip,
    "clip",
    "clip",
    "Clip gradient norm (0: off)",
    "clip",
    0.0,
    100.0,
    0.1,
    0.0,
    false
);
choice_param!(
    NORMALISATION,
    normalisation,
    "norm",
    "normalisation",
    "Normalise the loss by",
    &[
        ("pos", "the number of positives"),
        ("mean", "the number of examples (mean)")
    ],
    0
);
choice_param!(
    SCHEDULE,
    schedule,
    "sched",
    "schedule",
    "γ schedule",
    &[
        ("const", "constant"),
        ("linear", "linear from γ start to γ end")
    ],
    0
);
number_param!(
    GAMMA_START,
    gamma_start,
    "g0",
    "gamma-start",
    "γ start",
    "gamma start",
    0.0,
    10.0,
    0.1,
    0.0,
    false
);
number_param!(
    GAMMA_END,
    gamma_end,
    "g1",
    "gamma-end",
    "γ end",
    "gamma end",
    0.0,
    10.0,
    0.1,
    2.0,
    false
);
number_param!(
    EPOCHS,
    epochs,
    "epochs",
    "epochs",
    "Epochs (planned)",
    "epochs",
    1.0,
    20_000.0,
    0.01,
    300.0,
    true
);
number_param!(
    SPEED,
    speed,
    "speed",
    "speed",
    "Speed (epochs per frame)",
    "speed",
    1.0,
    50.0,
    1.0,
    1.0,
    false
);
number_param!(
    THRESHOLD,
    threshold,
    "thr",
    "threshold",
    "Threshold",
    "threshold",
    0.0,
    1.0,
    0.01,
    0.5,
    false
);
choice_param!(
    A_LOSS,
    a_loss,
    "aloss",
    "a-loss",
    "Run A loss",
    LAB_LOSSES,
    0
);
number_param!(
    A_GAMMA,
    a_gamma,
    "agamma",
    "a-gamma",
    "Run A γ",
    "run A gamma",
    0.0,
    10.0,
    0.1,
    2.0,
    false
);
number_param!(
    A_ALPHA,
    a_alpha,
    "aalpha",
    "a-alpha",
    "Run A α",
    "run A alpha",
    0.0,
    1.0,
    0.01,
    0.25,
    false
);
choice_param!(
    B_LOSS,
    b_loss,
    "bloss",
    "b-loss",
    "Run B loss",
    LAB_LOSSES,
    2
);
number_param!(
    B_GAMMA,
    b_gamma,
    "bgamma",
    "b-gamma",
    "Run B γ",
    "run B gamma",
    0.0,
    10.0,
    0.1,
    2.0,
    false
);
number_param!(
    B_ALPHA,
    b_alpha,
    "balpha",
    "b-alpha",
    "Run B α",
    "run B alpha",
    0.0,
    1.0,
    0.01,
    0.25,
    false
);
choice_param!(
    LAB_MODE,
    lab_mode,
    "lab",
    "lab-mode",
    "Lab mode",
    &[("live", "live"), ("run", "headless run")],
    0
);
/// The panels, as `embed=` tokens and titles; the first means "the whole page".
pub const PANELS: &[(&str, &str)] = &[
    ("none", "the whole page"),
    ("explorer", "Explorer"),
    ("imbalance", "Class imbalance"),
    ("calculators", "Calculators"),
    ("variants", "Variants"),
    ("multiclass", "Multi-class"),
    ("lab", "Training lab"),
    ("code", "Use it in your code"),
];
choice_param!(EMBED, embed, "embed", "embed", "Embed", PANELS, 0);
/// In-page benchmarks: interaction latency, training throughput, smoothness, memory.
pub const BENCHES: &[(&str, &str)] = &[
    ("off", "off"),
    ("explorer", "Explorer latency"),
    ("imbalance", "imbalance latency"),
    ("train", "training throughput"),
    ("smooth", "frame times while training"),
    ("memory", "memory over a long session"),
    ("paints", "count each chart's paints"),
];
choice_param!(BENCH, bench, "bench", "bench", "Benchmark", BENCHES, 0);
choice_param!(
    THEME,
    theme,
    "theme",
    "theme",
    "Theme",
    &[("auto", "system"), ("light", "light"), ("dark", "dark")],
    0
);
choice_param!(
    DUMP,
    dump,
    "dump",
    "dump",
    "Dump the test split",
    &[("0", "no"), ("1", "yes")],
    0
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

impl State {
    /// The imbalance panel's scenario.
    pub fn scenario(&self) -> crate::core::imbalance::Scenario {
        use crate::core::imbalance::LogitNormal;
        self.scenario_with(
            LogitNormal::with_mean(self.neg_pt, self.spread),
            LogitNormal::with_mean(self.pos_pt, self.spread),
        )
    }

    /// The scenario with its two p_t distributions solved already (solving them is the
    /// expensive part, and only three of the panel's sliders change them).
    pub fn scenario_with(
        &self,
        negatives: crate::core::imbalance::LogitNormal,
        positives: crate::core::imbalance::LogitNormal,
    ) -> crate::core::imbalance::Scenario {
        crate::core::imbalance::Scenario {
            ratio: self.ratio,
            n: self.anchors,
            negatives,
            positives,
            alpha: self.alpha(),
            gamma: self.gamma,
        }
    }
}

/// The most examples a lab split may hold: a browser tab trains and evaluates every one
/// of them each frame.
pub const LAB_MAX_EXAMPLES: f64 = 250_000.0;

impl State {
    /// Positives actually used: as many as asked, but never more than the split can hold
    /// at this ratio.
    pub fn lab_positives_used(&self) -> usize {
        let fit = (LAB_MAX_EXAMPLES / (1.0 + self.lab_ratio)).floor().max(1.0);
        self.lab_positives.round().clamp(1.0, fit) as usize
    }

    /// The lab's data set.
    pub fn lab_spec(&self) -> crate::core::data::DataSpec {
        use crate::core::data::{DataSpec, Shape};
        DataSpec {
            seed: self.seed as u64,
            shape: Shape::ALL[self.shape.min(Shape::ALL.len() - 1)],
            positives: self.lab_positives_used(),
            ratio: self.lab_ratio,
            hard_fraction: self.hard,
        }
    }

    fn lab_loss(kind: usize, gamma: f64, alpha: f64) -> crate::core::train::LabLoss {
        use crate::core::train::LabLoss;
        match kind {
            1 => LabLoss::BalancedCrossEntropy { alpha },
            2 => LabLoss::Focal {
                gamma,
                alpha: Alpha::Balanced(alpha),
            },
            3 => LabLoss::FocalStar { gamma, beta: 1.0 },
            4 => LabLoss::Ohem,
            5 => LabLoss::ClassBalancedFocal {
                gamma,
                beta: 0.9999,
            },
            _ => LabLoss::CrossEntropy,
        }
    }

    /// Whether the lab's γ follows the linear schedule (γ start → γ end).
    pub fn gamma_scheduled(&self) -> bool {
        self.schedule == 1
    }

    /// Whether the runs' bias starts from the prior π.
    pub fn prior_used(&self) -> bool {
        self.use_prior == 0
    }

    /// Which of run `run`'s own settings (0: A, 1: B) its loss reads. A control that
    /// nothing reads is disabled, not hidden. Under the linear γ schedule the schedule sets
    /// every focal run's γ.
    pub fn run_reads(&self, run: usize) -> RunReads {
        let loss = if run == 1 {
            Self::lab_loss(self.b_loss, self.b_gamma, self.b_alpha)
        } else {
            Self::lab_loss(self.a_loss, self.a_gamma, self.a_alpha)
        };
        RunReads {
            gamma: loss.gamma().is_some() && !self.gamma_scheduled(),
            alpha: loss.reads_alpha(),
        }
    }

    /// The two runs' training settings: shared optimisation, separate losses.
    pub fn lab_configs(&self) -> [crate::core::train::TrainConfig; 2] {
        use crate::core::train::{GammaSchedule, Normalisation, Optimiser, TrainConfig};
        let shared = |loss| TrainConfig {
            loss,
            normalisation: if self.normalisation == 1 {
                Normalisation::Mean
            } else {
                Normalisation::Positives
            },
            optimiser: if self.optimiser == 1 {
                Optimiser::Sgd {
                    batch: 1024,
                    momentum: 0.9,
                }
            } else {
                Optimiser::FullBatch
            },
            learning_rate: self.lr,
            warmup_epochs: self.warmup.round() as usize,
            clip: (self.clip > 0.0).then_some(self.clip),
            schedule: if self.gamma_scheduled() {
                GammaSchedule::Linear {
                    start: self.gamma_start,
                    end: self.gamma_end,
                }
            } else {
                GammaSchedule::Constant
            },
            epochs: self.epochs.round().max(1.0) as usize,
            quadratic: self.quadratic == 0,
            prior: self.prior_used().then_some(self.prior),
            seed: self.seed as u64,
        };
        [
            shared(Self::lab_loss(self.a_loss, self.a_gamma, self.a_alpha)),
            shared(Self::lab_loss(self.b_loss, self.b_gamma, self.b_alpha)),
        ]
    }
}

/// Which of a lab run's own settings its loss reads ([`State::run_reads`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunReads {
    pub gamma: bool,
    pub alpha: bool,
}
