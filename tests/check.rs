//! The check panel's core: the inputs separate every bug in the gallery, the diagnosis
//! names each one, correct float32 outputs are `ok`, and bad pastes get a clear message.

use focal::core::check::{
    diagnose, inputs, inputs_csv, pytest, read_pasted, Bug, Input, PasteProblem, Pasted, Reduction,
    Verdict,
};

fn per_row(f: impl FnMut(&Input) -> f64) -> Pasted {
    Pasted::PerRow(inputs().iter().map(f).collect())
}

/// torchvision's sigmoid_focal_loss computed in float32, operation by operation.
fn torchvision_f32(r: &Input) -> f64 {
    let x = r.logit as f32;
    let y = f32::from(r.label);
    let p = 1.0 / (1.0 + (-x).exp());
    let ce = x.max(0.0) - x * y + (-x.abs()).exp().ln_1p();
    let p_t = p * y + (1.0 - p) * (1.0 - y);
    let mut loss = ce * (1.0 - p_t).powf(r.gamma as f32);
    if r.alpha >= 0.0 {
        let a = r.alpha as f32;
        loss *= a * y + (1.0 - a) * (1.0 - y);
    }
    f64::from(loss)
}

#[test]
fn the_inputs_cover_the_stated_grid() {
    let rows = inputs();
    assert!((50..=100).contains(&rows.len()), "{} rows", rows.len());
    for g in [0.0, 0.5, 1.0, 2.0, 5.0] {
        assert!(rows.iter().any(|r| r.gamma == g), "γ {g} missing");
    }
    for a in [0.25, 0.5, 0.75, -1.0] {
        assert!(rows.iter().any(|r| r.alpha == a), "α {a} missing");
    }
    assert!(rows.iter().any(|r| r.logit == 30.0) && rows.iter().any(|r| r.logit == -30.0));
    assert!(rows.iter().all(|r| r.logit.abs() <= 30.0));
}

#[test]
fn the_shipped_inputs_file_is_the_cores() {
    let shipped = std::fs::read_to_string("assets/check-inputs.csv").unwrap();
    assert_eq!(
        shipped,
        inputs_csv(),
        "regenerate assets/check-inputs.csv from inputs_csv()"
    );
}

#[test]
fn exact_and_float32_outputs_are_ok() {
    let d = diagnose(&per_row(Input::exact));
    assert_eq!(d.verdict, Verdict::Ok);
    assert_eq!(d.max_error, 0.0);
    let d = diagnose(&per_row(torchvision_f32));
    assert_eq!(d.verdict, Verdict::Ok, "float32 torchvision: {d:?}");
    assert!(d.max_error > 0.0 && d.max_error < 1e-3);
}

#[test]
fn every_gallery_entry_is_diagnosed_as_itself() {
    for bug in Bug::ALL {
        let d = diagnose(&per_row(|r| bug.loss(r)));
        assert_eq!(d.verdict, Verdict::Bug(bug), "{}", bug.token());
        let wrong = d.rows.iter().filter(|r| !r.agrees()).count();
        assert!(
            wrong >= 2,
            "{} differs from the exact loss on {wrong} rows only",
            bug.token()
        );
        // The same bug computed in float32 is still that bug.
        let d32 = diagnose(&per_row(|r| f64::from(bug.loss(r) as f32)));
        assert_eq!(d32.verdict, Verdict::Bug(bug), "{} in float32", bug.token());
    }
}

#[test]
fn a_reduced_loss_is_named_by_its_reduction() {
    let rows = inputs();
    let exact: Vec<f64> = rows.iter().map(Input::exact).collect();
    for r in Reduction::ALL {
        let value = r.of(&rows, &exact) as f32;
        let d = diagnose(&Pasted::Reduced(f64::from(value)));
        assert_eq!(d.verdict, Verdict::Reduced(r), "{}", r.token());
        assert_eq!(d.verdict.token(), r.token());
    }
    assert_eq!(diagnose(&Pasted::Reduced(123.0)).verdict, Verdict::NoMatch);
}

#[test]
fn noise_matches_nothing_and_lists_its_largest_errors() {
    // A fixed pseudo-random perturbation of 1–30 % per row.
    let mut state = 0x2545F4914F6CDD1Du64;
    let noisy = per_row(|r| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        r.exact() * (1.01 + (state % 1000) as f64 / 3400.0) + 1e-3
    });
    let d = diagnose(&noisy);
    assert_eq!(d.verdict, Verdict::NoMatch);
    assert_eq!(d.verdict.token(), "no-match");
    assert!(d.max_error > 0.01);
    assert!(d.rows.iter().filter(|r| !r.agrees()).count() > inputs().len() / 2);
    assert!(d.closest.is_some());
}

#[test]
fn bad_pastes_get_a_clear_message() {
    let n = inputs().len();
    assert_eq!(read_pasted("", n), Err(PasteProblem::Empty));
    assert_eq!(read_pasted("  \n\n", n), Err(PasteProblem::Empty));
    assert!(matches!(
        read_pasted("0.1\nhello\n", n),
        Err(PasteProblem::NotANumber { index: 2, .. })
    ));
    assert_eq!(
        read_pasted("0.1\n0.2\n0.3\n", n),
        Err(PasteProblem::Count {
            found: 3,
            expected: n
        })
    );
    for p in [
        PasteProblem::Empty,
        PasteProblem::Count {
            found: 3,
            expected: n,
        },
    ] {
        assert!(!p.to_string().is_empty());
    }
    // A printed tensor is read as its numbers.
    let printed = format!(
        "tensor([{}], dtype=torch.float64)",
        vec!["0.5"; n].join(", ")
    );
    assert_eq!(read_pasted(&printed, n), Ok(Pasted::PerRow(vec![0.5; n])));
    assert_eq!(read_pasted("tensor(0.25)", n), Ok(Pasted::Reduced(0.25)));
}

#[test]
fn the_pytest_file_imports_the_readers_function_and_carries_every_row() {
    let f = pytest::file("mypkg.losses", "focal_loss");
    assert!(f.contains("from mypkg.losses import focal_loss as focal_loss"));
    assert_eq!(f.matches("\n    (").count(), inputs().len());
    assert!(f.contains("reduction=\"none\""));
    assert!(f.contains("torch.float32") && f.contains("torch.float64"));
    assert!(pytest::python_path("mypkg.losses", true).is_ok());
    assert!(pytest::python_path("my-pkg", true).is_err());
    assert!(pytest::python_path("a.b", false).is_err());
    assert!(pytest::python_path("1abc", false).is_err());
}
