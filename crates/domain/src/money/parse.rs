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

use crate::limits::{MAX_MONEY, MAX_QUANTITY, MAX_SEQUENCE, MAX_TERM_MONTHS, MAX_VALIDITY_DAYS};
use crate::money::currency::Currency;
use crate::money::format::format_number;
use crate::money::locale::NumberFormat;
use crate::money::percent::Percent;

/// Decimals a quantity may have (hours like `7.5`, usage like `0.125`).
pub const QUANTITY_DECIMALS: u32 = 3;

/// Decimals a percentage may have.
pub const PERCENT_DECIMALS: u32 = 4;

/// Why typed text is not a valid number: a value the app puts into words next to
/// the field (the domain writes no sentences).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing was typed.
    Empty,
    /// An exponent such as `1e5`.
    Exponent,
    /// A minus sign.
    Negative,
    /// More than one decimal separator.
    MultipleDecimalSeparators(char),
    /// Text written in another number format, e.g. `2.880,00` where `2,880.00` is
    /// expected.
    OtherFormat {
        /// The chosen format.
        format: NumberFormat,
        /// What was typed.
        typed: String,
        /// The same number in the chosen format.
        written: String,
    },
    /// Grouping separators in the wrong places, e.g. `2,88,0` (the format's
    /// example shows the right ones).
    Grouping(NumberFormat),
    /// A currency sign that is not the proposal's currency.
    ForeignCurrency(char),
    /// A character that has no place in a number.
    UnexpectedCharacter(char),
    /// More decimals than the field allows.
    TooManyDecimals {
        /// What kind of figure the limit is about.
        of: Figure,
        /// Decimals allowed.
        allowed: u32,
        /// Decimals typed.
        found: usize,
        /// The number as another format reads it: its plain digits, and written in
        /// the chosen format.
        meant: Option<(String, String)>,
    },
    /// A currency with no minor units and a decimal typed.
    NoDecimalsAllowed(Currency),
    /// Larger than the field's maximum.
    TooLarge(Figure),
    /// Outside the field's range.
    OutOfRange(Bound),
    /// A zero quantity.
    ZeroQuantity,
    /// A date field that does not hold a whole date.
    IncompleteDate,
}

/// The kind of figure a limit is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// A plain number (before the field's kind is known).
    Number,
    /// An amount in this currency (at most [`MAX_MONEY`]).
    Money(Currency),
    /// A percentage.
    Percent,
    /// A quantity (at most [`MAX_QUANTITY`]).
    Quantity,
    /// A term in months.
    TermMonths,
}

/// The range a value fell outside of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// A percentage above its kind's maximum.
    Percent(PercentKind),
    /// A term with decimals.
    TermWhole,
    /// A term of 0 months.
    TermAtLeastOne,
    /// A term over [`MAX_TERM_MONTHS`].
    TermAtMost,
    /// A revision outside 1 to 999.
    Revision,
    /// A whole number outside 1 to its maximum.
    Whole(WholeOf),
}

/// What a percentage is (each kind has its range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentKind {
    /// A discount.
    Discount,
    /// A margin.
    Margin,
    /// A tax rate.
    Tax,
    /// A yearly maintenance rate.
    Maintenance,
}

/// A whole-number setting of the rep's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WholeOf {
    /// An offer's validity in days (1 to [`MAX_VALIDITY_DAYS`]).
    ValidityDays,
    /// The offer-number pattern's next sequence number (1 to [`MAX_SEQUENCE`]).
    Sequence,
}

impl WholeOf {
    /// The largest value accepted.
    pub const fn max(self) -> u32 {
        match self {
            WholeOf::ValidityDays => MAX_VALIDITY_DAYS,
            WholeOf::Sequence => MAX_SEQUENCE,
        }
    }
}

/// Range rules for a kind of percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentRule {
    /// Largest value accepted.
    pub max: Decimal,
    /// Whether `max` itself is accepted (100 % discount yes, 100 % margin no).
    pub max_inclusive: bool,
    /// What the percentage is, for the message above the range.
    pub kind: PercentKind,
}

