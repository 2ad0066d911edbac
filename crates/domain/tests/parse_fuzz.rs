//! Arbitrary text into every parser: never a panic, and every accepted value is in
//! range. 2 × 60,000 generated strings (120,000 across the suite), each tried in
//! every number format and several currencies.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use best_offer_domain::limits::{MAX_MONEY, MAX_QUANTITY};
use best_offer_domain::money::parse::{PercentRule, parse_money, parse_percent, parse_quantity};
use best_offer_domain::{Currency, NumberFormat, Percent};
use proptest::prelude::*;
use rust_decimal::Decimal;

const CASES: u32 = 60_000;

fn currencies() -> Vec<Currency> {
    ["USD", "EUR", "JPY", "BHD", "CHF", "SEK", "INR"]
        .iter()
        .map(|code| Currency::from_code(code).unwrap())
        .collect()
}

fn check_all_parsers(text: &str) {
    for format in NumberFormat::ALL {
        for currency in currencies() {
            // A refusal is a value; the app words it (tested in tests/reading.rs).
            if let Ok(value) = parse_money(text, currency, format) {
                assert!(
                    value >= Decimal::ZERO && value <= MAX_MONEY,
                    "{text:?} → {value}"
                );
                assert!(
                    value.scale() <= currency.minor_units(),
                    "{text:?} → {value}"
                );
            }
        }
        for rule in [PercentRule::DISCOUNT, PercentRule::MARGIN, PercentRule::TAX] {
            if let Ok(p) = parse_percent(text, rule, format) {
                assert!(
                    p >= Percent::ZERO && p <= Percent::HUNDRED,
                    "{text:?} → {p}"
                );
                if !rule.max_inclusive {
                    assert!(p < Percent::HUNDRED);
                }
            }
        }
        if let Ok(months) = best_offer_domain::money::parse::parse_term_months(text, format) {
            assert!((1..=600).contains(&months), "{text:?} → {months}");
        }
        if let Ok(q) = parse_quantity(text, format) {
            assert!(q > Decimal::ZERO && q <= MAX_QUANTITY, "{text:?} → {q}");
        }
    }
    let _ = Currency::from_code(text);
    let _ = NumberFormat::from_id(text);
    let _ = best_offer_domain::pricing::deal::LineKind::from_id(text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// Any Unicode text.
    #[test]
    fn any_text_never_panics(text in ".{0,40}") {
        check_all_parsers(&text);
    }

    /// Text made of the characters numbers are written with, where the tricky
    /// cases live (separators, signs, exponents, symbols, spaces).
    #[test]
    fn number_like_text_never_panics(text in "[-+0-9.,'’ \u{a0}\u{202f}eE%$€£¥₹kr]{0,32}") {
        check_all_parsers(&text);
    }
}

#[test]
fn hostile_inputs_never_panic() {
    let long_digits = "9".repeat(10_000);
    let long_fraction = format!("0.{}", "1".repeat(10_000));
    let many_groups = "1,".repeat(5_000) + "000";
    let cases = [
        "",
        " ",
        "\0",
        "٣",
        "１２３",
        "1e400",
        "NaN",
        "inf",
        "-0",
        "0.0.0",
        ",,,",
        "...",
        "79228162514264337593543950335",
        "79228162514264337593543950336",
        "0.0000000000000000000000000001",
        "$",
        "€€1",
        "1%%",
        "%1",
        "1 000 000,00",
        long_digits.as_str(),
        long_fraction.as_str(),
        many_groups.as_str(),
    ];
    for text in cases {
        check_all_parsers(text);
    }
}
