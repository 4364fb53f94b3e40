//! The lab's data sets against their densities: every class density (the hard-negative
//! mixture included) integrates to one and matches a closed form written here
//! independently, and the sampler draws from it (a χ² goodness-of-fit test over a grid).
//! The Bayes AP is only as good as these densities.
#![cfg(not(target_arch = "wasm32"))]

use focal::core::data::{
    bayes_scores, class_ln_densities, generate, hard_for, negatives_for, DataSpec, Dataset,
    Generator, Shape,
};
use std::f64::consts::{PI, TAU};

fn spec(shape: Shape, hard_fraction: f64) -> DataSpec {
    DataSpec {
        seed: 3,
        shape,
        positives: 40_000,
        ratio: 1.0,
        hard_fraction,
    }
}

/// A box that holds all but a negligible part of every shape's mass.
const BOX: ([f64; 2], [f64; 2]) = ([-7.0, -7.0], [7.0, 8.0]);

/// The normal density with mean `m` and spread `sd` at `x`.
fn phi(x: f64, m: f64, sd: f64) -> f64 {
    (-0.5 * ((x - m) / sd).powi(2)).exp() / (sd * TAU.sqrt())
}

fn gauss(x: [f64; 2], c: [f64; 2], sd: [f64; 2]) -> f64 {
    phi(x[0], c[0], sd[0]) * phi(x[1], c[1], sd[1])
}

/// A ring: radius ~ N(r, sd) (a negative draw lands at |r| on the far side), angle uniform.
fn ring(x: [f64; 2], r: f64, sd: f64) -> f64 {
    let rho = x[0].hypot(x[1]);
    (phi(rho, r, sd) + phi(rho, -r, sd)) / (2.0 * PI * rho)
}

/// Each shape's densities, written from its description in src/core/data.rs: positives,
/// easy negatives, hard negatives.
fn closed_form(shape: Shape, x: [f64; 2]) -> [f64; 3] {
    match shape {
        Shape::Blobs => [
            gauss(x, [1.5, 1.5], [0.5, 0.5]),
            gauss(x, [-1.5, -1.5], [0.9, 0.9]),
            gauss(x, [0.5, 0.5], [0.5, 0.5]),
        ],
        Shape::Ring => [
            ring(x, 2.4, 0.25),
            gauss(x, [0.0, 0.0], [0.5, 0.5]),
            ring(x, 1.7, 0.2),
        ],
        Shape::ClusterInRing => [
            gauss(x, [0.0, 0.0], [0.45, 0.45]),
            ring(x, 2.8, 0.35),
            ring(x, 1.5, 0.2),
        ],
        Shape::Beside => [
            gauss(x, [0.0, 3.0], [0.3, 0.3]),
            gauss(x, [0.0, 0.0], [1.0, 0.5]),
            gauss(x, [0.7, 3.0], [0.3, 0.3]),
        ],
    }
}

/// The realised share of hard negatives (the generator rounds the count).
fn hard_share(spec: &DataSpec) -> f64 {
    hard_for(spec) as f64 / negatives_for(spec) as f64
}

