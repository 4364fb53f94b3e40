//! Other people's results beside the lab's: the paper's Table 1 and published COCO numbers.

use crate::published::{DETECTORS, TABLE1A_CE_ALPHA, TABLE1B_GAMMA_ALPHA};
use leptos::prelude::*;

/// Other people's numbers, clearly marked as such.
#[component]
pub fn Published() -> impl IntoView {
    view! {
        <details class="published" data-testid="published">
            <summary>"Published results for context (COCO, deep detectors — not computed here)"</summary>
            <div class="calculator-grid">
                <div class="table-scroll" tabindex="0" role="region" aria-label="Paper Table 1a">
                    <table class="numbers">
                        <caption>"Lin et al. 2017, Table 1a: α-balanced CE (γ = 0), ResNet-50, COCO minival"</caption>
                        <thead><tr><th scope="col">"α"</th><th scope="col">"AP"</th><th scope="col">"AP50"</th><th scope="col">"AP75"</th></tr></thead>
                        <tbody>
                            {TABLE1A_CE_ALPHA.iter().map(|(a, ap, ap50, ap75)| view! { <tr><th scope="row">{a.to_string()}</th><td>{ap.to_string()}</td><td>{ap50.to_string()}</td><td>{ap75.to_string()}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Paper Table 1b">
                    <table class="numbers">
                        <caption>"Lin et al. 2017, Table 1b: focal loss, best α for each γ"</caption>
                        <thead><tr><th scope="col">"γ"</th><th scope="col">"α"</th><th scope="col">"AP"</th><th scope="col">"AP50"</th><th scope="col">"AP75"</th></tr></thead>
                        <tbody>
                            {TABLE1B_GAMMA_ALPHA.iter().map(|(g, a, ap, ap50, ap75)| view! { <tr><th scope="row">{g.to_string()}</th><td>{a.to_string()}</td><td>{ap.to_string()}</td><td>{ap50.to_string()}</td><td>{ap75.to_string()}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="table-scroll" tabindex="0" role="region" aria-label="COCO detectors table">
                    <table class="numbers">
                        <caption>"COCO test-dev as reported by each paper (speeds from each paper’s own hardware; not comparable across rows)"</caption>
                        <thead><tr><th scope="col">"detector"</th><th scope="col">"backbone"</th><th scope="col">"AP"</th><th scope="col">"AP50"</th><th scope="col">"AP75"</th><th scope="col">"FPS"</th><th scope="col">"source"</th></tr></thead>
                        <tbody>
                            {DETECTORS.iter().map(|d| view! { <tr><th scope="row">{d.name}</th><td>{d.backbone}</td><td>{d.ap.to_string()}</td><td>{d.ap50.to_string()}</td><td>{d.ap75.to_string()}</td><td>{d.fps}</td><td class="source">{d.source}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </div>
        </details>
    }
}
