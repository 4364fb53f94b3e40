//! The page's own settings: which panel an embed shows, the theme, and the in-page
//! benchmarks. None of them is a panel's state.

use super::param::{Choice, Kind, Param};
use crate::i18n::Lang;

crate::choice! {
    /// `embed=<panel>`: that panel alone, without page chrome; `Page` is the whole page.
    pub enum Panel {
        Page = ("none", crate::i18n::msg::PANEL_PAGE),
        Explorer = ("explorer", crate::i18n::msg::PANEL_EXPLORER),
        Imbalance = ("imbalance", crate::i18n::msg::PANEL_IMBALANCE),
        Calculators = ("calculators", crate::i18n::msg::PANEL_CALCULATORS),
        Variants = ("variants", crate::i18n::msg::PANEL_VARIANTS),
        MultiClass = ("multiclass", crate::i18n::msg::PANEL_MULTI_CLASS),
        Lab = ("lab", crate::i18n::msg::PANEL_LAB),
        Yours = ("yours", crate::i18n::msg::PANEL_YOURS),
        Code = ("code", crate::i18n::msg::PANEL_CODE),
        Check = ("check", crate::i18n::msg::PANEL_CHECK),
    }
}

impl Panel {
    /// The panel's title, for people.
    pub fn title(self) -> &'static str {
        crate::i18n::t(Panel::OPTIONS[self as usize].1)
    }
}

crate::choice! {
    /// Follow the system, or force light or dark.
    pub enum Theme {
        Auto = ("auto", crate::i18n::msg::THEME_AUTO),
        Light = ("light", crate::i18n::msg::THEME_LIGHT),
        Dark = ("dark", crate::i18n::msg::THEME_DARK),
    }
}

crate::choice! {
    /// `bench=<name>`: a benchmark run in the page and reported (see BENCHMARKS.md), or
    /// `paints`: every chart counts its paints (`paints-<chart>`), for the repaint test.
    pub enum Bench {
        Off = ("off", crate::i18n::msg::BENCH_OFF),
        Explorer = ("explorer", crate::i18n::msg::BENCH_EXPLORER),
        Imbalance = ("imbalance", crate::i18n::msg::BENCH_IMBALANCE),
        Train = ("train", crate::i18n::msg::BENCH_TRAIN),
        Smooth = ("smooth", crate::i18n::msg::BENCH_SMOOTH),
        Memory = ("memory", crate::i18n::msg::BENCH_MEMORY),
        Paints = ("paints", crate::i18n::msg::BENCH_PAINTS),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub embed: Panel,
    pub theme: Theme,
    pub bench: Bench,
    /// The page's language; `Auto` follows the browser.
    pub lang: Lang,
}

impl Default for Page {
    fn default() -> Page {
        Page {
            embed: EMBED.default_choice(),
            theme: THEME.default_choice(),
            bench: BENCH.default_choice(),
            lang: LANG.default_choice(),
        }
    }
}

pub const EMBED: Param = Param {
    key: "embed",
    testid: "embed",
    label: crate::i18n::msg::PARAM_EMBED_LABEL,
    spoken: crate::i18n::msg::PARAM_EMBED_SPOKEN,
    kind: Kind::Choice {
        options: Panel::OPTIONS,
        default: Panel::Page as usize,
    },
    get: |s| s.page.embed.value(),
    set: |s, v| s.page.embed = v.choice(),
};

pub const THEME: Param = Param {
    key: "theme",
    testid: "theme",
    label: crate::i18n::msg::PARAM_THEME_LABEL,
    spoken: crate::i18n::msg::PARAM_THEME_SPOKEN,
    kind: Kind::Choice {
        options: Theme::OPTIONS,
        default: Theme::Auto as usize,
    },
    get: |s| s.page.theme.value(),
    set: |s, v| s.page.theme = v.choice(),
};

pub const BENCH: Param = Param {
    key: "bench",
    testid: "bench",
    label: crate::i18n::msg::PARAM_BENCH_LABEL,
    spoken: crate::i18n::msg::PARAM_BENCH_SPOKEN,
    kind: Kind::Choice {
        options: Bench::OPTIONS,
        default: Bench::Off as usize,
    },
    get: |s| s.page.bench.value(),
    set: |s, v| s.page.bench = v.choice(),
};

/// `lang=<tag>`: a teacher's link (or embed) can pin the language; without it the browser's
/// preferred languages decide.
pub const LANG: Param = Param {
    key: "lang",
    testid: "lang",
    label: crate::i18n::msg::PARAM_LANG_LABEL,
    spoken: crate::i18n::msg::PARAM_LANG_SPOKEN,
    kind: Kind::Choice {
        options: Lang::OPTIONS,
        default: Lang::Auto as usize,
    },
    get: |s| s.page.lang.value(),
    set: |s, v| s.page.lang = v.choice(),
};

pub const ROWS: &[&Param] = &[&EMBED, &THEME, &BENCH, &LANG];
