//! Seeded synthetic 2-D data sets for the training lab: a few positives, many negatives
//! (most easy, a controllable fraction hard, near the decision boundary), in four shapes;
//! every component has an exact density, so the Bayes-optimal ranking is known.

use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use std::f64::consts::TAU;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Two Gaussian blobs.
    Blobs,
    /// Positives on a ring around the easy negatives.
    Ring,
    /// A positive cluster inside a ring of negatives.
    ClusterInRing,
    /// A tight positive cluster with a cluster of hard negatives just beside it, and a wide,
    /// elongated cloud of easy negatives below: the layout of the `helps` scenario, where
    /// the easy cloud's pull misleads cross-entropy's first steps.
    Beside,
}

impl Shape {
    pub const ALL: [Shape; 4] = [
        Shape::Blobs,
        Shape::Ring,
        Shape::ClusterInRing,
        Shape::Beside,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Shape::Blobs => "blobs",
            Shape::Ring => "ring",
            Shape::ClusterInRing => "cluster-in-ring",
            Shape::Beside => "beside",
        }
    }

    /// The distributions of the positives, the easy and the hard negatives.
    fn parts(self) -> [Part; 3] {
        let g = |c: [f64; 2], sd: f64| Part::Gaussian {
            centre: c,
            sd: [sd, sd],
        };
        match self {
            Shape::Blobs => [g([1.5, 1.5], 0.5), g([-1.5, -1.5], 0.9), g([0.5, 0.5], 0.5)],
            Shape::Ring => [
                Part::Ring {
                    radius: 2.4,
                    sd: 0.25,
                },
                g([0.0, 0.0], 0.5),
                // Hard negatives just inside the positives' ring, where the boundary runs.
                Part::Ring {
                    radius: 1.7,
                    sd: 0.2,
                },
            ],
            Shape::ClusterInRing => [
                g([0.0, 0.0], 0.45),
                Part::Ring {
                    radius: 2.8,
                    sd: 0.35,
                },
                // Hard negatives in a ring just outside the positive cluster.
                Part::Ring {
                    radius: 1.5,
                    sd: 0.2,
                },
            ],
            Shape::Beside => [
                g([0.0, 3.0], 0.3),
                Part::Gaussian {
                    centre: [0.0, 0.0],
                    sd: [1.0, 0.5],
                },
                g([0.7, 3.0], 0.3),
            ],
        }
    }
}

/// One component of a data set: a Gaussian (per-axis spread) or a ring (radius normal,
/// angle uniform). Each can be sampled and has an exact density, so the best possible
/// ranking of a test split is known ([`bayes_scores`]).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    Gaussian { centre: [f64; 2], sd: [f64; 2] },
    Ring { radius: f64, sd: f64 },
}

impl Part {
    fn sample(self, s: &mut Sampler) -> [f64; 2] {
        match self {
            Part::Gaussian { centre, sd } => [
                centre[0] + sd[0] * s.normal(),
                centre[1] + sd[1] * s.normal(),
            ],
            Part::Ring { radius, sd } => s.ring(radius, sd),
        }
    }

    /// The log density at `x`.
    fn ln_density(self, x: [f64; 2]) -> f64 {
        let ln_normal = |d: f64, sd: f64| -0.5 * (d / sd).powi(2) - (sd * TAU.sqrt()).ln();
        match self {
            Part::Gaussian { centre, sd } => {
                ln_normal(x[0] - centre[0], sd[0]) + ln_normal(x[1] - centre[1], sd[1])
            }
            Part::Ring { radius, sd } => {
                // The radius drawn is N(radius, sd); a negative draw lands at |r| on the
                // opposite side, and the angle is uniform: density f(ρ) / (2πρ).
                let rho = x[0].hypot(x[1]).max(1e-300);
                let near = ln_normal(rho - radius, sd);
                let far = ln_normal(rho + radius, sd);
                near.max(far) + (-(near - far).abs()).exp().ln_1p() - (TAU * rho).ln()
            }
        }
    }
}

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DataSpec {
    pub seed: u64,
    pub shape: Shape,
    pub positives: usize,
    /// Negatives per positive.
    pub ratio: f64,
    /// Fraction of the negatives drawn near the positives.
    pub hard_fraction: f64,
}

/// A labelled set of 2-D points.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub x: Vec<[f64; 2]>,
    pub label: Vec<bool>,
}

impl Dataset {
    pub fn len(&self) -> usize {
        self.x.len()
    }

    pub fn is_empty(&self) -> bool {
        self.x.is_empty()
    }

    pub fn positives(&self) -> usize {
        self.label.iter().filter(|l| **l).count()
    }
}

