//! "Check your implementation": the inputs to run a focal-loss function on, a generated
//! pytest file, and the diagnosis of pasted outputs against the exact values and the bug
//! gallery (`core::check`).

use crate::core::check::{
    diagnose, inputs, inputs_csv, pytest, read_pasted, Bug, Diagnosis, Input, Verdict, FLOOR, RTOL,
};
use crate::format::{data_value, num};
use crate::ui::chart::download::save;
use leptos::either::Either;
use leptos::prelude::*;

/// What the example picker can fill the paste box with: the exact values, float32's, or a
/// bug's outputs.
fn example(token: &str) -> Option<String> {
    let rows = inputs();
    let values: Vec<f64> = match token {
        "exact" => rows.iter().map(Input::exact).collect(),
        "float32" => rows.iter().map(|r| f64::from(r.exact() as f32)).collect(),
        t => {
            let bug = Bug::ALL.into_iter().find(|b| b.token() == t)?;
            rows.iter().map(|r| f64::from(bug.loss(r) as f32)).collect()
        }
    };
    Some(values.iter().map(|&v| full(v) + "\n").collect())
}

/// A value at full precision, as Python prints it: plain between 1e-4 and 1e16, else
/// with an exponent.
fn full(v: f64) -> String {
    if v == 0.0 || (1e-4..1e16).contains(&v.abs()) || !v.is_finite() {
        format!("{v}")
    } else {
        format!("{v:e}")
    }
}

