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

/// Where the site is served from: a sub-path, so any absolute asset URL shows up as a 404.
pub const PREFIX: &str = "/courses/ml/focal/";

/// Loaded before the app by the test server: records errors and console.error calls
/// (a Rust panic reaches console.error through the panic hook).
const CAPTURE: &str = r#"window.__errors = [];
window.addEventListener('error', e => window.__errors.push('error: ' + e.message));
window.addEventListener('unhandledrejection', e => window.__errors.push('rejection: ' + e.reason));
document.addEventListener('securitypolicyviolation', e => window.__errors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + e.sample));
const __ce = console.error.bind(console);
console.error = (...a) => { window.__errors.push('console.error: ' + a.join(' ')); __ce(...a); };
// Downloads are recorded instead of saved, and their object URLs kept readable.
window.__downloads = [];
const __click = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function () {
  if (this.download) { window.__downloads.push({ name: this.download, href: this.href }); return; }
  return __click.call(this);
};
URL.revokeObjectURL = () => {};
window.__blobs = {};
const __create = URL.createObjectURL;
URL.createObjectURL = (blob) => { const url = __create(blob); window.__blobs[url] = blob; return url; };
"#;

/// The start-up benchmark's floor: a page with a line of text and one module script that
/// sets the same mark as the app, in its first animation frame.
const FLOOR_HTML: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>floor</title><script type=\"module\" src=\"__floor.js\"></script></head><body><p>The harness's floor.</p></body></html>";
const FLOOR_JS: &str = "requestAnimationFrame(() => performance.mark('focal-interactive'));";

/// Under this sub-path of [`PREFIX`] the site is served as built, without the error
/// capture script (the start-up benchmark measures the page a reader gets).
pub const PLAIN: &str = "plain/";

pub fn dist_dir() -> PathBuf {
    match std::env::var_os("FOCAL_DIST") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"),
    }
}

pub struct Server {
    pub port: u16,
    /// Paths requested that the site does not have.
    pub misses: Arc<Mutex<Vec<String>>>,
    /// While set, every connection is closed unanswered (the network is "down").
    pub down: Arc<AtomicBool>,
}

impl Server {
    pub fn start() -> Server {
        let dir = dist_dir();
        assert!(
            dir.join("index.html").exists(),
            "{} has no index.html: build the site first (scripts/build)",
            dir.display()
        );
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().unwrap().port();
        let misses = Arc::new(Mutex::new(Vec::new()));
        let down = Arc::new(AtomicBool::new(false));
        let (m, d) = (misses.clone(), down.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if d.load(Ordering::SeqCst) {
                    drop(stream);
                    continue;
                }
                let (dir, m) = (dir.clone(), m.clone());
                std::thread::spawn(move || {
                    let _ = handle(stream, &dir, &m);
                });
            }
        });
        Server { port, misses, down }
    }

    pub fn url(&self, query: &str) -> String {
        format!("http://127.0.0.1:{}{PREFIX}{query}", self.port)
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") | Some("webmanifest") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

fn handle(stream: TcpStream, dir: &Path, misses: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut first = String::new();
    reader.read_line(&mut first)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
    }
    let target = first.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let plain_prefix = format!("{PREFIX}{PLAIN}");
    let (path, capture) = match path.strip_prefix(&plain_prefix) {
        Some(rest) => (format!("{PREFIX}{rest}"), false),
        None => (path.to_owned(), true),
    };
    let path = path.as_str();
    let body: Option<(Vec<u8>, &str)> = match path.strip_prefix(PREFIX) {
        Some("__floor.html") => Some((FLOOR_HTML.as_bytes().to_vec(), "text/html; charset=utf-8")),
        Some("__floor.js") => Some((FLOOR_JS.as_bytes().to_vec(), "text/javascript")),
        Some("") | Some("index.html") | Some("embed-example.html") => std::fs::read_to_string(
            dir.join(
                path.strip_prefix(PREFIX)
                    .filter(|p| !p.is_empty())
                    .unwrap_or("index.html"),
            ),
        )
        .ok()
        .map(|html| {
            let html = if capture {
                html.replacen("<head>", "<head><script src=\"__capture.js\"></script>", 1)
            } else {
                html
            };
            (html.into_bytes(), "text/html; charset=utf-8")
        }),
        Some("__capture.js") => Some((CAPTURE.as_bytes().to_vec(), "text/javascript")),
        Some(rel) if !rel.contains("..") => std::fs::read(dir.join(rel))
            .ok()
            .map(|b| (b, content_type(rel))),
        _ => None,
    };
    let mut out = stream;
    match body {
        Some((bytes, ty)) => {
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: {ty}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                bytes.len()
            )?;
            out.write_all(&bytes)?;
        }
        None => {
            if path != "/favicon.ico" {
                misses.lock().unwrap().push(target.clone());
            }
            write!(
                out,
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )?;
        }
    }
    out.flush()
}

