//! Offline: the service worker.

use leptos::prelude::*;

/// Registers the service worker that keeps the app working offline (release builds ship
/// `sw.js` beside `index.html`). Called once start-up is over: when the later module is in
/// (`later.rs`) or, in an embed of the Explorer, after the first frames; never while the
/// Explorer mounts: the worker's start and its install's downloads take a core and the
/// line from the mount (registered at start-up, the Explorer was interactive 21–41 ms
/// later unthrottled, 24–47 ms on the phone profile). Where the host lets the HTTP cache
/// keep files, the install finds the later module there instead of downloading it.
/// (`e2e_teaching::the_service_worker_waits_until_start_up_is_over`)
pub fn register_service_worker() {
    let container = window().navigator().service_worker();
    let _ = container.register("./sw.js");
}
