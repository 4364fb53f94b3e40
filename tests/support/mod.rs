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

/// The page's own HTML with every script and every script or wasm preload taken out: the
/// pre-rendered first view and its stylesheet alone. The start-up benchmark paints it as
/// the bound that no change to the app's code can beat (it has no code).
pub const FIRST_VIEW_ALONE: &str = "__first-view.html";

fn without_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let script = rest.find("<script");
        let preload = ["<link rel=\"preload\"", "<link rel=\"modulepreload\""]
            .iter()
            .filter_map(|tag| rest.find(tag))
            .min();
        let Some(start) = script.into_iter().chain(preload).min() else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..start]);
        let end = if Some(start) == script {
            "</script>"
        } else {
            ">"
        };
        let after = rest[start..]
            .find(end)
            .map_or(rest.len(), |i| start + i + end.len());
        rest = &rest[after..];
    }
}

/// Under this sub-path of [`PREFIX`] the site is served as built, without the error
/// capture script (the start-up benchmark measures the page a reader gets).
pub const PLAIN: &str = "plain/";

/// The page's first view as the app renders it, for `assets/prerendered.html`
/// (examples/prerender.rs, and the test that it is current): what comes before `<main>` and
/// the first panel, with the controls' current values written into attributes, the controls
/// disabled, no style attributes (the CSP forbids them in markup) and each canvas replaced
/// by `@@chart:<id>@@`.
pub const FIRST_VIEW: &str = r#"
const body = document.body.cloneNode(true);
const live = document.body.querySelectorAll('input, select, textarea');
const copies = body.querySelectorAll('input, select, textarea');
live.forEach((el, i) => {
  const c = copies[i];
  if (el.type === 'checkbox' || el.type === 'radio') c.toggleAttribute('checked', el.checked);
  else if (el.tagName === 'SELECT') [...c.options].forEach((o, k) => o.toggleAttribute('selected', k === el.selectedIndex));
  else c.setAttribute('value', el.value);
});
[...body.children].forEach(el => { if (el.matches('script, noscript, footer, #prerendered')) el.remove(); });
const main = body.querySelector('main');
[...main.children].slice(1).forEach(el => el.remove());
body.querySelectorAll('canvas').forEach(cv => cv.replaceWith(document.createTextNode('@@chart:' + cv.dataset.testid.replace('canvas-', '') + '@@')));
body.querySelectorAll('[style]').forEach(e => {
  // A colour swatch keeps its colour as an SVG fill (presentation attributes are not styles).
  const fill = e.style.background || e.style.backgroundColor;
  if (fill) e.innerHTML = `<svg class="fill" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true"><rect width="1" height="1" fill="${fill}"></rect></svg>`;
  e.removeAttribute('style');
});
body.querySelectorAll('input, select, button, textarea').forEach(e => e.setAttribute('disabled', ''));
return body.innerHTML.replace(/<!---->/g, '').trim() + '\n';
"#;

/// Under this sub-path the site is served without its wasm (404): the page as it looks
/// before the app arrives (the pre-rendered first view).
pub const NO_WASM: &str = "nowasm/";

/// Under this sub-path the site is served as built and gzip-compressed (level 6, as static
/// hosts do) to clients that accept it: the phone benchmark's server.
pub const GZIP: &str = "gz/";

/// Under this sub-path the site is served from its precompressed side files (`.br`, as
/// nginx's `brotli_static` or Caddy's `precompressed` would), gzip where there is none.
pub const BROTLI: &str = "br/";

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
    /// While set, the later wasm modules (`later-*.wasm`) fail with 503.
    pub block_later: Arc<AtomicBool>,
    /// Every request's target, in the order the requests arrived.
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    pub fn start() -> Server {
        Server::start_in(dist_dir())
    }

    /// Serves the site built into `dir` (the benchmarks' side-by-side baseline).
    pub fn start_in(dir: PathBuf) -> Server {
        assert!(
            dir.join("index.html").exists(),
            "{} has no index.html: build the site first (scripts/build)",
            dir.display()
        );
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().unwrap().port();
        let misses = Arc::new(Mutex::new(Vec::new()));
        let down = Arc::new(AtomicBool::new(false));
        let block_later = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (m, d, bl, r) = (
            misses.clone(),
            down.clone(),
            block_later.clone(),
            requests.clone(),
        );
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (dir, m, r, d, bl) = (dir.clone(), m.clone(), r.clone(), d.clone(), bl.clone());
                std::thread::spawn(move || {
                    let _ = handle(stream, &dir, &m, &r, &d, &bl);
                });
            }
        });
        Server {
            port,
            misses,
            down,
            block_later,
            requests,
        }
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

