//! Writes assets/check-inputs.csv from the core (the check panel's inputs).
fn main() {
    std::fs::write("assets/check-inputs.csv", focal::core::check::inputs_csv()).unwrap();
}
