#![cfg(not(target_arch = "wasm32"))]
use focal::format::{data_value, num, shown, step_decimals, times_smaller};

#[test]
fn significant_digits_and_notation() {
    assert_eq!(num(0.105360515657826), "0.1054");
    assert_eq!(num(2.0), "2");
    assert_eq!(num(-0.5), "−0.5");
    assert_eq!(num(0.000263), "2.63 × 10⁻⁴");
    assert_eq!(num(123456.0), "1.235 × 10⁵");
    assert_eq!(num(9.99996), "10");
    assert_eq!(num(0.0), "0");
    assert_eq!(num(f64::INFINITY), "∞");
    assert_eq!(shown(0.00099999, 3).to_string(), "0.001");
    assert_eq!(shown(1e-300, 3).to_string(), "1 × 10⁻³⁰⁰");
}

#[test]
fn data_values_round_trip() {
    let x = 0.1 + 0.2;
    assert_eq!(data_value(x).parse::<f64>().unwrap(), x);
    assert_eq!(data_value(f64::INFINITY), "Infinity");
}

#[test]
fn ratios_are_said_as_times() {
    assert_eq!(times_smaller(100.0), "FL is 100× smaller than CE");
    assert_eq!(times_smaller(976.5625), "FL is 977× smaller than CE");
    assert!(times_smaller(f64::INFINITY).contains("α_t = 0"));
    assert!(times_smaller(1.0).contains("equals"));
}

#[test]
fn step_decimals_follow_the_step() {
    assert_eq!(step_decimals(0.1), 1);
    assert_eq!(step_decimals(0.01), 2);
    assert_eq!(step_decimals(0.001), 3);
    assert_eq!(step_decimals(1.0), 0);
}

#[test]
fn percents_counts_and_the_sentence() {
    use focal::format::{count, imbalance_sentence, percent};
    assert_eq!(percent(0.893), "89.3 %");
    assert_eq!(percent(0.0005123), "0.0512 %");
    assert_eq!(count(69_314.718), "69,315");
    assert_eq!(count(1_005.03), "1,005");
    assert_eq!(count(12.5), "12.5");
    assert_eq!(
        imbalance_sentence(1000.0, 0.99, 0.988, 0.06, 2.0),
        "At 1:1,000, negatives (mean p_t 0.99) carry 98.8 % of the CE loss but only 6 % of the focal loss (γ = 2)."
    );
}
