//! Start-up, unthrottled, interleaved with the floor page and a baseline.

use super::*;

/// One load's start-up, as the page recorded it: interactive (`focal-interactive`, the
/// first animation frame after mounting), first contentful paint, the mount's start
/// (`focal-mount`, App begins: the wasm has arrived, compiled and started), the first
/// wasm module's response end, and the bytes transferred. `None` until the page has
/// painted and (unless `no_script`: the first view alone never mounts) is interactive.
pub(super) async fn startup_marks(b: &Browser, no_script: bool) -> Option<[f64; 5]> {
    let v = b
        .js(
            "const at = n => { const e = performance.getEntriesByName(n)[0]; return e ? e.startTime : null; }; \
             const i = at('focal-interactive'), p = at('first-contentful-paint'); \
             const loads = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')); \
             const wasm = loads.find(e => e.name.endsWith('_bg.wasm')); \
             const bytes = loads.reduce((n, e) => n + (e.transferSize || 0), 0); \
             return ((i !== null || arguments[0]) && p !== null) ? [i, p, at('focal-mount'), wasm ? wasm.responseEnd : null, bytes] : null;",
            vec![serde_json::json!(no_script)],
        )
        .await;
    let a = v.as_array()?;
    Some(std::array::from_fn(|i| a[i].as_f64().unwrap_or(f64::NAN)))
}

pub(super) async fn startup(server: &Server, baseline: Option<&Server>) {
    println!(
        "## 5. Start-up: navigation to the first interactive frame (cold cache, fresh profile)\n"
    );
    // A browser that has just been launched is still starting its own UI (the omnibox
    // WebUI, among others) on the same two cores for about a second; a reader's browser
    // is already running. So the target reads a browser that has run for 2 s; the
    // just-launched one is measured beside it, and so
    // is the floor: a page of one line and one module script, which shows how busy the
    // machine is. All three interleaved, the site as built (no test capture script).
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Floor,
        // The page's HTML and stylesheet without its scripts: what the first view costs
        // to paint without any of the app's code. Its first paint is the header; the
        // pre-rendered Explorer follows 50 ms later (prerender-late in style/main.css).
        FirstView,
        Settled,
        Launched,
        // Another build (FOCAL_BASELINE_DIST), in the same runs: on a busy machine only a
        // side-by-side comparison says what a change did.
        Baseline,
    }
    let mut kinds = vec![Kind::Floor, Kind::FirstView, Kind::Settled, Kind::Launched];
    if baseline.is_some() {
        kinds.push(Kind::Baseline);
    }
    // Per run: `startup_marks`.
    let mut runs: Vec<Vec<[f64; 5]>> = vec![Vec::new(); kinds.len()];
    for _ in 0..7 {
        for (k, kind) in kinds.iter().enumerate() {
            let b = Browser::start(1.0, 1280, 1000).await;
            if *kind != Kind::Launched {
                b.client.goto("about:blank").await.expect("about:blank");
                tokio::time::sleep(std::time::Duration::from_millis(2000)).await;
            }
            let page = match kind {
                Kind::Floor => "__floor.html",
                Kind::FirstView => FIRST_VIEW_ALONE,
                _ => "",
            };
            let site = match (*kind, baseline) {
                (Kind::Baseline, Some(other)) => other,
                _ => server,
            };
            b.client
                .goto(&site.url(&format!("{PLAIN}{page}")))
                .await
                .expect("navigate");
            let mut t = [f64::NAN; 5];
            for _ in 0..500 {
                if let Some(marks) = startup_marks(&b, *kind == Kind::FirstView).await {
                    t = marks;
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
            runs[k].push(t);
            b.finish().await;
        }
    }
    println!("| page, browser | interactive, median ms | first contentful paint, median ms | interactive runs | paint runs |\n|---|---:|---:|---|---|");
    let names = [
        "floor: one line, one module script; running 2 s",
        "the first view alone (its HTML and stylesheet, no script); running 2 s",
        "**the app; running 2 s (the target)**",
        "the app; just launched",
        "the baseline build (FOCAL_BASELINE_DIST); running 2 s",
    ];
    for (name, runs) in names.iter().zip(&runs) {
        let marks: Vec<f64> = runs.iter().map(|r| r[0]).collect();
        let paints: Vec<f64> = runs.iter().map(|r| r[1]).collect();
        println!(
            "| {name} | {} | {} | {} | {} |",
            cell(&marks, 1),
            cell(&paints, 1),
            listed(&marks),
            listed(&paints)
        );
    }
    // Where the app's time goes, in the same runs: what the network and compiler give
    // it (the first module in, the mount begins) and what its own code costs (the mount
    // and the frame after it, to the interactive mark).
    println!("\n| the app's start-up, same runs | first module in, median ms | mount begins, median ms | mount + next frame, median ms | mount + next frame, runs |\n|---|---:|---:|---:|---|");
    for ((name, kind), runs) in names.iter().zip(&kinds).zip(&runs) {
        if matches!(kind, Kind::Floor | Kind::FirstView) {
            continue;
        }
        let column = |i: usize| runs.iter().map(|r| r[i]).collect::<Vec<f64>>();
        let mount: Vec<f64> = runs.iter().map(|r| r[0] - r[2]).collect();
        println!(
            "| {name} | {} | {} | {} | {} |",
            cell(&column(3), 1),
            cell(&column(2), 1),
            cell(&mount, 1),
            listed(&mount)
        );
    }
    println!();
}
