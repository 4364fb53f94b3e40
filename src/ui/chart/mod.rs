//! Charts on a canvas: the component, the per-frame drawing budget, the backends.
pub mod canvas;
pub mod canvas_backend;
pub mod download;
pub mod paint;
pub mod surface;
pub mod tools;

use crate::plot::curves::{draw_curves, Frame};
use crate::plot::figure::Figure;
use crate::plot::theme::Style;
use canvas_backend::Measured;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind};
use surface::{Surface, SurfaceError};

/// The page's drawing area: a canvas or an SVG string, text measured by the canvas.
pub type Area<'a> = DrawingArea<Measured<Surface<'a>>, Shift>;
/// A drawn figure: where a curve chart's plotting area landed (for hover read-outs).
pub type Drawn = Result<Option<Frame>, DrawingAreaErrorKind<SurfaceError>>;
/// How a chart draws its figure. Charts take [`curves`] unless they are given another:
/// the lab's heatmaps pass [`any`], so the heatmap's drawing code is compiled into the lab's
/// later module, not the first view's.
pub type Painter = for<'a, 'b> fn(&'b Figure, &'b Area<'a>, &'b Style) -> Drawn;

/// Draws curve charts (a heatmap draws nothing): the first view's charts.
pub fn curves(figure: &Figure, area: &Area<'_>, style: &Style) -> Drawn {
    match figure {
        Figure::Curves(c) => draw_curves(area, c, style).map(Some),
        Figure::Heatmap(_) => Ok(None),
    }
}

/// Draws any figure.
pub fn any(figure: &Figure, area: &Area<'_>, style: &Style) -> Drawn {
    figure.draw(area, style)
}
