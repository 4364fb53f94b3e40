//! "Check your implementation": the inputs to run a focal-loss function on, a generated
//! pytest file, and the diagnosis of pasted outputs against the exact values and the bug
//! gallery (`core::check`).

use crate::core::check::{
    diagnose, inputs, inputs_csv, pytest, read_pasted, Bug, Diagnosis, Input, Verdict, FLOOR, RTOL,
};
use crate::format::{data_value, num};
use crate::i18n::{msg, t, tf};
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
            <h2 id="check-title">{t(msg::PANEL_CHECK)}</h2>
            <p>{tf(msg::CHECK_INTRO, &[("rows", &inputs().len().to_string())])}</p>
            <div class="check-steps calculator-grid">
                <div>
                    <h3>{t(msg::CHECK_STEP_INPUTS)}</h3>
                    <div class="list-buttons">
                        <button type="button" data-testid="check-download"
                            on:click=move |_| save("check-inputs.csv", "text/csv", &inputs_csv())>
                            {tf(msg::CHECK_DOWNLOAD, &[("file", "check-inputs.csv")])}
                        </button>
                    </div>
                    <p class="note">{tf(msg::CHECK_COLUMNS, &[("columns", "logit,label,gamma,alpha"), ("file", "check-inputs.csv")])}</p>
                </div>
                <div>
                    <h3>{t(msg::CHECK_STEP_PYTEST)}</h3>
                    <div class="control">
                        <label for="check-module">{t(msg::CHECK_MODULE)}</label>
                        <input id="check-module" data-testid="check-module" prop:value=module
                            on:input=move |ev| set_module.set(event_target_value(&ev))/>
                    </div>
                    <div class="control">
                        <label for="check-function">{t(msg::CHECK_FUNCTION)}</label>
                        <input id="check-function" data-testid="check-function" prop:value=function
                            on:input=move |ev| set_function.set(event_target_value(&ev))/>
                    </div>
                    <div class="list-buttons">
                        <button type="button" data-testid="check-pytest" on:click=download_test>{tf(msg::CHECK_DOWNLOAD, &[("file", pytest::file_name())])}</button>
                    </div>
                    <p class="problem" aria-live="polite" data-testid="check-name-problem">{name_problem}</p>
                    <p class="note">
                        {tf(msg::CHECK_PYTEST_NOTE, &[
                            ("call", "fn(x, y, alpha=…, gamma=…, reduction=\"none\")"),
                            ("rtol", &format!("{RTOL:e}")),
                            ("atol", &format!("{:e}", RTOL * FLOOR)),
                            ("floor", &format!("{FLOOR:e}")),
                            ("command", &format!("python {}", pytest::file_name())),
                        ])}
                    </p>
                </div>
            </div>
            <h3>{t(msg::CHECK_STEP_PASTE)}</h3>
            <label for="check-paste">{t(msg::CHECK_PASTE_LABEL)}</label>
            <textarea id="check-paste" data-testid="check-paste" rows="6" prop:value=pasted
                on:input=move |ev| set_pasted.set(event_target_value(&ev))></textarea>
            <div class="list-buttons">
                <button type="button" data-testid="check-run" on:click=run>{t(msg::CHECK_RUN)}</button>
                <label>
                    {t(msg::CHECK_OR_TRY)}" "
                    <select data-testid="check-example" on:change=fill>
                        <option value="">{t(msg::CHECK_AN_EXAMPLE)}</option>
                        <option value="exact">{t(msg::CHECK_EXACT)}</option>
                        <option value="float32">{t(msg::CHECK_FLOAT32)}</option>
                        {move || Bug::ALL.map(|b| view! { <option value=b.token()>{b.title()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <div aria-live="polite">{move || result.get().map(show_result)}</div>
            <details class="gallery">
                <summary>{t(msg::CHECK_GALLERY)}</summary>
                <dl>
                    {move || Bug::ALL.map(|b| view! {
                        <dt><code>{b.token()}</code>" — "{b.title()}</dt>
                        <dd>{b.why()}<br/>{t(msg::CHECK_USUALLY)}" "<code>{b.line()}</code><br/>{t(msg::CHECK_FIX)}" "<code>{b.fix()}</code></dd>
                    }).collect_view()}
                </dl>
            </details>
        </section>
    }
}

fn verdict_words(d: &Diagnosis) -> (String, &'static str, &'static str, &'static str) {
    match d.verdict {
        Verdict::Ok => (t(msg::CHECK_CORRECT).into(), "", "", ""),
        Verdict::Bug(b) => (
            tf(msg::CHECK_BUG, &[("bug", b.title())]),
            b.why(),
            b.line(),
            b.fix(),
        ),
        Verdict::Reduced(r) => (
            tf(msg::CHECK_REDUCED, &[("reduction", r.title())]),
            r.why(),
            r.line(),
            r.fix(),
        ),
        Verdict::NoMatch => {
            let closest = d.closest.map_or(String::new(), |(b, n)| {
                let args = [
                    ("bug", b.title()),
                    ("n", &n.to_string()),
                    ("rows", &d.rows.len().to_string()),
                ];
                format!(" {}", tf(msg::CHECK_CLOSEST, &args))
            });
            let words = format!(
                "{}{closest} {}",
                t(msg::CHECK_NO_MATCH),
                t(msg::CHECK_NO_MATCH_END)
            );
            (words, "", "", "")
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
                <p>{t(msg::CHECK_USUALLY)}" "<code>{line}</code></p>
                <p>{t(msg::CHECK_FIX)}" "<code>{fix}</code></p>
            })}
            <p>
                {t(msg::CHECK_LARGEST)}" "
                <span data-testid="check-max-rel" data-value=data_value(d.max_error)>{num(d.max_error)}</span>
                " "{tf(msg::CHECK_FLOOR, &[("floor", &format!("{FLOOR:e}"))])}" "
                {tf(msg::CHECK_DISAGREE, &[("n", &disagree.to_string()), ("rows", &d.rows.len().to_string())])}
            </p>
        </div>
        <details class="check-table" open=open>
            <summary>{t(msg::CHECK_ROW_BY_ROW)}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t(msg::CHECK_TABLE)>
                <table class="numbers">
                    <thead><tr><th>"#"</th><th>"logit / label / γ / α"</th><th>{t(msg::CHECK_COL_YOURS)}</th><th>{t(msg::CHECK_COL_EXPECTED)}</th><th>{t(msg::CHECK_COL_ERROR)}</th></tr></thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </div>
        </details>
    })
}
