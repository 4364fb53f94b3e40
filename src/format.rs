//! Numbers for people: significant digits, scientific notation for the very small and very
//! large, and the "N× smaller" phrase. Pure, so both the UI and MathML use it.

use crate::i18n::{msg, t, tf, tf_owned};

/// A number rounded for display: `mantissa × 10^exponent` when `exponent` is set.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub mantissa: String,
    pub exponent: Option<i32>,
}

/// Rounds `x` to `digits` significant digits; plain notation for 1e-3 ≤ |x| < 1e5,
/// scientific otherwise. Trailing zeros after the point are dropped.
pub fn shown(x: f64, digits: usize) -> Shown {
    if !x.is_finite() {
        let s = if x.is_nan() {
            "—"
        } else if x > 0.0 {
            "∞"
        } else {
            "−∞"
        };
        return Shown {
            mantissa: s.to_owned(),
            exponent: None,
        };
    }
    if x == 0.0 {
        return Shown {
            mantissa: "0".to_owned(),
            exponent: None,
        };
    }
    let digits = digits.max(1);
    let mut exp = x.abs().log10().floor() as i32;
    // Rounding can carry into the next power of ten (9.9996 → 10.00).
    let scaled = x / 10f64.powi(exp);
    let rounded = (scaled * 10f64.powi(digits as i32 - 1)).round() / 10f64.powi(digits as i32 - 1);
    let (mantissa_value, exp_fix) = if rounded.abs() >= 10.0 {
        (rounded / 10.0, 1)
    } else {
        (rounded, 0)
    };
    exp += exp_fix;
    if (-3..5).contains(&exp) {
        let decimals = (digits as i32 - 1 - exp).max(0) as usize;
        Shown {
            mantissa: trim_zeros(format!("{:.*}", decimals, x)),
            exponent: None,
        }
    } else {
        Shown {
            mantissa: trim_zeros(format!("{:.*}", digits - 1, mantissa_value)),
            exponent: Some(exp),
        }
    }
}

fn trim_zeros(s: String) -> String {
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    };
    // A minus sign, not a hyphen; the page's decimal separator.
    crate::i18n::number::local(&s.replacen('-', "−", 1))
}

fn superscript(n: i32) -> String {
    n.to_string()
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            _ => '⁹',
        })
        .collect()
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.exponent {
            None => f.write_str(&self.mantissa),
            Some(e) => write!(f, "{} × 10{}", self.mantissa, superscript(e)),
        }
    }
}

/// `x` to 4 significant digits, as text.
pub fn num(x: f64) -> String {
    shown(x, 4).to_string()
}

/// The full-precision form for `data-value` attributes: shortest round-trip, and the
/// JavaScript spellings for the non-finite values so `Number(v)` reads them back.
pub fn data_value(x: f64) -> String {
    if x.is_nan() {
        "NaN".to_owned()
    } else if x == f64::INFINITY {
        "Infinity".to_owned() // (not prose): JavaScript's spelling
    } else if x == f64::NEG_INFINITY {
        "-Infinity".to_owned()
    } else {
        format!("{x}")
    }
}

/// "How many times smaller FL is than CE", said as a ratio, never as a percentage.
pub fn times_smaller(ce_over_fl: f64) -> String {
    if ce_over_fl.is_infinite() {
        t(msg::TIMES_ZERO).to_owned()
    } else if ce_over_fl < 1.0005 {
        t(msg::TIMES_EQUAL).to_owned()
    } else {
        tf(
            msg::TIMES_SMALLER,
            &[("ratio", &shown(ce_over_fl, 3).to_string())],
        )
    }
}

/// Digits after the point that a control's step needs (0.1 → 1, 0.001 → 3), for the
/// spoken value ("gamma 2.0").
pub fn step_decimals(step: f64) -> usize {
    (0..6)
        .find(|&d| {
            let scaled = step * 10f64.powi(d as i32);
            (scaled.round() - scaled).abs() < 1e-9
        })
        .unwrap_or(6)
}

