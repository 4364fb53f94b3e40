//! "Use it in your code": snippets for the current γ and α, and each library's value.

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
                        <pre tabindex="0" role="region" aria-label=format!("{library} code")><code data-testid=format!("code-{id}")>{code}</code></pre>
                        <div class="snippet-tools">
                            <button type="button" data-testid=format!("copy-{id}")
                                on:click=move |_| crate::ui::browser::page::copy_text(&copy_code)>"Copy"</button>
                            <dl class="readouts"><Readout testid=["code-value-torchvision", "code-value-keras", "code-value-pytorch"][k.min(2)] label="returns for the current point" value=value/></dl>
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel code" aria-labelledby="code-title" data-testid="code">
            <h2 id="code-title">"Use it in your code"</h2>
            <p class="intro">{move || {
                let p = point.get();
                format!(
                    "For the Explorer’s current point (p_t = {}, a {} example), γ = {} and {}:",
                    p.pt,
                    if p.positive { "positive" } else { "negative" },
                    p.gamma,
                    p.alpha.map_or("no α".to_owned(), |a| format!("α = {a}"))
                )
            }}</p>
            <div class="snippets">{blocks}</div>
            <h3>"Conventions that differ between libraries"</h3>
            <ul class="conventions">{CONVENTIONS.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
        </section>
    }
}
