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

#[test]
fn core_is_pure() {
    let files = rust_files(&root().join("src/core"));
    assert!(!files.is_empty());
    assert_no_imports(&files, &WEB);
    assert_no_imports(&files, &["plotters"]);
}

#[test]
fn state_codec_format_and_mathml_are_pure() {
    let mut files: Vec<PathBuf> = rust_files(&root().join("src/state"))
        .into_iter()
        .filter(|f| !f.ends_with("state/location.rs"))
        .collect();
    assert!(files.len() >= 10, "the state modules: {files:?}");
    files.extend(
        ["src/format.rs", "src/mathml.rs"]
            .iter()
            .map(|f| root().join(f)),
    );
    assert_no_imports(&files, &WEB);
}

/// Choices are enums: only the table's machinery (the rows' get/set, the codec, the bound
/// controls) sees an option's index.
#[test]
fn only_the_table_sees_choice_indices() {
    for f in rust_files(&root().join("src")) {
        let path = f.to_string_lossy().replace('\\', "/");
        if path.ends_with("state/param.rs")
            || path.ends_with("state/codec.rs")
            || path.ends_with("ui/widgets/controls.rs")
        {
            continue;
        }
        let text = code(&read(&f));
        assert!(
            !text.contains("Value::Choice("),
            "{} handles a choice by its index: use the enum",
            f.display()
        );
    }
}

/// The state is split per panel into small files.
#[test]
fn state_files_are_small() {
    for f in rust_files(&root().join("src/state")) {
        let lines = read(&f).lines().count();
        assert!(lines <= 450, "{} has {lines} lines", f.display());
    }
}

#[test]
fn plots_know_no_leptos_or_browser() {
    assert_no_imports(&rust_files(&root().join("src/plot")), &WEB);
}

#[test]
fn only_the_location_adapter_touches_the_address_bar() {
    for f in rust_files(&root().join("src")) {
        if f.ends_with("state/location.rs") {
            continue;
        }
        let text = code(&read(&f));
        for needle in [".location()", ".history()", "replace_state", "push_state"] {
            assert!(!text.contains(needle), "{} uses {needle}", f.display());
        }
    }
}

#[test]
fn ui_holds_no_math() {
    for f in rust_files(&root().join("src/ui")) {
        let text = code(&read(&f));
        for needle in [".ln()", ".exp()", ".powf(", ".powi(", "ln_1p", "sigmoid("] {
            assert!(
                !text.contains(needle),
                "{} computes ({needle}): move it to core",
                f.display()
            );
        }
    }
}

#[test]
fn main_only_mounts() {
    let main = code(&read(&root().join("src/main.rs")));
    assert!(
        main.lines().count() <= 15,
        "src/main.rs should only mount the app"
    );
    assert!(main.contains("mount_to_body"));
}

/// A version in `scripts/versions` (`NAME=x.y.z`).
fn pinned(name: &str) -> String {
    read(&root().join("scripts/versions"))
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name}=")))
        .unwrap_or_else(|| panic!("scripts/versions sets {name}"))
        .trim()
        .to_owned()
}

/// A crate's version in Cargo.lock.
fn locked(name: &str) -> String {
    read(&root().join("Cargo.lock"))
        .split("[[package]]")
        .find(|p| p.contains(&format!("name = \"{name}\"\n")))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"').to_owned())
        .unwrap_or_else(|| panic!("{name} in Cargo.lock"))
}