fn handle(
    stream: TcpStream,
    dir: &Path,
    misses: &Mutex<Vec<String>>,
    requests: &Mutex<Vec<String>>,
    down: &AtomicBool,
    block_later: &AtomicBool,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut first = String::new();
    reader.read_line(&mut first)?;
    if let Some(target) = first.split_whitespace().nth(1) {
        requests.lock().unwrap().push(target.to_owned());
    }
    // The switches are read per request, not per connection: Chromium opens spare
    // connections ahead of need, and one accepted while the later module was blocked
    // answered a request made after it was unblocked with 503. "Down" closes the
    // connection unanswered.
    if down.load(Ordering::SeqCst) {
        return Ok(());
    }
    let block_later = block_later.load(Ordering::SeqCst);
    let mut accepts_gzip = false;
    let mut accepts_br = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") {
            accepts_gzip |= lower.contains("gzip");
            accepts_br |= lower.contains("br");
        }
    }
    let target = first.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let plain_prefix = format!("{PREFIX}{PLAIN}");
    let gzip_prefix = format!("{PREFIX}{GZIP}");
    let br_prefix = format!("{PREFIX}{BROTLI}");
    let no_wasm_prefix = format!("{PREFIX}{NO_WASM}");
    let file = path.rsplit('/').next().unwrap_or_default();
    if block_later && file.starts_with("later-") && file.ends_with(".wasm") {
        let mut out = stream;
        write!(
            out,
            "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )?;
        return out.flush();
    }
    if let Some(rest) = path.strip_prefix(&no_wasm_prefix) {
        if rest.ends_with(".wasm") {
            let mut out = stream;
            write!(
                out,
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )?;
            return out.flush();
        }
    }
    let brotli = accepts_br && path.starts_with(&br_prefix);
    let (path, capture, gzip) = if let Some(rest) = path.strip_prefix(&plain_prefix) {
        (format!("{PREFIX}{rest}"), false, false)
    } else if let Some(rest) = path.strip_prefix(&br_prefix) {
        (format!("{PREFIX}{rest}"), false, accepts_gzip)
    } else if let Some(rest) = path.strip_prefix(&no_wasm_prefix) {
        (format!("{PREFIX}{rest}"), true, false)
    } else if let Some(rest) = path.strip_prefix(&gzip_prefix) {
        (format!("{PREFIX}{rest}"), false, accepts_gzip)
    } else {
        (path.to_owned(), true, false)
    };
    let path = path.as_str();
    let body: Option<(Vec<u8>, &str)> = match path.strip_prefix(PREFIX) {
        Some("__floor.html") => Some((FLOOR_HTML.as_bytes().to_vec(), "text/html; charset=utf-8")),
        Some("__floor.js") => Some((FLOOR_JS.as_bytes().to_vec(), "text/javascript")),
        Some(FIRST_VIEW_ALONE) => {
            std::fs::read_to_string(dir.join("index.html"))
                .ok()
                .map(|html| {
                    (
                        without_scripts(&html).into_bytes(),
                        "text/html; charset=utf-8",
                    )
                })
        }
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
    // On the br/ route, the release build's .br side file, where there is one.
    let side = path
        .strip_prefix(PREFIX)
        .filter(|_| brotli && body.is_some())
        .and_then(|rel| {
            let rel = if rel.is_empty() { "index.html" } else { rel };
            std::fs::read(dir.join(format!("{rel}.br"))).ok()
        });
    let mut out = stream;
    match body {
        Some((bytes, ty)) => {
            let compressible = !ty.starts_with("image/png") && !ty.starts_with("application/octet");
            let (bytes, encoding) = if let Some(br) = side {
                (br, "Content-Encoding: br\r\nVary: Accept-Encoding\r\n")
            } else if gzip && compressible {
                (
                    gzipped(&dir.join(path.trim_start_matches(PREFIX)), bytes),
                    "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n",
                )
            } else {
                (bytes, "")
            };
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: {ty}\r\n{encoding}Content-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
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

/// A DevTools command, as chromedriver's `goog/cdp/execute` endpoint takes it.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// `bytes` gzip-compressed at level 6 (by the system's gzip, once per file). Keyed by the
/// file, not the URL: the benchmarks serve two builds at once, with files of the same name.
fn gzipped(path: &Path, bytes: Vec<u8>) -> Vec<u8> {
    use std::collections::HashMap;
    static CACHE: Mutex<Option<HashMap<PathBuf, Vec<u8>>>> = Mutex::new(None);
    if let Some(hit) = CACHE
        .lock()
        .unwrap()
        .get_or_insert_with(HashMap::new)
        .get(path)
    {
        return hit.clone();
    }
    let mut child = Command::new("gzip")
        .args(["-6", "-c", "-n"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gzip");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&bytes));
    let out = child.wait_with_output().expect("gzip output").stdout;
    let _ = writer.join();
    CACHE
        .lock()
        .unwrap()
        .get_or_insert_with(HashMap::new)
        .insert(path.to_path_buf(), out.clone());
    out
}

/// A chromedriver process and one browser session. Dropping it (a test that panics does)
/// kills chromedriver and every Chromium process it started.
pub struct Browser {
    pub client: Client,
    driver: Driver,
    profile: TempDir,
}

/// chromedriver, started in a process group of its own. Killing chromedriver alone leaves
/// the Chromium it launched running (nine processes, measured), so drop kills the group.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The group's id is the leader's pid (`process_group(0)` at spawn).
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--", &format!("-{}", self.child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct TempDir(PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// How many times a browser start-up is tried before the test fails, and how long each
/// step of one try may take (generous: a cold first run on a busy two-core machine).
const START_TRIES: usize = 3;
const START_TIMEOUT: Duration = Duration::from_secs(30);

impl Driver {
    /// Starts chromedriver on a port that chromedriver picks itself (`--port=0`) and reads
    /// back from its output, so no other listener can take the port between a choice and
    /// the bind. Ready means: the process is alive and `GET /status` answers as a ready
    /// chromedriver. Any failure drops the guard, which kills what was started.
    fn start(bin: &str) -> Result<Driver, String> {
        use std::os::unix::process::CommandExt;
        let mut child = Command::new(bin)
            .arg("--port=0")
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {bin}: {e}"))?;
        let stdout = child.stdout.take().expect("piped stdout");
        let mut driver = Driver { child, port: 0 };
        let (tx, rx) = std::sync::mpsc::channel();
        // Reads the port, then keeps draining the pipe so chromedriver never blocks on it.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("started successfully on port ").nth(1) {
                    let _ = tx.send(rest.trim_end_matches('.').trim().parse::<u16>());
                }
            }
        });
        driver.port = match rx.recv_timeout(START_TIMEOUT) {
            Ok(Ok(port)) if port != 0 => port,
            Ok(_) => return Err("chromedriver printed an unreadable port".into()),
            Err(_) => {
                return Err(match driver.child.try_wait() {
                    Ok(Some(status)) => format!("chromedriver exited ({status}) before listening"),
                    _ => format!("chromedriver did not report a port within {START_TIMEOUT:?}"),
                })
            }
        };
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Ok(Some(status)) = driver.child.try_wait() {
                return Err(format!("chromedriver exited ({status}) while starting"));
            }
            match driver.status() {
                Ok(body) if body.contains("\"ready\":true") => return Ok(driver),
                _ if Instant::now() > deadline => {
                    return Err(format!(
                        "chromedriver on port {} not ready within {START_TIMEOUT:?}",
                        driver.port
                    ))
                }
                _ => std::thread::sleep(Duration::from_millis(25)),
            }
        }
    }

    /// The response to chromedriver's `GET /status`. chromedriver keeps the connection
    /// open whatever the request says, so the response ends at its Content-Length.
    fn status(&self) -> std::io::Result<String> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port))?;
        s.set_read_timeout(Some(Duration::from_secs(5)))?;
        write!(
            s,
            "GET /status HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
            self.port
        )?;
        let mut got = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let text = String::from_utf8_lossy(&got);
            if let Some((head, body)) = text.split_once("\r\n\r\n") {
                let length = head.lines().find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                });
                if length.is_some_and(|n| body.len() >= n) {
                    return Ok(text.into_owned());
                }
            }
            match std::io::Read::read(&mut s, &mut chunk)? {
                0 => return Ok(text.into_owned()),
                n => got.extend_from_slice(&chunk[..n]),
            }
        }
    }
}

