//! The inputs the in-page latency benchmarks replay, and their summary statistics. Pure, so
//! the sequence is the same in every run and testable natively.

use crate::state::{Bench, State};

/// The i-th input of a latency benchmark: a sweep that moves the panel's main sliders
/// through their ranges (`kind` 1: the Explorer's γ and p_t; 2: the imbalance ratio and γ).
pub fn replay(kind: Bench, i: usize, s: &mut State) {
    let t = (i % 200) as f64 / 199.0;
    match (kind, i % 2) {
        (Bench::Explorer, 0) => s.shared.gamma = (t * 100.0).round() / 10.0,
        (Bench::Explorer, _) => s.explorer.pt = 0.001 + (t * 998.0).round() / 1000.0,
        (_, 0) => s.imbalance.ratio = 10f64.powf((t * 500.0).round() / 100.0),
        (_, _) => s.shared.gamma = (t * 100.0).round() / 10.0,
    }
}

/// The q-quantile of sorted samples (nearest rank).
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}
