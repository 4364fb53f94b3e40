//! The softmax form: 3 to 5 classes with editable logits, a target class and per-class α;
//! probabilities, CE, FL and the gradient on every logit.

use crate::core::loss::{softmax_focal, ClassAlpha};
use crate::format::{data_value, num};
use crate::i18n::{msg, t, tf};
use crate::state::{State, Value, GAMMA, MC_ALPHA, MC_LOGITS, MC_TARGET};
use crate::ui::widgets::controls::{classroom, BoundList, BoundNumber, ALPHAS, CLASSES};
use crate::ui::widgets::readout::Readout;
use leptos::prelude::*;

#[component]
pub fn MultiClassPanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    // The panel depends on its own settings and γ only.
    let mc = Memo::new(move |_| state.with(|s| s.multiclass.clone()));
    let gamma = Memo::new(move |_| state.with(|s| s.shared.gamma));
    let result = Memo::new(move |_| {
        let (m, g) = (mc.get(), gamma.get());
        let target = m.target;
        let focal = softmax_focal(&m.logits, target, &ClassAlpha::PerClass(m.alpha.clone()), g);
        let ce = softmax_focal(&m.logits, target, &ClassAlpha::Scalar(1.0), 0.0);
        (focal, ce.loss)
    });
    let rows = move || {
        let (focal, _) = result.get();
        let m = mc.get();
        (0..m.logits.len())
            .map(|k| {
                view! {
                    <tr class:current=k == m.target>
                        <th scope="row">{if k == m.target { tf(msg::MULTICLASS_TARGET_ROW, &[("k", &k.to_string())]) } else { k.to_string() }}</th>
                        <td>{num(m.logits[k])}</td>
                        <td data-testid=format!("mc-p-{k}") data-value=data_value(focal.probabilities[k])>{num(focal.probabilities[k])}</td>
                        <td data-testid=format!("mc-grad-{k}") data-value=data_value(focal.grad[k])>{num(focal.grad[k])}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let (target_hidden, target_locked) = classroom(state, MC_TARGET.key);
    view! {
        <section class="panel multiclass" aria-labelledby="multiclass-title" data-testid="multiclass">
            <h2 id="multiclass-title">{t(msg::MULTICLASS_HEADING)}</h2>
            <p class="intro">{t(msg::MULTICLASS_INTRO)}</p>
            <div class="explorer-grid">
                <div class="controls">
                    <BoundList param=&MC_LOGITS state=state set_state=set_state item=CLASSES new_value=0.0/>
                    <div class="control" hidden=target_hidden data-locked=target_locked>
                        <label for="mc-target-select">{t(MC_TARGET.label)}</label>
                        <select
                            id="mc-target-select"
                            data-testid="mc-target"
                            data-value=move || mc.get().target.to_string()
                            prop:value=move || mc.get().target.to_string()
                            disabled=target_locked
                            on:change=move |ev| {
                                if let Ok(t) = event_target_value(&ev).parse::<usize>() {
                                    set_state.update(|s| s.set(&MC_TARGET, Value::Number(t as f64)));
                                }
                            }
                        >
                            {move || {
                                (0..mc.with(|m| m.logits.len()))
                                    .map(|k| view! { <option value=k.to_string()>{tf(msg::MULTICLASS_CLASS, &[("k", &k.to_string())])}</option> })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <BoundList param=&MC_ALPHA state=state set_state=set_state item=ALPHAS new_value=0.25/>
                    <BoundNumber param=&GAMMA prefix="mc-" state=state set_state=set_state/>
                </div>
                <div class="results">
                    <dl class="readouts">
                        <Readout testid="mc-ce" label=t(msg::MULTICLASS_CE) value=Signal::derive(move || result.get().1)/>
                        <Readout testid="mc-fl" label="FL" value=Signal::derive(move || result.get().0.loss)/>
                    </dl>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t(msg::MULTICLASS_TABLE)>
                        <table class="numbers" data-testid="mc-table">
                            <thead>
                                <tr>
                                    <th scope="col">{t(msg::MULTICLASS_COL_CLASS)}</th>
                                    <th scope="col">{t(msg::MULTICLASS_COL_LOGIT)}</th>
                                    <th scope="col">{t(msg::MULTICLASS_COL_P)}</th>
                                    <th scope="col">"dFL/dlogit"</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </div>
            </div>
        </section>
    }
}
