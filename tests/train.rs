//! Training: determinism, gradients by finite differences, a known optimum, divergence.
#![cfg(not(target_arch = "wasm32"))]

use focal::core::data::{generate, DataSpec, Dataset, Shape};
use focal::core::lab::{evaluate, Lab};
use focal::core::loss::Alpha;
use focal::core::train::{
    objective, GammaSchedule, LabLoss, LrSchedule, Model, Normalisation, Optimiser, Run, Status,
    TrainConfig,
};

fn spec(shape: Shape) -> DataSpec {
    DataSpec {
        seed: 7,
        shape,
        positives: 12,
        ratio: 8.0,
        hard_fraction: 0.2,
    }
}

fn config(loss: LabLoss) -> TrainConfig {
    TrainConfig {
        loss,
        normalisation: Normalisation::Positives,
        optimiser: Optimiser::FullBatch,
        learning_rate: 0.05,
        warmup_epochs: 0,
        lr_schedule: LrSchedule::Constant,
        clip: None,
        schedule: GammaSchedule::Constant,
        epochs: 50,
        quadratic: true,
        prior: Some(0.01),
        seed: 3,
    }
}

const LOSSES: [LabLoss; 7] = [
    LabLoss::CrossEntropy,
    LabLoss::BalancedCrossEntropy { alpha: 0.25 },
    LabLoss::Focal {
        gamma: 2.0,
        alpha: Alpha::Balanced(0.25),
    },
    LabLoss::FocalStar {
        gamma: 2.0,
        beta: 1.0,
    },
    LabLoss::Ohem,
    LabLoss::FocalOhem {
        gamma: 2.0,
        alpha: Alpha::Balanced(0.25),
    },
    LabLoss::ClassBalancedFocal {
        gamma: 2.0,
        beta: 0.9999,
    },
];

