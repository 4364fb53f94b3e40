//! The browser: chromedriver and one headless Chromium session, DevTools commands, and the
//! waits and reads the tests use.

use super::*;

/// A DevTools command, as chromedriver's `goog/cdp/execute` endpoint takes it.
#[derive(Debug)]
pub(super) struct Cdp {
    pub(super) cmd: String,
    pub(super) params: Value,
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
