//! The page's toolbar: theme, a permalink to copy, a ready `<iframe>` snippet, the
//! exercise-link dialog and the presenter-mode switch.

use crate::i18n::Lang;
use crate::i18n::{msg, t, tf};
use crate::state::location;
use crate::state::{Choice, Panel, State, THEME};
use leptos::prelude::*;

use crate::ui::later;
use crate::ui::widgets::controls::ChoiceControl;

/// A box the toolbar opens below itself, built by the later module.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tool {
    Embed,
    Exercise,
}

/// The toolbar, for the later module (`later.rs`): built in a piece of its own
/// (`browser/idle.rs`), not in the task that brings the module in, which is long on a phone.
pub fn toolbar(state: Memo<State>, set_state: WriteSignal<State>) -> AnyView {
    crate::ui::browser::idle::piece(move || view! { <Toolbar state=state set_state=set_state/> })
        .into_any()
}

/// The toolbar.
#[component]
pub fn Toolbar(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let (shared, set_shared) = signal(None::<String>);
    let (tool, set_tool) = signal(None::<Tool>);
    // Both links come from the state through the codec, never from the address bar,
    // which is written when input pauses (read from there, the snippet lags a change).
    let permalink = move || state.with(location::url_for);
    let toggle = move |t: Tool| set_tool.update(|open| *open = (*open != Some(t)).then_some(t));
    let on_tool = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        // (`hasAttribute`: the page binds it already; every other DOM call costs its glue.)
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if button.has_attribute("data-tool-embed") {
            toggle(Tool::Embed);
        } else if button.has_attribute("data-tool-exercise") {
            toggle(Tool::Exercise);
        } else if let Some(token) = button.get_attribute("data-lang") {
            // Another language is another page load: every text is then built once in it (a
            // text that followed the language would be a reactive closure per text).
            if let Some(&lang) = Lang::ALL.iter().find(|l| l.token() == token) {
                let mut next = state.get_untracked();
                next.page.lang = lang;
                location::go(&location::url_for(&next));
            }
        } else if button.has_attribute("data-tool-present") {
            // (Not through the row: no control or lock is involved.)
            set_state.update(|s| s.classroom.present = !s.classroom.present);
        }
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label=t(msg::TOOLBAR_LABEL)>
            <ChoiceControl param=&THEME state=state set_state=set_state/>
            <button type="button" data-testid="share" on:click=move |_| {
                let url = permalink();
                crate::ui::browser::page::copy_text(&url);
                set_shared.set(Some(url));
            }>{t(msg::SHARE_BUTTON)}</button>
            <div class="tool-buttons" inner_html=state.with_untracked(|s| crate::toolbar::live_tool_buttons(s.page.lang, s.classroom.present)) on:click=on_tool></div>
            {move || shared.get().map(|url| view! {
                <p class="shared" role="status">
                    {t(msg::SHARE_COPIED)}" "
                    <input type="text" readonly data-testid="share-url" aria-label=t(msg::SHARE_PERMALINK) prop:value=url/>
                </p>
            })}
            {move || tool.get().map(|t| later::module(move |m| (m.tool_box)(t, state)))}
        </div>
    }
}

/// Sets a box button's `aria-expanded`.
fn expanded(tool: Tool, open: bool) {
    let id = match tool {
        Tool::Embed => "[data-testid='embed-open']",
        Tool::Exercise => "[data-testid='exercise-open']",
    };
    if let Ok(Some(b)) = document().query_selector(id) {
        let _ = b.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}

/// The box a tool button opens, which marks its button expanded while it is open. Reached
/// only through the later module (`later.rs`).
pub fn tool_box(tool: Tool, state: Memo<State>) -> AnyView {
    expanded(tool, true);
    on_cleanup(move || expanded(tool, false));
    match tool {
        Tool::Embed => embed_box(state),
        Tool::Exercise => crate::ui::panels::exercise::exercise_box(state),
    }
}

/// The `<iframe>` that embeds `panel` from `url`.
pub fn iframe(url: &str, panel: Panel) -> String {
    format!(
        "<iframe src=\"{url}\" title=\"{}\" width=\"100%\" height=\"720\" loading=\"lazy\" style=\"border:0\"></iframe>",
        tf(msg::EMBED_FRAME_TITLE, &[("panel", panel.title())])
    )
}

/// A menu of the panels an embed can show (`id` is also its test id).
pub fn panel_menu(
    id: &'static str,
    panel: ReadSignal<Panel>,
    set_panel: WriteSignal<Panel>,
) -> impl IntoView {
    view! {
        <select id=id data-testid=id
            on:change=move |ev| {
                let token = event_target_value(&ev);
                if let Some(p) = Panel::ALL.iter().find(|p| p.token() == token) {
                    set_panel.set(*p);
                }
            }>
            {Panel::ALL.iter().skip(1).map(|&p| view! {
                <option value=p.token() selected=move || panel.get() == p>{p.title()}</option>
            }).collect_view()}
        </select>
    }
}

/// The embed box: which panel, and the `<iframe>` snippet to paste. Reached only through the
/// later module (`later.rs`): it opens on a click, and its code is not in the first module.
fn embed_box(state: Memo<State>) -> AnyView {
    let (embed_panel, set_embed_panel) = signal(Panel::Explorer);
    let snippet = move || {
        let panel = embed_panel.get();
        let url = state.with(|s| {
            let mut embedded = s.clone();
            embedded.page.embed = panel;
            location::url_for(&embedded)
        });
        format!(
            "{}\n<!-- {} -->",
            iframe(&url, panel),
            t(msg::EMBED_RESIZE_COMMENT)
        )
    };
    view! {
                <div class="embed-box" data-testid="embed-box">
                    <label for="embed-panel">{t(msg::EMBED_PANEL_LABEL)}</label>
                    {panel_menu("embed-panel", embed_panel, set_embed_panel)}
                    <label for="embed-snippet">{t(msg::EMBED_PASTE)}</label>
                    <textarea id="embed-snippet" readonly rows="4" data-testid="embed-snippet" prop:value=snippet></textarea>
                    <button type="button" data-testid="embed-copy" on:click=move |_| crate::ui::browser::page::copy_text(&snippet())>{t(msg::EMBED_COPY)}</button>
                </div>
    }
    .into_any()
}
