//! Size, latency, drags, throughput, smoothness and memory; the runner.
mod lighthouse;
mod phone;
mod startup;
mod yours;
use lighthouse::lighthouse;
use phone::phone;
use startup::startup;
use yours::yours;

use super::support::{click, dist_dir, Browser, Server, BROTLI, FIRST_VIEW_ALONE, GZIP, PLAIN};
use focal::core::lab::Lab;
use focal::state::State;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn compressed(path: &Path, tool: &[&str]) -> Option<usize> {
    let out = Command::new(tool[0])
        .args(&tool[1..])
        .arg(path)
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout.len())
}

fn sizes() {
    println!("## 1. Transfer size (first view)\n");
    // What the page loads before the Explorer is interactive, then the later modules
    // (fetched after it); the .gz/.br side files are other encodings of the same files.
    let names: Vec<String> = std::fs::read_dir(dist_dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| !n.ends_with(".gz") && !n.ends_with(".br"))
        .collect();
    let first = |n: &str| {
        n == "index.html"
            || n == "icon.svg"
            || n == "manifest.webmanifest"
            || n == "prerender-guard.js"
            || n.starts_with("boot-")
            || n.starts_with("main-")
            || n.starts_with("focal-loss-explorer-")
            || (n.starts_with("later-") && n.ends_with(".js"))
    };
    let later = |n: &str| n.starts_with("later-") && n.ends_with(".wasm");
    for (title, pick) in [
        ("first view", &first as &dyn Fn(&str) -> bool),
        ("later modules (after the Explorer is interactive)", &later),
    ] {
        println!("{title}:\n\n| file | raw | gzip -9 | brotli -q 11 |\n|---|---:|---:|---:|");
        let mut files: Vec<&String> = names.iter().filter(|n| pick(n)).collect();
        files.sort();
        let (mut raw, mut gz, mut br) = (0, 0, 0);
        for name in files {
            let f = dist_dir().join(name);
            let r = std::fs::metadata(&f).unwrap().len() as usize;
            let g = compressed(&f, &["gzip", "-9", "-c"]).unwrap_or(0);
            let b = compressed(&f, &["brotli", "-q", "11", "-c"]);
            raw += r;
            gz += g;
            br += b.unwrap_or(0);
            println!(
                "| {name} | {r} | {g} | {} |",
                b.map_or("n/a".into(), |b| b.to_string())
            );
        }
        println!("| **total** | **{raw}** | **{gz}** | **{br}** |\n");
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// A median for a table cell: "—" where the page has no such mark (the first view alone
/// has no script, so it never becomes interactive).
fn cell(v: &[f64], decimals: usize) -> String {
    match median(v.to_vec()) {
        m if m.is_nan() => "—".to_owned(),
        m => format!("{m:.decimals$}"),
    }
}

/// The runs for a table cell, or "—" where none has the mark.
fn listed(v: &[f64]) -> String {
    if v.iter().all(|x| x.is_nan()) {
        "—".to_owned()
    } else {
        format!("{v:.0?}")
    }
}

async fn wait_done(b: &Browser, secs: u64) {
    b.wait_for(
        "[data-testid='bench'][data-state='done']",
        secs,
        "the benchmark finishes",
    )
    .await;
}

/// The builds a table measures: this one, and the baseline when `--against` built one.
fn builds<'a>(server: &'a Server, baseline: Option<&'a Server>) -> Vec<(&'static str, &'a Server)> {
    let mut builds = vec![("this build", server)];
    builds.extend(baseline.map(|b| ("baseline", b)));
    builds
}

async fn latency(server: &Server, baseline: Option<&Server>) {
    println!("## 2. Interaction latency (1,000 scripted inputs after 50 warm-up, in the page)\n");
    // With a baseline, three loads of each build, interleaved (one load says little on a
    // shared machine); the cells are the loads' medians, the last column every load's p95.
    let builds = builds(server, baseline);
    let loads = if builds.len() > 1 { 3 } else { 1 };
    println!("| panel | page | build | p50 ms | p95 ms | max ms | p95 per load |\n|---|---|---|---:|---:|---:|---|");
    for panel in ["explorer", "imbalance"] {
        // The page people open (every panel and chart on it), then the panel alone.
        for (page, query) in [
            ("full page", format!("?bench={panel}")),
            ("embed", format!("?embed={panel}&bench={panel}")),
        ] {
            let mut runs = vec![Vec::new(); builds.len()];
            for _ in 0..loads {
                for (k, (_, site)) in builds.iter().enumerate() {
                    let b = Browser::start(1.0, 1280, 1000).await;
                    b.open_any(&site.url(&query)).await;
                    wait_done(&b, 300).await;
                    runs[k].push([
                        b.value("bench-p50-ms").await,
                        b.value("bench-p95-ms").await,
                        b.value("bench-max-ms").await,
                    ]);
                    b.finish().await;
                }
            }
            for ((name, _), runs) in builds.iter().zip(&runs) {
                let column = |i: usize| runs.iter().map(|r| r[i]).collect::<Vec<f64>>();
                println!(
                    "| {panel} | {page} | {name} | {} | {} | {} | {:.3?} |",
                    cell(&column(0), 3),
                    cell(&column(1), 3),
                    cell(&column(2), 3),
                    column(1)
                );
            }
        }
    }
    println!();
}

/// Moves a slider as a dragging finger does: one `input` event in every animation frame
/// for 180 frames. Returns the frame times and the long tasks' durations.
const DRAG: &str = "const done = arguments[arguments.length - 1];
    const el = document.querySelector(`[data-testid='${arguments[0]}']`);
    // The reader sees what they drag (a panel out of view follows only when input pauses).
    el.scrollIntoView({ block: 'center' });
    const lo = Number(el.min), hi = Number(el.max);
    const frames = [], long = [];
    const obs = new PerformanceObserver(l => l.getEntries().forEach(e => long.push(e.duration)));
    let i = -3, last = 0;
    const tick = t => {
      // Three frames to scroll and let the panel catch up, outside the measurement.
      if (i < 0) { if (++i === 0) obs.observe({ type: 'longtask' }); requestAnimationFrame(tick); return; }
      if (i > 0) frames.push(t - last);
      last = t;
      if (i++ === 180) { obs.disconnect(); done([frames, long]); return; }
      el.value = String(lo + (hi - lo) * (0.5 + 0.45 * Math.sin(i / 15)));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);";

/// Drags the slider with this test id ([`DRAG`]); the table cells: p50 and p95 frame
/// intervals, late frames (> 20 ms) of all, long tasks.
pub(crate) async fn dragged(b: &Browser, slider: &str) -> String {
    let out = b
        .client
        .execute_async(DRAG, vec![serde_json::json!(slider)])
        .await
        .expect("drag");
    let mut f: Vec<f64> = out[0]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_f64())
        .collect();
    let long = out[1].as_array().map_or(0, |a| a.len());
    f.sort_by(f64::total_cmp);
    let late = f.iter().filter(|d| **d > 20.0).count();
    format!(
        "{:.1} | {:.1} | {late} of {} | {long}",
        f[f.len() / 2],
        f[((f.len() - 1) as f64 * 0.95).round() as usize],
        f.len()
    )
}