impl Browser {
    /// Starts headless Chromium at the given device pixel ratio and window size.
    pub async fn start(scale: f64, width: u32, height: u32) -> Browser {
        Browser::start_with(scale, width, height, &[]).await
    }

    /// As `start`, with extra Chromium switches. Start-up is tried [`START_TRIES`] times,
    /// each with a new chromedriver; every failed try is printed, and all are reported if
    /// none succeeds.
    pub async fn start_with(scale: f64, width: u32, height: u32, extra: &[&str]) -> Browser {
        Browser::start_any(scale, width, height, extra, None).await
    }

    /// A phone's screen: `width` × `height` CSS pixels at device pixel ratio 2, touch, mobile
    /// viewport (Chromium's device emulation: a headless window cannot be narrower than
    /// 500 px, so `start` at 360 would measure a 500 px page).
    pub async fn phone(width: u32, height: u32) -> Browser {
        Browser::start_any(2.0, 800, 900, &[], Some((width, height))).await
    }

    async fn start_any(
        scale: f64,
        width: u32,
        height: u32,
        extra: &[&str],
        phone: Option<(u32, u32)>,
    ) -> Browser {
        let mut failures = Vec::new();
        for attempt in 1..=START_TRIES {
            match Browser::try_start(scale, width, height, extra, phone).await {
                Ok(b) => return b,
                Err(e) => {
                    eprintln!("browser start-up, try {attempt} of {START_TRIES} failed: {e}");
                    failures.push(e);
                }
            }
        }
        panic!("the browser did not start in {START_TRIES} tries: {failures:#?}");
    }

