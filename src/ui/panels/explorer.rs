//! The Explorer panel: γ, α, p_t and the true class; live readouts, formulas, examples
//! and the three charts.

use crate::core::loss::{point_readout, PointReadout};
use crate::format::{num, times_smaller};
use crate::i18n::number::local;
use crate::i18n::{msg, t, tf, Msg};
use crate::mathml;
use crate::plot::explorer::{
    chart_from, gamma_label, references, sample, Quantity, REFERENCE_GAMMAS,
};
use crate::plot::figure::Figure;
use crate::plot::theme::{css, Style};
use crate::state::{Point, State, ALPHA, GAMMA, PT, TRUE_CLASS};
use crate::ui::chart::canvas::ChartCanvas;
use crate::ui::widgets::controls::{BoundNumber, ChoiceControl};
use crate::ui::widgets::formula::Formula;
use crate::ui::widgets::readout::Readout;
use leptos::prelude::*;

/// An example button: a preset of the Explorer's point (presenter mode steps through them).
pub struct Example {
    pub testid: &'static str,
    label: Msg,
    why: Msg,
    /// The numbers in the label and the explanation (as the URL writes them).
    numbers: &'static [(&'static str, &'static str)],
    pub apply: fn(&mut State),
}

impl Example {
    fn say(&self, m: Msg) -> String {
        let numbers: Vec<(&str, String)> =
            self.numbers.iter().map(|(k, v)| (*k, local(v))).collect();
        let args: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        tf(m, &args)
    }

    /// The button's text.
    pub fn label(&self) -> String {
        self.say(self.label)
    }

    /// Why the example is interesting.
    pub fn why(&self) -> String {
        self.say(self.why)
    }
}

pub const EXAMPLES: [Example; 4] = [
    Example {
        testid: "example-easy",
        label: msg::EXAMPLE_EASY,
        why: msg::EXAMPLE_EASY_WHY,
        numbers: &[("pt", "0.95")],
        apply: |s| s.explorer.pt = 0.95,
    },
    Example {
        testid: "example-hard",
        label: msg::EXAMPLE_HARD,
        why: msg::EXAMPLE_HARD_WHY,
        numbers: &[("pt", "0.3")],
        apply: |s| s.explorer.pt = 0.3,
    },
    Example {
        testid: "example-paper-100",
        label: msg::EXAMPLE_PAPER_100,
        why: msg::EXAMPLE_PAPER_100_WHY,
        numbers: &[("gamma", "2"), ("pt", "0.9"), ("ratio", "100")],
        apply: |s| {
            s.shared.gamma = 2.0;
            s.shared.alpha = None;
            s.explorer.pt = 0.9;
        },
    },
    Example {
        testid: "example-paper-1000",
        label: msg::EXAMPLE_PAPER_1000,
        why: msg::EXAMPLE_PAPER_1000_WHY,
        numbers: &[
            ("gamma", "2"),
            ("pt", "0.968"),
            ("ratio", "1000"),
            ("exact", "977"),
        ],
        apply: |s| {
            s.shared.gamma = 2.0;
            s.shared.alpha = None;
            s.explorer.pt = 0.968;
        },
    },
];

/// The Explorer's derived data: memos keyed by exactly what each depends on, so an input
/// wakes only what it changes (other panels' inputs wake nothing here).
#[derive(Clone, Copy)]
pub struct ExplorerModel {
    /// γ, α, p_t and the true class: everything the Explorer shows depends on these only.
    pub point: Memo<Point>,
    pub readout: Memo<PointReadout>,
    /// The three charts, in [`Quantity::ALL`] order.
    pub figures: [(Quantity, Memo<Figure>); 3],
}

impl ExplorerModel {
    pub fn new(state: Memo<State>) -> ExplorerModel {
        let point = Memo::new(move |_| state.with(State::point));
        let readout = Memo::new(move |_| {
            let p = point.get();
            point_readout(p.pt, p.positive, p.alpha(), p.gamma)
        });
        // The reference curves change only with α and the true class, the current curve
        // only with γ too; moving p_t only moves the marker.
        let shape = Memo::new(move |_| {
            let p = point.get();
            (p.positive, p.alpha())
        });
        let references = Memo::new(move |_| {
            let (positive, alpha) = shape.get();
            references(positive, alpha)
        });
        let current_key = Memo::new(move |_| (shape.get(), point.get().gamma));
        let current = Memo::new(move |_| {
            let ((positive, alpha), gamma) = current_key.get();
            sample(gamma, positive, alpha)
        });
        let figures = Quantity::ALL.map(|q| {
            let figure = Memo::new(move |_| {
                references.with(|r| {
                    current.with(|c| point.with(|p| Figure::Curves(chart_from(q, p, r, c))))
                })
            });
            (q, figure)
        });
        ExplorerModel {
            point,
            readout,
            figures,
        }
    }
}

