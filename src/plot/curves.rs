//! A generic line chart over p_t ∈ (0, 1): several series, one emphasised, and a marked
//! point. Also the pixel ↔ data mapping used for hover read-outs.

use super::legend::{draw_legend, legend_layout};
use super::theme::Style;
use plotters::coord::Shift;
use plotters::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<(f64, f64)>,
    /// Colour index into the palette; `None` uses the highlight colour.
    pub colour: Option<usize>,
    pub emphasised: bool,
    pub dashed: bool,
    /// Listed in the legend (a companion series can be explained in words instead).
    pub in_legend: bool,
}

impl Series {
    /// A solid series in palette colour `colour` (`None`: the highlight colour).
    pub fn new(label: impl Into<String>, points: Vec<(f64, f64)>, colour: Option<usize>) -> Series {
        Series {
            label: label.into(),
            points,
            colour,
            emphasised: false,
            dashed: false,
            in_legend: true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legend {
    None,
    /// In a strip under the plot: a legend never covers data.
    Below,
}

/// How the x axis is labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XAxis {
    Plain,
    /// x is log10 of a ratio; ticks read "1:10", "1:1000".
    RatioLog10,
    /// x is a logit; ticks show the probability σ(x), so p_t near 0 and 1 gets room.
    LogOdds,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CurveChart {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub series: Vec<Series>,
    pub marker: Option<(f64, f64)>,
    /// A vertical line at this x (the current setting on an axis that is not p_t).
    pub vline: Option<f64>,
    pub x_axis: XAxis,
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    /// Where to draw the legend inside the chart, if at all (the Explorer shows one HTML
    /// legend for its three charts instead, so no curve hides behind it).
    pub legend: Legend,
}

impl CurveChart {
    /// A chart over x in [0, 1] with a y range that fits the series, no marker and no
    /// legend; callers change what differs with struct-update syntax.
    pub fn new(
        title: impl Into<String>,
        x_label: impl Into<String>,
        y_label: impl Into<String>,
        series: Vec<Series>,
    ) -> CurveChart {
        CurveChart {
            title: title.into(),
            x_label: x_label.into(),
            y_label: y_label.into(),
            y_range: CurveChart::fit_y(&series),
            series,
            marker: None,
            vline: None,
            x_axis: XAxis::Plain,
            x_range: (0.0, 1.0),
            legend: Legend::None,
        }
    }

    /// Each series' value at `x`, by linear interpolation between its samples.
    pub fn values_at(&self, x: f64) -> Vec<(&str, f64)> {
        self.series
            .iter()
            .filter_map(|s| interpolate(&s.points, x).map(|y| (s.label.as_str(), y)))
            .collect()
    }

    /// The x value as a person reads it: "p_t = 0.42", "1:1000", "epoch = 120".
    pub fn describe_x(&self, x: f64) -> String {
        let name = self.x_label.split(' ').next().unwrap_or("x");
        match self.x_axis {
            XAxis::Plain => format!("{name} = {}", crate::format::num(x)),
            XAxis::RatioLog10 => crate::format::ratio(10f64.powf(x).round()),
            XAxis::LogOdds => format!("{name} = {}", crate::format::num(1.0 / (1.0 + (-x).exp()))),
        }
    }

    /// A y range that shows every series, with a little headroom.
    pub fn fit_y(series: &[Series]) -> (f64, f64) {
        let max = series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.1))
            .filter(|y| y.is_finite())
            .fold(0.0_f64, f64::max);
        (0.0, if max > 0.0 { max * 1.05 } else { 1.0 })
    }
}

fn interpolate(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let i = points.partition_point(|p| p.0 < x);
    if i == 0 || i == points.len() {
        return points
            .get(i.min(points.len().saturating_sub(1)))
            .filter(|p| (p.0 - x).abs() < 1e-12)
            .map(|p| p.1);
    }
    let (a, b) = (points[i - 1], points[i]);
    let t = (x - a.0) / (b.0 - a.0);
    Some(a.1 + t * (b.1 - a.1))
}

/// Where the plotting area landed, in backend pixels, and the data ranges it shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub px_x: (i32, i32),
    pub px_y: (i32, i32),
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
}

impl Frame {
    /// The data coordinates under a backend pixel, if it is inside the plotting area.
    pub fn to_data(&self, px: f64, py: f64) -> Option<(f64, f64)> {
        let (x0, x1) = (self.px_x.0 as f64, self.px_x.1 as f64);
        let (y0, y1) = (self.px_y.0 as f64, self.px_y.1 as f64);
        if px < x0 || px > x1 || py < y0 || py > y1 || x1 <= x0 || y1 <= y0 {
            return None;
        }
        let x = self.x_range.0 + (px - x0) / (x1 - x0) * (self.x_range.1 - self.x_range.0);
        let y = self.y_range.1 - (py - y0) / (y1 - y0) * (self.y_range.1 - self.y_range.0);
        Some((x, y))
    }
}

fn ratio_tick(v: f64) -> String {
    let r = 10f64.powf(v).round();
    if r >= 1000.0 {
        format!("1:{}k", r / 1000.0)
    } else {
        format!("1:{r}")
    }
}

