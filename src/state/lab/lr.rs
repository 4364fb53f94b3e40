//! The learning-rate schedule row: constant, or the seed code's warm-up and decay.

use crate::core::train::LrSchedule;
use crate::state::param::{Choice, Kind, Param};

impl Choice for LrSchedule {
    const ALL: &'static [LrSchedule] = &[LrSchedule::Constant, LrSchedule::WarmupThenDecay];
    const OPTIONS: &'static [(&'static str, crate::i18n::Msg)] = &[
        ("const", crate::i18n::msg::LR_SCHEDULE_CONST),
        ("seed", crate::i18n::msg::LR_SCHEDULE_SEED),
    ];
}

pub const LR_SCHEDULE: Param = Param {
    key: "lrsched",
    testid: "lr-schedule",
    label: crate::i18n::msg::PARAM_LRSCHED_LABEL,
    spoken: crate::i18n::msg::PARAM_LRSCHED_SPOKEN,
    kind: Kind::Choice {
        options: LrSchedule::OPTIONS,
        default: LrSchedule::Constant as usize,
    },
    get: |s| s.lab.lr_schedule.value(),
    set: |s, v| s.lab.lr_schedule = v.choice(),
};
