//! A chart's tools: the figure as PNG (2×), SVG and CSV, and as a table. The buttons are in
//! the first view; the work behind them ([`export`], [`table`]) is reached only through the
//! later module (`later.rs`), so its code is not in the first module: a reader uses these
//! after reading, and the later module is in by then (or is fetched on the first click).

use crate::i18n::{msg, t, tf};
use crate::plot::figure::Figure;
use crate::plot::theme::Style;
use crate::ui::chart::canvas_backend::{on_canvas, on_svg};
use crate::ui::chart::{download, Painter};
use crate::ui::later;
use leptos::prelude::*;
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use wasm_bindgen::JsCast;

/// A file-name-safe stem for exports.
fn stem(id: &str) -> String {
    format!("focal-{id}")
}

/// The figure drawn at 2× its on-screen size into a PNG data URL.
fn png(figure: &Figure, painter: Painter, css: (f64, f64), dark: bool) -> Option<String> {
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.unchecked_into();
    canvas.set_width((css.0 * 2.0).round() as u32);
    canvas.set_height((css.1 * 2.0).round() as u32);
    let backend = on_canvas(canvas.clone())?;
    painter(
        figure,
        &backend.into_drawing_area(),
        &Style {
            scale: 2.0,
            dark,
            contrast: false,
        },
    )
    .ok()?;
    canvas.to_data_url().ok()
}

/// The same drawing code into an SVG string, at the on-screen size.
fn svg(figure: &Figure, painter: Painter, css: (f64, f64), dark: bool) -> Option<String> {
    let mut out = String::new();
    {
        let size = (css.0.round() as u32, css.1.round() as u32);
        let backend = on_svg(SVGBackend::with_string(&mut out, size));
        painter(
            figure,
            &backend.into_drawing_area(),
            &Style {
                scale: 1.0,
                dark,
                contrast: false,
            },
        )
        .ok()?;
    }
    Some(out)
}

/// A file a chart can be saved as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Export {
    Png,
    Svg,
    Csv,
}

/// What a chart's export needs: the figure, how it is drawn, its on-screen size and theme.
#[derive(Clone, Copy)]
pub struct Exported {
    pub id: &'static str,
    pub figure: Signal<Figure>,
    pub painter: Painter,
    pub css: (f64, f64),
    pub dark: bool,
}

/// Saves the figure as a file (the later module's side of the export buttons).
pub fn export(kind: Export, e: Exported) {
    match kind {
        Export::Png => {
            if let Some(url) = e
                .figure
                .with_untracked(|f| png(f, e.painter, e.css, e.dark))
            {
                download::save_url(&format!("{}.png", stem(e.id)), &url);
            }
        }
        Export::Svg => {
            if let Some(text) = e
                .figure
                .with_untracked(|f| svg(f, e.painter, e.css, e.dark))
            {
                download::save(&format!("{}.svg", stem(e.id)), "image/svg+xml", &text);
            }
        }
        Export::Csv => {
            let text = e.figure.with_untracked(Figure::csv);
            download::save(&format!("{}.csv", stem(e.id)), "text/csv", &text);
        }
    }
}

/// The figure as a table (the later module's side of "Show as table").
pub fn table(figure: Signal<Figure>, id: &'static str) -> AnyView {
    (move || {
        let (header, rows) = figure.with(|f| f.table(11));
        let title = figure.with_untracked(|f| f.title().to_owned());
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=crate::i18n::tf(crate::i18n::msg::CHART_AS_TABLE, &[("title", &title)])>
                <table class="numbers chart-table" data-testid=format!("table-{id}")>
                    <caption>{title.clone()}</caption>
                    <thead><tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    })
    .into_any()
}

#[component]
pub fn ChartTools(
    id: &'static str,
    figure: Signal<Figure>,
    painter: Painter,
    /// Whether the chart is in view: the group's label reads the figure only then.
    seen: Signal<bool>,
    /// The chart's CSS size, once known.
    size: ReadSignal<Option<(f64, f64)>>,
    dark: Signal<bool>,
) -> impl IntoView {
    let (show_table, set_show_table) = signal(false);
    // The title for the export buttons' group, read only while the chart is in view (so an
    // off-screen figure is not computed for it); off screen the last one stands.
    let last_title = StoredValue::new(String::new());
    let export_label = move || {
        if seen.get() {
            last_title.set_value(figure.with(|f| f.title().to_owned()));
        }
        tf(msg::CHART_EXPORT, &[("title", &last_title.get_value())])
    };
    let save = move |kind: Export| {
        move |_| {
            let css = size
                .get_untracked()
                .map_or((640.0, 480.0), |(w, h)| (w.max(320.0), h.max(240.0)));
            let exported = Exported {
                id,
                figure,
                painter,
                css,
                dark: dark.get_untracked(),
            };
            later::with_module(move |m| (m.export)(kind, exported));
        }
    };
    view! {
        <div class="chart-tools" role="group" aria-label=export_label>
            <button type="button" data-testid=format!("table-toggle-{id}") aria-expanded=move || show_table.get().to_string()
                on:click=move |_| set_show_table.update(|v| *v = !*v)>
                {move || t(if show_table.get() { msg::TABLE_HIDE } else { msg::TABLE_SHOW })}
            </button>
            <button type="button" data-testid=format!("png-{id}") on:click=save(Export::Png)>"PNG"</button>
            <button type="button" data-testid=format!("svg-{id}") on:click=save(Export::Svg)>"SVG"</button>
            <button type="button" data-testid=format!("csv-{id}") on:click=save(Export::Csv)>"CSV"</button>
        </div>
        {move || show_table.get().then(|| later::module(move |m| (m.table)(figure, id)))}
    }
}
