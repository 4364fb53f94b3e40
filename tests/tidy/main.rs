//! Architecture invariants from ARCHITECTURE.md, checked on the source text.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// Source lines that are code, not comments.
fn code(text: &str) -> String {
    text.lines()
        .filter(|l| {
            let t = l.trim_start();
            !t.starts_with("//")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_no_imports(files: &[PathBuf], banned: &[&str]) {
    for f in files {
        let text = code(&read(f));
        for b in banned {
            assert!(
                !text.contains(&format!("{b}::")) && !text.contains(&format!("use {b}")),
                "{} must not use {b}",
                f.display()
            );
        }
    }
}

const WEB: [&str; 4] = ["leptos", "web_sys", "wasm_bindgen", "js_sys"];

mod build;
mod i18n;
mod layers;
mod reach;
mod reactivity;
