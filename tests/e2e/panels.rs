use super::*;

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
    // A chart draws while it is on screen, so the test looks at it as a reader would.
    b.show("canvas-share").await;
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
    b.show("canvas-share").await;
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
