use super::*;

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn charts_export_png_svg_csv_and_tables() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open(&server.url("")).await;
    b.settle().await;
    for kind in ["png", "svg", "csv"] {
        click(&b, &format!("{kind}-loss")).await;
    }
    click(&b, "png-heatmap-a").await;
    let files = b.downloads().await;
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "focal-loss.png",
            "focal-loss.svg",
            "focal-loss.csv",
            "focal-heatmap-a.png"
        ]
    );
    // PNG: a real image at twice the canvas's CSS size.
    // (Read from the PNG header: the page's CSP rightly refuses to load data: images.)
    let dims = b
        .js(
            "const bytes = atob(arguments[0].split(',')[1]); const u32 = o => ((bytes.charCodeAt(o) << 24) | (bytes.charCodeAt(o + 1) << 16) | (bytes.charCodeAt(o + 2) << 8) | bytes.charCodeAt(o + 3)) >>> 0;              return [bytes.slice(1, 4) === 'PNG' ? u32(16) : null, u32(20)];",
            vec![json!(files[0].1)],
        )
        .await;
    let css = b
        .js(
            // The content box, which may be fractional (clientWidth rounds it).
            "const c = document.querySelector('[data-testid=canvas-loss]'); const r = c.getBoundingClientRect(); return [r.width - 2 * c.clientLeft, r.height - 2 * c.clientTop];",
            vec![],
        )
        .await;
    assert_eq!(
        dims[0].as_f64().unwrap(),
        (2.0 * css[0].as_f64().unwrap()).round()
    );
    assert_eq!(
        dims[1].as_f64().unwrap(),
        (2.0 * css[1].as_f64().unwrap()).round()
    );
    // SVG: the same drawing, as vector text.
    let svg = b.blob_text(&files[1].1).await;
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(80)]);
    assert!(svg.contains("focal loss vs p_t") && svg.contains("<polyline"));
    // CSV: every plotted point.
    let csv = b.blob_text(&files[2].1).await;
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("series,x,y"));
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() > 1000, "{} rows", rows.len());
    assert!(rows.iter().all(|r| r.split(',').count() == 3));
    // The table toggle shows the plotted numbers.
    click(&b, "table-toggle-modulating").await;
    b.settle().await;
    let cells = b
        .js(
            "return document.querySelectorAll('[data-testid=table-modulating] tbody tr').length;",
            vec![],
        )
        .await;
    assert_eq!(cells, json!(11));
    assert_clean(&b, &server).await;
    b.finish().await;
}

#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn share_theme_code_snippets_and_the_smallest_phone() {
    use focal::snippets::snippets;
    use focal::state::codec::decode;
    let server = Server::start();
    // Device emulation: a headless window cannot be narrower than 500 px.
    let b = Browser::phone(320, 800).await;
    let query = "?gamma=1.5&alpha=0.4&pt=0.7&y=0";
    b.open(&server.url(query)).await;
    b.settle().await;
    let inner = b.js("return innerWidth;", vec![]).await.as_f64();
    assert_eq!(inner, Some(320.0), "the page is laid out at 320 px");
    let overflow = b.horizontal_overflow().await;
    assert!(overflow <= 0.0, "320 px: horizontal overflow {overflow}");
    // Share: the permalink is offered.
    click(&b, "share").await;
    b.settle().await;
    let link = b
        .js(
            "return document.querySelector('[data-testid=share-url]').value;",
            vec![],
        )
        .await;
    assert!(
        link.as_str()
            .unwrap()
            .contains("gamma=1.5&alpha=0.4&pt=0.7&y=0"),
        "{link}"
    );
    // Embed: a ready iframe snippet for the current state.
    click(&b, "embed-open").await;
    b.settle().await;
    let snippet = b
        .js(
            "return document.querySelector('[data-testid=embed-snippet]').value;",
            vec![],
        )
        .await;
    let snippet = snippet.as_str().unwrap();
    assert!(
        snippet.starts_with("<iframe src=\"http://127.0.0.1:"),
        "{snippet}"
    );
    assert!(
        snippet.contains("gamma=1.5") && snippet.contains("&embed=explorer"),
        "{snippet}"
    );
    // The snippet follows every change at once, not one change behind: it is built from
    // the state, not read back from the address bar a frame later. (The last change
    // restores γ for the checks below.)
    for gamma in ["3.5", "4.5", "1.5"] {
        b.js(
            "const e = document.querySelector('[data-testid=gamma-number]');
             e.value = arguments[0];
             e.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![json!(gamma)],
        )
        .await;
        let snippet = b
            .js(
                "return document.querySelector('[data-testid=embed-snippet]').value;",
                vec![],
            )
            .await;
        let snippet = snippet.as_str().unwrap();
        assert!(
            snippet.contains(&format!("gamma={gamma}&")),
            "γ = {gamma}: {snippet}"
        );
    }
    // Theme: the page and the charts follow the choice. (At 320 px the chart is below the
    // controls, and a chart off screen draws when it comes into view.)
    b.show("canvas-loss").await;
    let before = b.canvas_pixels("loss").await;
    b.client
        .find(Locator::Css("[data-testid='theme']"))
        .await
        .unwrap()
        .select_by_value("dark")
        .await
        .unwrap();
    b.settle().await;
    assert_eq!(
        b.js("return document.documentElement.dataset.theme;", vec![])
            .await,
        json!("dark")
    );
    b.show("canvas-loss").await;
    assert_ne!(b.canvas_pixels("loss").await, before, "charts re-colour");
    // The code panel's values are the libraries' values for this point.
    let want = snippets(&decode(query).0.point());
    for (id, s) in [
        "code-value-torchvision",
        "code-value-keras",
        "code-value-pytorch",
    ]
    .iter()
    .zip(&want)
    {
        let got = b.value(id).await;
        assert!(
            (got - s.value).abs() <= 1e-12 * s.value.abs(),
            "{id}: {got} vs {}",
            s.value
        );
    }
    assert_clean(&b, &server).await;
    b.finish().await;
}

/// In an embed of the Explorer the later module is not loaded at start-up (the service worker
/// may have cached it); a chart's tool loads it on its first click, and works (the table too).
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn chart_tools_in_an_explorer_embed_load_the_later_module_on_first_use() {
    let server = Server::start();
    let b = Browser::start(1.0, 1280, 1000).await;
    b.open_any(&server.url("?embed=explorer")).await;
    b.wait_for("[data-testid='csv-loss']", 20, "the Explorer's tools")
        .await;
    b.settle().await;
    click(&b, "csv-loss").await;
    b.wait_until(
        "return window.__downloads.length === 1;",
        vec![],
        20,
        "the CSV is saved once the later module is in",
    )
    .await;
    let files = b.downloads().await;
    assert_eq!(files[0].0, "focal-loss.csv");
    assert!(b.blob_text(&files[0].1).await.starts_with("series,x,y\n"));
    click(&b, "table-toggle-loss").await;
    b.wait_for("[data-testid='table-loss'] td", 20, "the table")
        .await;
    assert_clean(&b, &server).await;
    b.finish().await;
}
