//! End-to-end: the built site (dist/) served under a sub-path, driven in headless Chromium
//! over WebDriver. Needs `scripts/build` first and chromedriver; `scripts/test` runs these
//! with `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::actions::InputSource;
use fantoccini::key::Key;
use fantoccini::Locator;
use focal::core::loss::{point_readout, Alpha};
use support::{assert_clean, click, Browser, Server};

const READOUTS: [&str; 7] = [
    "ce",
    "modulating-factor",
    "alpha-t",
    "fl",
    "ce-over-fl",
    "grad-fl",
    "grad-ce",
];

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn url_parameters_set_every_readout() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?gamma=1.5&alpha=0.4&pt=0.72&y=0"))
        .await;
    let want = point_readout(0.72, false, Alpha::Balanced(0.4), 1.5);
    let expected = [
        want.ce,
        want.modulating,
        want.alpha_t,
        want.fl,
        want.ce_over_fl,
        want.grad_fl,
        want.grad_ce,
    ];
    for (id, w) in READOUTS.iter().zip(expected) {
        let got = b.value(id).await;
        // wasm and native libm may differ in the last bit.
        assert!(
            (got - w).abs() <= 1e-15 + 1e-12 * w.abs(),
            "{id}: {got} vs {w}"
        );
    }
    assert_eq!(b.value("gamma").await, 1.5);
    assert_eq!(b.value("alpha").await, 0.4);
    assert_eq!(b.value("pt").await, 0.72);
    assert_eq!(
        b.attr("true-class", "data-value").await.as_deref(),
        Some("0")
    );
    assert_eq!(
        b.attr("no-alpha", "data-value").await.as_deref(),
        Some("false")
    );
    assert!(
        b.attr("notice", "role").await.is_none(),
        "no notice for a good URL"
    );
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn keyboard_moves_each_control_and_everything_follows() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("")).await;
    let history_at_start = b.js("return history.length;", vec![]).await;
    let right = String::from(char::from(Key::Right));
    for (control, key, readout, chart) in [
        ("gamma", "gamma", "modulating-factor", "loss"),
        ("alpha", "alpha", "fl", "gradient"),
        ("pt", "pt", "ce", "modulating"),
    ] {
        let before_value = b.value(control).await;
        let before_readout = b.value(readout).await;
        let before_pixels = b.canvas_pixels(chart).await;
        let el = b
            .client
            .find(Locator::Css(&format!("[data-testid='{control}']")))
            .await
            .unwrap();
        el.send_keys(&right.repeat(3)).await.unwrap();
        b.settle().await;
        let after_value = b.value(control).await;
        assert!(
            after_value > before_value,
            "{control}: {before_value} → {after_value}"
        );
        assert_ne!(
            b.value(readout).await,
            before_readout,
            "{control} moves {readout}"
        );
        assert_ne!(
            b.canvas_pixels(chart).await,
            before_pixels,
            "{control} redraws {chart}"
        );
        let url = b.client.current_url().await.unwrap();
        assert!(
            url.query()
                .unwrap_or("")
                .contains(&format!("{key}={after_value}")),
            "URL {url} carries {key}={after_value}"
        );
        assert!(url.path().starts_with(support::PREFIX), "path kept: {url}");
    }

    // The true class: the select is keyboard operable too.
    let select = b
        .client
        .find(Locator::Css("[data-testid='true-class']"))
        .await
        .unwrap();
    let alpha = b.value("alpha").await;
    select.select_by_value("0").await.unwrap();
    b.settle().await;
    assert_eq!(
        b.value("alpha-t").await,
        1.0 - alpha,
        "a negative weighs 1 − α"
    );
    assert!(b
        .client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("y=0"));

    // No α.
    let before = b.canvas_pixels("loss").await;
    click(&b, "no-alpha").await;
    b.settle().await;
    assert_eq!(b.value("alpha-t").await, 1.0);
    assert_eq!(
        b.attr("no-alpha", "data-value").await.as_deref(),
        Some("true")
    );
    assert!(b
        .client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("alpha=none"));
    assert_ne!(b.canvas_pixels("loss").await, before);

    // History is replaced, not flooded.
    let length = b.js("return history.length;", vec![]).await;
    assert_eq!(
        length, history_at_start,
        "replaceState adds no history entries"
    );
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn paper_checkpoints_from_the_example_buttons() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("")).await;
    for (button, ratio) in [
        ("example-paper-100", 100.0),
        ("example-paper-1000", 976.5625),
    ] {
        click(&b, button).await;
        b.settle().await;
        let got = b.value("ce-over-fl").await;
        assert!((got - ratio).abs() < 1e-6 * ratio, "{button}: {got}");
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn bad_urls_are_corrected_with_a_notice() {
    let server = Server::start();
    let b = Browser::start(1.0, 1024, 900).await;
    for (query, check) in [
        ("?gamma=-3&pt=2&alpha=abc", ("gamma", 0.0)),
        ("?gamma=1e999&alpha=&pt=NaN&y=maybe", ("gamma", 10.0)),
        ("?pt=%F0%9F%92%A5&gamma=2&gamma=3", ("gamma", 3.0)),
    ] {
        b.open(&server.url(query)).await;
        let notice = b
            .client
            .find(Locator::Css("[data-testid='notice']"))
            .await
            .unwrap_or_else(|_| panic!("notice for {query}"));
        let text = notice.text().await.unwrap();
        assert!(text.contains("adjusted"), "{query}: {text}");
        assert_eq!(b.value(check.0).await, check.1, "{query}");
        // Every readout is still a finite number.
        for id in READOUTS {
            let v = b.value(id).await;
            assert!(v.is_finite() || id == "ce-over-fl", "{query}: {id} = {v}");
        }
        assert_clean(&b, &server).await;
    }
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn charts_are_crisp_at_every_pixel_ratio() {
    let server = Server::start();
    for scale in [1.0, 2.0, 3.0] {
        let b = Browser::start(scale, 1200, 900).await;
        b.open(&server.url("")).await;
        b.settle().await;
        // The CSS size may be fractional: the backing store follows it, not clientWidth.
        for id in ["loss", "modulating", "gradient"] {
            let dims = b
                .js(
                    "const c = document.querySelector(`[data-testid='canvas-${arguments[0]}']`); const r = c.getBoundingClientRect(); return [c.width, r.width - 2 * c.clientLeft, c.height, r.height - 2 * c.clientTop, devicePixelRatio];",
                    vec![serde_json::json!(id)],
                )
                .await;
            let d: Vec<f64> = dims
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect();
            assert_eq!(d[4], scale, "devicePixelRatio");
            assert!(d[1] > 200.0, "{id} is laid out: {d:?}");
            assert_eq!(
                d[0],
                (d[1] * scale).round(),
                "{id} backing width at {scale}×"
            );
            assert_eq!(
                d[2],
                (d[3] * scale).round(),
                "{id} backing height at {scale}×"
            );
            // Something was drawn: more than a blank fill.
            let distinct = b
                .js(
                    "const c = document.querySelector(`[data-testid='canvas-${arguments[0]}']`); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const s = new Set(); for (let i = 0; i < d.length; i += 4 * 97) s.add(d[i] + ',' + d[i+1] + ',' + d[i+2]); return s.size;",
                    vec![serde_json::json!(id)],
                )
                .await;
            assert!(
                distinct.as_i64().unwrap() > 5,
                "{id} has a drawing at {scale}×"
            );
        }
        assert_clean(&b, &server).await;
        b.finish().await;
    }
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn narrow_screens_keep_everything_inside_the_window() {
    let server = Server::start();
    // Device emulation: a headless window cannot be narrower than 500 px.
    let b = Browser::phone(360, 800).await;
    b.open(&server.url("")).await;
    b.settle().await;
    let inner = b.js("return innerWidth;", vec![]).await.as_f64();
    assert_eq!(inner, Some(360.0), "the page is laid out at 360 px");
    let overflow = b.horizontal_overflow().await;
    assert!(overflow <= 0.0, "horizontal overflow {overflow}");
    // MathML does not wrap: the formulas, with the longest numbers they show, must fit
    // without their own sideways scrolling.
    for query in [
        "",
        "?y=0&pt=0.968&gamma=0.25&alpha=0.333",
        "?y=0&pt=0.123&gamma=9.75&alpha=0.001",
    ] {
        b.open(&server.url(query)).await;
        b.settle().await;
        // Each link is valid as written (no notice), so its formulas are the ones shown.
        assert_eq!(b.attr("notice", "role").await, None, "{query}");
        let spill = b
            .js(
                "const f = document.querySelector('[data-testid=formulas]'); return f.scrollWidth - f.clientWidth;",
                vec![],
            )
            .await;
        assert_eq!(
            spill.as_f64(),
            Some(0.0),
            "formulas scroll sideways at {query:?}"
        );
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn pointing_at_a_chart_reads_its_values() {
    let server = Server::start();
    let b = Browser::start(2.0, 1280, 1000).await;
    b.open(&server.url("?alpha=none")).await;
    b.settle().await;
    let canvas = b
        .client
        .find(Locator::Css("[data-testid='canvas-modulating']"))
        .await
        .unwrap();
    // A real pointer move to the canvas's centre.
    let actions = fantoccini::actions::MouseActions::new("mouse".into()).then(
        fantoccini::actions::PointerAction::MoveToElement {
            element: canvas,
            duration: None,
            x: 0.0,
            y: 0.0,
        },
    );
    b.client.perform_actions(actions).await.unwrap();
    b.settle().await;
    let text = b
        .client
        .find(Locator::Css("[data-testid='hover-modulating']"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // "p_t = 0.421 → γ = 0: 1 · γ = 0.5: 0.7608 · γ = 1: 0.5788 · ..."
    let pt: f64 = text
        .strip_prefix("p_t = ")
        .and_then(|r| r.split(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{text}"));
    assert!((0.2..0.8).contains(&pt), "the centre of the chart: {text}");
    // γ = 0 has factor 1 everywhere; γ = 1 gives 1 − p_t.
    assert!(text.contains("γ = 0: 1 "), "{text}");
    let gamma_1: f64 = text
        .split("γ = 1: ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{text}"));
    assert!((gamma_1 - (1.0 - pt)).abs() < 0.002, "{text}");
    assert_clean(&b, &server).await;
    b.finish().await;
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-15 + 1e-12 * b.abs()
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn imbalance_shares_follow_the_ratio_and_gamma() {
    use focal::core::imbalance::Compared;
    use focal::state::codec::decode;
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    let query = "?ratio=100000&neg=0.995&pos=0.2&spread=0.8&gamma=2&alpha=0.25";
    b.open(&server.url(query)).await;
    let scenario = decode(query).0.scenario();
    for (loss, id) in [
        (Compared::CrossEntropy, "ce"),
        (Compared::BalancedCrossEntropy, "ace"),
        (Compared::Focal, "fl"),
    ] {
        let want = scenario.outcome(loss);
        for (testid, w) in [
            (format!("neg-share-{id}"), want.neg_share),
            (format!("neg-grad-share-{id}"), want.neg_grad_share),
            (format!("total-{id}"), want.total),
        ] {
            let got = b.value(&testid).await;
            assert!(
                (got - w).abs() <= 1e-12 * w.abs().max(1e-300),
                "{testid}: {got} vs {w}"
            );
        }
    }
    let sentence = b
        .client
        .find(Locator::Css("[data-testid='imbalance-sentence']"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(sentence.starts_with("At 1:100,000"), "{sentence}");

    // Fewer negatives: the ratio slider moves down by keyboard and every share drops.
    let ce_before = b.value("neg-share-ce").await;
    let share_pixels = b.canvas_pixels("share").await;
    let ratio = b
        .client
        .find(Locator::Css("[data-testid='ratio']"))
        .await
        .unwrap();
    ratio
        .send_keys(&String::from(char::from(Key::PageDown)))
        .await
        .unwrap();
    b.settle().await;
    let r = b.value("ratio").await;
    assert!(r < 100_000.0, "ratio {r}");
    assert!(b.value("neg-share-ce").await < ce_before);
    assert_ne!(b.canvas_pixels("share").await, share_pixels);
    assert!(b
        .client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains(&format!("ratio={r}")));

    // γ rises: the negatives' share of the focal loss collapses.
    let mut last = b.value("neg-share-fl").await;
    let gamma = b
        .client
        .find(Locator::Css("[data-testid='imb-gamma']"))
        .await
        .unwrap();
    for _ in 0..3 {
        gamma
            .send_keys(&String::from(char::from(Key::Right)).repeat(5))
            .await
            .unwrap();
        b.settle().await;
        let now = b.value("neg-share-fl").await;
        assert!(now < last, "γ up, FL share down: {now} after {last}");
        last = now;
    }
    // The Explorer shares γ.
    assert_eq!(b.value("gamma").await, b.value("imb-gamma").await);
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn calculators_and_gamma_table() {
    use focal::core::imbalance::{
        alpha_from_frequency, class_balanced_weights, inverse_frequency_weights,
    };
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?prior=0.01&counts=10,100,1000&beta=0.99&gamma=0.5"))
        .await;
    assert!(close(b.value("prior-bias").await, -(99f64).ln()));
    assert!((b.value("init-loss-zero-bias").await - 69_314.718).abs() < 0.01);
    assert!((b.value("init-loss-prior").await - 1_005.034).abs() < 0.01);
    let counts = [10.0, 100.0, 1000.0];
    let cb = class_balanced_weights(&counts, 0.99);
    let inv = inverse_frequency_weights(&counts);
    let freq = alpha_from_frequency(&counts);
    for k in 0..3 {
        assert!(
            close(b.value(&format!("alpha-freq-{k}")).await, freq[k]),
            "α from frequency {k}"
        );
        assert!(
            close(b.value(&format!("alpha-cb-{k}")).await, cb[k]),
            "cb {k}"
        );
        assert!(
            close(b.value(&format!("alpha-inv-{k}")).await, inv[k]),
            "inv {k}"
        );
    }
    // Adding a class extends the table and the URL.
    click(&b, "counts-add").await;
    b.settle().await;
    assert!(b.value("alpha-cb-3").await > 0.0);
    assert!(b
        .client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("counts=10,100,1000,100"));

    // The γ table highlights the current γ = 0.5 and computes (1 − p_t)^γ.
    assert_eq!(
        b.attr("gamma-row-0.5", "aria-current").await.as_deref(),
        Some("true")
    );
    assert!(b.attr("gamma-row-2", "aria-current").await.is_none());
    assert!(close(b.value("gamma-ratio-2").await, 49.0));
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn multi_class_readouts_match_the_core() {
    use focal::core::loss::{softmax_focal, ClassAlpha};
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?mclogits=1,-2,3,0.5&mct=1&mcalpha=1,2,0.5,1&gamma=1.5"))
        .await;
    let logits = [1.0, -2.0, 3.0, 0.5];
    let want = softmax_focal(
        &logits,
        1,
        &ClassAlpha::PerClass(vec![1.0, 2.0, 0.5, 1.0]),
        1.5,
    );
    let ce = softmax_focal(&logits, 1, &ClassAlpha::Scalar(1.0), 0.0);
    assert!(close(b.value("mc-fl").await, want.loss));
    assert!(close(b.value("mc-ce").await, ce.loss));
    for k in 0..4 {
        assert!(
            close(b.value(&format!("mc-grad-{k}")).await, want.grad[k]),
            "grad {k}"
        );
        assert!(
            close(b.value(&format!("mc-p-{k}")).await, want.probabilities[k]),
            "p {k}"
        );
    }
    // Removing a class drops its α too and keeps the target valid.
    click(&b, "mc-logits-remove").await;
    b.settle().await;
    // Read each key's whole value: a substring test would also pass on the link from
    // before the removal (`1,-2,3,0.5` contains `1,-2,3`).
    let url = b.client.current_url().await.unwrap();
    let keys: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(
        keys.get("mclogits").map(String::as_str),
        Some("1,-2,3"),
        "{url}"
    );
    assert_eq!(
        keys.get("mcalpha").map(String::as_str),
        Some("1,2,0.5"),
        "{url}"
    );
    assert!(b.attr("mc-grad-2", "data-value").await.is_some());
    assert!(b.attr("mc-grad-3", "data-value").await.is_none());
    assert_clean(&b, &server).await;
    b.finish().await;
}

async fn lab_number(b: &Browser, testid: &str) -> f64 {
    b.value(testid).await
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn headless_lab_agrees_with_the_native_core() {
    use focal::core::lab::Lab;
    use focal::core::metrics::average_precision;
    use focal::state::codec::decode;
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    let query = "?lab=run&epochs=25&seed=5&dump=1&lratio=200&bgamma=1.5&opt=sgd&lr=0.02";
    b.client.goto(&server.url(query)).await.unwrap();
    b.wait_for(
        "[data-testid='lab'][data-state='done']",
        120,
        "the headless run finishes",
    )
    .await;
    let state = decode(query).0;
    let mut lab = Lab::new(state.lab_spec(), state.lab_configs());
    lab.advance(25);
    lab.checkpoint();
    assert_eq!(lab_number(&b, "epoch").await, 25.0);
    for (r, suffix) in ["a", "b"].iter().enumerate() {
        let c = lab.latest(r);
        for (id, want) in [
            ("loss", c.train_loss),
            ("test-loss", c.test_loss),
            ("ap", c.ap),
            ("roc-auc", c.roc_auc),
            ("precision", c.precision),
            ("recall", c.recall),
        ] {
            let got = lab_number(&b, &format!("{id}-{suffix}")).await;
            assert!(
                (got - want).abs() <= 1e-9 * want.abs().max(1e-12),
                "{id}-{suffix}: wasm {got} vs native {want}"
            );
        }
        let weights = b
            .attr(&format!("weights-{suffix}"), "data-value")
            .await
            .unwrap();
        let got: Vec<f64> = weights.split(',').map(|w| w.parse().unwrap()).collect();
        assert_eq!(got.len(), lab.runs[r].model.weights.len());
        for (g, w) in got.iter().zip(&lab.runs[r].model.weights) {
            assert!(
                (g - w).abs() <= 1e-9 * w.abs().max(1e-12),
                "weight {g} vs {w}"
            );
        }
    }
    // The dump lets anyone recompute the metrics.
    let dump = b
        .js(
            "return document.querySelector(`[data-testid='dump']`).textContent;",
            vec![],
        )
        .await;
    let csv = dump.as_str().unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("x,y,label,p_a,p_b"));
    let rows: Vec<Vec<f64>> = lines
        .map(|l| l.split(',').map(|v| v.parse().unwrap()).collect())
        .collect();
    assert_eq!(rows.len(), lab.test.len());
    let labels: Vec<bool> = rows.iter().map(|r| r[2] == 1.0).collect();
    let p_b: Vec<f64> = rows.iter().map(|r| r[4]).collect();
    let ap = average_precision(&p_b, &labels);
    assert!((ap - lab_number(&b, "ap-b").await).abs() < 1e-12);
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn play_pause_step_and_reset() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?lratio=100")).await;
    assert_eq!(lab_number(&b, "epoch").await, 0.0);
    click(&b, "lab-step").await;
    b.settle().await;
    assert_eq!(lab_number(&b, "epoch").await, 1.0);
    click(&b, "lab-play").await;
    assert_eq!(
        b.attr("lab", "data-state").await.as_deref(),
        Some("playing")
    );
    b.wait_until(
        "return Number(document.querySelector('[data-testid=epoch]').dataset.value) > 3;",
        vec![],
        20,
        "the lab trains while playing",
    )
    .await;
    click(&b, "lab-play").await; // pause
    b.settle().await;
    let paused_at = lab_number(&b, "epoch").await;
    assert!(paused_at > 3.0, "trained while playing: {paused_at}");
    // Playing trains every frame, so thirty frames would show any training.
    b.frames(30).await;
    assert_eq!(
        lab_number(&b, "epoch").await,
        paused_at,
        "paused means paused"
    );
    assert_eq!(b.attr("lab", "data-state").await.as_deref(), Some("paused"));
    // The page stayed responsive: the Explorer still answers.
    let before = b.value("fl").await;
    click(&b, "example-hard").await;
    b.settle().await;
    assert_ne!(b.value("fl").await, before);
    click(&b, "lab-reset").await;
    b.settle().await;
    assert_eq!(lab_number(&b, "epoch").await, 0.0);
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn divergence_is_explained_and_nothing_is_nan() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?lr=100&lratio=100")).await;
    for _ in 0..8 {
        click(&b, "lab-step").await;
    }
    b.settle().await;
    let message = b
        .client
        .find(Locator::Css("[data-testid='lab-message']"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        message.contains("diverged") && message.contains("learning rate"),
        "{message}"
    );
    assert_eq!(
        b.attr("lab", "data-state").await.as_deref(),
        Some("diverged")
    );
    let nan_text = b
        .js("return document.body.innerText.includes('NaN');", vec![])
        .await;
    assert_eq!(nan_text.as_bool(), Some(false), "no NaN on screen");
    for id in ["ap-a", "ap-b", "precision-a", "recall-b", "roc-auc-a"] {
        assert!(b.value(id).await.is_finite(), "{id}");
    }
    click(&b, "lab-reset").await;
    b.settle().await;
    assert_eq!(b.attr("lab", "data-state").await.as_deref(), Some("paused"));
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn lab_settings_that_nothing_reads_are_disabled() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    // Defaults: run A is CE (no γ, no α), run B focal loss; constant γ; bias from the prior.
    // Then: run A α-balanced CE (α only), the linear schedule (which sets γ), no prior.
    let cases: [(&str, &[&str], &[&str]); 2] = [
        (
            "?lratio=100",
            &["b-gamma", "b-alpha", "lab-prior"],
            &["a-gamma", "a-alpha", "gamma-start", "gamma-end"],
        ),
        (
            "?lratio=100&aloss=ace&sched=linear&useprior=0",
            &["a-alpha", "b-alpha", "gamma-start", "gamma-end"],
            &["a-gamma", "b-gamma", "lab-prior"],
        ),
    ];
    for (query, enabled, disabled) in cases {
        b.open(&server.url(query)).await;
        b.wait_for("[data-testid='b-gamma']", 10, "the lab renders")
            .await;
        for (ids, want) in [(enabled, false), (disabled, true)] {
            for id in ids {
                let got = b
                    .js(
                        "return document.querySelector(`[data-testid='${arguments[0]}']`).disabled;",
                        vec![serde_json::json!(id)],
                    )
                    .await;
                assert_eq!(got.as_bool(), Some(want), "{id} disabled at {query}");
            }
        }
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

/// Every chart on the full page, by its `paints-<id>` counter.
const CHARTS: [&str; 15] = [
    "loss",
    "modulating",
    "gradient",
    "share",
    "mass-ce",
    "mass-fl",
    "variants",
    "heatmap-a",
    "heatmap-b",
    "lab-loss",
    "lab-ap",
    "lab-pr-epochs",
    "lab-pr",
    "lab-fig4-a",
    "lab-fig4-b",
];
const EXPLORER_CHARTS: [&str; 3] = ["loss", "modulating", "gradient"];

/// Which charts an input must repaint.
#[derive(Debug)]
enum Repaints {
    Exactly(&'static [&'static str]),
    /// Lab charts only; `some`: at least one.
    LabOnly {
        some: bool,
    },
}
use Repaints::{Exactly, LabOnly};

/// An input of the repaint test: what it is, the control's test id, the value set, the
/// link's key and first value that show it took effect, and the charts it repaints.
type Case = (
    &'static str,
    &'static str,
    &'static str,
    (&'static str, &'static str),
    Repaints,
);

/// Each chart's paint count once the page has settled (no catch-up pending: the panels out
/// of view follow 150 ms after the last input) and then been quiet (no chart drawn) for 30
/// frames in a row: lab views refresh over seven frames, so one frame is not enough.
async fn quiet_paints(b: &Browser) -> std::collections::BTreeMap<String, u64> {
    b.settle().await;
    let counts = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const read = () => JSON.stringify([...document.querySelectorAll('[data-testid^=paints-]')]
                 .map(e => [e.dataset.testid.slice(7), Number(e.dataset.value)]));
             let last = read(), still = 0;
             const tick = () => {
               const now = read();
               still = now === last ? still + 1 : 0;
               last = now;
               if (still >= 30) done(now); else requestAnimationFrame(tick);
             };
             requestAnimationFrame(tick);",
            vec![],
        )
        .await
        .expect("paint counts");
    serde_json::from_str::<Vec<(String, u64)>>(counts.as_str().unwrap())
        .unwrap()
        .into_iter()
        .collect()
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn an_input_repaints_only_the_charts_that_depend_on_it() {
    let server = Server::start();
    // A window as tall as the page: every chart is in view, so each draws when its data
    // changes (off screen a chart waits until it is seen; see the next test).
    let b = Browser::start(1.0, 1280, 16_000).await;
    b.open(&server.url("?bench=paints&lratio=100")).await;
    let below = b
        .js(
            "return [...document.querySelectorAll('canvas')].filter(c => c.getBoundingClientRect().bottom > innerHeight).length;",
            vec![],
        )
        .await;
    assert_eq!(
        below,
        serde_json::json!(0),
        "every chart fits in the window"
    );
    let mut before = quiet_paints(&b).await;
    assert_eq!(
        before.keys().map(String::as_str).collect::<Vec<_>>(),
        {
            let mut all = CHARTS.to_vec();
            all.sort();
            all
        },
        "every chart has a paint counter"
    );
    assert!(
        before.values().all(|&n| n >= 1),
        "each chart painted: {before:?}"
    );
    // What a reader changes (the control and its new value) and the charts that must
    // repaint: exactly these, or for the lab, lab charts only.
    // (The link's key and its first value show that the input took effect.)
    let cases: [Case; 11] = [
        (
            "p_t",
            "pt-number",
            "0.5",
            ("pt", "0.5"),
            Exactly(&EXPLORER_CHARTS),
        ),
        (
            "γ",
            "gamma-number",
            "3",
            ("gamma", "3"),
            Exactly(&[
                "loss",
                "modulating",
                "gradient",
                "share",
                "mass-fl",
                "variants",
            ]),
        ),
        // (1 − p_t)^γ does not depend on the class; α_t, the loss and the gradient do.
        (
            "the true class",
            "true-class",
            "0",
            ("y", "0"),
            Exactly(&["loss", "gradient"]),
        ),
        (
            "the imbalance ratio",
            "ratio-number",
            "10",
            ("ratio", "10"),
            Exactly(&["share", "mass-ce", "mass-fl"]),
        ),
        (
            "the negatives' mean p_t",
            "neg-pt-number",
            "0.9",
            ("neg", "0.9"),
            Exactly(&["share", "mass-ce", "mass-fl"]),
        ),
        (
            "Poly-1's ε",
            "poly-epsilon-number",
            "2",
            ("eps", "2"),
            Exactly(&["variants"]),
        ),
        (
            "a class count",
            "counts-0",
            "50",
            ("counts", "50"),
            Exactly(&[]),
        ),
        (
            "a multi-class logit",
            "mc-logits-0",
            "3",
            ("mclogits", "3"),
            Exactly(&[]),
        ),
        // Nothing drawn depends on the learning rate until the runs train.
        (
            "the learning rate",
            "lr-number",
            "0.1",
            ("lr", "0.1"),
            LabOnly { some: false },
        ),
        // A new seed is new data: the lab redraws, and nothing else does.
        (
            "the lab's seed",
            "seed-number",
            "2",
            ("seed", "2"),
            LabOnly { some: true },
        ),
        (
            "the theme",
            "theme",
            "dark",
            ("theme", "dark"),
            Exactly(&CHARTS),
        ),
    ];
    let mut failures = Vec::new();
    for (what, testid, value, (key, first), want) in cases {
        let found = b
            .js(
                "const e = document.querySelector(`[data-testid='${arguments[0]}']`);
                 if (!e) return false;
                 e.value = arguments[1];
                 e.dispatchEvent(new Event('change', { bubbles: true }));
                 return true;",
                vec![serde_json::json!(testid), serde_json::json!(value)],
            )
            .await;
        assert_eq!(found, serde_json::json!(true), "no control {testid}");
        let after = quiet_paints(&b).await;
        // The input took effect: the state (which the link is written from) holds it.
        let url = b.client.current_url().await.unwrap();
        let took = url
            .query_pairs()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.split(',').next().unwrap_or("").to_owned());
        if took.as_deref() != Some(first) {
            failures.push(format!("{what}: the link has {key}={took:?}, not {first}"));
        }
        let repainted: Vec<(&str, u64)> = CHARTS
            .iter()
            .copied()
            .filter(|c| after[*c] != before[*c])
            .map(|c| (c, after[c] - before[c]))
            .collect();
        let ok = match want {
            // Exactly these charts, each exactly once.
            Exactly(charts) => {
                let mut want: Vec<(&str, u64)> = charts.iter().map(|c| (*c, 1)).collect();
                want.sort();
                let mut got = repainted.clone();
                got.sort();
                got == want
            }
            LabOnly { some } => {
                (!some || !repainted.is_empty())
                    && repainted
                        .iter()
                        .all(|(c, _)| c.starts_with("lab-") || c.starts_with("heatmap-"))
            }
        };
        if !ok {
            failures.push(format!(
                "{what}: repainted (chart, times) {repainted:?}, expected {want:?} once each"
            ));
        }
        before = after;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn a_chart_off_screen_draws_when_it_comes_into_view_or_is_printed() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?bench=paints&lratio=100")).await;
    let first = quiet_paints(&b).await;
    assert!(
        first["loss"] >= 1,
        "the Explorer's charts are drawn: {first:?}"
    );
    assert_eq!(
        first["variants"], 0,
        "the variants chart is far below: {first:?}"
    );
    // Its input changes while it is off screen: nothing is drawn.
    b.js(
        "const e = document.querySelector('[data-testid=poly-epsilon-number]'); e.value = '3'; e.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![],
    )
    .await;
    assert_eq!(quiet_paints(&b).await["variants"], 0);
    // Scrolled into view, it draws once, showing the new ε.
    b.show("canvas-variants").await;
    let seen = quiet_paints(&b).await;
    assert_eq!(seen["variants"], 1, "{seen:?}");
    assert_eq!(seen["loss"], first["loss"], "nothing else redrew: {seen:?}");
    let title = b
        .js(
            "return document.querySelector('[data-testid=canvas-variants]').closest('figure').querySelector('[role=group]').getAttribute('aria-label');",
            vec![],
        )
        .await;
    assert!(
        title.as_str().is_some_and(|t| !t.starts_with(':')),
        "{title}"
    );
    // Printing draws every chart, seen or not: the lab's, far below, too.
    b.js("window.scrollTo(0, 0);", vec![]).await;
    let unseen = quiet_paints(&b).await;
    assert_eq!(unseen["lab-fig4-b"], 0, "{unseen:?}");
    b.js("window.dispatchEvent(new Event('beforeprint'));", vec![])
        .await;
    let printed = quiet_paints(&b).await;
    assert!(
        CHARTS.iter().all(|c| printed[*c] >= 1),
        "every chart drawn for paper: {printed:?}"
    );
    b.js("window.dispatchEvent(new Event('afterprint'));", vec![])
        .await;
    assert_clean(&b, &server).await;
    b.finish().await;
}

/// Each scenario's claim as a learner's browser computes it (`lab=run` trains the scenario's
/// epochs headlessly), against the best possible AP the page shows: helps on seeds 1–5.
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn scenarios_show_their_claims_in_the_browser() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    let runs =
        (1..=5)
            .map(|seed| ("helps", seed))
            .chain([("prior", 1), ("convex", 1), ("alpha", 1)]);
    for (scenario, seed) in runs {
        let query = format!("?scenario={scenario}&lab=run&seed={seed}");
        b.client.goto(&server.url(&query)).await.unwrap();
        b.wait_for(
            "[data-testid='lab'][data-state='done']",
            180,
            "the headless run finishes",
        )
        .await;
        let (a, bb, bayes) = (
            b.value("ap-a").await,
            b.value("ap-b").await,
            b.value("ap-bayes").await,
        );
        println!("{query}: A {a:.3}, B {bb:.3}, Bayes {bayes:.3}");
        // Each run's AP as a share of the best possible.
        for (id, ap) in [("ap-share-a", a), ("ap-share-b", bb)] {
            let share = b.value(id).await;
            assert!(
                (share - ap / bayes).abs() < 1e-9,
                "{id}: {share} vs {}",
                ap / bayes
            );
        }
        assert!(
            bayes >= a.max(bb) - 0.02,
            "{query}: Bayes {bayes} vs {a} {bb}"
        );
        assert_eq!(
            b.attr("scenario-caption", "data-value").await.as_deref(),
            Some(scenario)
        );
        // The scenario's own claim (the one its caption states), on the browser's numbers.
        let state = focal::state::codec::decode(&query).0;
        let scenario_kind = state.lab.scenario;
        let (claim, _) = scenario_kind.claim().expect("a scenario with a claim");
        let outcome = focal::state::lab::Outcome {
            bayes,
            ap: [a, bb],
            recall: [b.value("recall-a").await, b.value("recall-b").await],
            precision: [b.value("precision-a").await, b.value("precision-b").await],
        };
        assert!(
            claim.holds(&outcome),
            "{query}: {claim:?} fails on {outcome:?}"
        );
        // The caption states the claim as the settings make it.
        let caption = b
            .client
            .find(Locator::Css("[data-testid='scenario-caption']"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(
            caption,
            scenario_kind.caption(&state.lab, state.shared.prior),
            "{query}"
        );
        // A headless run keeps checkpoints along the way (about 25), so the history charts
        // show the path, not a line from epoch 0 to the last: read the exported history.
        if seed == 1 {
            click(&b, "export-json").await;
            let files = b.downloads().await;
            let (_, href) = files
                .iter()
                .find(|(name, _)| name.ends_with(".json"))
                .unwrap();
            let json = b.blob_text(href).await;
            let history: serde_json::Value = serde_json::from_str(&json).unwrap();
            let checkpoints = history["runs"][0]["history"].as_array().unwrap().len();
            assert!(checkpoints >= 20, "{query}: {checkpoints} checkpoints");
            b.js("window.__downloads = [];", vec![]).await;
        }
        // The settings stay folded unless the link set one of them (here the seed).
        assert_eq!(
            b.attr("lab-settings", "open").await.is_some(),
            seed != 1,
            "{query}"
        );
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}
