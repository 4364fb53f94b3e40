//! The page's language: which one (the link's `lang=`, else the browser's preferred
//! languages), `<html lang dir>`, and another language's catalogue. Each language is a
//! wasm module of its own (its Fluent file compiled in, so its name is content-hashed like
//! the later modules'), sharing one chunk with Fluent's runtime: an English page fetches
//! neither, and another language fetches its own module and that chunk once (the service
//! worker keeps what was fetched, for offline use).

use crate::i18n::{self, fluent, msg, t, Lang};
use wasm_split_helpers::SplitLoaderError;

/// The browser's preferred languages, most preferred first, comma-separated (one call
/// into JavaScript: walking the array from Rust cost the first module 1 KB).
fn preferred() -> String {
    leptos::prelude::window()
        .navigator()
        .languages()
        .join(",")
        .into()
}

/// The language the page speaks for a link's `lang=`.
pub fn resolve(asked: Lang) -> Lang {
    asked.resolve(&preferred())
}

/// Marks the document with the page's language and direction, and gives the stylesheet
/// the texts it shows (`--locked-note`, `--hover-hint`). Only another language than English
/// needs it (`index.html` is `lang="en"`), so only its module runs (and holds) this code.
fn mark_document() {
    use leptos::prelude::document;
    let lang = i18n::lang();
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.set_attribute("lang", lang.tag());
    let _ = root.set_attribute("dir", if lang.rtl() { "rtl" } else { "ltr" });
    document().set_title(t(msg::PAGE_TITLE));
    if lang != Lang::En {
        use wasm_bindgen::JsCast;
        // Through the CSSOM, which the page's content security policy allows.
        let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
            return;
        };
        for (name, m) in [
            ("--locked-note", msg::LOCKED_NOTE),
            ("--hover-hint", msg::CHART_HOVER_HINT),
        ] {
            let value = format!("\"{}\"", t(m).replace('"', "\\\""));
            let _ = root.style().set_property(name, &value);
        }
        // The toolbar's inert copy in this language: the app clones the pre-rendered page's
        // (`first_view::toolbar_copy`), in which it is hidden (the pre-rendered live toolbar
        // stands beside it), so the English view is unchanged.
        if let Ok(Some(copy)) = document().query_selector("#prerendered .toolbar-static") {
            let asked = crate::state::location::read().0.page.lang;
            copy.set_inner_html(&crate::toolbar::placeholder(asked));
        }
    }
}

macro_rules! language {
    ($point:ident, $lang:expr, $file:literal) => {
        #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($point, fallible))]
        fn $point() -> Result<(), SplitLoaderError> {
            i18n::install(fluent::catalogue(
                $lang,
                include_str!(concat!("../../../i18n/", $file)),
            ));
            mark_document();
            Ok(())
        }
    };
}

language!(lang_zh_hans, Lang::ZhHans, "zh-Hans.ftl");
language!(lang_es, Lang::Es, "es.ftl");
language!(lang_pt_br, Lang::PtBr, "pt-BR.ftl");
language!(lang_ja, Lang::Ja, "ja.ftl");
language!(lang_ar, Lang::Ar, "ar.ftl");

/// Fetches `lang`'s module, installs its catalogue, then runs `then` (at once for English;
/// in English if the fetch fails, so the page still works offline without it).
pub fn load(lang: Lang, then: fn()) {
    #[cfg(feature = "split")]
    macro_rules! fetch {
        ($point:ident) => {
            Box::pin($point())
        };
    }
    #[cfg(not(feature = "split"))]
    macro_rules! fetch {
        ($point:ident) => {
            Box::pin(std::future::ready($point()))
        };
    }
    type Fetch = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), SplitLoaderError>>>>;
    let fetch: Fetch = match lang {
        Lang::ZhHans => fetch!(lang_zh_hans),
        Lang::Es => fetch!(lang_es),
        Lang::PtBr => fetch!(lang_pt_br),
        Lang::Ja => fetch!(lang_ja),
        Lang::Ar => fetch!(lang_ar),
        Lang::Auto | Lang::En => return then(),
    };
    // (Before the mount: leptos's executor is not set up yet.) A failed fetch leaves the
    // page in English.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = fetch.await;
        then();
    });
}
