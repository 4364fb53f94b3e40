//! The lab's settings, folded by default: data, optimisation, and the two runs' losses.

use crate::i18n::{msg, t, tf};
use crate::state::*;
use crate::ui::widgets::controls::{BoundNumber, ChoiceControl};
use leptos::prelude::*;

#[component]
pub(super) fn LabSettings(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    // Visuals first: the settings stay folded unless the link set some of them.
    let open_settings = state.with_untracked(|s| super::scenario::link_sets_settings(&s.lab));
    // A setting that the current choices do not read is disabled (its value is kept).
    let unread = |f: fn(&State) -> bool| Memo::new(move |_| state.with(f));
    view! {
    <details class="lab-settings" data-testid="lab-settings" open=open_settings>
        <summary>{t(msg::SETTINGS_HEADING)}</summary>
        <div class="settings-grid">
            <fieldset>
                <legend>{t(msg::SETTINGS_DATA)}</legend>
                <BoundNumber param=&SEED state=state set_state=set_state/>
                <ChoiceControl param=&SHAPE state=state set_state=set_state/>
                <BoundNumber param=&LAB_POSITIVES state=state set_state=set_state/>
                <BoundNumber param=&LAB_RATIO state=state set_state=set_state/>
                <BoundNumber param=&HARD state=state set_state=set_state/>
                <ChoiceControl param=&QUADRATIC state=state set_state=set_state/>
                <p class="note" data-testid="shape-note" hidden=unread(|s| s.lab.shape != crate::core::data::Shape::Beside)>
                    {t(msg::SETTINGS_SHAPE_NOTE)}
                </p>
            </fieldset>
            <fieldset>
                <legend>{t(msg::SETTINGS_OPTIMISATION)}</legend>
                <ChoiceControl param=&OPTIMISER state=state set_state=set_state/>
                <BoundNumber param=&LR state=state set_state=set_state/>
                <BoundNumber param=&WARMUP state=state set_state=set_state/>
                <ChoiceControl param=&LR_SCHEDULE state=state set_state=set_state/>
                <BoundNumber param=&CLIP state=state set_state=set_state/>
                <ChoiceControl param=&NORMALISATION state=state set_state=set_state/>
                <ChoiceControl param=&USE_PRIOR state=state set_state=set_state/>
                <BoundNumber param=&PRIOR prefix="lab-" state=state set_state=set_state disabled=unread(|s| s.lab.use_prior == PriorStart::Neither)/>
                <ChoiceControl param=&SCHEDULE state=state set_state=set_state/>
                // The seed code's adaptive γ: strong focusing early, nearly CE late.
                <button type="button" data-testid="adaptive-gamma" on:click=move |_| set_state.update(|s| {
                    s.lab.schedule = Schedule::Linear;
                    s.lab.gamma_start = 2.0;
                    s.lab.gamma_end = 0.5;
                })>{tf(msg::SETTINGS_ADAPTIVE, &[("start", &crate::format::num(2.0)), ("end", &crate::format::num(0.5))])}</button>
                <BoundNumber param=&GAMMA_START state=state set_state=set_state disabled=unread(|s| !s.lab.gamma_scheduled())/>
                <BoundNumber param=&GAMMA_END state=state set_state=set_state disabled=unread(|s| !s.lab.gamma_scheduled())/>
                <BoundNumber param=&EPOCHS state=state set_state=set_state/>
                <BoundNumber param=&SPEED state=state set_state=set_state/>
            </fieldset>
            // The two runs share one column: side by side they would leave the
            // third column mostly empty and put Run B alone on a new row.
            <div class="settings-runs">
                <fieldset>
                    <legend>{tf(msg::SETTINGS_RUN, &[("run", "A")])}</legend>
                    <ChoiceControl param=&A_LOSS state=state set_state=set_state/>
                    <BoundNumber param=&A_GAMMA state=state set_state=set_state disabled=unread(|s| !s.lab.run_reads(0).gamma)/>
                    <BoundNumber param=&A_ALPHA state=state set_state=set_state disabled=unread(|s| !s.lab.run_reads(0).alpha)/>
                </fieldset>
                <fieldset>
                    <legend>{tf(msg::SETTINGS_RUN, &[("run", "B")])}</legend>
                    <ChoiceControl param=&B_LOSS state=state set_state=set_state/>
                    <BoundNumber param=&B_GAMMA state=state set_state=set_state disabled=unread(|s| !s.lab.run_reads(1).gamma)/>
                    <BoundNumber param=&B_ALPHA state=state set_state=set_state disabled=unread(|s| !s.lab.run_reads(1).alpha)/>
                </fieldset>
            </div>
        </div>
        <p class="note">{t(msg::SETTINGS_NOTE)}</p>
    </details>
    }
}
