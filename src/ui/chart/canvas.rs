//! A canvas that redraws a figure whenever its data, the theme or the layout changes. It
//! sizes the backing store to CSS size × devicePixelRatio itself (CanvasBackend does not),
//! shows the values under the pointer, and offers the figure as PNG (2×), SVG, CSV and a
//! table.

use crate::format::num;
use crate::plot::curves::Frame;
use crate::plot::figure::Figure;
use crate::plot::theme::Style;
use crate::ui::chart::canvas_backend::{on_canvas, on_svg, Measured};
use crate::ui::chart::download;
use crate::ui::chart::surface::Surface;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use wasm_bindgen::JsCast;

/// Sizes the canvas's backing store to its CSS size × devicePixelRatio and returns a
/// backend for it. The CSS size comes from [`crate::ui::browser::size`], never from layout reads.
pub fn backend_for(
    el: web_sys::HtmlCanvasElement,
    (w, h): (f64, f64),
) -> Option<(Measured<Surface<'static>>, f64)> {
    let ratio = window().device_pixel_ratio().max(1.0);
    let (pw, ph) = ((w * ratio).round() as u32, (h * ratio).round() as u32);
    if el.width() != pw || el.height() != ph {
        el.set_width(pw);
        el.set_height(ph);
    }
    on_canvas(el).map(|b| (b, ratio))
}

/// What the pointer is over: the x value in words and each series' value there.
type Hover = Option<(String, Vec<(String, f64)>)>;

/// A file-name-safe stem for exports.
fn stem(id: &str) -> String {
    format!("focal-{id}")
}

/// The figure drawn at 2× its on-screen size into a PNG data URL.
fn png(figure: &Figure, css: (f64, f64), dark: bool) -> Option<String> {
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.unchecked_into();
    canvas.set_width((css.0 * 2.0).round() as u32);
    canvas.set_height((css.1 * 2.0).round() as u32);
    let backend = on_canvas(canvas.clone())?;
    figure
        .draw(&backend.into_drawing_area(), &Style { scale: 2.0, dark })
        .ok()?;
    canvas.to_data_url().ok()
}

/// The same drawing code into an SVG string, at the on-screen size.
fn svg(figure: &Figure, css: (f64, f64), dark: bool) -> Option<String> {
    let mut out = String::new();
    {
        let size = (css.0.round() as u32, css.1.round() as u32);
        let backend = on_svg(SVGBackend::with_string(&mut out, size));
        figure
            .draw(&backend.into_drawing_area(), &Style { scale: 1.0, dark })
            .ok()?;
    }
    Some(out)
}

