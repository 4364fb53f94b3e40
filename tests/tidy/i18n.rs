//! Every text a reader sees or hears goes through the message catalogue (`src/i18n`): a
//! string literal in the page's code that reads as prose is a text written outside it.

use super::*;

/// Files whose texts are not yet in the catalogue (each is named in README's "Languages"
/// section as English only). The list may only shrink.
const NOT_YET: &[&str] = &[];

/// Where literals are not for readers: code that people copy (snippets), developers' output,
/// and the test hooks of the in-page benchmarks.
const NOT_PROSE: &[&str] = &["src/snippets.rs", "src/ui/bench.rs", "src/bench_inputs.rs"];

/// A literal reads as prose when it has two words in a row (`Show as table`) or is one
/// capitalised word (`Examples`); what is on a line that is a test hook, a key, a CSS class,
/// an HTML template or a message to developers is not.
fn prose(literal: &str) -> bool {
    let words = literal
        .split(|c: char| !c.is_alphabetic() && c != '’' && c != '\'')
        .filter(|w| w.chars().count() >= 2)
        .collect::<Vec<_>>();
    let two_words = literal.split(' ').collect::<Vec<_>>().windows(2).any(|w| {
        w[0].chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w[1].chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w[0]
                .chars()
                .all(|c| c.is_alphabetic() || ",.:;’'()".contains(c))
            && w[1]
                .chars()
                .all(|c| c.is_alphabetic() || ",.:;’'()?!".contains(c))
    });
    let capitalised = words.len() == 1
        && literal.trim() == words[0]
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words[0].chars().skip(1).all(char::is_lowercase)
        && words[0].chars().count() >= 4;
    two_words || capitalised
}

fn hook_or_code(line: &str) -> bool {
    let t = line.trim_start();
    [
        "#[",
        "assert",
        "panic!",
        "unreachable!",
        "eprintln!",
        "println!",
        ".expect(",
        "Msg::fixed(",
        "mark(",
        "debug_struct(",
        "(not prose)",
    ]
    .iter()
    .any(|n| t.contains(n))
        || t.contains("format!(\"<")
        || t.starts_with('"') && t.contains('<')
}

/// The line without the values of attributes and fields that are hooks, not text (`class=`,
/// `data-testid=`, `key:`), which can share a line with text.
fn without_hooks(line: &str) -> String {
    let mut out = line.to_owned();
    for hook in [
        "class=",
        "id=",
        "for=",
        "data-testid=",
        "testid=",
        "testid: ",
        "key: ",
        "type=",
        "role=",
        "rel=",
        "target=",
        "href=",
        "inputmode=",
        "dir=",
        "token: ",
        "name=",
        "aria-labelledby=",
        "aria-describedby=",
        "aria-live=",
        "rows=",
        "value=",
        "tabindex=",
    ] {
        while let Some(i) = out.find(&format!("{hook}\"")) {
            let start = i + hook.len() + 1;
            let Some(len) = out[start..].find('"') else {
                break;
            };
            out.replace_range(i..start + len + 1, "");
        }
    }
    out
}

/// The string literals of a line (escaped quotes kept), outside comments.
fn literals(line: &str) -> Vec<String> {
    let code = match line.find("//") {
        Some(i) if !line[..i].contains('"') => &line[..i],
        _ => line,
    };
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            // A char literal ('"') is not the start of a string.
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                chars.next();
                chars.next();
            }
            continue;
        }
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        s.push(n);
                    }
                }
                '"' => break,
                _ => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

/// What is shown: the shell, the charts, the formats, the formulas, the checks, the state's
/// labels, the lab's captions and the toolbar's markup.
fn shown_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [
        "src/ui",
        "src/plot",
        "src/state",
        "src/core/check",
        "src/core/yours",
    ] {
        files.extend(rust_files(&root().join(dir)));
    }
    for f in [
        "src/format.rs",
        "src/mathml.rs",
        "src/quiz.rs",
        "src/published.rs",
        "src/toolbar.rs",
    ] {
        files.push(root().join(f));
    }
    files.retain(|f| !NOT_PROSE.contains(&relative(f).as_str()));
    files
}

/// Prose literals of a file, with their line numbers (test modules are not shown).
fn prose_in(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_doc = false;
    let mut fixed = false;
    for (n, line) in text.lines().enumerate() {
        let t = line.trim_start();
        // A text no language translates, written on the line after `Msg::fixed(` by rustfmt.
        let after_fixed = std::mem::replace(&mut fixed, t.ends_with("Msg::fixed("));
        if after_fixed {
            continue;
        }
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        let raw = t.contains("r#\"")
            || t.match_indices("r\"")
                .any(|(i, _)| i == 0 || !t.as_bytes()[i - 1].is_ascii_alphanumeric());
        if raw {
            in_doc = !t.contains("\"#");
            continue;
        }
        if in_doc {
            in_doc = !t.contains("\"#");
            continue;
        }
        if hook_or_code(line) {
            continue;
        }
        for l in literals(&without_hooks(line)) {
            if prose(&l) {
                out.push((n + 1, l));
            }
        }
    }
    out
}

#[test]
fn texts_for_readers_are_in_the_catalogue() {
    let mut found = Vec::new();
    for f in shown_files() {
        let name = relative(&f);
        if NOT_YET.contains(&name.as_str()) {
            continue;
        }
        for (line, literal) in prose_in(&read(&f)) {
            found.push(format!("{name}:{line}: \"{literal}\""));
        }
    }
    assert!(
        found.is_empty(),
        "{} texts outside the catalogue (i18n/en.ftl): {found:#?}",
        found.len()
    );
}

#[test]
fn the_list_of_files_not_yet_translated_names_files_with_texts() {
    for name in NOT_YET {
        let text = read(&root().join(name));
        assert!(
            !prose_in(&text).is_empty(),
            "{name} has no text left: take it off NOT_YET"
        );
    }
}

#[test]
fn the_check_finds_prose() {
    let sample = "view! { <h2>\"Show as table\"</h2> }\nlet x = t(msg::TABLE_SHOW);\n<p data-testid=\"a-b\" class=\"Big Note\">\"Examples\"</p>\n";
    let found: Vec<String> = prose_in(sample).into_iter().map(|(_, l)| l).collect();
    assert_eq!(
        found,
        vec!["Show as table".to_owned(), "Examples".to_owned()]
    );
    assert!(
        prose("Examples")
            && prose("the current point")
            && !prose("table-toggle")
            && !prose("γ = 2")
    );
}
