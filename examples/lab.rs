//! Trains the lab's two default runs natively and prints their metrics per checkpoint, or
//! times full-batch epochs: `cargo run --release --example lab [-- epochs]`.
use focal::core::data::{generate, DataSpec, Shape};
use focal::core::loss::Alpha;
use focal::core::metrics::{average_precision, roc_auc, Confusion};
use focal::core::train::{
    GammaSchedule, LabLoss, LrSchedule, Normalisation, Optimiser, Run, TrainConfig,
};

fn main() {
    let epochs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let lr: f64 = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(0.05);
    let spec = DataSpec {
        seed: 1,
        shape: Shape::Blobs,
        positives: 100,
        ratio: 1000.0,
        hard_fraction: 0.01,
    };
    let train = generate(&spec, 0);
    let test = generate(&spec, 1);
    let config = |loss| TrainConfig {
        loss,
        normalisation: Normalisation::Positives,
        optimiser: Optimiser::FullBatch,
        learning_rate: lr,
        warmup_epochs: 0,
        lr_schedule: LrSchedule::Constant,
        clip: None,
        schedule: GammaSchedule::Constant,
        epochs,
        quadratic: true,
        prior: Some(0.01),
        seed: 1,
    };
    let mut runs = [
        Run::new(config(LabLoss::CrossEntropy), &train),
        Run::new(
            config(LabLoss::Focal {
                gamma: 2.0,
                alpha: Alpha::Balanced(0.25),
            }),
            &train,
        ),
    ];
    let start = std::time::Instant::now();
    for e in 1..=epochs {
        for r in &mut runs {
            r.train_epoch(&train);
        }
        if [1, 3, 10, 30, 100, 300, 1000].contains(&e) {
            for r in &runs {
                let s = r.scores(&test);
                let c = Confusion::at(&s, &test.label, 0.5);
                println!(
                    "epoch {e:4} {:4} loss {:.5} AP {:.4} AUC {:.4} P {:.3} R {:.3} {:?}",
                    r.config.loss.name(),
                    r.losses.last().unwrap(),
                    average_precision(&s, &test.label),
                    roc_auc(&s, &test.label),
                    c.precision(),
                    c.recall(),
                    r.status
                );
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} points, {:.1} epochs/s per run (including evaluation)",
        train.len(),
        2.0 * epochs as f64 / secs
    );
}
