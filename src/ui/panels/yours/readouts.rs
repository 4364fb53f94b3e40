//! What the panel shows on the loaded rows: counts, ranking, where the loss and the gradient
//! come from under CE and focal loss, the prior, and two charts. The shares are exact sums
//! over every row once input pauses; while γ or α is being dragged they come from the
//! binned rows (within a fraction of a percent), so a million rows never hold a frame.

use super::load::Data;
use crate::core::loss::Alpha;
use crate::core::yours::{Counts, Shares};
use crate::format::{count, data_value, num, percent};
use crate::i18n::{msg, t, tf};
use crate::plot::figure::Figure;
use crate::plot::yours::{pt_chart, share_chart};
use crate::ui::chart::canvas::ChartCanvas;
use crate::ui::widgets::readout::Readout;
use leptos::prelude::*;
use std::sync::Arc;

type Setting = (f64, Option<f64>);

/// CE's and focal loss's shares, and whether they are the exact sums.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Split {
    ce: Shares,
    fl: Shares,
    exact: bool,
}

#[component]
fn Cell(testid: &'static str, #[prop(into)] value: Signal<Option<f64>>) -> impl IntoView {
    view! {
        <td data-testid=testid data-value=move || value.get().map(data_value).unwrap_or_default()>
            {move || value.get().map(percent).unwrap_or_default()}
        </td>
    }
}

/// The panel's derived values: memos keyed by the data and the setting they read.
#[derive(Clone, Copy)]
pub struct YoursModel {
    data: RwSignal<Option<Arc<Data>>>,
    counts: Memo<Option<Counts>>,
    ranking: Memo<Option<(f64, f64)>>,
    split: Memo<Option<Split>>,
    gamma: Memo<f64>,
    pt: Memo<Figure>,
    shares_figure: Memo<Figure>,
}

impl YoursModel {
    pub fn new(
        data: RwSignal<Option<Arc<Data>>>,
        live: Memo<Setting>,
        settled: Memo<Setting>,
    ) -> YoursModel {
        let counts =
            Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.loaded.predictions.counts())));
        let ranking = Memo::new(move |_| data.with(|d| d.as_ref().map(|d| (d.ap, d.auc))));
        // Exact: one pass over every row, when the data or the paused setting changes.
        let exact = Memo::new(move |_| {
            let (gamma, alpha) = settled.get();
            data.with(|d| {
                d.as_ref().map(|d| {
                    let (ce, fl) = d.loaded.predictions.shares(gamma, Alpha::from(alpha));
                    ((gamma, alpha), ce, fl)
                })
            })
        });
        let split = Memo::new(move |_| {
            let (gamma, alpha) = live.get();
            let (at, ce, fl) = exact.get()?;
            if at == (gamma, alpha) {
                return Some(Split {
                    ce,
                    fl,
                    exact: true,
                });
            }
            let fl = data.with(|d| {
                d.as_ref()
                    .map(|d| d.binned.totals(gamma).shares(Alpha::from(alpha)))
            })?;
            Some(Split {
                ce,
                fl,
                exact: false,
            })
        });
        let pt = Memo::new(move |_| {
            data.with(|d| {
                d.as_ref()
                    .map(|d| Figure::Curves(pt_chart(&d.histogram.0, &d.histogram.1)))
                    .unwrap_or(Figure::Curves(pt_chart(&[], &[Vec::new(), Vec::new()])))
            })
        });
        // The curves depend on the data and α, the marker on γ.
        let alpha = Memo::new(move |_| live.get().1);
        let gamma = Memo::new(move |_| live.get().0);
        let shares_figure = Memo::new(move |_| {
            let a = Alpha::from(alpha.get());
            let g = gamma.get();
            data.with(|d| {
                d.as_ref()
                    .map(|d| Figure::Curves(share_chart(&d.binned, a, g)))
                    .unwrap_or(Figure::Curves(crate::plot::curves::CurveChart::new(
                        "",
                        "",
                        "",
                        Vec::new(),
                    )))
            })
        });
        YoursModel {
            data,
            counts,
            ranking,
            split,
            gamma,
            pt,
            shares_figure,
        }
    }
}

