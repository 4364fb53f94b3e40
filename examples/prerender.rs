//! Writes `assets/prerendered.html`: the page's first view (header and Explorer) at the
//! default state, as the app itself renders it, so a reader sees content before the wasm has
//! arrived. The markup is taken from the running app (the built site in headless
//! Chromium), so it cannot drift from what the app mounts; the three charts, which the app
//! draws on canvases, are drawn into SVG by the same plotters code natively, in the light
//! theme (the stylesheet gives them the dark theme's colours in a dark system theme).
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
    let html = b.js(support::FIRST_VIEW, support::toolbar_copy()).await;
    let mut html = html.as_str().expect("the first view").to_owned();
    b.finish().await;

    // The charts as the canvas draws them at about the size it has on a phone and on a
    // desktop (326 to 370 CSS pixels wide), so the take-over changes neither the ticks (the
    // chart code fits its labels to the width) nor the size of the text; the SVG scales with
    // its box, which has the canvas's aspect ratio.
    // The first chart also comes flat (2:1), as phones show it, pinned above the sliders.
    let point = State::default().point();
    for q in Quantity::ALL {
        let mut shapes = vec![((348, 261), "")];
        if q == Quantity::ALL[0] {
            shapes.push(((348, 174), " flat"));
        }
        let mut all = String::new();
        for (size, shape) in shapes {
            // Light only: in a dark system theme the stylesheet recolours it (the
            // `#prerendered` rules in style/main.css), instead of a second copy per chart.
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
                draw_curves(&root, &chart(q, &point), &Style::default()).expect("draws");
            }
            let svg = canvas_font_sizes(&svg);
            all += &svg.trim().replacen(
                "<svg ",
                &format!("<svg class=\"prerendered-chart{shape}\" aria-hidden=\"true\" "),
                1,
            );
        }
        html = html.replace(&format!("@@chart:{}@@", q.id()), &simplified(&all));
    }
    assert!(!html.contains("@@chart:"), "every chart drawn");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/prerendered.html");
    std::fs::write(path, html).expect("write");
    println!("wrote {path}");
}

/// plotters' SVG backend writes each font size divided by 1.24, while the layout (and the
/// canvas the app draws on) uses the size itself: undone here, so the pre-rendered text is as
/// large as the app's.
#[cfg(not(target_arch = "wasm32"))]
fn canvas_font_sizes(svg: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(KEY) {
        let (head, tail) = rest.split_at(at + KEY.len());
        let end = tail.find('"').expect("a closed attribute");
        let size: f64 = tail[..end].parse().expect("a font size");
        out.push_str(head);
        out.push_str(&format!("{}", (size * 1.24 * 100.0).round() / 100.0));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Every `points="…"` list of the SVG with the points that lie within half a pixel of the
/// line through their neighbours dropped (Ramer–Douglas–Peucker): the same picture in a
/// fraction of the bytes, so the HTML arrives sooner on a slow phone.
#[cfg(not(target_arch = "wasm32"))]
fn simplified(svg: &str) -> String {
    fn keep(p: &[(f64, f64)], out: &mut Vec<(f64, f64)>) {
        let (a, b) = (p[0], p[p.len() - 1]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = dx.hypot(dy).max(1e-9);
        let (far, dist) = p[1..p.len() - 1]
            .iter()
            .enumerate()
            .map(|(i, q)| (i + 1, ((q.0 - a.0) * dy - (q.1 - a.1) * dx).abs() / len))
            .fold((0, 0.0), |m, x| if x.1 > m.1 { x } else { m });
        if dist > 0.5 {
            keep(&p[..=far], out);
            out.pop();
            keep(&p[far..], out);
        } else {
            out.push(a);
            out.push(b);
        }
    }
    let mut out = String::new();
    let mut rest = svg;
    while let Some(at) = rest.find("points=\"") {
        let (head, tail) = rest.split_at(at + "points=\"".len());
        out += head;
        let end = tail.find('"').expect("a closed attribute");
        let points: Vec<(f64, f64)> = tail[..end]
            .split_whitespace()
            .filter_map(|xy| xy.split_once(','))
            .filter_map(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)))
            .collect();
        if points.len() > 2 {
            let mut kept = Vec::new();
            keep(&points, &mut kept);
            let text: Vec<String> = kept.iter().map(|(x, y)| format!("{x},{y}")).collect();
            out += &text.join(" ");
        } else {
            out += &tail[..end];
        }
        rest = &tail[end..];
    }
    out + rest
}

#[cfg(target_arch = "wasm32")]
fn main() {}
