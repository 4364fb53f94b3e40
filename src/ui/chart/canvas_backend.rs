//! Any plotters backend with one change: text is measured with a 2-D canvas context's
//! `measureText`. plotters' own web font code measures by inserting a `<span>` with a
//! `style` attribute into the page for every label, which the Content-Security-Policy
//! (`style-src 'self'`) forbids and which forces a layout per label.
//!
//! Text is measured on one detached canvas (each width once per font and text: the page
//! uses system fonts only, so a width never changes), and on-screen text is drawn here
//! too, setting the context's `font`, alignment and colour only when they change:
//! assigning `font` on a canvas in the document makes Chromium bring the page's style up
//! to date first, which after a DOM change cost more than drawing the whole chart, and
//! every assignment passes a string to JavaScript to be parsed.

use crate::ui::chart::surface::Surface;
use plotters::prelude::SVGBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct Measured<B> {
    inner: B,
    /// The on-screen canvas's context, when `inner` draws on it: text is drawn here.
    screen: Option<CanvasRenderingContext2d>,
    /// The text state last assigned to `screen`: each assignment passes a string to
    /// JavaScript, which parses it (a font, a colour), and a chart has dozens of labels
    /// in a handful of styles.
    text: TextState,
    /// The stroke (colour, alpha bits, width) of the path being collected on `screen`.
    /// Consecutive lines of one style (grid lines, the dashes of a dashed series) become
    /// one canvas path and one `stroke()`, instead of a style change, a path and a stroke
    /// each: a dashed series is hundreds of segments.
    stroke: Option<((u8, u8, u8), u64, u32)>,
}

/// A canvas context's text settings, as last assigned (`None`: not assigned yet).
#[derive(Clone, Default, PartialEq)]
struct TextState {
    font: Option<String>,
    baseline: Option<&'static str>,
    align: Option<&'static str>,
    fill: Option<((u8, u8, u8), u64)>,
}

impl<B> Measured<B> {
    /// Strokes the collected path, if any. Every other drawing operation calls this first,
    /// so the order of what is drawn never changes.
    fn flush(&mut self) {
        if self.stroke.take().is_some() {
            if let Some(ctx) = &self.screen {
                ctx.stroke();
            }
        }
    }

    /// Before the inner backend draws: it sets the context's fill itself.
    fn hand_over(&mut self) {
        self.flush();
        self.text.fill = None;
    }

    /// Adds a polyline to the collected path; false if this backend does not draw on a
    /// screen canvas (the caller then draws through the inner backend).
    fn collect<S: BackendStyle>(
        &mut self,
        points: impl IntoIterator<Item = (f64, f64)>,
        style: &S,
    ) -> bool {
        let Some(ctx) = self.screen.clone() else {
            return false;
        };
        let color = style.color();
        if color.alpha == 0.0 {
            return true;
        }
        let key = (color.rgb, color.alpha.to_bits(), style.stroke_width());
        if self.stroke != Some(key) {
            self.flush();
            ctx.begin_path();
            ctx.set_stroke_style_str(&rgba(color));
            ctx.set_line_width(f64::from(style.stroke_width()));
            self.stroke = Some(key);
        }
        let mut points = points.into_iter();
        if let Some((x, y)) = points.next() {
            ctx.move_to(x, y);
            for (x, y) in points {
                ctx.line_to(x, y);
            }
        }
        true
    }
}

impl<B> Drop for Measured<B> {
    fn drop(&mut self) {
        self.flush();
    }
}

thread_local! {
    /// A detached canvas for measuring text, and the font last assigned to it.
    static MEASURE: Option<(CanvasRenderingContext2d, std::cell::RefCell<String>)> =
        detached_context().map(|c| (c, std::cell::RefCell::new(String::new())));
    /// Widths already measured: (font, text, width). A chart's tick labels repeat from one
    /// redraw to the next, and each measurement is a call into the canvas. A short list
    /// searched in order is smaller code than a hash map and fast enough at this size;
    /// it is cleared when full (a slider sweep makes new labels).
    static WIDTHS: std::cell::RefCell<Vec<(String, String, f64)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The width of `text` in `font`, in CSS pixels.
fn measure(font: String, text: &str) -> f64 {
    let known = WIDTHS.with_borrow(|w| {
        w.iter()
            .find(|(f, t, _)| t == text && *f == font)
            .map(|e| e.2)
    });
    if let Some(width) = known {
        return width;
    }
    let width = MEASURE.with(|m| {
        let Some((ctx, last)) = m else {
            return 0.0;
        };
        if *last.borrow() != font {
            ctx.set_font(&font);
            last.borrow_mut().clone_from(&font);
        }
        ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0)
    });
    WIDTHS.with_borrow_mut(|w| {
        if w.len() >= 256 {
            w.clear();
        }
        w.push((font, text.to_owned(), width));
    });
    width
}

