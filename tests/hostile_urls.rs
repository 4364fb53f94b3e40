//! The URL decoder against ≥ 100,000 random and adversarial query strings: it never panics
//! and always returns an in-range state plus the list of what it corrected.
#![cfg(not(target_arch = "wasm32"))]

use focal::quiz::IDS;
use focal::state::classroom::HIDEABLE;
use focal::state::codec::{decode, encode};
use focal::state::{Choice, Kind, Panel, State, Value, PARAMS};
use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

/// Every parameter in range, every list within its bounds, dependent values consistent.
fn check(state: &State) -> Result<(), String> {
    for p in PARAMS {
        match (&p.kind, (p.get)(state)) {
            (Kind::Number { min, max, .. }, Value::Number(x)) => {
                if !(x >= *min && x <= *max) {
                    return Err(format!("{} = {x} outside [{min}, {max}]", p.key));
                }
            }
            (Kind::Integer { min, max, .. }, Value::Number(x)) => {
                if !(x >= *min && x <= *max && x == x.round()) {
                    return Err(format!(
                        "{} = {x}: not a whole number in [{min}, {max}]",
                        p.key
                    ));
                }
            }
            (Kind::Number { off: Some(_), .. }, Value::Off) => {}
            (Kind::Choice { options, .. }, Value::Choice(i)) => {
                if i >= options.len() {
                    return Err(format!("{} = option {i}", p.key));
                }
            }
            (Kind::Set { options, .. }, Value::Set(bits)) => {
                if bits >> options.len() != 0 {
                    return Err(format!("{} names options past its list: {bits:#x}", p.key));
                }
            }
            (
                Kind::List {
                    min,
                    max,
                    min_len,
                    max_len,
                    ..
                },
                Value::List(xs),
            ) => {
                if xs.len() < *min_len || xs.len() > *max_len {
                    return Err(format!("{} has {} entries", p.key, xs.len()));
                }
                if let Some(x) = xs.iter().find(|x| !(**x >= *min && **x <= *max)) {
                    return Err(format!("{} entry {x} outside [{min}, {max}]", p.key));
                }
            }
            (_, v) => return Err(format!("{} has a value of the wrong kind: {v:?}", p.key)),
        }
    }
    if state.multiclass.alpha.len() != state.multiclass.logits.len() {
        return Err("α list and logits differ in length".into());
    }
    if state.multiclass.target >= state.multiclass.logits.len() {
        return Err("target class does not exist".into());
    }
    if state.calculators.objects > state.imbalance.anchors {
        return Err("more objects than anchors".into());
    }
    Ok(())
}

const NASTY: [&str; 40] = [
    "",
    "-",
    "+",
    ".",
    "..",
    "e",
    "1e",
    "1e999",
    "-1e999",
    "1e-999",
    "NaN",
    "nan",
    "-NaN",
    "inf",
    "-inf",
    "Infinity",
    "-Infinity",
    "0x10",
    "1_000",
    "１２",
    "٣",
    "None",
    "NONE",
    "none ",
    "%",
    "%%",
    "%zz",
    "%C0%80",
    "%FF%FE",
    "%00",
    "\u{0}",
    "💥",
    "1,2,3",
    ",,,",
    "1;2",
    "=",
    "&",
    "?",
    "#",
    "+1",
];