#[component]
pub fn ChartCanvas(
    /// A stable name for test hooks: `chart-<id>`, `canvas-<id>`, …
    id: &'static str,
    #[prop(into)] figure: Signal<Figure>,
    /// A sentence saying what the chart shows now, for screen readers.
    #[prop(into)]
    summary: Signal<String>,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let frame = StoredValue::new(None::<(Frame, f64)>);
    let dark = crate::ui::browser::theme::dark();
    let resized = crate::ui::browser::theme::resized();
    let (watch, size) = crate::ui::browser::size::watch();
    let (seen_id, seen) = crate::ui::browser::visible::watch();
    canvas.on_load(move |el| {
        crate::ui::browser::size::observe(watch, &el);
        crate::ui::browser::visible::observe(seen_id, &el);
    });
    let (hover, set_hover) = signal(Hover::None);
    let (show_table, set_show_table) = signal(false);

    let paint_id = crate::ui::chart::paint::id();
    // `?bench=paints`: how many times this chart has been drawn, written straight to the
    // DOM (not a signal: drawing may happen inside an effect).
    let counter =
        crate::ui::browser::theme::counts_paints().then(NodeRef::<leptos::html::Span>::new);
    let paints = StoredValue::new(0u32);
    // Drawn now, or in a later frame if this one has drawn enough already; the figure is
    // read when drawing, so a late drawing shows the newest data.
    let paint = move |el: web_sys::HtmlCanvasElement, css: (f64, f64), dark: bool| {
        crate::ui::chart::paint::draw(paint_id, move || {
            let Some((backend, ratio)) = backend_for(el, css) else {
                return;
            };
            // Drawn from the signal's value in place: cloning a figure copies every point.
            let drawn = figure.try_with_untracked(|data| {
                data.draw(&backend.into_drawing_area(), &Style { scale: ratio, dark })
            });
            if let Some(Ok(f)) = drawn {
                frame.try_set_value(f.map(|f| (f, ratio)));
            }
            if let Some(el) = counter.and_then(|c| c.get_untracked()) {
                paints.update_value(|n| *n += 1);
                let _ = el.set_attribute("data-value", &paints.get_value().to_string());
            }
        });
    };
    // A chart off screen neither draws nor reads its figure, so the memos behind it do not
    // recompute for inputs the reader cannot see (see `visible.rs`); it draws its newest
    // figure when it comes into view.
    Effect::new(move |_| {
        let dark = dark.get();
        // A zoom changes devicePixelRatio without changing the CSS size.
        resized.track();
        let (Some(el), Some(css)) = (canvas.get(), size.get()) else {
            return;
        };
        if !seen.get() {
            return;
        }
        // Read, not just tracked: a memo that has never run has no sources to wake it.
        figure.with(|_| ());
        paint(el, css, dark);
    });

    let on_move = move |ev: leptos::ev::PointerEvent| {
        let Some((f, ratio)) = frame.get_value() else {
            return;
        };
        let px = ev.offset_x() as f64 * ratio;
        let py = ev.offset_y() as f64 * ratio;
        let value = f
            .to_data(px, py)
            .and_then(|(x, _)| match figure.get_untracked() {
                Figure::Curves(c) => Some((
                    c.describe_x(x),
                    c.values_at(x)
                        .into_iter()
                        .map(|(l, y)| (l.to_owned(), y))
                        .collect(),
                )),
                Figure::Heatmap(_) => None,
            });
        set_hover.set(value);
    };

    // The title for the export buttons' group, read only while the chart is in view (so an
    // off-screen figure is not computed for it); off screen the last one stands.
    let last_title = StoredValue::new(String::new());
    let export_label = move || {
        if seen.get() {
            last_title.set_value(figure.with(|f| f.title().to_owned()));
        }
        format!("{}: export", last_title.get_value())
    };
    let css_size = move || {
        size.get_untracked()
            .map_or((640.0, 480.0), |(w, h)| (w.max(320.0), h.max(240.0)))
    };
    let export_png = move |_| {
        if let Some(url) = png(&figure.get_untracked(), css_size(), dark.get_untracked()) {
            download::save_url(&format!("{}.png", stem(id)), &url);
        }
    };
    let export_svg = move |_| {
        if let Some(text) = svg(&figure.get_untracked(), css_size(), dark.get_untracked()) {
            download::save(&format!("{}.svg", stem(id)), "image/svg+xml", &text);
        }
    };
    let export_csv = move |_| {
        download::save(
            &format!("{}.csv", stem(id)),
            "text/csv",
            &figure.get_untracked().csv(),
        );
    };

    let table = move || {
        show_table.get().then(|| {
            let (header, rows) = figure.get().table(11);
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=format!("{} as a table", figure.get_untracked().title())>
                    <table class="numbers chart-table" data-testid=format!("table-{id}")>
                        <caption>{figure.get().title().to_owned()}</caption>
                        <thead><tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
        })
    };

    view! {
        <figure class="chart" data-testid=format!("chart-{id}")>
            <canvas
                node_ref=canvas
                role="img"
                aria-label=move || summary.get()
                data-testid=format!("canvas-{id}")
                on:pointermove=on_move
                on:pointerleave=move |_| set_hover.set(None)
            ></canvas>
            <figcaption class="hover" data-testid=format!("hover-{id}") aria-hidden="true">
                {move || match hover.get() {
                    Some((x, values)) => {
                        let parts: Vec<String> = values
                            .iter()
                            .map(|(l, y)| format!("{l}: {}", num(*y)))
                            .collect();
                        format!("{x} → {}", parts.join(" · "))
                    }
                    None => String::new(),
                }}
            </figcaption>
            <div class="chart-tools" role="group" aria-label=export_label>
                <button type="button" data-testid=format!("table-toggle-{id}") aria-expanded=move || show_table.get().to_string()
                    on:click=move |_| set_show_table.update(|v| *v = !*v)>
                    {move || if show_table.get() { "Hide table" } else { "Show as table" }}
                </button>
                <button type="button" data-testid=format!("png-{id}") on:click=export_png>"PNG"</button>
                <button type="button" data-testid=format!("svg-{id}") on:click=export_svg>"SVG"</button>
                <button type="button" data-testid=format!("csv-{id}") on:click=export_csv>"CSV"</button>
            </div>
            {table}
            {counter.map(|c| view! { <span hidden node_ref=c data-testid=format!("paints-{id}") data-value="0"></span> })}
        </figure>
    }
}
