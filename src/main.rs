//! Mounts the app; nothing else lives here.
#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
fn main() {
    focal::ui::install_panic_banner();
    leptos::mount::mount_to_body(focal::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Focal Loss Explorer runs in the browser: see README.md (scripts/serve).");
}
