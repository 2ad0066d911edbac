//! One option of a written offer as the customer reads it ([`CustomerOption`]):
//! its lines at its own prices, the items the buyer may add, and its totals
//! ([`ChoiceTotals`]). The choice between options is [`crate::offer::choice`].

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::offer::line::{Billing, OfferLine};

/// One option of the written offer, as the customer reads it: every line it
/// includes (the shared ones too) at its own prices, the items the buyer may add,
/// and its totals without them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerOption {
    /// Its name ("Professional", "3 years").
    pub name: String,
    /// Whether the seller recommends it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub recommended: bool,
    /// Every line it includes, in deal order.
    pub lines: Vec<OfferLine>,
    /// The items the buyer may add to it, each at its own price.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub optional: Vec<OfferLine>,
    /// One-time lines, net.
    #[serde(with = "crate::library::decimal_text")]
    pub one_time_total: Decimal,
    /// Recurring lines per year, net.
    #[serde(with = "crate::library::decimal_text")]
    pub recurring_per_year: Decimal,
    /// First-year total.
    #[serde(with = "crate::library::decimal_text")]
    pub first_year_total: Decimal,
    /// Total over the term, before tax.
    #[serde(with = "crate::library::decimal_text")]
    pub term_total: Decimal,
    /// Tax on the term total.
    #[serde(with = "crate::library::decimal_text")]
    pub tax: Decimal,
    /// Term total with tax.
    #[serde(with = "crate::library::decimal_text")]
    pub total_with_tax: Decimal,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
fn is_false(value: &bool) -> bool {
    !*value
}

/// The totals of a set of lines of an offer: an option with the items ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceTotals {
    /// One-time lines, net.
    pub one_time: Decimal,
    /// Recurring lines per year, net.
    pub recurring_per_year: Decimal,
    /// What the first year costs.
    pub first_year: Decimal,
    /// Total over the term, before tax.
    pub term_total: Decimal,
    /// Tax on it.
    pub tax: Decimal,
    /// With tax.
    pub total_with_tax: Decimal,
}

impl CustomerOption {
    /// Whether any of its lines recurs (so its per-year totals mean something).
    pub fn recurs(&self) -> bool {
        self.lines.iter().any(|l| l.billing != Billing::OneTime)
    }

    /// Its totals as printed.
    pub fn printed_totals(&self) -> ChoiceTotals {
        ChoiceTotals {
            one_time: self.one_time_total,
            recurring_per_year: self.recurring_per_year,
            first_year: self.first_year_total,
            term_total: self.term_total,
            tax: self.tax,
            total_with_tax: self.total_with_tax,
        }
    }
}
