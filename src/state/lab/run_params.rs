//! The rows of the lab's two runs, A and B: each run's loss, γ and α.

use super::LabLoss;
use crate::state::param::{Choice, Kind, Param, Value};

pub const A_LOSS: Param = Param {
    key: "aloss",
    testid: "a-loss",
    label: "Run A loss",
    spoken: "Run A loss",
    kind: Kind::Choice {
        options: LabLoss::OPTIONS,
        default: LabLoss::CrossEntropy as usize,
    },
    get: |s| s.lab.runs[0].loss.value(),
    set: |s, v| s.lab.runs[0].loss = v.choice(),
};

pub const A_GAMMA: Param = Param {
    key: "agamma",
    testid: "a-gamma",
    label: "Run A γ",
    spoken: "run A gamma",
    kind: Kind::Number {
        min: 0.0,
        max: 10.0,
        step: 0.1,
        default: 2.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.runs[0].gamma),
    set: |s, v| s.lab.runs[0].gamma = v.number(),
};

pub const A_ALPHA: Param = Param {
    key: "aalpha",
    testid: "a-alpha",
    label: "Run A α",
    spoken: "run A alpha",
    kind: Kind::Number {
        min: 0.0,
        max: 1.0,
        step: 0.01,
        default: 0.25,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.runs[0].alpha),
    set: |s, v| s.lab.runs[0].alpha = v.number(),
};

pub const B_LOSS: Param = Param {
    key: "bloss",
    testid: "b-loss",
    label: "Run B loss",
    spoken: "Run B loss",
    kind: Kind::Choice {
        options: LabLoss::OPTIONS,
        default: LabLoss::Focal as usize,
    },
    get: |s| s.lab.runs[1].loss.value(),
    set: |s, v| s.lab.runs[1].loss = v.choice(),
};

pub const B_GAMMA: Param = Param {
    key: "bgamma",
    testid: "b-gamma",
    label: "Run B γ",
    spoken: "run B gamma",
    kind: Kind::Number {
        min: 0.0,
        max: 10.0,
        step: 0.1,
        default: 2.0,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.runs[1].gamma),
    set: |s, v| s.lab.runs[1].gamma = v.number(),
};

pub const B_ALPHA: Param = Param {
    key: "balpha",
    testid: "b-alpha",
    label: "Run B α",
    spoken: "run B alpha",
    kind: Kind::Number {
        min: 0.0,
        max: 1.0,
        step: 0.01,
        default: 0.25,
        off: None,
        log: false,
    },
    get: |s| Value::Number(s.lab.runs[1].alpha),
    set: |s, v| s.lab.runs[1].alpha = v.number(),
};
