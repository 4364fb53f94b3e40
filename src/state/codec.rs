//! The pure query-string codec: `?gamma=2&alpha=none&pt=0.9&y=1` ⇄ [`State`].
//! Decoding never fails: whatever it cannot use it replaces, and says so.

use super::{Kind, Param, Scenario, State, Value, MC_ALPHA, MC_TARGET, OBJECTS, PARAMS, SCENARIO};

/// One thing the decoder changed, to be shown to the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Correction {
    pub key: &'static str,
    /// What the URL said, shortened for display.
    pub given: String,
    /// What is used instead, as it would be written in the URL.
    pub used: String,
    pub reason: Reason,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    NotANumber,
    BelowMin,
    AboveMax,
    UnknownOption,
    Repeated,
    /// A list had too few or too many entries.
    WrongLength,
    /// Inconsistent with another parameter (e.g. a target class that does not exist).
    Inconsistent,
    /// A whole number was expected (`seed=1.5`): the nearest one is used.
    NotWhole,
    /// A list of names names something this page does not have (`hide=explorer,nope`):
    /// `given` is what it did not know, and the rest applies.
    UnknownName,
}

/// The notice's sentence (one whole sentence per reason, as each language words it).
impl std::fmt::Display for Correction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::msg;
        let sentence = match self.reason {
            Reason::NotANumber => msg::CORRECTION_NOT_A_NUMBER,
            Reason::BelowMin => msg::CORRECTION_BELOW_MIN,
            Reason::AboveMax => msg::CORRECTION_ABOVE_MAX,
            Reason::UnknownOption => msg::CORRECTION_UNKNOWN_OPTION,
            Reason::Repeated => msg::CORRECTION_REPEATED,
            Reason::WrongLength => msg::CORRECTION_WRONG_LENGTH,
            Reason::Inconsistent => msg::CORRECTION_INCONSISTENT,
            Reason::NotWhole => msg::CORRECTION_NOT_WHOLE,
            Reason::UnknownName => msg::CORRECTION_UNKNOWN_NAME,
        };
        let args = [
            ("key", self.key),
            ("given", &self.given),
            ("used", &self.used),
        ];
        f.write_str(&crate::i18n::tf(sentence, &args))
    }
}

/// Percent-decodes one query component (`+` is a space). Malformed escapes are kept
/// literally and invalid UTF-8 is replaced, so any input decodes to something.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (
                    bytes.get(i + 1).and_then(|b| hex(*b)),
                    bytes.get(i + 2).and_then(|b| hex(*b)),
                ) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits a query string (with or without the leading `?`) into decoded pairs.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode_component(k), decode_component(v)),
            None => (decode_component(p), String::new()),
        })
        .collect()
}

/// How a number is written in a URL and in `data-value`: Rust's shortest round-trip form.
pub fn format_number(x: f64) -> String {
    format!("{x}")
}

