//! Every benchmark of BENCHMARKS.md in one run: transfer size, interaction latency,
//! training throughput (wasm vs native, side by side), smoothness while training,
//! start-up and memory. Needs the release build in dist/ and chromedriver; run through
//! `scripts/bench`. Prints Markdown tables; never asserts timings.

// WebDriver exists only natively; on wasm32 this example is an empty program.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../../tests/support/mod.rs"]
mod support;

// The benchmarks themselves (bench.rs; start-up and the phone in bench/startup.rs).
#[cfg(not(target_arch = "wasm32"))]
mod bench;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
