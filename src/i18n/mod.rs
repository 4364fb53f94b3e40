//! The message catalogue. Every text a reader sees or hears is a [`Msg`]: its English text
//! compiled in beside the code that shows it (`i18n/en.ftl`, through build.rs), and an id
//! by which another language's text is found. Another language is a Fluent file
//! (`i18n/<lang>.ftl`) that the shell fetches and formats with `fluent-bundle` in a wasm
//! module of its own; once it is installed here, [`t`] and [`tf`] answer in it. An English
//! page fetches and runs none of that. Pure: the native tests and charts use it too.

pub mod fluent;
mod lang;
pub mod number;

pub use lang::Lang;
use std::cell::RefCell;

/// One message of the catalogue.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Msg {
    /// Its place in `i18n/en.ftl` ([`msg::KEYS`] names it); [`Msg::FIXED`] for a text that is
    /// the same in every language (a language's own name in the picker).
    pub id: u16,
    /// The English text; `{$name}` where an argument goes.
    pub en: &'static str,
}

/// Its English (a derived `Debug` of both fields cost the first module 2 KB of formatting
/// code: the parameter table's rows are `Debug`).
impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.en)
    }
}

impl Msg {
    pub const FIXED: u16 = u16::MAX;

    /// A text that no language translates.
    pub const fn fixed(text: &'static str) -> Msg {
        Msg {
            id: Msg::FIXED,
            en: text,
        }
    }
}

/// The messages, one constant each (`msg::EXPLORER_HEADING`), and their names by id.
pub mod msg {
    use super::Msg;
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// Another language, installed by the shell once its file is in.
pub struct Catalogue {
    pub lang: Lang,
    /// Each message without arguments, by id (those with arguments are formatted by
    /// `format`).
    pub plain: Vec<&'static str>,
    /// Formats a message with its arguments (Fluent, in the language's own module).
    pub format: fn(u16, &[(&str, &str)]) -> String,
}

thread_local! {
    static CATALOGUE: RefCell<Option<&'static Catalogue>> = const { RefCell::new(None) };
}

/// From now on the page speaks `catalogue.lang` (called once, before the app is built).
pub fn install(catalogue: Catalogue) {
    let leaked: &'static Catalogue = Box::leak(Box::new(catalogue));
    CATALOGUE.with(|c| *c.borrow_mut() = Some(leaked));
}

fn catalogue() -> Option<&'static Catalogue> {
    CATALOGUE.with(|c| *c.borrow())
}

/// The language the page speaks.
pub fn lang() -> Lang {
    catalogue().map_or(Lang::En, |c| c.lang)
}

/// A message without arguments, in the page's language.
pub fn t(m: Msg) -> &'static str {
    match catalogue() {
        Some(c) if m.id != Msg::FIXED => c.plain.get(m.id as usize).copied().unwrap_or(m.en),
        _ => m.en,
    }
}

/// A message with its arguments (`("ratio", "12")`), in the page's language. Numbers are
/// formatted by the caller ([`number`]), so a translation never holds a pasted number.
pub fn tf(m: Msg, args: &[(&str, &str)]) -> String {
    match catalogue() {
        Some(c) if m.id != Msg::FIXED => (c.format)(m.id, args),
        _ => fill(m.en, args),
    }
}

/// [`tf`] with arguments the caller formatted into owned strings (numbers, mostly).
pub fn tf_owned(m: Msg, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tf(m, &args)
}

/// The English text with its arguments in place (`{$name}`); an argument not given is
/// left as it is, where a test sees it.
pub fn fill(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find("{$") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..open + close + 3]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
