//! Small services of the page: the clipboard, the panic banner, scrolling to the fragment.

use leptos::prelude::*;

/// Copies text to the clipboard where the browser allows it (it may refuse outside a
/// user gesture or in an insecure context; the UI also shows the text to copy by hand).
pub fn copy_text(text: &str) {
    let promise = window().navigator().clipboard().write_text(text);
    // A refusal is expected (no permission, insecure context): the text is on screen too.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// A panic shows a banner instead of leaving a frozen page: the message, and a link that
/// reloads the current state (the permalink is kept). Installed before anything mounts.
pub fn install_panic_banner() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let href = crate::state::location::current_url();
        let doc = document();
        let Ok(banner) = doc.create_element("div") else {
            return;
        };
        banner.set_class_name("panic-banner");
        let _ = banner.set_attribute("role", "alert");
        let _ = banner.set_attribute("data-testid", "panic-banner");
        let say = |m| crate::i18n::t(m);
        use crate::i18n::msg;
        banner.set_text_content(Some(&format!("{} ", say(msg::PANIC_BEFORE))));
        if let Ok(link) = doc.create_element("a") {
            let _ = link.set_attribute("href", &href);
            let _ = link.set_attribute("data-testid", "panic-reload");
            link.set_text_content(Some(say(msg::PANIC_RELOAD)));
            let _ = banner.append_child(&link);
        }
        let note = doc.create_text_node(&format!(" {}", say(msg::PANIC_AFTER)));
        let _ = banner.append_child(&note);
        if let Some(body) = doc.body() {
            let _ = body.prepend_with_node_1(&banner);
        }
    }));
}

/// `?debug=panic` provokes a panic after mounting, so tests can check the banner.
pub fn panic_on_request() {
    if crate::state::location::current_url().contains("debug=panic") {
        request_animation_frame(|| panic!("panic requested by ?debug=panic"));
    }
}

/// Whether the URL's fragment names an element the page does not have yet (`#lab` before the
/// later panels are built).
pub fn fragment_missing() -> bool {
    crate::state::location::fragment().is_some_and(|id| document().get_element_by_id(&id).is_none())
}

/// Scrolls to the element the URL's fragment names (`#lab`), for panels that did not exist
/// yet when the browser looked for it.
pub fn scroll_to_fragment() {
    let Some(id) = crate::state::location::fragment() else {
        return;
    };
    if let Some(el) = document().get_element_by_id(&id) {
        el.scroll_into_view();
    }
}
