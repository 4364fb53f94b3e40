//! `e^x` for `x ≤ 0` and `ln(1 + e)` for `e ∈ [0, 1]`: the only transcendental functions
//! the training loop needs, written branch-free after fdlibm (the polynomials and the
//! hi/lo split of ln 2 are fdlibm's), accurate to about one unit in the last place.
//!
//! Why not `f64::exp` and `f64::ln_1p`: on wasm32 they are calls into a software libm that
//! branches on every special case, which made a browser epoch about twice as slow as a
//! native one (where glibc's table-driven versions are fast). Inlined and branch-free,
//! the same code is fast on both, and both run exactly the same arithmetic.

const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
const INV_LN2: f64 = 1.442_695_040_888_963_387_00;
/// 1.5 · 2⁵²: adding it rounds to an integer, which then sits in the low bits.
const ROUND: f64 = 6_755_399_441_055_744.0;

const P1: f64 = 1.666_666_666_666_660_190_37e-1;
const P2: f64 = -2.777_777_777_701_559_338_42e-3;
const P3: f64 = 6.613_756_321_437_934_361_17e-5;
const P4: f64 = -1.653_390_220_546_525_153_90e-6;
const P5: f64 = 4.138_136_797_057_238_460_39e-8;

const LG1: f64 = 6.666_666_666_666_735_130e-1;
const LG2: f64 = 3.999_999_999_940_941_908e-1;
const LG3: f64 = 2.857_142_874_366_239_149e-1;
const LG4: f64 = 2.222_219_843_214_978_396e-1;
const LG5: f64 = 1.818_357_216_161_805_012e-1;
const LG6: f64 = 1.531_383_769_920_937_332e-1;
const LG7: f64 = 1.479_819_860_511_658_591e-1;

/// The smallest argument taken as is; below it the result is e^−700 ≈ 1e−304 instead of
/// a subnormal or 0 (2^k must stay a normal number).
const EXP_FLOOR: f64 = -700.0;

/// `e^x` for `x ≤ 0` (and small positive x). NaN stays NaN.
#[inline(always)]
pub fn exp_nonpositive(x: f64) -> f64 {
    let x = if x < EXP_FLOOR { EXP_FLOOR } else { x };
    let t = x * INV_LN2 + ROUND;
    let k = t - ROUND;
    let hi = x - k * LN2_HI;
    let lo = k * LN2_LO;
    let r = hi - lo;
    let rr = r * r;
    let c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    // k is the integer in t's low bits; 2^k is built from its exponent field.
    let k_int = (t.to_bits() as i64).wrapping_sub(ROUND.to_bits() as i64);
    y * f64::from_bits(((k_int + 1023) << 52) as u64)
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
