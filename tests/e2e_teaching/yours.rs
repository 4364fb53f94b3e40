//! "Your predictions" and "Check your implementation" in the browser: the readouts against
//! numpy and scikit-learn on files the tests generate (seeds the sample is not drawn with),
//! no request while loading, every bad input reported with the page still working, drag
//! and drop, and the check's diagnosis of every gallery entry.
use super::*;
use focal::core::check::{inputs_csv, Bug};
use focal::core::yours::sample;
use std::path::PathBuf;

/// The readouts the reference file holds, by test id.
const READOUTS: [(&str, &str); 14] = [
    ("yours-rows", "rows"),
    ("yours-positives", "positives"),
    ("yours-ap", "ap"),
    ("yours-auc", "auc"),
    ("yours-prior", "prior"),
    ("yours-mean-p", "mean_p"),
    ("yours-bias", "bias"),
    ("yours-alpha-freq", "alpha_freq"),
    ("yours-neg-share-ce", "neg_share_ce"),
    ("yours-neg-share-fl", "neg_share_fl"),
    ("yours-easy-share-ce", "easy_share_ce"),
    ("yours-easy-share-fl", "easy_share_fl"),
    ("yours-grad-neg-share-ce", "grad_neg_share_ce"),
    ("yours-grad-neg-share-fl", "grad_neg_share_fl"),
];

