//! The lab's rows of the parameter table, in URL order (the two runs' rows are in
//! `run_params.rs`).

use super::run_params::*;
use super::{Mode, Optimiser, PriorStart, Schedule, YesNo};
use crate::core::data::Shape;
use crate::core::train::Normalisation;
use crate::state::param::{Choice, Kind, Param, Value};

pub const SEED: Param = Param {
    key: "seed",
    testid: "seed",
    label: "Seed",
    spoken: "seed",
    kind: Kind::Integer {
        min: 0.0,
        max: 1e9,
        step: 1.0,
        default: 1.0,
        log: false,
    },
    get: |s| Value::Number(s.lab.seed as f64),
    set: |s, v| s.lab.seed = v.number() as u64,
};

pub const SHAPE: Param = Param {
    key: "shape",
    testid: "shape",
    label: "Shape",
    spoken: "Shape",
    kind: Kind::Choice {
        options: Shape::OPTIONS,
        default: Shape::Blobs as usize,
    },
    get: |s| s.lab.shape.value(),
    set: |s, v| s.lab.shape = v.choice(),
};

pub const LAB_POSITIVES: Param = Param {
    key: "npos",
    testid: "npos",
    label: "Positives",
    spoken: "positives",
    kind: Kind::Integer {
        min: 10.0,
        max: 1000.0,
        step: 10.0,
        default: 100.0,
        log: false,
    },
    get: |s| Value::Number(s.lab.positives as f64),
    set: |s, v| s.lab.positives = v.number() as usize,
};

pub const LAB_RATIO: Param = Param {
    key: "lratio",
    testid: "lab-ratio",
    label: "Negatives per positive",
    spoken: "ratio",
    kind: Kind::Number {
        min: 1.0,
        max: 10_000.0,
        step: 0.01,
        default: 1000.0,
        off: None,
        log: true,
    },
    get: |s| Value::Number(s.lab.ratio),
    set: |s, v| s.lab.ratio = v.number(),
};

pub const HARD: Param = Param {
    key: "hard",
    testid: "hard",
    label: "Hard negatives (fraction)",
    spoken: "hard fraction",
    kind: Kind::Number {
        min: 0.0,
        max: 0.2,
        step: 0.001,
        default: 0.01,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.hard),
    set: |s, v| s.lab.hard = v.number(),
};

pub const QUADRATIC: Param = Param {
    key: "quad",
    testid: "quadratic",
    label: "Quadratic features (x², y², xy)",
    spoken: "Quadratic features (x², y², xy)",
    kind: Kind::Choice {
        options: YesNo::OPTIONS,
        default: YesNo::Yes as usize,
    },
    get: |s| YesNo::from_bool(s.lab.quadratic).value(),
    set: |s, v| s.lab.quadratic = v.choice::<YesNo>() == YesNo::Yes,
};

pub const USE_PRIOR: Param = Param {
    key: "useprior",
    testid: "use-prior",
    label: "Bias from the prior π",
    spoken: "Bias from the prior π",
    kind: Kind::Choice {
        options: PriorStart::OPTIONS,
        default: PriorStart::Both as usize,
    },
    get: |s| s.lab.use_prior.value(),
    set: |s, v| s.lab.use_prior = v.choice(),
};

pub const OPTIMISER: Param = Param {
    key: "opt",
    testid: "optimiser",
    label: "Optimiser",
    spoken: "Optimiser",
    kind: Kind::Choice {
        options: Optimiser::OPTIONS,
        default: Optimiser::FullBatch as usize,
    },
    get: |s| s.lab.optimiser.value(),
    set: |s, v| s.lab.optimiser = v.choice(),
};

pub const LR: Param = Param {
    key: "lr",
    testid: "lr",
    label: "Learning rate",
    spoken: "learning rate",
    kind: Kind::Number {
        min: 0.0001,
        max: 100.0,
        step: 0.01,
        default: 0.05,
        off: None,
        log: true,
    },
    get: |s| Value::Number(s.lab.lr),
    set: |s, v| s.lab.lr = v.number(),
};