fn random_value(rng: &mut Pcg64Mcg) -> String {
    let pick = |rng: &mut Pcg64Mcg, n: usize| (rng.next_u64() % n as u64) as usize;
    match pick(rng, 9) {
        0 => NASTY[pick(rng, NASTY.len())].to_owned(),
        1 => format!("{}", f64::from_bits(rng.next_u64())),
        2 => format!("{}", (rng.next_u64() as i64) as f64 / 1e6),
        3 => {
            let n = pick(rng, 12);
            (0..n)
                .map(|_| format!("{}", (rng.next_u64() % 2000) as f64 / 10.0 - 50.0))
                .collect::<Vec<_>>()
                .join(",")
        }
        4 => (0..pick(rng, 30))
            .map(|_| char::from_u32((rng.next_u64() % 0x2FFF) as u32).unwrap_or('?'))
            .collect(),
        5 => (0..pick(rng, 20))
            .map(|_| format!("%{:02X}", rng.next_u64() % 256))
            .collect(),
        6 => format!("{}", rng.next_u64() % 100),
        // A teacher's list (`hide=`, `lock=`, `quiz=`): names it has, names it does not,
        // and garbage between commas.
        7 => (0..pick(rng, 8))
            .map(|_| match pick(rng, 5) {
                0 => HIDEABLE[pick(rng, HIDEABLE.len())].to_owned(),
                1 => IDS[pick(rng, IDS.len())].to_owned(),
                2 => NASTY[pick(rng, NASTY.len())].to_owned(),
                3 => Panel::ALL[pick(rng, Panel::ALL.len())].token().to_owned(),
                _ => PARAMS[pick(rng, PARAMS.len())].key.to_owned(),
            })
            .collect::<Vec<_>>()
            .join([",", ", ", ",,"][pick(rng, 3)]),
        _ => PARAMS[pick(rng, PARAMS.len())].key.to_owned(),
    }
}

fn random_query(rng: &mut Pcg64Mcg) -> String {
    let n = (rng.next_u64() % 12) as usize;
    let mut parts = Vec::with_capacity(n);
    for _ in 0..n {
        let key = if rng.next_u64() % 5 == 0 {
            random_value(rng)
        } else {
            PARAMS[(rng.next_u64() % PARAMS.len() as u64) as usize]
                .key
                .to_owned()
        };
        let sep = ["=", "=", "=", "", "==", "%3D"][(rng.next_u64() % 6) as usize];
        parts.push(format!("{key}{sep}{}", random_value(rng)));
    }
    let joiner = ["&", "&", "&&", ";", "&amp;"][(rng.next_u64() % 5) as usize];
    let lead = ["?", "", "??", "#"][(rng.next_u64() % 4) as usize];
    format!("{lead}{}", parts.join(joiner))
}

#[test]
fn a_hundred_thousand_hostile_queries() {
    let seed = std::env::var("FOCAL_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20261127u64);
    let count: usize = std::env::var("FOCAL_FUZZ_COUNT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    println!("hostile URL fuzz: seed {seed}, {count} queries (set FOCAL_FUZZ_SEED / FOCAL_FUZZ_COUNT to replay)");
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    let mut corrected = 0usize;
    for i in 0..count {
        let q = random_query(&mut rng);
        let (state, notes) = decode(&q);
        if let Err(why) = check(&state) {
            panic!("query #{i} {q:?}: {why}");
        }
        corrected += usize::from(!notes.is_empty());
        // What we write back decodes to the same state, with nothing to correct.
        let again = decode(&encode(&state));
        assert_eq!(again.0, state, "query #{i} {q:?}: round trip");
        assert!(again.1.is_empty(), "query #{i} {q:?}: {:?}", again.1);
    }
    println!("{corrected} of {count} queries needed corrections; all decoded in range");
    assert!(corrected > count / 2, "the generator is hostile enough");
}

#[test]
fn huge_and_repeated_inputs() {
    let huge = format!("gamma={}", "9".repeat(100_000));
    let (s, notes) = decode(&huge);
    assert!(check(&s).is_ok() && notes.len() == 1);
    let repeated = "gamma=1&".repeat(20_000);
    let (s, notes) = decode(&repeated);
    assert_eq!(s.shared.gamma, 1.0);
    assert!(notes.len() == 1 && check(&s).is_ok());
    let long_list = format!("counts={}", "1,".repeat(50_000));
    let (s, _) = decode(&long_list);
    assert!(check(&s).is_ok());
    let unicode = "γ=2&gamma=２&alpha=½&pt=0.9\u{202e}";
    let (s, notes) = decode(unicode);
    assert!(check(&s).is_ok() && notes.len() == 3, "{notes:?}");
}
