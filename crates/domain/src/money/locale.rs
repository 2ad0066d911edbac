//! How numbers are written: the decimal separator and the thousands grouping.
//!
//! A rep types numbers the way their country writes them, and the written offer
//! prints them the same way. Parsing and formatting both take a [`NumberFormat`].

use serde::Serialize;

/// A convention for writing numbers.
///
/// # Examples
/// ```
/// use best_offer_domain::NumberFormat;
/// assert_eq!(NumberFormat::DotComma.decimal_separator(), ',');
/// assert_eq!(NumberFormat::default(), NumberFormat::CommaDot);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberFormat {
    /// `1,234,567.89` (US, UK, most of Asia).
    #[default]
    CommaDot,
    /// `1.234.567,89` (Germany, Italy, Spain, Brazil…).
    DotComma,
    /// `1 234 567,89` (France, Sweden, Norway, Poland…).
    SpaceComma,
    /// `1’234’567.89` (Switzerland).
    ApostropheDot,
    /// `12,34,567.89` (India: lakh and crore grouping).
    Indian,
}

/// The names [`NumberFormat`] is written with, in the order of its values.
const NUMBERFORMAT_NAMES: [&str; 5] = [
    "comma-dot",
    "dot-comma",
    "space-comma",
    "apostrophe-dot",
    "indian",
];

impl<'de> serde::Deserialize<'de> for NumberFormat {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::library::enum_names::by_name(deserializer, &NUMBERFORMAT_NAMES, &NumberFormat::ALL)
    }
}

impl NumberFormat {
    /// Every supported convention, in the order a picker shows them.
    pub const ALL: [NumberFormat; 5] = [
        NumberFormat::CommaDot,
        NumberFormat::DotComma,
        NumberFormat::SpaceComma,
        NumberFormat::ApostropheDot,
        NumberFormat::Indian,
    ];

    /// The character between whole units and decimals.
    pub const fn decimal_separator(self) -> char {
        match self {
            NumberFormat::CommaDot | NumberFormat::ApostropheDot | NumberFormat::Indian => '.',
            NumberFormat::DotComma | NumberFormat::SpaceComma => ',',
        }
    }

    /// The grouping character printed between thousands.
    pub const fn group_separator(self) -> char {
        match self {
            NumberFormat::CommaDot | NumberFormat::Indian => ',',
            NumberFormat::DotComma => '.',
            // A no-break space, so a number never wraps across lines.
            NumberFormat::SpaceComma => '\u{a0}',
            NumberFormat::ApostropheDot => '’',
        }
    }

    /// Whether `c` is accepted as a grouping character when parsing.
    ///
    /// Spaces (plain, no-break and narrow no-break, as pasted from documents) group
    /// digits in every format: `2 880` is never anything but two thousand eight
    /// hundred and eighty. The Swiss format also takes both apostrophes.
    pub fn is_group_separator(self, c: char) -> bool {
        if matches!(c, ' ' | '\u{a0}' | '\u{202f}') {
            return true;
        }
        match self {
            NumberFormat::SpaceComma => false,
            NumberFormat::ApostropheDot => matches!(c, '\'' | '’'),
            other => c == other.group_separator(),
        }
    }

    /// Whether digits are grouped in lakhs and crores (`12,34,567`).
    pub const fn is_indian(self) -> bool {
        matches!(self, NumberFormat::Indian)
    }

    /// A short example for pickers, e.g. `1,234.56`.
    pub const fn example(self) -> &'static str {
        match self {
            NumberFormat::CommaDot => "1,234,567.89",
            NumberFormat::DotComma => "1.234.567,89",
            NumberFormat::SpaceComma => "1 234 567,89",
            NumberFormat::ApostropheDot => "1’234’567.89",
            NumberFormat::Indian => "12,34,567.89",
        }
    }

    /// The format's name as reps know it, e.g. `1,234.56`.
    pub const fn name(self) -> &'static str {
        match self {
            NumberFormat::CommaDot => "1,234.56",
            NumberFormat::DotComma => "1.234,56",
            NumberFormat::SpaceComma => "1 234,56",
            NumberFormat::ApostropheDot => "1’234.56",
            NumberFormat::Indian => "12,34,567.89",
        }
    }

    /// Stable identifier used in files and form values.
    pub const fn id(self) -> &'static str {
        match self {
            NumberFormat::CommaDot => "comma-dot",
            NumberFormat::DotComma => "dot-comma",
            NumberFormat::SpaceComma => "space-comma",
            NumberFormat::ApostropheDot => "apostrophe-dot",
            NumberFormat::Indian => "indian",
        }
    }

    /// The format with identifier `id` (see [`Self::id`]).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::NumberFormat;
    /// assert_eq!(NumberFormat::from_id("dot-comma"), Some(NumberFormat::DotComma));
    /// assert_eq!(NumberFormat::from_id("?"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<NumberFormat> {
        NumberFormat::ALL.into_iter().find(|f| f.id() == id)
    }
}
