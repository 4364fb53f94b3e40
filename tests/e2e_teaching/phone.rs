use super::*;

/// On a phone the chart a slider moves stays in view while the slider is used: with the γ
/// slider (then p_t, then the readouts) in the middle of a 320, 360 or 412 px screen, the
/// Explorer's loss chart is wholly on screen; the same for the imbalance ratio and its
/// share chart.
#[tokio::test]
#[ignore = "needs the built site and chromedriver: run by scripts/test"]
async fn on_a_phone_the_chart_stays_in_view_while_a_slider_moves() {
    let server = Server::start();
    for width in [320, 360, 412] {
        let b = Browser::phone(width, 740).await;
        b.open(&server.url("")).await;
        let inner = b.js("return innerWidth;", vec![]).await.as_f64().unwrap();
        assert_eq!(inner, width as f64, "a real {width} px viewport");
        for (slider, chart) in [
            ("gamma", "loss"),
            ("pt", "loss"),
            ("fl", "loss"),
            ("ratio", "share"),
            ("imb-gamma", "share"),
        ] {
            b.show(slider).await;
            let rects = b
                .js(
                    "const r = s => document.querySelector(`[data-testid='${s}']`).getBoundingClientRect(); \
                     const c = r('canvas-' + arguments[1]), s = r(arguments[0]); \
                     return [c.top, c.bottom, s.top, s.bottom, innerHeight];",
                    vec![json!(slider), json!(chart)],
                )
                .await;
            let v: Vec<f64> = rects
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_f64().unwrap())
                .collect();
            let (chart_top, chart_bottom, slider_top, slider_bottom, height) =
                (v[0], v[1], v[2], v[3], v[4]);
            assert!(
                chart_top >= -1.0 && chart_bottom <= height + 1.0,
                "{width} px, {slider}: chart {chart} at {chart_top}..{chart_bottom} of {height}"
            );
            assert!(
                slider_top >= chart_bottom - 1.0 && slider_bottom <= height,
                "{width} px: {slider} at {slider_top}..{slider_bottom} hidden by the chart (bottom {chart_bottom})"
            );
        }
        assert_clean(&b, &server).await;
        b.finish().await;
    }
}
