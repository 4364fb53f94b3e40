//! The rows of the lab's two runs, A and B: each run's loss, γ and α. One function per
//! kind of row, over the run's index, so the two runs' rows cannot drift apart.

use super::LabLoss;
use crate::i18n::{msg, Msg};
use crate::state::param::{Choice, Kind, Param, Value};
use crate::state::State;

const fn loss_row<const R: usize>(
    key: &'static str,
    testid: &'static str,
    label: Msg,
    default: LabLoss,
) -> Param {
    Param {
        key,
        testid,
        label,
        spoken: label,
        kind: Kind::Choice {
            options: LabLoss::OPTIONS,
            default: default as usize,
        },
        get: |s| s.lab.runs[R].loss.value(),
        set: |s, v| s.lab.runs[R].loss = v.choice(),
    }
}

/// A number of run `R`, read and written through `field`.
const fn number_row<const R: usize>(
    key: &'static str,
    testid: &'static str,
    label: Msg,
    spoken: Msg,
    (max, step, default): (f64, f64, f64),
    get: fn(&State) -> Value,
    set: fn(&mut State, Value),
) -> Param {
    Param {
        key,
        testid,
        label,
        spoken,
        kind: Kind::Number {
            min: 0.0,
            max,
            step,
            default,
            off: None,
            log: false,
        },
        get,
        set,
    }
}

const GAMMA_RANGE: (f64, f64, f64) = (10.0, 0.1, 2.0);
const ALPHA_RANGE: (f64, f64, f64) = (1.0, 0.01, 0.25);

fn gamma<const R: usize>(s: &State) -> Value {
    Value::Number(s.lab.runs[R].gamma)
}
fn set_gamma<const R: usize>(s: &mut State, v: Value) {
    s.lab.runs[R].gamma = v.number();
}
fn alpha<const R: usize>(s: &State) -> Value {
    Value::Number(s.lab.runs[R].alpha)
}
fn set_alpha<const R: usize>(s: &mut State, v: Value) {
    s.lab.runs[R].alpha = v.number();
}

pub const A_LOSS: Param = loss_row::<0>("aloss", "a-loss", msg::RUN_A_LOSS, LabLoss::CrossEntropy);
pub const A_GAMMA: Param = number_row::<0>(
    "agamma",
    "a-gamma",
    msg::RUN_A_GAMMA,
    msg::RUN_A_GAMMA_SPOKEN,
    GAMMA_RANGE,
    gamma::<0>,
    set_gamma::<0>,
);
pub const A_ALPHA: Param = number_row::<0>(
    "aalpha",
    "a-alpha",
    msg::RUN_A_ALPHA,
    msg::RUN_A_ALPHA_SPOKEN,
    ALPHA_RANGE,
    alpha::<0>,
    set_alpha::<0>,
);
pub const B_LOSS: Param = loss_row::<1>("bloss", "b-loss", msg::RUN_B_LOSS, LabLoss::Focal);
pub const B_GAMMA: Param = number_row::<1>(
    "bgamma",
    "b-gamma",
    msg::RUN_B_GAMMA,
    msg::RUN_B_GAMMA_SPOKEN,
    GAMMA_RANGE,
    gamma::<1>,
    set_gamma::<1>,
);
pub const B_ALPHA: Param = number_row::<1>(
    "balpha",
    "b-alpha",
    msg::RUN_B_ALPHA,
    msg::RUN_B_ALPHA_SPOKEN,
    ALPHA_RANGE,
    alpha::<1>,
    set_alpha::<1>,
);