    async fn try_start(
        scale: f64,
        width: u32,
        height: u32,
        extra: &[&str],
        phone: Option<(u32, u32)>,
    ) -> Result<Browser, String> {
        static STARTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or("chromedriver".into());
        let chrome_bin = std::env::var("CHROME").unwrap_or("/usr/bin/chromium".into());
        let driver = Driver::start(&driver_bin)?;
        let profile = TempDir(std::env::temp_dir().join(format!(
            "focal-e2e-{}-{}",
            std::process::id(),
            STARTS.fetch_add(1, Ordering::SeqCst)
        )));
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
            format!("--user-data-dir={}", profile.0.display()),
            format!("--window-size={width},{height}"),
            format!("--force-device-scale-factor={scale}"),
        ]);
        args.extend(extra.iter().map(|a| a.to_string()));
        let mut options = json!({
            "binary": chrome_bin,
            "args": args,
        });
        if let Some((w, h)) = phone {
            options["mobileEmulation"] = json!({
                "deviceMetrics": { "width": w, "height": h, "pixelRatio": 2.0, "mobile": true, "touch": true }
            });
        }
        let caps = json!({ "goog:chromeOptions": options });
        let caps = match caps {
            Value::Object(m) => m,
            _ => unreachable!(),
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let mut builder = ClientBuilder::new(connector);
        builder.capabilities(caps);
        let url = format!("http://127.0.0.1:{}", driver.port);
        let client = tokio::time::timeout(START_TIMEOUT, builder.connect(&url))
            .await
            .map_err(|_| format!("no WebDriver session within {START_TIMEOUT:?}"))?
            .map_err(|e| format!("WebDriver session: {e}"))?;
        Ok(Browser {
            client,
            driver,
            profile,
        })
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

    /// Opens the full page and waits until every panel is built: the Explorer shows its
    /// numbers, and the panels below it (built a frame later, all at once; the code panel
    /// is the last) exist. Waiting for the Explorer alone raced with that second step.
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
        self.wait_for("[data-testid='fl'][data-value]", 20, "the Explorer renders")
            .await;
        self.wait_for(
            "[data-testid='code']",
            20,
            "the panels below the Explorer render",
        )
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

    /// Sends a Chromium DevTools command through chromedriver (`goog/cdp/execute`).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp {
                cmd: cmd.to_owned(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }

    /// The files the page has saved (name, object URL), as the capture script recorded them.
    pub async fn downloads(&self) -> Vec<(String, String)> {
        self.js(
            "return window.__downloads.map(d => [d.name, d.href]);",
            vec![],
        )
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d[0].as_str().unwrap().to_owned(),
                d[1].as_str().unwrap().to_owned(),
            )
        })
        .collect()
    }

    /// The text of a saved file (read from the Blob itself: the page's CSP forbids
    /// fetching blob: URLs, as it should).
    pub async fn blob_text(&self, href: &str) -> String {
        self.client
            .execute_async(
                "const done = arguments[1]; window.__blobs[arguments[0]].text().then(done, e => done('failed: ' + e));",
                vec![json!(href)],
            )
            .await
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned()
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

    /// Scrolls the element with this test id to the middle of the window and lets it draw
    /// (a chart off screen draws when it comes into view).
    pub async fn show(&self, testid: &str) {
        self.js(
            "document.querySelector(`[data-testid='${arguments[0]}']`).scrollIntoView({ block: 'center' });",
            vec![json!(testid)],
        )
        .await;
        self.settle().await;
        self.settle().await;
    }

    /// Waits until the service worker controls the page (it claims the page once
    /// installed); fails the test if it does not within 20 s.
    pub async fn wait_for_service_worker(&self) {
        self.wait_until(
            "return !!navigator.serviceWorker.controller;",
            vec![],
            20,
            "the service worker controls the page",
        )
        .await;
    }

    /// Waits until `condition` (a script body returning a truthy value, with `args`) holds,
    /// checking once per animation frame in the page; fails the test saying `what` should
    /// have happened if it does not within `secs` seconds. A wait for a state, never a
    /// fixed sleep.
    pub async fn wait_until(&self, condition: &str, args: Vec<Value>, secs: u64, what: &str) {
        // Each call polls for at most 10 s (WebDriver's script time-out is 30 s); the loop
        // carries on until the deadline.
        let script = format!(
            "const done = arguments[arguments.length - 1]; \
             const args = [...arguments].slice(0, -1); \
             const holds = () => {{ try {{ return !!(function() {{ {condition} }}).apply(null, args); }} catch (e) {{ return false; }} }}; \
             const end = performance.now() + {chunk}; \
             const poll = () => holds() ? done(true) : performance.now() > end ? done(false) : requestAnimationFrame(poll); \
             poll();",
            chunk = secs.min(10) * 1000
        );
        let deadline = std::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let held = self
                .client
                .execute_async(&script, args.clone())
                .await
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            if held == Value::Bool(true) {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{what}: not within {secs} s"
            );
        }
    }

    /// Waits `n` animation frames of the page.
    pub async fn frames(&self, n: u32) {
        self.client
            .execute_async(
                "const done = arguments[1]; let left = arguments[0]; \
                 const tick = () => --left <= 0 ? done() : requestAnimationFrame(tick); \
                 requestAnimationFrame(tick);",
                vec![json!(n)],
            )
            .await
            .unwrap_or_else(|e| panic!("waiting {n} frames: {e}"));
    }

    /// Lets pending effects and redraws settle, and waits for the page's catch-up after an
    /// input pause (the address bar and the panels out of view: `data-pending` on the root
    /// element, src/ui/settle.rs) so that what a test reads is current. Fails the test if
    /// the page does not settle (a catch-up that never ends is a bug).
    pub async fn settle(&self) {
        self.client
            .execute_async(
                "const done = arguments[0]; \
                 const frames = () => requestAnimationFrame(() => requestAnimationFrame(check)); \
                 const check = () => document.documentElement.hasAttribute('data-pending') ? frames() : done(); \
                 frames();",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("the page did not settle: {e}"));
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
/// Clicks the element with this test id, waiting up to 10 s for it to exist: the panels
/// below the Explorer are built a frame after it, so "the page has opened" does not mean
/// that every control is there yet.
pub async fn click(b: &Browser, testid: &str) {
    b.wait_for(
        &format!("[data-testid='{testid}']"),
        10,
        &format!("{testid} appears"),
    )
    .await
    .click()
    .await
    .unwrap();
}
