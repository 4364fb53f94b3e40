//! The phone: start-up, and what the main thread does after the Explorer is live.

use super::startup::startup_marks;
use super::*;

/// What a page of the phone's table is.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// Painted, never interactive: the floor and the first view alone.
    Static,
    /// The app (or its baseline): start-up marks, long tasks and γ inputs sent as `input`
    /// events from a timer.
    App,
    /// The app, with real key presses on the γ slider instead (`press_keys`).
    Keys,
    /// Another site: its paint and its long tasks.
    Other,
}

/// Records the long tasks and the γ inputs' delays of one load (`phone_probe.js` says how).
const PROBE: &str = include_str!("phone_probe.js");

/// What the probe saw of one load, read 12 s after navigation.
#[derive(Clone, Copy)]
struct AfterLive {
    /// Total blocking time from navigation to 12 s: each long task's time beyond 50 ms.
    blocking: f64,
    /// The longest task that began after `focal-interactive`.
    longest: f64,
    /// The γ inputs' delays to the end of the next frame: the median and the worst.
    median_input: f64,
    worst_input: f64,
    inputs: usize,
}

/// The key presses of one load: from `focal-interactive` + 100 ms, every 100 ms for 4 s,
/// ArrowRight and ArrowLeft in turn on the focused γ slider, through DevTools' input
/// pipeline (as a keyboard's arrive, with input's priority in the browser's scheduler).
const PRESSES: u32 = 40;

