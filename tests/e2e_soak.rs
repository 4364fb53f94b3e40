//! Soak and resilience, end to end: ≥ 2,000 seeded random interactions across every panel,
//! hostile URLs in a real browser, and the panic banner. Needs `scripts/build`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::json;
use support::{click, Browser, Server};

/// Performs `count` random interactions with a seeded generator (mulberry32): moves
/// sliders, types good and bad numbers, picks options, ticks boxes, presses buttons.
const MONKEY: &str = r#"
const [seed, count] = [arguments[0], arguments[1]];
let a = seed >>> 0;
const rand = () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; };
const pick = xs => xs[Math.floor(rand() * xs.length)];
const junk = ['', '-', 'abc', '1e999', 'NaN', '-5', '0.5', '3', '1e-9', '99999', '2.25', ' 7 '];
const log = {};
for (let i = 0; i < count; i++) {
  const all = [...document.querySelectorAll('input, select, button')].filter(e => !e.disabled && e.offsetParent !== null);
  const e = pick(all);
  if (!e) continue;
  const what = e.tagName + ':' + (e.type || '');
  log[what] = (log[what] || 0) + 1;
  if (e.type === 'range') {
    const [lo, hi] = [parseFloat(e.min), parseFloat(e.max)];
    e.value = String(lo + rand() * (hi - lo));
    e.dispatchEvent(new Event('input', { bubbles: true }));
  } else if (e.type === 'number' || e.type === 'text') {
    if (e.readOnly) continue;
    e.value = pick(junk);
    e.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (e.type === 'checkbox') {
    e.click();
  } else if (e.tagName === 'SELECT') {
    e.selectedIndex = Math.floor(rand() * e.options.length);
    e.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    e.click();
  }
}
return log;
"#;

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn two_thousand_random_interactions_leave_a_working_page() {
    let seed: u32 = std::env::var("FOCAL_SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_127);
    println!("soak seed {seed} (set FOCAL_SOAK_SEED to replay)");
    let server = Server::start();
    // Small lab data so the lab's buttons train quickly.
    let b = Browser::start(1.0, 1280, 900).await;
    b.open(&server.url("?lratio=20&npos=20&bench=memory")).await;
    let mut done = 0;
    let sizes = [(1280, 900), (360, 740), (800, 600), (1600, 1000)];
    let embeds = [
        "explorer",
        "imbalance",
        "calculators",
        "variants",
        "multiclass",
        "lab",
        "yours",
        "code",
        "check",
    ];
    let mut round = 0usize;
    let mut largest_memory = 0f64;
    while done < 2_000 {
        let batch = 100;
        let log = b
            .client
            .execute(
                MONKEY,
                vec![json!(seed.wrapping_add(round as u32)), json!(batch)],
            )
            .await
            .expect("the page answers");
        assert!(log.is_object());
        done += batch;
        round += 1;
        // Check the page this batch ran on, before anything reloads it: no errors, no NaN
        // on screen, wasm memory in bounds.
        b.settle().await;
        let errors = b.errors().await;
        assert!(
            errors.is_empty(),
            "after {done} interactions (seed {seed}): {:?}",
            &errors[..errors.len().min(5)]
        );
        let nan = b
            // (A problem message quotes what was typed, "“NaN” is not a number": only the
            // page's own text counts, so those are hidden while it is read.)
            .js(
                "const quoted = [...document.querySelectorAll('.problem:not([hidden])')]; \
                 quoted.forEach(e => e.hidden = true); \
                 const nan = document.body.innerText.includes('NaN'); \
                 quoted.forEach(e => e.hidden = false); return nan;",
                vec![],
            )
            .await;
        assert_eq!(
            nan,
            json!(false),
            "NaN on screen after {done} interactions (seed {seed})"
        );
        b.wait_until(
            "return !!document.querySelector('[data-testid=wasm-memory-bytes][data-value]');",
            vec![],
            20,
            "the memory readout is on the page",
        )
        .await;
        let memory = b.value("wasm-memory-bytes").await;
        assert!(
            memory > 0.0 && memory < 256.0 * 1024.0 * 1024.0,
            "wasm memory {memory} bytes after {done} interactions (seed {seed})"
        );
        largest_memory = largest_memory.max(memory);
        // Between batches: resize, switch theme by URL, or visit an embed. The next batch
        // runs on that page, and its errors (the load's too) are read after it.
        match round % 5 {
            1 => {
                let (w, h) = sizes[round % sizes.len()];
                b.client.set_window_size(w, h).await.unwrap();
            }
            3 => {
                let panel = embeds[round % embeds.len()];
                b.open_any(&server.url(&format!(
                    "?embed={panel}&theme=dark&lratio=20&npos=20&bench=memory"
                )))
                .await;
            }
            4 => {
                b.open(&server.url("?lratio=20&npos=20&bench=memory&theme=light"))
                    .await
            }
            _ => {}
        }
    }
    // Still responsive: the Explorer answers a click.
    b.open(&server.url("?lratio=20&npos=20&bench=memory")).await;
    let before = b.value("fl").await;
    click(&b, "example-hard").await;
    b.settle().await;
    assert_ne!(b.value("fl").await, before);
    println!("largest wasm memory seen: {largest_memory} bytes");
    let misses = server.misses.lock().unwrap().clone();
    assert!(misses.is_empty(), "{misses:?}");
    println!("{done} interactions, seed {seed}: no errors");
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_worst_urls_show_a_notice_and_a_working_page() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 900).await;
    let long = "9".repeat(20_000);
    let worst = [
        "?gamma=NaN&alpha=inf&pt=-inf".to_owned(),
        "?gamma=1e999&pt=1e-999&y=%FF%FE".to_owned(),
        format!("?gamma={long}"),
        "?gamma=1&gamma=2&gamma=3&alpha=none&alpha=0.5".to_owned(),
        "?alpha=%4E%4F%4E%45%00&pt=%zz".to_owned(),
        "?counts=1&mclogits=1,2,3,4,5,6,7&mct=99".to_owned(),
        "?mclogits=abc,def,ghi&mcalpha=-1,-2,-3".to_owned(),
        "?ratio=0&neg=2&pos=-1&spread=1e308".to_owned(),
        "?lratio=1e9&npos=0&hard=5&lr=1e308&epochs=-3".to_owned(),
        "?embed=nonsense&theme=🌈&bench=maybe".to_owned(),
        "?y=2&shape=triangle&opt=adam&aloss=mse".to_owned(),
        "?%3Cscript%3E=1&gamma=%3Cb%3E2%3C/b%3E".to_owned(),
    ];
    for q in &worst {
        b.open(&server.url(q)).await;
        let notice = b.attr("notice", "role").await;
        assert_eq!(
            notice.as_deref(),
            Some("status"),
            "{q}: the notice says what changed"
        );
        for id in ["ce", "fl", "grad-fl", "neg-share-ce", "mc-fl"] {
            assert!(b.value(id).await.is_finite(), "{q}: {id}");
        }
        // The page works: a control still changes a readout.
        let before = b.value("pt").await;
        click(&b, "example-easy").await;
        b.settle().await;
        assert!(before == 0.95 || b.value("pt").await == 0.95, "{q}");
        let errors = b.errors().await;
        assert!(errors.is_empty(), "{q}: {errors:?}");
    }
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn a_panic_shows_a_banner_that_keeps_the_link() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 900).await;
    b.client
        .goto(&server.url("?gamma=3&debug=panic"))
        .await
        .unwrap();
    let banner = b
        .wait_for(
            "[data-testid='panic-banner']",
            20,
            "a banner instead of a frozen page",
        )
        .await;
    let text = banner.text().await.unwrap();
    assert!(text.starts_with("Something went wrong"), "{text}");
    let href = b.attr("panic-reload", "href").await.unwrap();
    assert!(href.contains("gamma=3"), "the permalink is kept: {href}");
    let errors = b.errors().await;
    assert!(
        errors.iter().any(|e| e.contains("panic requested")),
        "{errors:?}"
    );
    b.finish().await;
}
