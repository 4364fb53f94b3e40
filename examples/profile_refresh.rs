//! Times the pieces of the lab's view refresh natively (a proxy for the browser, which
//! runs the same core about 2× slower): `cargo run --release --example profile_refresh`.
use focal::core::lab::{loss_profile, run_confusion, Lab};
use focal::plot::lab::{ap_chart, figure4_chart, heatmap, loss_chart, pr_chart};
use focal::state::State;
use std::time::Instant;

fn time<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let t0 = Instant::now();
    let out = f();
    println!("{label:<28} {:8.2} ms", t0.elapsed().as_secs_f64() * 1e3);
    out
}

fn main() {
    let s = State::default();
    let mut lab = time("Lab::new", || Lab::new(s.lab_spec(), s.lab_configs()));
    time("advance(1)", || lab.advance(1));
    time("checkpoint (both runs)", || lab.checkpoint());
    let profiles = time("loss_profile ×2", || {
        [0, 1].map(|r| loss_profile(&lab.runs[r], &lab.train))
    });
    time("heatmap ×2", || {
        [0, 1].map(|r| heatmap(&lab.runs[r], &lab.train, String::new()))
    });
    time("confusion ×2", || {
        [0, 1].map(|r| run_confusion(&lab.runs[r], &lab.test, 0.5))
    });
    let run = &lab.runs[1];
    let scores = time("scores (test)", || run.scores(&lab.test));
    time("Ranking::new", || {
        focal::core::metrics::Ranking::new(&scores, &lab.test.label, 300)
    });
    time("evaluate_loss (test)", || run.evaluate_loss(&lab.test));
    time("charts", || {
        (
            loss_chart(&lab),
            ap_chart(&lab),
            pr_chart(&lab),
            figure4_chart(&lab, 0, &profiles[0]),
        )
    });
}