/// The numbers: counts, ranking, the shares table, the prior.
#[component]
pub fn Summary(model: YoursModel) -> impl IntoView {
    let YoursModel {
        data,
        counts,
        ranking,
        split,
        ..
    } = model;
    let c = move |f: fn(&Counts) -> f64| {
        Signal::derive(move || counts.get().map_or(f64::NAN, |c| f(&c)))
    };
    let share = move |f: fn(&Split) -> f64| Signal::derive(move || split.get().map(|s| f(&s)));
    view! {
        <dl class="readouts yours-counts">
            <Readout testid="yours-rows" label=t(msg::YOURS_ROWS) value=c(|c| c.rows as f64) show=count/>
            <Readout testid="yours-positives" label=t(msg::PARAM_NPOS_LABEL) value=c(|c| c.positives as f64) show=count/>
            <Readout testid="yours-skipped" label=t(msg::YOURS_REFUSED)
                value=Signal::derive(move || data.with(|d| d.as_ref().map_or(f64::NAN, |d| d.loaded.refused as f64))) show=count/>
            <Readout testid="yours-ap" label=t(msg::YOURS_AP) value=Signal::derive(move || ranking.get().map_or(f64::NAN, |r| r.0))/>
            <Readout testid="yours-auc" label="ROC-AUC" value=Signal::derive(move || ranking.get().map_or(f64::NAN, |r| r.1))/>
        </dl>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(msg::YOURS_SHARES)>
            <table class="numbers shares" data-exact=move || split.get().map(|s| s.exact.to_string())>
                <caption>{move || t(if split.get().is_some_and(|s| !s.exact) { msg::YOURS_SHARES_ESTIMATED } else { msg::YOURS_SHARES_EXACT })}</caption>
                <thead><tr><th scope="col">{t(msg::YOURS_COL_SHARE)}</th><th scope="col">{t(msg::YOURS_COL_CE)}</th><th scope="col">{t(msg::YOURS_COL_FL)}</th></tr></thead>
                <tbody>
                    <tr><th scope="row">{t(msg::YOURS_ROW_NEG)}</th>
                        <Cell testid="yours-neg-share-ce" value=share(|s| s.ce.neg)/>
                        <Cell testid="yours-neg-share-fl" value=share(|s| s.fl.neg)/></tr>
                    <tr><th scope="row">{tf(msg::YOURS_ROW_EASY, &[("pt", &num(0.7))])}</th>
                        <Cell testid="yours-easy-share-ce" value=share(|s| s.ce.easy)/>
                        <Cell testid="yours-easy-share-fl" value=share(|s| s.fl.easy)/></tr>
                    <tr><th scope="row">{t(msg::YOURS_ROW_GRAD)}</th>
                        <Cell testid="yours-grad-neg-share-ce" value=share(|s| s.ce.grad_neg)/>
                        <Cell testid="yours-grad-neg-share-fl" value=share(|s| s.fl.grad_neg)/></tr>
                </tbody>
            </table>
        </div>
        <dl class="readouts yours-prior">
            <Readout testid="yours-prior" label=t(msg::YOURS_PRIOR) value=c(|c| c.prior)/>
            <Readout testid="yours-mean-p" label=t(msg::YOURS_MEAN_P) value=c(|c| c.mean_p)/>
            <Readout testid="yours-bias" label=t(msg::YOURS_BIAS) value=c(|c| c.bias)/>
            <Readout testid="yours-alpha-freq" label=t(msg::YOURS_ALPHA_FREQ) value=c(|c| c.alpha_freq)/>
        </dl>
        <p class="note" data-testid="yours-prior-sentence">{move || counts.get().map(prior_sentence)}</p>
    }
}

/// The two charts.
#[component]
pub fn Charts(model: YoursModel) -> impl IntoView {
    let YoursModel {
        split,
        gamma,
        pt,
        shares_figure,
        ..
    } = model;
    let pt_summary = Signal::derive(|| t(msg::YOURS_PT_SUMMARY).to_owned());
    let share_summary = Signal::derive(move || match split.get() {
        Some(s) => {
            let args = [
                ("fl", percent(s.fl.neg)),
                ("grad", percent(s.fl.grad_neg)),
                ("gamma", num(gamma.get())),
                ("ce", percent(s.ce.neg)),
            ];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            tf(msg::YOURS_SHARE_SUMMARY, &args)
        }
        None => String::new(),
    });
    view! {
        <div class="charts">
            <ChartCanvas id="yours-pt" figure=pt summary=pt_summary/>
            <ChartCanvas id="yours-shares" figure=shares_figure summary=share_summary/>
        </div>
    }
}

/// Compares the model's mean probability with the positive rate.
fn prior_sentence(c: Counts) -> String {
    let ratio = c.mean_p / c.prior;
    let verdict = if !ratio.is_finite() {
        t(msg::CALIBRATION_NONE).to_owned()
    } else if (0.8..=1.25).contains(&ratio) {
        t(msg::CALIBRATION_CLOSE).to_owned()
    } else if ratio > 1.0 {
        tf(msg::CALIBRATION_OVER, &[("ratio", &num(ratio))])
    } else {
        tf(msg::CALIBRATION_UNDER, &[("ratio", &num(ratio))])
    };
    let args = [
        ("mean", num(c.mean_p)),
        ("prior", num(c.prior)),
        ("verdict", verdict),
        ("bias", num(c.bias)),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tf(msg::YOURS_PRIOR_SENTENCE, &args)
}
