//! Presenter mode's stepping: the left and right arrows (and a clicker's Page Up and Page
//! Down) go through the presets (the Explorer's examples, the paper's checkpoints among them,
//! then the lab's scenarios), each applied, its panel brought into view and its name shown
//! in a bar at the foot of the window. Built by the page below the Explorer (`ui::rest_of_page`,
//! in the later module) while presenter mode is on. The large type and the palette are
//! `assets/classroom.css` and the charts' own `Style::contrast`.

use crate::i18n::{msg, t, tf};
use crate::state::{Choice, Panel, Scenario, State, SCENARIO};
use crate::ui::panels::explorer::EXAMPLES;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One preset: its panel, its name, why it is there, and what it does.
struct Preset {
    panel: Panel,
    label: String,
    why: String,
    apply: Box<dyn Fn(&mut State)>,
}

fn presets(state: &State) -> Vec<Preset> {
    let examples = EXAMPLES.iter().map(|e| Preset {
        panel: Panel::Explorer,
        label: e.label(),
        why: e.why(),
        apply: Box::new(e.apply),
    });
    let scenarios = Scenario::ALL[1..].iter().map(|&sc| Preset {
        panel: Panel::Lab,
        label: sc.label().to_owned(),
        why: t(msg::PRESENT_LAB_WHY).to_owned(),
        apply: Box::new(move |s: &mut State| s.set(&SCENARIO, sc.value())),
    });
    examples
        .chain(scenarios)
        .filter(|p| state.classroom.shows(p.panel))
        .collect()
}

/// Presenter mode's class on <html>, and the classroom's stylesheet.
pub fn style_page(on: bool) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = if on {
        root.set_attribute("data-present", "")
    } else {
        root.remove_attribute("data-present")
    };
    if on {
        classroom_css();
    }
}

/// Fetches the classroom's stylesheet (presenter mode, the exercise-link dialog) the first
/// time it is needed.
pub fn classroom_css() {
    if document().get_element_by_id("classroom-css").is_some() {
        return;
    }
    if let Ok(link) = document().create_element("link") {
        let _ = link.set_attribute("id", "classroom-css");
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", "classroom.css");
        // (In <body>: a stylesheet applies there too, and the page binds `body` already.)
        if let Some(body) = document().body() {
            let _ = body.append_child(&link);
        }
    }
}

/// Whether a key press belongs to a form control (a slider's own arrows), not to the page.
fn in_a_control(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let controls =
                "input, select, textarea, iframe, [contenteditable], [contenteditable] *"; // (not prose)
            el.matches(controls).unwrap_or(false)
        })
}

/// Whether a modifier is held (Alt + ← is the browser's Back).
fn modified(ev: &web_sys::KeyboardEvent) -> bool {
    ["Alt", "Control", "Meta"] // (not prose): key names
        .iter()
        .any(|m| ev.get_modifier_state(m))
}

/// Brings the panel into view, waiting up to `frames` frames for it to be built (the page
/// is built whole in presenter mode, a panel at a time).
fn scroll_to(selector: String, frames: u32) {
    match document().query_selector(&selector) {
        Ok(Some(el)) => el.scroll_into_view(),
        _ if frames > 0 => request_animation_frame(move || scroll_to(selector, frames - 1)),
        _ => {}
    }
}

/// The presenter's bar and its keys.
pub fn presenter(state: ReadSignal<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let list = StoredValue::new_local(state.with_untracked(presets));
    let total = list.with_value(Vec::len);
    // None before the first step.
    let (step, set_step) = signal(None::<usize>);
    let go = move |to: usize| {
        list.with_value(|l| {
            let Some(p) = l.get(to) else { return };
            set_state.update(|s| s.keeping_locks(&mut |s| (p.apply)(s)));
            set_step.set(Some(to));
            scroll_to(format!("[data-testid=\"{}\"]", p.panel.token()), 120);
        });
    };
    let next = move || go(step.get_untracked().map_or(0, |i| (i + 1).min(total - 1)));
    let back = move || go(step.get_untracked().map_or(0, |i| i.saturating_sub(1)));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if total == 0 || modified(&ev) || in_a_control(&ev) {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" => next(),
            "ArrowLeft" | "PageUp" => back(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let words = move || match step.get() {
        None => tf(msg::PRESENT_INTRO, &[("total", &total.to_string())]),
        Some(i) => {
            list.with_value(|l| format!("{} / {total} · {}. {}", i + 1, l[i].label, l[i].why))
        }
    };
    view! {
        <div class="present-bar" role="region" aria-label=t(msg::PRESENT_REGION)>
            <button type="button" data-testid="present-back" aria-label=t(msg::PRESENT_BACK) on:click=move |_| back()>"←"</button>
            <p role="status" data-testid="present-step" data-value=move || step.get().map_or(String::new(), |i| (i + 1).to_string())>{words}</p>
            <button type="button" data-testid="present-next" aria-label=t(msg::PRESENT_NEXT) on:click=move |_| next()>"→"</button>
            <button type="button" data-testid="present-exit"
                on:click=move |_| set_state.update(|s| s.classroom.present = false)>{t(msg::PRESENT_EXIT)}</button>
        </div>
    }
}
