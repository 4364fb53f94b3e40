//! Another language's catalogue, read and formatted by Fluent (`fluent-bundle`): its
//! plural categories and selectors are Fluent's, not ours. Only the shell's language
//! modules call this (an English page never does), so its code is in them.

use super::{msg, Catalogue, Lang};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use std::cell::OnceCell;

thread_local! {
    static BUNDLE: OnceCell<FluentBundle<FluentResource>> = const { OnceCell::new() };
}

/// The bundle of `lang` from its `.ftl` source. Messages it lacks or cannot read are left
/// out (`tests/i18n.rs` fails on any); the page then shows their English.
pub fn bundle(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // The page sets `dir` on every element that needs it; Fluent's isolation marks would
    // show up in `aria-label`s and in tests' text.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Formats message `id` of `bundle` (`None` if the language lacks it).
pub fn format(
    bundle: &FluentBundle<FluentResource>,
    id: u16,
    args: &[(&str, &str)],
) -> Option<String> {
    let key = msg::KEYS.get(id as usize)?;
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, *value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

fn format_installed(id: u16, args: &[(&str, &str)]) -> String {
    BUNDLE.with(|b| {
        b.get()
            .and_then(|bundle| format(bundle, id, args))
            .unwrap_or_else(|| super::fill(msg::ENGLISH[id as usize], args))
    })
}

/// `lang`'s catalogue, ready for [`super::install`].
pub fn catalogue(lang: Lang, source: &str) -> Catalogue {
    let bundle = bundle(lang, source);
    let plain = (0..msg::KEYS.len())
        .map(|id| {
            let text =
                format(&bundle, id as u16, &[]).unwrap_or_else(|| msg::ENGLISH[id].to_owned());
            &*Box::leak(text.into_boxed_str())
        })
        .collect();
    BUNDLE.with(|b| {
        let _ = b.set(bundle);
    });
    Catalogue {
        lang,
        plain,
        format: format_installed,
    }
}
