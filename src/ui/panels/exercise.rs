//! "Make an exercise link": a teacher picks which panels show, which controls are hidden or
//! fixed at this page's values, which checks are asked and whether the page opens in
//! presenter mode, and gets the link, a preview and an embed snippet. Reached only through
//! the later module (`later.rs`): it opens on a click.

use crate::quiz::checks;
use crate::state::classroom::LOCKABLE;
use crate::state::{location, Choice, Classroom, Panel, State, CONTROL_ROWS};
use crate::ui::panels::toolbar::{iframe, panel_menu};
use leptos::prelude::*;

/// What each list of [`CONTROL_ROWS`] is called in the dialog.
const GROUPS: [&str; 7] = [
    "γ, α and the prior π (shared by several panels)",
    "Explorer",
    "Class imbalance",
    "Calculators",
    "Variants",
    "Multi-class",
    "Training lab",
];
const _: () = assert!(GROUPS.len() == CONTROL_ROWS.len());

/// How the link shows one control.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Free,
    Locked,
    Hidden,
}

impl Shown {
    const ALL: [(Shown, &'static str, &'static str); 3] = [
        (Shown::Free, "free", "free to move"),
        (Shown::Locked, "lock", "locked at this page’s value"),
        (Shown::Hidden, "hide", "hidden"),
    ];

    fn of(c: &Classroom, key: &str) -> Shown {
        if c.hides(key) {
            Shown::Hidden
        } else if c.locks(key) {
            Shown::Locked
        } else {
            Shown::Free
        }
    }

    fn set(self, c: &mut Classroom, key: &str) {
        c.set_hidden(key, self == Shown::Hidden);
        c.set_locked(key, self == Shown::Locked);
    }
}

/// The link for `state` with the dialog's choices, as a whole page or as one embedded panel
/// (an embed shows its panel whatever the panel choices say, and is never in presenter
/// mode).
fn link(state: &State, classroom: &Classroom, embed: Option<Panel>) -> String {
    let mut s = state.clone();
    s.classroom = classroom.clone();
    s.page.embed = Panel::Page;
    if let Some(panel) = embed {
        s.page.embed = panel;
        s.classroom.present = false;
        for p in &Panel::ALL[1..] {
            s.classroom.set_hidden(p.token(), false);
        }
    }
    location::url_for(&s)
}

fn panel_boxes(choice: RwSignal<Classroom>) -> impl IntoView {
    Panel::ALL[1..]
        .iter()
        .map(|&p| {
            view! {
                <label class="exercise-choice">
                    <input type="checkbox" data-testid=format!("exercise-panel-{}", p.token())
                        prop:checked=move || choice.with(|c| c.shows(p))
                        on:change=move |ev| {
                            let show = event_target_checked(&ev);
                            choice.update(|c| c.set_hidden(p.token(), !show));
                        }/>
                    " " {p.title()}
                </label>
            }
        })
        .collect_view()
}

fn control_menus(choice: RwSignal<Classroom>) -> impl IntoView {
    CONTROL_ROWS
        .iter()
        .zip(GROUPS)
        .map(|(rows, group)| {
            let menus = rows
                .iter()
                .filter(|p| LOCKABLE.contains(&p.key))
                .map(|&param| {
                    let id = format!("exercise-control-{}", param.key);
                    view! {
                        <label for=id.clone()>{crate::i18n::t(param.label)}</label>
                        <select id=id.clone() data-testid=id
                            prop:value=move || {
                                let now = choice.with(|c| Shown::of(c, param.key));
                                Shown::ALL.iter().find(|(s, _, _)| *s == now).map_or("free", |(_, t, _)| *t)
                            }
                            on:change=move |ev| {
                                let token = event_target_value(&ev);
                                if let Some((shown, _, _)) = Shown::ALL.iter().find(|(_, t, _)| *t == token) {
                                    choice.update(|c| shown.set(c, param.key));
                                }
                            }>
                            {Shown::ALL.map(|(_, token, label)| view! { <option value=token>{label}</option> })}
                        </select>
                    }
                })
                .collect_view();
            view! {
                <details class="exercise-group">
                    <summary>{group}</summary>
                    <div class="exercise-controls">{menus}</div>
                </details>
            }
        })
        .collect_view()
}

fn check_boxes(state: Memo<State>, choice: RwSignal<Classroom>) -> impl IntoView {
    state
        .with_untracked(checks)
        .into_iter()
        .map(|c| {
            let id = c.id;
            view! {
                <label class="exercise-choice">
                    <input type="checkbox" data-testid=format!("exercise-quiz-{id}")
                        prop:checked=move || choice.with(|k| k.asks(id))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            choice.update(|k| k.set_asked(id, on));
                        }/>
                    " " {format!("{} ({})", c.question, c.panel.title())}
                </label>
            }
        })
        .collect_view()
}

/// The dialog. It starts from this page's own link settings, so an exercise link opened
/// here can be edited.
pub fn exercise_box(state: Memo<State>) -> AnyView {
    crate::ui::panels::present::classroom_css();
    let choice = RwSignal::new(state.with_untracked(|s| s.classroom.clone()));
    let (embed_panel, set_embed_panel) = signal(Panel::Explorer);
    let (preview, set_preview) = signal(false);
    let url = Memo::new(move |_| state.with(|s| choice.with(|c| link(s, c, None))));
    let snippet = move || {
        let panel = embed_panel.get();
        let src = state.with(|s| choice.with(|c| link(s, c, Some(panel))));
        iframe(&src, panel)
    };
    view! {
        <div class="embed-box exercise-box" role="group" aria-labelledby="exercise-title" data-testid="exercise-box">
            <h2 id="exercise-title" class="box-title">"Make an exercise link"</h2>
            <p class="note">"The link keeps this page’s current values: set them first, then choose what learners see. A locked control shows its value and cannot be moved."</p>
            <fieldset>
                <legend>"Panels to show"</legend>
                {panel_boxes(choice)}
            </fieldset>
            <fieldset>
                <legend>"Controls"</legend>
                {control_menus(choice)}
            </fieldset>
            <fieldset>
                <legend>"Check yourself questions to ask"</legend>
                {check_boxes(state, choice)}
            </fieldset>
            <label class="exercise-choice">
                <input type="checkbox" data-testid="exercise-present"
                    prop:checked=move || choice.with(|c| c.present)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        choice.update(|c| c.present = on);
                    }/>
                " Open in presenter mode"
            </label>
            <label for="exercise-url">"The exercise link:"</label>
            <input type="text" id="exercise-url" readonly data-testid="exercise-url" prop:value=url/>
            <div class="snippet-tools">
                <button type="button" data-testid="exercise-copy" on:click=move |_| crate::ui::browser::page::copy_text(&url.get_untracked())>"Copy link"</button>
                <button type="button" data-testid="exercise-preview" aria-expanded=move || preview.get().to_string()
                    on:click=move |_| set_preview.update(|p| *p = !*p)>"Preview"</button>
                <a href=url target="_blank" rel="noopener" data-testid="exercise-open-tab">"Open in a new tab"</a>
            </div>
            {move || preview.get().then(|| view! {
                <iframe class="exercise-frame" data-testid="exercise-frame" title="Preview of the exercise link" src=url></iframe>
            })}
            <label for="exercise-embed-panel">"Or embed one panel with the same controls hidden and locked:"</label>
            {panel_menu("exercise-embed-panel", embed_panel, set_embed_panel)}
            <textarea readonly rows="3" aria-label="Embed snippet" data-testid="exercise-snippet" prop:value=snippet></textarea>
        </div>
    }
    .into_any()
}
