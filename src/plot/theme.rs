//! Colours and sizes. The palette is Okabe–Ito, safe for the common colour-vision
//! deficiencies; sizes scale with the device pixel ratio so charts stay crisp.

use plotters::style::{FontDesc, FontFamily, FontStyle, RGBColor};

/// `#rrggbb`, for HTML that must match a chart (legends).
pub fn css(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Device pixels per CSS pixel: fonts, lines and margins are multiplied by it.
    pub scale: f64,
    pub dark: bool,
    /// Presenter mode's palette: pure ink on a pure ground, and a stronger grid.
    pub contrast: bool,
}

impl Default for Style {
    fn default() -> Style {
        Style {
            scale: 1.0,
            dark: false,
            contrast: false,
        }
    }
}

impl Style {
    pub fn px(&self, css: f64) -> u32 {
        (css * self.scale).round().max(1.0) as u32
    }
    /// The charts' font at `css` pixels. Named by the enum, not by `"sans-serif"`: plotters
    /// turns a family name into its enum through `str::to_lowercase`, which links the whole
    /// Unicode lower-case table (13 KB) into the first module.
    pub fn font(&self, css: f64) -> FontDesc<'static> {
        FontDesc::new(
            FontFamily::SansSerif,
            self.px(css).into(),
            FontStyle::Normal,
        )
    }
    pub fn background(&self) -> RGBColor {
        match (self.dark, self.contrast) {
            (true, false) => RGBColor(0x1b, 0x1d, 0x22),
            (true, true) => RGBColor(0, 0, 0),
            _ => RGBColor(0xff, 0xff, 0xff),
        }
    }
    pub fn foreground(&self) -> RGBColor {
        match (self.dark, self.contrast) {
            (true, false) => RGBColor(0xe6, 0xe6, 0xe6),
            (true, true) => RGBColor(0xff, 0xff, 0xff),
            (false, false) => RGBColor(0x22, 0x22, 0x22),
            (false, true) => RGBColor(0, 0, 0),
        }
    }
    pub fn grid(&self) -> RGBColor {
        match (self.dark, self.contrast) {
            (true, false) => RGBColor(0x3a, 0x3d, 0x44),
            (true, true) => RGBColor(0x77, 0x77, 0x77),
            (false, false) => RGBColor(0xe3, 0xe3, 0xe3),
            (false, true) => RGBColor(0x99, 0x99, 0x99),
        }
    }
    /// The i-th series colour. The first is the neutral ink colour (black / light grey).
    pub fn series(&self, i: usize) -> RGBColor {
        const OKABE_ITO: [RGBColor; 6] = [
            RGBColor(0xe6, 0x9f, 0x00), // orange
            RGBColor(0x56, 0xb4, 0xe9), // sky blue
            RGBColor(0x00, 0x9e, 0x73), // bluish green
            RGBColor(0xd5, 0x5e, 0x00), // vermillion
            RGBColor(0x00, 0x72, 0xb2), // blue
            RGBColor(0xcc, 0x79, 0xa7), // reddish purple
        ];
        if i == 0 {
            if self.dark {
                let v = if self.contrast { 0xff } else { 0xbb };
                RGBColor(v, v, v)
            } else {
                RGBColor(0x00, 0x00, 0x00)
            }
        } else {
            OKABE_ITO[(i - 1) % OKABE_ITO.len()]
        }
    }
    /// The colour of the current setting: stands out from every series colour.
    pub fn highlight(&self) -> RGBColor {
        if self.dark {
            RGBColor(0xf0, 0xe4, 0x42) // Okabe–Ito yellow reads on dark
        } else {
            RGBColor(0xcc, 0x79, 0xa7)
        }
    }
}
