//! The pure query-string codec: `?gamma=2&alpha=none&pt=0.9&y=1` ⇄ [`State`].
//! Decoding never fails: whatever it cannot use it replaces, and says so.

use super::schema::{Kind, Param, State, Value, PARAMS};

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
}

impl std::fmt::Display for Correction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let why = match self.reason {
            Reason::NotANumber => "is not a number",
            Reason::BelowMin => "is below the smallest allowed value",
            Reason::AboveMax => "is above the largest allowed value",
            Reason::UnknownOption => "is not one of the options",
            Reason::Repeated => "was given more than once; the last one counts",
        };
        write!(
            f,
            "{}=“{}” {}, so {} = {} is used.",
            self.key, self.given, why, self.key, self.used
        )
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
pub fn write_value(param: &Param, v: Value) -> String {
    match (&param.kind, v) {
        (_, Value::Number(x)) => format_number(x),
        (Kind::Number { off_token, .. }, Value::Off) => off_token.unwrap_or("").to_owned(),
        (Kind::Choice { options, .. }, Value::Choice(i)) => options[i].0.to_owned(),
        _ => String::new(),
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
            off_token,
            ..
        } => {
            if off_token.is_some_and(|t| t.eq_ignore_ascii_case(text)) {
                return (Value::Off, None);
            }
            match text.parse::<f64>() {
                Ok(x) if x.is_nan() => (Value::Number(default), Some(Reason::NotANumber)),
                Ok(x) if x < min => (Value::Number(min), Some(Reason::BelowMin)),
                Ok(x) if x > max => (Value::Number(max), Some(Reason::AboveMax)),
                Ok(x) => (Value::Number(x), None),
                Err(_) => (Value::Number(default), Some(Reason::NotANumber)),
            }
        }
        Kind::Choice { options, default } => match options.iter().position(|(t, _)| *t == text) {
            Some(i) => (Value::Choice(i), None),
            None => (Value::Choice(default), Some(Reason::UnknownOption)),
        },
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
        Kind::Choice { .. } => x,
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
        (param.set)(&mut state, value);
        let reason = reason.or(if given.len() > 1 {
            Some(Reason::Repeated)
        } else {
            None
        });
        if let Some(reason) = reason {
            corrections.push(Correction {
                key: param.key,
                given: shorten(last),
                used: write_value(param, value),
                reason,
            });
        }
    }
    (state, corrections)
}

/// Encodes a state as a query string with a leading `?`. Values equal to the default are
/// written too, so a permalink keeps meaning the same thing if a default ever changes.
pub fn encode(state: &State) -> String {
    let mut out = String::from("?");
    for (i, param) in PARAMS.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(param.key);
        out.push('=');
        out.push_str(&write_value(param, (param.get)(state)));
    }
    out
}
