//! The leptos shell: one component per panel, a canvas host and the browser environment.
//! No math beyond formatting lives here.
mod calculators;
mod canvas_backend;
mod chart;
mod controls;
mod download;
mod env;
mod explorer;
mod imbalance;
mod lab;
mod multiclass;
mod notice;
mod readout;
mod variants;

use crate::state::{codec::Correction, location, schema::State};
use leptos::prelude::*;

pub use calculators::CalculatorsPanel;
pub use explorer::ExplorerPanel;
pub use imbalance::ImbalancePanel;
pub use lab::LabPanel;
pub use multiclass::MultiClassPanel;
pub use variants::VariantsPanel;

/// The whole page. The URL is read once; afterwards the state signal is the truth and the
/// URL follows it.
#[component]
pub fn App() -> impl IntoView {
    let (initial, corrections): (State, Vec<Correction>) = location::read();
    let (state, set_state) = signal(initial);
    Effect::new(move |_| location::write(&state.get()));
    env::provide();
    view! {
        <header class="masthead">
            <h1>"Focal Loss Explorer"</h1>
            <p class="lede">
                "Focal loss (Lin et al., 2017) scales cross-entropy by "
                <em>"(1 − p"<sub>"t"</sub>")"<sup>"γ"</sup></em>
                " so that the many easy examples stop drowning out the few hard ones. Move the sliders and watch."
            </p>
        </header>
        <notice::Notice corrections=corrections/>
        <main>
            <ExplorerPanel state=state set_state=set_state/>
            <ImbalancePanel state=state set_state=set_state/>
            <CalculatorsPanel state=state set_state=set_state/>
            <VariantsPanel state=state set_state=set_state/>
            <MultiClassPanel state=state set_state=set_state/>
            <LabPanel state=state set_state=set_state/>
        </main>
        <footer class="colophon">
            "Lin, Goyal, Girshick, He, Dollár: “Focal Loss for Dense Object Detection”, ICCV 2017. "
            "Numbers match torchvision’s sigmoid_focal_loss."
        </footer>
    }
}
