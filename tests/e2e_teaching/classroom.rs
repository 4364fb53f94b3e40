//! For the classroom, in the browser: an exercise link hides panels (not built at all) and
//! controls, locks others at its values, asks only the checks it names, and says what it
//! could not use; the dialog builds such a link; presenter mode's type, stylesheet and arrow
//! keys.
use super::*;

/// Presses a key on the page through the actions API (on the focused element, if any).
async fn press(b: &Browser, key: Key) {
    use fantoccini::actions::InputSource;
    let press = fantoccini::actions::KeyActions::new("keyboard".into())
        .then(fantoccini::actions::KeyAction::Down { value: key.into() })
        .then(fantoccini::actions::KeyAction::Up { value: key.into() });
    b.client.perform_actions(press).await.unwrap();
    b.settle().await;
}

async fn exists(b: &Browser, testid: &str) -> bool {
    b.js(
        "return document.querySelector(`[data-testid='${arguments[0]}']`) !== null;",
        vec![json!(testid)],
    )
    .await
    .as_bool()
    .unwrap()
}

async fn disabled(b: &Browser, testid: &str) -> bool {
    b.js(
        "return document.querySelector(`[data-testid='${arguments[0]}']`).disabled;",
        vec![json!(testid)],
    )
    .await
    .as_bool()
    .unwrap()
}

