//! `e^x` for `x ≤ 0` and `ln(1 + e)` for `e ∈ [0, 1]`: the only transcendental functions
//! the training loop needs, written branch-free (the logarithm's polynomial and the hi/lo
//! split of ln 2 are fdlibm's), accurate to a few units in the last place.
//!
//! Why not `f64::exp` and `f64::ln_1p`: on wasm32 they are calls into a software libm that
//! branches on every special case, which made a browser epoch about twice as slow as a
//! native one (where glibc's table-driven versions are fast). Inlined and branch-free,
//! the same code is fast on both, and both run exactly the same arithmetic.

const LN2_HI: f64 = 6.931_471_803_691_238e-1;
const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;
const INV_LN2: f64 = std::f64::consts::LOG2_E;
/// 1.5 · 2⁵²: adding it rounds to an integer, which then sits in the low bits.
const ROUND: f64 = 6_755_399_441_055_744.0;

/// 1/n! for n = 2…13: e^r's Taylor series, which for |r| ≤ ln 2 / 2 is exact to within
/// 4e−18 after the r¹³ term, without fdlibm's division.
const INV_FACTORIAL: [f64; 12] = [
    1.0 / 2.0,
    1.0 / 6.0,
    1.0 / 24.0,
    1.0 / 120.0,
    1.0 / 720.0,
    1.0 / 5_040.0,
    1.0 / 40_320.0,
    1.0 / 362_880.0,
    1.0 / 3_628_800.0,
    1.0 / 39_916_800.0,
    1.0 / 479_001_600.0,
    1.0 / 6_227_020_800.0,
];

const LG1: f64 = 6.666_666_666_666_735e-1;
const LG2: f64 = 3.999_999_999_940_942e-1;
const LG3: f64 = 2.857_142_874_366_239e-1;
const LG4: f64 = 2.222_219_843_214_978_4e-1;
const LG5: f64 = 1.818_357_216_161_805e-1;
const LG6: f64 = 1.531_383_769_920_937_3e-1;
const LG7: f64 = 1.479_819_860_511_658_6e-1;

/// Below this e^x is 0 in f64 anyway; clamping keeps 2^k's exponent in range.
const EXP_FLOOR: f64 = -750.0;

/// `e^x` for `x ≤ 0` (and small positive x), down to the subnormals and 0. NaN stays NaN.
#[inline(always)]
pub fn exp_nonpositive(x: f64) -> f64 {
    let x = if x < EXP_FLOOR { EXP_FLOOR } else { x };
    let t = x * INV_LN2 + ROUND;
    let k = t - ROUND;
    let r = (x - k * LN2_HI) - k * LN2_LO;
    // Horner, written out: the release profile optimises for size and would keep a loop,
    // and the nested form makes rustfmt take minutes.
    let c = INV_FACTORIAL;
    let mut p = c[11];
    p = p * r + c[10];
    p = p * r + c[9];
    p = p * r + c[8];
    p = p * r + c[7];
    p = p * r + c[6];
    p = p * r + c[5];
    p = p * r + c[4];
    p = p * r + c[3];
    p = p * r + c[2];
    p = p * r + c[1];
    p = p * r + c[0];
    let y = 1.0 + r * (1.0 + r * p);
    // k is the integer in t's low bits. 2^k is applied as two normal powers of two, so
    // that results below 2^−1022 round to subnormals and 0 instead of wrapping.
    let k_int = (t.to_bits() as i64).wrapping_sub(ROUND.to_bits() as i64);
    let k1 = k_int >> 1;
    let pow2 = |k: i64| f64::from_bits(((k + 1023) << 52) as u64);
    y * pow2(k1) * pow2(k_int - k1)
}

/// `ln(1 + e)` for `e ∈ [0, 1]`, exact to rounding for tiny `e`. NaN stays NaN.
#[inline(always)]
pub fn ln_1p_unit(e: f64) -> f64 {
    let u = 1.0 + e;
    // What rounding lost in 1 + e, relative to u.
    let c = (e - (u - 1.0)) / u;
    let big = u > std::f64::consts::SQRT_2;
    let k = if big { 1.0 } else { 0.0 };
    let f = if big { 0.5 * u } else { u } - 1.0;
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f)
}
