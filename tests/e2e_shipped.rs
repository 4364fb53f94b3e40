//! End-to-end: what ships is what was tested. The precompressed side files are their
//! originals byte for byte, and the default theme follows the reader's system. Needs
//! `scripts/build` (and chromedriver for the theme).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{assert_clean, dist_dir, Browser, Server};

/// Every file below `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The bytes a decompressor writes for `file` (`gzip -dc`, `brotli -dc`).
fn decompressed(tool: &str, file: &Path) -> Vec<u8> {
    let out = Command::new(tool)
        .args(["-dc"])
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{tool}: {e}"));
    assert!(
        out.status.success(),
        "{tool} -dc {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
#[ignore = "needs the built site: run by scripts/test"]
fn every_side_file_decompresses_to_its_original() {
    let all = files(&dist_dir());
    let (mut gz, mut br) = (0, 0);
    for file in &all {
        let name = file.to_string_lossy();
        let (tool, original) = if let Some(o) = name.strip_suffix(".gz") {
            gz += 1;
            ("gzip", o)
        } else if let Some(o) = name.strip_suffix(".br") {
            br += 1;
            ("brotli", o)
        } else {
            continue;
        };
        let want = std::fs::read(original)
            .unwrap_or_else(|e| panic!("{name} has no original {original}: {e}"));
        assert!(
            decompressed(tool, file) == want,
            "{name} does not decompress to {original}"
        );
    }
    // Every text file the host may serve compressed has both side files.
    let text = [".html", ".js", ".wasm", ".css", ".svg", ".webmanifest"];
    for file in &all {
        let name = file.to_string_lossy();
        if text.iter().any(|t| name.ends_with(t)) {
            for side in [".gz", ".br"] {
                assert!(
                    Path::new(&format!("{name}{side}")).exists(),
                    "{name} has no {side}"
                );
            }
        }
    }
    println!("{gz} .gz and {br} .br side files equal their originals");
    assert!(
        gz > 5 && br > 5,
        "{gz} .gz, {br} .br: is the build a release build?"
    );
}

/// The page's background colour and the loss chart's pixels.
async fn look(b: &Browser) -> (String, String) {
    b.settle().await;
    let background = b
        .js(
            "return getComputedStyle(document.body).backgroundColor;",
            vec![],
        )
        .await
        .as_str()
        .unwrap()
        .to_owned();
    (background, b.canvas_pixels("loss").await)
}

async fn system_prefers(b: &Browser, scheme: &str) {
    b.cdp(
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_default_theme_follows_the_system_preference() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?theme=light")).await;
    let light = look(&b).await;
    b.open(&server.url("?theme=dark")).await;
    let dark = look(&b).await;
    assert_ne!(light.0, dark.0, "the themes differ");
    assert_ne!(light.1, dark.1, "the charts differ by theme");
    // The default (`theme=auto`) under a dark system preference is the dark theme: page and
    // chart alike.
    system_prefers(&b, "dark").await;
    b.open(&server.url("")).await;
    let chosen = b
        .js(
            "return document.querySelector('[data-testid=theme]').value;",
            vec![],
        )
        .await;
    assert_eq!(chosen, json!("auto"), "the default theme is the system's");
    assert_eq!(look(&b).await, dark, "auto under a dark system");
    // The system turns light while the page is open: the page follows without a reload.
    system_prefers(&b, "light").await;
    b.wait_until(
        "return getComputedStyle(document.body).backgroundColor === arguments[0];",
        vec![json!(light.0)],
        10,
        "the page turns light with the system",
    )
    .await;
    assert_eq!(look(&b).await, light, "auto under a light system");
    // An explicit choice wins over the system.
    system_prefers(&b, "dark").await;
    b.open(&server.url("?theme=light")).await;
    assert_eq!(look(&b).await, light, "theme=light under a dark system");
    assert_clean(&b, &server).await;
    b.finish().await;
}
