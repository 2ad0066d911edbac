//! Each option priced as a deal of its own: its best offer, the figures its lever
//! gives (the best offer when it has none), and the price of each item the buyer
//! may add.
//!
//! An optional item is priced at the option's discount, and never below its own
//! floor (the deal's minimum margin on the item alone, or its cost): an item
//! raised to its floor says so. So whatever items the buyer ticks, the margin of the
//! whole stays at or above the minimum margin, and an option that keeps its floor
//! keeps it with any of its items.

use rust_decimal::Decimal;

use crate::money::checked::add;
use crate::options::{OfferOption, OptionId, at_least_floor, item_deal, option_deal};
use crate::pricing::deal::{Deal, Lever, LineId};
use crate::pricing::error::PricingError;
use crate::pricing::solver::{BestOffer, best_offer};
use crate::pricing::{Evaluation, evaluate_lever};

/// The price of one item the buyer may add to an option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionalPrice {
    /// The line.
    pub line: LineId,
    /// Its price over the term, before tax.
    pub price: Decimal,
    /// Its floor on its own (the minimum margin on its cost, or the cost).
    pub floor: Decimal,
    /// Whether the option's discount would have taken it below its floor, so it is
    /// offered at the floor instead.
    pub raised_to_floor: bool,
    /// Its figures at that price (cost and margin included: the rep's view).
    pub evaluation: Evaluation,
}

/// Every figure of one option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionFigures {
    /// The option.
    pub id: OptionId,
    /// Its best offer (the lowest price that keeps the floor).
    pub best: Result<BestOffer, PricingError>,
    /// The figures its lever gives, or its best offer without one.
    pub chosen: Result<Evaluation, PricingError>,
    /// Each item the buyer may add, in the option's order.
    pub optional: Vec<Result<OptionalPrice, PricingError>>,
}

impl OptionFigures {
    /// Whether the chosen figures keep the floor (and can be priced at all).
    pub fn keeps_floor(&self) -> bool {
        self.chosen.as_ref().is_ok_and(|e| !e.floor.below_floor)
    }

    /// The option's total over the term with the items `added`, before tax; `None`
    /// when the option or one of those items cannot be priced, or `added` names an
    /// item the option does not offer.
    pub fn total_with(&self, added: &[LineId]) -> Option<Decimal> {
        let base = self.chosen.as_ref().ok()?.totals.net;
        added.iter().try_fold(base, |total, line| {
            let item = self
                .optional
                .iter()
                .filter_map(|o| o.as_ref().ok())
                .find(|o| o.line == *line)?;
            add(total, item.price).ok()
        })
    }
}

/// The price of `line` as an item of an option priced at `chosen`.
fn optional_price(
    deal: &Deal,
    line: LineId,
    chosen: &Evaluation,
) -> Result<OptionalPrice, PricingError> {
    let item = item_deal(deal, line).ok_or(PricingError::EmptyDeal)?;
    let (evaluation, raised_to_floor) =
        at_least_floor(&item, Lever::Discount(chosen.totals.discount))?;
    Ok(OptionalPrice {
        line,
        price: evaluation.totals.net,
        floor: evaluation.floor.price,
        raised_to_floor,
        evaluation,
    })
}

/// The figures of `option` among `options` of `deal`.
pub fn price_option(deal: &Deal, options: &[OfferOption], option: &OfferOption) -> OptionFigures {
    let own = option_deal(deal, options, option);
    let best = best_offer(&own);
    let chosen = match option.lever {
        Some(lever) => evaluate_lever(&own, lever, &[]),
        None => best.clone().map(|b| b.evaluation),
    };
    let optional = option
        .optional
        .iter()
        .map(|line| match &chosen {
            Ok(evaluation) => optional_price(deal, *line, evaluation),
            Err(error) => Err(error.clone()),
        })
        .collect();
    OptionFigures {
        id: option.id,
        best,
        chosen,
        optional,
    }
}

/// The figures of every option, in their order.
pub fn price_options(deal: &Deal, options: &[OfferOption]) -> Vec<OptionFigures> {
    options
        .iter()
        .map(|option| price_option(deal, options, option))
        .collect()
}