/// Uniform in [0, 1) with 53 random bits, and standard normals by Box–Muller.
struct Sampler(Pcg64Mcg);

impl Sampler {
    fn uniform(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    fn normal(&mut self) -> f64 {
        // 1 - u is in (0, 1], so the log is finite.
        let u = 1.0 - self.uniform();
        let v = self.uniform();
        (-2.0 * u.ln()).sqrt() * (TAU * v).cos()
    }

    fn ring(&mut self, radius: f64, sd: f64) -> [f64; 2] {
        let angle = TAU * self.uniform();
        let r = radius + sd * self.normal();
        [r * angle.cos(), r * angle.sin()]
    }
}

/// The number of negatives for a spec.
pub fn negatives_for(spec: &DataSpec) -> usize {
    (spec.positives as f64 * spec.ratio).round() as usize
}

/// The number of hard negatives for a spec.
pub fn hard_for(spec: &DataSpec) -> usize {
    (negatives_for(spec) as f64 * spec.hard_fraction.clamp(0.0, 1.0)).round() as usize
}

/// The exact log densities of the two classes at `x`: ln p(x | positive) and
/// ln p(x | negative), the negatives being the easy and hard mixture in the proportions
/// generated (a weight of 0 drops its component).
pub fn class_ln_densities(spec: &DataSpec, x: [f64; 2]) -> (f64, f64) {
    let [positive, easy, hard] = spec.shape.parts();
    let negatives = negatives_for(spec).max(1) as f64;
    let h = hard_for(spec) as f64 / negatives;
    let a = (1.0 - h).ln() + easy.ln_density(x);
    let b = h.ln() + hard.ln_density(x);
    let (hi, lo) = if a >= b { (a, b) } else { (b, a) };
    // ln(e^a + e^b) without overflow; a weight of 0 gives −∞ and drops out.
    let negative = if lo == f64::NEG_INFINITY {
        hi
    } else {
        hi + (lo - hi).exp().ln_1p()
    };
    (positive.ln_density(x), negative)
}

/// The exact log-likelihood ratio ln p(x | positive) − ln p(x | negative) of every point,
/// from the densities the data were drawn from ([`class_ln_densities`]). Ranking by it is
/// Bayes-optimal: no model can rank a split better in expectation, so its AP is the lab's
/// yardstick.
pub fn bayes_scores(spec: &DataSpec, data: &Dataset) -> Vec<f64> {
    data.x.iter().map(|&x| bayes_score(spec, x)).collect()
}

/// One point's Bayes-optimal score: the log-likelihood ratio of the two classes.
pub fn bayes_score(spec: &DataSpec, x: [f64; 2]) -> f64 {
    let (positive, negative) = class_ln_densities(spec, x);
    positive - negative
}

/// Generates one split. `stream` separates the train (0) and test (1) splits drawn from
/// the same seed.
pub fn generate(spec: &DataSpec, stream: u64) -> Dataset {
    let mut split = Generator::new(spec, stream);
    while split.fill(usize::MAX) {}
    split.data
}

/// One split generated a piece at a time (the browser builds the lab in tasks short enough
/// not to hold up input): the same points, in the same order, as [`generate`].
pub struct Generator {
    s: Sampler,
    parts: [Part; 3],
    positives: usize,
    hard: usize,
    total: usize,
    pub data: Dataset,
}

impl Generator {
    pub fn new(spec: &DataSpec, stream: u64) -> Generator {
        // Distinct, well-mixed seeds per (seed, stream).
        let mixed = spec
            .seed
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .wrapping_add(stream.wrapping_mul(0xD1B5_4A32_D192_ED03) ^ 0x5851_F42D_4C95_7F2D);
        let total = spec.positives + negatives_for(spec);
        Generator {
            s: Sampler(Pcg64Mcg::seed_from_u64(mixed)),
            parts: spec.shape.parts(),
            positives: spec.positives,
            hard: hard_for(spec),
            total,
            data: Dataset {
                x: Vec::with_capacity(total),
                label: Vec::with_capacity(total),
            },
        }
    }

    /// Draws up to `max` more points: the positives first, then the hard negatives, then
    /// the easy ones. True while points remain to be drawn.
    pub fn fill(&mut self, max: usize) -> bool {
        let [positive, easy_negative, hard_negative] = self.parts;
        let end = self.total.min(self.data.len().saturating_add(max));
        for i in self.data.len()..end {
            let (part, label) = if i < self.positives {
                (positive, true)
            } else if i - self.positives < self.hard {
                (hard_negative, false)
            } else {
                (easy_negative, false)
            };
            self.data.x.push(part.sample(&mut self.s));
            self.data.label.push(label);
        }
        self.data.len() < self.total
    }
}