async fn drag(server: &Server, baseline: Option<&Server>) {
    println!("## 2b. Dragging a slider at 60 Hz (an input event every frame, 180 frames)\n");
    println!("| slider | page | build | p50 frame ms | p95 frame ms | late frames (> 20 ms) | long tasks (> 50 ms) |\n|---|---|---|---:|---:|---:|---:|");
    for (slider, embed) in [
        ("gamma", "explorer"),
        ("pt", "explorer"),
        ("ratio", "imbalance"),
    ] {
        for (page, query) in [
            ("full page", String::new()),
            ("embed", format!("?embed={embed}")),
        ] {
            for (name, site) in builds(server, baseline) {
                let b = Browser::start(1.0, 1280, 1000).await;
                b.open_any(&site.url(&query)).await;
                b.wait_for(&format!("[data-testid='{slider}']"), 20, "the slider")
                    .await;
                // The page built and drew everything it builds at start-up.
                tokio::time::sleep(Duration::from_secs(2)).await;
                println!(
                    "| {slider} | {page} | {name} | {} |",
                    dragged(&b, slider).await
                );
                b.finish().await;
            }
        }
    }
    println!();
}

fn native_epochs_per_second() -> f64 {
    let s = State::default();
    let mut configs = s.lab_configs();
    configs[0] = configs[1];
    let mut lab = Lab::new(s.lab_spec(), configs);
    lab.runs[1].train_epoch(&lab.train);
    lab.runs[1].train_epoch(&lab.train);
    let epochs = 30;
    let t0 = Instant::now();
    for _ in 0..epochs {
        lab.runs[1].train_epoch(&lab.train);
    }
    epochs as f64 / t0.elapsed().as_secs_f64()
}