pub const WARMUP: Param = Param {
    key: "warmup",
    testid: "warmup",
    label: "Warm-up epochs",
    spoken: "warm-up",
    kind: Kind::Integer {
        min: 0.0,
        max: 100.0,
        step: 1.0,
        default: 0.0,
        log: false,
    },
    get: |s| Value::Number(s.lab.warmup as f64),
    set: |s, v| s.lab.warmup = v.number() as usize,
};

pub const CLIP: Param = Param {
    key: "clip",
    testid: "clip",
    label: "Clip gradient norm (0: off)",
    spoken: "clip",
    kind: Kind::Number {
        min: 0.0,
        max: 100.0,
        step: 0.1,
        default: 0.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.clip),
    set: |s, v| s.lab.clip = v.number(),
};

pub const NORMALISATION: Param = Param {
    key: "norm",
    testid: "normalisation",
    label: "Normalise the loss by",
    spoken: "Normalise the loss by",
    kind: Kind::Choice {
        options: Normalisation::OPTIONS,
        default: Normalisation::Positives as usize,
    },
    get: |s| s.lab.normalisation.value(),
    set: |s, v| s.lab.normalisation = v.choice(),
};

pub const SCHEDULE: Param = Param {
    key: "sched",
    testid: "schedule",
    label: "γ schedule",
    spoken: "γ schedule",
    kind: Kind::Choice {
        options: Schedule::OPTIONS,
        default: Schedule::Constant as usize,
    },
    get: |s| s.lab.schedule.value(),
    set: |s, v| s.lab.schedule = v.choice(),
};

pub const GAMMA_START: Param = Param {
    key: "g0",
    testid: "gamma-start",
    label: "γ start",
    spoken: "gamma start",
    kind: Kind::Number {
        min: 0.0,
        max: 10.0,
        step: 0.1,
        default: 0.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.gamma_start),
    set: |s, v| s.lab.gamma_start = v.number(),
};

pub const GAMMA_END: Param = Param {
    key: "g1",
    testid: "gamma-end",
    label: "γ end",
    spoken: "gamma end",
    kind: Kind::Number {
        min: 0.0,
        max: 10.0,
        step: 0.1,
        default: 2.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.gamma_end),
    set: |s, v| s.lab.gamma_end = v.number(),
};

pub const EPOCHS: Param = Param {
    key: "epochs",
    testid: "epochs",
    label: "Epochs (planned)",
    spoken: "epochs",
    kind: Kind::Integer {
        min: 1.0,
        max: 20_000.0,
        step: 0.01,
        default: 300.0,
        log: true,
    },
    get: |s| Value::Number(s.lab.epochs as f64),
    set: |s, v| s.lab.epochs = v.number() as usize,
};

pub const SPEED: Param = Param {
    key: "speed",
    testid: "speed",
    label: "Speed (epochs per frame)",
    spoken: "speed",
    kind: Kind::Integer {
        min: 1.0,
        max: 50.0,
        step: 1.0,
        default: 1.0,
        log: false,
    },
    get: |s| Value::Number(s.lab.speed as f64),
    set: |s, v| s.lab.speed = v.number() as usize,
};

pub const THRESHOLD: Param = Param {
    key: "thr",
    testid: "threshold",
    label: "Threshold",
    spoken: "threshold",
    kind: Kind::Number {
        min: 0.0,
        max: 1.0,
        step: 0.01,
        default: 0.5,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.threshold),
    set: |s, v| s.lab.threshold = v.number(),
};

pub const LAB_MODE: Param = Param {
    key: "lab",
    testid: "lab-mode",
    label: "Lab mode",
    spoken: "Lab mode",
    kind: Kind::Choice {
        options: Mode::OPTIONS,
        default: Mode::Live as usize,
    },
    get: |s| s.lab.mode.value(),
    set: |s, v| s.lab.mode = v.choice(),
};

pub const DUMP: Param = Param {
    key: "dump",
    testid: "dump",
    label: "Dump the test split",
    spoken: "Dump the test split",
    kind: Kind::Choice {
        options: YesNo::OPTIONS,
        default: YesNo::No as usize,
    },
    get: |s| YesNo::from_bool(s.lab.dump).value(),
    set: |s, v| s.lab.dump = v.choice::<YesNo>() == YesNo::Yes,
};

pub const ROWS: &[&Param] = &[
    &super::SCENARIO,
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
    &super::LR_SCHEDULE,
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
];
