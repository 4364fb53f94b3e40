#![cfg(not(target_arch = "wasm32"))]
//! "Your predictions": the reader of a predictions file (delimiters, BOM, CRLF, refused rows,
//! refused files, any piece size) and the readouts against numpy and scikit-learn
//! (tests/reference/yours_summary.csv, made by make_yours_reference.py from the files
//! `sample::REFERENCE_FILES` describes).
mod common;

use common::read_csv;
use focal::core::loss::Alpha;
use focal::core::metrics::RankingSteps;
use focal::core::yours::{sample, FileProblem, Loaded, Reader, RowProblem, Score};

fn load(text: &[u8], piece: usize) -> Result<Loaded, FileProblem> {
    let mut r = Reader::new();
    for p in text.chunks(piece.max(1)) {
        r.feed(p)?;
    }
    r.finish()
}

fn rel(a: f64, b: f64) -> f64 {
    if a == b {
        0.0
    } else {
        (a - b).abs() / b.abs()
    }
}

#[test]
fn the_readouts_agree_with_numpy_and_scikit_learn() {
    let rows = read_csv("yours_summary.csv");
    assert_eq!(rows.len(), 10);
    for &(name, seed, n, score) in sample::REFERENCE_FILES {
        let text = sample::csv_of(seed, n, score);
        let loaded = load(text.as_bytes(), 1 << 20).unwrap();
        assert_eq!(loaded.refused, 0);
        let p = &loaded.predictions;
        assert_eq!(p.kind, score);
        let mut ranking = RankingSteps::new(&p.scores, &p.labels);
        let (ap, auc) = loop {
            if let Some(r) = ranking.step() {
                break r;
            }
        };
        let c = p.counts();
        for r in rows.iter().filter(|r| r.str("file") == name) {
            let gamma = r.f64("gamma");
            let alpha = match r.str("alpha") {
                "none" => Alpha::None,
                a => Alpha::Balanced(a.parse().unwrap()),
            };
            let (ce, fl) = p.shares(gamma, alpha);
            let got = [
                ("rows", c.rows as f64),
                ("positives", c.positives as f64),
                ("ap", ap),
                ("auc", auc),
                ("prior", c.prior),
                ("mean_p", c.mean_p),
                ("bias", c.bias),
                ("alpha_freq", c.alpha_freq),
                ("neg_share_ce", ce.neg),
                ("neg_share_fl", fl.neg),
                ("easy_share_ce", ce.easy),
                ("easy_share_fl", fl.easy),
                ("grad_neg_share_ce", ce.grad_neg),
                ("grad_neg_share_fl", fl.grad_neg),
            ];
            for (key, value) in got {
                let want = r.f64(key);
                assert!(
                    rel(value, want) <= 1e-9,
                    "{name} γ={gamma} α={alpha:?} {key}: {value} vs numpy {want}"
                );
            }
            // The chart's binned sums stay within a fraction of a percent.
            let approx = p.binned().totals(gamma).shares(alpha);
            assert!(rel(approx.neg, fl.neg) < 1e-3 && rel(approx.grad_neg, fl.grad_neg) < 1e-3);
        }
    }
}

#[test]
fn any_piece_size_reads_the_same_rows() {
    let text = sample::csv(5, 3_000);
    let whole = load(text.as_bytes(), usize::MAX).unwrap().predictions;
    for piece in [1, 7, 4096] {
        let p = load(text.as_bytes(), piece).unwrap().predictions;
        assert_eq!(p.scores, whole.scores, "pieces of {piece}");
        assert_eq!(p.labels, whole.labels);
        assert_eq!(
            p.shares(2.0, Alpha::Balanced(0.25)),
            whole.shares(2.0, Alpha::Balanced(0.25))
        );
    }
    assert_eq!(whole.labels.len(), 3_000);
    assert_eq!(whole.counts().positives, 3);
}

#[test]
fn delimiters_bom_crlf_and_a_decimal_comma_are_read() {
    let files: [&[u8]; 5] = [
        b"\xEF\xBB\xBFlabel,logit\r\n1,2.5\r\n0,-1\r\n",
        b"label\tlogit\n1\t2.5\n0\t-1",
        b"label;logit\n1;2,5\n0;-1\n",
        b"label   logit\n 1  2.5\n0 -1\n\n",
        b"\"id\",\"Label\",\"LOGIT\"\n\"a\",\"1\",\"2.5\"\nb,0,-1\n",
    ];
    for f in files {
        let l = load(f, 3).unwrap_or_else(|e| panic!("{}: {e}", String::from_utf8_lossy(f)));
        assert_eq!(
            l.refused,
            0,
            "{}: {:?}",
            String::from_utf8_lossy(f),
            l.errors
        );
        assert_eq!(l.predictions.scores, vec![2.5, -1.0]);
        assert_eq!(l.predictions.labels, vec![true, false]);
    }
    let l = load(b"label,prob,other\n1,0.9,x\n0,0.2,y\n", 64).unwrap();
    assert_eq!(l.predictions.kind, Score::Prob);
}

#[test]
fn a_bad_row_is_refused_with_its_line_and_reason_and_the_good_rows_are_kept() {
    let text = b"label,prob\n1,0.9\n1,abc\n0,NaN\n2,0.5\n0,1.5\n1\n0,0.1,9\n1,0\n0,inf\n0,0.3\n";
    let l = load(text, 5).unwrap();
    assert_eq!(l.predictions.labels.len(), 2);
    assert_eq!(l.refused, 8);
    let lines: Vec<(usize, RowProblem)> = l
        .errors
        .iter()
        .map(|e| (e.line, e.problem.clone()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (3, RowProblem::NotANumber("prob", "abc".into())),
            (4, RowProblem::NotFinite("prob")),
            (5, RowProblem::Label(2.0)),
            (6, RowProblem::ProbRange(1.5)),
            (7, RowProblem::Missing("prob")),
            (
                8,
                RowProblem::ColumnCount {
                    found: 3,
                    expected: 2
                }
            ),
            (9, RowProblem::InfiniteLoss),
            (10, RowProblem::NotFinite("prob")),
        ]
    );
    for e in &l.errors {
        assert!(!e.problem.to_string().is_empty());
    }
    // Only the first 20 are listed; all are counted.
    let mut many = String::from("label,logit\n");
    for _ in 0..50 {
        many.push_str("x,1\n");
    }
    many.push_str("1,1\n");
    let l = load(many.as_bytes(), 100).unwrap();
    assert_eq!((l.errors.len(), l.refused), (20, 50));
    assert_eq!(l.errors[19].line, 21);
}

#[test]
fn a_bad_file_is_refused_whole_with_one_clear_message() {
    let cases: [(&[u8], FileProblem); 7] = [
        (b"", FileProblem::Empty),
        (b"\n\n", FileProblem::Empty),
        (b"label,logit\n", FileProblem::HeaderOnly),
        (b"y,logit\n1,2\n", FileProblem::NoLabel),
        (b"label,logit,prob\n1,2,0.5\n", FileProblem::BothScores),
        (b"label,score\n1,2\n", FileProblem::NoScore),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileProblem::NotText),
    ];
    for (text, want) in cases {
        let got = load(text, 4).err();
        assert_eq!(
            got.as_ref(),
            Some(&want),
            "{}",
            String::from_utf8_lossy(text)
        );
        assert!(!want.to_string().is_empty());
    }
    assert_eq!(
        load(b"label,logit\nx,1\n", 4).err(),
        Some(FileProblem::NoGoodRows)
    );
    assert!(!FileProblem::TooLarge(3e8).to_string().is_empty());
}