#[test]
fn the_generator_is_seeded_and_sized() {
    let s = DataSpec {
        seed: 1,
        shape: Shape::Blobs,
        positives: 100,
        ratio: 1000.0,
        hard_fraction: 0.01,
    };
    let a = generate(&s, 0);
    assert_eq!(a.len(), 100_100);
    assert_eq!(a.positives(), 100);
    assert_eq!(a, generate(&s, 0), "same seed, same data");
    assert_ne!(a.x, generate(&s, 1).x, "the test split differs");
    assert_ne!(a.x, generate(&DataSpec { seed: 2, ..s }, 0).x);
    for shape in Shape::ALL {
        let d = generate(&spec(shape), 0);
        assert!(d.x.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    }
}

#[test]
fn gradients_match_finite_differences_for_every_loss() {
    let data = generate(&spec(Shape::Blobs), 0);
    let all: Vec<usize> = (0..data.len()).collect();
    let mut model = Model::new(true, Some(0.1));
    model.weights = vec![0.3, -0.2, 0.05, 0.1, -0.07, -1.0];
    for loss in LOSSES {
        for norm in [Normalisation::Positives, Normalisation::Mean] {
            let (_, grad) = objective(&model, &data, &all, loss, norm);
            for (k, g) in grad.iter().enumerate() {
                let h = 1e-6;
                let mut plus = model.clone();
                plus.weights[k] += h;
                let mut minus = model.clone();
                minus.weights[k] -= h;
                let fd = (objective(&plus, &data, &all, loss, norm).0
                    - objective(&minus, &data, &all, loss, norm).0)
                    / (2.0 * h);
                assert!(
                    (g - fd).abs() <= 1e-6 + 1e-5 * fd.abs(),
                    "{loss:?} {norm:?} w{k}: {g} vs {fd}"
                );
            }
        }
    }
}

#[test]
fn training_is_bit_for_bit_deterministic() {
    let s = spec(Shape::Ring);
    let mut sgd = config(LabLoss::Focal {
        gamma: 2.0,
        alpha: Alpha::Balanced(0.25),
    });
    sgd.optimiser = Optimiser::Sgd {
        batch: 16,
        momentum: 0.9,
    };
    let mut a = Lab::new(s, [config(LabLoss::CrossEntropy), sgd]);
    let mut b = Lab::new(s, [config(LabLoss::CrossEntropy), sgd]);
    a.advance(40);
    b.advance(40);
    for i in 0..2 {
        let wa: Vec<u64> = a.runs[i]
            .model
            .weights
            .iter()
            .map(|w| w.to_bits())
            .collect();
        let wb: Vec<u64> = b.runs[i]
            .model
            .weights
            .iter()
            .map(|w| w.to_bits())
            .collect();
        assert_eq!(wa, wb);
    }
}

#[test]
fn both_runs_start_from_the_same_weights() {
    let lab = Lab::new(
        spec(Shape::Blobs),
        [
            config(LabLoss::CrossEntropy),
            config(LabLoss::Focal {
                gamma: 2.0,
                alpha: Alpha::Balanced(0.25),
            }),
        ],
    );
    assert_eq!(lab.runs[0].model, lab.runs[1].model);
    assert!(
        (lab.runs[0].model.weights[5] - -(99f64).ln()).abs() < 1e-12,
        "prior bias"
    );
}

#[test]
fn converges_to_the_known_optimum() {
    // Every point at the origin: only the bias can learn, and cross-entropy's optimum is
    // the log-odds of the class frequencies, ln(P / N).
    let data = Dataset {
        x: vec![[0.0, 0.0]; 40],
        label: (0..40).map(|i| i < 10).collect(),
    };
    let mut c = config(LabLoss::CrossEntropy);
    c.normalisation = Normalisation::Mean;
    c.learning_rate = 2.0;
    c.prior = None;
    let mut run = Run::new(c, &data);
    for _ in 0..500 {
        run.train_epoch(&data);
    }
    let bias = *run.model.weights.last().unwrap();
    assert!((bias - (10f64 / 30.0).ln()).abs() < 1e-9, "{bias}");
}

#[test]
fn divergence_is_caught_and_never_reaches_the_metrics() {
    let data = generate(&spec(Shape::Blobs), 0);
    let test = generate(&spec(Shape::Blobs), 1);
    for loss in LOSSES {
        let mut c = config(loss);
        c.learning_rate = 1e12;
        c.normalisation = Normalisation::Positives;
        let mut run = Run::new(c, &data);
        for _ in 0..50 {
            run.train_epoch(&data);
        }
        let check = evaluate(&run, &test);
        for v in [check.ap, check.roc_auc, check.precision, check.recall] {
            assert!(v.is_finite(), "{loss:?}: {check:?}");
        }
        // A step of 1e12 leaves every loss's model nowhere near finite logits.
        match &run.status {
            Status::Diverged { why, .. } => assert!(!why.is_empty(), "{loss:?}"),
            Status::Running => panic!("{loss:?}: learning rate 1e12 did not diverge"),
        }
        assert!(!check.test_loss.is_nan() && !check.train_loss.is_nan());
    }
}

#[test]
fn the_gamma_schedule_is_linear() {
    let data = generate(&spec(Shape::Blobs), 0);
    let mut c = config(LabLoss::Focal {
        gamma: 9.0,
        alpha: Alpha::None,
    });
    c.schedule = GammaSchedule::Linear {
        start: 0.0,
        end: 2.0,
    };
    c.epochs = 11;
    let mut run = Run::new(c, &data);
    assert_eq!(run.current_loss().gamma(), Some(0.0));
    for _ in 0..5 {
        run.train_epoch(&data);
    }
    assert!((run.current_loss().gamma().unwrap() - 1.0).abs() < 1e-12);
    for _ in 0..10 {
        run.train_epoch(&data);
    }
    assert_eq!(run.current_loss().gamma(), Some(2.0));
}

#[test]
fn clipping_and_warmup_bound_the_first_steps() {
    let data = generate(&spec(Shape::Blobs), 0);
    let mut c = config(LabLoss::CrossEntropy);
    c.clip = Some(0.1);
    c.learning_rate = 1.0;
    c.warmup_epochs = 10;
    let mut run = Run::new(c, &data);
    let before = run.model.weights.clone();
    run.train_epoch(&data);
    let step: f64 = run
        .model
        .weights
        .iter()
        .zip(&before)
        .map(|(a, b)| (a - b) * (a - b))
        .sum::<f64>()
        .sqrt();
    // lr 1 × warm-up 1/10 × clipped norm 0.1.
    assert!((step - 0.01).abs() < 1e-12, "{step}");
}

#[test]
fn the_history_export_is_json() {
    use focal::core::lab::history_json;
    let mut lab = Lab::new(
        spec(Shape::Blobs),
        [config(LabLoss::CrossEntropy), config(LabLoss::Ohem)],
    );
    lab.advance(2);
    lab.checkpoint();
    let json: serde_json::Value = serde_json::from_str(&history_json(&lab)).expect("valid JSON");
    assert_eq!(json["runs"][1]["loss"], "OHEM");
    assert_eq!(json["runs"][0]["history"].as_array().unwrap().len(), 2);
    assert_eq!(json["data"]["shape"], "blobs");
    assert_eq!(json["runs"][0]["config"]["learning_rate"], 0.05);
}

#[test]
fn training_extremes_never_reach_the_readouts() {
    use focal::core::lab::Lab;
    let losses = [
        LabLoss::CrossEntropy,
        LabLoss::BalancedCrossEntropy { alpha: 0.25 },
        LabLoss::Focal {
            gamma: 10.0,
            alpha: Alpha::Balanced(0.25),
        },
        LabLoss::FocalStar {
            gamma: 10.0,
            beta: 1.0,
        },
        LabLoss::Ohem,
        LabLoss::ClassBalancedFocal {
            gamma: 10.0,
            beta: 0.9999,
        },
        LabLoss::FocalOhem {
            gamma: 10.0,
            alpha: Alpha::Balanced(0.25),
        },
        LabLoss::CrossEntropy,
    ];
    let mut diverged = 0;
    for shape in Shape::ALL {
        for prior in [Some(0.01), None] {
            for pair in losses.chunks(2) {
                let spec = DataSpec {
                    seed: 11,
                    shape,
                    positives: 2,
                    ratio: 10_000.0,
                    hard_fraction: 0.2,
                };
                let make = |loss| TrainConfig {
                    learning_rate: 100.0,
                    prior,
                    ..config(loss)
                };
                let mut lab = Lab::new(spec, [make(pair[0]), make(pair[1])]);
                let initial: Vec<Vec<f64>> =
                    lab.runs.iter().map(|r| r.model.weights.clone()).collect();
                let first = [lab.latest(0), lab.latest(1)];
                for _ in 0..15 {
                    lab.advance(1);
                    lab.checkpoint();
                }
                for (r, loss) in pair.iter().enumerate() {
                    let c = lab.latest(r);
                    for v in [
                        c.train_loss,
                        c.test_loss,
                        c.ap,
                        c.roc_auc,
                        c.precision,
                        c.recall,
                    ] {
                        assert!(v.is_finite(), "{shape:?} {prior:?} {loss:?}: {c:?}");
                    }
                    assert!(lab.runs[r].model.weights.iter().all(|w| w.is_finite()));
                    if let Status::Diverged { why, .. } = &lab.runs[r].status {
                        assert!(!why.is_empty());
                        diverged += 1;
                    }
                }
                // Reset (the lab's Reset drops the lab and builds it again from the same
                // settings) always recovers: the new lab is the one this run started from,
                // weights, data and first checkpoint alike, whatever the old one went through.
                let fresh = Lab::new(spec, [make(pair[0]), make(pair[1])]);
                for r in 0..2 {
                    assert_eq!(fresh.runs[r].status, Status::Running);
                    assert_eq!(fresh.runs[r].epoch, 0);
                    assert_eq!(fresh.runs[r].model.weights, initial[r]);
                    assert_eq!(fresh.latest(r), first[r]);
                }
                assert_eq!((&fresh.train, &fresh.test), (&lab.train, &lab.test));
            }
        }
    }
    println!("{diverged} of 64 extreme runs diverged and were caught");
    // The extremes reach the divergence path (a learning rate of 100 at 1:10,000 must
    // diverge somewhere), or the checks above on diverged runs checked nothing.
    assert!(diverged > 0, "no extreme run diverged");
}

#[test]
fn the_loss_log_keeps_an_even_sample_in_bounded_memory() {
    use focal::core::train::LossLog;
    let mut log = LossLog::default();
    assert!(log.is_empty() && log.last().is_none());
    for epoch in 1..=10_000 {
        log.push(epoch, 1.0 / epoch as f64);
    }
    let points: Vec<(usize, f64)> = log.points().collect();
    assert!(points.len() <= LossLog::CAPACITY + 1, "{}", points.len());
    assert!(points.len() > LossLog::CAPACITY / 2);
    assert_eq!(points[0], (1, 1.0));
    assert_eq!(*points.last().unwrap(), (10_000, 1e-4));
    assert_eq!(log.first(), Some(1.0));
    assert_eq!(log.last(), Some(1e-4));
    let gaps: Vec<usize> = points[..points.len() - 1]
        .windows(2)
        .map(|w| w[1].0 - w[0].0)
        .collect();
    assert!(gaps.iter().all(|g| *g == gaps[0]), "evenly spaced");
    for (e, l) in &points {
        assert_eq!(*l, 1.0 / *e as f64);
    }
}

#[test]
fn an_epoch_trained_in_slices_is_the_same_epoch() {
    use focal::state::State;
    let s = State::default();
    let train = generate(&s.lab_spec(), 0);
    for optimiser in [
        Optimiser::FullBatch,
        Optimiser::Sgd {
            batch: 1024,
            momentum: 0.9,
        },
    ] {
        let config = TrainConfig {
            optimiser,
            ..s.lab_configs()[1]
        };
        let mut whole = Run::new(config, &train);
        let mut sliced = Run::new(config, &train);
        for _ in 0..3 {
            whole.train_epoch(&train);
            let mut slices = 0;
            while !sliced.train_slice(&train, 7_777) {
                slices += 1;
            }
            assert!(
                slices >= 1,
                "{optimiser:?}: the epoch took more than one slice"
            );
        }
        assert_eq!(whole.epoch, sliced.epoch);
        assert_eq!(whole.model.weights, sliced.model.weights, "{optimiser:?}");
        assert_eq!(whole.losses, sliced.losses, "{optimiser:?}");
    }
}

/// FL+OHEM is focal loss over every positive and the 3P negatives the model scores
/// highest, normalised by the positives: the same as focal loss over that subset.
#[test]
fn focal_ohem_is_focal_loss_over_the_mined_examples() {
    let data = generate(&spec(Shape::Blobs), 0);
    let model = Model {
        weights: vec![0.3, -0.2, 0.1, 0.05, -0.1, -1.0],
        quadratic: true,
    };
    let all: Vec<usize> = (0..data.len()).collect();
    let (gamma, alpha) = (2.0, Alpha::Balanced(0.25));
    let mined = objective(
        &model,
        &data,
        &all,
        LabLoss::FocalOhem { gamma, alpha },
        Normalisation::Positives,
    );
    let mut negatives: Vec<usize> = all.iter().copied().filter(|&i| !data.label[i]).collect();
    negatives.sort_by(|&a, &b| model.logit(data.x[b]).total_cmp(&model.logit(data.x[a])));
    let positives = data.positives();
    let mut chosen: Vec<usize> = all.iter().copied().filter(|&i| data.label[i]).collect();
    chosen.extend(&negatives[..3 * positives]);
    let by_hand = objective(
        &model,
        &data,
        &chosen,
        LabLoss::Focal { gamma, alpha },
        Normalisation::Positives,
    );
    assert!(
        (mined.0 - by_hand.0).abs() < 1e-12,
        "{} vs {}",
        mined.0,
        by_hand.0
    );
    for (a, b) in mined.1.iter().zip(&by_hand.1) {
        assert!((a - b).abs() < 1e-12);
    }
}

/// The seed code's schedule: warm-up from 0.1× over 10 epochs, the rate, then 0.1× for
/// the last 20 % of the planned epochs.
#[test]
fn the_seed_learning_rate_schedule_warms_up_then_decays() {
    let train = generate(&spec(Shape::Blobs), 0);
    let mut run = Run::new(
        TrainConfig {
            lr_schedule: LrSchedule::WarmupThenDecay,
            learning_rate: 0.1,
            epochs: 50,
            ..config(LabLoss::CrossEntropy)
        },
        &train,
    );
    for (epoch, factor) in [
        (0, 0.1),
        (5, 0.55),
        (9, 0.91),
        (10, 1.0),
        (39, 1.0),
        (40, 0.1),
        (49, 0.1),
    ] {
        run.epoch = epoch;
        assert!(
            (run.learning_rate() - 0.1 * factor).abs() < 1e-15,
            "epoch {epoch}: {}",
            run.learning_rate()
        );
    }
}
