//! How a decimal figure is written in a file: as a string (`"1200.50"`), for
//! `#[serde(with = "crate::library::decimal_text")]`.
//!
//! Why strings: a JSON number with a fraction passes through binary floating point in
//! most readers (1200.10 becomes 1200.0999…), and money must come back exactly as it
//! was written. So figures are written as strings and read from strings or from whole
//! JSON numbers (which every reader keeps exact); a JSON number with a fraction is
//! refused with a message saying how to write it. Strings are read with
//! [`Decimal::from_str_exact`], which refuses rather than rounds (`"1e5"`, `"12x"`
//! and 29-digit fractions are errors).
//!
//! # Examples
//! ```
//! use rust_decimal::Decimal;
//! #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
//! struct Price(#[serde(with = "best_offer_domain::library::decimal_text")] Decimal);
//!
//! assert_eq!(serde_json::to_string(&Price(Decimal::new(120_050, 2))).unwrap(), "\"1200.50\"");
//! assert_eq!(serde_json::from_str::<Price>("\"-0.50\"").unwrap(), Price(Decimal::new(-50, 2)));
//! assert_eq!(serde_json::from_str::<Price>("12").unwrap(), Price(Decimal::from(12)));
//! assert!(serde_json::from_str::<Price>("1.5").is_err());
//! assert!(serde_json::from_str::<Price>("\"12x\"").is_err());
//! ```

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};

/// Writes the figure as a string, with the scale it has (`"1200.50"`, `"25"`).
///
/// # Errors
/// Whatever the serialiser reports (none for JSON).
pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// Reads a figure from a decimal string or a whole number.
///
/// # Errors
/// A fraction written as a JSON number, text that is not a decimal number, or a
/// value of another type.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_any(DecimalText)
}

struct DecimalText;

impl Visitor<'_> for DecimalText {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal number as text, e.g. \"1200.50\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        Decimal::from_str_exact(text)
            .map_err(|_| E::custom(format_args!("“{text}” is not a decimal number")))
    }

    fn visit_i64<E: de::Error>(self, whole: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(whole))
    }

    fn visit_u64<E: de::Error>(self, whole: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(whole))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Decimal, E> {
        Err(E::custom(
            "write decimal figures as strings, e.g. \"1200.50\"",
        ))
    }
}

/// The same rule for an optional figure: `null` is no figure.
pub mod option {
    use super::{Decimal, DecimalText, Deserializer, Serializer, de, fmt};
    use serde::de::Visitor;

    /// Writes `null` or the figure as a string.
    ///
    /// # Errors
    /// Whatever the serialiser reports (none for JSON).
    pub fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => super::serialize(value, serializer),
            None => serializer.serialize_none(),
        }
    }

    /// Reads `null` or a figure (see [`super::deserialize`]).
    ///
    /// # Errors
    /// As [`super::deserialize`].
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Decimal>, D::Error> {
        deserializer.deserialize_option(MaybeDecimalText)
    }

    struct MaybeDecimalText;

    impl<'de> Visitor<'de> for MaybeDecimalText {
        type Value = Option<Decimal>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("null or a decimal number as text, e.g. \"1200.50\"")
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Self::Value, D::Error> {
            inner.deserialize_any(DecimalText).map(Some)
        }
    }
}
