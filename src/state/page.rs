//! The page's own settings: which panel an embed shows, the theme, and the in-page
//! benchmarks. None of them is a panel's state.

use super::param::{Choice, Kind, Param};

crate::choice! {
    /// `embed=<panel>`: that panel alone, without page chrome; `Page` is the whole page.
    pub enum Panel {
        Page = ("none", "the whole page"),
        Explorer = ("explorer", "Explorer"),
        Imbalance = ("imbalance", "Class imbalance"),
        Calculators = ("calculators", "Calculators"),
        Variants = ("variants", "Variants"),
        MultiClass = ("multiclass", "Multi-class"),
        Lab = ("lab", "Training lab"),
        Yours = ("yours", "Your predictions"),
        Code = ("code", "Use it in your code"),
        Check = ("check", "Check your implementation"),
    }
}

impl Panel {
    /// The panel's title, for people.
    pub fn title(self) -> &'static str {
        Panel::OPTIONS[self as usize].1
    }
}

crate::choice! {
    /// Follow the system, or force light or dark.
    pub enum Theme {
        Auto = ("auto", "system"),
        Light = ("light", "light"),
        Dark = ("dark", "dark"),
    }
}

crate::choice! {
    /// `bench=<name>`: a benchmark run in the page and reported (see BENCHMARKS.md), or
    /// `paints`: every chart counts its paints (`paints-<chart>`), for the repaint test.
    pub enum Bench {
        Off = ("off", "off"),
        Explorer = ("explorer", "Explorer latency"),
        Imbalance = ("imbalance", "imbalance latency"),
        Train = ("train", "training throughput"),
        Smooth = ("smooth", "frame times while training"),
        Memory = ("memory", "memory over a long session"),
        Paints = ("paints", "count each chart's paints"),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub embed: Panel,
    pub theme: Theme,
    pub bench: Bench,
}

impl Default for Page {
    fn default() -> Page {
        Page {
            embed: EMBED.default_choice(),
            theme: THEME.default_choice(),
            bench: BENCH.default_choice(),
        }
    }
}

pub const EMBED: Param = Param {
    key: "embed",
    testid: "embed",
    label: "Embed",
    spoken: "Embed",
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
    label: "Theme",
    spoken: "Theme",
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
    label: "Benchmark",
    spoken: "Benchmark",
    kind: Kind::Choice {
        options: Bench::OPTIONS,
        default: Bench::Off as usize,
    },
    get: |s| s.page.bench.value(),
    set: |s, v| s.page.bench = v.choice(),
};

pub const ROWS: &[&Param] = &[&EMBED, &THEME, &BENCH];
