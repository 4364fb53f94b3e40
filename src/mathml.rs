//! The Explorer's formulas as MathML (rendered natively by the browser), with the live
//! numbers substituted. Pure string building: every number inserted is our own formatting,
//! so there is nothing to escape.

use crate::core::loss::PointReadout;
use crate::format::{shown, Shown};
use crate::i18n::{msg, t};
use crate::state::Point;

fn mn(x: f64) -> String {
    mn_shown(&shown(x, 4))
}

fn mn_shown(s: &Shown) -> String {
    let m = format!("<mn>{}</mn>", s.mantissa);
    match s.exponent {
        None => m,
        Some(e) => format!(
            "<mrow>{m}<mo>×</mo><msup><mn>10</mn><mn>{}</mn></msup></mrow>",
            e.to_string().replace('-', "−")
        ),
    }
}

/// A number that may be negative, parenthesised when it is.
fn mn_paren(x: f64) -> String {
    if x < 0.0 {
        format!("<mrow><mo>(</mo>{}<mo>)</mo></mrow>", mn(x))
    } else {
        mn(x)
    }
}

const PT: &str = "<msub><mi>p</mi><mi>t</mi></msub>";
const ALPHA_T: &str = "<msub><mi>α</mi><mi>t</mi></msub>";

fn one_minus(inner: &str) -> String {
    format!("<mrow><mo>(</mo><mn>1</mn><mo>−</mo>{inner}<mo>)</mo></mrow>")
}

fn ln(inner: &str) -> String {
    format!("<mrow><mi>ln</mi><mo>⁡</mo><mrow><mo>(</mo>{inner}<mo>)</mo></mrow></mrow>")
}

/// A definition, then each evaluation step on a line of its own that starts with its
/// operator ("=", or "·" where a long product continues), so a phone-width screen need not
/// scroll sideways (MathML does not wrap).
fn block(label: &str, symbolic: String, steps: &[(&str, String)]) -> String {
    // Formulas keep their left-to-right order on a right-to-left page.
    let mut out = format!(
        "<math display=\"block\" dir=\"ltr\" aria-label=\"{label}\"><mrow>{symbolic}</mrow></math>"
    );
    for (op, step) in steps {
        out.push_str(&format!(
            "<math display=\"block\" dir=\"ltr\" class=\"evaluated\"><mrow><mo>{op}</mo>{step}</mrow></math>"
        ));
    }
    out
}

fn alpha_parts(point: &Point, r: &PointReadout) -> (String, String) {
    match point.alpha {
        Some(_) => (ALPHA_T.to_owned(), format!("{}<mo>·</mo>", mn(r.alpha_t))),
        None => (String::new(), String::new()),
    }
}

/// `CE(p_t) = −ln(p_t)`, then `= −ln(0.9) = 0.1054`.
pub fn cross_entropy(point: &Point, r: &PointReadout) -> String {
    block(
        t(msg::FORMULA_CE),
        format!("<mi>CE</mi><mo>=</mo><mo>−</mo>{}", ln(PT)),
        &[(
            "=",
            format!("<mo>−</mo>{}<mo>=</mo>{}", ln(&mn(point.pt)), mn(r.ce)),
        )],
    )
}

/// `FL(p_t) = −α_t (1 − p_t)^γ ln(p_t)` with the numbers substituted; without α the
/// weight is left out, not written as 1.
pub fn focal(point: &Point, r: &PointReadout) -> String {
    let (sym_a, num_a) = alpha_parts(point, r);
    block(
        t(msg::FORMULA_FL),
        format!(
            "<mi>FL</mi><mo>=</mo><mo>−</mo>{sym_a}<msup>{}<mi>γ</mi></msup>{}",
            one_minus(PT),
            ln(PT)
        ),
        &[
            (
                "=",
                format!(
                    "<mo>−</mo>{num_a}<msup>{}{}</msup><mo>·</mo>{}",
                    one_minus(&mn(point.pt)),
                    mn(point.gamma),
                    ln(&mn(point.pt)),
                ),
            ),
            ("=", mn(r.fl)),
        ],
    )
}

/// The gradient with respect to the logit x, for a hard label with sign s = ±1:
/// `dFL/dx = α_t s (1 − p_t)^γ (γ p_t ln p_t + p_t − 1)`.
pub fn gradient(point: &Point, r: &PointReadout) -> String {
    let s = if point.positive { 1.0 } else { -1.0 };
    let (sym_a, num_a) = alpha_parts(point, r);
    block(
        t(msg::FORMULA_GRADIENT),
        format!(
            "<mfrac><mrow><mi>∂</mi><mi>FL</mi></mrow><mrow><mi>∂</mi><mi>x</mi></mrow></mfrac>\
             <mo>=</mo>{sym_a}<mi>s</mi><msup>{}<mi>γ</mi></msup>\
             <mrow><mo>(</mo><mi>γ</mi>{PT}{}<mo>+</mo>{PT}<mo>−</mo><mn>1</mn><mo>)</mo></mrow>",
            one_minus(PT),
            ln(PT)
        ),
        &[
            (
                "=",
                format!(
                    "{num_a}{}<mo>·</mo><msup>{}{}</msup>",
                    mn_paren(s),
                    one_minus(&mn(point.pt)),
                    mn(point.gamma),
                ),
            ),
            (
                "·",
                format!(
                    "<mrow><mo>(</mo>{}<mo>·</mo>{}<mo>·</mo>{}<mo>+</mo>{}<mo>−</mo><mn>1</mn><mo>)</mo></mrow>",
                    mn(point.gamma),
                    mn(point.pt),
                    ln(&mn(point.pt)),
                    mn(point.pt),
                ),
            ),
            ("=", mn(r.grad_fl)),
        ],
    )
}

/// Splits MathML into its shape and its numbers: the text of every `<mn>` element, and the
/// string with those texts removed. Two formulas with the same shape differ only in
/// numbers, so the page can update a few text nodes instead of re-parsing the markup
/// (which also makes the browser restyle every new element).
pub fn split_numbers(mathml: &str) -> (String, Vec<&str>) {
    let mut shape = String::with_capacity(mathml.len());
    let mut numbers = Vec::new();
    let mut rest = mathml;
    while let Some(open) = rest.find("<mn>") {
        let start = open + "<mn>".len();
        let Some(len) = rest[start..].find("</mn>") else {
            break;
        };
        shape.push_str(&rest[..start]);
        numbers.push(&rest[start..start + len]);
        rest = &rest[start + len..];
    }
    shape.push_str(rest);
    (shape, numbers)
}
