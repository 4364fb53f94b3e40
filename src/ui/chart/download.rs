//! Saves a string as a file through a temporary object URL.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Saves what a URL points at (a data URL, an object URL) under `name`.
pub fn save_url(name: &str, url: &str) {
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(url);
        a.set_download(name);
        a.click();
    }
}

pub fn save(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    save_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}
