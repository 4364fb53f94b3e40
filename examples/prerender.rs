//! Writes `assets/prerendered.html`: the page's first view (header and Explorer) at the
//! default state, as the app itself renders it, so a reader sees content before the wasm has
//! arrived. The markup is taken from the running app (the built site in headless
//! Chromium), so it cannot drift from what the app mounts; the three charts, which the app
//! draws on canvases, are drawn into SVG by the same plotters code natively, light and dark.
//! Controls are disabled (they do not work until the app takes over). Run through
//! `scripts/prerender` after changing the first view; `e2e_teaching::the_prerendered_first_view_is_current`
//! fails while the file is stale.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/mod.rs"]
mod support;

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main]
async fn main() {
    use focal::plot::curves::draw_curves;
    use focal::plot::explorer::{chart, Quantity};
    use focal::plot::theme::Style;
    use focal::state::State;
    use plotters::prelude::*;
    use support::{Browser, Server, PLAIN};

    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url(PLAIN)).await;
    b.settle().await;
    let html = b.js(support::FIRST_VIEW, vec![]).await;
    let mut html = html.as_str().expect("the first view").to_owned();
    b.finish().await;

    // The charts as the canvas would show them at the wide layout's size; the SVG scales
    // with its box, which has the canvas's aspect ratio.
    let point = State::default().point();
    for q in Quantity::ALL {
        let mut both = String::new();
        for dark in [false, true] {
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, (400, 300)).into_drawing_area();
                draw_curves(&root, &chart(q, &point), &Style { scale: 1.0, dark }).expect("draws");
            }
            let class = if dark { "dark" } else { "light" };
            both += &svg.trim().replacen(
                "<svg ",
                &format!("<svg class=\"prerendered-chart {class}\" aria-hidden=\"true\" "),
                1,
            );
        }
        html = html.replace(&format!("@@chart:{}@@", q.id()), &both);
    }
    assert!(!html.contains("@@chart:"), "every chart drawn");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/prerendered.html");
    std::fs::write(path, html).expect("write");
    println!("wrote {path}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
