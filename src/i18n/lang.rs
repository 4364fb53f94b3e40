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
    pub const SPOKEN: [Lang; 6] = [Lang::En, Lang::ZhHans, Lang::Es, Lang::PtBr, Lang::Ja, Lang::Ar];

    /// The language `Auto` stands for, given the browser's preferred languages (most
    /// preferred first, as `navigator.languages` lists them): the first one spoken here by
    /// its primary language (`pt-PT` reads Brazilian Portuguese, `zh-CN` and `zh-SG`
    /// Simplified Chinese; Traditional Chinese is not spoken here), else English.
    pub fn resolve(self, preferred: &[String]) -> Lang {
        if self != Lang::Auto {
            return self;
        }
        preferred
            .iter()
            .find_map(|tag| Lang::of_tag(tag))
            .unwrap_or(Lang::En)
    }

    fn of_tag(tag: &str) -> Option<Lang> {
        let tag = tag.to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::PtBr),
            "ja" => Some(Lang::Ja),
            "ar" => Some(Lang::Ar),
            "zh" => {
                let traditional = ["hant", "tw", "hk", "mo"]
                    .iter()
                    .any(|t| tag.split(['-', '_']).skip(1).any(|s| s == *t));
                (!traditional).then_some(Lang::ZhHans)
            }
            _ => None,
        }
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
