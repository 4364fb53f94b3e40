//! The toolbar's buttons as markup: pure string building, shared by the live toolbar (the
//! later module's `ui/panels/toolbar.rs`), its inert copy in the pre-rendered page
//! (`examples/prerender.rs`) and the language modules, which translate that copy before the
//! app mounts. The app's first module only clones the copy (`ui/browser/first_view.rs`): as
//! code of its own, the copy cost it 0.8 KB gzip.

use crate::i18n::{msg, t, Lang};
use crate::state::{Choice, LANG, THEME};

/// The box buttons, the presenter switch and the language picker: one piece of HTML, with
/// one click handler for all (`ui/panels/toolbar.rs`; as typed view elements, two of the
/// buttons cost 4.8 KB of code). Their `aria-expanded` and `aria-pressed` are set by the
/// code that follows them (`tool_box`, `ui::rest_of_page`). `{$hook}` is `testid`
/// in the live toolbar and something else in its inert copy, which must not answer to tests.
const TOOL_BUTTONS: &str = "<button type=\"button\" data-tool-embed data-{$hook}=\"embed-open\" aria-expanded=\"false\">{$embed}</button>\
<button type=\"button\" data-tool-exercise data-{$hook}=\"exercise-open\" aria-expanded=\"false\">{$exercise}</button>\
<button type=\"button\" data-tool-present data-{$hook}=\"present-toggle\" aria-pressed=\"{$pressed}\">{$present}</button>\
<details class=\"language\" data-{$hook}=\"lang\" data-value=\"{$lang}\"><summary>{$language}: {$current}</summary>{$menu}</details>";

/// The picker's menu: the languages by their own names (`tests/i18n.rs` checks them against
/// [`Lang`]). Only the live toolbar has it: the copy's menu never opens.
const LANGUAGE_MENU: &str =
    "<div class=\"language-menu\" role=\"group\" aria-label=\"{$language}\">\
<button type=\"button\" data-lang=\"auto\">{$auto}</button>\
<button type=\"button\" data-lang=\"en\" lang=\"en\">English</button>\
<button type=\"button\" data-lang=\"zh-Hans\" lang=\"zh-Hans\">简体中文</button>\
<button type=\"button\" data-lang=\"es\" lang=\"es\">Español</button>\
<button type=\"button\" data-lang=\"pt-BR\" lang=\"pt-BR\">Português (Brasil)</button>\
<button type=\"button\" data-lang=\"ja\" lang=\"ja\">日本語</button>\
<button type=\"button\" data-lang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</button></div>";

/// The inert copy of the toolbar (see [`placeholder`]).
const PLACEHOLDER: &str = "<div class=\"toolbar\" inert aria-hidden=\"true\"><div class=\"control\"><label>{$theme}</label>\
<select><option>{$system}</option></select></div><button type=\"button\">{$share}</button>\
<div class=\"tool-buttons\">{$tools}</div></div>";

/// [`TOOL_BUTTONS`] in the page's language (the catalogue's texts hold no markup), with the
/// language the link asked for, presenter mode's state (the toolbar may be built after the
/// page below set it), its test hooks named `hook`, and the picker's `menu`.
fn tool_buttons(lang: Lang, presenting: bool, hook: &str, menu: &str) -> String {
    crate::i18n::fill(
        TOOL_BUTTONS,
        &[
            ("embed", t(msg::TOOL_EMBED)),
            ("exercise", t(msg::TOOL_EXERCISE)),
            ("present", t(msg::TOOL_PRESENT)),
            ("language", t(LANG.label)),
            ("lang", lang.token()),
            ("current", lang.label()),
            ("hook", hook),
            ("menu", menu),
            ("pressed", if presenting { "true" } else { "false" }),
        ],
    )
}

/// The live toolbar's buttons and picker.
pub fn live_tool_buttons(lang: Lang, presenting: bool) -> String {
    let menu = crate::i18n::fill(
        LANGUAGE_MENU,
        &[("language", t(LANG.label)), ("auto", t(msg::LANG_AUTO))],
    );
    tool_buttons(lang, presenting, "testid", &menu)
}

/// What holds the toolbar's place until the later module is in: the same boxes, inert (no
/// test hooks, ids or handlers), for a link that asked for `lang` (`Auto` in the pre-rendered
/// page, which is English; a language module writes its own over it).
pub fn placeholder(lang: Lang) -> String {
    let tools = tool_buttons(lang, false, "placeholder", "");
    crate::i18n::fill(
        PLACEHOLDER,
        &[
            ("theme", t(THEME.label)),
            ("system", t(msg::THEME_AUTO)),
            ("share", t(msg::SHARE_BUTTON)),
            ("tools", &tools),
        ],
    )
}