fn shorten(s: &str) -> String {
    const MAX: usize = 24;
    let trimmed = s.trim();
    if trimmed.chars().count() <= MAX {
        trimmed.to_owned()
    } else {
        let mut t: String = trimmed.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

/// Writes a value as the URL would carry it.
pub fn write_value(param: &Param, v: &Value) -> String {
    match (&param.kind, v) {
        (_, Value::Number(x)) => format_number(*x),
        (_, Value::List(xs)) => xs
            .iter()
            .map(|x| format_number(*x))
            .collect::<Vec<_>>()
            .join(","),
        (Kind::Number { off, .. }, Value::Off) => off.map_or("", |o| o.token).to_owned(),
        (Kind::Choice { options, .. }, Value::Choice(i)) => options[*i].0.to_owned(),
        (Kind::Set { options, .. }, Value::Set(bits)) => super::names::write(options, *bits),
        _ => String::new(),
    }
}

fn read_number(text: &str, min: f64, max: f64, default: f64) -> (f64, Option<Reason>) {
    match text.trim().parse::<f64>() {
        Ok(x) if x.is_nan() => (default, Some(Reason::NotANumber)),
        Ok(x) if x < min => (min, Some(Reason::BelowMin)),
        Ok(x) if x > max => (max, Some(Reason::AboveMax)),
        Ok(x) => (x, None),
        Err(_) => (default, Some(Reason::NotANumber)),
    }
}

/// Parses one raw URL value for `param`: the value to use and, if it differs from what was
/// given, why.
pub fn read_value(param: &Param, raw: &str) -> (Value, Option<Reason>) {
    let text = raw.trim();
    match param.kind {
        Kind::Number {
            min,
            max,
            default,
            off,
            ..
        } => {
            if off.is_some_and(|o| o.token.eq_ignore_ascii_case(text)) {
                return (Value::Off, None);
            }
            let (x, reason) = read_number(text, min, max, default);
            (Value::Number(x), reason)
        }
        Kind::Integer {
            min, max, default, ..
        } => {
            let (x, reason) = read_number(text, min, max, default);
            let whole = x.round();
            let reason = reason.or((whole != x).then_some(Reason::NotWhole));
            (Value::Number(whole), reason)
        }
        Kind::List {
            min,
            max,
            min_len,
            max_len,
            default,
        } => {
            let items: Vec<&str> = text.split(',').collect();
            if items.len() < min_len || items.len() > max_len {
                return (Value::List(default.to_vec()), Some(Reason::WrongLength));
            }
            let mut first_reason = None;
            let values = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let fallback = default.get(i).copied().unwrap_or(min.max(0.0));
                    let (x, reason) = read_number(item, min, max, fallback);
                    first_reason = first_reason.or(reason);
                    x
                })
                .collect();
            (Value::List(values), first_reason)
        }
        Kind::Choice { options, default } => match options.iter().position(|(t, _)| *t == text) {
            Some(i) => (Value::Choice(i), None),
            None => (Value::Choice(default), Some(Reason::UnknownOption)),
        },
        Kind::Set { options, .. } => {
            let (bits, unknown) = super::names::read(options, text);
            (Value::Set(bits), unknown.then_some(Reason::UnknownName))
        }
    }
}

/// Clamps a number into a parameter's range (what a control does with typed input).
pub fn clamp(param: &Param, x: f64) -> f64 {
    match param.kind {
        Kind::Number {
            min, max, default, ..
        } => {
            if x.is_nan() {
                default
            } else {
                x.clamp(min, max)
            }
        }
        Kind::Integer {
            min, max, default, ..
        } => {
            if x.is_nan() {
                default
            } else {
                x.round().clamp(min, max)
            }
        }
        Kind::Choice { .. } | Kind::Set { .. } => x,
        Kind::List { min, max, .. } => {
            if x.is_nan() {
                min.max(0.0)
            } else {
                x.clamp(min, max)
            }
        }
    }
}

/// Where a value sits on its slider: log10 of it for log-scale parameters.
pub fn to_slider(param: &Param, x: f64) -> f64 {
    match param.kind {
        Kind::Number { log: true, .. } | Kind::Integer { log: true, .. } => x.log10(),
        _ => x,
    }
}

/// The value at a slider position, rounded to three significant digits on log scales so
/// the URL says `ratio=1000`, not `ratio=999.9999999999998`.
pub fn from_slider(param: &Param, position: f64) -> f64 {
    match param.kind {
        Kind::Number { log: true, .. } | Kind::Integer { log: true, .. } => {
            let x = 10f64.powf(position);
            let magnitude = 10f64.powi(x.log10().floor() as i32 - 2);
            clamp(param, (x / magnitude).round() * magnitude)
        }
        _ => clamp(param, position),
    }
}

/// The slider's own range and step (in log10 units for log-scale parameters).
pub fn slider_range(param: &Param) -> (f64, f64, f64) {
    match param.kind {
        Kind::Number {
            min,
            max,
            step,
            log,
            ..
        }
        | Kind::Integer {
            min,
            max,
            step,
            log,
            ..
        } => {
            if log {
                (min.log10(), max.log10(), step)
            } else {
                (min, max, step)
            }
        }
        _ => (0.0, 1.0, 1.0),
    }
}

