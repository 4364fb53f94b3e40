//! In the learner's language: every language fits a phone and a desk without a box
//! overflowing, axe finds nothing with `lang` and `dir` set, Arabic mirrors while sliders and
//! charts keep their orientation; the picker and `lang=` choose, the browser's languages
//! decide without them; only the language read is fetched; numbers read and take commas.
use super::access::axe;
use super::*;

const LANGUAGES: [(&str, &str); 6] = [
    ("en", "ltr"),
    ("zh-Hans", "ltr"),
    ("es", "ltr"),
    ("pt-BR", "ltr"),
    ("ja", "ltr"),
    ("ar", "rtl"),
];

/// Elements whose box sticks out of the window sideways, or whose content is wider than
/// their box (a label or a button that does not fit), outside scrolling regions. Empty is
/// right.
const OVERFLOWS: &str = "\
const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };\
const out = [];\
for (const e of document.querySelectorAll('body *')) {\
  const r = e.getBoundingClientRect();\
  if (r.width === 0 || e.closest('.visually-hidden, [hidden], #prerendered, .frontier, script, style')) continue;\
  if (scrolls(e)) continue;\
  const sticks = r.left < -1 || r.right > innerWidth + 1;\
  const style = getComputedStyle(e);\
  const inner = style.display !== 'inline' && !['auto', 'scroll'].includes(style.overflowX) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1;\
  if (sticks || inner) out.push(e.tagName + (e.dataset.testid ? '[' + e.dataset.testid + ']' : '') + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40) + ' (' + Math.round(r.left) + '..' + Math.round(r.right) + ', ' + e.scrollWidth + '>' + e.clientWidth + ')');\
}\
return out.slice(0, 12);";

async fn language_of(b: &Browser) -> (String, String) {
    let v = b
        .js(
            "return [document.documentElement.lang, getComputedStyle(document.documentElement).direction];",
            vec![],
        )
        .await;
    (
        v[0].as_str().unwrap_or_default().to_owned(),
        v[1].as_str().unwrap_or_default().to_owned(),
    )
}