/// A fraction as a percentage with three significant digits ("89.3 %", "0.0512 %").
pub fn percent(fraction: f64) -> String {
    format!("{} %", shown(fraction * 100.0, 3))
}

/// A count or total for people: thousands separated ("69,315"), no decimals above 100.
pub fn count(x: f64) -> String {
    if !x.is_finite() || x.abs() < 100.0 {
        return num(x);
    }
    let digits = format!("{:.0}", x.abs());
    let (separator, from) = crate::i18n::number::grouping();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() >= from {
            out.push(separator);
        }
        out.push(c);
    }
    if x < 0.0 {
        format!("−{out}")
    } else {
        out
    }
}

/// "1:1000" for 1000 negatives per positive.
pub fn ratio(negatives_per_positive: f64) -> String {
    format!("1:{}", count(negatives_per_positive))
}

/// The imbalance panel's sentence, e.g. "At 1:1000, negatives (mean p_t 0.99) carry
/// 89.3 % of the CE loss but 6.14 % of the focal loss (γ = 2)."
pub fn imbalance_sentence(
    negatives_per_positive: f64,
    neg_pt: f64,
    ce_share: f64,
    fl_share: f64,
    gamma: f64,
) -> String {
    let sentence = if fl_share < ce_share {
        msg::IMBALANCE_SENTENCE_LESS
    } else {
        msg::IMBALANCE_SENTENCE_MORE
    };
    let args = [
        ("ratio", ratio(negatives_per_positive)),
        ("pt", num(neg_pt)),
        ("ce", percent(ce_share)),
        ("fl", percent(fl_share)),
        ("gamma", num(gamma)),
    ];
    tf_owned(sentence, &args)
}

/// One lab run as the verdict speaks of it.
pub struct RunResult<'a> {
    pub name: &'a str,
    pub ap: f64,
    pub recall: f64,
}

/// What the lab's two runs show, said plainly, including when focal loss does not win,
/// against the best possible AP.
pub fn lab_verdict(runs: [RunResult; 2], bayes_ap: f64, epoch: usize) -> String {
    let [RunResult {
        name: a,
        ap: ap_a,
        recall: recall_a,
    }, RunResult {
        name: b,
        ap: ap_b,
        recall: recall_b,
    }] = runs;
    if epoch == 0 {
        return t(msg::VERDICT_START).to_owned();
    }
    let gap = ap_b - ap_a;
    let lead = if gap.abs() < 0.01 {
        let args = [
            ("epoch", epoch.to_string()),
            ("a", shown(ap_a, 3).to_string()),
            ("b", shown(ap_b, 3).to_string()),
        ];
        tf_owned(msg::VERDICT_TIE, &args)
    } else {
        let (winner, loser, w, l) = if gap > 0.0 {
            ("B", "A", b, a)
        } else {
            ("A", "B", a, b)
        };
        let args = [
            ("epoch", epoch.to_string()),
            ("winner", winner.to_owned()),
            ("w", w.to_owned()),
            ("loser", loser.to_owned()),
            ("l", l.to_owned()),
            ("gap", shown(gap.abs(), 2).to_string()),
            ("high", shown(ap_a.max(ap_b), 3).to_string()),
            ("low", shown(ap_a.min(ap_b), 3).to_string()),
        ];
        tf_owned(msg::VERDICT_LEAD, &args)
    };
    let args = [
        ("best", shown(bayes_ap, 3).to_string()),
        ("a", percent(ap_a / bayes_ap.max(f64::MIN_POSITIVE))),
        ("b", percent(ap_b / bayes_ap.max(f64::MIN_POSITIVE))),
        ("ra", percent(recall_a)),
        ("rb", percent(recall_b)),
    ];
    let recall = tf_owned(msg::VERDICT_BEST, &args);
    if gap.abs() < 0.01 {
        format!("{lead} {recall} {}", t(msg::VERDICT_WHY_TIE))
    } else {
        format!("{lead} {recall}")
    }
}
