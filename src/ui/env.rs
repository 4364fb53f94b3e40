//! The browser environment the charts depend on: dark mode and layout changes, as signals
//! provided through context. The listeners are registered once for the page.

use crate::state::Theme;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Whether the page is in dark mode.
#[derive(Clone, Copy)]
pub struct Dark(pub Signal<bool>);

/// Changes whenever the layout may have resized a canvas.
#[derive(Clone, Copy)]
pub struct Resized(pub ReadSignal<u32>);

/// Provides the environment. `theme` is the page's choice: follow the system, light or
/// dark.
pub fn provide(theme: Signal<Theme>) {
    let query = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten();
    let (system_dark, set_dark) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(q) = query {
        let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| set_dark.set(e.matches()),
        );
        let _ = q.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // Lives as long as the page, registered once.
        on_change.forget();
    }
    let (resized, set_resized) = signal(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        set_resized.update(|n| *n = n.wrapping_add(1))
    });
    on_cleanup(move || handle.remove());
    let dark = Memo::new(move |_| match theme.get() {
        Theme::Light => false,
        Theme::Dark => true,
        _ => system_dark.get(),
    });
    // The page's own colours follow the same choice, through an attribute on <html>.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = match theme.get() {
                Theme::Light => root.set_attribute("data-theme", "light"),
                Theme::Dark => root.set_attribute("data-theme", "dark"),
                _ => root.remove_attribute("data-theme"),
            };
        }
    });
    provide_context(Dark(dark.into()));
    provide_context(Resized(resized));
}

/// Present when the page counts its charts' paints (`?bench=paints`).
#[derive(Clone, Copy)]
pub struct CountPaints;

/// Whether each chart shows how many times it has been drawn (`paints-<chart>`).
pub fn counts_paints() -> bool {
    use_context::<CountPaints>().is_some()
}

pub fn dark() -> Signal<bool> {
    use_context::<Dark>()
        .map(|d| d.0)
        .unwrap_or_else(|| Signal::derive(|| false))
}

pub fn resized() -> ReadSignal<u32> {
    use_context::<Resized>()
        .map(|r| r.0)
        .unwrap_or_else(|| signal(0).0)
}

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
        banner.set_text_content(Some("Something went wrong — "));
        if let Ok(link) = doc.create_element("a") {
            let _ = link.set_attribute("href", &href);
            let _ = link.set_attribute("data-testid", "panic-reload");
            link.set_text_content(Some("reload"));
            let _ = banner.append_child(&link);
        }
        let note = doc.create_text_node(" (your settings are kept in the link).");
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

/// In an iframe, tells the host page our height whenever it changes:
/// `{ type: "focal-loss-explorer:height", panel, height }` via `window.parent.postMessage`.
/// The height is the body's own (the content's): the document's scroll height never falls
/// below the frame's, so a frame that grew would never shrink again. `body.embedded` is a
/// block formatting context in the stylesheet, so no child margin escapes the body's box, and
/// its scrollbar gutter is always reserved, so the width (and the height with it) never
/// depends on whether the frame scrolls.
pub fn report_height(panel: &'static str) {
    let Some(body) = document().body() else {
        return;
    };
    let parent = match window().parent() {
        Ok(Some(p)) => p,
        _ => return,
    };
    if js_sys::Object::is(&parent, &window()) {
        return;
    }
    let observed = body.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = observed.scroll_height();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &message,
            &"type".into(),
            &"focal-loss-explorer:height".into(),
        );
        let _ = js_sys::Reflect::set(&message, &"panel".into(), &panel.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // One observer for the page's lifetime.
    on_resize.forget();
}

/// Registers the service worker that keeps the app working offline (release builds ship
/// `sw.js` beside `index.html`). Called once start-up is over: when the later module is in
/// (`later.rs`) or, in an embed of the Explorer, after the first frames; never while the
/// Explorer mounts. The worker's start and its install's downloads took a core and the
/// line from the mount (interactive 21–41 ms later unthrottled, 24–47 ms on the phone
/// profile: BENCHMARKS.md, tenth session). Where the host lets the HTTP cache keep files,
/// the install now finds the later module there instead of downloading it beside the page.
/// (`e2e_teaching::the_service_worker_waits_until_start_up_is_over`)
pub fn register_service_worker() {
    let container = window().navigator().service_worker();
    let _ = container.register("./sw.js");
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
