//! A canvas that redraws a figure whenever its data, the theme or the layout changes. It
//! sizes the backing store to CSS size × devicePixelRatio itself (CanvasBackend does not)
//! and shows the values under the pointer; `tools.rs` offers the figure as files and a table.

use crate::format::num;
use crate::plot::curves::Frame;
use crate::plot::figure::Figure;
use crate::plot::theme::Style;
use crate::ui::chart::canvas_backend::{on_canvas, Measured};
use crate::ui::chart::surface::Surface;
use crate::ui::chart::tools::ChartTools;
use crate::ui::chart::{curves, Painter};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;

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

#[component]
pub fn ChartCanvas(
    /// A stable name for test hooks: `chart-<id>`, `canvas-<id>`, …
    id: &'static str,
    #[prop(into)] figure: Signal<Figure>,
    /// A sentence saying what the chart shows now, for screen readers.
    #[prop(into)]
    summary: Signal<String>,
    /// How the figure is drawn: curves unless told otherwise (`chart::Painter`).
    #[prop(optional)]
    painter: Option<Painter>,
) -> impl IntoView {
    let painter: Painter = painter.unwrap_or(curves);
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

    let paint_id = crate::ui::chart::paint::id();
    // `?bench=paints`: how many times this chart has been drawn, written straight to the
    // DOM (not a signal: drawing may happen inside an effect).
    let counter =
        crate::ui::browser::theme::counts_paints().then(NodeRef::<leptos::html::Span>::new);
    let paints = StoredValue::new(0u32);
    // Drawn now, or in a later frame if this one has drawn enough already; the figure is
    // read when drawing, so a late drawing shows the newest data.
    let paint = move |el: web_sys::HtmlCanvasElement, css: (f64, f64), dark: bool| {
        // Before the hand-over of the first view, the hand-over is told of each drawing.
        let before_hand_over = (!crate::ui::browser::first_view::shown()).then(|| el.clone());
        crate::ui::chart::paint::draw(paint_id, move || {
            let Some((backend, ratio)) = backend_for(el, css) else {
                return;
            };
            let present = crate::ui::browser::theme::presenting();
            // Drawn from the signal's value in place: cloning a figure copies every point.
            let drawn = figure.try_with_untracked(|data| {
                painter(
                    data,
                    &backend.into_drawing_area(),
                    // Presenter mode: type and lines half as large again, read from the back.
                    &Style {
                        scale: if present { ratio * 1.5 } else { ratio },
                        dark,
                        contrast: present,
                    },
                )
            });
            if let Some(Ok(f)) = drawn {
                frame.try_set_value(f.map(|f| (f, ratio)));
                if let Some(el) = &before_hand_over {
                    crate::ui::browser::first_view::drawn(el);
                }
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
        // (Before the app is shown, beneath the pre-rendered view, every chart draws: the
        // observer has not reported yet, and the hand-over waits for those in the window.)
        if !seen.get() && crate::ui::browser::first_view::shown() {
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

    view! {
        <figure class="chart" data-testid=format!("chart-{id}")>
            <canvas
                node_ref=canvas
                dir="ltr"
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
            <ChartTools id=id figure=figure painter=painter seen=seen.into() size=size dark=dark/>
            {counter.map(|c| view! { <span hidden node_ref=c data-testid=format!("paints-{id}") data-value="0"></span> })}
        </figure>
    }
}
