//! The lab's scenario picker: a preset, what it shows and what to watch, and a note when
//! the settings no longer are the preset's (its claim is about its own settings).

use crate::state::codec::baseline;
use crate::state::lab::{Lab, ROWS};
use crate::state::{Choice, Scenario, State, DUMP, LAB_MODE, SCENARIO, SEED, SPEED, THRESHOLD};
use crate::ui::widgets::controls::ChoiceControl;
use leptos::prelude::*;

/// Whether any of the lab's rows, other than `except`, differs from the lab's scenario
/// preset (the defaults for `custom`).
fn differs(lab: &Lab, except: &[&str]) -> bool {
    let s = State {
        lab: lab.clone(),
        ..State::default()
    };
    let base = baseline(&s);
    ROWS.iter()
        .filter(|p| !except.contains(&p.key))
        .any(|p| (p.get)(&s) != (p.get)(&base))
}

/// Whether the lab's settings differ from their scenario's preset (seed, speed, threshold
/// and mode are the reader's own and do not count).
fn modified(lab: &Lab) -> bool {
    lab.scenario != Scenario::Custom
        && differs(
            lab,
            &[
                SCENARIO.key,
                SEED.key,
                SPEED.key,
                THRESHOLD.key,
                LAB_MODE.key,
                DUMP.key,
            ],
        )
}

/// Whether a link set any of the lab's settings itself (beyond its scenario's preset and
/// the mode): the Settings then open, so the reader sees what the link changed.
pub fn link_sets_settings(lab: &Lab) -> bool {
    differs(lab, &[SCENARIO.key, LAB_MODE.key, DUMP.key])
}

#[component]
pub fn ScenarioPicker(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let scenario = Memo::new(move |_| state.with(|s| s.lab.scenario));
    // Keyed by the lab's settings: an input elsewhere on the page does not compare presets.
    let lab = Memo::new(move |_| state.with(|s| s.lab.clone()));
    let changed = Memo::new(move |_| lab.with(modified));
    // Its numbers come from the lab's settings, the prior and the scenario's claim.
    let prior = Memo::new(move |_| state.with(|s| s.shared.prior));
    let caption = Memo::new(move |_| lab.with(|l| l.scenario.caption(l, prior.get())));
    view! {
        <div class="lab-scenario">
            <ChoiceControl param=&SCENARIO state=state set_state=set_state/>
            <p class="caption" data-testid="scenario-caption" data-value=move || scenario.get().token()>
                {move || caption.get()}
            </p>
            <p class="note" data-testid="scenario-modified" hidden=move || !changed.get()>
                {crate::i18n::t(crate::i18n::msg::SCENARIO_MODIFIED)}" "
                <button type="button" data-testid="scenario-restore"
                    on:click=move |_| set_state.update(|s| s.lab.scenario.apply(s))>{crate::i18n::t(crate::i18n::msg::SCENARIO_RESTORE)}</button>
            </p>
        </div>
    }
}
