use super::*;

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn strict_csp_and_no_other_origin() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("")).await;
    let policy = b
        .js(
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]')?.content;",
            vec![],
        )
        .await;
    assert_eq!(
        policy,
        json!("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'")
    );
    let inline = b
        .js(
            "return [...document.scripts].filter(s => !s.src).length;",
            vec![],
        )
        .await;
    assert_eq!(inline, json!(0), "no inline scripts");
    let origins = b
        .js(
            "return [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).origin))];",
            vec![],
        )
        .await;
    let here = format!("http://127.0.0.1:{}", server.port);
    for o in origins.as_array().unwrap() {
        assert_eq!(o.as_str().unwrap(), here, "a request to another origin");
    }
    assert_clean(&b, &server).await; // includes zero CSP violations
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn works_offline_after_the_first_visit() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("?gamma=3")).await;
    let ready = b
        .client
        .execute_async(
            "const done = arguments[0]; navigator.serviceWorker.ready.then(() => done(true), () => done(false));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ready, json!(true), "the service worker installs");
    b.wait_for_service_worker().await;
    let manifest = b
        .js(
            "return document.querySelector('link[rel=manifest]')?.getAttribute('href');",
            vec![],
        )
        .await;
    assert_eq!(manifest, json!("./manifest.webmanifest"));
    server.down.store(true, std::sync::atomic::Ordering::SeqCst);
    b.client.goto(&server.url("?gamma=1")).await.unwrap();
    b.wait_for(
        "[data-testid='fl'][data-value]",
        20,
        "the app loads with the network down",
    )
    .await;
    assert_eq!(
        b.value("gamma").await,
        1.0,
        "offline, the URL still sets the state"
    );
    // The later panels' module, which no tag of the page names, was cached on install too.
    b.build_whole_page().await;
    b.wait_for(
        "[data-testid='lab']",
        20,
        "the lab offline (the later module)",
    )
    .await;
    b.finish().await;
}

/// The service worker is registered once start-up is over, not while the Explorer mounts
/// (its start and its install's downloads made the page interactive 21–41 ms later): on the
/// full page its script is asked for only after the page has asked for its later module;
/// an embed of the Explorer, which loads no later module, registers it too.
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_service_worker_waits_until_start_up_is_over() {
    const READY: &str = "const done = arguments[0]; navigator.serviceWorker.ready.then(() => done(true), () => done(false));";
    let server = Server::start();
    for query in ["", "?embed=explorer"] {
        server.requests.lock().unwrap().clear();
        let b = Browser::start(1.0, 1280, 1000).await;
        b.open_any(&server.url(query)).await;
        let ready = b.client.execute_async(READY, vec![]).await.unwrap();
        assert_eq!(
            ready,
            json!(true),
            "the service worker installs ({query:?})"
        );
        let requests = server.requests.lock().unwrap().clone();
        // The worker's script and the later modules are asked for without a query.
        let file = |r: &String| r.rsplit('/').next().unwrap_or_default().to_owned();
        let worker = requests
            .iter()
            .position(|r| file(r) == "sw.js")
            .unwrap_or_else(|| panic!("sw.js was never asked for ({query:?}): {requests:?}"));
        if query.is_empty() {
            let later = requests
                .iter()
                .position(|r| file(r).starts_with("later-") && file(r).ends_with(".wasm"));
            assert!(
                later.is_some_and(|l| l < worker),
                "the worker's script was asked for before the later module: {requests:?}"
            );
        }
        b.finish().await;
    }
}

/// The release build's brotli side files are the same site: served as a host with
/// precompressed files would (`support::BROTLI`), every module decodes and the lab comes up.
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn the_brotli_side_files_serve_the_same_site() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    // Every request goes to the server: once the service worker controls the page, it
    // serves a later module from its cache, decoded, which is not what this test reads.
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))
        .await;
    // Twice: by the second visit the service worker is installed and would serve the
    // page, but it is bypassed.
    for visit in ["first", "second"] {
        b.client.goto(&server.url(support::BROTLI)).await.unwrap();
        b.wait_for("[data-testid='fl'][data-value]", 20, "the Explorer")
            .await;
        b.build_whole_page().await;
        b.wait_for(
            "[data-testid='lab']",
            30,
            &format!("the lab, from the .br files ({visit} visit)"),
        )
        .await;
        b.wait_until(
            "navigator.serviceWorker.ready.then(() => { window.__workerReady = true; }); return window.__workerReady === true;",
            vec![],
            20,
            &format!("the service worker is active ({visit} visit)"),
        )
        .await;
    }
    let wasm = b
        .js(
            "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('.wasm')).map(e => [new URL(e.name).pathname.split('/').pop(), e.encodedBodySize, e.decodedBodySize]);",
            vec![],
        )
        .await;
    let dist = support::dist_dir();
    let entries = wasm.as_array().expect("wasm entries");
    assert!(
        entries.len() >= 2,
        "the first and the later modules: {wasm}"
    );
    for e in entries {
        let name = e[0].as_str().unwrap();
        let br = std::fs::metadata(dist.join(format!("{name}.br")))
            .unwrap_or_else(|_| panic!("{name}.br is built"))
            .len() as f64;
        let raw = std::fs::metadata(dist.join(name)).unwrap().len() as f64;
        assert_eq!(e[1].as_f64().unwrap(), br, "{name} came as its .br file");
        assert_eq!(
            e[2].as_f64().unwrap(),
            raw,
            "{name} decodes to the built file"
        );
    }
    b.finish().await;
}
