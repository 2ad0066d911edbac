//! The fixed words of the written offer in the customer's language: English, German,
//! French, Spanish and Dutch.
//!
//! One typed table per language ([`OfferWords`]): every field must be filled, so a
//! text missing in one language is a compile error, not an English word left on a
//! German offer. Sentences that hold a value (a term, a date, a discount) are
//! functions in the table, so word order follows the language. The wording is that
//! of commercial offers in each language ("Angebot … gültig bis", "Offre … valable
//! jusqu’au", "Oferta … válida hasta", "Offerte … geldig tot en met").
//!
//! Only the document speaks the customer's language; the rep's workspace stays in
//! English. Number formats follow the language unless the rep chose one
//! ([`Language::number_format`]).

mod de;
mod en;
mod es;
mod fr;
mod nl;
mod table;

use serde::Serialize;

use crate::money::locale::NumberFormat;

pub use de::DE;
pub use en::EN;
pub use es::ES;
pub use fr::FR;
pub use nl::NL;
pub use table::{Acceptance, OfferWords};

/// A language the written offer can be in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Dutch.
    Nl,
}

/// The names [`Language`] is written with, in the order of its values.
const LANGUAGE_NAMES: [&str; 5] = ["en", "de", "fr", "es", "nl"];

impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::library::enum_names::by_name(deserializer, &LANGUAGE_NAMES, &Language::ALL)
    }
}

impl Language {
    /// Every language, in the order a picker shows them.
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::De,
        Language::Fr,
        Language::Es,
        Language::Nl,
    ];

    /// The ISO 639-1 code (`en`, `de`…), also the page's `lang` attribute.
    pub const fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Nl => "nl",
        }
    }

    /// The language's name in English (the workspace's language) and in itself.
    pub const fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "German (Deutsch)",
            Language::Fr => "French (Français)",
            Language::Es => "Spanish (Español)",
            Language::Nl => "Dutch (Nederlands)",
        }
    }

    /// Whether it is English (an offer's content leaves the language out then).
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
    pub fn is_english(&self) -> bool {
        *self == Language::En
    }

    /// The language for a code, if it is one of [`Language::ALL`].
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The number format customers of this language expect.
    pub const fn number_format(self) -> NumberFormat {
        match self {
            Language::En => NumberFormat::CommaDot,
            Language::De | Language::Es | Language::Nl => NumberFormat::DotComma,
            Language::Fr => NumberFormat::SpaceComma,
        }
    }

    /// The language's table of the offer's fixed words.
    pub const fn words(self) -> &'static OfferWords {
        match self {
            Language::En => &EN,
            Language::De => &DE,
            Language::Fr => &FR,
            Language::Es => &ES,
            Language::Nl => &NL,
        }
    }
}
