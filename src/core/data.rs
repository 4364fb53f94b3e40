//! Seeded synthetic 2-D data sets for the training lab: a few positives, many negatives
//! (most easy, a controllable fraction hard, near the positives), in three shapes.

use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Two Gaussian blobs.
    Blobs,
    /// Positives on a ring around the easy negatives.
    Ring,
    /// A positive cluster inside a ring of negatives.
    ClusterInRing,
}

impl Shape {
    pub const ALL: [Shape; 3] = [Shape::Blobs, Shape::Ring, Shape::ClusterInRing];

    pub fn name(self) -> &'static str {
        match self {
            Shape::Blobs => "blobs",
            Shape::Ring => "ring",
            Shape::ClusterInRing => "cluster-in-ring",
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
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }

    fn gaussian(&mut self, centre: [f64; 2], sd: f64) -> [f64; 2] {
        [
            centre[0] + sd * self.normal(),
            centre[1] + sd * self.normal(),
        ]
    }

    fn ring(&mut self, radius: f64, sd: f64) -> [f64; 2] {
        let angle = std::f64::consts::TAU * self.uniform();
        let r = radius + sd * self.normal();
        [r * angle.cos(), r * angle.sin()]
    }
}

fn positive(s: &mut Sampler, shape: Shape) -> [f64; 2] {
    match shape {
        Shape::Blobs => s.gaussian([1.5, 1.5], 0.5),
        Shape::Ring => s.ring(2.4, 0.25),
        Shape::ClusterInRing => s.gaussian([0.0, 0.0], 0.45),
    }
}

fn easy_negative(s: &mut Sampler, shape: Shape) -> [f64; 2] {
    match shape {
        Shape::Blobs => s.gaussian([-1.5, -1.5], 0.9),
        Shape::Ring => s.gaussian([0.0, 0.0], 0.7),
        Shape::ClusterInRing => s.ring(2.8, 0.35),
    }
}

/// Hard negatives overlap the positives' region.
fn hard_negative(s: &mut Sampler, shape: Shape) -> [f64; 2] {
    match shape {
        Shape::Blobs => s.gaussian([0.5, 0.5], 0.5),
        Shape::Ring => s.ring(2.0, 0.45),
        Shape::ClusterInRing => s.gaussian([0.0, 0.0], 1.0),
    }
}

/// The number of negatives for a spec.
pub fn negatives_for(spec: &DataSpec) -> usize {
    (spec.positives as f64 * spec.ratio).round() as usize
}

/// Generates one split. `stream` separates the train (0) and test (1) splits drawn from
/// the same seed.
pub fn generate(spec: &DataSpec, stream: u64) -> Dataset {
    // Distinct, well-mixed seeds per (seed, stream).
    let mixed = spec
        .seed
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(stream.wrapping_mul(0xD1B5_4A32_D192_ED03) ^ 0x5851_F42D_4C95_7F2D);
    let mut s = Sampler(Pcg64Mcg::seed_from_u64(mixed));
    let negatives = negatives_for(spec);
    let hard = (negatives as f64 * spec.hard_fraction.clamp(0.0, 1.0)).round() as usize;
    let total = spec.positives + negatives;
    let mut data = Dataset {
        x: Vec::with_capacity(total),
        label: Vec::with_capacity(total),
    };
    for _ in 0..spec.positives {
        data.x.push(positive(&mut s, spec.shape));
        data.label.push(true);
    }
    for i in 0..negatives {
        let p = if i < hard {
            hard_negative(&mut s, spec.shape)
        } else {
            easy_negative(&mut s, spec.shape)
        };
        data.x.push(p);
        data.label.push(false);
    }
    data
}
