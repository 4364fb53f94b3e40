//! The class-imbalance panel: why 100,000 easy negatives drown a few positives under CE,
//! and how focal loss flips that; with the γ-effect table.

use crate::core::imbalance::{gamma_effect, Compared, LogitNormal, Outcome, EASY_PT, HARD_PT};
use crate::format::{count, data_value, imbalance_sentence, num, percent};
use crate::i18n::{msg, t, tf};
use crate::plot::explorer::REFERENCE_GAMMAS;
use crate::plot::figure::Figure;
use crate::plot::imbalance::{mass_chart_scaled, mass_shape, share_chart_from};
use crate::state::{State, ALPHA, ANCHORS, GAMMA, NEG_PT, POS_PT, RATIO, SPREAD};
use crate::ui::browser::idle::piece;
use crate::ui::chart::canvas::ChartCanvas;
use crate::ui::reactive::keyed;
use crate::ui::widgets::controls::BoundNumber;
use leptos::prelude::*;

/// A table cell that carries its full-precision value for tests.
#[component]
fn Cell(
    testid: String,
    #[prop(into)] value: Signal<f64>,
    show: fn(f64) -> String,
) -> impl IntoView {
    view! { <td data-testid=testid data-value=move || data_value(value.get())>{move || show(value.get())}</td> }
}

fn suffix(loss: Compared) -> &'static str {
    match loss {
        Compared::CrossEntropy => "ce",
        Compared::BalancedCrossEntropy => "ace",
        Compared::Focal => "fl",
    }
}

/// What the sentences and captions say besides the outcomes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Words {
    pub ratio: f64,
    pub neg_pt: f64,
    pub pos_pt: f64,
    pub gamma: f64,
}

/// The imbalance view's derived data: memos keyed by exactly what each depends on. The
/// integrals depend on the distributions and on the α and γ each loss uses; the ratio and
/// the count only rescale them, so those sliders never integrate again.
#[derive(Clone, Copy)]
pub struct ImbalanceModel {
    /// For each loss in [`Compared::ALL`] order.
    pub outcomes: Memo<[Outcome; 3]>,
    pub words: Memo<Words>,
    pub anchors: Memo<f64>,
    /// The share chart, and where the CE and FL loss mass sits.
    pub share: Memo<Figure>,
    pub mass_ce: Memo<Figure>,
    pub mass_fl: Memo<Figure>,
}

impl ImbalanceModel {
    pub fn new(state: Memo<State>) -> ImbalanceModel {
        let dists = Memo::new(move |_| {
            state.with(|s| (s.imbalance.neg_pt, s.imbalance.pos_pt, s.imbalance.spread))
        });
        let distributions = Memo::new(move |_| {
            let (neg_pt, pos_pt, spread) = dists.get();
            (
                LogitNormal::with_mean(neg_pt, spread),
                LogitNormal::with_mean(pos_pt, spread),
            )
        });
        let scenario = Memo::new(move |_| {
            let (negatives, positives) = distributions.get();
            state.with(|s| s.scenario_with(negatives, positives))
        });
        // What each loss's integrals depend on: the distributions and the α and γ that
        // loss uses (CE neither, α-CE only α).
        let keys = Compared::ALL.map(|loss| {
            Memo::new(move |_| {
                let s = scenario.get();
                (s.negatives, s.positives, loss.settings(s.alpha, s.gamma))
            })
        });
        let integrals = Compared::ALL.map(|loss| {
            keyed(keys[loss as usize], move || {
                scenario.get().per_example(loss)
            })
        });
        let per_example = Memo::new(move |_| integrals.map(|e| e.get()));
        let outcomes = Memo::new(move |_| {
            let s = scenario.get();
            per_example.get().map(|e| s.outcome_from(e))
        });
        let words = Memo::new(move |_| {
            state.with(|s| Words {
                ratio: s.imbalance.ratio,
                neg_pt: s.imbalance.neg_pt,
                pos_pt: s.imbalance.pos_pt,
                gamma: s.shared.gamma,
            })
        });
        let share = Memo::new(move |_| {
            Figure::Curves(per_example.with(|e| share_chart_from(e, words.get().ratio)))
        });
        let mass = |loss: Compared| {
            let shape = keyed(keys[loss as usize], move || {
                mass_shape(&scenario.get(), loss)
            });
            Memo::new(move |_| {
                let total = outcomes.get()[loss as usize].total;
                Figure::Curves(shape.with(|m| mass_chart_scaled(m, &scenario.get(), total, loss)))
            })
        };
        ImbalanceModel {
            outcomes,
            words,
            anchors: Memo::new(move |_| state.with(|s| s.imbalance.anchors)),
            share,
            mass_ce: mass(Compared::CrossEntropy),
            mass_fl: mass(Compared::Focal),
        }
    }