/// The ids of the charts that drew (`?bench=paints` counts every chart's paints).
async fn charts_drawn(b: &Browser) -> Vec<String> {
    let v = b
        .js(
            "return [...document.querySelectorAll('[data-testid^=paints-]')].map(e => e.dataset.testid.slice(7));",
            vec![],
        )
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn an_exercise_link_hides_locks_and_asks_only_what_it_names() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    let link =
        "?gamma=3&hide=imbalance,lab,pt&lock=gamma,alpha&quiz=prior-bias,alpha-class&bench=paints";
    b.open(&server.url(link)).await;
    // Hidden panels are not built: no section, no chart of theirs drew, no check of theirs.
    for panel in ["imbalance", "lab"] {
        assert!(!exists(&b, panel).await, "{panel} is hidden");
    }
    let drawn = charts_drawn(&b).await;
    assert!(drawn.contains(&"loss".to_owned()), "{drawn:?}");
    for chart in ["share", "mass-ce", "heatmap-a", "heatmap-b"] {
        assert!(!drawn.iter().any(|c| c == chart), "{chart} drew: {drawn:?}");
    }
    assert!(exists(&b, "calculators").await && exists(&b, "check").await);
    // A hidden control is gone; its value is the link's.
    assert!(!exists(&b, "pt").await);
    assert_eq!(b.value("ce").await, -(0.9f64).ln());
    // Locked controls show the link's values, disabled, with a note, wherever they appear.
    assert_eq!(b.attr("gamma", "data-value").await.as_deref(), Some("3"));
    for control in ["gamma", "gamma-number", "alpha", "no-alpha", "mc-gamma"] {
        assert!(disabled(&b, control).await, "{control} is locked");
    }
    // Each says why: its box is marked, and the stylesheet writes the note after it.
    let notes = b
        .js(
            "return ['gamma', 'alpha', 'true-class'].map(id => { \
               const box = document.querySelector(`[data-testid='${id}']`).closest('.control'); \
               return box.hasAttribute('data-locked') ? getComputedStyle(box, '::after').content : null; });",
            vec![],
        )
        .await;
    assert_eq!(
        notes,
        json!([
            "\"Fixed by your teacher’s link.\"",
            "\"Fixed by your teacher’s link.\"",
            null
        ]),
    );
    assert!(!disabled(&b, "true-class").await);
    // A preset moves what is free and leaves what is locked.
    click(&b, "example-paper-100").await;
    b.settle().await;
    assert_eq!(b.attr("gamma", "data-value").await.as_deref(), Some("3"));
    assert_eq!(b.attr("alpha", "data-value").await.as_deref(), Some("0.25"));
    let url = b.client.current_url().await.unwrap().to_string();
    assert!(
        url.contains("hide=imbalance,lab,pt") && url.contains("lock=gamma,alpha"),
        "the address keeps the exercise: {url}"
    );
    // Only the checks the link asks.
    assert!(exists(&b, "quiz-prior-bias").await && exists(&b, "quiz-alpha-class").await);
    for id in ["ce-over-fl", "gamma-zero", "fl-above-ce", "neg-share"] {
        assert!(
            !exists(&b, &format!("quiz-{id}")).await,
            "{id} is not asked"
        );
    }
    assert!(
        !exists(&b, "notice").await,
        "a clean link has nothing to say"
    );
    // A link with names the page does not have: they are named, the rest applies.
    b.open(&server.url("?hide=variants,bogus&lock=explorer,thr"))
        .await;
    let notice = b
        .client
        .find(Locator::Css("[data-testid='notice']"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        notice.contains("hide=“bogus”") && notice.contains("lock=“explorer”"),
        "{notice}"
    );
    assert!(!exists(&b, "variants").await);
    assert!(disabled(&b, "threshold").await);
    assert!(b.errors().await.is_empty());
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_exercise_dialog_builds_a_working_link_and_snippet() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?pt=0.7")).await;
    click(&b, "exercise-open").await;
    b.wait_for("[data-testid='exercise-box']", 20, "the dialog opens")
        .await;
    click(&b, "exercise-panel-lab").await;
    click(&b, "exercise-quiz-neg-share").await;
    b.js(
        "for (const [id, v] of [['gamma', 'lock'], ['pt', 'lock'], ['alpha', 'hide']]) { \
           const e = document.querySelector(`[data-testid='exercise-control-${id}']`); \
           e.value = v; e.dispatchEvent(new Event('change', { bubbles: true })); }",
        vec![],
    )
    .await;
    b.settle().await;
    let url = b
        .js(
            "return document.querySelector(\"[data-testid='exercise-url']\").value;",
            vec![],
        )
        .await
        .as_str()
        .expect("the link is shown")
        .to_owned();
    assert!(
        url.contains("pt=0.7")
            && url.contains("hide=lab,alpha")
            && url.contains("lock=gamma,pt")
            && url.contains("quiz=ce-over-fl,alpha-class,prior-bias,gamma-zero,hard-gradient,alpha-ap,fl-above-ce"),
        "{url}"
    );
    let snippet = b
        .js(
            "return document.querySelector(\"[data-testid='exercise-snippet']\").value;",
            vec![],
        )
        .await;
    let snippet = snippet.as_str().unwrap();
    assert!(
        snippet.contains("embed=explorer")
            && snippet.contains("hide=alpha&")
            && snippet.contains("lock=gamma,pt")
            && !snippet.contains("lab"),
        "the embed keeps the controls' choices, not the panels': {snippet}"
    );
    let violations = super::access::axe(&b).await;
    assert!(violations.is_empty(), "the dialog: {violations:#?}");
    click(&b, "exercise-preview").await;
    assert_eq!(
        b.attr("exercise-frame", "src").await.as_deref(),
        Some(url.as_str())
    );
    // The link works: what it hides is gone, what it locks cannot move.
    b.open(&url).await;
    assert!(!exists(&b, "lab").await && !exists(&b, "alpha").await);
    assert!(disabled(&b, "gamma").await && disabled(&b, "pt").await);
    assert!(exists(&b, "imbalance").await && !exists(&b, "quiz-neg-share").await);
    assert_eq!(b.attr("pt", "data-value").await.as_deref(), Some("0.7"));
    assert!(b.errors().await.is_empty());
    // So does the snippet's: the embedded Explorer with α hidden and γ, p_t locked.
    let src = snippet.split('"').nth(1).unwrap().replace("&amp;", "&");
    b.open_any(&src).await;
    b.wait_for(
        "[data-testid='fl'][data-value]",
        20,
        "the embedded Explorer",
    )
    .await;
    assert!(!exists(&b, "alpha").await);
    assert!(disabled(&b, "gamma").await && disabled(&b, "pt").await);
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn presenter_mode_is_large_and_its_arrow_keys_step_through_the_presets() {
    let server = Server::start();
    let b = Browser::start(1.0, 1920, 1080).await;
    b.open(&server.url("?present=1")).await;
    b.wait_for("[data-testid='present-step']", 20, "the presenter's bar")
        .await;
    b.wait_until(
        "return getComputedStyle(document.body).fontSize === '24px';",
        vec![],
        20,
        "presenter mode's stylesheet applies",
    )
    .await;
    let (page_type, numbers) = (
        b.js(
            "return parseFloat(getComputedStyle(document.querySelector('.control label')).fontSize);",
            vec![],
        )
        .await
        .as_f64()
        .unwrap(),
        b.js(
            "return parseFloat(getComputedStyle(document.querySelector('.readout .number')).fontSize);",
            vec![],
        )
        .await
        .as_f64()
        .unwrap(),
    );
    // 1.5× the page's: labels 0.95rem of 16 px, numbers 1.3rem.
    assert!(
        page_type >= 1.5 * 0.95 * 16.0 - 0.01,
        "labels at {page_type} px"
    );
    assert!(
        numbers >= 1.5 * 1.3 * 16.0 - 0.01,
        "numbers at {numbers} px"
    );
    assert_eq!(
        b.attr("present-toggle", "aria-pressed").await.as_deref(),
        Some("true")
    );
    // → steps forward, ← back; each step applies its preset.
    press(&b, Key::Right).await;
    assert_eq!(
        b.attr("present-step", "data-value").await.as_deref(),
        Some("1")
    );
    assert_eq!(b.attr("pt", "data-value").await.as_deref(), Some("0.95"));
    press(&b, Key::Right).await;
    press(&b, Key::Right).await;
    assert_eq!(
        b.attr("present-step", "data-value").await.as_deref(),
        Some("3")
    );
    assert_eq!(b.attr("pt", "data-value").await.as_deref(), Some("0.9"));
    assert_eq!(b.attr("alpha", "data-value").await.as_deref(), Some("none"));
    press(&b, Key::Left).await;
    assert_eq!(b.attr("pt", "data-value").await.as_deref(), Some("0.3"));
    // On to the lab's first scenario: applied, and its panel brought into view.
    for _ in 0..3 {
        press(&b, Key::Right).await;
    }
    assert_eq!(
        b.attr("present-step", "data-value").await.as_deref(),
        Some("5")
    );
    assert_eq!(
        b.attr("lab-scenario", "data-value").await.as_deref(),
        Some("helps")
    );
    let top = b
        .js(
            "return document.querySelector(\"[data-testid='lab']\").getBoundingClientRect().top;",
            vec![],
        )
        .await
        .as_f64()
        .unwrap();
    assert!((-5.0..100.0).contains(&top), "the lab is at {top} px");
    // In a slider the arrows move the slider, not the presets.
    b.js(
        "document.querySelector(\"[data-testid='gamma']\").focus();",
        vec![],
    )
    .await;
    press(&b, Key::Right).await;
    assert_eq!(b.attr("gamma", "data-value").await.as_deref(), Some("2.1"));
    assert_eq!(
        b.attr("present-step", "data-value").await.as_deref(),
        Some("5")
    );
    let violations = super::access::axe(&b).await;
    assert!(violations.is_empty(), "presenter mode: {violations:#?}");
    // The header's button leaves presenter mode, and the link follows.
    click(&b, "present-toggle").await;
    b.settle().await;
    assert!(!exists(&b, "present-step").await);
    let marked = b
        .js(
            "return document.documentElement.hasAttribute('data-present');",
            vec![],
        )
        .await;
    assert_eq!(marked, json!(false));
    let url = b.client.current_url().await.unwrap().to_string();
    assert!(!url.contains("present="), "{url}");
    assert!(b.errors().await.is_empty());
    b.finish().await;
}
