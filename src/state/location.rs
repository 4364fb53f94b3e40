//! The one place that touches `window.location` and `history`: a thin adapter over the
//! pure codec.

use super::codec::{decode, encode, Correction};
use super::State;

/// The state in the address bar, with what had to be corrected.
pub fn read() -> (State, Vec<Correction>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    decode(&search)
}

/// Replaces the address bar's query (no new history entry per slider step), keeping
/// the path and any fragment, so the page works under any sub-path.
pub fn write(state: &State) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{}{hash}", encode(state));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The address of `state` on this page, for sharing. Built from the state through the
/// codec: the address bar follows the state a frame later, so reading it back would give
/// the previous state to whoever copies it in the meantime.
pub fn url_for(state: &State) -> String {
    let Some(window) = web_sys::window() else {
        return encode(state);
    };
    let location = window.location();
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        encode(state)
    )
}

/// Loads `url` (another language is another page load).
pub fn go(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(url);
    }
}

/// The address in the address bar (the panic banner's reload link).
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The fragment's target id (`#lab` → `lab`), if the address has one.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Some(hash.strip_prefix('#')?.to_owned()).filter(|id| !id.is_empty())
}