async fn throughput(server: &Server) {
    println!(
        "## 3. Training throughput (full batch, 100,100 points, quadratic features, focal loss)\n"
    );
    let mut wasm = Vec::new();
    let mut native = Vec::new();
    for _ in 0..3 {
        let b = Browser::start(1.0, 1280, 1000).await;
        b.open_any(&server.url("?embed=code&bench=train")).await;
        wait_done(&b, 300).await;
        wasm.push(b.value("bench-epochs-per-s").await);
        b.finish().await;
        native.push(native_epochs_per_second());
    }
    let (w, n) = (median(wasm.clone()), median(native.clone()));
    println!("| where | epochs/s (median of 3) | runs |\n|---|---:|---|");
    println!("| wasm (Chromium) | {w:.1} | {wasm:.1?} |");
    println!("| native (same core, release) | {n:.1} | {native:.1?} |");
    println!("\nwasm / native = **{:.2}**\n", w / n);
}

const FRAME_RECORDER: &str = "window.__frames = []; window.__long = []; let last = performance.now(); \
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' }); \
    const tick = t => { window.__frames.push(t - last); last = t; if (window.__recording) requestAnimationFrame(tick); }; \
    window.__recording = true; requestAnimationFrame(tick);";

async fn smoothness(server: &Server) {
    println!("## 4. Smoothness while both runs train at the default speed (10 s)\n");
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("")).await;
    // Start-up (the panels below the Explorer, the lab's data) is target 5's business:
    // record once the lab exists and the page has settled.
    b.wait_for("[data-testid='epoch'][data-value]", 20, "the lab is built")
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    b.js(FRAME_RECORDER, vec![]).await;
    click(&b, "lab-play").await;
    tokio::time::sleep(Duration::from_secs(10)).await;
    let frames = b
        .js(
            "window.__recording = false; return window.__frames;",
            vec![],
        )
        .await;
    let epoch = b.value("epoch").await;
    let mut f: Vec<f64> = frames
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    f.remove(0);
    f.sort_by(f64::total_cmp);
    let p95 = f[((f.len() - 1) as f64 * 0.95).round() as usize];
    let long = f.iter().filter(|d| **d > 50.0).count();
    // A frame "late" took longer than one refresh interval plus timer jitter.
    let late = f.iter().filter(|d| **d > 17.5).count();
    let tasks = b.js("return window.__long;", vec![]).await;
    let tasks: Vec<f64> = tasks
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_f64()).collect())
        .unwrap_or_default();
    let longest = tasks.iter().copied().fold(0.0, f64::max);
    println!("| frames | p50 ms | p95 ms | max ms | frames over 17.5 ms | frames over 50 ms | long tasks (> 50 ms) | longest task ms | epochs trained |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {} | {:.1} | {p95:.1} | {:.1} | {late} | {long} | {} | {longest:.0} | {epoch} |\n",
        f.len(),
        f[f.len() / 2],
        f.last().unwrap(),
        tasks.len()
    );
    b.finish().await;
}

