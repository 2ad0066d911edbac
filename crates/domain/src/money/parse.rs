//! Strict parsing of what a rep types into money, percentages and quantities.
//!
//! Accepted: surrounding spaces, the grouping separators of the chosen
//! [`NumberFormat`] (in the right places), the currency's symbol or code before or
//! after a price, and a trailing `%` on a percentage. Refused, with a message that
//! says what is wrong: exponents (`1e5`), two decimal separators, more decimals than
//! allowed, negative numbers, out-of-range percentages and zero quantities.
//!
//! No input can make these functions panic; `tests/parse_fuzz.rs` throws arbitrary
//! strings at them.

use rust_decimal::Decimal;
use thiserror::Error;

use crate::limits::{
    MAX_MONEY, MAX_MONEY_TEXT, MAX_QUANTITY, MAX_QUANTITY_TEXT, MAX_TERM_MESSAGE, MAX_TERM_MONTHS,
    MAX_TERM_MONTHS_TEXT,
};
use crate::money::currency::Currency;
use crate::money::format::format_number;
use crate::money::locale::NumberFormat;
use crate::money::percent::Percent;

/// Decimals a quantity may have (hours like `7.5`, usage like `0.125`).
pub const QUANTITY_DECIMALS: u32 = 3;

/// Decimals a percentage may have.
pub const PERCENT_DECIMALS: u32 = 4;