/// Writes `text` to a file of this test run and returns its path.
fn file(name: &str, text: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("focal-yours-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

async fn upload(b: &Browser, path: &std::path::Path) {
    b.wait_for("[data-testid='yours-file']", 20, "the file picker")
        .await
        .send_keys(path.to_str().unwrap())
        .await
        .expect("the file is picked");
}

/// Waits until the panel shows `rows` rows and is not reading.
async fn loaded(b: &Browser, rows: usize) {
    b.wait_until(
        "const r = document.querySelector(\"[data-testid='yours-rows']\"); \
         return r && r.dataset.value === String(arguments[0]) && !document.querySelector(\"[data-testid='yours-progress']\");",
        vec![json!(rows)],
        30,
        &format!("{rows} rows are loaded"),
    )
    .await;
    b.settle().await;
}

fn reference() -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string("tests/reference/yours_summary.csv").unwrap();
    let mut lines = text.lines();
    let keys: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .map(|l| {
            keys.iter()
                .map(|k| k.to_string())
                .zip(l.split(',').map(str::to_owned))
                .collect()
        })
        .collect()
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn your_predictions_agree_with_numpy_and_never_leave_the_browser() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    let rows = reference();
    for &(name, seed, n, score) in sample::REFERENCE_FILES {
        let path = file(name, sample::csv_of(seed, n, score).as_bytes());
        for r in rows.iter().filter(|r| r["file"] == name) {
            let query = format!("?embed=yours&gamma={}&alpha={}", r["gamma"], r["alpha"]);
            b.open_any(&server.url(&query)).await;
            loaded(&b, sample::ANCHORS).await;
            let before = server.requests.lock().unwrap().len();
            upload(&b, &path).await;
            loaded(&b, n).await;
            assert_eq!(
                server.requests.lock().unwrap().len(),
                before,
                "loading a file made a request"
            );
            assert_eq!(
                b.attr("yours-gamma", "data-value").await.unwrap(),
                r["gamma"].trim_end_matches(".0")
            );
            for (testid, key) in READOUTS {
                let got = b.value(testid).await;
                let want: f64 = r[key].parse().unwrap();
                let rel = if got == want {
                    0.0
                } else {
                    (got - want).abs() / want.abs()
                };
                assert!(
                    rel <= 1e-9,
                    "{query} {name} {testid}: {got} vs numpy {want}"
                );
            }
            assert_eq!(b.value("yours-skipped").await, 0.0);
        }
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn bad_input_is_reported_and_the_good_data_stays() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open_any(&server.url("?embed=yours")).await;
    loaded(&b, sample::ANCHORS).await;
    // Bad rows: each refused with its line and reason, the good rows used.
    let rows = file(
        "rows.csv",
        b"\xEF\xBB\xBFlabel,prob\r\n1,0.9\r\n1,abc\r\n0,NaN\r\n2,0.5\r\n0,1.5\r\n1\r\n0,0.1,9\r\n0,0.3\r\n",
    );
    upload(&b, &rows).await;
    loaded(&b, 2).await;
    assert_eq!(b.value("yours-skipped").await, 6.0);
    assert_eq!(b.value("yours-errors").await, 6.0);
    let listed = b
        .js(
            "return [...document.querySelectorAll('.refused-rows li')].map(l => l.textContent);",
            vec![],
        )
        .await;
    let listed: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 6);
    for (line, words) in [
        (3, "not a number"),
        (4, "NaN"),
        (5, "not 0 or 1"),
        (6, "outside [0, 1]"),
        (7, "missing"),
        (8, "columns"),
    ] {
        assert!(
            listed
                .iter()
                .any(|l| l.starts_with(&format!("line {line}:")) && l.contains(words)),
            "line {line} ({words}) in {listed:?}"
        );
    }
    // Bad files: one clear message each, and the two good rows stay.
    let big = file("big.csv", b"label,logit\n");
    std::fs::File::options()
        .write(true)
        .open(&big)
        .unwrap()
        .set_len(201 * 1024 * 1024)
        .unwrap();
    let cases: [(&str, PathBuf, &str); 7] = [
        ("empty", file("empty.csv", b""), "empty"),
        (
            "header only",
            file("header.csv", b"label,logit\n"),
            "no data rows",
        ),
        (
            "no label",
            file("nolabel.csv", b"y,logit\n1,2\n"),
            "no \u{201c}label\u{201d}",
        ),
        (
            "both",
            file("both.csv", b"label,logit,prob\n1,2,0.5\n"),
            "both",
        ),
        (
            "neither",
            file("neither.csv", b"label,score\n1,2\n"),
            "neither",
        ),
        (
            "binary",
            file("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
            "not a text file",
        ),
        ("too large", big, "200 MB"),
    ];
    for (what, path, words) in cases {
        upload(&b, &path).await;
        b.wait_until(
            "const p = document.querySelector(\"[data-testid='yours-problem']\"); return p && p.textContent.includes(arguments[0]);",
            vec![json!(words)],
            20,
            &format!("{what}: the message says “{words}”"),
        )
        .await;
        b.settle().await;
        assert_eq!(
            b.value("yours-rows").await,
            2.0,
            "{what}: the good rows stay"
        );
    }
    // Pasted rows, semicolon-separated with a decimal comma (typed: a tab key would move
    // the focus): read like a file.
    b.js(
        "document.querySelector('.yours-inputs details').open = true;",
        vec![],
    )
    .await;
    b.wait_for("[data-testid='yours-paste']", 5, "the paste box")
        .await
        .send_keys("label;prob\n1;0,8\n0;0,25\n0;0,5")
        .await
        .unwrap();
    click(&b, "yours-load").await;
    loaded(&b, 3).await;
    let problem = b
        .js(
            "return document.querySelector(\"[data-testid='yours-problem']\").textContent;",
            vec![],
        )
        .await;
    assert_eq!(
        problem,
        json!(""),
        "a good load clears the last file's message"
    );
    // A file dropped on the panel is read the same way.
    b.js(
        "const t = new DataTransfer(); t.items.add(new File(['label,logit\\n1,3\\n0,-2\\n0,-4\\n0,1\\n'], 'dropped.csv')); \
         const panel = document.querySelector(\"[data-testid='yours']\"); \
         panel.dispatchEvent(new DragEvent('dragover', { dataTransfer: t, bubbles: true, cancelable: true })); \
         panel.dispatchEvent(new DragEvent('drop', { dataTransfer: t, bubbles: true, cancelable: true }));",
        vec![],
    )
    .await;
    loaded(&b, 4).await;
    // The page still works: γ moves the focal-loss shares.
    let before = b.value("yours-neg-share-fl").await;
    b.js("const s = document.querySelector(\"[data-testid='yours-gamma']\"); s.value = '4'; s.dispatchEvent(new Event('input', { bubbles: true }));", vec![]).await;
    b.settle().await;
    assert_ne!(b.value("yours-neg-share-fl").await, before);
    assert_clean(&b, &server).await;
    b.finish().await;
}

/// Sets a text box's value as typing would end, and tells the page (an `input` event).
async fn set_text(b: &Browser, testid: &str, text: &str) {
    b.js(
        "const t = document.querySelector(`[data-testid='${arguments[0]}']`); t.value = arguments[1]; t.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![json!(testid), json!(text)],
    )
    .await;
}

async fn check_with_example(b: &Browser, token: &str) -> String {
    b.js(
        "const s = document.querySelector(\"[data-testid='check-example']\"); s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![json!(token)],
    )
    .await;
    click(b, "check-run").await;
    b.wait_for("[data-testid='check-verdict']", 5, "a verdict")
        .await;
    b.attr("check-verdict", "data-value").await.unwrap()
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_check_diagnoses_every_gallery_entry_and_refuses_garbage() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open_any(&server.url("?embed=check")).await;
    assert_eq!(check_with_example(&b, "exact").await, "ok");
    assert_eq!(b.value("check-max-rel").await, 0.0);
    assert_eq!(check_with_example(&b, "float32").await, "ok");
    for bug in Bug::ALL {
        assert_eq!(check_with_example(&b, bug.token()).await, bug.token());
        let disagreeing = b
            .js(
                "return document.querySelectorAll('tr.disagrees').length;",
                vec![],
            )
            .await;
        assert!(
            disagreeing.as_u64().unwrap() >= 2,
            "{}: rows marked",
            bug.token()
        );
    }
    // Garbage gets a clear message, not a verdict.
    for (text, words) in [
        ("", "Paste"),
        ("0.1\nhello", "not a number"),
        ("0.1\n0.2\n0.3", "expected"),
    ] {
        set_text(&b, "check-paste", text).await;
        click(&b, "check-run").await;
        b.wait_until(
            "const p = document.querySelector(\"[data-testid='check-problem']\"); return p && p.textContent.includes(arguments[0]);",
            vec![json!(words)],
            5,
            &format!("“{text}” gets a message saying “{words}”"),
        )
        .await;
    }
    // A reduced loss is named by its reduction.
    set_text(&b, "check-paste", "tensor(123.0)").await;
    click(&b, "check-run").await;
    b.wait_for("[data-testid='check-verdict']", 5, "a verdict")
        .await;
    assert_eq!(
        b.attr("check-verdict", "data-value").await.as_deref(),
        Some("no-match")
    );
    // The downloads: the inputs as shipped, and a pytest file importing the reader's function.
    set_text(&b, "check-module", "mypkg.losses").await;
    click(&b, "check-download").await;
    click(&b, "check-pytest").await;
    let files = b.downloads().await;
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(names, vec!["check-inputs.csv", "test_focal_check.py"]);
    assert_eq!(b.blob_text(&files[0].1).await, inputs_csv());
    let test = b.blob_text(&files[1].1).await;
    assert!(
        test.contains("from mypkg.losses import focal_loss as focal_loss"),
        "{}",
        &test[..300]
    );
    // The same inputs are a file beside the page.
    let shipped = b
        .client
        .execute_async(
            "const done = arguments[0]; fetch('check-inputs.csv').then(r => r.text()).then(done, e => done('failed: ' + e));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(shipped.as_str().unwrap(), inputs_csv());
    assert_clean(&b, &server).await;
    b.finish().await;
}

/// `#yours` and `#check` land on their panels (built down to them first: they are below the
/// Explorer, in the later module).
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn links_to_the_two_panels_land_on_them() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 800).await;
    for id in ["yours", "check"] {
        b.client
            .goto(&server.url(&format!("?gamma=3#{id}")))
            .await
            .unwrap();
        b.assert_landed_on(id).await;
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}