    fn outcome(self, loss: Compared) -> Outcome {
        self.outcomes.get()[loss as usize]
    }

    /// The panel's sentence: how much of the loss the negatives carry under CE and FL.
    fn sentence(self) -> String {
        let w = self.words.get();
        imbalance_sentence(
            w.ratio,
            w.neg_pt,
            self.outcome(Compared::CrossEntropy).neg_share,
            self.outcome(Compared::Focal).neg_share,
            w.gamma,
        )
    }
}

#[component]
pub fn ImbalancePanel(state: Memo<State>, set_state: WriteSignal<State>) -> impl IntoView {
    let model = ImbalanceModel::new(state);
    view! {
        <section class="panel imbalance" aria-labelledby="imbalance-title" data-testid="imbalance">
            <h2 id="imbalance-title">{t(msg::IMBALANCE_HEADING)}</h2>
            <p class="intro">
                {tf(msg::IMBALANCE_INTRO_1, &[("anchors", &count(100_000.0)), ("objects", "10")])}" "
                {t(msg::IMBALANCE_INTRO_2)}" "
                {t(msg::IMBALANCE_INTRO_3)}
            </p>
            <div class="explorer-grid">
                <div class="controls">
                    <BoundNumber param=&RATIO state=state set_state=set_state/>
                    <BoundNumber param=&NEG_PT state=state set_state=set_state/>
                    <BoundNumber param=&POS_PT state=state set_state=set_state/>
                    <BoundNumber param=&SPREAD state=state set_state=set_state/>
                    <BoundNumber param=&ANCHORS state=state set_state=set_state/>
                    <BoundNumber param=&GAMMA prefix="imb-" state=state set_state=set_state/>
                    <BoundNumber param=&ALPHA prefix="imb-" state=state set_state=set_state/>
                </div>
                // The results and the charts are pieces of their own (`browser/idle.rs`):
                // the whole panel in one task is long on a phone.
                {piece(move || view! {
                    <div class="results">
                        <p class="sentence" data-testid="imbalance-sentence" aria-live="polite">{move || model.sentence()}</p>
                        <SharesTable model=model/>
                        <GammaTable gamma=Memo::new(move |_| model.words.get().gamma)/>
                    </div>
                })}
            </div>
            {piece(move || view! { <Charts model=model/> })}
        </section>
    }
}

