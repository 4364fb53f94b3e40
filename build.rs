//! Compiles the English message catalogue (`i18n/en.ftl`) into one constant per message
//! (`focal::i18n::msg`): a message is then named by a Rust path, so a misspelt name does not
//! compile, and its English text stays beside the code that shows it (in whichever wasm
//! module that code is in). The other languages' `.ftl` files are fetched at run time.
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=i18n/en.ftl");
    let source = std::fs::read_to_string("i18n/en.ftl").expect("i18n/en.ftl");
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("i18n/en.ftl does not parse: {errors:?}"));
    let mut out = String::new();
    let mut keys = Vec::new();
    let mut english = Vec::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let key = message.id.name;
        let pattern = message
            .value
            .as_ref()
            .unwrap_or_else(|| panic!("{key} has no value"));
        // English is formatted by the first module's few lines (`i18n::fill`): text and
        // `{ $name }` only. Plurals and selectors belong to the other languages (Fluent).
        let mut en = String::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    assert!(
                        !value.contains(['{', '}']),
                        "{key}: a brace in English text"
                    );
                    en.push_str(value);
                }
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => write!(en, "{{${}}}", id.name).unwrap(),
                other => panic!("{key}: English takes text and {{ $name }} only, not {other:?}"),
            }
        }
        let name = key.to_uppercase().replace('-', "_");
        let id = keys.len();
        writeln!(
            out,
            "pub const {name}: Msg = Msg {{ id: {id}, en: {en:?} }};"
        )
        .unwrap();
        keys.push(key.to_owned());
        english.push(en);
    }
    writeln!(
        out,
        "/// Every message's English, by id (what another language lacks falls back to)."
    )
    .unwrap();
    writeln!(
        out,
        "pub const ENGLISH: [&str; {}] = {:?};",
        english.len(),
        english
    )
    .unwrap();
    writeln!(
        out,
        "/// Every message's name, by id (the other languages are looked up by it)."
    )
    .unwrap();
    writeln!(out, "pub const KEYS: [&str; {}] = {:?};", keys.len(), keys).unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(dest, out).unwrap();
}
