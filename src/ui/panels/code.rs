//! "Use it in your code": snippets for the current γ and α, and each library's value.

use crate::i18n::number::local;
use crate::i18n::{msg, t, tf};
use crate::snippets::{snippets, CONVENTIONS};
use crate::state::State;
use crate::ui::widgets::readout::Readout;
use leptos::prelude::*;

#[component]
pub fn CodePanel(state: Memo<State>) -> impl IntoView {
    // Keyed by the Explorer's point: the snippets depend on nothing else.
    let point = Memo::new(move |_| state.with(State::point));
    let all = Memo::new(move |_| {
        snippets(&point.get())
            .into_iter()
            .map(|s| (s.id, s.library, s.code, s.value))
            .collect::<Vec<_>>()
    });
    let blocks = move || {
        all.get()
            .into_iter()
            .enumerate()
            .map(|(k, (id, library, code, _))| {
                let value = Signal::derive(move || all.get().get(k).map_or(0.0, |s| s.3));
                let copy_code = code.clone();
                view! {
                    <div class="snippet">
                        <h3>{library}</h3>
                        <pre tabindex="0" role="region" aria-label=tf(msg::CODE_LISTING, &[("library", library)])><code data-testid=format!("code-{id}")>{code}</code></pre>
                        <div class="snippet-tools">
                            <button type="button" data-testid=format!("copy-{id}")
                                on:click=move |_| crate::ui::browser::page::copy_text(&copy_code)>{t(msg::CODE_COPY)}</button>
                            <dl class="readouts"><Readout testid=["code-value-torchvision", "code-value-keras", "code-value-pytorch"][k.min(2)] label=t(msg::CODE_RETURNS) value=value/></dl>
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel code" aria-labelledby="code-title" data-testid="code">
            <h2 id="code-title">{t(msg::PANEL_CODE)}</h2>
            <p class="intro">{move || {
                let p = point.get();
                let alpha = p.alpha.map_or(t(msg::CODE_NO_ALPHA).to_owned(), |a| format!("α = {}", local(&a.to_string())));
                let args = [
                    ("pt", local(&p.pt.to_string())),
                    ("class", t(if p.positive { msg::CODE_POSITIVE } else { msg::CODE_NEGATIVE }).to_owned()),
                    ("gamma", local(&p.gamma.to_string())),
                    ("alpha", alpha),
                ];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                tf(msg::CODE_INTRO, &args)
            }}</p>
            <div class="snippets">{blocks}</div>
            <h3>{t(msg::CODE_CONVENTIONS)}</h3>
            <ul class="conventions">{CONVENTIONS.iter().map(|c| view! { <li>{t(*c)}</li> }).collect_view()}</ul>
        </section>
    }
}
