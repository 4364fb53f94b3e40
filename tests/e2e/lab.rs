use super::*;

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
