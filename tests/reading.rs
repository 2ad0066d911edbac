//! How typed numbers read, in every number format: a table of what reps type (with
//! spaces, pasted symbols, the other convention's marks) and what each gives — a
//! value, or the sentence the rep reads beside the field (written by the app's
//! `messages`) — plus properties that what Best Offer writes always reads back as
//! the same value.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use best_offer::messages::Explain;
use best_offer_domain::money::format::{format_for_input, format_money, format_number};
use best_offer_domain::money::parse::{PercentRule, parse_money, parse_percent, parse_quantity};
use best_offer_domain::{Currency, NumberFormat, Percent};
use proptest::prelude::*;
use rust_decimal::Decimal;

use NumberFormat::{ApostropheDot, CommaDot, DotComma, Indian, SpaceComma};

/// What a typed text should give: a value, or a message containing this text.
enum Expect {
    Value(&'static str),
    Message(&'static str),
}
use Expect::{Message, Value};

/// Money typed in a currency and format.
const MONEY: &[(&str, &str, NumberFormat, Expect)] = &[
    // 1,234.56 (US, UK…)
    ("2 880", "USD", CommaDot, Value("2880")),
    ("2\u{a0}880", "USD", CommaDot, Value("2880")),
    ("2\u{202f}880.50", "USD", CommaDot, Value("2880.50")),
    ("  2,880.00  ", "USD", CommaDot, Value("2880")),
    ("$2,880", "USD", CommaDot, Value("2880")),
    ("$ 2 880", "USD", CommaDot, Value("2880")),
    ("2,880 USD", "USD", CommaDot, Value("2880")),
    ("USD 4 800", "USD", CommaDot, Value("4800")),
    ("1 234 567.89", "USD", CommaDot, Value("1234567.89")),
    ("4800", "USD", CommaDot, Value("4800")),
    ("0.5", "USD", CommaDot, Value("0.5")),
    (
        "2.880,00",
        "USD",
        CommaDot,
        Message("In the 1,234.56 format, 2.880,00 is written 2,880.00."),
    ),
    (
        "1.234.567,89",
        "USD",
        CommaDot,
        Message("In the 1,234.56 format, 1.234.567,89 is written 1,234,567.89."),
    ),
    (
        "2,5",
        "USD",
        CommaDot,
        Message("In the 1,234.56 format, 2,5 is written 2.5."),
    ),
    (
        "2 880,50",
        "USD",
        CommaDot,
        Message("In the 1,234.56 format, 2 880,50 is written 2,880.50."),
    ),
    (
        "1'234.50",
        "USD",
        CommaDot,
        Message("In the 1,234.56 format, 1'234.50 is written 1,234.50."),
    ),
    (
        "2.880",
        "USD",
        CommaDot,
        Message("at most 2 decimal places; this has 3. If you meant 2880, write 2,880."),
    ),
    ("2,88,0", "USD", CommaDot, Message("thousands separators")),
    (
        "28 80.0.0",
        "USD",
        CommaDot,
        Message("more than one decimal"),
    ),
    (
        "2,880 880",
        "USD",
        CommaDot,
        Message("thousands separators"),
    ),
    ("28 80", "USD", CommaDot, Message("thousands separators")),
    ("2,8800", "USD", CommaDot, Message("thousands separators")),
    (",880", "USD", CommaDot, Message("thousands separators")),
    (
        "€2,880",
        "USD",
        CommaDot,
        Message("“€” is not this proposal's currency"),
    ),
    (
        "2880 £",
        "USD",
        CommaDot,
        Message("“£” is not this proposal's currency"),
    ),
    ("1e5", "USD", CommaDot, Message("exponents")),
    ("-2,880", "USD", CommaDot, Message("negative")),
    (
        "2,880.005",
        "USD",
        CommaDot,
        Message("at most 2 decimal places"),
    ),
    (
        "12abc",
        "USD",
        CommaDot,
        Message("“a” can't be part of a number."),
    ),
    ("", "USD", CommaDot, Message("Enter a number.")),
    // 1.234,56 (Germany, Italy, Spain…)
    ("2.880,00", "EUR", DotComma, Value("2880")),
    ("2 880,00", "EUR", DotComma, Value("2880")),
    ("2\u{a0}880 €", "EUR", DotComma, Value("2880")),
    ("€ 2.880", "EUR", DotComma, Value("2880")),
    ("2880 EUR", "EUR", DotComma, Value("2880")),
    ("0,99", "EUR", DotComma, Value("0.99")),
    (
        "2,880.00",
        "EUR",
        DotComma,
        Message("In the 1.234,56 format, 2,880.00 is written 2.880,00."),
    ),
    (
        "2.5",
        "EUR",
        DotComma,
        Message("In the 1.234,56 format, 2.5 is written 2,5."),
    ),
    (
        "2,880",
        "EUR",
        DotComma,
        Message("If you meant 2880, write 2.880."),
    ),
    ("2.88.0", "EUR", DotComma, Message("thousands separators")),
    (
        "2.880 000",
        "EUR",
        DotComma,
        Message("thousands separators"),
    ),
    (
        "$2.880",
        "EUR",
        DotComma,
        Message("“$” is not this proposal's currency"),
    ),
    // 1 234,56 (France, Sweden, Poland…)
    ("2 880,00", "SEK", SpaceComma, Value("2880")),
    ("2\u{202f}880,00 kr", "SEK", SpaceComma, Value("2880")),
    ("1 234 567,89 SEK", "SEK", SpaceComma, Value("1234567.89")),
    ("2880", "SEK", SpaceComma, Value("2880")),
    (
        "2 880.50",
        "SEK",
        SpaceComma,
        Message("In the 1 234,56 format, 2 880.50 is written 2\u{a0}880,50."),
    ),
    (
        "2.880,00",
        "SEK",
        SpaceComma,
        Message("In the 1 234,56 format, 2.880,00 is written 2\u{a0}880,00."),
    ),
    ("2 88 0", "SEK", SpaceComma, Message("thousands separators")),
    (
        "2 880,123",
        "SEK",
        SpaceComma,
        Message("at most 2 decimal places"),
    ),
    // 1’234.56 (Switzerland)
    ("CHF 2'880.00", "CHF", ApostropheDot, Value("2880")),
    ("2’880", "CHF", ApostropheDot, Value("2880")),
    ("2 880.50", "CHF", ApostropheDot, Value("2880.50")),
    (
        "1'234'567.89 CHF",
        "CHF",
        ApostropheDot,
        Value("1234567.89"),
    ),
    (
        "2,880.00",
        "CHF",
        ApostropheDot,
        Message("In the 1’234.56 format, 2,880.00 is written 2’880.00."),
    ),
    (
        "2.880,00",
        "CHF",
        ApostropheDot,
        Message("In the 1’234.56 format, 2.880,00 is written 2’880.00."),
    ),
    (
        "2'88'0",
        "CHF",
        ApostropheDot,
        Message("thousands separators"),
    ),
    (
        "1'234 567",
        "CHF",
        ApostropheDot,
        Message("thousands separators"),
    ),
    // 12,34,567.89 (India)
    ("12,34,567.89", "INR", Indian, Value("1234567.89")),
    ("₹2,880", "INR", Indian, Value("2880")),
    ("1,00,000 INR", "INR", Indian, Value("100000")),
    ("12 34 567", "INR", Indian, Value("1234567")),
    (
        "1,234,567",
        "INR",
        Indian,
        Message("In the 12,34,567.89 format, 1,234,567 is written 12,34,567."),
    ),
    (
        "2.880,00",
        "INR",
        Indian,
        Message("In the 12,34,567.89 format, 2.880,00 is written 2,880.00."),
    ),
    // Currencies without and with three minor units.
    ("¥1,200,000", "JPY", CommaDot, Value("1200000")),
    ("1 200 000 JPY", "JPY", CommaDot, Value("1200000")),
    (
        "1.5",
        "JPY",
        CommaDot,
        Message("JPY amounts have no decimals."),
    ),
    ("BHD 1,200.125", "BHD", CommaDot, Value("1200.125")),
    ("1 200,125", "BHD", SpaceComma, Value("1200.125")),
];

#[test]
fn money_reading_table() {
    assert!(
        MONEY.len() >= 60,
        "the table covers at least 60 typed forms"
    );
    for format in NumberFormat::ALL {
        assert!(
            MONEY.iter().any(|(_, _, f, _)| *f == format),
            "{format:?} has cases"
        );
    }
    let mut failures = Vec::new();
    for (text, code, format, expect) in MONEY {
        let currency = Currency::from_code(code).unwrap();
        let got = parse_money(text, currency, *format);
        let ok = match (expect, &got) {
            (Value(v), Ok(value)) => *value == v.parse::<Decimal>().unwrap(),
            (Message(m), Err(error)) => error.explain().contains(m),
            _ => false,
        };
        if !ok {
            failures.push(format!("{text:?} in {code} {format:?}: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn percentages_and_quantities_read_the_same_way() {
    let margin = |t: &str, f| parse_percent(t, PercentRule::MARGIN, f).map(Percent::points);
    assert_eq!(margin("37,5 %", DotComma), Ok(Decimal::new(375, 1)));
    assert_eq!(margin(" 37.5% ", CommaDot), Ok(Decimal::new(375, 1)));
    let error = margin("37,5", CommaDot).unwrap_err().explain();
    assert_eq!(error, "In the 1,234.56 format, 37,5 is written 37.5.");
    let error = margin("37.5", SpaceComma).unwrap_err().explain();
    assert_eq!(error, "In the 1 234,56 format, 37.5 is written 37,5.");
    assert_eq!(parse_quantity("1 000", CommaDot), Ok(Decimal::new(1000, 0)));
    assert_eq!(parse_quantity("1.000", DotComma), Ok(Decimal::new(1000, 0)));
    assert_eq!(parse_quantity("7,5", DotComma), Ok(Decimal::new(75, 1)));
    let error = parse_quantity("7,5", CommaDot).unwrap_err().explain();
    assert_eq!(error, "In the 1,234.56 format, 7,5 is written 7.5.");
}

const CODES: [&str; 12] = [
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "SEK", "NOK", "BHD", "KWD",
];

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(CODES.to_vec()).prop_map(|code| Currency::from_code(code).unwrap())
}

fn number_format() -> impl Strategy<Value = NumberFormat> {
    prop::sample::select(NumberFormat::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    /// What Best Offer writes, in every format and currency, reads back as the same
    /// value: the printed amount, the field's text, and the same digits grouped with
    /// the spaces a paste brings.
    #[test]
    fn written_forms_read_back(currency in currency(), format in number_format(), units in 0_i64..=999_999_999_999_999) {
        let value = Decimal::new(units, currency.minor_units());
        let printed = format_money(value, currency, format);
        prop_assert_eq!(parse_money(&printed, currency, format), Ok(value), "{}", printed);
        let typed = format_for_input(value, currency.minor_units(), format);
        prop_assert_eq!(parse_money(&typed, currency, format), Ok(value), "{}", typed);
        if !format.is_indian() {
            let grouped = format_number(value, currency.minor_units(), format)
                .replace(format.group_separator(), "\u{202f}");
            prop_assert_eq!(parse_money(&grouped, currency, format), Ok(value), "{}", grouped);
        }
    }

    /// A number written in another format is never read as a different value: it
    /// either reads as the same value or is refused with a message.
    #[test]
    fn other_formats_never_read_as_another_value(currency in currency(), written in number_format(), read in number_format(), units in 0_i64..=999_999_999_999) {
        let value = Decimal::new(units, currency.minor_units());
        let text = format_for_input(value, currency.minor_units(), written);
        if let Ok(got) = parse_money(&text, currency, read) {
            prop_assert_eq!(got, value, "{} written {:?} read {:?}", text, written, read);
        }
    }
}
