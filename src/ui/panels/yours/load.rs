//! Loading a reader's predictions without holding the page: a file is read a slice at a
//! time (each slice arrives in a task of its own), the sample is generated a piece at a
//! time, and the sort behind AP and ROC-AUC runs a digit pass per task. Nothing is sent
//! anywhere: the bytes go from the file to the wasm and stay there.

use crate::core::metrics::RankingSteps;
use crate::core::yours::{sample, Binned, FileProblem, Loaded, Reader, MAX_BYTES};
use crate::i18n::{msg, t};
use crate::plot::yours::{PT_BINS, PT_SPAN};
use js_sys::{Promise, Uint8Array};
use std::sync::atomic::{AtomicU32, Ordering};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// How much of a file one task reads: about 50,000 rows, well under 50 ms of work.
const SLICE: f64 = 1024.0 * 1024.0;
/// The sample's rows per task.
const SAMPLE_ROWS: usize = 20_000;

/// Where the rows come from.
pub enum Source {
    File(web_sys::File),
    Text(String),
    Sample,
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::File(f) => f.name(),
            Source::Text(_) => t(msg::SOURCE_PASTED).to_owned(),
            Source::Sample => t(msg::SOURCE_SAMPLE).to_owned(),
        }
    }
}

/// Loaded predictions with what is computed once per file.
pub struct Data {
    pub name: String,
    pub loaded: Loaded,
    pub ap: f64,
    pub auc: f64,
    pub binned: Binned,
    pub histogram: (Vec<f64>, [Vec<f64>; 2]),
    /// From the start of reading to the end of the summaries, in ms.
    pub millis: f64,
}

/// Why a load ended without data.
pub enum Stopped {
    Refused(FileProblem),
    /// A newer load started.
    Superseded,
    /// The browser could not read the file.
    Unreadable(String),
}

/// The newest load: an older one stops at its next step.
static LOADS: AtomicU32 = AtomicU32::new(0);

/// Lets other tasks (input, frames) run before the next piece of work. A zero-delay timer:
/// the page already uses them, so no other browser API is bound for this (each binding
/// costs the first view's bytes); the few yields after reading lose at most 4 ms each to
/// the clamping of nested timers.
async fn yield_now() {
    let promise = Promise::new(&mut |resolve, _| {
        leptos::prelude::set_timeout(
            move || {
                let _ = resolve.call0(&JsValue::NULL);
            },
            std::time::Duration::ZERO,
        );
    });
    let _ = JsFuture::from(promise).await;
}

async fn read_slice(blob: &web_sys::Blob, start: f64, end: f64) -> Result<Vec<u8>, Stopped> {
    let part = blob
        .slice_with_f64_and_f64(start, end)
        .map_err(|_| Stopped::Unreadable(t(msg::UNREADABLE_SLICE).into()))?;
    let buffer = JsFuture::from(part.array_buffer()).await.map_err(|e| {
        Stopped::Unreadable(
            e.as_string()
                .unwrap_or_else(|| t(msg::UNREADABLE_REFUSED).into()),
        )
    })?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Loads `source`, telling `progress` the fraction done (reading is the first 85 %).
pub async fn load(source: Source, progress: impl Fn(f64)) -> Result<Data, Stopped> {
    let me = LOADS.fetch_add(1, Ordering::Relaxed) + 1;
    let current = move || {
        if LOADS.load(Ordering::Relaxed) == me {
            Ok(())
        } else {
            Err(Stopped::Superseded)
        }
    };
    let start = crate::ui::browser::now();
    let name = source.name();
    let mut reader = Reader::new();
    let refuse = Stopped::Refused;
    match source {
        Source::Sample => {
            let mut rows = sample::Rows::new(sample::SEED, sample::ANCHORS);
            while let Some(piece) = rows.next_piece(SAMPLE_ROWS) {
                reader.feed(piece.as_bytes()).map_err(refuse)?;
                progress(0.85 * rows.fraction());
                yield_now().await;
                current()?;
            }
        }
        Source::Text(text) => {
            for piece in text.as_bytes().chunks(SLICE as usize) {
                reader.feed(piece).map_err(refuse)?;
                yield_now().await;
                current()?;
            }
        }
        Source::File(file) => {
            let size = file.size();
            if size > MAX_BYTES {
                return Err(Stopped::Refused(FileProblem::TooLarge(size)));
            }
            let mut at = 0.0;
            while at < size {
                let end = (at + SLICE).min(size);
                let bytes = read_slice(&file, at, end).await?;
                current()?;
                reader.feed(&bytes).map_err(refuse)?;
                if at == 0.0 {
                    // Room for every row at once: growing by doubling would hold two copies.
                    reader.reserve_for(size);
                }
                at = end;
                progress(0.85 * at / size);
            }
        }
    }
    let loaded = reader.finish().map_err(refuse)?;
    yield_now().await;
    current()?;
    let mut ranking = RankingSteps::new(&loaded.predictions.scores, &loaded.predictions.labels);
    let (ap, auc) = loop {
        yield_now().await;
        current()?;
        if let Some(done) = ranking.step() {
            break done;
        }
    };
    drop(ranking);
    progress(0.93);
    yield_now().await;
    current()?;
    let binned = loaded.predictions.binned();
    yield_now().await;
    current()?;
    let histogram = loaded.predictions.pt_histogram(PT_BINS, PT_SPAN);
    progress(1.0);
    Ok(Data {
        name,
        loaded,
        ap,
        auc,
        binned,
        histogram,
        millis: crate::ui::browser::now() - start,
    })
}
