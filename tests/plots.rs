#![cfg(not(target_arch = "wasm32"))]
//! The chart code drawn into SVG natively: the same functions the canvas uses.
use focal::plot::curves::draw_curves;
use focal::plot::explorer::{chart, Quantity};
use focal::plot::theme::Style;
use focal::state::State;
use plotters::prelude::*;

fn svg_of(q: Quantity, state: &State, style: &Style) -> (String, focal::plot::curves::Frame) {
    svg_sized(q, state, style, (640, 400))
}

fn svg_sized(
    q: Quantity,
    state: &State,
    style: &Style,
    size: (u32, u32),
) -> (String, focal::plot::curves::Frame) {
    let mut out = String::new();
    let frame;
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        frame = draw_curves(&root, &chart(q, &state.point()), style).expect("draws");
    }
    (out, frame)
}

#[test]
fn every_explorer_chart_draws_its_series_legend_and_marker() {
    let state = State::default();
    for q in Quantity::ALL {
        let mut data = chart(q, &state.point());
        data.legend = focal::plot::curves::Legend::Below;
        let mut svg = String::new();
        let frame = {
            let root = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
            draw_curves(&root, &data, &Style::default()).expect("draws")
        };
        assert!(svg.starts_with("<svg"), "{q:?}");
        // One polyline per γ: the five reference values, with the current γ = 2 drawn once.
        assert!(svg.matches("<polyline").count() >= 5, "{q:?}: polylines");
        for label in ["γ = 0", "γ = 0.5", "γ = 5", "γ = 2 (current)"] {
            assert!(svg.contains(label), "{q:?}: legend {label}");
        }
        assert!(svg.contains("<circle"), "{q:?}: marker");
        assert!(frame.px_x.1 > frame.px_x.0 + 300 && frame.px_y.1 > frame.px_y.0 + 200);
    }
}

#[test]
fn the_marker_is_the_current_point() {
    let state = State::default();
    let c = chart(Quantity::Loss, &state.point());
    let (x, y) = c.marker.unwrap();
    assert_eq!(x, 0.9);
    // α = 0.25, γ = 2, p_t = 0.9: 0.25 · 0.01 · −ln 0.9.
    assert!((y - 0.25 * 0.01 * -(0.9f64).ln()).abs() < 1e-15);
    let current = c.series.iter().find(|s| s.emphasised).unwrap();
    let on_curve = c.values_at(0.9);
    let v = on_curve
        .iter()
        .find(|(l, _)| *l == current.label)
        .unwrap()
        .1;
    assert!((v - y).abs() < 1e-4, "{v} vs {y}");
}

#[test]
fn hover_mapping_inverts_the_frame() {
    let (_, frame) = svg_of(Quantity::Modulating, &State::default(), &Style::default());
    let mid_x = (frame.px_x.0 + frame.px_x.1) as f64 / 2.0;
    let (x, _) = frame.to_data(mid_x, frame.px_y.0 as f64 + 1.0).unwrap();
    assert!((x - 0.5).abs() < 0.01, "{x}");
    assert!(frame.to_data(-5.0, 10.0).is_none());
}

#[test]
fn scale_and_dark_mode_change_the_drawing() {
    let state = State::default();
    let (light, _) = svg_of(Quantity::Loss, &state, &Style::default());
    let (dark, _) = svg_of(
        Quantity::Loss,
        &state,
        &Style {
            scale: 1.0,
            dark: true,
            contrast: false,
        },
    );
    assert_ne!(light, dark);
    assert!(dark.contains("#1B1D22") || dark.to_lowercase().contains("#1b1d22"));
    let (_, f2) = svg_of(
        Quantity::Loss,
        &state,
        &Style {
            scale: 2.0,
            dark: false,
            contrast: false,
        },
    );
    let (_, f1) = svg_of(Quantity::Loss, &state, &Style::default());
    // Bigger margins and fonts at 2× leave a smaller plotting area in the same pixels.
    assert!(f2.px_x.0 > f1.px_x.0);
}

