//! Reading a unit enum from its name (`"comma-dot"`, `"per-year"`, `"to-confirm"`)
//! through one small reader shared by every such enum the customer's viewer reads,
//! instead of serde's derived reader per enum (about 1 KB of Wasm each). Writing
//! stays derived; each enum's test checks that its names are the ones it writes.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// The value of `values` whose name (at the same position in `names`) the input
/// holds; an unknown name is refused as serde refuses an unknown variant, naming the
/// expected ones.
///
/// # Errors
/// The deserializer's error when the input is not one of `names`.
pub(crate) fn by_name<'de, D: Deserializer<'de>, T: Copy>(
    deserializer: D,
    names: &'static [&'static str],
    values: &[T],
) -> Result<T, D::Error> {
    let index = deserializer.deserialize_str(NameVisitor(names))?;
    values
        .get(index)
        .copied()
        .ok_or_else(|| de::Error::unknown_variant("", names))
}

/// Finds the position of a name among the expected ones.
struct NameVisitor(&'static [&'static str]);

impl Visitor<'_> for NameVisitor {
    type Value = usize;

    fn expecting(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str("one of ")?;
        out.write_str(&self.0.join(", "))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|name| *name == value)
            .ok_or_else(|| E::unknown_variant(value, self.0))
    }
}

/// Checks that `values` are written as `names` and read back from them.
#[cfg(test)]
pub(crate) fn check_names<T>(names: &[&str], values: &[T])
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + fmt::Debug,
{
    assert_eq!(names.len(), values.len());
    for (name, value) in names.iter().zip(values) {
        let written = serde_json::to_string(value).unwrap_or_default();
        assert_eq!(written, format!("\"{name}\""));
        let read: T = serde_json::from_str(&written).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(&read, value);
    }
    let unknown = serde_json::from_str::<T>("\"nothing\"")
        .err()
        .map(|e| e.to_string());
    assert!(
        unknown.is_some_and(|e| e.starts_with("unknown variant `nothing`, expected one of")),
        "an unknown name says what is expected"
    );
}

#[cfg(test)]
mod tests {
    use super::check_names;
    use crate::money::locale::NumberFormat;
    use crate::offer::Billing;
    use crate::offer::words::Language;
    use crate::requirements::Answer;

    #[test]
    fn every_enum_read_by_name_reads_the_names_it_writes() {
        check_names(
            &[
                "comma-dot",
                "dot-comma",
                "space-comma",
                "apostrophe-dot",
                "indian",
            ],
            &NumberFormat::ALL,
        );
        check_names(&["en", "de", "fr", "es", "nl"], &Language::ALL);
        check_names(
            &["one-time", "per-year", "per-month"],
            &[Billing::OneTime, Billing::PerYear, Billing::PerMonth],
        );
        check_names(
            &["met", "partly", "not-offered", "to-confirm"],
            &Answer::ALL,
        );
        check_names(
            &["excluded", "included", "per-line"],
            &crate::pricing::tax::TaxNote::ALL,
        );
    }
}