async fn press_keys(b: &Browser, interactive: f64) {
    let now = b
        .js("return performance.now()", vec![])
        .await
        .as_f64()
        .unwrap_or(interactive);
    b.js(
        "document.querySelector('[data-testid=gamma]').focus({ preventScroll: true });",
        vec![],
    )
    .await;
    let start = Instant::now() - Duration::from_secs_f64(((now - interactive) / 1000.0).max(0.0));
    for k in 1..=PRESSES {
        let due = start + Duration::from_millis(100 * k as u64);
        tokio::time::sleep_until(due.into()).await;
        let (key, code) = if k % 2 == 1 {
            ("ArrowRight", 39)
        } else {
            ("ArrowLeft", 37)
        };
        for kind in ["keyDown", "keyUp"] {
            b.cdp(
                "Input.dispatchKeyEvent",
                serde_json::json!({ "type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code }),
            )
            .await;
        }
    }
}

async fn after_live(b: &Browser, keys: bool) -> Option<AfterLive> {
    // The probe's figures are complete 12 s after navigation (its inputs end 4 s after
    // `focal-interactive`, which comes before 3 s).
    let start = Instant::now();
    while b.js("return performance.now()", vec![]).await.as_f64()? < 12_000.0 {
        if start.elapsed() > Duration::from_secs(60) {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let p = b.js("return window.__probe", vec![]).await;
    // The other site has no `focal-interactive`: its long tasks are all counted, and it
    // gets no inputs.
    let interactive = p["interactive"].as_f64().unwrap_or(f64::NAN);
    let tasks: Vec<(f64, f64)> = p["tasks"]
        .as_array()?
        .iter()
        .filter_map(|t| Some((t[0].as_f64()?, t[1].as_f64()?)))
        .filter(|(start, _)| *start < 12_000.0)
        .collect();
    let mut delays: Vec<f64> = p["delays"]
        .as_array()?
        .iter()
        .filter_map(|d| d.as_f64())
        .collect();
    // Key presses: each interaction's longest event, from its arrival to the next frame
    // (Event Timing reports only those of 16 ms or more: the others count as 16).
    let mut interactions = std::collections::BTreeMap::<u64, f64>::new();
    for e in p["events"].as_array()? {
        let (Some(id), Some(d)) = (e[0].as_u64(), e[1].as_f64()) else {
            continue;
        };
        let slot = interactions.entry(id).or_insert(0.0);
        *slot = slot.max(d);
    }
    if keys {
        delays = interactions.into_values().collect();
        delays.resize(delays.len().max(PRESSES as usize), 16.0);
    }
    Some(AfterLive {
        blocking: tasks.iter().map(|(_, d)| (d - 50.0).max(0.0)).sum(),
        longest: tasks
            .iter()
            .filter(|(s, _)| *s >= interactive)
            .map(|(_, d)| *d)
            .fold(0.0, f64::max),
        median_input: if delays.is_empty() {
            f64::NAN
        } else {
            median(delays.clone())
        },
        worst_input: delays.iter().copied().fold(f64::NAN, f64::max),
        inputs: delays.len(),
    })
}

/// The phone a student opens a course link on: Lighthouse's mobile profile (150 ms round
/// trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×) through DevTools, a 412 px
/// screen, a gzip-serving static server, a fresh browser per run (running 2 s first),
/// interleaved with the floor page.
pub(super) async fn phone(server: &Server, baseline: Option<&Server>, other: Option<&Server>) {
    println!("## 5b. On a phone: Lighthouse's mobile profile, served with gzip\n");
    // The target is read with gzip, as a host compresses on the fly; the last row is
    // the same site from its brotli side files (a host that serves precompressed files).
    let mut pages = vec![
        (
            "floor: one line, one module script",
            server,
            format!("{GZIP}__floor.html"),
            Kind::Static,
        ),
        (
            "the first view alone (its HTML and stylesheet, no script)",
            server,
            format!("{GZIP}{FIRST_VIEW_ALONE}"),
            Kind::Static,
        ),
        ("**the app**", server, GZIP.to_owned(), Kind::App),
        (
            "the app, real key presses on γ",
            server,
            GZIP.to_owned(),
            Kind::Keys,
        ),
        (
            "the app, from its .br side files",
            server,
            BROTLI.to_owned(),
            Kind::App,
        ),
    ];
    if let Some(b) = baseline {
        pages.push((
            "the baseline build (FOCAL_BASELINE_DIST)",
            b,
            GZIP.to_owned(),
            Kind::App,
        ));
    }
    if let Some(o) = other {
        pages.push((
            "the other site (FOCAL_OTHER_SITE)",
            o,
            GZIP.to_owned(),
            Kind::Other,
        ));
    }
    // Per run: `startup_marks`, and for the app what came after it was live.
    let mut runs: Vec<Vec<[f64; 5]>> = vec![Vec::new(); pages.len()];
    let mut lives: Vec<Vec<AfterLive>> = vec![Vec::new(); pages.len()];
    for _ in 0..5 {
        for (k, (_, site, page, kind)) in pages.iter().enumerate() {
            let b = Browser::phone(412, 823).await;
            b.client.goto("about:blank").await.expect("about:blank");
            tokio::time::sleep(Duration::from_millis(2000)).await;
            if *kind != Kind::Static {
                let keys = if *kind == Kind::Keys {
                    "window.__syntheticInputs = false;\n"
                } else {
                    ""
                };
                b.cdp(
                    "Page.addScriptToEvaluateOnNewDocument",
                    serde_json::json!({ "source": format!("{keys}{PROBE}") }),
                )
                .await;
            }
            b.cdp("Network.enable", serde_json::json!({})).await;
            b.cdp(
                "Network.emulateNetworkConditions",
                serde_json::json!({
                    "offline": false,
                    "latency": 150,
                    "downloadThroughput": 1.6e6 / 8.0,
                    "uploadThroughput": 750e3 / 8.0,
                }),
            )
            .await;
            b.cdp(
                "Emulation.setCPUThrottlingRate",
                serde_json::json!({ "rate": 4 }),
            )
            .await;
            b.client.goto(&site.url(page)).await.expect("navigate");
            let mut t = [f64::NAN; 5];
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(60) {
                if let Some(marks) =
                    startup_marks(&b, !matches!(kind, Kind::App | Kind::Keys)).await
                {
                    t = marks;
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            runs[k].push(t);
            if *kind == Kind::Keys && t[0].is_finite() {
                press_keys(&b, t[0]).await;
            }
            if *kind != Kind::Static {
                if let Some(live) = after_live(&b, *kind == Kind::Keys).await {
                    lives[k].push(live);
                }
            }
            b.finish().await;
        }
    }
    println!("| page | first contentful paint, median ms | interactive, median ms | transferred, KB | paint runs | interactive runs | mount + next frame, median ms |\n|---|---:|---:|---:|---|---|---:|");
    for ((name, ..), runs) in pages.iter().zip(&runs) {
        let paints: Vec<f64> = runs.iter().map(|r| r[1]).collect();
        let marks: Vec<f64> = runs.iter().map(|r| r[0]).collect();
        let bytes: Vec<f64> = runs.iter().map(|r| r[4] / 1000.0).collect();
        let mount: Vec<f64> = runs.iter().map(|r| r[0] - r[2]).collect();
        println!(
            "| {name} | {} | {} | {:.1} | {} | {} | {} |",
            cell(&paints, 0),
            cell(&marks, 0),
            median(bytes),
            listed(&paints),
            listed(&marks),
            cell(&mount, 0)
        );
    }
    println!("\nAfter it is live, same loads (a γ input every 100 ms from `focal-interactive` for 4 s: an `input` event sent from a timer, or a real key press measured by Event Timing; long tasks from navigation to 12 s):\n");
    println!("| page | total blocking time, median ms | longest task after interactive, median ms | γ input to next frame: median, ms | worst, median of loads, ms | worst of all loads, ms | blocking runs | longest runs | worst-input runs |\n|---|---:|---:|---:|---:|---:|---|---|---|");
    for ((name, _, _, kind), lives) in pages.iter().zip(&lives) {
        if *kind == Kind::Static || lives.is_empty() {
            continue;
        }
        let column = |f: fn(&AfterLive) -> f64| lives.iter().map(f).collect::<Vec<f64>>();
        let worst = column(|l| l.worst_input);
        println!(
            "| {name} | {} | {} | {} | {} | {:.0} | {} | {} | {} |",
            cell(&column(|l| l.blocking), 0),
            cell(&column(|l| l.longest), 0),
            cell(&column(|l| l.median_input), 0),
            cell(&worst, 0),
            worst.iter().copied().fold(f64::NAN, f64::max),
            listed(&column(|l| l.blocking)),
            listed(&column(|l| l.longest)),
            listed(&worst),
        );
        let counted: Vec<usize> = lives.iter().map(|l| l.inputs).collect();
        if *kind == Kind::App && counted.iter().any(|&n| n < PRESSES as usize) {
            println!("| (inputs answered per load: {counted:?} of {PRESSES}) | | | | | | | | |");
        }
    }
    println!();
}
