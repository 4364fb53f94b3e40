//! Focal loss and its relatives side by side, each with its formula and citation.

use crate::i18n::number::local;
use crate::i18n::{msg, t, tf};
use crate::plot::figure::Figure;
use crate::plot::variants::{variants_chart, VARIANTS};
use crate::state::{State, POLY_EPSILON};
use crate::ui::chart::canvas::ChartCanvas;
use crate::ui::widgets::controls::BoundNumber;
use leptos::prelude::*;

#[component]
pub fn VariantsPanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    // Keyed by the two numbers the chart depends on: no other input recomputes it.
    let inputs = Memo::new(move |_| state.with(|s| (s.shared.gamma, s.variants.poly_epsilon)));
    let chart = Memo::new(move |_| {
        let (gamma, epsilon) = inputs.get();
        Figure::Curves(variants_chart(gamma, epsilon))
    });
    let summary = Signal::derive(move || {
        let (gamma, epsilon) = inputs.get();
        let (gamma, epsilon) = (local(&gamma.to_string()), local(&epsilon.to_string()));
        tf(
            msg::VARIANTS_SUMMARY,
            &[("gamma", &gamma), ("epsilon", &epsilon)],
        )
    });
    view! {
        <section class="panel variants" aria-labelledby="variants-title" data-testid="variants">
            <h2 id="variants-title">{t(msg::VARIANTS_HEADING)}</h2>
            <div class="explorer-grid">
                <div>
                    <BoundNumber param=&POLY_EPSILON state=state set_state=set_state/>
                    <ul class="variant-list">
                        {VARIANTS
                            .iter()
                            .map(|v| view! {
                                <li>
                                    <strong>{v.name}</strong>": "<code dir="ltr">{t(v.formula)}</code>
                                    <br/><small>{t(v.citation)}</small>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </div>
                <ChartCanvas id="variants" figure=chart summary=summary/>
            </div>
        </section>
    }
}
