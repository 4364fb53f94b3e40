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
    label: crate::i18n::msg::PARAM_SEED_LABEL,
    spoken: crate::i18n::msg::PARAM_SEED_SPOKEN,
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
    label: crate::i18n::msg::PARAM_SHAPE_LABEL,
    spoken: crate::i18n::msg::PARAM_SHAPE_SPOKEN,
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
    label: crate::i18n::msg::PARAM_NPOS_LABEL,
    spoken: crate::i18n::msg::PARAM_NPOS_SPOKEN,
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
    label: crate::i18n::msg::PARAM_LRATIO_LABEL,
    spoken: crate::i18n::msg::PARAM_LRATIO_SPOKEN,
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
    label: crate::i18n::msg::PARAM_HARD_LABEL,
    spoken: crate::i18n::msg::PARAM_HARD_SPOKEN,
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
    label: crate::i18n::msg::PARAM_QUAD_LABEL,
    spoken: crate::i18n::msg::PARAM_QUAD_SPOKEN,
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
    label: crate::i18n::msg::PARAM_USEPRIOR_LABEL,
    spoken: crate::i18n::msg::PARAM_USEPRIOR_SPOKEN,
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
    label: crate::i18n::msg::PARAM_OPT_LABEL,
    spoken: crate::i18n::msg::PARAM_OPT_SPOKEN,
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
    label: crate::i18n::msg::PARAM_LR_LABEL,
    spoken: crate::i18n::msg::PARAM_LR_SPOKEN,
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
    label: crate::i18n::msg::PARAM_WARMUP_LABEL,
    spoken: crate::i18n::msg::PARAM_WARMUP_SPOKEN,
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
    label: crate::i18n::msg::PARAM_CLIP_LABEL,
    spoken: crate::i18n::msg::PARAM_CLIP_SPOKEN,
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
    label: crate::i18n::msg::PARAM_NORM_LABEL,
    spoken: crate::i18n::msg::PARAM_NORM_SPOKEN,
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
    label: crate::i18n::msg::PARAM_SCHED_LABEL,
    spoken: crate::i18n::msg::PARAM_SCHED_SPOKEN,
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
    label: crate::i18n::msg::PARAM_G0_LABEL,
    spoken: crate::i18n::msg::PARAM_G0_SPOKEN,
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
    label: crate::i18n::msg::PARAM_G1_LABEL,
    spoken: crate::i18n::msg::PARAM_G1_SPOKEN,
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
    label: crate::i18n::msg::PARAM_EPOCHS_LABEL,
    spoken: crate::i18n::msg::PARAM_EPOCHS_SPOKEN,
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
    label: crate::i18n::msg::PARAM_SPEED_LABEL,
    spoken: crate::i18n::msg::PARAM_SPEED_SPOKEN,
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
    label: crate::i18n::msg::PARAM_THR_LABEL,
    spoken: crate::i18n::msg::PARAM_THR_SPOKEN,
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
    label: crate::i18n::msg::PARAM_LAB_LABEL,
    spoken: crate::i18n::msg::PARAM_LAB_SPOKEN,
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
    label: crate::i18n::msg::PARAM_DUMP_LABEL,
    spoken: crate::i18n::msg::PARAM_DUMP_SPOKEN,
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
