use super::*;

pub(crate) async fn axe(b: &Browser) -> Vec<String> {
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js"),
    )
    .expect("axe-core is installed (scripts/setup --browser)");
    b.js(&format!("{source}\nreturn true;"), vec![]).await;
    let result = b
        .client
        .execute_async(
            "const done = arguments[0]; axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))), e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe runs");
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or("?").to_owned())
        .collect()
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn axe_core_finds_nothing_in_light_or_dark() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    for query in [
        "?theme=light",
        "?theme=dark",
        "?lab=run&epochs=3&theme=dark",
    ] {
        b.open(&server.url(query)).await;
        b.settle().await;
        // Open every table and the published results, so they are audited too.
        b.js(
            "document.querySelectorAll('[data-testid^=table-toggle-]').forEach(t => t.click()); document.querySelectorAll('details').forEach(d => d.open = true);",
            vec![],
        )
        .await;
        b.settle().await;
        let violations = axe(&b).await;
        assert!(violations.is_empty(), "{query}: {violations:#?}");
    }
    for panel in [
        "explorer",
        "imbalance",
        "calculators",
        "variants",
        "multiclass",
        "lab",
        "yours",
        "code",
        "check",
    ] {
        b.open_any(&server.url(&format!("?embed={panel}&theme=dark")))
            .await;
        let violations = axe(&b).await;
        assert!(violations.is_empty(), "embed={panel}: {violations:#?}");
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn keyboard_alone_reaches_and_operates_every_control() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("")).await;
    // Folded sections (the lab's Settings) open with Enter on their summary; opened here, so
    // every control they hold is counted and must be reached.
    b.js(
        "document.querySelectorAll('details').forEach(d => d.open = true);",
        vec![],
    )
    .await;
    // Mark every control that must be reached, so the walk counts those and nothing else
    // (links and the page itself also take focus, and must not stand in for a control).
    let counts = b
        .js(
            "const visible = e => !e.disabled && e.offsetParent !== null && e.checkVisibility(); \
             const controls = [...document.querySelectorAll('input, select, button, textarea, summary')].filter(visible); \
             controls.forEach((e, i) => e.dataset.kbd = i); \
             const stops = [...document.querySelectorAll('a[href], input, select, button, textarea, summary, [tabindex]:not([tabindex=\"-1\"])')].filter(visible); \
             return [controls.length, stops.length];",
            vec![],
        )
        .await;
    let expected = counts[0].as_u64().unwrap() as usize;
    let stops = counts[1].as_u64().unwrap() as usize;
    assert!(expected > 40, "{expected} controls found");
    let mut seen = std::collections::HashSet::new();
    let mut reached = std::collections::HashSet::new();
    let mut unfocused_style = Vec::new();
    // Every tab stop once, and a few more for the page itself between rounds.
    for _ in 0..(stops + 5) {
        // A key press through the actions API, not the element's `send_keys`: for a file
        // input that would name a file to upload.
        use fantoccini::actions::InputSource;
        let press = fantoccini::actions::KeyActions::new("keyboard".into())
            .then(fantoccini::actions::KeyAction::Down {
                value: Key::Tab.into(),
            })
            .then(fantoccini::actions::KeyAction::Up {
                value: Key::Tab.into(),
            });
        b.client.perform_actions(press).await.unwrap();
        let info = b
            .js(
                "const e = document.activeElement; const s = getComputedStyle(e); \
                 return [e.tagName + '#' + (e.id || e.dataset.testid || e.textContent.trim().slice(0, 20)), s.outlineStyle, s.outlineWidth, e.dataset.kbd ?? null];",
                vec![],
            )
            .await;
        let key = info[0].as_str().unwrap().to_owned();
        // Past the last control focus returns to the page itself, which draws no ring.
        if !key.starts_with("BODY") && (info[1] == json!("none") || info[2] == json!("0px")) {
            unfocused_style.push(key.clone());
        }
        if let Some(i) = info[3].as_str() {
            reached.insert(i.to_owned());
        }
        seen.insert(key);
    }
    let missed = b
        .js(
            "return [...document.querySelectorAll('[data-kbd]')].filter(e => !arguments[0].includes(e.dataset.kbd)) \
             .map(e => e.tagName + '#' + (e.id || e.dataset.testid || e.textContent.trim().slice(0, 20)));",
            vec![json!(reached.iter().collect::<Vec<_>>())],
        )
        .await;
    assert_eq!(
        missed,
        json!([]),
        "Tab reached {} of {expected} controls; not these",
        reached.len()
    );
    assert!(
        unfocused_style.is_empty(),
        "no visible focus on {unfocused_style:?}"
    );
    for id in [
        "INPUT#gamma-range",
        "INPUT#alpha-range",
        "INPUT#pt-range",
        "SELECT#y-select",
        "INPUT#ratio-range",
    ] {
        assert!(seen.contains(id), "{id} reachable by Tab");
    }
    // Operate a slider and a button with keys only.
    let gamma = b
        .client
        .find(Locator::Css("[data-testid='gamma']"))
        .await
        .unwrap();
    gamma
        .send_keys(&String::from(char::from(Key::End)))
        .await
        .unwrap();
    b.settle().await;
    assert_eq!(b.value("gamma").await, 10.0);
    assert_eq!(
        b.attr("gamma", "aria-valuetext").await.as_deref(),
        Some("gamma 10.0")
    );
    let example = b
        .client
        .find(Locator::Css("[data-testid='example-hard']"))
        .await
        .unwrap();
    example
        .send_keys(&String::from(char::from(Key::Enter)))
        .await
        .unwrap();
    b.settle().await;
    assert_eq!(b.value("pt").await, 0.3);
    assert_clean(&b, &server).await;
    b.finish().await;
}
