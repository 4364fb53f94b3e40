//! The reactive idioms the panels share, named once.

use leptos::prelude::*;

/// A memo of `compute()` that runs again only when `key` changes. `compute` reads its
/// inputs untracked (a whole scenario, say), so nothing else it reads wakes it. The key
/// is read, not only tracked: a memo that has never run has no sources, so a memo that
/// only tracked it would never be woken.
pub fn keyed<K, T>(key: Memo<K>, compute: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    K: PartialEq + Send + Sync + 'static,
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| {
        key.with(|_| ());
        untrack(&compute)
    })
}
