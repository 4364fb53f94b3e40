//! "Make an exercise link": a teacher picks which panels show, which controls are hidden or
//! fixed at this page's values, which checks are asked and whether the page opens in
//! presenter mode, and gets the link, a preview and an embed snippet. Reached only through
//! the later module (`later.rs`): it opens on a click.

use crate::i18n::{msg, t, Msg};
use crate::quiz::checks;
use crate::state::classroom::LOCKABLE;
use crate::state::{location, Choice, Classroom, Panel, State, CONTROL_ROWS};
use crate::ui::panels::toolbar::{iframe, panel_menu};
use leptos::prelude::*;

/// What each list of [`CONTROL_ROWS`] is called in the dialog.
const GROUPS: [Msg; 7] = [
    msg::EXERCISE_GROUP_SHARED,
    msg::PANEL_EXPLORER,
    msg::PANEL_IMBALANCE,
    msg::PANEL_CALCULATORS,
    msg::PANEL_VARIANTS,
    msg::PANEL_MULTI_CLASS,
    msg::PANEL_LAB,
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
    const ALL: [(Shown, &'static str, Msg); 3] = [
        (Shown::Free, "free", msg::EXERCISE_FREE),
        (Shown::Locked, "lock", msg::EXERCISE_LOCKED),
        (Shown::Hidden, "hide", msg::EXERCISE_HIDDEN),
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
                            {Shown::ALL.map(|(_, token, label)| view! { <option value=token>{t(label)}</option> })}
                        </select>
                    }
                })
                .collect_view();
            view! {
                <details class="exercise-group">
                    <summary>{t(group)}</summary>
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
            <h2 id="exercise-title" class="box-title">{t(msg::EXERCISE_HEADING)}</h2>
            <p class="note">{t(msg::EXERCISE_NOTE)}</p>
            <fieldset>
                <legend>{t(msg::EXERCISE_PANELS)}</legend>
                {panel_boxes(choice)}
            </fieldset>
            <fieldset>
                <legend>{t(msg::EXERCISE_CONTROLS)}</legend>
                {control_menus(choice)}
            </fieldset>
            <fieldset>
                <legend>{t(msg::EXERCISE_CHECKS)}</legend>
                {check_boxes(state, choice)}
            </fieldset>
            <label class="exercise-choice">
                <input type="checkbox" data-testid="exercise-present"
                    prop:checked=move || choice.with(|c| c.present)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        choice.update(|c| c.present = on);
                    }/>
                " "{t(msg::EXERCISE_PRESENT)}
            </label>
            <label for="exercise-url">{t(msg::EXERCISE_LINK)}</label>
            <input type="text" id="exercise-url" readonly data-testid="exercise-url" prop:value=url/>
            <div class="snippet-tools">
                <button type="button" data-testid="exercise-copy" on:click=move |_| crate::ui::browser::page::copy_text(&url.get_untracked())>{t(msg::EXERCISE_COPY)}</button>
                <button type="button" data-testid="exercise-preview" aria-expanded=move || preview.get().to_string()
                    on:click=move |_| set_preview.update(|p| *p = !*p)>{t(msg::EXERCISE_PREVIEW)}</button>
                <a href=url target="_blank" rel="noopener" data-testid="exercise-open-tab">{t(msg::EXERCISE_OPEN_TAB)}</a>
            </div>
            {move || preview.get().then(|| view! {
                <iframe class="exercise-frame" data-testid="exercise-frame" title=t(msg::EXERCISE_FRAME) src=url></iframe>
            })}
            <label for="exercise-embed-panel">{t(msg::EXERCISE_EMBED)}</label>
            {panel_menu("exercise-embed-panel", embed_panel, set_embed_panel)}
            <textarea readonly rows="3" aria-label=t(msg::EXERCISE_SNIPPET) data-testid="exercise-snippet" prop:value=snippet></textarea>
        </div>
    }
    .into_any()
}
