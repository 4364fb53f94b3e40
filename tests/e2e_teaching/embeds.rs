use super::*;

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn embeds_render_alone_and_report_their_height() {
    let (_server, b) = host_page().await;
    // embed-resize.js sets each frame's height from the panel's message. Wait until each
    // frame holds its built panel (the imbalance panel comes from the later module) and
    // its height is its content's: an early message from a half-built page must not count.
    b.wait_until(
        FRAMES_FIT_THEIR_PANELS,
        vec![json!(2)],
        30,
        "both frames hold their panel and fit it",
    )
    .await;
    let heights = frame_heights(&b).await;
    assert_eq!(heights.len(), 2);
    assert!(
        heights.iter().all(|h| *h > 300.0),
        "frames sized to content: {heights:?}"
    );
    // Each frame holds its panel alone: no masthead, no other panel.
    let inside = b
        .js(
            "return [...document.querySelectorAll('iframe')].map(f => { const d = f.contentDocument; \
             return [d.querySelector('[data-testid=embedded]')?.dataset.panel, !!d.querySelector('.masthead'), d.querySelectorAll('section.panel').length, \
             d.querySelector('[data-testid=ce-over-fl]')?.dataset.value ?? d.querySelector('[data-testid=neg-share-ce]')?.dataset.value]; });",
            vec![],
        )
        .await;
    let frames = inside.as_array().unwrap();
    assert_eq!(frames[0][0], json!("explorer"));
    assert_eq!(frames[1][0], json!("imbalance"));
    for f in frames {
        assert_eq!(f[1], json!(false), "no page chrome");
        assert_eq!(f[2], json!(1), "one panel");
    }
    // The explorer frame kept its state from the URL: γ = 2, no α, p_t = 0.9 → 100×.
    let ratio: f64 = frames[0][3].as_str().unwrap().parse().unwrap();
    assert!((ratio - 100.0).abs() < 1e-9);
    // The height follows the content: opening a table grows the frame.
    let before = heights[0];
    b.js(
        "document.querySelector('iframe').contentDocument.querySelector('[data-testid=table-toggle-loss]').click();",
        vec![],
    )
    .await;
    b.wait_until(
        "return parseFloat(document.querySelector('iframe').style.height) > arguments[0];",
        vec![json!(before)],
        10,
        "the frame grows with its content",
    )
    .await;
    b.finish().await;
}

/// The example host page (two embeds and `embed-resize.js`) in a 1200 × 900 window.
async fn host_page() -> (Server, Browser) {
    let server = Server::start();
    let b = Browser::start(1.0, 1200, 900).await;
    b.client
        .goto(&server.url("embed-example.html"))
        .await
        .unwrap();
    (server, b)
}

/// True once the host page has `arguments[0]` frames and each holds its built panel (a
/// readout with its value) at a height within 1 px of its content's.
const FRAMES_FIT_THEIR_PANELS: &str = "\
    const frames = [...document.querySelectorAll('iframe')]; \
    return frames.length === arguments[0] && frames.every(f => { \
      const d = f.contentDocument; \
      const panel = d && d.querySelector('[data-testid=embedded] section.panel [data-value]'); \
      const h = parseFloat(f.style.height); \
      return panel && h > 0 && Math.abs(h - Math.ceil(d.body.getBoundingClientRect().height)) <= 1; \
    });";

/// The host page's frame heights, in CSS pixels.
async fn frame_heights(b: &Browser) -> Vec<f64> {
    b.js(
        "return [...document.querySelectorAll('iframe')].map(f => parseFloat(f.style.height));",
        vec![],
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .map(|h| h.as_f64().unwrap_or(0.0))
    .collect()
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn an_embedded_lab_frame_grows_and_shrinks_with_its_content() {
    let (server, b) = host_page().await;
    // The host page's own frames out, one frame of the lab in (embed-resize.js sizes it).
    b.js(
        "document.querySelectorAll('iframe').forEach(f => f.remove()); \
         const f = document.createElement('iframe'); f.src = './?embed=lab'; \
         f.title = 'lab'; f.style.width = '100%'; document.body.append(f);",
        vec![],
    )
    .await;
    b.wait_until(
        FRAMES_FIT_THEIR_PANELS,
        vec![json!(1)],
        30,
        "the lab frame fits its panel",
    )
    .await;
    // A link without lab settings: the Settings start folded.
    let folded = b
        .js("return !document.querySelector('iframe').contentDocument.querySelector('[data-testid=lab-settings]').open;", vec![])
        .await;
    assert_eq!(folded, json!(true), "the settings start folded");
    let first = frame_heights(&b).await[0];
    let toggle = "const s = document.querySelector('iframe').contentDocument.querySelector('[data-testid=lab-settings]'); s.open = arguments[0]; return true;";
    b.js(toggle, vec![json!(true)]).await;
    b.wait_until(
        "return parseFloat(document.querySelector('iframe').style.height) > arguments[0] + 100;",
        vec![json!(first)],
        10,
        "the frame grows when the settings open",
    )
    .await;
    let opened = frame_heights(&b).await[0];
    b.js(toggle, vec![json!(false)]).await;
    b.wait_until(
        "return Math.abs(parseFloat(document.querySelector('iframe').style.height) - arguments[0]) <= 4;",
        vec![json!(first)],
        10,
        "the frame returns to its first height when the settings close",
    )
    .await;
    let closed = frame_heights(&b).await[0];
    println!("lab frame: {first} px, settings open {opened} px, closed again {closed} px");
    assert_clean(&b, &server).await;
    b.finish().await;
}