#[test]
fn no_alpha_changes_titles_and_zero_alpha_still_draws() {
    let mut state = State::default();
    state.shared.alpha = None;
    assert!(!chart(Quantity::Loss, &state.point()).title.contains("α"));
    state.shared.alpha = Some(0.0);
    let c = chart(Quantity::Loss, &state.point());
    assert_eq!(c.y_range, (0.0, 1.0));
    let (svg, _) = svg_of(Quantity::Loss, &state, &Style::default());
    assert!(svg.contains("<circle"));
}

#[test]
fn imbalance_and_variant_charts_draw() {
    use focal::core::imbalance::Compared;
    use focal::plot::imbalance::{mass_chart, share_chart};
    use focal::plot::variants::variants_chart;
    let state = State::default();
    let charts = [
        share_chart(&state),
        mass_chart(&state, Compared::CrossEntropy),
        mass_chart(&state, Compared::Focal),
        variants_chart(state.shared.gamma, state.variants.poly_epsilon),
    ];
    for c in &charts {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
            draw_curves(&root, c, &Style::default()).expect("draws");
        }
        assert!(svg.matches("<polyline").count() >= 2, "{}", c.title);
        for s in &c.series {
            assert!(
                s.points.iter().all(|p| p.1.is_finite()),
                "{}: {}",
                c.title,
                s.label
            );
        }
    }
    // The share chart marks the current ratio: 1:1000 is log10 = 3.
    assert_eq!(charts[0].vline, Some(3.0));
    // Ticks on the share chart read as ratios.
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
        draw_curves(&root, &charts[0], &Style::default()).unwrap();
    }
    assert!(
        svg.contains("1:1k") && svg.contains("1:100k"),
        "ratio ticks"
    );
}

#[test]
fn loss_mass_areas_are_the_class_shares() {
    use focal::core::imbalance::Compared;
    use focal::plot::imbalance::mass_chart;
    let state = State::default();
    for loss in [Compared::CrossEntropy, Compared::Focal] {
        let c = mass_chart(&state, loss);
        let area = |pts: &[(f64, f64)]| -> f64 {
            pts.windows(2)
                .map(|w| 0.5 * (w[0].1 + w[1].1) * (w[1].0 - w[0].0))
                .sum()
        };
        let neg = area(&c.series[0].points);
        let pos = area(&c.series[1].points);
        let share = state.scenario().outcome(loss).neg_share;
        assert!((neg - share).abs() < 2e-3, "{loss:?}: {neg} vs {share}");
        assert!((neg + pos - 1.0).abs() < 2e-3, "{loss:?}: {}", neg + pos);
    }
}

#[test]
fn a_long_title_shrinks_to_fit_a_narrow_chart() {
    let state = State::default();
    let mut data = chart(Quantity::Loss, &state.point());
    data.title = "share from negatives (solid: loss, dashed: |gradient|)".into();
    let caption_size = |width: u32| {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, 300)).into_drawing_area();
            draw_curves(&root, &data, &Style::default()).expect("draws");
        }
        // The caption is the first text drawn: <text ... font-size="15" ...>title</text>.
        let at = svg.find(data.title.as_str()).expect("the title is drawn");
        let tag = &svg[svg[..at].rfind("<text").unwrap()..at];
        let size = tag.split("font-size=\"").nth(1).unwrap();
        size[..size.find('"').unwrap()].parse::<f64>().unwrap()
    };
    // plotters writes SVG font sizes scaled by a constant; compare the two charts.
    let (wide, narrow) = (caption_size(640), caption_size(300));
    assert_eq!(wide, caption_size(2000), "room to spare: the usual size");
    assert!(
        narrow < wide && narrow >= wide * 11.0 / 15.0 - 1e-9,
        "a phone-width chart: {narrow} against {wide}"
    );
}

