//! "Your predictions" with a million rows: loading and summarising a file (time, long tasks,
//! memory), then dragging γ over it.

use super::super::support::{Browser, Server};
use super::dragged;
use focal::core::yours::sample;
use std::time::Duration;

/// Records, from the file input's `change` event, every long task and when the panel shows
/// the million rows with nothing left to read (its readouts drawn: the frame after).
const WATCH: &str = "window.__load = { long: [] };
    new PerformanceObserver(l => l.getEntries().forEach(e => { if (window.__load.start) window.__load.long.push(e.duration); }))
      .observe({ type: 'longtask' });
    document.querySelector(\"[data-testid='yours-file']\").addEventListener('change', () => {
      window.__load.start = performance.now();
      const poll = () => {
        const rows = document.querySelector(\"[data-testid='yours-rows']\");
        const exact = document.querySelector('table.shares')?.dataset.exact === 'true';
        if (rows && rows.dataset.value === arguments[0] && exact && !document.querySelector(\"[data-testid='yours-progress']\")) {
          requestAnimationFrame(() => { window.__load.end = performance.now(); });
        } else { requestAnimationFrame(poll); }
      };
      requestAnimationFrame(poll);
    }, { capture: true });
    return true;";

async fn memory(b: &Browser) -> (f64, f64) {
    let v = b
        .js(
            "return [Number(document.querySelector(\"[data-testid='wasm-memory-bytes']\").dataset.value), performance.memory.usedJSHeapSize];",
            vec![],
        )
        .await;
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
}

pub async fn yours(server: &Server) {
    const ROWS: usize = 1_000_000;
    println!("## 7. Your predictions: a million rows\n");
    let text = sample::csv(20_261_206, ROWS);
    let path = std::env::temp_dir().join("focal-bench-million.csv");
    std::fs::write(&path, &text).unwrap();
    println!(
        "A generated file of {} rows ({:.1} MB: `anchor,class,label,logit`), picked with the file input of `?embed=yours` at 1280 × 1000; three loads, each in a fresh browser.\n",
        ROWS,
        text.len() as f64 / 1e6
    );
    println!("| load | loaded and summarised, ms | tasks > 50 ms while loading (longest) | extra wasm memory, MB | extra JS heap, MB |\n|---|---:|---:|---:|---:|");
    let mut drag_rows = Vec::new();
    for run in 1..=3 {
        let b = Browser::start_with(1.0, 1280, 1000, &["--enable-precise-memory-info"]).await;
        b.open_any(&server.url("?embed=yours&bench=memory")).await;
        b.wait_until(
            "const r = document.querySelector(\"[data-testid='yours-rows']\"); return r && r.dataset.value === String(arguments[0]);",
            vec![serde_json::json!(sample::ANCHORS)],
            30,
            "the sample is loaded",
        )
        .await;
        tokio::time::sleep(Duration::from_millis(600)).await;
        let before = memory(&b).await;
        b.js(WATCH, vec![serde_json::json!(ROWS.to_string())]).await;
        b.wait_for("[data-testid='yours-file']", 5, "the file input")
            .await
            .send_keys(path.to_str().unwrap())
            .await
            .unwrap();
        b.wait_until(
            "return window.__load.end !== undefined;",
            vec![],
            60,
            "the million rows are summarised",
        )
        .await;
        let load = b
            .js(
                "return [window.__load.end - window.__load.start, window.__load.long];",
                vec![],
            )
            .await;
        tokio::time::sleep(Duration::from_millis(600)).await;
        let after = memory(&b).await;
        let long: Vec<f64> = load[1]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_f64())
            .collect();
        let longest = long.iter().copied().fold(0.0, f64::max);
        println!(
            "| {run} | {:.0} | {} | {:.1} | {:.1} |",
            load[0].as_f64().unwrap(),
            if long.is_empty() {
                "none".to_owned()
            } else {
                format!("{} ({longest:.0} ms)", long.len())
            },
            (after.0 - before.0) / 1e6,
            (after.1 - before.1) / 1e6
        );
        // γ dragged over the million rows (the readouts estimated from the binned rows, the
        // exact sums when input pauses).
        drag_rows.push(format!("| {run} | {} |", dragged(&b, "yours-gamma").await));
        b.finish().await;
    }
    println!("\nThen γ dragged at 60 Hz over the million rows (an input event every frame, 180 frames):\n");
    println!("| load | p50 frame ms | p95 frame ms | late frames (> 20 ms) | long tasks (> 50 ms) |\n|---|---:|---:|---:|---:|");
    for r in drag_rows {
        println!("{r}");
    }
    println!();
    let _ = std::fs::remove_file(path);
}
