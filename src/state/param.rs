//! The parameter table's machinery: what a parameter is ([`Param`]), the kinds of value it
//! holds ([`Kind`]), and typed choices ([`Choice`]). One table of rows, declared per panel,
//! drives URL decoding and encoding, clamping, and the controls.

use super::State;
use crate::i18n::{t, Msg};

/// A parameter's value as the URL and the controls see it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A comma-separated list of numbers (`counts=10,1000`).
    List(Vec<f64>),
    Number(f64),
    /// The "off" token of a number that can be switched off (α's `none`).
    Off,
    /// A choice, by its place in the option list (only the table sees this index; the
    /// state holds the enum).
    Choice(usize),
    /// A set of names (`hide=imbalance,gamma`): bit i is the row's option i.
    Set(u64),
}

impl Value {
    /// The number this value holds (NaN for any other kind: rows only read their own kind).
    pub fn number(&self) -> f64 {
        match *self {
            Value::Number(x) => x,
            _ => f64::NAN,
        }
    }

    pub fn list(self) -> Vec<f64> {
        match self {
            Value::List(x) => x,
            _ => Vec::new(),
        }
    }

    /// The set this value holds (empty for any other kind).
    pub fn set(&self) -> u64 {
        match *self {
            Value::Set(bits) => bits,
            _ => 0,
        }
    }

    /// The option this value names (the first one for any other kind).
    pub fn choice<T: Choice>(&self) -> T {
        match *self {
            Value::Choice(i) => T::ALL[i.min(T::ALL.len() - 1)],
            _ => T::ALL[0],
        }
    }
}

/// A number that can be switched off: its URL token (`alpha=none`) and the label of the
/// switch beside its control.
#[derive(Clone, Copy, Debug)]
pub struct Off {
    pub token: &'static str,
    pub label: Msg,
}

#[derive(Debug)]
pub enum Kind {
    Number {
        min: f64,
        max: f64,
        step: f64,
        default: f64,
        /// How the parameter is switched off (α's `none`), if it can be.
        off: Option<Off>,
        /// The slider moves along log10 of the value (ratios spanning decades).
        log: bool,
    },
    /// A whole number: the decoder rounds (and says so), the slider steps by `step`.
    Integer {
        min: f64,
        max: f64,
        step: f64,
        default: f64,
        /// The slider moves along log10 of the value.
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
    /// URL tokens with their labels (from a [`Choice`] enum) and the default's place.
    Choice {
        options: &'static [(&'static str, Msg)],
        default: usize,
    },
    /// Any set of the names in `options` (at most 64), written as a comma list in their
    /// order; `none` is the empty set.
    Set {
        options: &'static [&'static str],
        default: u64,
    },
}

impl Kind {
    pub fn default(&self) -> Value {
        match *self {
            Kind::Number { default, .. } | Kind::Integer { default, .. } => Value::Number(default),
            Kind::Choice { default, .. } => Value::Choice(default),
            Kind::List { default, .. } => Value::List(default.to_vec()),
            Kind::Set { default, .. } => Value::Set(default),
        }
    }
}

/// One row of the table. Rows are declared with named fields, in the module of the panel
/// whose settings they read and write.
pub struct Param {
    /// The URL key.
    pub key: &'static str,
    /// The control's `data-testid`.
    pub testid: &'static str,
    /// The control's label, for people.
    pub label: Msg,
    /// The name used in words for screen readers and notices ("gamma 2.0").
    pub spoken: Msg,
    pub kind: Kind,
    pub get: fn(&State) -> Value,
    pub set: fn(&mut State, Value),
}

impl Param {
    /// This row's default, applied to a state (the panels' `Default`s are built from it).
    pub fn default_number(&self) -> f64 {
        self.kind.default().number()
    }

    pub fn default_list(&self) -> Vec<f64> {
        self.kind.default().list()
    }

    pub fn default_choice<T: Choice>(&self) -> T {
        self.kind.default().choice()
    }
}

impl std::fmt::Debug for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Param").field("key", &self.key).finish()
    }
}

/// A setting with a fixed set of options, each with a URL token and a label.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every option, in the order of [`Choice::OPTIONS`].
    const ALL: &'static [Self];
    /// (URL token, label), one per option.
    const OPTIONS: &'static [(&'static str, Msg)];

    /// This option as a table value.
    fn value(self) -> Value {
        Value::Choice(Self::ALL.iter().position(|c| *c == self).unwrap_or(0))
    }

    fn token(self) -> &'static str {
        match self.value() {
            Value::Choice(i) => Self::OPTIONS[i].0,
            _ => Self::OPTIONS[0].0,
        }
    }

    /// This option's label, for people.
    fn label(self) -> &'static str {
        match self.value() {
            Value::Choice(i) => t(Self::OPTIONS[i].1),
            _ => t(Self::OPTIONS[0].1),
        }
    }
}

/// Declares a choice enum and its URL tokens and labels, in one place:
/// `choice! { pub enum Theme { Auto = ("auto", msg::THEME_AUTO), Light = ("light", msg::THEME_LIGHT) } }`
/// (the labels are messages of the catalogue, `crate::i18n::msg`).
#[macro_export]
macro_rules! choice {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = ($token:literal, $label:expr)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }
        impl $crate::state::param::Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const OPTIONS: &'static [(&'static str, $crate::i18n::Msg)] = &[$(($token, $label)),+];
        }
    };
}
