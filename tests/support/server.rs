//! The static file server: the built site under a sub-path, with routes for the cases a
//! static host can present (plain, gzip, brotli, no wasm), switches read per request and a
//! log of every request.

use super::*;

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
/// by `@@chart:<id>@@`. Its argument is the toolbar's inert copy ([`toolbar_copy`]): the app
/// clones the pre-rendered one, so the file, not the page, is its source.
pub const FIRST_VIEW: &str = r#"
const body = document.body.cloneNode(true);
body.querySelector('.toolbar-static').innerHTML = arguments[0];
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

/// The argument of [`FIRST_VIEW`]: the toolbar's inert copy as the code builds it, in English.
pub fn toolbar_copy() -> Vec<serde_json::Value> {
    vec![serde_json::json!(focal::toolbar::placeholder(
        focal::i18n::Lang::Auto
    ))]
}

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
