//! End-to-end: what teachers rely on. Embeds that size themselves, a strict CSP with no
//! other-origin requests, offline after one visit, axe-core clean in light and dark,
//! keyboard-only use, exports, code snippets. Needs `scripts/build` and chromedriver.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mod.rs"]
mod support;

use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::json;
use support::{assert_clean, click, Browser, Server};

mod access;
mod classroom;
mod embeds;
mod exports;
mod first_view;
mod language;
mod later;
mod offline;
mod phone;
mod quiz;
mod slices;
mod yours;
