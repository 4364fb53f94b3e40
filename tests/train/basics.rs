use super::*;

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

/// The browser builds the lab a step per idle task: small steps, and the lab they make is
/// the one assembled from its parts (the splits, the Bayes AP, a checkpoint per run).
#[test]
fn the_lab_built_in_steps_is_the_lab_built_from_its_parts() {
    let s = DataSpec {
        seed: 5,
        shape: Shape::Blobs,
        positives: 100,
        ratio: 1000.0,
        hard_fraction: 0.01,
    };
    let focal = LabLoss::Focal {
        gamma: 2.0,
        alpha: Alpha::Balanced(0.25),
    };
    let configs = [config(LabLoss::CrossEntropy), config(focal)];
    let mut build = Build::new(s, configs);
    let mut steps = 1;
    let lab = loop {
        if let Some(lab) = build.step() {
            break lab;
        }
        steps += 1;
    };
    assert!(build.step().is_none(), "built once");
    // Two splits of 100,100 points drawn a quarter at a time, the Bayes scores likewise,
    // the AP's sort a digit at a time, two checkpoints of two halves.
    assert!(steps >= 20, "{steps} steps");
    assert_eq!(lab.train, generate(&s, 0));
    assert_eq!(lab.test, generate(&s, 1));
    let bayes = average_precision(&bayes_scores(&s, &lab.test), &lab.test.label);
    assert_eq!(lab.bayes_ap.to_bits(), bayes.to_bits());
    for (r, config) in configs.into_iter().enumerate() {
        assert_eq!(lab.history[r].len(), 1);
        assert_eq!(lab.runs[r].epoch, 0);
        let run = Run::new(config, &lab.train);
        assert_eq!(lab.runs[r].model.weights, run.model.weights);
        let scores = run.scores(&lab.test);
        let ap = average_precision(&scores, &lab.test.label);
        assert_eq!(lab.latest(r).ap.to_bits(), ap.to_bits(), "run {r}");
    }
}
