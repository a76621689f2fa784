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
    if unassigned_in_14(c) {
        return "Cn";
    }
    // Unicode 15 made U+1171E (AHOM CONSONANT SIGN MEDIAL RA) a spacing mark; 14 has Mn
    if c == '\u{1171e}' {
        return "Mn";
    }
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
    if unassigned_in_14(c) {
        return 0;
    }
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

/// The value of a range property table (first, last, name index), `default` outside it.
fn range_lookup(table: &[(u32, u32, u8)], names: &'static [&'static str], c: char, default: &'static str) -> &'static str {
    let cp = c as u32;
    let i = table.partition_point(|&(_, last, _)| last < cp);
    match table.get(i) {
        Some(&(first, _, idx)) if first <= cp => names.get(idx as usize).copied().unwrap_or(default),
        _ => default,
    }
}

/// `unicodedata.east_asian_width`: one of F, H, W, Na, A, N.
pub fn east_asian_width(c: char) -> &'static str {
    range_lookup(super::unicode_props::EAST_ASIAN_WIDTH, super::unicode_props::EAW_NAMES, c, "N")
}

/// `unicodedata.bidirectional`: the bidi class, empty for unassigned code points.
pub fn bidirectional(c: char) -> &'static str {
    range_lookup(super::unicode_props::BIDIRECTIONAL, super::unicode_props::BIDI_NAMES, c, "")
}

/// `unicodedata.mirrored`.
pub fn mirrored(c: char) -> bool {
    range_lookup(super::unicode_props::MIRRORED, &["0", "1"], c, "0") == "1"
}

/// `unicodedata.decomposition`: the one-level mapping with its `<tag>`, or "".
pub fn decomposition(c: char) -> &'static str {
    let table = super::unicode_props::DECOMPOSITION;
    match table.binary_search_by_key(&(c as u32), |&(cp, _)| cp) {
        Ok(i) => table[i].1,
        Err(_) => "",
    }
}

/// Whether Unicode 14 (CPython 3.11's database) leaves `c` unassigned: such characters have
/// no name, category Cn and combining class 0 even where the newer crates know them.
pub fn unassigned_in_14(c: char) -> bool {
    let cp = c as u32;
    let t = super::unicode_props::UNASSIGNED;
    let i = t.partition_point(|&(_, last)| last < cp);
    matches!(t.get(i), Some(&(first, _)) if first <= cp)
}

/// `unicodedata.digit` beyond the decimal digits.
pub fn digit_only_value(c: char) -> Option<u8> {
    let t = super::unicode_props::DIGIT;
    t.binary_search_by_key(&(c as u32), |&(cp, _)| cp).ok().map(|i| t[i].1)
}

/// `unicodedata.numeric` beyond the digits.
pub fn numeric_only_value(c: char) -> Option<f64> {
    let t = super::unicode_props::NUMERIC;
    t.binary_search_by_key(&(c as u32), |&(cp, _)| cp).ok().map(|i| t[i].1)
}