async fn memory(server: &Server) {
    println!(
        "## 6. Memory over a long session (1:100 data so 10,000 epochs take seconds, speed 50)\n"
    );
    let b = Browser::start_with(
        1.0,
        1280,
        1000,
        &["--enable-precise-memory-info", "--js-flags=--expose-gc"],
    )
    .await;
    b.open(&server.url("?bench=memory&lratio=100&speed=50"))
        .await;
    let inputs = |n: usize| {
        format!(
            "const g = document.querySelector('[data-testid=gamma]'); for (let i = 0; i < {n}; i++) {{ g.value = String((i % 100) / 10); g.dispatchEvent(new Event('input')); }} return true;"
        )
    };
    b.js(&inputs(100), vec![]).await;
    train_until(&b, 100.0).await;
    let first = sample(&b).await;
    b.js(&inputs(10_000), vec![]).await;
    train_until(&b, 10_000.0).await;
    let last = sample(&b).await;
    println!("| after | wasm memory | JS heap |\n|---|---:|---:|");
    println!("| 100 inputs + 100 epochs | {} | {} |", first.0, first.1);
    println!(
        "| 10,000 inputs + 10,000 epochs | {} | {} |",
        last.0, last.1
    );
    println!(
        "| growth | {:+.1} % | {:+.1} % |\n",
        100.0 * (last.0 / first.0 - 1.0),
        100.0 * (last.1 / first.1 - 1.0)
    );
    b.finish().await;
}

async fn sample(b: &Browser) -> (f64, f64) {
    b.settle().await;
    let _ = b.js("if (window.gc) gc(); return true;", vec![]).await;
    b.settle().await;
    let heap = b
        .js("return performance.memory.usedJSHeapSize;", vec![])
        .await;
    (
        b.value("wasm-memory-bytes").await,
        heap.as_f64().unwrap_or(0.0),
    )
}

async fn train_until(b: &Browser, epochs: f64) {
    click(b, "lab-play").await;
    let t0 = Instant::now();
    while b.value("epoch").await < epochs && t0.elapsed() < Duration::from_secs(600) {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    click(b, "lab-play").await;
}

#[tokio::main]
pub async fn main() {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let wants = |name: &str| only.is_empty() || only.iter().any(|o| o == name);
    println!(
        "Machine: {} cores; {}\n",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        String::from_utf8_lossy(
            &Command::new("chromium")
                .arg("--version")
                .output()
                .map(|o| o.stdout)
                .unwrap_or_default()
        )
        .trim()
    );
    if wants("size") {
        sizes();
    }
    let server = Server::start();
    // `FOCAL_BASELINE_DIST=<folder with another build>`: latency, drags, start-up and phone
    // measure it too, interleaved with this build (scripts/bench --against <revision> builds one).
    let baseline = std::env::var_os("FOCAL_BASELINE_DIST").map(|d| Server::start_in(d.into()));
    // `FOCAL_OTHER_SITE=<folder with another static site>`: the phone and Lighthouse
    // measure it too, in the same runs (BENCHMARKS.md names the site and how it was built).
    let other = std::env::var_os("FOCAL_OTHER_SITE").map(|d| Server::start_in(d.into()));
    if wants("latency") {
        latency(&server, baseline.as_ref()).await;
    }
    if wants("drag") {
        drag(&server, baseline.as_ref()).await;
    }
    if wants("train") {
        throughput(&server).await;
    }
    if wants("smooth") {
        smoothness(&server).await;
    }
    if wants("startup") {
        startup(&server, baseline.as_ref()).await;
    }
    if wants("phone") {
        phone(&server, baseline.as_ref(), other.as_ref()).await;
    }
    if wants("memory") {
        memory(&server).await;
    }
    if wants("yours") {
        yours(&server).await;
    }
    if wants("lighthouse") {
        lighthouse(&server, other.as_ref());
    }
}