impl PercentRule {
    /// A discount: 0 % to 100 %.
    pub const DISCOUNT: PercentRule = PercentRule {
        max: Decimal::ONE_HUNDRED,
        max_inclusive: true,
        kind: PercentKind::Discount,
    };
    /// A margin: 0 % up to, but not including, 100 % (a 100 % margin means zero cost
    /// and no price can be derived from it).
    pub const MARGIN: PercentRule = PercentRule {
        max: Decimal::ONE_HUNDRED,
        max_inclusive: false,
        kind: PercentKind::Margin,
    };
    /// A tax rate: 0 % to 100 %.
    pub const TAX: PercentRule = PercentRule {
        max: Decimal::ONE_HUNDRED,
        max_inclusive: true,
        kind: PercentKind::Tax,
    };
    /// A yearly maintenance rate on the licence price: 0 % to 100 %.
    pub const MAINTENANCE: PercentRule = PercentRule {
        max: Decimal::ONE_HUNDRED,
        max_inclusive: true,
        kind: PercentKind::Maintenance,
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
            ParseError::NoDecimalsAllowed(currency)
        }
        other => relabel(other, Figure::Money(currency)),
    })?;
    if value > MAX_MONEY {
        return Err(ParseError::TooLarge(Figure::Money(currency)));
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
        .map_err(|error| relabel(error, Figure::Percent))?;
    let above = if rule.max_inclusive {
        value > rule.max
    } else {
        value >= rule.max
    };
    if above {
        return Err(ParseError::OutOfRange(Bound::Percent(rule.kind)));
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
        .map_err(|error| relabel(error, Figure::Quantity))?;
    if value.is_zero() {
        return Err(ParseError::ZeroQuantity);
    }
    if value > MAX_QUANTITY {
        return Err(ParseError::TooLarge(Figure::Quantity));
    }
    Ok(value)
}

/// Names what a decimals limit is about ("USD amounts have at most 2 …").
fn relabel(error: ParseError, of: Figure) -> ParseError {
    match error {
        ParseError::TooManyDecimals {
            allowed,
            found,
            meant,
            ..
        } => ParseError::TooManyDecimals {
            of,
            allowed,
            found,
            meant,
        },
        ParseError::TooLarge(Figure::Number) => ParseError::TooLarge(of),
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
        ParseError::TooManyDecimals { .. } => ParseError::OutOfRange(Bound::TermWhole),
        other => other,
    })?;
    if value.is_zero() {
        return Err(ParseError::OutOfRange(Bound::TermAtLeastOne));
    }
    if value > Decimal::from(MAX_TERM_MONTHS) {
        return Err(ParseError::OutOfRange(Bound::TermAtMost));
    }
    u32::try_from(value.mantissa()).map_err(|_| ParseError::TooLarge(Figure::TermMonths))
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
    let out_of_range = ParseError::OutOfRange(Bound::Revision);
    let value = parse_number(text, format, 0).map_err(|_| out_of_range.clone())?;
    u32::try_from(value.mantissa())
        .ok()
        .filter(|n| value.scale() == 0 && (1..=999).contains(n))
        .ok_or(out_of_range)
}