fn detached_context() -> Option<CanvasRenderingContext2d> {
    let canvas: HtmlCanvasElement = leptos::prelude::document()
        .create_element("canvas")
        .ok()?
        .unchecked_into();
    context_of(&canvas)
}

/// A colour as the canvas API takes it.
fn rgba(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", color.alpha)
}

fn font_of<S: BackendTextStyle>(style: &S) -> String {
    format!(
        "{} {}px {}",
        style.style().as_str(),
        style.size(),
        style.family().as_str()
    )
}

fn context_of(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()
}

/// A canvas backend for `canvas` that measures text with its own context.
pub fn on_canvas(canvas: HtmlCanvasElement) -> Option<Measured<Surface<'static>>> {
    let screen = context_of(&canvas)?;
    let inner = Surface::Canvas(CanvasBackend::with_canvas_object(canvas)?);
    Some(Measured {
        inner,
        screen: Some(screen),
        text: TextState::default(),
        stroke: None,
    })
}

/// An SVG string's backend, measuring text on a detached canvas.
pub fn on_svg(svg: SVGBackend<'_>) -> Measured<Surface<'_>> {
    Measured {
        inner: Surface::Svg(svg),
        screen: None,
        text: TextState::default(),
        stroke: None,
    }
}

type CanvasError<B> = <B as DrawingBackend>::ErrorType;

impl<B: DrawingBackend> DrawingBackend for Measured<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        self.hand_over();
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        self.hand_over();
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        // As plotters-canvas does: a horizontal or vertical line sits on pixel centres.
        let (mut a, mut b) = (
            (f64::from(from.0), f64::from(from.1)),
            (f64::from(to.0), f64::from(to.1)),
        );
        if a.0 == b.0 {
            a.0 += 0.5;
            b.0 += 0.5;
        }
        if a.1 == b.1 {
            a.1 += 0.5;
            b.1 += 0.5;
        }
        if self.collect([a, b], style) {
            return Ok(());
        }
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        self.hand_over();
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        let path: Vec<BackendCoord> = path.into_iter().collect();
        let points = path.iter().map(|p| (f64::from(p.0), f64::from(p.1)));
        if self.collect(points, style) {
            return Ok(());
        }
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        self.hand_over();
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        self.hand_over();
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError<B>>> {
        self.flush();
        let Some(ctx) = self.screen.clone() else {
            return self.inner.draw_text(text, style, pos);
        };
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let font = font_of(style);
        let rotation = match style.transform() {
            FontTransform::Rotate90 => 0.5,
            FontTransform::Rotate180 => 1.0,
            FontTransform::Rotate270 => 1.5,
            _ => 0.0,
        } * std::f64::consts::PI;
        let (mut x, mut y) = (f64::from(pos.0), f64::from(pos.1));
        // restore() puts back the settings in force before save().
        let before = (rotation != 0.0).then(|| self.text.clone());
        if rotation != 0.0 {
            ctx.save();
            let _ = ctx.translate(x, y);
            let _ = ctx.rotate(rotation);
            (x, y) = (0.0, 0.0);
        }
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.text.baseline != Some(baseline) {
            ctx.set_text_baseline(baseline);
            self.text.baseline = Some(baseline);
        }
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if self.text.align != Some(align) {
            ctx.set_text_align(align);
            self.text.align = Some(align);
        }
        let fill = (color.rgb, color.alpha.to_bits());
        if self.text.fill != Some(fill) {
            ctx.set_fill_style_str(&rgba(color));
            self.text.fill = Some(fill);
        }
        if self.text.font.as_ref() != Some(&font) {
            ctx.set_font(&font);
            self.text.font = Some(font);
        }
        let _ = ctx.fill_text(text, x, y);
        if let Some(before) = before {
            ctx.restore();
            self.text = before;
        }
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError<B>>> {
        let width = measure(font_of(style), text).ceil() as u32;
        let height = style.size().ceil() as u32;
        Ok(match style.transform() {
            FontTransform::Rotate90 | FontTransform::Rotate270 => (height, width),
            _ => (width, height),
        })
    }
}