/// Why typed text is not a valid number. The message is shown next to the field.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    /// Nothing was typed.
    #[error("Enter a number.")]
    Empty,
    /// An exponent such as `1e5`.
    #[error("Write the number in full; exponents like 1e5 are not accepted.")]
    Exponent,
    /// A minus sign.
    #[error("This can't be negative.")]
    Negative,
    /// More than one decimal separator.
    #[error("There is more than one decimal separator (“{0}”).")]
    MultipleDecimalSeparators(char),
    /// Text written in another number format, e.g. `2.880,00` where `2,880.00` is
    /// expected; the message shows the text rewritten the expected way.
    #[error("In the {format} format, {typed} is written {written}.")]
    OtherFormat {
        /// The chosen format's name, e.g. `1,234.56`.
        format: &'static str,
        /// What was typed.
        typed: String,
        /// The same number in the chosen format.
        written: String,
    },
    /// Grouping separators in the wrong places, e.g. `2,88,0`.
    #[error("The thousands separators are in the wrong places; write e.g. {0}.")]
    Grouping(String),
    /// A currency sign that is not the proposal's currency.
    #[error("“{0}” is not this proposal's currency; type the number alone.")]
    ForeignCurrency(char),
    /// A character that has no place in a number.
    #[error("“{0}” can't be part of a number.")]
    UnexpectedCharacter(char),
    /// More decimals than the field allows.
    #[error("{what} at most {allowed} decimal place{plural}; this has {found}.{hint}",
        plural = if *.allowed == 1 { "" } else { "s" },
        hint = .meant.as_ref().map(|(plain, written)| format!(" If you meant {plain}, write {written}.")).unwrap_or_default())]
    TooManyDecimals {
        /// What the limit is about, e.g. "USD amounts have".
        what: String,
        /// Decimals allowed.
        allowed: u32,
        /// Decimals typed.
        found: usize,
        /// The number as another format reads it: its plain digits, and written in
        /// the chosen format.
        meant: Option<(String, String)>,
    },
    /// A currency with no minor units and a decimal typed.
    #[error("{0} amounts have no decimals.")]
    NoDecimalsAllowed(&'static str),
    /// Larger than the field's maximum.
    #[error("That is more than the largest accepted value ({0}).")]
    TooLarge(&'static str),
    /// A percentage outside its range.
    #[error("{0}")]
    OutOfRange(&'static str),
    /// A zero quantity.
    #[error("The quantity must be more than 0.")]
    ZeroQuantity,
    /// A date field that does not hold a whole date.
    #[error("Enter a complete date (day, month and year).")]
    IncompleteDate,
}

/// Range rules for a kind of percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentRule {
    /// Largest value accepted.
    pub max: Decimal,
    /// Whether `max` itself is accepted (100 % discount yes, 100 % margin no).
    pub max_inclusive: bool,
    /// Message for a value above the range.
    pub too_high: &'static str,
}

impl PercentRule {
    /// A discount: 0 % to 100 %.
    pub const DISCOUNT: PercentRule = PercentRule {
        max: Decimal::ONE_HUNDRED,
        max_inclusive: true,
        too_high: "A discount can't be more than 100 %.",
    };
    /// A margin: 0 % up to, but not including, 100 % (a 100 % margin means zero cost
    /// and no price can be derived from it).
    pub const MARGIN: PercentRule = PercentRule {
        max: Decimal::ONE_HUNDRED,
        max_inclusive: false,
        too_high: "A margin must be below 100 % (margin = (price − cost) / price).",
    };
    /// A tax rate: 0 % to 100 %.
    pub const TAX: PercentRule = PercentRule {
        max: Decimal::ONE_HUNDRED,
        max_inclusive: true,
        too_high: "A tax rate can't be more than 100 %.",
    };
    /// A yearly maintenance rate on the licence price: 0 % to 100 %.
    pub const MAINTENANCE: PercentRule = PercentRule {
        max: Decimal::ONE_HUNDRED,
        max_inclusive: true,
        too_high: "A yearly maintenance rate can't be more than 100 % of the licence.",
    };
}

/// Parses an amount of money in `currency`.
///
/// # Errors
/// A [`ParseError`] saying what is wrong: see the module documentation.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::parse::parse_money, Currency, NumberFormat};
/// use rust_decimal::Decimal;
/// let usd = Currency::from_code("USD").unwrap();
/// assert_eq!(parse_money(" $1,200.50 ", usd, NumberFormat::CommaDot), Ok(Decimal::new(120050, 2)));
/// assert_eq!(parse_money("1200 USD", usd, NumberFormat::CommaDot), Ok(Decimal::new(1200, 0)));
/// assert!(parse_money("1e5", usd, NumberFormat::CommaDot).is_err());
/// assert!(parse_money("12.345", usd, NumberFormat::CommaDot).is_err());
/// assert!(parse_money("-5", usd, NumberFormat::CommaDot).is_err());
/// ```
pub fn parse_money(
    text: &str,
    currency: Currency,
    format: NumberFormat,
) -> Result<Decimal, ParseError> {
    let body = strip_currency(text.trim(), currency);
    let allowed = currency.minor_units();
    let value = parse_number(body, format, allowed).map_err(|error| match error {
        ParseError::TooManyDecimals { .. } if allowed == 0 => {
            ParseError::NoDecimalsAllowed(currency.code())
        }
        other => relabel(other, &format!("{} amounts have", currency.code())),
    })?;
    if value > MAX_MONEY {
        return Err(ParseError::TooLarge(MAX_MONEY_TEXT));
    }
    Ok(value)
}

/// Parses a percentage (the `%` sign is optional) and checks it against `rule`.
///
/// # Errors
/// A [`ParseError`] saying what is wrong.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::parse::{parse_percent, PercentRule}, NumberFormat, Percent};
/// use rust_decimal::Decimal;
/// let fifteen = Percent::new(Decimal::new(15, 0));
/// assert_eq!(parse_percent("15 %", PercentRule::DISCOUNT, NumberFormat::CommaDot), Ok(fifteen));
/// assert!(parse_percent("100", PercentRule::MARGIN, NumberFormat::CommaDot).is_err());
/// assert!(parse_percent("101%", PercentRule::DISCOUNT, NumberFormat::CommaDot).is_err());
/// ```
pub fn parse_percent(
    text: &str,
    rule: PercentRule,
    format: NumberFormat,
) -> Result<Percent, ParseError> {
    let trimmed = text.trim();
    let body = trimmed.strip_suffix('%').unwrap_or(trimmed);
    let value = parse_number(body, format, PERCENT_DECIMALS)
        .map_err(|error| relabel(error, "Percentages have"))?;
    let above = if rule.max_inclusive {
        value > rule.max
    } else {
        value >= rule.max
    };
    if above {
        return Err(ParseError::OutOfRange(rule.too_high));
    }
    Ok(Percent::new(value))
}

/// Parses a line quantity: more than 0, at most [`MAX_QUANTITY`], up to
/// [`QUANTITY_DECIMALS`] decimals.
///
/// # Errors
/// A [`ParseError`] saying what is wrong.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::parse::parse_quantity, NumberFormat};
/// use rust_decimal::Decimal;
/// assert_eq!(parse_quantity("25", NumberFormat::CommaDot), Ok(Decimal::new(25, 0)));
/// assert_eq!(parse_quantity("7.5", NumberFormat::CommaDot), Ok(Decimal::new(75, 1)));
/// assert!(parse_quantity("0", NumberFormat::CommaDot).is_err());
/// ```
pub fn parse_quantity(text: &str, format: NumberFormat) -> Result<Decimal, ParseError> {
    let value = parse_number(text, format, QUANTITY_DECIMALS)
        .map_err(|error| relabel(error, "Quantities have"))?;
    if value.is_zero() {
        return Err(ParseError::ZeroQuantity);
    }
    if value > MAX_QUANTITY {
        return Err(ParseError::TooLarge(MAX_QUANTITY_TEXT));
    }
    Ok(value)
}

/// Names what a decimals limit is about ("USD amounts have at most 2 …").
fn relabel(error: ParseError, what: &str) -> ParseError {
    match error {
        ParseError::TooManyDecimals {
            allowed,
            found,
            meant,
            ..
        } => ParseError::TooManyDecimals {
            what: what.to_string(),
            allowed,
            found,
            meant,
        },
        other => other,
    }
}

/// Parses a contract term in whole months (1 to 600).
///
/// # Errors
/// A [`ParseError`] saying what is wrong.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::parse::parse_term_months, NumberFormat};
/// assert_eq!(parse_term_months("36", NumberFormat::CommaDot), Ok(36));
/// assert!(parse_term_months("0", NumberFormat::CommaDot).is_err());
/// assert!(parse_term_months("1.5", NumberFormat::CommaDot).is_err());
/// ```
pub fn parse_term_months(text: &str, format: NumberFormat) -> Result<u32, ParseError> {
    let value = parse_number(text, format, 0).map_err(|error| match error {
        ParseError::TooManyDecimals { .. } => {
            ParseError::OutOfRange("The term is a whole number of months.")
        }
        other => other,
    })?;
    if value.is_zero() {
        return Err(ParseError::OutOfRange("The term must be at least 1 month."));
    }
    if value > Decimal::from(MAX_TERM_MONTHS) {
        return Err(ParseError::OutOfRange(MAX_TERM_MESSAGE));
    }
    u32::try_from(value.mantissa()).map_err(|_| ParseError::TooLarge(MAX_TERM_MONTHS_TEXT))
}

/// Parses an offer's revision number: a whole number from 1 to 999.
///
/// # Errors
/// A [`ParseError`] saying what is wrong.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::parse::parse_revision, NumberFormat};
/// assert_eq!(parse_revision("2", NumberFormat::CommaDot), Ok(2));
/// assert_eq!(parse_revision("999", NumberFormat::CommaDot), Ok(999));
/// assert!(parse_revision("0", NumberFormat::CommaDot).is_err());
/// assert!(parse_revision("", NumberFormat::CommaDot).is_err());
/// ```
pub fn parse_revision(text: &str, format: NumberFormat) -> Result<u32, ParseError> {
    let out_of_range = ParseError::OutOfRange("A revision is a whole number from 1 to 999.");
    let value = parse_number(text, format, 0).map_err(|_| out_of_range.clone())?;
    u32::try_from(value.mantissa())
        .ok()
        .filter(|n| value.scale() == 0 && (1..=999).contains(n))
        .ok_or(out_of_range)
}

/// Parses a whole number from 1 to `max` (a validity in days, a sequence number);
/// anything else is refused with `message`.
///
/// # Errors
/// A [`ParseError`] saying what is wrong.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::parse::parse_whole, NumberFormat};
/// assert_eq!(parse_whole("1 000", NumberFormat::CommaDot, 5_000, "1 to 5,000"), Ok(1000));
/// assert!(parse_whole("0", NumberFormat::CommaDot, 5_000, "1 to 5,000").is_err());
/// assert!(parse_whole("2.5", NumberFormat::CommaDot, 5_000, "1 to 5,000").is_err());
/// ```
pub fn parse_whole(
    text: &str,
    format: NumberFormat,
    max: u32,
    message: &'static str,
) -> Result<u32, ParseError> {
    let value = parse_number(text, format, 0).map_err(|error| match error {
        ParseError::TooManyDecimals { .. } => ParseError::OutOfRange(message),
        other => other,
    })?;
    u32::try_from(value.mantissa())
        .ok()
        .filter(|n| value.scale() == 0 && (1..=max).contains(n))
        .ok_or(ParseError::OutOfRange(message))
}

/// Removes one currency mark (sign, table symbol or ISO code) before or after the number.
fn strip_currency(text: &str, currency: Currency) -> &str {
    let iso_symbol = iso_symbol(currency);
    let marks = [
        currency.display_symbol(),
        iso_symbol.as_str(),
        currency.code(),
    ];
    for mark in marks.iter().filter(|m| !m.is_empty()) {
        if let Some(rest) = strip_prefix_ignore_case(text, mark) {
            return rest.trim();
        }
        if let Some(rest) = strip_suffix_ignore_case(text, mark) {
            return rest.trim();
        }
    }
    text
}

fn iso_symbol(currency: Currency) -> String {
    iso_currency::Currency::from_code(currency.code())
        .map(|c| c.symbol().symbol)
        .unwrap_or_default()
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let split = text.len().checked_sub(suffix.len())?;
    let tail = text.get(split..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| text.get(..split))
        .flatten()
}

/// Parses a non-negative decimal written in `format` with at most `max_decimals`.
///
/// When the text does not read in `format` but does in another convention (a rep
/// used to `2.880,00` typing into a `1,234.56` proposal), the error shows the text
/// rewritten the expected way instead of a bare "wrong".
fn parse_number(
    text: &str,
    format: NumberFormat,
    max_decimals: u32,
) -> Result<Decimal, ParseError> {
    let text = text.trim();
    read_number(text, format, max_decimals)
        .map_err(|error| explain(text, format, max_decimals, error))
}

/// Adds what was probably meant to a separator error, when another number format
/// reads the text.
fn explain(text: &str, format: NumberFormat, max_decimals: u32, error: ParseError) -> ParseError {
    let separator_trouble = matches!(
        error,
        ParseError::Grouping(_)
            | ParseError::MultipleDecimalSeparators(_)
            | ParseError::UnexpectedCharacter(_)
            | ParseError::TooManyDecimals { .. }
    );
    if !separator_trouble {
        return error;
    }
    let reading = NumberFormat::ALL
        .into_iter()
        .filter(|other| *other != format)
        .find_map(|other| {
            let value = read_number(text, other, max_decimals).ok()?;
            let decimals = decimals_typed(text, other);
            Some((value, format_number(value, decimals, format)))
        });
    match (error, reading) {
        (
            ParseError::TooManyDecimals {
                what,
                allowed,
                found,
                ..
            },
            Some((value, written)),
        ) => {
            // "2.880" in dollars: 2.88 with a stray zero, or 2,880 the other way.
            ParseError::TooManyDecimals {
                what,
                allowed,
                found,
                meant: Some((value.to_string(), written)),
            }
        }
        (error, None) => error,
        (_, Some((_, written))) => ParseError::OtherFormat {
            format: format.name(),
            typed: text.to_string(),
            written,
        },
    }
}

/// How many decimals `text` has when read in `format` (what the rewritten form keeps).
fn decimals_typed(text: &str, format: NumberFormat) -> u32 {
    text.rsplit_once(format.decimal_separator())
        .map_or(0, |(_, fraction)| {
            let digits = fraction.chars().take_while(char::is_ascii_digit).count();
            u32::try_from(digits).unwrap_or(0)
        })
}

/// [`parse_number`] without the second opinion of the other formats.
fn read_number(text: &str, format: NumberFormat, max_decimals: u32) -> Result<Decimal, ParseError> {
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    check_characters(text, format)?;

    let decimal = format.decimal_separator();
    let mut parts = text.split(decimal);
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    if parts.next().is_some() {
        return Err(ParseError::MultipleDecimalSeparators(decimal));
    }
    let fraction = fraction.unwrap_or_default();
    if fraction.chars().any(|c| !c.is_ascii_digit()) {
        return Err(ParseError::Grouping(format.example().to_string()));
    }
    if whole.is_empty() && fraction.is_empty() {
        return Err(ParseError::Empty);
    }
    let whole_digits = ungroup(whole, format)?;
    if fraction.len() > usize::try_from(max_decimals).unwrap_or(usize::MAX) {
        return Err(ParseError::TooManyDecimals {
            what: "Numbers have".to_string(),
            allowed: max_decimals,
            found: fraction.len(),
            meant: None,
        });
    }
    // 20 whole digits are already far above every field's maximum; refusing longer
    // text here keeps the exact parse below well inside Decimal's 28 digits.
    let significant = whole_digits.trim_start_matches('0');
    if significant.len() > 20 {
        return Err(ParseError::TooLarge(MAX_MONEY_TEXT));
    }
    let whole_digits = if whole_digits.is_empty() {
        "0"
    } else {
        whole_digits.as_str()
    };
    let literal = if fraction.is_empty() {
        whole_digits.to_string()
    } else {
        format!("{whole_digits}.{fraction}")
    };
    Decimal::from_str_exact(&literal).map_err(|_| ParseError::TooLarge(MAX_MONEY_TEXT))
}

/// Refuses signs, exponents and stray characters, naming the problem.
fn check_characters(text: &str, format: NumberFormat) -> Result<(), ParseError> {
    let first = text.chars().next().unwrap_or(' ');
    if matches!(first, '-' | '−' | '–') {
        return Err(ParseError::Negative);
    }
    let decimal = format.decimal_separator();
    let numeric_ish = text.chars().all(|c| {
        c.is_ascii_digit()
            || matches!(c, 'e' | 'E' | '+' | '-' | '.' | ',')
            || format.is_group_separator(c)
    });
    if numeric_ish && text.chars().any(|c| matches!(c, 'e' | 'E')) {
        return Err(ParseError::Exponent);
    }
    for c in text.chars() {
        if c.is_ascii_digit() || c == decimal || format.is_group_separator(c) {
            continue;
        }
        if matches!(c, '.' | ',' | '\'' | '’') || c.is_whitespace() {
            // Another convention's separator: the caller asks the other formats.
            return Err(ParseError::Grouping(format.example().to_string()));
        }
        if is_currency_sign(c) {
            return Err(ParseError::ForeignCurrency(c));
        }
        return Err(ParseError::UnexpectedCharacter(c));
    }
    Ok(())
}

/// Whether `c` is a currency sign (Unicode's currency symbols block and the common
/// signs outside it), so "€" in a dollar field gets its own message.
fn is_currency_sign(c: char) -> bool {
    matches!(c, '$' | '¢' | '£' | '¤' | '¥' | '֏' | '؋' | '৳' | '฿' | '៛')
        || ('\u{20a0}'..='\u{20cf}').contains(&c)
}

/// Returns the digits of the whole part, checking that any grouping is well placed:
/// one kind of separator, every group of three digits (lakhs and crores in the
/// Indian format), the first group of one to three.
fn ungroup(whole: &str, format: NumberFormat) -> Result<String, ParseError> {
    let mut kinds = whole
        .chars()
        .filter(|c| format.is_group_separator(*c))
        .map(group_family);
    let Some(kind) = kinds.next() else {
        return Ok(whole.to_string());
    };
    let malformed = || ParseError::Grouping(format.example().to_string());
    if kinds.any(|other| other != kind) {
        return Err(malformed());
    }
    let groups: Vec<&str> = whole.split(|c| format.is_group_separator(c)).collect();
    let well_placed = match groups.split_first() {
        None => false,
        Some((first, rest)) => {
            let first_ok = !first.is_empty() && first.len() <= 3;
            if format.is_indian() {
                let (last, middle) = rest.split_last().map_or((&"", &[][..]), |(l, m)| (l, m));
                first_ok
                    && first.len() <= 2
                    && last.len() == 3
                    && middle.iter().all(|g| g.len() == 2)
                    || (rest.len() == 1 && first_ok && last.len() == 3)
            } else {
                first_ok && rest.iter().all(|g| g.len() == 3)
            }
        }
    };
    if !well_placed {
        return Err(malformed());
    }
    Ok(groups.concat())
}

/// Separators that may group one number: all spaces are one kind, both apostrophes
/// another, so `1 234 567` and `1’234'567` read but `1,234 567` does not.
fn group_family(c: char) -> u8 {
    match c {
        '\'' | '’' => 1,
        ',' => 2,
        '.' => 3,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn usd() -> Currency {
        Currency::from_code("USD").unwrap()
    }

    #[test]
    fn money_accepted_table() {
        use NumberFormat::*;
        let cases = [
            ("1200", "USD", CommaDot, "1200"),
            (" 1,200.50 ", "USD", CommaDot, "1200.50"),
            ("$1,200", "USD", CommaDot, "1200"),
            ("1,200 $", "USD", CommaDot, "1200"),
            ("usd 1200", "USD", CommaDot, "1200"),
            (".5", "USD", CommaDot, "0.5"),
            ("12.", "USD", CommaDot, "12"),
            ("1.234.567,89", "EUR", DotComma, "1234567.89"),
            ("1.234.567,89 €", "EUR", DotComma, "1234567.89"),
            ("1 234 567,89", "SEK", SpaceComma, "1234567.89"),
            ("1\u{a0}234,5 kr", "SEK", SpaceComma, "1234.5"),
            ("CHF 1'234.50", "CHF", ApostropheDot, "1234.50"),
            ("1’234.50", "CHF", ApostropheDot, "1234.50"),
            ("12,34,567.89", "INR", Indian, "1234567.89"),
            ("₹1,00,000", "INR", Indian, "100000"),
            ("1,234", "INR", Indian, "1234"),
            ("¥1,200,000", "JPY", CommaDot, "1200000"),
            ("1,200.125", "BHD", CommaDot, "1200.125"),
            ("1000000000000000", "USD", CommaDot, "1000000000000000"),
            ("0", "USD", CommaDot, "0"),
        ];
        for (text, code, format, expected) in cases {
            let currency = Currency::from_code(code).unwrap();
            assert_eq!(
                parse_money(text, currency, format),
                Ok(d(expected)),
                "{text:?} in {code} {format:?}"
            );
        }
    }

    #[test]
    fn money_refused_table() {
        use NumberFormat::*;
        let cases: [(&str, &str, NumberFormat, &str); 20] = [
            ("", "USD", CommaDot, "Enter a number."),
            ("   ", "USD", CommaDot, "Enter a number."),
            ("1e5", "USD", CommaDot, "exponents"),
            ("1E5", "USD", CommaDot, "exponents"),
            ("-5", "USD", CommaDot, "can't be negative"),
            ("−5", "USD", CommaDot, "can't be negative"),
            ("1.2.3", "USD", CommaDot, "more than one decimal separator"),
            (
                "12.345",
                "USD",
                CommaDot,
                "USD amounts have at most 2 decimal places; this has 3.",
            ),
            ("1.5", "JPY", CommaDot, "JPY amounts have no decimals."),
            ("1.2345", "BHD", CommaDot, "at most 3 decimal places"),
            (
                "1,5",
                "USD",
                CommaDot,
                "In the 1,234.56 format, 1,5 is written 1.5.",
            ),
            (
                "1.5",
                "EUR",
                DotComma,
                "In the 1.234,56 format, 1.5 is written 1,5.",
            ),
            ("1,23,4", "USD", CommaDot, "thousands separators"),
            ("12 00", "USD", CommaDot, "thousands separators"),
            ("abc", "USD", CommaDot, "“a” can't be part of a number."),
            ("12abc", "USD", CommaDot, "“a” can't be part of a number."),
            (
                "1000000000000001",
                "USD",
                CommaDot,
                "largest accepted value",
            ),
            (
                "99999999999999999999999999999999",
                "USD",
                CommaDot,
                "largest accepted value",
            ),
            ("0x10", "USD", CommaDot, "“x” can't be part of a number."),
            ("+5", "USD", CommaDot, "“+” can't be part of a number."),
        ];
        for (text, code, format, message) in cases {
            let currency = Currency::from_code(code).unwrap();
            let error = parse_money(text, currency, format).expect_err(text);
            assert!(error.to_string().contains(message), "{text:?}: {error}");
        }
    }

    #[test]
    fn percent_table() {
        let f = NumberFormat::CommaDot;
        assert_eq!(
            parse_percent("15", PercentRule::DISCOUNT, f),
            Ok(Percent::new(d("15")))
        );
        assert_eq!(
            parse_percent(" 37.28 % ", PercentRule::DISCOUNT, f),
            Ok(Percent::new(d("37.28")))
        );
        assert_eq!(
            parse_percent("100%", PercentRule::DISCOUNT, f),
            Ok(Percent::HUNDRED)
        );
        assert_eq!(
            parse_percent("0", PercentRule::MARGIN, f),
            Ok(Percent::ZERO)
        );
        assert_eq!(
            parse_percent("99.9999", PercentRule::MARGIN, f),
            Ok(Percent::new(d("99.9999")))
        );
        for (text, rule, message) in [
            ("100", PercentRule::MARGIN, "below 100 %"),
            ("100.5", PercentRule::DISCOUNT, "more than 100 %"),
            ("101", PercentRule::TAX, "tax rate"),
            ("-3", PercentRule::DISCOUNT, "negative"),
            ("%", PercentRule::DISCOUNT, "Enter a number."),
            (
                "1.23456",
                PercentRule::DISCOUNT,
                "Percentages have at most 4",
            ),
            ("15%%", PercentRule::DISCOUNT, "“%”"),
        ] {
            let error = parse_percent(text, rule, f).expect_err(text);
            assert!(error.to_string().contains(message), "{text:?}: {error}");
        }
    }

    #[test]
    fn quantity_table() {
        let f = NumberFormat::CommaDot;
        assert_eq!(parse_quantity("1", f), Ok(d("1")));
        assert_eq!(parse_quantity("1,000", f), Ok(d("1000")));
        assert_eq!(parse_quantity("0.125", f), Ok(d("0.125")));
        assert_eq!(parse_quantity("0", f), Err(ParseError::ZeroQuantity));
        assert_eq!(parse_quantity("0.000", f), Err(ParseError::ZeroQuantity));
        assert!(parse_quantity("0.0001", f).is_err());
        assert!(parse_quantity("1000000001", f).is_err());
        assert!(parse_quantity("-1", f).is_err());
    }

    #[test]
    fn max_money_constant_is_one_quadrillion() {
        assert_eq!(MAX_MONEY, d("1000000000000000"));
        assert_eq!(MAX_QUANTITY, d("1000000000"));
    }

    #[test]
    fn usd_helper_is_usd() {
        assert_eq!(usd().code(), "USD");
    }
}
