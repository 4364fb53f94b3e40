//! The languages the page speaks, by their URL tokens (BCP 47 tags).

crate::choice! {
    /// `lang=<tag>`: the page's language. `Auto` (no `lang=` in the link) follows the
    /// browser's preferred languages, falling back to English.
    pub enum Lang {
        Auto = ("auto", crate::i18n::msg::LANG_AUTO),
        En = ("en", crate::i18n::Msg::fixed("English")),
        ZhHans = ("zh-Hans", crate::i18n::Msg::fixed("简体中文")),
        Es = ("es", crate::i18n::Msg::fixed("Español")),
        PtBr = ("pt-BR", crate::i18n::Msg::fixed("Português (Brasil)")),
        Ja = ("ja", crate::i18n::Msg::fixed("日本語")),
        Ar = ("ar", crate::i18n::Msg::fixed("العربية")),
    }
}

impl Lang {
    /// The languages with a catalogue, English first.
    pub const SPOKEN: [Lang; 6] = [
        Lang::En,
        Lang::ZhHans,
        Lang::Es,
        Lang::PtBr,
        Lang::Ja,
        Lang::Ar,
    ];

    /// The language `Auto` stands for, given the browser's preferred languages
    /// (comma-separated, most preferred first, as `navigator.languages` lists them): the
    /// first one spoken here by its primary language (`pt-PT` reads Brazilian Portuguese,
    /// `zh-CN` and `zh-SG` Simplified Chinese; Traditional Chinese is not spoken here), else
    /// English.
    pub fn resolve(self, preferred: &str) -> Lang {
        if self != Lang::Auto {
            return self;
        }
        preferred
            .split(',')
            .find_map(Lang::of_tag)
            .unwrap_or(Lang::En)
    }

    fn of_tag(tag: &str) -> Option<Lang> {
        let mut parts = tag.trim().split(['-', '_']);
        let primary = parts.next().unwrap_or("");
        let is = |code: &str| primary.eq_ignore_ascii_case(code);
        if is("zh") {
            let traditional = parts.any(|s| {
                ["hant", "tw", "hk", "mo"]
                    .iter()
                    .any(|t| s.eq_ignore_ascii_case(t))
            });
            return (!traditional).then_some(Lang::ZhHans);
        }
        [
            ("en", Lang::En),
            ("es", Lang::Es),
            ("pt", Lang::PtBr),
            ("ja", Lang::Ja),
            ("ar", Lang::Ar),
        ]
        .into_iter()
        .find_map(|(code, lang)| is(code).then_some(lang))
    }

    /// The tag for `<html lang>` and the catalogue's file name.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Auto | Lang::En => "en",
            other => crate::state::Choice::token(other),
        }
    }

    /// Written right to left (the page mirrors; charts, formulas and sliders do not).
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The decimal separator of readouts. (Arabic is written with Western digits and the
    /// point here, as CLDR's `ar-u-nu-latn` and most machine-learning texts in Arabic do.)
    pub fn decimal(self) -> char {
        match self {
            Lang::Es | Lang::PtBr => ',',
            _ => '.',
        }
    }
}