/// Decodes a query string into a state, starting from the defaults. Keys the schema does
/// not know are ignored (they may belong to a later version or another tool).
pub fn decode(query: &str) -> (State, Vec<Correction>) {
    let mut state = State::default();
    let mut corrections = Vec::new();
    let all = pairs(query);
    for param in PARAMS {
        let given: Vec<&String> = all
            .iter()
            .filter(|(k, _)| k == param.key)
            .map(|(_, v)| v)
            .collect();
        let Some(last) = given.last() else { continue };
        let (value, reason) = read_value(param, last);
        (param.set)(&mut state, value.clone());
        let reason = reason.or(if given.len() > 1 {
            Some(Reason::Repeated)
        } else {
            None
        });
        if let Some(reason) = reason {
            let given = match (reason, &param.kind) {
                (Reason::UnknownName, Kind::Set { options, .. }) => {
                    super::names::unknown(options, last)
                }
                _ => last.to_string(),
            };
            corrections.push(Correction {
                key: param.key,
                given: shorten(&given),
                used: write_value(param, &value),
                reason,
            });
        }
    }
    corrections.extend(reconcile(&mut state));
    (state, corrections)
}

/// Sets every parameter a query string names, as [`decode`] would, without corrections
/// (a scenario's preset: written in this crate and checked by the state tests). Rows a
/// teacher locked keep their values.
pub fn apply(state: &mut State, query: &str) {
    state.keeping_locks(&mut |state| {
        for (key, text) in pairs(query) {
            if let Some(param) = PARAMS.iter().find(|p| p.key == key) {
                (param.set)(state, read_value(param, &text).0);
            }
        }
    });
}

/// The state a permalink is written against: the defaults, with the state's scenario.
pub fn baseline(state: &State) -> State {
    let mut base = State::default();
    if state.lab.scenario != Scenario::Custom {
        state.lab.scenario.apply(&mut base);
    }
    base
}

/// Makes parameters that depend on each other agree, saying what changed: the multi-class
/// α list has one entry per logit, the target class exists, objects ≤ anchors.
pub fn reconcile(state: &mut State) -> Vec<Correction> {
    let mut out = Vec::new();
    let mc = &mut state.multiclass;
    let classes = mc.logits.len();
    if mc.alpha.len() != classes {
        let given = write_value(&MC_ALPHA, &Value::List(mc.alpha.clone()));
        let last = mc.alpha.last().copied().unwrap_or(0.25);
        mc.alpha.resize(classes, last);
        out.push(Correction {
            key: MC_ALPHA.key,
            given: shorten(&given),
            used: write_value(&MC_ALPHA, &Value::List(mc.alpha.clone())),
            reason: Reason::Inconsistent,
        });
    }
    let target = mc.target.min(classes.saturating_sub(1));
    if target != mc.target {
        out.push(Correction {
            key: MC_TARGET.key,
            given: mc.target.to_string(),
            used: target.to_string(),
            reason: Reason::Inconsistent,
        });
        mc.target = target;
    }
    let anchors = state.imbalance.anchors;
    let objects = &mut state.calculators.objects;
    if *objects > anchors {
        out.push(Correction {
            key: OBJECTS.key,
            given: format_number(*objects),
            used: format_number(anchors),
            reason: Reason::Inconsistent,
        });
        *objects = anchors;
    }
    out
}

/// Encodes a state as a query string: only the parameters that differ from their default
/// (or from the state's scenario), so links stay short (an empty string for the default
/// state). Defaults are part of the permalink contract and do not change.
pub fn encode(state: &State) -> String {
    let base = baseline(state);
    let parts: Vec<String> = PARAMS
        .iter()
        .filter_map(|param| {
            let value = (param.get)(state);
            // The scenario itself is written whenever it is not the default.
            let reference = if param.key == SCENARIO.key {
                param.kind.default()
            } else {
                (param.get)(&base)
            };
            (value != reference).then(|| format!("{}={}", param.key, write_value(param, &value)))
        })
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
