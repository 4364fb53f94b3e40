//! The Explorer panel: γ, α, p_t and the true class; live readouts, formulas, examples
//! and the three charts.

use crate::core::loss::point_readout;
use crate::format::{num, times_smaller};
use crate::mathml;
use crate::plot::explorer::{
    chart_from, gamma_label, references, sample, Quantity, REFERENCE_GAMMAS,
};
use crate::plot::figure::Figure;
use crate::plot::theme::{css, Style};
use crate::state::{State, ALPHA, GAMMA, PT, TRUE_CLASS};
use crate::ui::chart::canvas::ChartCanvas;
use crate::ui::widgets::controls::{BoundNumber, ChoiceControl};
use crate::ui::widgets::formula::Formula;
use crate::ui::widgets::readout::Readout;
use leptos::prelude::*;

struct Example {
    testid: &'static str,
    label: &'static str,
    why: &'static str,
    apply: fn(&mut State),
}

const EXAMPLES: [Example; 4] = [
    Example {
        testid: "example-easy",
        label: "Easy example (p_t = 0.95)",
        why: "Already well classified: focal loss shrinks its loss by (1 − 0.95)^γ, to almost nothing.",
        apply: |s| s.explorer.pt = 0.95,
    },
    Example {
        testid: "example-hard",
        label: "Hard example (p_t = 0.3)",
        why: "Misclassified: (1 − 0.3)^γ stays close to 1, so focal loss keeps most of its cross-entropy.",
        apply: |s| s.explorer.pt = 0.3,
    },
    Example {
        testid: "example-paper-100",
        label: "Paper: γ = 2, p_t = 0.9 → 100×",
        why: "The paper’s first checkpoint: with γ = 2 and no α, an example at p_t = 0.9 has 100× less loss than under CE.",
        apply: |s| {
            s.shared.gamma = 2.0;
            s.shared.alpha = None;
            s.explorer.pt = 0.9;
        },
    },
    Example {
        testid: "example-paper-1000",
        label: "Paper: γ = 2, p_t ≈ 0.968 → ~1000×",
        why: "The paper’s second checkpoint: at p_t ≈ 0.968 the loss is about 1000× lower (exactly 977× at 0.968).",
        apply: |s| {
            s.shared.gamma = 2.0;
            s.shared.alpha = None;
            s.explorer.pt = 0.968;
        },
    },
];

