//! Mounts the app; nothing else lives here.
#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
fn main() {
    focal::ui::install_panic_banner();
    // In a task of its own: the one that ends the wasm's instantiation is long enough on a
    // phone without the mount.
    leptos::prelude::set_timeout(focal::ui::mount, std::time::Duration::ZERO);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Focal Loss Explorer runs in the browser: see README.md (scripts/serve).");
}
