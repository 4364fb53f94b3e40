//! Numbers in the page's language: the decimal separator of readouts and prose, and number
//! boxes that take either separator. The URL and `data-value` always use `.`.

use super::{lang, Lang};

/// `text` (a number as `format` writes it, with `.`) with the language's decimal separator.
pub fn local(text: &str) -> String {
    localize(text, lang())
}

/// `text` with `lang`'s decimal separator.
pub fn localize(text: &str, lang: Lang) -> String {
    match lang.decimal() {
        '.' => text.to_owned(),
        sep => text.replace('.', &sep.to_string()),
    }
}

/// The thousands separator of counts, and the fewest digits that are grouped (Spanish
/// writes 1000 but 10.000, as CLDR's minimum grouping digits say).
pub fn grouping() -> (char, usize) {
    match lang() {
        Lang::Es => ('.', 5),
        Lang::PtBr => ('.', 4),
        _ => (',', 4),
    }
}

/// A number typed into a box: `0,25` and `0.25` both read 0.25 (one separator, no grouping).
pub fn parse(text: &str) -> Option<f64> {
    let text = text.trim().replace(',', ".").replace('\u{2212}', "-");
    text.parse::<f64>().ok().filter(|x| x.is_finite())
}
