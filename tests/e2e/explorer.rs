use super::*;

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
            // A chart draws (and sizes its backing store) while it is on screen.
            b.show(&format!("canvas-{id}")).await;
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