/// Parses a whole number from 1 to `of`'s maximum (a validity in days, a sequence
/// number).
///
/// # Errors
/// A [`ParseError`] saying what is wrong.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::parse::parse_whole, NumberFormat};
/// use best_offer_domain::money::parse::WholeOf;
/// assert_eq!(parse_whole("1 000", NumberFormat::CommaDot, WholeOf::Sequence), Ok(1000));
/// assert!(parse_whole("0", NumberFormat::CommaDot, WholeOf::Sequence).is_err());
/// assert!(parse_whole("2.5", NumberFormat::CommaDot, WholeOf::ValidityDays).is_err());
/// ```
pub fn parse_whole(text: &str, format: NumberFormat, of: WholeOf) -> Result<u32, ParseError> {
    let max = of.max();
    let value = parse_number(text, format, 0).map_err(|error| match error {
        ParseError::TooManyDecimals { .. } => ParseError::OutOfRange(Bound::Whole(of)),
        other => other,
    })?;
    u32::try_from(value.mantissa())
        .ok()
        .filter(|n| value.scale() == 0 && (1..=max).contains(n))
        .ok_or(ParseError::OutOfRange(Bound::Whole(of)))
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
                of, allowed, found, ..
            },
            Some((value, written)),
        ) => {
            // "2.880" in dollars: 2.88 with a stray zero, or 2,880 the other way.
            ParseError::TooManyDecimals {
                of,
                allowed,
                found,
                meant: Some((value.to_string(), written)),
            }
        }
        (error, None) => error,
        (_, Some((_, written))) => ParseError::OtherFormat {
            format,
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
        return Err(ParseError::Grouping(format));
    }
    if whole.is_empty() && fraction.is_empty() {
        return Err(ParseError::Empty);
    }
    let whole_digits = ungroup(whole, format)?;
    if fraction.len() > usize::try_from(max_decimals).unwrap_or(usize::MAX) {
        return Err(ParseError::TooManyDecimals {
            of: Figure::Number,
            allowed: max_decimals,
            found: fraction.len(),
            meant: None,
        });
    }
    // 20 whole digits are already far above every field's maximum; refusing longer
    // text here keeps the exact parse below well inside Decimal's 28 digits.
    let significant = whole_digits.trim_start_matches('0');
    if significant.len() > 20 {
        return Err(ParseError::TooLarge(Figure::Number));
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
    Decimal::from_str_exact(&literal).map_err(|_| ParseError::TooLarge(Figure::Number))
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
            return Err(ParseError::Grouping(format));
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
    let malformed = || ParseError::Grouping(format);
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
        use ParseError as E;
        let usd = Figure::Money(Currency::USD);
        let decimals = |of, allowed, found| E::TooManyDecimals {
            of,
            allowed,
            found,
            meant: None,
        };
        let other = |format, typed: &str, written: &str| E::OtherFormat {
            format,
            typed: typed.into(),
            written: written.into(),
        };
        let bhd = Currency::from_code("BHD").unwrap();
        let jpy = Currency::from_code("JPY").unwrap();
        let cases: [(&str, &str, NumberFormat, ParseError); 20] = [
            ("", "USD", CommaDot, E::Empty),
            ("   ", "USD", CommaDot, E::Empty),
            ("1e5", "USD", CommaDot, E::Exponent),
            ("1E5", "USD", CommaDot, E::Exponent),
            ("-5", "USD", CommaDot, E::Negative),
            ("−5", "USD", CommaDot, E::Negative),
            ("1.2.3", "USD", CommaDot, E::MultipleDecimalSeparators('.')),
            ("12.345", "USD", CommaDot, {
                let mut e = decimals(usd, 2, 3);
                if let E::TooManyDecimals { meant, .. } = &mut e {
                    *meant = Some(("12345".into(), "12,345".into()));
                }
                e
            }),
            ("1.5", "JPY", CommaDot, E::NoDecimalsAllowed(jpy)),
            ("1.2345", "BHD", CommaDot, {
                let mut e = decimals(Figure::Money(bhd), 3, 4);
                if let E::TooManyDecimals { meant, .. } = &mut e {
                    *meant = None;
                }
                e
            }),
            ("1,5", "USD", CommaDot, other(CommaDot, "1,5", "1.5")),
            ("1.5", "EUR", DotComma, other(DotComma, "1.5", "1,5")),
            ("1,23,4", "USD", CommaDot, E::Grouping(CommaDot)),
            ("12 00", "USD", CommaDot, E::Grouping(CommaDot)),
            ("abc", "USD", CommaDot, E::UnexpectedCharacter('a')),
            ("12abc", "USD", CommaDot, E::UnexpectedCharacter('a')),
            ("1000000000000001", "USD", CommaDot, E::TooLarge(usd)),
            (
                "99999999999999999999999999999999",
                "USD",
                CommaDot,
                E::TooLarge(usd),
            ),
            ("0x10", "USD", CommaDot, E::UnexpectedCharacter('x')),
            ("+5", "USD", CommaDot, E::UnexpectedCharacter('+')),
        ];
        for (text, code, format, expected) in cases {
            let currency = Currency::from_code(code).unwrap();
            let error = parse_money(text, currency, format).expect_err(text);
            assert_eq!(error, expected, "{text:?}");
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
        let above = |kind| ParseError::OutOfRange(Bound::Percent(kind));
        for (text, rule, expected) in [
            ("100", PercentRule::MARGIN, above(PercentKind::Margin)),
            ("100.5", PercentRule::DISCOUNT, above(PercentKind::Discount)),
            ("101", PercentRule::TAX, above(PercentKind::Tax)),
            ("-3", PercentRule::DISCOUNT, ParseError::Negative),
            ("%", PercentRule::DISCOUNT, ParseError::Empty),
            (
                "1.23456",
                PercentRule::DISCOUNT,
                ParseError::TooManyDecimals {
                    of: Figure::Percent,
                    allowed: 4,
                    found: 5,
                    meant: None,
                },
            ),
            (
                "15%%",
                PercentRule::DISCOUNT,
                ParseError::UnexpectedCharacter('%'),
            ),
        ] {
            let error = parse_percent(text, rule, f).expect_err(text);
            assert_eq!(error, expected, "{text:?}");
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
