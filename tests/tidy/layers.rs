use super::*;

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
    // `ui::mount` mounts the app once the page's language is in (`ui/browser/language.rs`).
    assert!(main.contains("focal::ui::mount"));
}