/// No legend covers data: every legend label is drawn below the plotting area (here the
/// lab's busiest charts, eight entries in Fig. 4, and the imbalance share chart).
#[test]
fn legends_sit_under_the_plot_never_over_the_data() {
    use focal::core::lab::{loss_profile, Lab};
    use focal::plot::curves::{CurveChart, Legend};
    use focal::plot::lab::{ap_chart, figure4_chart, precision_recall_chart};
    let mut s = State::default();
    s.lab.ratio = 50.0;
    let mut lab = Lab::new(s.lab_spec(), s.lab_configs());
    lab.advance(3);
    lab.checkpoint();
    let profile = loss_profile(&lab.runs[1], &lab.train);
    let charts: Vec<CurveChart> = vec![
        ap_chart(&lab),
        precision_recall_chart(&lab),
        figure4_chart(&lab, 1, &profile),
        focal::plot::imbalance::share_chart(&s),
    ];
    for chart in charts {
        assert_eq!(chart.legend, Legend::Below, "{}", chart.title);
        for (w, h) in [(640u32, 400u32), (340, 260)] {
            let mut svg = String::new();
            let frame = {
                let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
                draw_curves(&root, &chart, &Style::default()).expect("draws")
            };
            for series in chart.series.iter().filter(|s| s.in_legend) {
                let at = svg
                    .find(&format!("\n{}\n</text>", series.label))
                    .unwrap_or_else(|| panic!("{}: legend {}", chart.title, series.label));
                let tag = &svg[svg[..at].rfind("<text").unwrap()..at];
                let y: f64 = tag
                    .split(" y=\"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| panic!("y of {tag}"));
                assert!(
                    y > frame.px_y.1 as f64,
                    "{} at {w}×{h}: legend {} at y {y} inside the plot (bottom {})",
                    chart.title,
                    series.label,
                    frame.px_y.1
                );
            }
        }
    }
}

/// The pre-rendered first view carries each chart once, drawn light; in a dark system theme
/// the stylesheet's `#prerendered [fill="…"]` rules recolour it. Applied to the light
/// drawing, those rules must give exactly the dark drawing, and the legend's swatches (which
/// the page serializes as `rgb(…)` fills) the dark theme's series colours.
#[test]
fn the_stylesheet_darkens_the_prerendered_charts_as_the_dark_theme_draws() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
        .expect("style/main.css");
    // `#prerendered [fill="#FFFFFF"] { fill: #1B1D22; }` → ("fill", "#FFFFFF", "#1B1D22")
    let rules: Vec<(String, String, String)> = css
        .lines()
        .filter_map(|l| {
            let rest = l.trim().strip_prefix("#prerendered [")?;
            let (attr, rest) = rest.split_once("=\"")?;
            let (from, rest) = rest.split_once("\"] { ")?;
            let (prop, rest) = rest.split_once(": ")?;
            assert_eq!(attr, prop, "{l}");
            let to = rest.strip_suffix("; }")?;
            Some((attr.to_owned(), from.to_owned(), to.to_owned()))
        })
        .collect();
    assert!(rules.len() >= 5, "the rules: {rules:?}");
    // CSS applies each rule to the attribute as written, once: no rule may recolour another's
    // result, or replacing them one after another here would differ from the browser.
    for (attr, _, to) in &rules {
        assert!(
            !rules.iter().any(|(a, from, _)| a == attr && from == to),
            "{attr}={to} is both a result and a source: {rules:?}"
        );
    }
    let darken = |svg: &str| {
        rules.iter().fold(svg.to_owned(), |s, (attr, from, to)| {
            s.replace(&format!("{attr}=\"{from}\""), &format!("{attr}=\"{to}\""))
        })
    };
    let dark = Style {
        scale: 1.0,
        dark: true,
        contrast: false,
    };
    let state = State::default();
    for q in Quantity::ALL {
        for size in [(348, 261), (348, 174)] {
            let draw = |style: &Style| svg_sized(q, &state, style, size).0;
            assert!(
                darken(&draw(&Style::default())) == draw(&dark),
                "{q:?} {size:?}: the stylesheet's dark rules do not turn the light chart into the dark one"
            );
        }
    }
    let rgb = |c: RGBColor| format!("rgb({}, {}, {})", c.0, c.1, c.2);
    let hex = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let light = Style::default();
    // The legend's series: γ = 0, 0.5, 1, 2 (hidden while current) and 5; then the current γ.
    let swatches = (0..5)
        .map(|i| (light.series(i), dark.series(i)))
        .chain([(light.highlight(), dark.highlight())]);
    for (l, d) in swatches {
        let shown = rules
            .iter()
            .find(|(attr, from, _)| attr == "fill" && *from == rgb(l))
            .map_or(hex(l), |r| r.2.clone());
        assert_eq!(shown, hex(d), "the swatch {} in a dark theme", rgb(l));
    }
}
