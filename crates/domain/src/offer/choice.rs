//! The choice a customer makes among the options of a written offer (each a
//! [`CustomerOption`](crate::offer::option::CustomerOption)): one option, with the
//! optional items they tick ([`Choice`]), its totals
//! ([`CustomerOffer::choice_totals`]), and the options side by side
//! ([`CustomerOffer::option_rows`]).
//!
//! Why the totals are computed here, from the prices the offer carries: the
//! customer's link recomputes them in the page as the buyer ticks items, and the
//! printed offer states each option's totals; both come from this one function, so
//! they agree to the cent. A link's reader checks that each option's printed totals
//! are what its lines give ([`crate::offer::link::read`]), so a price changed by hand
//! does not open as an offer. Nothing here knows a cost: an option is its lines.

use rust_decimal::Decimal;

use crate::money::checked::{add, mul};
use crate::offer::CustomerOffer;
use crate::offer::line::{Billing, OfferLine};
use crate::offer::option::ChoiceTotals;
use crate::pricing::tax::{TaxNote, TaxRounding, tax_on};

/// What the buyer chose: an option (by its place) and the optional items of it
/// they added (by their places in it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Choice {
    /// The option's place among the offer's options.
    pub option: usize,
    /// The places of the items added, in the order ticked.
    pub added: Vec<usize>,
}

impl Choice {
    /// The choice an offer opens on: its default option, no item added.
    pub fn of(offer: &CustomerOffer) -> Choice {
        Choice {
            option: offer.default_option(),
            added: Vec::new(),
        }
    }

    /// The choice with item `item` added, or taken off when it was there.
    pub fn toggled(&self, item: usize) -> Choice {
        let mut added = self.added.clone();
        match added.iter().position(|k| *k == item) {
            Some(at) => {
                added.remove(at);
            }
            None => added.push(item),
        }
        Choice {
            option: self.option,
            added,
        }
    }
}

impl CustomerOffer {
    /// The totals of `lines` under this offer's term and tax, computed as the
    /// pricing engine computes a deal's (one-time lines once, monthly lines twelve
    /// times a year, the first year capped by the term, tax rounded once on the
    /// total or line by line as the offer says); `None` past the money limits.
    pub fn totals_of<'a>(
        &self,
        lines: impl IntoIterator<Item = &'a OfferLine>,
    ) -> Option<ChoiceTotals> {
        let twelve = Decimal::from(12_u32);
        let months = Decimal::from(self.term_months);
        let mut totals = ChoiceTotals {
            one_time: Decimal::ZERO,
            recurring_per_year: Decimal::ZERO,
            first_year: Decimal::ZERO,
            term_total: Decimal::ZERO,
            tax: Decimal::ZERO,
            total_with_tax: Decimal::ZERO,
        };
        let mut nets = Vec::new();
        for line in lines {
            let (per_year, first_year) = match line.billing {
                Billing::OneTime => {
                    totals.one_time = add(totals.one_time, line.net).ok()?;
                    (Decimal::ZERO, line.net)
                }
                Billing::PerMonth => (
                    mul(line.net, twelve).ok()?,
                    mul(line.net, months.min(twelve)).ok()?,
                ),
                Billing::PerYear if months >= twelve => (line.net, line.net),
                Billing::PerYear => (line.net, line.term_amount),
            };
            totals.recurring_per_year = add(totals.recurring_per_year, per_year).ok()?;
            totals.first_year = add(totals.first_year, first_year).ok()?;
            totals.term_total = add(totals.term_total, line.term_amount).ok()?;
            nets.push(line.term_amount);
        }
        if let Some(rate) = self.tax_rate {
            let rounding = match self.tax_note {
                Some(TaxNote::PerLine) => TaxRounding::PerLine,
                _ => TaxRounding::OnTotal,
            };
            totals.tax = tax_on(&nets, rate, rounding, self.currency.minor_units()).ok()?;
        }
        totals.total_with_tax = add(totals.term_total, totals.tax).ok()?;
        Some(totals)
    }

    /// The totals of option `option` (by its place) with the optional items
    /// `added` (by their places in it); `None` when there is no such option or
    /// item, an item is named twice, or past the money limits.
    pub fn choice_totals(&self, option: usize, added: &[usize]) -> Option<ChoiceTotals> {
        let option = self.options.get(option)?;
        let mut items = Vec::with_capacity(added.len());
        for (k, index) in added.iter().enumerate() {
            if added.get(..k).is_some_and(|before| before.contains(index)) {
                return None;
            }
            items.push(option.optional.get(*index)?);
        }
        self.totals_of(option.lines.iter().chain(items))
    }

    /// The option the offer opens on: the recommended one, or the first.
    pub fn default_option(&self) -> usize {
        self.options
            .iter()
            .position(|option| option.recommended)
            .unwrap_or(0)
    }
}

/// What one option does with one line of the side-by-side table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionCell<'a> {
    /// It includes the line, as priced in it.
    Included(&'a OfferLine),
    /// The buyer may add the line to it, at this price.
    Optional(&'a OfferLine),
    /// It does not offer the line.
    Absent,
}

/// A row of the options side by side: a line (by its name, description and
/// billing) and what each option, in order, does with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionRow<'a> {
    /// The line's name.
    pub name: &'a str,
    /// Its description.
    pub description: &'a str,
    /// One cell per option.
    pub cells: Vec<OptionCell<'a>>,
}

impl CustomerOffer {
    /// The rows of the options side by side: every line any option includes or
    /// offers, in the order they first appear (an option's lines, then its
    /// optional items), each with what every option does with it. A line is known
    /// across options by its name, description and billing.
    pub fn option_rows(&self) -> Vec<OptionRow<'_>> {
        let same = |a: &OfferLine, b: &OfferLine| {
            a.name == b.name && a.description == b.description && a.billing == b.billing
        };
        let mut keys: Vec<&OfferLine> = Vec::new();
        for option in &self.options {
            for line in option.lines.iter().chain(&option.optional) {
                if !keys.iter().any(|key| same(key, line)) {
                    keys.push(line);
                }
            }
        }
        keys.into_iter()
            .map(|key| OptionRow {
                name: &key.name,
                description: &key.description,
                cells: self
                    .options
                    .iter()
                    .map(|option| {
                        if let Some(line) = option.lines.iter().find(|l| same(l, key)) {
                            OptionCell::Included(line)
                        } else if let Some(line) = option.optional.iter().find(|l| same(l, key)) {
                            OptionCell::Optional(line)
                        } else {
                            OptionCell::Absent
                        }
                    })
                    .collect(),
            })
            .collect()
    }

    /// The lines and totals printed, as [`ChoiceTotals`].
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
