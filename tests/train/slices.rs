use super::*;

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