#[component]
pub fn ExplorerPanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let model = ExplorerModel::new(state);
    view! {
        <section class="panel explorer" aria-labelledby="explorer-title" data-testid="explorer">
            <h2 id="explorer-title">{t(msg::PANEL_EXPLORER)}</h2>
            <div class="explorer-grid">
                <div class="controls">
                    <BoundNumber param=&GAMMA state=state set_state=set_state/>
                    <BoundNumber param=&ALPHA state=state set_state=set_state/>
                    <BoundNumber param=&PT state=state set_state=set_state/>
                    <ChoiceControl param=&TRUE_CLASS state=state set_state=set_state/>
                    <Examples set_state=set_state/>
                </div>
                <div class="results">
                    <Readouts model=model/>
                </div>
            </div>
            <Legend gamma=Memo::new(move |_| model.point.get().gamma)/>
            <div class="charts">{model.figures.map(|(q, figure)| view! { <Chart q=q figure=figure point=model.point/> })}</div>
        </section>
    }
}

/// The example buttons, and why each example is interesting.
#[component]
fn Examples(set_state: WriteSignal<State>) -> impl IntoView {
    let (explanation, set_explanation) = signal(None::<&'static Example>);
    view! {
        <div class="examples" role="group" aria-label=t(msg::EXAMPLES_LABEL)>
            {EXAMPLES
                .iter()
                .map(|e| {
                    let apply = e.apply;
                    view! {
                        <button
                            type="button"
                            data-testid=e.testid
                            on:click=move |_| {
                                set_state.update(|s| s.keeping_locks(&mut { apply }));
                                set_explanation.set(Some(e));
                            }
                        >
                            {e.label()}
                        </button>
                    }
                })
                .collect_view()}
            <p class="explanation" aria-live="polite" data-testid="example-explanation">
                {move || explanation.get().map(Example::why)}
            </p>
        </div>
    }
}

/// The point's numbers and the three formulas with them.
#[component]
fn Readouts(model: ExplorerModel) -> impl IntoView {
    let r = move || model.readout.get();
    let point = model.point;
    view! {
        <dl class="readouts">
            <Readout testid="ce" label=t(msg::READOUT_CE) value=Signal::derive(move || r().ce)/>
            <Readout testid="modulating-factor" label=t(msg::READOUT_MODULATING) value=Signal::derive(move || r().modulating)/>
            <Readout testid="alpha-t" label="α_t" value=Signal::derive(move || r().alpha_t)/>
            <Readout testid="fl" label=t(msg::READOUT_FL) value=Signal::derive(move || r().fl)/>
            <Readout
                testid="ce-over-fl"
                label="CE ÷ FL"
                value=Signal::derive(move || r().ce_over_fl)
                note=Signal::derive(move || times_smaller(r().ce_over_fl))
            />
            <Readout testid="grad-fl" label="dFL/dlogit" value=Signal::derive(move || r().grad_fl)/>
            <Readout testid="grad-ce" label="dCE/dlogit" value=Signal::derive(move || r().grad_ce)/>
        </dl>
        <div class="formulas" data-testid="formulas">
            <Formula mathml=Signal::derive(move || mathml::cross_entropy(&point.get(), &r()))/>
            <Formula mathml=Signal::derive(move || mathml::focal(&point.get(), &r()))/>
            <Formula mathml=Signal::derive(move || mathml::gradient(&point.get(), &r()))/>
        </div>
    }
}

/// One HTML legend serves the three charts: the reference γ values (hidden when the
/// current γ is one of them) and the current γ, updated in place.
#[component]
fn Legend(gamma: Memo<f64>) -> impl IntoView {
    let dark = crate::ui::browser::theme::dark();
    let style = move || Style {
        scale: 1.0,
        dark: dark.get(),
        contrast: false,
    };
    let references = REFERENCE_GAMMAS
        .iter()
        .enumerate()
        .map(|(i, &g)| {
            view! {
                <li hidden=move || gamma.get() == g>
                    <span class="swatch" style:background=move || css(style().series(i))></span>
                    {gamma_label(g)}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="legend" data-testid="legend" aria-label=t(msg::LEGEND_LABEL)>
            {references}
            <li class="current">
                <span class="swatch" style:background=move || css(style().highlight())></span>
                {move || tf(msg::LEGEND_CURRENT, &[("gamma", &gamma_label(gamma.get()))])}
            </li>
            <li>
                <span class="marker" style:background=move || css(style().highlight())></span>
                {t(msg::LEGEND_POINT)}
            </li>
        </ul>
    }
}

/// One of the three charts, with a sentence saying what it shows now.
#[component]
fn Chart(q: Quantity, figure: Memo<Figure>, point: Memo<Point>) -> impl IntoView {
    let summary = Signal::derive(move || {
        let gamma = point.get().gamma;
        let (title, (x, y)) = figure.with(|f| match f {
            Figure::Curves(c) => (c.title.clone(), c.marker.unwrap_or_default()),
            Figure::Heatmap(h) => (h.title.clone(), (0.0, 0.0)),
        });
        let gammas: Vec<String> = REFERENCE_GAMMAS
            .iter()
            .map(|g| local(&g.to_string()))
            .collect();
        let args = [
            ("title", title.as_str()),
            ("gammas", &gammas.join(", ")),
            ("gamma", &local(&gamma.to_string())),
            ("x", &local(&x.to_string())),
            ("y", &num(y)),
        ];
        tf(msg::EXPLORER_CHART_SUMMARY, &args)
    });
    view! { <ChartCanvas id=q.id() figure=figure summary=summary/> }
}
