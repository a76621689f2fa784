//! The Unicode character database behind `\N{...}` escapes and the `unicodedata` module:
//! names, general categories, combining classes and normalization forms, from well-kept crates
//! (`unicode_names2`, `unicode-general-category`, `unicode-normalization`), used only here.

use unicode_general_category::{get_general_category, GeneralCategory as G};
use unicode_normalization::UnicodeNormalization;

/// The character called `name` (case-insensitive; formal name aliases and the algorithmic
/// names of CJK ideographs and Hangul syllables included), as CPython's `\N{...}` and
/// `unicodedata.lookup` accept.
pub fn char_by_name(name: &str) -> Option<char> {
    unicode_names2::character(name)
}

/// The character's name (`unicodedata.name`); None for those without one (controls, private
/// use, unassigned).
pub fn name_of(c: char) -> Option<String> {
    unicode_names2::name(c).map(|n| n.to_string())
}

/// The two-letter general category (`Lu`, `Nd`, `Cn` for unassigned).
pub fn category(c: char) -> &'static str {
    match get_general_category(c) {
        G::UppercaseLetter => "Lu",
        G::LowercaseLetter => "Ll",
        G::TitlecaseLetter => "Lt",
        G::ModifierLetter => "Lm",
        G::OtherLetter => "Lo",
        G::NonspacingMark => "Mn",
        G::SpacingMark => "Mc",
        G::EnclosingMark => "Me",
        G::DecimalNumber => "Nd",
        G::LetterNumber => "Nl",
        G::OtherNumber => "No",
        G::ConnectorPunctuation => "Pc",
        G::DashPunctuation => "Pd",
        G::OpenPunctuation => "Ps",
        G::ClosePunctuation => "Pe",
        G::InitialPunctuation => "Pi",
        G::FinalPunctuation => "Pf",
        G::OtherPunctuation => "Po",
        G::MathSymbol => "Sm",
        G::CurrencySymbol => "Sc",
        G::ModifierSymbol => "Sk",
        G::OtherSymbol => "So",
        G::SpaceSeparator => "Zs",
        G::LineSeparator => "Zl",
        G::ParagraphSeparator => "Zp",
        G::Control => "Cc",
        G::Format => "Cf",
        G::Surrogate => "Cs",
        G::PrivateUse => "Co",
        // The enum is non-exhaustive: a category added later reads as unassigned.
        _ => "Cn",
    }
}

/// The canonical combining class (0 for starters).
pub fn combining(c: char) -> u8 {
    unicode_normalization::char::canonical_combining_class(c)
}

/// The normalization forms `unicodedata.normalize` accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    pub fn parse(s: &str) -> Option<Form> {
        Some(match s {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }
}

pub fn normalize(form: Form, s: &str) -> String {
    match form {
        Form::Nfc => s.nfc().collect(),
        Form::Nfd => s.nfd().collect(),
        Form::Nfkc => s.nfkc().collect(),
        Form::Nfkd => s.nfkd().collect(),
    }
}
