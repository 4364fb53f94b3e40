//! End-to-end: the built site (dist/) served under a sub-path, driven in headless Chromium
//! over WebDriver. Needs `scripts/build` first and chromedriver; `scripts/test` runs these
//! with `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mod.rs"]
mod support;

use fantoccini::actions::InputSource;
use fantoccini::key::Key;
use fantoccini::Locator;
use focal::core::loss::{point_readout, Alpha};
use support::{assert_clean, click, Browser, Server};

const READOUTS: [&str; 7] = [
    "ce",
    "modulating-factor",
    "alpha-t",
    "fl",
    "ce-over-fl",
    "grad-fl",
    "grad-ce",
];

mod explorer;
mod lab;
mod panels;
mod repaints;
mod scenarios;
