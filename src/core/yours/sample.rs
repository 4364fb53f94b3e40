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
    let mut rows = Rows::with_score(seed, anchors, score);
    let mut out = String::new();
    while let Some(piece) = rows.next_piece(anchors.max(1)) {
        out.push_str(&piece);
    }
    out
}

/// The sample's text a piece at a time (the page generates it in tasks of its own).
pub struct Rows {
    rng: Pcg64Mcg,
    anchors: usize,
    positives: usize,
    every: usize,
    next: usize,
    score: Score,
    header: bool,
}

impl Rows {
    pub fn new(seed: u64, anchors: usize) -> Rows {
        Rows::with_score(seed, anchors, Score::Logit)
    }

    pub fn with_score(seed: u64, anchors: usize, score: Score) -> Rows {
        let positives = (anchors as f64 / 1001.0).round().max(1.0) as usize;
        Rows {
            rng: Pcg64Mcg::seed_from_u64(seed),
            anchors,
            positives,
            // Positives at evenly spread places, so a file of any length has them throughout.
            every: (anchors / positives).max(1),
            next: 0,
            score,
            header: true,
        }
    }

    /// The fraction of the rows generated so far.
    pub fn fraction(&self) -> f64 {
        self.next as f64 / self.anchors.max(1) as f64
    }

    /// The next `rows` rows (the header before the first), or `None` at the end.
    pub fn next_piece(&mut self, rows: usize) -> Option<String> {
        if self.next >= self.anchors && !self.header {
            return None;
        }
        let mut out = String::with_capacity(rows.min(self.anchors) * 26 + 32);
        if self.header {
            self.header = false;
            out.push_str("anchor,class,label,");
            out.push_str(self.score.name());
            out.push('\n');
        }
        let end = (self.next + rows).min(self.anchors);
        for i in self.next..end {
            let positive = i % self.every == self.every / 2 && i / self.every < self.positives;
            let rng = &mut self.rng;
            let z = if positive {
                0.5 + 2.0 * normal(rng)
            } else if rng.next_u64() % 100 < 4 {
                // Hard negatives: object-like background.
                -2.5 + 1.5 * normal(rng)
            } else {
                -7.0 + 1.3 * normal(rng)
            };
            let class = if positive { "person" } else { "background" };
            let _ = match self.score {
                Score::Logit => writeln!(out, "{i},{class},{},{z:.5}", u8::from(positive)),
                Score::Prob => writeln!(out, "{i},{class},{},{:e}", u8::from(positive), sigmoid(z)),
            };
        }
        self.next = end;
        Some(out)
    }
}

/// The files the tests check against numpy and scikit-learn (tests/reference/): seeds no
/// sample is drawn with, logits with ties and probabilities.
pub const REFERENCE_FILES: &[(&str, u64, usize, Score)] = &[
    ("yours_logit.csv", 4242, 50_050, Score::Logit),
    ("yours_prob.csv", 4343, 20_020, Score::Prob),
];