/// The tools that must pair with a crate or with each other are pinned once, in
/// `scripts/versions`; the files that must repeat a version agree with it.
#[test]
fn tool_versions_agree_everywhere() {
    let manifest = read(&root().join("Cargo.toml"));
    let trunk = read(&root().join("Trunk.toml"));
    let bindgen = pinned("WASM_BINDGEN_VERSION");
    assert!(
        manifest.contains(&format!("wasm-bindgen = \"={bindgen}\"")),
        "Cargo.toml pins wasm-bindgen = \"={bindgen}\""
    );
    assert_eq!(locked("wasm-bindgen"), bindgen, "Cargo.lock's wasm-bindgen");
    assert!(
        trunk.contains(&format!("wasm_bindgen = \"{bindgen}\"")),
        "Trunk.toml [tools] pins wasm_bindgen = \"{bindgen}\""
    );
    let trunk_version = pinned("TRUNK_VERSION");
    assert!(
        trunk.contains(&format!("trunk-version = \"{trunk_version}\"")),
        "Trunk.toml's trunk-version is {trunk_version}"
    );
    let helpers = pinned("WASM_SPLIT_HELPERS_VERSION");
    assert!(
        manifest.contains(&format!("wasm_split_helpers = \"={helpers}\"")),
        "Cargo.toml pins wasm_split_helpers = \"={helpers}\""
    );
    assert_eq!(
        locked("wasm_split_helpers"),
        helpers,
        "Cargo.lock's wasm_split_helpers"
    );
    let readme = read(&root().join("README.md"));
    for v in [trunk_version, bindgen, pinned("WASM_SPLIT_CLI_VERSION")] {
        assert!(readme.contains(&v), "README.md's set-up notes name {v}");
    }
}

#[test]
fn every_readout_the_tests_read_has_a_test_id() {
    let ui: String = rust_files(&root().join("src/ui"))
        .iter()
        .map(|f| read(f))
        .collect();
    let rows: String = rust_files(&root().join("src/state"))
        .iter()
        .map(|f| read(f))
        .collect();
    // The whole attribute (`testid="ce"`, as `data-testid` or a Readout's prop), so that
    // another string containing "ce" cannot satisfy the check.
    for id in [
        "ce",
        "modulating-factor",
        "alpha-t",
        "fl",
        "ce-over-fl",
        "grad-fl",
        "grad-ce",
        "notice",
    ] {
        assert!(
            ui.contains(&format!("testid=\"{id}\"")),
            "ui has data-testid {id}"
        );
    }
    for id in ["gamma", "alpha", "pt", "true-class"] {
        assert!(
            rows.contains(&format!("testid: \"{id}\",")),
            "a row of the table has testid {id}"
        );
    }
    // "no-alpha": the switch of a row that can be switched off is named after the row.
    assert!(
        ui.contains("data-testid=format!(\"{prefix}no-{}\", param.testid)"),
        "the off switch has data-testid no-<row>"
    );
    assert!(
        rows.contains("off: Some(Off {"),
        "α's row can be switched off"
    );
}

/// The supply-chain check (instead of cargo-deny, which needs its advisory database from
/// the network): every crate in the lock file has a permissive licence, copyleft only in
/// the test-only WebDriver client, and nothing that builds C or TLS code.
#[test]
fn every_dependency_has_an_allowed_licence_and_none_is_banned() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline", "--locked"])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    const ALLOWED: [&str; 12] = [
        "MIT",
        "Apache-2.0",
        "Apache-2.0 WITH LLVM-exception",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "ISC",
        "Zlib",
        "Unicode-3.0",
        "Unicode-DFS-2016",
        "CC0-1.0",
        "Unlicense",
        "BSL-1.0",
    ];
    const BANNED: [&str; 5] = ["openssl", "openssl-sys", "native-tls", "ring", "aws-lc-sys"];
    let mut copyleft = Vec::new();
    for p in meta["packages"].as_array().unwrap() {
        let name = p["name"].as_str().unwrap();
        assert!(!BANNED.contains(&name), "banned crate {name}");
        let licence = p["license"]
            .as_str()
            .unwrap_or_else(|| panic!("{name} has no licence"));
        let normalised = licence.replace('/', " OR ").replace(['(', ')'], "");
        // Every AND-term needs one allowed alternative.
        let ok = normalised
            .split(" AND ")
            .all(|term| term.split(" OR ").any(|alt| ALLOWED.contains(&alt.trim())));
        if !ok {
            copyleft.push(format!("{name}: {licence}"));
        }
    }
    assert_eq!(
        copyleft,
        vec!["webdriver: MPL-2.0".to_owned()],
        "only the test-only WebDriver protocol crate may be MPL-2.0"
    );
}

