use super::*;

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
        ("<ImbalancePanel", "fn panel_alone("),
        ("<CalculatorsPanel", "fn panel_alone("),
        ("<VariantsPanel", "fn panel_alone("),
        ("<MultiClassPanel", "fn panel_alone("),
        ("<LabPanel", "fn panel_alone("),
        ("<YoursPanel", "fn panel_alone("),
        ("<CodePanel", "fn panel_alone("),
        ("<CheckPanel", "fn panel_alone("),
        ("<Checks", "fn panel("),
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
