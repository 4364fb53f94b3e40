//! The message catalogue: every language has exactly the English catalogue's messages, each
//! one reads with Fluent and uses only the arguments the code passes; English formatted by
//! the page's own few lines says what Fluent says; languages, numbers and `lang=` links.
#![cfg(not(target_arch = "wasm32"))]

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use focal::i18n::{fill, fluent, msg, number, Lang};
use focal::state::codec::{decode, encode, Reason};
use focal::state::Choice;
use std::collections::{BTreeMap, BTreeSet};

fn source(lang: Lang) -> String {
    let path = format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.tag());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The variables a pattern references, selectors and variants included.
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        if let InlineExpression::VariableReference { id } = e {
            out.insert(id.name.to_owned());
        }
        if let InlineExpression::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
    fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

/// Each message's variables, by key; the parse must be clean.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let text = source(lang);
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.tag()));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                let value = m
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("{}: {} has no text", lang.tag(), m.id.name));
                variables(value, &mut vars);
                let again = out.insert(m.id.name.to_owned(), vars);
                assert!(again.is_none(), "{}: {} twice", lang.tag(), m.id.name);
            }
            Entry::Junk { content } => panic!("{}.ftl: cannot read {content:?}", lang.tag()),
            _ => {}
        }
    }
    out
}

#[test]
fn every_language_has_exactly_the_catalogues_messages() {
    let english = messages(Lang::En);
    assert_eq!(english.len(), msg::KEYS.len());
    for lang in &Lang::SPOKEN[1..] {
        let theirs = messages(*lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has {extra:?}, which the catalogue does not",
            lang.tag()
        );
        for (key, vars) in &theirs {
            let unknown: Vec<_> = vars.difference(&english[key]).collect();
            assert!(
                unknown.is_empty(),
                "{}: {key} uses {unknown:?}, which the code never passes",
                lang.tag()
            );
        }
    }
}

/// Sample arguments: each variable named after itself.
fn sample_args(vars: &BTreeSet<String>) -> Vec<(String, String)> {
    vars.iter().map(|v| (v.clone(), format!("<{v}>"))).collect()
}

#[test]
fn every_message_formats_in_every_language_and_english_as_fluent_says() {
    let english = messages(Lang::En);
    for lang in Lang::SPOKEN {
        let bundle = fluent::bundle(lang, &source(lang));
        for (id, key) in msg::KEYS.iter().enumerate() {
            let args = sample_args(&english[*key]);
            let args: Vec<(&str, &str)> =
                args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let text = fluent::format(&bundle, id as u16, &args)
                .unwrap_or_else(|| panic!("{}: {key} does not format", lang.tag()));
            assert!(!text.trim().is_empty(), "{}: {key} is empty", lang.tag());
            if lang == Lang::En {
                assert_eq!(fill(msg::ENGLISH[id], &args), text, "{key}");
            }
        }
    }
}

#[test]
fn a_language_installed_answers_and_english_is_the_fallback() {
    // (A thread of its own: the catalogue is per thread, like the page's.)
    std::thread::spawn(|| {
        assert_eq!(focal::i18n::t(msg::PAGE_TITLE), "Focal Loss Explorer");
        focal::i18n::install(fluent::catalogue(Lang::Es, &source(Lang::Es)));
        assert_eq!(focal::i18n::lang(), Lang::Es);
        assert_eq!(
            focal::i18n::t(msg::PAGE_TITLE),
            "Explorador de la pérdida focal"
        );
        assert_eq!(
            focal::i18n::tf(msg::TIMES_SMALLER, &[("ratio", "100")]),
            "FL es 100× menor que CE"
        );
        // Numbers follow the language: a decimal comma, and thousands grouped by a point.
        assert_eq!(focal::format::num(0.1054), "0,1054");
        assert_eq!(focal::format::count(69315.0), "69.315");
        assert_eq!(focal::format::count(1000.0), "1000");
        // A fixed text is the same in every language.
        assert_eq!(Lang::Ja.label(), "日本語");
    })
    .join()
    .unwrap();
}

#[test]
fn the_browsers_languages_choose_the_page_language() {
    assert_eq!(Lang::Auto.resolve("fr-FR,es-MX,en"), Lang::Es);
    assert_eq!(Lang::Auto.resolve("pt-PT"), Lang::PtBr);
    assert_eq!(Lang::Auto.resolve("zh-CN"), Lang::ZhHans);
    assert_eq!(Lang::Auto.resolve("zh-TW,ja"), Lang::Ja);
    assert_eq!(Lang::Auto.resolve("zh-Hant-HK"), Lang::En);
    assert_eq!(Lang::Auto.resolve("AR-eg"), Lang::Ar);
    assert_eq!(Lang::Auto.resolve("de,fr"), Lang::En);
    assert_eq!(Lang::Auto.resolve(""), Lang::En);
    // A link's language wins over the browser's.
    assert_eq!(Lang::Ja.resolve("es"), Lang::Ja);
    assert!(Lang::Ar.rtl() && !Lang::Ja.rtl());
}

#[test]
fn number_boxes_take_either_separator() {
    assert_eq!(number::parse("0,25"), Some(0.25));
    assert_eq!(number::parse(" 0.25 "), Some(0.25));
    assert_eq!(number::parse("−1,5"), Some(-1.5));
    assert_eq!(number::parse("abc"), None);
    assert_eq!(number::parse("inf"), None);
    assert_eq!(number::localize("0.25", Lang::PtBr), "0,25");
    assert_eq!(number::localize("0.25", Lang::Ar), "0.25");
}

#[test]
fn lang_round_trips_and_an_unknown_one_is_corrected() {
    for lang in Lang::ALL {
        let (state, corrections) = decode(&format!("?lang={}", lang.token()));
        assert!(corrections.is_empty(), "{lang:?}");
        assert_eq!(state.page.lang, *lang);
        let written = encode(&state);
        assert_eq!(decode(&written).0, state, "{written}");
        // Only a chosen language is written: without one, the browser's decides.
        assert_eq!(written.contains("lang="), *lang != Lang::Auto, "{written}");
    }
    let (state, corrections) = decode("?lang=klingon&gamma=3");
    assert_eq!(state.page.lang, Lang::Auto);
    assert_eq!(state.shared.gamma, 3.0);
    assert_eq!(corrections.len(), 1);
    assert_eq!(corrections[0].reason, Reason::UnknownOption);
    // The URL always writes a point, whatever the page's language.
    std::thread::spawn(|| {
        focal::i18n::install(fluent::catalogue(Lang::Es, &source(Lang::Es)));
        let (state, _) = decode("?gamma=2.5&lang=es");
        assert!(encode(&state).contains("gamma=2.5"));
    })
    .join()
    .unwrap();
}

#[test]
fn the_picker_lists_every_language_by_its_own_name() {
    // The picker is one piece of HTML (`src/toolbar.rs`): each of its buttons must be a
    // language of the table, named as the table names it.
    let source = focal::toolbar::live_tool_buttons(Lang::Auto, false);
    for lang in &Lang::ALL[1..] {
        let button = format!("data-lang=\"{}\" lang=\"{}\"", lang.token(), lang.token());
        let at = source
            .find(&button)
            .unwrap_or_else(|| panic!("the picker lacks {}", lang.token()));
        let name = lang.label();
        let rest = &source[at..];
        let end = rest.find("</button>").expect("the button ends");
        assert!(
            rest[..end + 1].contains(&format!(">{name}<")),
            "the picker names {} otherwise than “{name}”",
            lang.token()
        );
    }
    assert!(source.contains("data-lang=\"auto\""));
}
