//! The release build's steps after trunk (scripts/post_build.py) check what they expect in
//! trunk's output before touching it: a broken expectation stops the build with a message
//! naming it, instead of shipping a broken page. The fixture is trunk 0.21.14's own output
//! (its index.html; the glue and wasm as empty stand-ins: only their names count), with the
//! project's own sw.js, which trunk copies unchanged.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trunk_output")
}

/// A copy of the fixture, changed by `edit`, in a fresh folder.
fn staging(name: &str, edit: impl FnOnce(&Path)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("focal-release-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(fixture()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    // Trunk copies the service worker unchanged: the real one, not a copy that could drift.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("assets/sw.js"), dir.join("sw.js")).unwrap();
    edit(&dir);
    dir
}

/// Runs the checks: Ok(stdout) or Err(the message the build would stop with).
fn check(dir: &Path) -> Result<String, String> {
    let out = Command::new("python3")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/post_build.py"))
        .arg("--check")
        .arg(dir)
        .arg(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs (scripts/setup installs it)");
    let _ = std::fs::remove_dir_all(dir);
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn edit_index(dir: &Path, f: impl FnOnce(String) -> String) {
    let path = dir.join("index.html");
    let html = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, f(html)).unwrap();
}

#[test]
fn trunks_output_meets_every_expectation() {
    let dir = staging("as-is", |_| {});
    assert!(check(&dir).unwrap().contains("every expectation holds"));
}

#[test]
fn a_renamed_glue_file_stops_the_build() {
    let dir = staging("renamed-glue", |d| {
        let glue = "focal-loss-explorer-bd057ffc336baa2b.js";
        std::fs::rename(d.join(glue), d.join("app-bd057ffc336baa2b.js")).unwrap();
    });
    let message = check(&dir).unwrap_err();
    assert!(
        message.contains("exactly one wasm-bindgen glue"),
        "{message}"
    );
}

#[test]
fn a_missing_inline_boot_script_stops_the_build() {
    let dir = staging("no-inline-script", |d| {
        edit_index(d, |html| {
            let start = html.find("<script type=\"module\">").unwrap();
            let end = start + html[start..].find("</script>").unwrap() + "</script>".len();
            format!("{}{}", &html[..start], &html[end..])
        })
    });
    let message = check(&dir).unwrap_err();
    assert!(message.contains("inline boot script"), "{message}");
    assert!(message.contains("the build stops here"), "{message}");
}

#[test]
fn every_other_expected_tag_is_checked() {
    for (name, tag, said) in [
        (
            "no-guard",
            "<script src=\"./prerender-guard.js\"></script>",
            "prerender-guard.js",
        ),
        ("no-noscript", "</noscript>", "</noscript>"),
        (
            "no-preload",
            "<link rel=\"preload\"",
            "preload link of the wasm",
        ),
    ] {
        let dir = staging(name, |d| edit_index(d, |html| html.replacen(tag, "", 1)));
        let message = check(&dir).unwrap_err();
        assert!(message.contains(said), "{name}: {message}");
    }
    let dir = staging("no-later-list", |d| {
        let sw = d.join("sw.js");
        let code = std::fs::read_to_string(&sw).unwrap();
        std::fs::write(&sw, code.replace("const LATER = [];", "const LATER = [1];")).unwrap();
    });
    assert!(check(&dir).unwrap_err().contains("const LATER = [];"));
}
