//! Writes the files the "Your predictions" reference values are computed from
//! (tests/reference/make_yours_reference.py; tests/yours.rs and the browser test generate
//! the same text): `cargo run --example yours_files -- <dir>`.
use focal::core::yours::{sample, Score};

fn main() {
    let dir = std::env::args().nth(1).expect("a directory");
    for (name, seed, n, score) in focal::core::yours::sample::REFERENCE_FILES {
        let _ = (seed, n, score);
        let text = sample::csv_of(*seed, *n, *score);
        std::fs::write(format!("{dir}/{name}"), text).unwrap();
    }
    let _ = Score::Logit;
}
