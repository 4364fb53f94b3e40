//! What a test does with the page once the browser is up: open it, read and wait for it.

use super::*;

impl Browser {
    /// Opens the full page and waits until every panel is built: the Explorer shows its
    /// numbers, and the panels below it exist ([`Browser::build_whole_page`]).
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
        self.wait_for("[data-testid='fl'][data-value]", 20, "the Explorer renders")
            .await;
        self.build_whole_page().await;
    }

    /// Waits for the element with this id and the page to settle, then fails unless the
    /// element is at the top of the window (a link to it has landed).
    pub async fn assert_landed_on(&self, id: &str) {
        self.wait_for(&format!("#{id}"), 20, &format!("#{id} exists"))
            .await;
        self.settle().await;
        let top = self
            .js(
                "return document.getElementById(arguments[0]).getBoundingClientRect().top;",
                vec![json!(id)],
            )
            .await
            .as_f64()
            .unwrap();
        assert!((-5.0..100.0).contains(&top), "#{id} is at {top} px");
    }

    /// Scrolls to the end of the page, frame after frame, until the last panel (the check
    /// panel) exists, then back to the top, as a reader who has been down the whole page:
    /// the panels below the Explorer are built as the reader nears them (src/ui/later.rs).
    pub async fn build_whole_page(&self) {
        self.client
            .execute_async(
                "const done = arguments[0]; const until = performance.now() + 20000; \
                 const step = () => { \
                   window.scrollTo(0, document.documentElement.scrollHeight); \
                   if (document.querySelector(\"[data-testid='check']\")) { window.scrollTo(0, 0); done(true); } \
                   else if (performance.now() > until) { done(false); } \
                   else { requestAnimationFrame(step); } }; \
                 step();",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .filter(|built| *built)
            .expect("the panels below the Explorer are built as the page is scrolled to its end");
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
    /// element, src/ui/settle.rs) and for the pieces of the page still to be built
    /// (`data-building`, src/ui/browser/idle.rs), so that what a test reads is current.
    /// Fails the test if the page does not settle (a catch-up that never ends is a bug).
    pub async fn settle(&self) {
        self.client
            .execute_async(
                "const done = arguments[0]; \
                 const frames = () => requestAnimationFrame(() => requestAnimationFrame(check)); \
                 const busy = () => ['data-pending', 'data-building'].some(a => document.documentElement.hasAttribute(a)); \
                 const check = () => busy() ? frames() : done(); \
                 frames();",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("the page did not settle: {e}"));
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