#[component]
pub fn CheckPanel() -> impl IntoView {
    let (module, set_module) = signal("my_losses".to_owned());
    let (function, set_function) = signal("focal_loss".to_owned());
    let (name_problem, set_name_problem) = signal(None::<String>);
    let download_test = move |_| {
        let (m, f) = (module.get_untracked(), function.get_untracked());
        match (
            pytest::python_path(&m, true),
            pytest::python_path(&f, false),
        ) {
            (Ok(m), Ok(f)) => {
                set_name_problem.set(None);
                save(pytest::file_name(), "text/x-python", &pytest::file(m, f));
            }
            (Err(e), _) | (_, Err(e)) => set_name_problem.set(Some(e)),
        }
    };
    // The pasted text as typed; an example sets it (and the box shows it).
    let (pasted, set_pasted) = signal(String::new());
    let result = RwSignal::new(None::<Result<Diagnosis, String>>);
    let run = move |_| {
        result.set(Some(
            pasted
                .with_untracked(|p| read_pasted(p, inputs().len()))
                .map(|p| diagnose(&p))
                .map_err(|e| e.to_string()),
        ));
    };
    let fill = move |ev: leptos::ev::Event| {
        if let Some(text) = example(&event_target_value(&ev)) {
            set_pasted.set(text);
            result.set(None);
        }
    };
    view! {
        <section class="panel check" id="check" aria-labelledby="check-title" data-testid="check">
            <h2 id="check-title">"Check your implementation"</h2>
            <p>
                "Public focal-loss code carries the same few bugs again and again. Run yours on these "
                {inputs().len()} " rows (logits to ±30, γ from 0 to 5, α = 0.25, 0.5, 0.75 or −1 for none, as in torchvision) with "
                <code>"reduction=\"none\""</code> ", paste its outputs, and see whether they are right, and if not, which bug explains them."
            </p>
            <div class="check-steps calculator-grid">
                <div>
                    <h3>"1. The inputs"</h3>
                    <div class="list-buttons">
                        <button type="button" data-testid="check-download"
                            on:click=move |_| save("check-inputs.csv", "text/csv", &inputs_csv())>
                            "Download check-inputs.csv"
                        </button>
                    </div>
                    <p class="note">"Columns " <code>"logit,label,gamma,alpha"</code> "; also at " <a href="check-inputs.csv">"check-inputs.csv"</a> " beside this page."</p>
                </div>
                <div>
                    <h3>"2. Or a generated pytest file"</h3>
                    <div class="control">
                        <label for="check-module">"Module"</label>
                        <input id="check-module" data-testid="check-module" prop:value=module
                            on:input=move |ev| set_module.set(event_target_value(&ev))/>
                    </div>
                    <div class="control">
                        <label for="check-function">"Function"</label>
                        <input id="check-function" data-testid="check-function" prop:value=function
                            on:input=move |ev| set_function.set(event_target_value(&ev))/>
                    </div>
                    <div class="list-buttons">
                        <button type="button" data-testid="check-pytest" on:click=download_test>"Download " {pytest::file_name()}</button>
                    </div>
                    <p class="problem" aria-live="polite" data-testid="check-name-problem">{name_problem}</p>
                    <p class="note">
                        "It calls " <code>"fn(x, y, alpha=…, gamma=…, reduction=\"none\")"</code> " (torchvision’s signature) in float64 and float32 and compares with the exact values (float32: within "
                        {format!("{RTOL:e}")} " relative, or " {format!("{:e}", RTOL * FLOOR)} " below " {format!("{FLOOR:e}")} "). "
                        <code>"python " {pytest::file_name()}</code> " prints the outputs to paste below."
                    </p>
                </div>
            </div>
            <h3>"3. Paste your outputs"</h3>
            <label for="check-paste">"One number per line, in the inputs’ order (a printed tensor works), or one number for a reduced loss"</label>
            <textarea id="check-paste" data-testid="check-paste" rows="6" prop:value=pasted
                on:input=move |ev| set_pasted.set(event_target_value(&ev))></textarea>
            <div class="list-buttons">
                <button type="button" data-testid="check-run" on:click=run>"Check"</button>
                <label>
                    "or try: "
                    <select data-testid="check-example" on:change=fill>
                        <option value="">"an example…"</option>
                        <option value="exact">"the exact values"</option>
                        <option value="float32">"correct, in float32"</option>
                        {move || Bug::ALL.map(|b| view! { <option value=b.token()>{b.title()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <div aria-live="polite">{move || result.get().map(show_result)}</div>
            <details class="gallery">
                <summary>"The bug gallery"</summary>
                <dl>
                    {move || Bug::ALL.map(|b| view! {
                        <dt><code>{b.token()}</code>" — "{b.title()}</dt>
                        <dd>{b.why()}<br/>"Usually: "<code>{b.line()}</code><br/>"Fix: "<code>{b.fix()}</code></dd>
                    }).collect_view()}
                </dl>
            </details>
        </section>
    }
}

fn verdict_words(d: &Diagnosis) -> (String, &'static str, &'static str, &'static str) {
    match d.verdict {
        Verdict::Ok => (
            "Correct: every row agrees with the exact focal loss.".into(),
            "",
            "",
            "",
        ),
        Verdict::Bug(b) => (format!("Bug: {}.", b.title()), b.why(), b.line(), b.fix()),
        Verdict::Reduced(r) => (
            format!("A reduced loss: {}.", r.title()),
            r.why(),
            r.line(),
            r.fix(),
        ),
        Verdict::NoMatch => {
            let closest = d.closest.map_or(String::new(), |(b, n)| {
                format!(
                    " The closest gallery entry, {}, agrees on {n} of {} rows.",
                    b.title(),
                    d.rows.len()
                )
            });
            (
                format!("No match: the outputs are neither the exact values nor any bug in the gallery.{closest} The largest differences are marked below."),
                "", "", "",
            )
        }
    }
}

/// The verdict and the table, or why the paste cannot be checked. `Either`, not `AnyView`:
/// a type-erased view's functions are compiled into the first module.
fn show_result(result: Result<Diagnosis, String>) -> impl IntoView {
    let d = match result {
        Ok(d) => d,
        Err(message) => {
            return Either::Left(
                view! { <p class="problem" role="alert" data-testid="check-problem">{message}</p> },
            )
        }
    };
    let (words, why, line, fix) = verdict_words(&d);
    let token = d.verdict.token();
    let reduced = matches!(d.verdict, Verdict::Reduced(_)) || d.rows.len() == 1;
    let rows = inputs();
    let disagree = d.rows.iter().filter(|r| !r.agrees()).count();
    let open = disagree > 0;
    let table_rows = d
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let input = (!reduced).then(|| rows[i]);
            view! {
                <tr class:disagrees=!r.agrees() class:current=!r.agrees() data-testid=format!("check-row-{i}")>
                    <td>{i + 1}</td>
                    <td>{input.map(|x| format!("{} / {} / {} / {}", x.logit, x.label, x.gamma, x.alpha))}</td>
                    <td>{full(r.got)}</td>
                    <td>{full(r.expected)}</td>
                    <td>{if r.agrees() { "✓".to_owned() } else { format!("✗ {}", num(r.error)) }}</td>
                </tr>
            }
        })
        .collect_view();
    Either::Right(view! {
        <div class="verdict" class:ok=token == "ok" role="status">
            <p data-testid="check-verdict" data-value=token><strong>{words}</strong></p>
            {(!why.is_empty()).then(|| view! {
                <p>{why}</p>
                <p>"Usually: "<code>{line}</code></p>
                <p>"Fix: "<code>{fix}</code></p>
            })}
            <p>
                "Largest error against the exact values: "
                <span data-testid="check-max-rel" data-value=data_value(d.max_error)>{num(d.max_error)}</span>
                {format!(" (relative; values below {FLOOR:e} count as {FLOOR:e}). ")}
                {format!("{disagree} of {} rows disagree.", d.rows.len())}
            </p>
        </div>
        <details class="check-table" open=open>
            <summary>"Row by row"</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Your outputs row by row">
                <table class="numbers">
                    <thead><tr><th>"#"</th><th>"logit / label / γ / α"</th><th>"yours"</th><th>"expected"</th><th>"error"</th></tr></thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </div>
        </details>
    })
}