/// The text of every `Effect::new(…)` call in `text`, up to its closing parenthesis.
fn effect_bodies(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("Effect::new(") {
        let body = &rest[at + "Effect::new".len()..];
        let mut depth = 0usize;
        let mut end = body.len();
        for (i, c) in body.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.push(&body[..end]);
        rest = &body[end..];
    }
    out
}

/// Effects only write outward (the URL, canvas pixels, attributes): a signal written in an
/// effect would re-run the graph it belongs to. (Direct writes; `StoredValue`s are not signals.)
#[test]
fn no_signal_is_written_inside_an_effect() {
    let mut effects = 0;
    for f in rust_files(&root().join("src")) {
        let text = code(&read(&f));
        for body in effect_bodies(&text) {
            effects += 1;
            for write in [".set(", ".update(", ".try_set(", ".try_update(", ".write("] {
                assert!(
                    !body.contains(write),
                    "{}: an effect writes a signal ({write}): {body}",
                    f.display()
                );
            }
        }
    }
    assert!(effects >= 4, "found the effects ({effects})");
}

/// The later panels' components are named only in `ui/later.rs`'s `fn panel` (and the
/// benchmark only in `fn bench_view`), which only the split points reach: named anywhere
/// else, their code would be pulled into the first wasm module.
#[test]
fn later_panels_are_named_only_behind_the_split_points() {
    let later = [
        ("<ImbalancePanel", "fn panel("),
        ("<CalculatorsPanel", "fn panel("),
        ("<VariantsPanel", "fn panel("),
        ("<MultiClassPanel", "fn panel("),
        ("<LabPanel", "fn panel("),
        ("<CodePanel", "fn panel("),
        ("<bench::Bench", "fn bench_view("),
    ];
    let app = code(&read(&root().join("src/ui/later.rs")));
    let body = |name: &str| -> String {
        let start = app
            .find(name)
            .unwrap_or_else(|| panic!("ui/later.rs has {name}"));
        let end = app[start..].find("\n}\n").expect("the function ends") + start;
        app[start..end].to_owned()
    };
    for (component, allowed) in later {
        let mut uses = 0;
        for file in rust_files(&root().join("src")) {
            let text = code(&read(&file));
            uses += text.matches(component).count();
        }
        let inside = body(allowed).matches(component).count();
        assert_eq!(inside, 1, "{component} is built in `{allowed}…`");
        assert_eq!(
            uses, inside,
            "{component} is named outside `{allowed}…`: its code would be in the first module"
        );
    }
    let flat: String = app.split_whitespace().collect();
    for point in ["later_panels", "later_bench"] {
        let split = format!(
            "#[cfg_attr(feature=\"split\",wasm_split_helpers::wasm_split({point},fallible))]fn{point}()"
        );
        assert!(flat.contains(&split), "{point} is a split point");
    }
}

/// The project carries its own evidence: no file it tracks reads or names a folder beside the
/// repository (the `shared` folder that sits beside it on the developers' machines), so a
/// clone in an empty folder passes `scripts/test`.
#[test]
fn nothing_reaches_outside_the_repository() {
    let listed = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root())
        .output()
        .expect("git ls-files");
    assert!(listed.status.success(), "git ls-files failed");
    let files: Vec<String> = String::from_utf8(listed.stdout)
        .unwrap()
        .split('\0')
        .filter(|f| !f.is_empty())
        .map(str::to_owned)
        .collect();
    assert!(files.len() > 50, "{} tracked files", files.len());
    let beside = ["..", "/shared"].concat();
    let offenders: Vec<&String> = files
        .iter()
        .filter(|f| {
            std::fs::read(root().join(f))
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .is_some_and(|text| text.contains(&beside))
        })
        .collect();
    assert!(offenders.is_empty(), "{beside} named in {offenders:?}");
}
