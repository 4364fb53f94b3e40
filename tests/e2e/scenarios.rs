use super::*;

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
