//! Each run's numbers: its metrics, weights and confusion matrix.

use crate::i18n::{msg, t, tf, Msg};

/// A readout's label with the fixed threshold 0.5 in it (made once per run's readouts; a
/// readout's label is `&'static str`).
fn at(m: Msg) -> &'static str {
    leak(tf(m, &[("threshold", &num(0.5))]))
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}
use super::model::LabModel;
use crate::core::lab::Checkpoint;
use crate::core::metrics::Confusion;
use crate::format::{data_value, num, percent};
use crate::ui::widgets::readout::Readout;
use leptos::prelude::*;

/// Run `r`'s metrics at its latest checkpoint, and its weights.
#[component]
pub(super) fn RunReadouts(model: LabModel, r: usize) -> impl IntoView {
    let suffix = ["a", "b"][r];
    let metric = move |f: fn(&Checkpoint) -> f64| {
        Signal::derive(move || model.read(|s| f(&s.latest[r])).unwrap_or(0.0))
    };
    // The weights in full precision for tests (`data-value`), and as a reader sees them.
    let weights_as = move |show: fn(f64) -> String, sep: &'static str| {
        move || {
            model
                .read(|s| {
                    s.weights[r]
                        .iter()
                        .map(|w| show(*w))
                        .collect::<Vec<_>>()
                        .join(sep)
                })
                .unwrap_or_default()
        }
    };
    let ap_share = Signal::derive(move || {
        model
            .read(|s| s.latest[r].ap / s.bayes_ap.max(f64::MIN_POSITIVE))
            .unwrap_or(0.0)
    });
    let easy_share = Signal::derive(move || model.read(|s| s.easy_share[r]).unwrap_or(0.0));
    view! {
        <div class="run-readouts">
            <h3>{move || tf(msg::RUN_HEADING, &[("run", ["A", "B"][r]), ("loss", model.read(|s| s.names[r]).unwrap_or(""))])}</h3>
            <dl class="readouts">
                <Readout testid=["loss-a", "loss-b"][r] label=t(msg::RUN_TRAIN_LOSS) value=metric(|c| c.train_loss)/>
                <Readout testid=["test-loss-a", "test-loss-b"][r] label=t(msg::RUN_TEST_LOSS) value=metric(|c| c.test_loss)/>
                <Readout testid=["ap-a", "ap-b"][r] label=t(msg::RUN_AP) value=metric(|c| c.ap)/>
                <Readout testid=["ap-share-a", "ap-share-b"][r] label=t(msg::RUN_AP_SHARE) value=ap_share show=percent/>
                <Readout testid=["roc-auc-a", "roc-auc-b"][r] label=t(msg::RUN_ROC_AUC) value=metric(|c| c.roc_auc)/>
                <Readout testid=["precision-a", "precision-b"][r] label=at(msg::RUN_PRECISION) value=metric(|c| c.precision)/>
                <Readout testid=["recall-a", "recall-b"][r] label=at(msg::RUN_RECALL) value=metric(|c| c.recall)/>
                <Readout testid=["easy-share-a", "easy-share-b"][r] label=leak(tf(msg::RUN_EASY_SHARE, &[("pt", &num(0.7))])) value=easy_share show=percent/>
            </dl>
            <p class="weights">{t(msg::RUN_WEIGHTS)}" "
                <code data-testid=format!("weights-{suffix}") data-value=weights_as(data_value, ",")>{weights_as(num, ", ")}</code>
            </p>
        </div>
    }
}

/// Run `r`'s confusion matrix at the threshold.
#[component]
pub(super) fn ConfusionTable(model: LabModel, r: usize) -> impl IntoView {
    let suffix = ["a", "b"][r];
    let cell = move |name: &'static str, f: fn(&Confusion) -> usize| {
        let v = move || model.read(|s| f(&s.confusion[r])).unwrap_or(0);
        view! { <td data-testid=format!("cm-{suffix}-{name}") data-value=move || v().to_string()>{v}</td> }
    };
    view! {
        <table class="numbers confusion">
            <caption>{move || tf(msg::CONFUSION_CAPTION, &[("run", ["A", "B"][r]), ("threshold", &num(model.threshold.get()))])}</caption>
            <thead><tr><td></td><th scope="col">{t(msg::CONFUSION_PREDICTED_POS)}</th><th scope="col">{t(msg::CONFUSION_PREDICTED_NEG)}</th></tr></thead>
            <tbody>
                <tr><th scope="row">{t(msg::CONFUSION_ACTUAL_POS)}</th>{cell("tp", |c| c.tp)}{cell("fn", |c| c.fn_)}</tr>
                <tr><th scope="row">{t(msg::CONFUSION_ACTUAL_NEG)}</th>{cell("fp", |c| c.fp)}{cell("tn", |c| c.tn)}</tr>
            </tbody>
        </table>
    }
}
