//! One or two `f64`s at a time: the training loop's math is written once over [`Lanes`]
//! and runs on a plain `f64` or on an [`F64x2`] pair of examples.
//!
//! On wasm32 with `simd128` an [`F64x2`] is one `v128` register, so the browser computes two
//! examples' loss and gradient per instruction. Elsewhere it is two `f64`s computed one
//! after the other. Every lane operation is the IEEE operation the scalar code performs, in
//! the same order, so a lane's result is bit for bit the scalar result (tested).

use std::ops::{Add, Div, Mul, Neg, Sub};

/// What the loss math needs of a number type.
pub trait Lanes:
    Copy
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
{
    /// One comparison result per lane.
    type Mask: Copy;
    fn splat(x: f64) -> Self;
    fn abs(self) -> Self;
    /// `if self < other { other } else { self }` (wasm's `pmax`; NaN in `self` stays).
    fn pmax(self, other: Self) -> Self;
    fn gt(self, other: Self) -> Self::Mask;
    fn ge(self, other: Self) -> Self::Mask;
    /// `if mask { yes } else { no }`, per lane.
    fn select(mask: Self::Mask, yes: Self, no: Self) -> Self;
    /// `self · 2^k`, where `k` is the integer that `rounded = k + offset` holds in its low
    /// mantissa bits. 2^k is applied as two normal powers of two, so that results below
    /// 2^−1022 round to subnormals and 0 instead of wrapping.
    fn scale_by_rounded(self, rounded: Self, offset: f64) -> Self;
}

/// 2^k for −1022 ≤ k ≤ 1023, from its exponent bits.
#[inline(always)]
fn pow2(k: i64) -> f64 {
    f64::from_bits((k.wrapping_add(1023) << 52) as u64)
}

impl Lanes for f64 {
    type Mask = bool;
    #[inline(always)]
    fn splat(x: f64) -> f64 {
        x
    }
    #[inline(always)]
    fn abs(self) -> f64 {
        f64::abs(self)
    }
    #[inline(always)]
    fn pmax(self, other: f64) -> f64 {
        if self < other {
            other
        } else {
            self
        }
    }
    #[inline(always)]
    fn gt(self, other: f64) -> bool {
        self > other
    }
    #[inline(always)]
    fn ge(self, other: f64) -> bool {
        self >= other
    }
    #[inline(always)]
    fn select(mask: bool, yes: f64, no: f64) -> f64 {
        if mask {
            yes
        } else {
            no
        }
    }
    #[inline(always)]
    fn scale_by_rounded(self, rounded: f64, offset: f64) -> f64 {
        let k = (rounded.to_bits() as i64).wrapping_sub(offset.to_bits() as i64);
        let k1 = k >> 1;
        self * pow2(k1) * pow2(k.wrapping_sub(k1))
    }
}

pub use pair::{F64x2, Mask2};