async fn text(b: &Browser, css: &str) -> String {
    b.js(
        "return document.querySelector(arguments[0]).textContent.trim();",
        vec![json!(css)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// The wasm files the page fetched, by kind (`later-`, `lang-`).
async fn fetched(b: &Browser, kind: &str) -> usize {
    b.js(
        "return performance.getEntriesByType('resource').filter(e => { const f = e.name.split('/').pop(); return f.startsWith(arguments[0]) && f.endsWith('.wasm'); }).length;",
        vec![json!(kind)],
    )
    .await
    .as_u64()
    .unwrap() as usize
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn every_language_fits_a_phone_and_a_desk_and_axe_finds_nothing() {
    let server = Server::start();
    let desk = Browser::start(1.0, 1280, 1000).await;
    let phone = Browser::phone(360, 800).await;
    let mut headings = std::collections::BTreeSet::new();
    for (lang, dir) in LANGUAGES {
        for (b, width) in [(&desk, 1280), (&phone, 360)] {
            b.open(&server.url(&format!("?lang={lang}"))).await;
            b.settle().await;
            assert_eq!(language_of(b).await, (lang.to_owned(), dir.to_owned()));
            // Open every table and the published results: they must fit too.
            b.js(
                "document.querySelectorAll('[data-testid^=table-toggle-]').forEach(t => t.click()); document.querySelectorAll('details').forEach(d => d.open = true);",
                vec![],
            )
            .await;
            b.settle().await;
            let overflows = b.js(OVERFLOWS, vec![]).await;
            assert_eq!(overflows, json!([]), "{lang} at {width} px: boxes overflow");
            assert!(
                b.horizontal_overflow().await <= 0.0,
                "{lang} at {width} px scrolls sideways"
            );
            if width == 1280 {
                let violations = axe(b).await;
                assert!(violations.is_empty(), "{lang}: {violations:#?}");
                headings.insert(text(b, "h1").await);
                // English fetches no language; another fetches its own and Fluent, once.
                let modules = fetched(b, "lang-").await;
                assert_eq!(modules, if lang == "en" { 0 } else { 2 }, "{lang}");
            }
        }
    }
    assert_eq!(
        headings.len(),
        LANGUAGES.len(),
        "each language has its own title: {headings:?}"
    );
    assert_clean(&desk, &server).await;
    desk.finish().await;
    phone.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn arabic_mirrors_the_page_but_not_its_sliders_charts_or_formulas() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?lang=ar")).await;
    let sides = b
        .js(
            "const x = s => document.querySelector(s).getBoundingClientRect(); \
             const range = document.querySelector(\"[data-testid='gamma']\"); \
             return { \
               controls: x('.explorer .controls').left, results: x('.explorer .results').left, \
               sliders: [...document.querySelectorAll('input[type=range]')].every(r => getComputedStyle(r).direction === 'ltr'), \
               canvases: [...document.querySelectorAll('canvas')].every(c => getComputedStyle(c).direction === 'ltr'), \
               formulas: [...document.querySelectorAll('math')].every(m => m.getAttribute('dir') === 'ltr'), \
               numbers: [...document.querySelectorAll('.readout .number')].every(n => getComputedStyle(n).direction === 'ltr'), \
               gamma: range.value };",
            vec![],
        )
        .await;
    // The controls column is on the right (it is first in the grid, as in English on the left).
    assert!(
        sides["controls"].as_f64().unwrap() > sides["results"].as_f64().unwrap(),
        "{sides}"
    );
    for kept in ["sliders", "canvases", "formulas", "numbers"] {
        assert_eq!(
            sides[kept],
            json!(true),
            "{kept} keep left to right: {sides}"
        );
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_picker_and_the_browsers_languages_choose_and_numbers_take_commas() {
    let server = Server::start();
    // A browser that prefers Brazilian Portuguese gets it without `lang=`.
    let b = Browser::start_with(1.0, 1280, 1000, &["--lang=pt-BR", "--accept-lang=pt-BR,pt"]).await;
    b.open(&server.url("")).await;
    assert_eq!(language_of(&b).await.0, "pt-BR");
    // Readouts write a decimal comma; data-value and the URL keep the point.
    b.wait_until(
        "return document.querySelector(\"[data-testid='ce'] .number\").textContent === '0,1054';",
        vec![],
        10,
        "the CE readout reads 0,1054",
    )
    .await;
    assert_eq!(b.value("ce").await, -(0.9f64).ln());
    // The number box takes a comma.
    let boxed = b
        .wait_for("[data-testid='pt-number']", 10, "the p_t box")
        .await;
    boxed.clear().await.unwrap();
    boxed.send_keys("0,5\n").await.unwrap();
    b.settle().await;
    assert_eq!(b.attr("pt", "data-value").await.as_deref(), Some("0.5"));
    b.wait_until(
        "return location.search.includes('pt=0.5');",
        vec![],
        10,
        "the URL writes pt=0.5",
    )
    .await;
    // The picker loads the page in the language chosen, and the link then pins it.
    click(&b, "lang").await;
    b.wait_for("[data-lang='ja']", 10, "the picker lists Japanese")
        .await
        .click()
        .await
        .expect("Japanese is chosen");
    b.wait_until(
        "return document.documentElement.lang === 'ja' && location.search.includes('lang=ja') && !!document.querySelector(\"[data-testid='fl'][data-value]\");",
        vec![],
        20,
        "the page reloads in Japanese, with lang=ja in its link",
    )
    .await;
    assert_eq!(
        b.attr("pt", "data-value").await.as_deref(),
        Some("0.5"),
        "the state is kept"
    );
    assert_clean(&b, &server).await;
    b.finish().await;
}
