//! A canvas that redraws a chart whenever its data, the theme or the layout changes. It
//! sizes the backing store to CSS size × devicePixelRatio itself (CanvasBackend does not),
//! and shows the values under the pointer.

use super::canvas_backend::MeasuringCanvas;
use crate::format::num;
use crate::plot::curves::{draw_curves, CurveChart, Frame};
use crate::plot::theme::Style;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;

/// Sizes the canvas's backing store to its CSS size × devicePixelRatio and returns a
/// backend for it, or None while it is not laid out (hidden, printing).
pub fn backend_for(el: web_sys::HtmlCanvasElement) -> Option<(MeasuringCanvas, f64)> {
    let ratio = window().device_pixel_ratio().max(1.0);
    let (w, h) = (el.client_width() as f64, el.client_height() as f64);
    if w <= 0.0 || h <= 0.0 {
        return None;
    }
    let (pw, ph) = ((w * ratio).round() as u32, (h * ratio).round() as u32);
    if el.width() != pw || el.height() != ph {
        el.set_width(pw);
        el.set_height(ph);
    }
    MeasuringCanvas::new(el).map(|b| (b, ratio))
}

/// What the pointer is over: the x value and each series' value there.
type Hover = Option<(f64, Vec<(String, f64)>)>;

#[component]
pub fn ChartCanvas(
    /// A stable name for test hooks: `chart-<id>`.
    id: &'static str,
    #[prop(into)] chart: Signal<CurveChart>,
    /// A sentence saying what the chart shows now, for screen readers.
    #[prop(into)]
    summary: Signal<String>,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let frame = StoredValue::new(None::<(Frame, f64)>);
    let dark = super::env::dark();
    let resized = super::env::resized();
    let (hover, set_hover) = signal(Hover::None);

    Effect::new(move |_| {
        let data = chart.get();
        let dark = dark.get();
        resized.track();
        let Some((backend, ratio)) = canvas.get().and_then(backend_for) else {
            return;
        };
        let area = backend.into_drawing_area();
        let style = Style { scale: ratio, dark };
        if let Ok(f) = draw_curves(&area, &data, &style) {
            frame.set_value(Some((f, ratio)));
        }
    });

    let on_move = move |ev: leptos::ev::PointerEvent| {
        let Some((f, ratio)) = frame.get_value() else {
            return;
        };
        let px = ev.offset_x() as f64 * ratio;
        let py = ev.offset_y() as f64 * ratio;
        let value = f.to_data(px, py).map(|(x, _)| {
            let data = chart.get_untracked();
            let values = data
                .values_at(x)
                .into_iter()
                .map(|(l, y)| (l.to_owned(), y))
                .collect();
            (x, values)
        });
        set_hover.set(value);
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
                        format!("p_t = {:.3} → {}", x, parts.join(" · "))
                    }
                    None => "Point at the chart to read its values.".to_owned(),
                }}
            </figcaption>
        </figure>
    }
}
