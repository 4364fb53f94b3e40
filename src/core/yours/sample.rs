//! A detector-like file of predictions, generated: what the "Your predictions" panel shows
//! before the reader loads their own. About 1 positive per 1,000 anchors; most negatives are
//! easy background, a few are hard (object-like), and the positives are spread from missed to
//! confident, as a one-stage detector's scores are after some training.

use super::Score;
use crate::core::loss::sigmoid;
use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use std::fmt::Write;

/// The sample the panel loads: its seed and size.
pub const SEED: u64 = 2017;
pub const ANCHORS: usize = 100_100;

fn normal(rng: &mut Pcg64Mcg) -> f64 {
    // Box–Muller, one value per call (the sample is small).
    let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    let v = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    (-2.0 * (1.0 - u).ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

/// The CSV text: `anchor,class,label,logit` (the class column is there to show that other
/// columns are ignored), one positive per 1,000 negatives.
pub fn csv(seed: u64, anchors: usize) -> String {
    csv_of(seed, anchors, Score::Logit)
}

/// [`csv`] with the score as a logit (5 decimals: ties included) or as the probability
/// σ(logit) (shortest round-trip form).
pub fn csv_of(seed: u64, anchors: usize, score: Score) -> String {
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    let positives = (anchors as f64 / 1001.0).round().max(1.0) as usize;
    let mut out = String::with_capacity(anchors * 24);
    out.push_str("anchor,class,label,");
    out.push_str(score.name());
    out.push('\n');
    // Positives at evenly spread places, so a file of any length has them throughout.
    let every = anchors / positives;
    for i in 0..anchors {
        let positive = i % every == every / 2 && i / every < positives;
        let z = if positive {
            0.5 + 2.0 * normal(&mut rng)
        } else if rng.next_u64() % 100 < 4 {
            // Hard negatives: object-like background.
            -2.5 + 1.5 * normal(&mut rng)
        } else {
            -7.0 + 1.3 * normal(&mut rng)
        };
        let class = if positive { "person" } else { "background" };
        let _ = match score {
            Score::Logit => writeln!(out, "{i},{class},{},{z:.5}", u8::from(positive)),
            Score::Prob => writeln!(out, "{i},{class},{},{:e}", u8::from(positive), sigmoid(z)),
        };
    }
    out
}

/// The files the tests check against numpy and scikit-learn (tests/reference/): seeds no
/// sample is drawn with, logits with ties and probabilities.
pub const REFERENCE_FILES: &[(&str, u64, usize, Score)] = &[
    ("yours_logit.csv", 4242, 50_050, Score::Logit),
    ("yours_prob.csv", 4343, 20_020, Score::Prob),
];
