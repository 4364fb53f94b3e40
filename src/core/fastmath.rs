//! `e^x` for `x ≤ 0` and `ln(1 + e)` for `e ∈ [0, 1]`: the only transcendental functions
//! the training loop needs, written branch-free (the logarithm's polynomial and the hi/lo
//! split of ln 2 are fdlibm's), accurate to a few units in the last place.
//!
//! Why not `f64::exp` and `f64::ln_1p`: on wasm32 they are calls into a software libm that
//! branches on every special case, which made a browser epoch about twice as slow as a
//! native one (where glibc's table-driven versions are fast). Inlined and branch-free,
//! the same code is fast on both, and both run exactly the same arithmetic. Each is written
//! once over [`Lanes`], so the training loop can run two examples per SIMD instruction.

use super::lanes::Lanes;

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
    exp_nonpositive_lanes(x)
}

/// [`exp_nonpositive`] lane by lane.
#[inline(always)]
pub fn exp_nonpositive_lanes<L: Lanes>(x: L) -> L {
    let x = x.pmax(L::splat(EXP_FLOOR));
    let t = x * L::splat(INV_LN2) + L::splat(ROUND);
    let k = t - L::splat(ROUND);
    let r = (x - k * L::splat(LN2_HI)) - k * L::splat(LN2_LO);
    // Horner, written out: the release profile optimises for size and would keep a loop,
    // and the nested form makes rustfmt take minutes.
    // Constants splatted one by one: `array::map` stays a loop of calls at this opt-level.
    let c = INV_FACTORIAL;
    let mut p = L::splat(c[11]);
    p = p * r + L::splat(c[10]);
    p = p * r + L::splat(c[9]);
    p = p * r + L::splat(c[8]);
    p = p * r + L::splat(c[7]);
    p = p * r + L::splat(c[6]);
    p = p * r + L::splat(c[5]);
    p = p * r + L::splat(c[4]);
    p = p * r + L::splat(c[3]);
    p = p * r + L::splat(c[2]);
    p = p * r + L::splat(c[1]);
    p = p * r + L::splat(c[0]);
    let one = L::splat(1.0);
    let y = one + r * (one + r * p);
    // k is the integer in t's low bits.
    y.scale_by_rounded(t, ROUND)
}

/// `ln(1 + e)` for `e ∈ [0, 1]`, exact to rounding for tiny `e`. NaN stays NaN.
#[inline(always)]
pub fn ln_1p_unit(e: f64) -> f64 {
    ln_1p_unit_lanes(e)
}

/// [`ln_1p_unit`] lane by lane.
#[inline(always)]
pub fn ln_1p_unit_lanes<L: Lanes>(e: L) -> L {
    let (zero, half, one, two) = (L::splat(0.0), L::splat(0.5), L::splat(1.0), L::splat(2.0));
    let u = one + e;
    // What rounding lost in 1 + e, relative to u.
    let c = (e - (u - one)) / u;
    let big = u.gt(L::splat(std::f64::consts::SQRT_2));
    let k = L::select(big, one, zero);
    let f = L::select(big, half * u, u) - one;
    let s = f / (two + f);
    let z = s * s;
    let w = z * z;
    let r = z * (L::splat(LG1) + w * (L::splat(LG3) + w * (L::splat(LG5) + w * L::splat(LG7))))
        + w * (L::splat(LG2) + w * (L::splat(LG4) + w * L::splat(LG6)));
    let hfsq = half * f * f;
    k * L::splat(LN2_HI) - ((hfsq - (s * (hfsq + r) + (k * L::splat(LN2_LO) + c))) - f)
}
