//! Formatting helpers shared by components: figures in the proposal's currency and
//! number format. Formatting only; every figure comes from the domain crate.

use best_offer_domain::money::format::{format_money, format_money_short, format_percent};
use best_offer_domain::{Currency, NumberFormat, Percent};
use rust_decimal::Decimal;

/// How figures are written on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    /// Currency of the deal.
    pub currency: Currency,
    /// Number format chosen by the rep.
    pub format: NumberFormat,
}

impl Figures {
    /// How the figures of `proposal` are written: its currency, its number format.
    pub fn of(proposal: &best_offer_domain::library::proposal::Proposal) -> Figures {
        Figures {
            currency: proposal.deal.currency,
            format: proposal.number_format,
        }
    }

    /// An amount with its currency, e.g. `$38,900.00`.
    pub fn money(self, value: Decimal) -> String {
        format_money(value, self.currency, self.format)
    }

    /// An amount without its zero decimals, e.g. `$10,000` (chart ticks).
    pub fn short_money(self, value: Decimal) -> String {
        format_money_short(value, self.currency, self.format)
    }

    /// An amount with an explicit sign, for headroom (`+$11.11`, `-$5.00`).
    pub fn signed_money(self, value: Decimal) -> String {
        let text = self.money(value);
        if value > Decimal::ZERO {
            format!("+{text}")
        } else {
            text
        }
    }

    /// A percentage with two decimals, e.g. `66.79%`.
    pub fn percent(self, value: Percent) -> String {
        format_percent(value, 2, self.format)
    }

    /// An optional percentage (`—` when undefined, e.g. margin on a zero price).
    pub fn maybe_percent(self, value: Option<Percent>) -> String {
        value.map_or_else(|| "—".to_string(), |p| self.percent(p))
    }

    /// The discount still possible before the floor, in points of the list price:
    /// `22.28% more`, or `none` at or below the floor.
    pub fn more_discount(self, points: Decimal) -> String {
        if points > Decimal::ZERO {
            format!("{} more", self.percent(Percent::new(points)))
        } else {
            "none".to_string()
        }
    }
}