/// Per example and over N: each loss's loss per class, total, and the negatives' shares.
#[component]
fn SharesTable(model: ImbalanceModel) -> impl IntoView {
    let rows = Compared::ALL.map(|loss| {
        let id = suffix(loss);
        let o = Signal::derive(move || model.outcome(loss));
        view! {
            <tr class:current=loss == Compared::Focal>
                <th scope="row">{loss.name()}</th>
                <Cell testid=format!("loss-pos-{id}") value=Signal::derive(move || o.get().per_example.loss_pos) show=num/>
                <Cell testid=format!("loss-neg-{id}") value=Signal::derive(move || o.get().per_example.loss_neg) show=num/>
                <Cell testid=format!("total-{id}") value=Signal::derive(move || o.get().total) show=count/>
                <Cell testid=format!("neg-share-{id}") value=Signal::derive(move || o.get().neg_share) show=percent/>
                <Cell testid=format!("neg-grad-share-{id}") value=Signal::derive(move || o.get().neg_grad_share) show=percent/>
            </tr>
        }
    });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(msg::SHARES_TABLE)>
            <table class="numbers">
                <caption>{move || tf(msg::SHARES_CAPTION, &[("n", &count(model.anchors.get()))])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(msg::SHARES_COL_LOSS)}</th>
                        <th scope="col">{t(msg::SHARES_COL_POS)}</th>
                        <th scope="col">{t(msg::SHARES_COL_NEG)}</th>
                        <th scope="col">{t(msg::SHARES_COL_TOTAL)}</th>
                        <th scope="col">{t(msg::SHARES_COL_SHARE)}</th>
                        <th scope="col">{t(msg::SHARES_COL_GRAD)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// How γ weighs an easy against a hard example, for the reference γ values and the
/// current one. Its rows are rebuilt only when γ changes, not on every slider step.
#[component]
fn GammaTable(gamma: Memo<f64>) -> impl IntoView {
    let rows = move || {
        let current = gamma.get();
        let mut gammas: Vec<f64> = REFERENCE_GAMMAS.to_vec();
        if !gammas.contains(&current) {
            // Keep the rows in order without a sort (the list is five long).
            let at = gammas
                .iter()
                .position(|g| *g > current)
                .unwrap_or(gammas.len());
            gammas.insert(at, current);
        }
        gammas
            .into_iter()
            .map(|g| {
                let e = gamma_effect(g);
                let id = data_value(g);
                view! {
                    <tr class:current=g == current data-testid=format!("gamma-row-{id}") aria-current=(g == current).then_some("true")>
                        <th scope="row">{if g == current { tf(msg::GAMMA_ROW_CURRENT, &[("gamma", &num(g))]) } else { num(g) }}</th>
                        <td data-testid=format!("gamma-easy-{id}") data-value=data_value(e.easy)>{num(e.easy)}</td>
                        <td data-testid=format!("gamma-hard-{id}") data-value=data_value(e.hard)>{num(e.hard)}</td>
                        <td data-testid=format!("gamma-ratio-{id}") data-value=data_value(e.hard_over_easy)>{format!("{}×", num(e.hard_over_easy))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(msg::GAMMA_TABLE)>
            <table class="numbers" data-testid="gamma-table">
                <caption>{tf(msg::GAMMA_CAPTION, &[("easy", &num(EASY_PT)), ("hard", &num(HARD_PT))])}</caption>
                <thead>
                    <tr>
                        <th scope="col">"γ"</th>
                        <th scope="col">{t(msg::GAMMA_COL_EASY)}</th>
                        <th scope="col">{t(msg::GAMMA_COL_HARD)}</th>
                        <th scope="col">{t(msg::GAMMA_COL_RATIO)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The share chart and the two loss-mass charts, each with a sentence for screen readers.
#[component]
fn Charts(model: ImbalanceModel) -> impl IntoView {
    let share_summary =
        Signal::derive(move || tf(msg::SHARE_SUMMARY, &[("sentence", &model.sentence())]));
    let mass_summary = move |loss: Compared| {
        Signal::derive(move || {
            let w = model.words.get();
            let args = [
                ("loss", loss.name()),
                ("neg", &num(w.neg_pt)),
                ("share", &percent(model.outcome(loss).neg_share)),
                ("pos", &num(w.pos_pt)),
            ];
            tf(msg::MASS_SUMMARY, &args)
        })
    };
    view! {
        <div class="charts">
            <ChartCanvas id="share" figure=model.share summary=share_summary/>
            <ChartCanvas id="mass-ce" figure=model.mass_ce summary=mass_summary(Compared::CrossEntropy)/>
            <ChartCanvas id="mass-fl" figure=model.mass_fl summary=mass_summary(Compared::Focal)/>
        </div>
        <p class="chart-note">
            {t(msg::IMBALANCE_CHART_NOTE_1)}" "
            {t(msg::IMBALANCE_CHART_NOTE_2)}
        </p>
    }
}