#[test]
fn the_densities_match_their_closed_forms_mixture_included() {
    let mut checked = 0;
    for shape in Shape::ALL {
        for hard in [0.0, 0.01, 0.3] {
            let spec = spec(shape, hard);
            let h = hard_share(&spec);
            let points: Vec<[f64; 2]> = (0..400)
                .map(|i| {
                    let t = i as f64;
                    [-4.0 + 0.021 * t, 4.5 - 0.019 * t]
                })
                .collect();
            let scores = bayes_scores(
                &spec,
                &Dataset {
                    x: points.clone(),
                    label: vec![false; points.len()],
                },
            );
            for (x, score) in points.iter().zip(&scores) {
                let [p, easy, hard_part] = closed_form(shape, *x);
                let negative = (1.0 - h) * easy + h * hard_part;
                let (ln_p, ln_n) = class_ln_densities(&spec, *x);
                // Compare where the densities are representable in f64.
                if p > 1e-250 && negative > 1e-250 {
                    let close = |a: f64, b: f64| (a - b).abs() <= 1e-10 * b.abs().max(1.0);
                    assert!(close(ln_p, p.ln()), "{shape:?} {x:?}: {ln_p} vs {}", p.ln());
                    assert!(
                        close(ln_n, negative.ln()),
                        "{shape:?} h {h} {x:?}: {ln_n} vs {}",
                        negative.ln()
                    );
                    let want = p.ln() - negative.ln();
                    assert!(close(*score, want), "{shape:?} {x:?}: {score} vs {want}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 3_000, "{checked} points compared");
}

#[test]
fn every_class_density_integrates_to_one() {
    // Midpoint rule on a 0.01 grid: for these smooth densities the error is far below the
    // tolerance, and any mistake in a normalising constant is far above it.
    let step = 0.01;
    let (lo, hi) = BOX;
    let nx = ((hi[0] - lo[0]) / step) as usize;
    let ny = ((hi[1] - lo[1]) / step) as usize;
    for shape in Shape::ALL {
        let spec = spec(shape, 0.3);
        let (mut positive, mut negative) = (0.0, 0.0);
        for i in 0..nx {
            for j in 0..ny {
                let x = [
                    lo[0] + step * (i as f64 + 0.5),
                    lo[1] + step * (j as f64 + 0.5),
                ];
                let (p, n) = class_ln_densities(&spec, x);
                positive += p.exp();
                negative += n.exp();
            }
        }
        for (class, mass) in [("positive", positive), ("negative", negative)] {
            let mass = mass * step * step;
            assert!(
                (mass - 1.0).abs() < 1e-6,
                "{shape:?}: the {class} density integrates to {mass}"
            );
        }
    }
}

/// The χ² statistic's 99.9 % quantile for `df` degrees of freedom (Wilson–Hilferty).
fn chi2_999(df: f64) -> f64 {
    let z = 3.090_232;
    let a = 2.0 / (9.0 * df);
    df * (1.0 - a + z * a.sqrt()).powi(3)
}

/// Pearson's χ² of the points of one class against that class's density, over a grid of
/// cells (each cell's probability integrated on a fine sub-grid), the cells with an
/// expected count under 5 pooled into one. Returns (χ², degrees of freedom).
fn chi_square(spec: &DataSpec, points: &[[f64; 2]], positive: bool) -> (f64, f64) {
    let cells = 28;
    let sub = 12;
    let (lo, hi) = BOX;
    let (w, h) = (
        (hi[0] - lo[0]) / cells as f64,
        (hi[1] - lo[1]) / cells as f64,
    );
    let mut probability = vec![0.0; cells * cells];
    for (c, p) in probability.iter_mut().enumerate() {
        let (ci, cj) = (c / cells, c % cells);
        for a in 0..sub {
            for b in 0..sub {
                let x = [
                    lo[0] + w * (ci as f64 + (a as f64 + 0.5) / sub as f64),
                    lo[1] + h * (cj as f64 + (b as f64 + 0.5) / sub as f64),
                ];
                let (lp, ln) = class_ln_densities(spec, x);
                *p += if positive { lp } else { ln }.exp();
            }
        }
        *p *= w * h / (sub * sub) as f64;
    }
    let mut observed = vec![0.0; cells * cells];
    let mut outside = 0.0;
    for x in points {
        let (i, j) = ((x[0] - lo[0]) / w, (x[1] - lo[1]) / h);
        if i >= 0.0 && j >= 0.0 && (i as usize) < cells && (j as usize) < cells {
            observed[i as usize * cells + j as usize] += 1.0;
        } else {
            outside += 1.0;
        }
    }
    let n = points.len() as f64;
    let (mut chi2, mut bins) = (0.0, 0.0);
    let (mut pooled_o, mut pooled_e) = (outside, n * (1.0 - probability.iter().sum::<f64>()));
    for (o, p) in observed.iter().zip(&probability) {
        let e = n * p;
        if e < 5.0 {
            pooled_o += o;
            pooled_e += e;
        } else {
            chi2 += (o - e).powi(2) / e;
            bins += 1.0;
        }
    }
    if pooled_e >= 5.0 {
        chi2 += (pooled_o - pooled_e).powi(2) / pooled_e;
        bins += 1.0;
    }
    (chi2, bins - 1.0)
}

#[test]
fn the_sampler_draws_from_the_densities() {
    for shape in Shape::ALL {
        let spec = spec(shape, 0.3);
        let data = generate(&spec, 0);
        for positive in [true, false] {
            let points: Vec<[f64; 2]> = data
                .x
                .iter()
                .zip(&data.label)
                .filter(|(_, l)| **l == positive)
                .map(|(x, _)| *x)
                .collect();
            let (chi2, df) = chi_square(&spec, &points, positive);
            let limit = chi2_999(df);
            println!(
                "{shape:?} {}: χ² {chi2:.1} on {df} degrees of freedom (99.9 % quantile {limit:.1}), {} points",
                if positive { "positives" } else { "negatives" },
                points.len()
            );
            assert!(df >= 15.0, "{shape:?}: only {df} degrees of freedom");
            assert!(
                chi2 < limit,
                "{shape:?} positive={positive}: χ² {chi2} ≥ {limit} on {df} degrees of freedom"
            );
        }
    }
}

/// The browser draws a split a part at a time: any part size gives the same points in the
/// same order as drawing it whole.
#[test]
fn a_split_drawn_in_parts_is_the_split_drawn_whole() {
    let spec = DataSpec {
        positives: 300,
        ratio: 10.0,
        hard_fraction: 0.2,
        ..spec(Shape::Blobs, 0.2)
    };
    let whole = generate(&spec, 1);
    for part in [1, 7, 299, 300, 301, 1_000, 10_000] {
        let mut split = Generator::new(&spec, 1);
        let mut calls = 1;
        while split.fill(part) {
            calls += 1;
        }
        assert_eq!(split.data.x, whole.x, "parts of {part}");
        assert_eq!(split.data.label, whole.label, "parts of {part}");
        assert_eq!(calls, whole.len().div_ceil(part), "parts of {part}");
    }
}