/// A chromedriver process and one browser session; the driver is killed on drop.
pub struct Browser {
    pub client: Client,
    driver: Driver,
    profile: TempDir,
}

struct Driver(Child);
impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

struct TempDir(PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    /// Starts headless Chromium at the given device pixel ratio and window size.
    pub async fn start(scale: f64, width: u32, height: u32) -> Browser {
        Browser::start_with(scale, width, height, &[]).await
    }

    /// As `start`, with extra Chromium switches.
    pub async fn start_with(scale: f64, width: u32, height: u32, extra: &[&str]) -> Browser {
        let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or("chromedriver".into());
        let chrome_bin = std::env::var("CHROME").unwrap_or("/usr/bin/chromium".into());
        let port = free_port();
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_bin}: {e}"));
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = std::env::temp_dir().join(format!("focal-e2e-{port}-{}", std::process::id()));
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ]
        .iter()
        .map(|a| a.to_string())
        .collect();
        args.extend([
            format!("--user-data-dir={}", profile.display()),
            format!("--window-size={width},{height}"),
            format!("--force-device-scale-factor={scale}"),
        ]);
        args.extend(extra.iter().map(|a| a.to_string()));
        let caps = json!({
            "goog:chromeOptions": {
                "binary": chrome_bin,
                "args": args,
            }
        });
        let caps = match caps {
            Value::Object(m) => m,
            _ => unreachable!(),
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("WebDriver session");
        Browser {
            client,
            driver: Driver(driver),
            profile: TempDir(profile),
        }
    }

    /// Waits up to `secs` seconds for an element matching `css`; panics saying `what`
    /// should have happened.
    pub async fn wait_for(
        &self,
        css: &str,
        secs: u64,
        what: &str,
    ) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(secs))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{what}: {e}"))
    }

    /// Opens the site and waits until the Explorer shows its numbers.
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
        self.wait_for("[data-testid='fl'][data-value]", 20, "the Explorer renders")
            .await;
    }

    /// Opens a page and waits for any panel (embeds have no Explorer).
    pub async fn open_any(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
        self.wait_for("section.panel", 20, "a panel renders").await;
    }

    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .expect("script runs")
    }

    /// `data-value` of the element with this test id, as a number.
    pub async fn value(&self, testid: &str) -> f64 {
        let v = self
            .js(
                "const e = document.querySelector(`[data-testid='${arguments[0]}']`); return e ? e.getAttribute('data-value') : null;",
                vec![json!(testid)],
            )
            .await;
        let s = v
            .as_str()
            .unwrap_or_else(|| panic!("no data-value on {testid}"));
        s.parse()
            .unwrap_or_else(|_| panic!("{testid}: {s} is not a number"))
    }

    pub async fn attr(&self, testid: &str, attr: &str) -> Option<String> {
        self.js(
            "const e = document.querySelector(`[data-testid='${arguments[0]}']`); return e ? e.getAttribute(arguments[1]) : null;",
            vec![json!(testid), json!(attr)],
        )
        .await
        .as_str()
        .map(str::to_owned)
    }

    pub async fn canvas_pixels(&self, id: &str) -> String {
        self.js(
            "return document.querySelector(`[data-testid='canvas-${arguments[0]}']`).toDataURL();",
            vec![json!(id)],
        )
        .await
        .as_str()
        .expect("data URL")
        .to_owned()
    }

    pub async fn errors(&self) -> Vec<String> {
        let v = self
            .js(
                "return window.__errors || ['capture script missing'];",
                vec![],
            )
            .await;
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap_or("?").to_owned())
            .collect()
    }

    /// How many CSS pixels the page is wider than the window (≤ 0: no horizontal scroll).
    pub async fn horizontal_overflow(&self) -> f64 {
        self.js(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await
        .as_f64()
        .expect("a number")
    }

    /// Lets pending effects and redraws settle.
    pub async fn settle(&self) {
        let _ = self
            .client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await;
    }

    /// Ends the session cleanly (the driver is killed on drop either way).
    pub async fn finish(self) {
        let Browser {
            client,
            driver,
            profile,
        } = self;
        let _ = client.close().await;
        drop(driver);
        drop(profile);
    }
}

/// No page errors, console errors or CSP violations, and no request outside the site.
pub async fn assert_clean(b: &Browser, server: &Server) {
    let errors = b.errors().await;
    assert!(
        errors.is_empty(),
        "{} page errors, the first: {:?}",
        errors.len(),
        &errors[..errors.len().min(5)]
    );
    let misses = server.misses.lock().unwrap().clone();
    assert!(misses.is_empty(), "requests outside the site: {misses:?}");
}

/// Clicks the element with this test id.
pub async fn click(b: &Browser, testid: &str) {
    b.client
        .find(Locator::Css(&format!("[data-testid='{testid}']")))
        .await
        .unwrap_or_else(|_| panic!("no {testid}"))
        .click()
        .await
        .unwrap();
}
