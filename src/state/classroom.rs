//! What a teacher's link sets about the page itself: panels and controls hidden (`hide=`),
//! controls shown at the link's values but fixed (`lock=`), which "Check yourself" questions
//! show (`quiz=`), and presenter mode (`present=1`). Decoded last, after every value they
//! name, so a lock holds the link's own values.

use super::lab::YesNo;
use super::param::{Choice, Kind, Param, Value};
use super::{names, Panel, CONTROL_ROWS};

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The rows with a control a reader moves: the panels' rows, less the lab's headless mode
/// and its dump of the test split.
const fn is_control(key: &str) -> bool {
    !same(key, "lab") && !same(key, "dump")
}

const fn control_count() -> usize {
    let (mut n, mut i) = (0, 0);
    while i < CONTROL_ROWS.len() {
        let mut j = 0;
        while j < CONTROL_ROWS[i].len() {
            n += is_control(CONTROL_ROWS[i][j].key) as usize;
            j += 1;
        }
        i += 1;
    }
    n
}

const CONTROL_COUNT: usize = control_count();
const PANEL_COUNT: usize = Panel::OPTIONS.len() - 1;

/// What `hide=` can name: every panel (by its embed token), then every control (by its URL
/// key).
pub const HIDEABLE: &[&str] = &{
    let mut all = [""; PANEL_COUNT + CONTROL_COUNT];
    let mut k = 0;
    while k < PANEL_COUNT {
        all[k] = Panel::OPTIONS[k + 1].0;
        k += 1;
    }
    let mut i = 0;
    while i < CONTROL_ROWS.len() {
        let mut j = 0;
        while j < CONTROL_ROWS[i].len() {
            if is_control(CONTROL_ROWS[i][j].key) {
                all[k] = CONTROL_ROWS[i][j].key;
                k += 1;
            }
            j += 1;
        }
        i += 1;
    }
    all
};

/// What `lock=` can name: the controls.
pub const LOCKABLE: &[&str] = HIDEABLE.split_at(PANEL_COUNT).1;

// A set is a u64.
const _: () = assert!(HIDEABLE.len() <= 64);

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Classroom {
    /// Over [`HIDEABLE`].
    pub hide: u64,
    /// Over [`LOCKABLE`].
    pub lock: u64,
    /// Over [`crate::quiz::IDS`]: the checks shown.
    pub quiz: u64,
    pub present: bool,
}

impl Classroom {
    /// The defaults: nothing hidden or locked, every check, no presenter mode.
    pub fn new() -> Classroom {
        Classroom {
            quiz: QUIZ.kind.default().set(),
            ..Classroom::default()
        }
    }

    /// Whether the panel or control called `name` (its embed token or URL key) is hidden.
    pub fn hides(&self, name: &str) -> bool {
        names::has(HIDEABLE, self.hide, name)
    }

    pub fn shows(&self, panel: Panel) -> bool {
        !self.hides(panel.token())
    }

    /// Whether the control with URL key `key` is fixed at the link's value.
    pub fn locks(&self, key: &str) -> bool {
        names::has(LOCKABLE, self.lock, key)
    }

    /// Whether the check `id` shows.
    pub fn asks(&self, id: &str) -> bool {
        names::has(&crate::quiz::IDS, self.quiz, id)
    }

    /// Hides or shows a panel or control by name (the exercise-link dialog).
    pub fn set_hidden(&mut self, name: &str, on: bool) {
        names::put(HIDEABLE, &mut self.hide, name, on);
    }

    pub fn set_locked(&mut self, key: &str, on: bool) {
        names::put(LOCKABLE, &mut self.lock, key, on);
    }

    pub fn set_asked(&mut self, id: &str, on: bool) {
        names::put(&crate::quiz::IDS, &mut self.quiz, id, on);
    }
}

pub const HIDE: Param = Param {
    key: "hide",
    testid: "hide",
    label: crate::i18n::msg::PARAM_HIDE_LABEL,
    spoken: crate::i18n::msg::PARAM_HIDE_SPOKEN,
    kind: Kind::Set {
        options: HIDEABLE,
        default: 0,
    },
    get: |s| Value::Set(s.classroom.hide),
    set: |s, v| s.classroom.hide = v.set(),
};

pub const LOCK: Param = Param {
    key: "lock",
    testid: "lock",
    label: crate::i18n::msg::PARAM_LOCK_LABEL,
    spoken: crate::i18n::msg::PARAM_LOCK_SPOKEN,
    kind: Kind::Set {
        options: LOCKABLE,
        default: 0,
    },
    get: |s| Value::Set(s.classroom.lock),
    set: |s, v| s.classroom.lock = v.set(),
};

pub const QUIZ: Param = Param {
    key: "quiz",
    testid: "quiz",
    label: crate::i18n::msg::PARAM_QUIZ_LABEL,
    spoken: crate::i18n::msg::PARAM_QUIZ_SPOKEN,
    kind: Kind::Set {
        options: &crate::quiz::IDS,
        default: (1 << crate::quiz::IDS.len()) - 1,
    },
    get: |s| Value::Set(s.classroom.quiz),
    set: |s, v| s.classroom.quiz = v.set(),
};

pub const PRESENT: Param = Param {
    key: "present",
    testid: "present",
    label: crate::i18n::msg::PARAM_PRESENT_LABEL,
    spoken: crate::i18n::msg::PARAM_PRESENT_SPOKEN,
    kind: Kind::Choice {
        options: YesNo::OPTIONS,
        default: YesNo::No as usize,
    },
    get: |s| YesNo::from_bool(s.classroom.present).value(),
    set: |s, v| s.classroom.present = v.choice::<YesNo>() == YesNo::Yes,
};

/// Decoded after every other row: `lock=` keeps the values the link gives.
pub const ROWS: &[&Param] = &[&QUIZ, &PRESENT, &HIDE, &LOCK];