/// σ(v) with as many digits as it takes to tell 0.99 from 0.999.
fn probability_tick(v: f64) -> String {
    let p = 1.0 / (1.0 + (-v).exp());
    let tail = p.min(1.0 - p);
    let digits = if tail > 0.0 {
        ((-tail.log10()).ceil() as usize).clamp(1, 6)
    } else {
        6
    };
    let s = format!("{:.*}", digits, p);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_owned()
}

fn tick(v: f64) -> String {
    let s = format!("{:.3}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// The caption's font size in CSS pixels: 15, or smaller (down to 11) when the title would
/// be wider than the chart, as on a phone. plotters centres a caption and cuts it at both
/// edges rather than wrapping it.
pub(crate) fn caption_size<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
    style: &Style,
) -> f64 {
    let room = area.dim_in_pixel().0 as f64 - 2.0 * style.px(8.0) as f64;
    let base = 15.0;
    let width = area
        .estimate_text_size(title, &style.font(base).into_text_style(area))
        .map_or(0.0, |(w, _)| w as f64);
    if width <= room {
        base
    } else {
        (base * room / width).floor().max(11.0)
    }
}

/// Draws `chart` filling `area`.
pub fn draw_curves<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &CurveChart,
    style: &Style,
) -> Result<Frame, DrawingAreaErrorKind<DB::ErrorType>> {
    let fg = style.foreground();
    area.fill(&style.background())?;
    let font = |size: f64| style.font(size).color(&fg);
    let (x_lo, x_hi) = chart.x_range;
    let (y_lo, y_hi) = chart.y_range;
    let x_tick: fn(f64) -> String = match chart.x_axis {
        XAxis::Plain => tick,
        XAxis::RatioLog10 => ratio_tick,
        XAxis::LogOdds => probability_tick,
    };
    // As many labels as fit: about one per 64 CSS pixels of width.
    let room = (area.dim_in_pixel().0 as f64 / (64.0 * style.scale)).floor() as usize;
    let x_labels = match chart.x_axis {
        XAxis::Plain => 6,
        XAxis::LogOdds => 12,
        // One label per decade.
        XAxis::RatioLog10 => ((x_hi - x_lo).round() as usize + 1).max(2),
    }
    .min(room.max(3));
    // The legend sits in a strip under the chart, never over the data.
    let legend = legend_layout(area, chart, style)?;
    let (area, strip) = {
        let h = area.dim_in_pixel().1 as i32;
        area.split_vertically((h - legend.height).max(h / 2))
    };
    let area = &area;
    let mut c = ChartBuilder::on(area)
        .margin(style.px(8.0))
        .margin_right(style.px(22.0))
        .caption(&chart.title, font(caption_size(area, &chart.title, style)))
        .x_label_area_size(style.px(38.0))
        .y_label_area_size(style.px(52.0))
        .build_cartesian_2d(x_lo..x_hi, y_lo..y_hi)?;
    c.configure_mesh()
        .x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .label_style(font(12.0))
        .axis_desc_style(font(13.0))
        .axis_style(ShapeStyle::from(&fg).stroke_width(style.px(1.0)))
        .bold_line_style(ShapeStyle::from(&style.grid()).stroke_width(style.px(1.0)))
        .light_line_style(TRANSPARENT)
        .x_labels(x_labels)
        .y_labels(6)
        .x_label_formatter(&|v| x_tick(*v))
        .y_label_formatter(&|v| tick(*v))
        .draw()?;

    // Emphasised series last, so they sit on top.
    let order = chart
        .series
        .iter()
        .filter(|s| !s.emphasised)
        .chain(chart.series.iter().filter(|s| s.emphasised));
    for s in order {
        let colour = match s.colour {
            Some(i) => style.series(i),
            None => style.highlight(),
        };
        let width = style.px(if s.emphasised { 3.5 } else { 2.0 });
        let line = ShapeStyle::from(&colour).stroke_width(width);
        if s.dashed {
            c.draw_series(DashedLineSeries::new(
                s.points.iter().copied(),
                style.px(7.0),
                style.px(5.0),
                line,
            ))?;
        } else {
            c.draw_series(LineSeries::new(s.points.iter().copied(), line))?;
        }
    }
    if let Some(x) = chart.vline {
        c.draw_series(std::iter::once(PathElement::new(
            vec![(x, y_lo), (x, y_hi)],
            ShapeStyle::from(&fg.mix(0.7)).stroke_width(style.px(1.5)),
        )))?;
    }
    if let Some(m) = chart.marker {
        let r = style.px(6.0) as i32;
        c.draw_series(std::iter::once(Circle::new(
            m,
            r,
            ShapeStyle::from(&style.highlight()).filled(),
        )))?;
        c.draw_series(std::iter::once(Circle::new(
            m,
            r,
            ShapeStyle::from(&fg).stroke_width(style.px(1.5)),
        )))?;
    }
    let (px_x, px_y) = c.plotting_area().get_pixel_range();
    draw_legend(&strip, &legend, style)?;
    area.present()?;
    Ok(Frame {
        px_x: (px_x.start, px_x.end),
        px_y: (px_y.start, px_y.end),
        x_range: chart.x_range,
        y_range: chart.y_range,
    })
}
