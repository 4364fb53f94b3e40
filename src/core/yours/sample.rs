//! A detector-like file of predictions, generated: what the "Your predictions" panel shows
//! before the reader loads their own. About 1 positive per 1,000 anchors; most negatives are
//! easy background, a few are hard (object-like), and the positives are spread from missed to
//! confident, as a one-stage detector's scores are after some training.

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
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    let positives = (anchors as f64 / 1001.0).round().max(1.0) as usize;
    let mut out = String::with_capacity(anchors * 24);
    out.push_str("anchor,class,label,logit\n");
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
        let _ = writeln!(out, "{i},{class},{},{z:.5}", u8::from(positive));
    }
    out
}