#[component]
pub fn ExplorerPanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    // Everything below depends on these four numbers only: other panels' inputs do not
    // wake the Explorer.
    let point = Memo::new(move |_| state.with(State::point));
    let readout = Memo::new(move |_| {
        let p = point.get();
        point_readout(p.pt, p.positive, p.alpha(), p.gamma)
    });
    let (explanation, set_explanation) = signal(None::<&'static str>);

    let gamma = Signal::derive(move || point.get().gamma);

    let r = move || readout.get();
    let dark = crate::ui::browser::theme::dark();
    // The reference curves change only with α and the true class, the current curve only
    // with γ too; moving p_t only moves the marker.
    let shape = Memo::new(move |_| {
        let p = point.get();
        (p.positive, p.alpha())
    });
    let references = Memo::new(move |_| {
        let (positive, alpha) = shape.get();
        references(positive, alpha)
    });
    let current_key = Memo::new(move |_| (shape.get(), point.get().gamma));
    let current = Memo::new(move |_| {
        let ((positive, alpha), gamma) = current_key.get();
        sample(gamma, positive, alpha)
    });
    let data = Quantity::ALL.map(|q| {
        (
            q,
            Memo::new(move |_| {
                references.with(|r| current.with(|c| point.with(|p| chart_from(q, p, r, c))))
            }),
        )
    });
    // One HTML legend serves the three charts: the reference γ values (hidden when the
    // current γ is one of them) and the current γ, updated in place.
    let style = move || Style {
        scale: 1.0,
        dark: dark.get(),
    };
    let legend = REFERENCE_GAMMAS
        .iter()
        .enumerate()
        .map(|(i, &g)| {
            view! {
                <li hidden=move || gamma.get() == g>
                    <span class="swatch" style:background=move || css(style().series(i))></span>
                    {gamma_label(g)}
                </li>
            }
        })
        .collect_view();
    let charts = data.map(|(q, data)| {
        let summary = Signal::derive(move || {
            let gamma = point.get().gamma;
            let (x, y) = data.get().marker.unwrap_or_default();
            let gammas: Vec<String> = REFERENCE_GAMMAS.iter().map(|g| g.to_string()).collect();
            format!(
                "{}. Curves for γ = {} and the current γ = {}. Marked point: p_t = {}, value {}.",
                data.get().title,
                gammas.join(", "),
                gamma,
                x,
                num(y)
            )
        });
        let figure = Signal::derive(move || Figure::Curves(data.get()));
        view! { <ChartCanvas id=q.id() figure=figure summary=summary/> }
    });

    view! {
        <section class="panel explorer" aria-labelledby="explorer-title" data-testid="explorer">
            <h2 id="explorer-title">"Explorer"</h2>
            <div class="explorer-grid">
                <div class="controls">
                    <BoundNumber param=&GAMMA state=state set_state=set_state/>
                    <BoundNumber param=&ALPHA state=state set_state=set_state/>
                    <BoundNumber param=&PT state=state set_state=set_state/>
                    <ChoiceControl param=&TRUE_CLASS state=state set_state=set_state/>
                    <div class="examples" role="group" aria-label="Examples">
                        {EXAMPLES
                            .iter()
                            .map(|e| {
                                let apply = e.apply;
                                let why = e.why;
                                view! {
                                    <button
                                        type="button"
                                        data-testid=e.testid
                                        on:click=move |_| {
                                            set_state.update(apply);
                                            set_explanation.set(Some(why));
                                        }
                                    >
                                        {e.label}
                                    </button>
                                }
                            })
                            .collect_view()}
                        <p class="explanation" aria-live="polite" data-testid="example-explanation">
                            {move || explanation.get()}
                        </p>
                    </div>
                </div>
                <div class="results">
                    <dl class="readouts">
                        <Readout testid="ce" label="Cross-entropy CE = −ln p_t" value=Signal::derive(move || r().ce)/>
                        <Readout testid="modulating-factor" label="Modulating factor (1 − p_t)^γ" value=Signal::derive(move || r().modulating)/>
                        <Readout testid="alpha-t" label="α_t" value=Signal::derive(move || r().alpha_t)/>
                        <Readout testid="fl" label="Focal loss FL" value=Signal::derive(move || r().fl)/>
                        <Readout
                            testid="ce-over-fl"
                            label="CE ÷ FL"
                            value=Signal::derive(move || r().ce_over_fl)
                            note=Signal::derive(move || times_smaller(r().ce_over_fl))
                        />
                        <Readout testid="grad-fl" label="dFL/dlogit" value=Signal::derive(move || r().grad_fl)/>
                        <Readout testid="grad-ce" label="dCE/dlogit" value=Signal::derive(move || r().grad_ce)/>
                    </dl>
                    <div class="formulas" data-testid="formulas">
                        <Formula mathml=Signal::derive(move || mathml::cross_entropy(&point.get(), &r()))/>
                        <Formula mathml=Signal::derive(move || mathml::focal(&point.get(), &r()))/>
                        <Formula mathml=Signal::derive(move || mathml::gradient(&point.get(), &r()))/>
                    </div>
                </div>
            </div>
            <ul class="legend" data-testid="legend" aria-label="Chart legend">
                {legend}
                <li class="current">
                    <span class="swatch" style:background=move || css(style().highlight())></span>
                    {move || format!("{} (current)", gamma_label(gamma.get()))}
                </li>
                <li>
                    <span class="marker" style:background=move || css(style().highlight())></span>
                    "the current point"
                </li>
            </ul>
            <div class="charts">{charts}</div>
        </section>
    }
}
