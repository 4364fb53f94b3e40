//! The softmax form: 3 to 5 classes with editable logits, a target class and per-class α;
//! probabilities, CE, FL and the gradient on every logit.

use super::controls::{ListControl, NumberControl};
use super::readout::Readout;
use crate::core::loss::{softmax_focal, ClassAlpha};
use crate::format::{data_value, num};
use crate::state::codec::reconcile;
use crate::state::{State, GAMMA, MC_ALPHA, MC_LOGITS};
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
    // Changing the number of classes keeps α and the target consistent.
    let update = move |f: Box<dyn Fn(&mut State)>| {
        set_state.update(|s| {
            f(s);
            reconcile(s);
        })
    };
    let rows = move || {
        let (focal, _) = result.get();
        let m = mc.get();
        (0..m.logits.len())
            .map(|k| {
                view! {
                    <tr class:current=k == m.target>
                        <th scope="row">{k}{(k == m.target).then_some(" (target)")}</th>
                        <td>{num(m.logits[k])}</td>
                        <td data-testid=format!("mc-p-{k}") data-value=data_value(focal.probabilities[k])>{num(focal.probabilities[k])}</td>
                        <td data-testid=format!("mc-grad-{k}") data-value=data_value(focal.grad[k])>{num(focal.grad[k])}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel multiclass" aria-labelledby="multiclass-title" data-testid="multiclass">
            <h2 id="multiclass-title">"Multi-class (softmax) focal loss"</h2>
            <p class="intro">"FL = −α_t (1 − p_t)^γ ln p_t with p = softmax(logits); α is per class (Keras’s convention)."</p>
            <div class="explorer-grid">
                <div class="controls">
                    <ListControl
                        param=&MC_LOGITS
                        values=Memo::new(move |_| state.with(|s| s.multiclass.logits.clone()))
                        on_change=Callback::new(move |v: Vec<f64>| update(Box::new(move |s| s.multiclass.logits = v.clone())))
                        item="class"
                        new_value=0.0
                    />
                    <div class="control">
                        <label for="mc-target-select">"Target class"</label>
                        <select
                            id="mc-target-select"
                            data-testid="mc-target"
                            data-value=move || mc.get().target.to_string()
                            prop:value=move || mc.get().target.to_string()
                            on:change=move |ev| {
                                if let Ok(t) = event_target_value(&ev).parse::<usize>() {
                                    update(Box::new(move |s| s.multiclass.target = t));
                                }
                            }
                        >
                            {move || {
                                (0..mc.with(|m| m.logits.len()))
                                    .map(|k| view! { <option value=k.to_string()>{format!("class {k}")}</option> })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <ListControl
                        param=&MC_ALPHA
                        values=Memo::new(move |_| state.with(|s| s.multiclass.alpha.clone()))
                        on_change=Callback::new(move |v: Vec<f64>| update(Box::new(move |s| {
                            // α follows the classes: its length is set by the logits.
                            let n = s.multiclass.logits.len();
                            s.multiclass.alpha = v.iter().copied().chain(std::iter::repeat(0.25)).take(n).collect();
                        })))
                        item="α"
                        new_value=0.25
                    />
                    <NumberControl
                        param=&GAMMA
                        prefix="mc-"
                        value=gamma
                        on_change=Callback::new(move |v| set_state.update(|s| s.shared.gamma = v))
                    />
                </div>
                <div class="results">
                    <dl class="readouts">
                        <Readout testid="mc-ce" label="CE = −ln p_target" value=Signal::derive(move || result.get().1)/>
                        <Readout testid="mc-fl" label="FL" value=Signal::derive(move || result.get().0.loss)/>
                    </dl>
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Multi-class table">
                        <table class="numbers" data-testid="mc-table">
                            <thead>
                                <tr>
                                    <th scope="col">"class"</th>
                                    <th scope="col">"logit"</th>
                                    <th scope="col">"softmax p"</th>
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
