//! The page's toolbar: theme, a permalink to copy, and a ready `<iframe>` snippet.

use crate::state::lab::YesNo;
use crate::state::location;
use crate::state::{Choice, Panel, State, PRESENT, THEME};
use leptos::prelude::*;

use crate::ui::later;
use crate::ui::widgets::controls::ChoiceControl;

#[component]
pub fn Toolbar(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let (shared, set_shared) = signal(None::<String>);
    let (show_embed, set_show_embed) = signal(false);
    let (show_exercise, set_show_exercise) = signal(false);
    let presenting = Memo::new(move |_| state.with(|s| s.classroom.present));
    // Both links come from the state through the codec, never from the address bar,
    // which is written when input pauses (read from there, the snippet lags a change).
    let permalink = move || state.with(location::url_for);
    view! {
        <div class="toolbar" role="toolbar" aria-label="Page tools">
            <ChoiceControl param=&THEME state=state set_state=set_state/>
            <button type="button" data-testid="share" on:click=move |_| {
                let url = permalink();
                crate::ui::browser::page::copy_text(&url);
                set_shared.set(Some(url));
            }>"Copy link to this state"</button>
            <button type="button" data-testid="embed-open" aria-expanded=move || show_embed.get().to_string()
                on:click=move |_| set_show_embed.update(|v| *v = !*v)>"Embed…"</button>
            <button type="button" data-testid="exercise-open" aria-expanded=move || show_exercise.get().to_string()
                on:click=move |_| set_show_exercise.update(|v| *v = !*v)>"Make an exercise link…"</button>
            <button type="button" data-testid="present-toggle" aria-pressed=move || presenting.get().to_string()
                on:click=move |_| set_state.update(|s| s.set(&PRESENT, YesNo::from_bool(!s.classroom.present).value()))>"Presenter mode"</button>
            {move || shared.get().map(|url| view! {
                <p class="shared" role="status">
                    "Link copied (if your browser allowed it): "
                    <input type="text" readonly data-testid="share-url" aria-label="Permalink" prop:value=url/>
                </p>
            })}
            {move || show_embed.get().then(|| later::module(move |m| (m.embed_box)(state)))}
            {move || show_exercise.get().then(|| later::module(move |m| (m.exercise_box)(state)))}
        </div>
    }
}

/// The embed box: which panel, and the `<iframe>` snippet to paste. Reached only through the
/// later module (`later.rs`): it opens on a click, and its code is not in the first module.
pub fn embed_box(state: Memo<State>) -> AnyView {
    let (embed_panel, set_embed_panel) = signal(Panel::Explorer);
    let snippet = move || {
        let panel = embed_panel.get();
        let url = state.with(|s| {
            let mut embedded = s.clone();
            embedded.page.embed = panel;
            location::url_for(&embedded)
        });
        format!(
            "<iframe src=\"{url}\" title=\"Focal Loss Explorer: {}\" width=\"100%\" height=\"720\" loading=\"lazy\" style=\"border:0\"></iframe>\n\
             <!-- Optional: let the frame size itself (see embed-resize.js beside the app) -->",
            panel.title()
        )
    };
    view! {
                <div class="embed-box" data-testid="embed-box">
                    <label for="embed-panel">"Panel to embed"</label>
                    <select id="embed-panel" data-testid="embed-panel"
                        on:change=move |ev| {
                            let token = event_target_value(&ev);
                            if let Some(p) = Panel::ALL.iter().find(|p| p.token() == token) {
                                set_embed_panel.set(*p);
                            }
                        }>
                        {Panel::ALL.iter().skip(1).map(|&p| view! {
                            <option value=p.token() selected=move || embed_panel.get() == p>{p.title()}</option>
                        }).collect_view()}
                    </select>
                    <label for="embed-snippet">"Paste this into your page:"</label>
                    <textarea id="embed-snippet" readonly rows="4" data-testid="embed-snippet" prop:value=snippet></textarea>
                    <button type="button" data-testid="embed-copy" on:click=move |_| crate::ui::browser::page::copy_text(&snippet())>"Copy snippet"</button>
                </div>
    }
    .into_any()
}
