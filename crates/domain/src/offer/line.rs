//! A line of the written offer as the customer reads it ([`OfferLine`]): what is
//! bought and paid, and how it is billed ([`Billing`]); nothing internal.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::percent::Percent;
use crate::offer::words::OfferWords;

/// How a line is billed, as the customer reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Billing {
    /// Once.
    OneTime,
    /// Every year.
    PerYear,
    /// Every month.
    PerMonth,
}

/// The names [`Billing`] is written with, in the order of its values.
const BILLING_NAMES: [&str; 3] = ["one-time", "per-year", "per-month"];

impl<'de> serde::Deserialize<'de> for Billing {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::library::enum_names::by_name(
            deserializer,
            &BILLING_NAMES,
            &[Billing::OneTime, Billing::PerYear, Billing::PerMonth],
        )
    }
}

impl Billing {
    /// What the billing is called in the offer's language: "one-time", "per year",
    /// "per month".
    pub const fn label(self, words: &OfferWords) -> &'static str {
        match self {
            Billing::OneTime => words.one_time,
            Billing::PerYear => words.per_year,
            Billing::PerMonth => words.per_month,
        }
    }
}

/// A line of the written offer: what the customer buys and pays, nothing internal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferLine {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// How it is billed.
    pub billing: Billing,
    /// Quantity.
    #[serde(with = "crate::library::decimal_text")]
    pub quantity: Decimal,
    /// Unit list price (per billing period).
    #[serde(with = "crate::library::decimal_text")]
    pub unit_list_price: Decimal,
    /// Discount against list, rounded to two decimals for print.
    pub discount: Percent,
    /// Net amount per billing period.
    #[serde(with = "crate::library::decimal_text")]
    pub net: Decimal,
    /// Net amount over the term (what the line adds to the total).
    #[serde(with = "crate::library::decimal_text")]
    pub term_amount: Decimal,
}
