//! Lighthouse, as a reviewer runs it: its mobile preset (simulated throttling), on the
//! built site served with gzip from a sub-path, three runs each, interleaved with another
//! site when one is given (`FOCAL_OTHER_SITE`).

use super::*;

/// Lighthouse's command line, installed by `scripts/bench lighthouse` at the version pinned
/// in scripts/lighthouse/package.json.
fn cli() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scripts/lighthouse/node_modules/lighthouse/cli/index.js")
}

/// The scores (0–100) and metrics (ms; layout shift unitless) of one run.
const CATEGORIES: [&str; 4] = ["performance", "accessibility", "best-practices", "seo"];
const METRICS: [(&str, &str); 6] = [
    ("first-contentful-paint", "FCP, ms"),
    ("largest-contentful-paint", "LCP, ms"),
    ("total-blocking-time", "TBT, ms"),
    ("speed-index", "Speed Index, ms"),
    ("interactive", "TTI, ms"),
    ("cumulative-layout-shift", "CLS"),
];

struct Run {
    scores: Vec<f64>,
    metrics: Vec<f64>,
    /// The long tasks Lighthouse lists (its simulated durations): (start, duration, script).
    tasks: Vec<(f64, f64, String)>,
    lcp_element: String,
}

fn run(url: &str) -> Option<Run> {
    let profile = tempdir();
    let out = Command::new("node")
        .arg(cli())
        .arg(url)
        .args(["--output=json", "--output-path=stdout", "--quiet"])
        .arg(format!(
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
             --disable-background-networking --disable-component-update --disable-sync \
             --disable-dev-shm-usage --user-data-dir={}",
            profile.display()
        ))
        .env("CHROME_PATH", std::env::var("CHROME").unwrap_or("/usr/bin/chromium".into()))
        .output()
        .ok()?;
    let _ = std::fs::remove_dir_all(&profile);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    let scores = CATEGORIES
        .iter()
        .map(|c| {
            report["categories"][c]["score"]
                .as_f64()
                .unwrap_or(f64::NAN)
                * 100.0
        })
        .collect();
    let metrics = METRICS
        .iter()
        .map(|(a, _)| {
            report["audits"][a]["numericValue"]
                .as_f64()
                .unwrap_or(f64::NAN)
        })
        .collect();
    let tasks = report["audits"]["long-tasks"]["details"]["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|t| {
                    let url = t["url"].as_str().unwrap_or("");
                    let file = url.rsplit('/').next().unwrap_or(url).to_owned();
                    (
                        t["startTime"].as_f64().unwrap_or(f64::NAN),
                        t["duration"].as_f64().unwrap_or(f64::NAN),
                        file,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let lcp_element = report["audits"]["largest-contentful-paint-element"]["details"]["items"][0]
        ["items"][0]["node"]["selector"]
        .as_str()
        .unwrap_or("?")
        .to_owned();
    Some(Run {
        scores,
        metrics,
        tasks,
        lcp_element,
    })
}

fn tempdir() -> std::path::PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    std::env::temp_dir().join(format!(
        "focal-lighthouse-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ))
}

pub(super) fn lighthouse(server: &Server, other: Option<&Server>) {
    println!("## 8. Lighthouse 12, mobile preset (simulated throttling), served with gzip\n");
    let mut sites = vec![("**the app**", server)];
    if let Some(other) = other {
        sites.push(("the other site (FOCAL_OTHER_SITE)", other));
    }
    let mut runs: Vec<Vec<Run>> = (0..sites.len()).map(|_| Vec::new()).collect();
    for _ in 0..3 {
        for (k, (_, site)) in sites.iter().enumerate() {
            match run(&site.url(GZIP)) {
                Some(r) => runs[k].push(r),
                None => {
                    println!("(a Lighthouse run failed: is `scripts/bench lighthouse` set up?)")
                }
            }
        }
    }
    print!("| site | Performance | Accessibility | Best practices | SEO |");
    for (_, name) in METRICS {
        print!(" {name} |");
    }
    println!(
        "\n|---|---:|---:|---:|---:|{}",
        "---:|".repeat(METRICS.len())
    );
    for ((name, _), runs) in sites.iter().zip(&runs) {
        if runs.is_empty() {
            continue;
        }
        print!("| {name} |");
        for i in 0..CATEGORIES.len() {
            print!(
                " {:.0} |",
                median(runs.iter().map(|r| r.scores[i]).collect())
            );
        }
        for (i, (audit, _)) in METRICS.iter().enumerate() {
            let m = median(runs.iter().map(|r| r.metrics[i]).collect());
            if *audit == "cumulative-layout-shift" {
                print!(" {m:.3} |");
            } else {
                print!(" {m:.0} |");
            }
        }
        println!();
    }
    println!("\nMedians of three runs each, interleaved. Per run: performance score; long tasks as Lighthouse lists them (start, duration in its simulated ms, script); the largest contentful paint's element.\n");
    for ((name, _), runs) in sites.iter().zip(&runs) {
        for r in runs {
            let tasks: Vec<String> = r
                .tasks
                .iter()
                .map(|(s, d, f)| format!("({s:.0}, {d:.0}, {f})"))
                .collect();
            println!(
                "- {name}: {:.0}; tasks {}; LCP `{}`",
                r.scores[0],
                if tasks.is_empty() {
                    "none".to_owned()
                } else {
                    tasks.join(" ")
                },
                r.lcp_element
            );
        }
    }
    println!();
}
