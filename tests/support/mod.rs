//! End-to-end plumbing: a static file server for the built site (under a sub-path, as a
//! course site would host it), and a headless Chromium driven over WebDriver.
#![allow(dead_code)]

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod browser;
mod page;
mod server;

pub use browser::*;
// (assert_clean, click: the examples that share this harness use neither)
#[allow(unused_imports)]
pub use page::*;
pub use server::*;