/// Whether [`F64x2`] is a wasm SIMD register on this build (else two scalars).
pub const SIMD: bool = cfg!(all(target_arch = "wasm32", target_feature = "simd128"));

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod pair {
    use super::Lanes;
    use core::arch::wasm32::*;
    use std::ops::{Add, Div, Mul, Neg, Sub};

    /// Two `f64` lanes in one wasm SIMD register.
    #[derive(Clone, Copy, Debug)]
    pub struct F64x2(v128);

    /// A lane mask (all ones or all zeros per lane).
    #[derive(Clone, Copy, Debug)]
    pub struct Mask2(v128);

    impl F64x2 {
        #[inline(always)]
        pub fn new(a: f64, b: f64) -> F64x2 {
            F64x2(f64x2(a, b))
        }
        #[inline(always)]
        pub fn lanes(self) -> [f64; 2] {
            [
                f64x2_extract_lane::<0>(self.0),
                f64x2_extract_lane::<1>(self.0),
            ]
        }
    }

    impl Mask2 {
        #[inline(always)]
        pub fn new(a: bool, b: bool) -> Mask2 {
            Mask2(i64x2(-(a as i64), -(b as i64)))
        }
    }

    macro_rules! binary {
        ($trait:ident, $method:ident, $op:ident) => {
            impl $trait for F64x2 {
                type Output = F64x2;
                #[inline(always)]
                fn $method(self, other: F64x2) -> F64x2 {
                    F64x2($op(self.0, other.0))
                }
            }
        };
    }
    binary!(Add, add, f64x2_add);
    binary!(Sub, sub, f64x2_sub);
    binary!(Mul, mul, f64x2_mul);
    binary!(Div, div, f64x2_div);

    impl Neg for F64x2 {
        type Output = F64x2;
        #[inline(always)]
        fn neg(self) -> F64x2 {
            F64x2(f64x2_neg(self.0))
        }
    }

    impl Lanes for F64x2 {
        type Mask = Mask2;
        #[inline(always)]
        fn splat(x: f64) -> F64x2 {
            F64x2(f64x2_splat(x))
        }
        #[inline(always)]
        fn abs(self) -> F64x2 {
            F64x2(f64x2_abs(self.0))
        }
        #[inline(always)]
        fn pmax(self, other: F64x2) -> F64x2 {
            F64x2(f64x2_pmax(self.0, other.0))
        }
        #[inline(always)]
        fn gt(self, other: F64x2) -> Mask2 {
            Mask2(f64x2_gt(self.0, other.0))
        }
        #[inline(always)]
        fn ge(self, other: F64x2) -> Mask2 {
            Mask2(f64x2_ge(self.0, other.0))
        }
        #[inline(always)]
        fn select(mask: Mask2, yes: F64x2, no: F64x2) -> F64x2 {
            F64x2(v128_bitselect(yes.0, no.0, mask.0))
        }
        #[inline(always)]
        fn scale_by_rounded(self, rounded: F64x2, offset: f64) -> F64x2 {
            let k = i64x2_sub(rounded.0, i64x2_splat(offset.to_bits() as i64));
            let k1 = i64x2_shr(k, 1);
            let pow2 = |k: v128| i64x2_shl(i64x2_add(k, i64x2_splat(1023)), 52);
            F64x2(f64x2_mul(
                f64x2_mul(self.0, pow2(k1)),
                pow2(i64x2_sub(k, k1)),
            ))
        }
    }
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
mod pair {
    use super::Lanes;
    use std::ops::{Add, Div, Mul, Neg, Sub};

    /// Two `f64` lanes, computed one after the other (no SIMD on this target).
    #[derive(Clone, Copy, Debug)]
    pub struct F64x2([f64; 2]);

    /// A lane mask.
    #[derive(Clone, Copy, Debug)]
    pub struct Mask2([bool; 2]);

    impl F64x2 {
        #[inline(always)]
        pub fn new(a: f64, b: f64) -> F64x2 {
            F64x2([a, b])
        }
        #[inline(always)]
        pub fn lanes(self) -> [f64; 2] {
            self.0
        }
        #[inline(always)]
        fn map(self, f: impl Fn(f64) -> f64) -> F64x2 {
            F64x2([f(self.0[0]), f(self.0[1])])
        }
        #[inline(always)]
        fn zip(self, other: F64x2, f: impl Fn(f64, f64) -> f64) -> F64x2 {
            F64x2([f(self.0[0], other.0[0]), f(self.0[1], other.0[1])])
        }
        #[inline(always)]
        fn test(self, other: F64x2, f: impl Fn(f64, f64) -> bool) -> Mask2 {
            Mask2([f(self.0[0], other.0[0]), f(self.0[1], other.0[1])])
        }
    }

    impl Mask2 {
        #[inline(always)]
        pub fn new(a: bool, b: bool) -> Mask2 {
            Mask2([a, b])
        }
    }

    macro_rules! binary {
        ($trait:ident, $method:ident, $op:tt) => {
            impl $trait for F64x2 {
                type Output = F64x2;
                #[inline(always)]
                fn $method(self, other: F64x2) -> F64x2 {
                    self.zip(other, |a, b| a $op b)
                }
            }
        };
    }
    binary!(Add, add, +);
    binary!(Sub, sub, -);
    binary!(Mul, mul, *);
    binary!(Div, div, /);

    impl Neg for F64x2 {
        type Output = F64x2;
        #[inline(always)]
        fn neg(self) -> F64x2 {
            self.map(|a| -a)
        }
    }

    impl Lanes for F64x2 {
        type Mask = Mask2;
        #[inline(always)]
        fn splat(x: f64) -> F64x2 {
            F64x2([x, x])
        }
        #[inline(always)]
        fn abs(self) -> F64x2 {
            self.map(f64::abs)
        }
        #[inline(always)]
        fn pmax(self, other: F64x2) -> F64x2 {
            self.zip(other, Lanes::pmax)
        }
        #[inline(always)]
        fn gt(self, other: F64x2) -> Mask2 {
            self.test(other, |a, b| a > b)
        }
        #[inline(always)]
        fn ge(self, other: F64x2) -> Mask2 {
            self.test(other, |a, b| a >= b)
        }
        #[inline(always)]
        fn select(mask: Mask2, yes: F64x2, no: F64x2) -> F64x2 {
            F64x2([
                f64::select(mask.0[0], yes.0[0], no.0[0]),
                f64::select(mask.0[1], yes.0[1], no.0[1]),
            ])
        }
        #[inline(always)]
        fn scale_by_rounded(self, rounded: F64x2, offset: f64) -> F64x2 {
            F64x2([
                self.0[0].scale_by_rounded(rounded.0[0], offset),
                self.0[1].scale_by_rounded(rounded.0[1], offset),
            ])
        }
    }
}
