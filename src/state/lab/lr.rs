//! The learning-rate schedule row: constant, or the seed code's warm-up and decay.

use crate::core::train::LrSchedule;
use crate::state::param::{Choice, Kind, Param};

impl Choice for LrSchedule {
    const ALL: &'static [LrSchedule] = &[LrSchedule::Constant, LrSchedule::WarmupThenDecay];
    const OPTIONS: &'static [(&'static str, &'static str)] = &[
        ("const", "constant"),
        (
            "seed",
            "warm-up from 0.1× over 10 epochs, then ×0.1 for the last 20 %",
        ),
    ];
}

pub const LR_SCHEDULE: Param = Param {
    key: "lrsched",
    testid: "lr-schedule",
    label: "Learning-rate schedule",
    spoken: "Learning-rate schedule",
    kind: Kind::Choice {
        options: LrSchedule::OPTIONS,
        default: LrSchedule::Constant as usize,
    },
    get: |s| s.lab.lr_schedule.value(),
    set: |s, v| s.lab.lr_schedule = v.choice(),
};
