//! Calculators: α from class counts (inverse frequency and Cui et al.'s class-balanced
//! weights) and the paper's prior-probability bias initialisation.

use crate::core::imbalance::{
    alpha_from_frequency, class_balanced_weights, initial_loss, inverse_frequency_weights,
    prior_bias, FREQUENCY_ALPHA_CLIP, INVERSE_FREQUENCY_CLIP,
};
use crate::core::loss::Alpha;
use crate::format::{count, data_value, num, percent};
use crate::i18n::{msg, t, tf};
use crate::state::{State, ANCHORS, CB_BETA, COUNTS, OBJECTS, PRIOR};
use crate::ui::browser::idle::piece;
use crate::ui::widgets::controls::{BoundList, BoundNumber, ChoiceControl, CLASSES};
use crate::ui::widgets::readout::Readout;
use leptos::prelude::*;

#[component]
pub fn CalculatorsPanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    view! {
        <section class="panel calculators" aria-labelledby="calculators-title" data-testid="calculators">
            <h2 id="calculators-title">{t(msg::PANEL_CALCULATORS)}</h2>
            <div class="calculator-grid">
                <AlphaCalculator state=state set_state=set_state/>
                // A piece of its own (`browser/idle.rs`): one task for both is long on a phone.
                {piece(move || view! { <PriorCalculator state=state set_state=set_state/> })}
            </div>
        </section>
    }
}

/// α from class counts: inverse frequency, class-balanced weights and "α from frequency".
#[component]
fn AlphaCalculator(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    // Keyed by the calculators' own settings.
    let own = Memo::new(move |_| state.with(|s| s.calculators.clone()));
    let weights = Memo::new(move |_| {
        let s = own.get();
        let total: f64 = s.counts.iter().sum();
        let inverse = inverse_frequency_weights(&s.counts);
        let balanced = class_balanced_weights(&s.counts, s.beta.value_of());
        let frequency = alpha_from_frequency(&s.counts);
        s.counts
            .iter()
            .zip(inverse)
            .zip(balanced)
            .zip(frequency)
            .map(|(((n, inv), cb), fa)| {
                (*n, if total > 0.0 { n / total } else { 0.0 }, inv, cb, fa)
            })
            .collect::<Vec<_>>()
    });
    let weight_rows = move || {
        weights
            .get()
            .into_iter()
            .enumerate()
            .map(|(k, (n, freq, inv, cb, fa))| {
                view! {
                    <tr>
                        <th scope="row">{k}</th>
                        <td>{count(n)}</td>
                        <td data-testid=format!("freq-{k}") data-value=data_value(freq)>{percent(freq)}</td>
                        <td data-testid=format!("alpha-inv-{k}") data-value=data_value(inv)>{num(inv)}</td>
                        <td data-testid=format!("alpha-cb-{k}") data-value=data_value(cb)>{num(cb)}</td>
                        <td data-testid=format!("alpha-freq-{k}") data-value=data_value(fa)>{num(fa)}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    let (clip_lo, clip_hi) = INVERSE_FREQUENCY_CLIP;
    let (freq_lo, freq_hi) = FREQUENCY_ALPHA_CLIP;

    view! {
        <div>
            <h3>{t(msg::ALPHA_CALC_HEADING)}</h3>
            <BoundList param=&COUNTS state=state set_state=set_state item=CLASSES new_value=100.0/>
            <ChoiceControl param=&CB_BETA state=state set_state=set_state/>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t(msg::ALPHA_TABLE)>
                <table class="numbers" data-testid="alpha-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(msg::MULTICLASS_COL_CLASS)}</th>
                            <th scope="col">{t(msg::ALPHA_COL_COUNT)}</th>
                            <th scope="col">{t(msg::ALPHA_COL_FREQ)}</th>
                            <th scope="col">{tf(msg::ALPHA_COL_INV, &[("lo", &num(clip_lo)), ("hi", &num(clip_hi))])}</th>
                            <th scope="col">{t(msg::ALPHA_COL_CB)}</th>
                            <th scope="col">{tf(msg::ALPHA_COL_FROM_FREQ, &[("lo", &num(freq_lo)), ("hi", &num(freq_hi))])}</th>
                        </tr>
                    </thead>
                    <tbody>{weight_rows}</tbody>
                </table>
            </div>
            <p class="note">
                {t(msg::ALPHA_NOTE_1)}" "{t(msg::ALPHA_NOTE_2)}" "{t(msg::ALPHA_NOTE_3)}
            </p>
        </div>
    }
}

/// The paper's prior-probability bias initialisation (§3.3) and the first loss it gives.
#[component]
fn PriorCalculator(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    // Keyed by π, N, the objects, α and γ.
    let prior_inputs = Memo::new(move |_| {
        state.with(|s| {
            (
                s.shared.prior,
                s.imbalance.anchors,
                s.calculators.objects,
                s.shared.alpha(),
                s.shared.gamma,
            )
        })
    });
    let prior = Memo::new(move |_| {
        let (prior, anchors, objects, alpha, gamma) = prior_inputs.get();
        let b = prior_bias(prior);
        let negatives = anchors - objects;
        (
            b,
            initial_loss(0.0, negatives, objects, Alpha::None, 0.0),
            initial_loss(b, negatives, objects, Alpha::None, 0.0),
            initial_loss(0.0, negatives, objects, alpha, gamma),
            initial_loss(b, negatives, objects, alpha, gamma),
        )
    });
    let p = move |f: fn(&(f64, f64, f64, f64, f64)) -> f64| Signal::derive(move || f(&prior.get()));
    view! {
        <div>
            <h3>{t(msg::PRIOR_HEADING)}</h3>
            <BoundNumber param=&PRIOR state=state set_state=set_state/>
            <BoundNumber param=&ANCHORS prefix="prior-" state=state set_state=set_state/>
            <BoundNumber param=&OBJECTS state=state set_state=set_state/>
            <dl class="readouts">
                <Readout testid="prior-bias" label=t(msg::PRIOR_BIAS) value=p(|v| v.0)/>
                <Readout testid="init-loss-zero-bias" show=count label=t(msg::PRIOR_CE_ZERO) value=p(|v| v.1)/>
                <Readout testid="init-loss-prior" show=count label=t(msg::PRIOR_CE_PRIOR) value=p(|v| v.2)/>
                <Readout testid="init-loss-zero-bias-fl" show=count label=t(msg::PRIOR_FL_ZERO) value=p(|v| v.3)/>
                <Readout testid="init-loss-prior-fl" show=count label=t(msg::PRIOR_FL_PRIOR) value=p(|v| v.4)/>
            </dl>
            <p class="note" data-testid="prior-sentence">
                {move || {
                    let (_, zero, with_prior, _, _) = prior.get();
                    tf(msg::PRIOR_SENTENCE, &[("zero", &count(zero)), ("prior", &count(with_prior))])
                }}
            </p>
        </div>
    }
}
