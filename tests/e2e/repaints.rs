use super::*;

/// Every chart on the full page, by its `paints-<id>` counter.
const CHARTS: [&str; 17] = [
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
    "yours-pt",
    "yours-shares",
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
                // Its marker: the curves span every γ.
                "yours-shares",
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
    // Not `open()`: it scrolls the page to its end to build it, and a chart scrolled past draws
    // (whether the variants chart does depends on how many frames the window spent near it).
    // `bench=` builds the whole page at once, so nothing needs scrolling.
    b.client
        .goto(&server.url("?bench=paints&lratio=100"))
        .await
        .unwrap();
    b.wait_for("[data-testid='check']", 20, "the whole page is built")
        .await;
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
