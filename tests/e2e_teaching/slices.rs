use super::*;
use focal::state::{Choice, Panel};

/// Records which task inserted each panel and each of the parts that panels build in
/// pieces of their own: a MutationObserver, installed before the page's scripts, reads the
/// page's piece count (`data-pieces`, counted at the start of every piece's task) when the
/// nodes arrive. Nodes inserted in one task share one count.
const RECORDER: &str = "window.__inserted = []; \
    new MutationObserver(records => { \
      const piece = Number(document.documentElement.dataset.pieces || 0); \
      for (const r of records) for (const n of r.addedNodes) { \
        if (n.nodeType !== 1) continue; \
        const hits = [n, ...n.querySelectorAll('section.panel, .results, .charts, .lab-grid, .confusions, figure.chart')]; \
        for (const e of hits) { \
          if (!e.matches('section.panel, .results, .charts, .lab-grid, .confusions, figure.chart') || e.closest('#prerendered')) continue; \
          const panel = e.closest('section.panel'); \
          window.__inserted.push([panel ? panel.dataset.testid : '?', e === panel ? 'panel' : e.className || e.tagName, piece]); \
        } \
      } \
    }).observe(document, { childList: true, subtree: true });";

/// After the Explorer is live the rest of the page is built a piece per task: each later
/// panel in a task of its own, and the large panels' parts in further tasks, so no task
/// holds up input for long (BENCHMARKS.md, the phone's long tasks).
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_later_panels_are_built_a_piece_per_task() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": RECORDER }),
    )
    .await;
    b.open(&server.url("")).await;
    b.settle().await;
    let inserted: Vec<(String, String, u64)> = b
        .js("return window.__inserted;", vec![])
        .await
        .as_array()
        .expect("the recorder's list")
        .iter()
        .map(|e| {
            (
                e[0].as_str().unwrap().to_owned(),
                e[1].as_str().unwrap().to_owned(),
                e[2].as_u64().unwrap(),
            )
        })
        .collect();
    let piece_of = |panel: &str, part: &str| -> Vec<u64> {
        inserted
            .iter()
            .filter(|(p, what, _)| p == panel && what.split(' ').any(|w| w == part))
            .map(|(_, _, n)| *n)
            .collect()
    };
    // The Explorer comes with the mount, before any piece.
    assert_eq!(piece_of("explorer", "panel"), vec![0], "{inserted:?}");
    // Every panel below the Explorer, in page order.
    let later: Vec<&str> = Panel::ALL[2..].iter().map(|p| p.token()).collect();
    let mut tasks = Vec::new();
    for &panel in &later {
        let at = piece_of(panel, "panel");
        assert_eq!(at.len(), 1, "{panel} inserted once: {inserted:?}");
        assert!(
            at[0] > 0,
            "{panel} is built in a piece of its own: {inserted:?}"
        );
        tasks.push(at[0]);
    }
    let mut distinct = tasks.clone();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        later.len(),
        "each later panel in a task of its own, in page order: {tasks:?}"
    );
    assert!(
        tasks.windows(2).all(|w| w[0] < w[1]),
        "in page order: {tasks:?}"
    );
    // The large panels' parts come in tasks after their panel's.
    for (panel, part) in [
        ("imbalance", "results"),
        ("imbalance", "charts"),
        ("lab", "lab-grid"),
        ("lab", "charts"),
        ("lab", "confusions"),
    ] {
        let whole = piece_of(panel, "panel")[0];
        let parts = piece_of(panel, part);
        assert!(!parts.is_empty(), "{panel}'s {part}: {inserted:?}");
        assert!(
            parts.iter().all(|&p| p > whole),
            "{panel}'s {part} in a task after its panel's ({parts:?} after {whole})"
        );
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

/// The page's built panels, in page order (the pre-rendered copy left out), and whether the
/// page is at rest: nothing queued, and either every panel built or the end of the built
/// panels at least a screen below the window (closer, the next panel is built).
const AT_REST: &str = "const end = document.querySelector('.frontier'); \
    if (!end || document.documentElement.hasAttribute('data-building')) return false; \
    return !!document.querySelector(\"[data-testid='check']\") \
      || end.getBoundingClientRect().top >= 2 * window.innerHeight;";

async fn built_panels(b: &Browser) -> Vec<String> {
    b.js(
        "return [...document.querySelectorAll('section.panel')] \
           .filter(s => !s.closest('#prerendered')).map(s => s.dataset.testid);",
        vec![],
    )
    .await
    .as_array()
    .expect("the panels")
    .iter()
    .map(|p| p.as_str().unwrap().to_owned())
    .collect()
}

/// A reader who stays with the Explorer costs the phone nothing more: the panels below are
/// built as the end of the built page comes within a screen of the window. Scrolled down a
/// screen at a time, the page is always built ahead of the reader, in page order.
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_panels_below_are_built_as_the_reader_nears_them() {
    let server = Server::start();
    let b = Browser::phone(412, 823).await;
    b.client.goto(&server.url("")).await.unwrap();
    b.wait_for("[data-testid='fl'][data-value]", 20, "the Explorer")
        .await;
    b.wait_until(AT_REST, vec![], 20, "the page at rest at its top")
        .await;
    let order: Vec<&str> = Panel::ALL[1..].iter().map(|p| p.token()).collect();
    let at_top = built_panels(&b).await;
    assert!(
        at_top.len() < order.len() - 2,
        "at the top, the panels far below are not built: {at_top:?}"
    );
    let mut steps = 0;
    while built_panels(&b).await.len() < order.len() {
        steps += 1;
        assert!(steps < 100, "the page never completes while scrolled");
        b.js("window.scrollBy(0, window.innerHeight);", vec![])
            .await;
        b.wait_until(AT_REST, vec![], 20, "the page built ahead of the reader")
            .await;
        let built = built_panels(&b).await;
        assert_eq!(
            built[..],
            order[..built.len()],
            "built in page order: {built:?}"
        );
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

/// A link to a panel that is not built yet, followed after the page has loaded (the
/// address bar's fragment changed), builds the page down to it and lands on it.
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn a_fragment_set_later_builds_the_page_down_to_it_and_lands_on_it() {
    let server = Server::start();
    let b = Browser::phone(412, 823).await;
    b.client.goto(&server.url("")).await.unwrap();
    b.wait_until(AT_REST, vec![], 20, "the page at rest at its top")
        .await;
    assert!(
        !built_panels(&b).await.iter().any(|p| p == "lab"),
        "the lab is not built at the top"
    );
    b.js("location.hash = '#lab-title';", vec![]).await;
    b.assert_landed_on("lab-title").await;
    assert_clean(&b, &server).await;
    b.finish().await;
}
