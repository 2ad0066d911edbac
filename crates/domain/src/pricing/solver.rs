//! The best-offer solver: the lowest price that keeps every floor.
//!
//! Lessons 1 and 2 of the product: know your floor, and when asked for the best
//! deal, give the best deal. The solver finds the lowest total over the term that
//! keeps the minimum margin and the walk-away price, within per-line discount caps
//! and non-discountable lines, then rounds it *up* to the nice-price step, so the
//! rounding can never break the floor.

use rust_decimal::Decimal;

use crate::limits::MAX_MONEY;
use crate::money::checked::{ceil_to_step, round_up};
use crate::pricing::deal::Deal;
use crate::pricing::error::{DealProblem, PricingError};
use crate::pricing::{Evaluation, Prepared};

/// What decided the best offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BestOfferLimit {
    /// The floor (minimum margin, walk-away price or cost): one more step of
    /// discount would break it.
    Floor,
    /// The lines' discount caps (and non-discountable lines) stop the discount before
    /// the floor does.
    Caps,
    /// The list price is already below the floor: no discount is possible, and the
    /// offer at list still breaks the floor.
    NoRoom,
}
/// The best offer: its full evaluation and what limited it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BestOffer {
    /// Every figure of the best offer.
    pub evaluation: Evaluation,
    /// What stopped the discount.
    pub limit: BestOfferLimit,
    /// The lowest acceptable total before nice-price rounding.
    pub before_rounding: Decimal,
}

/// Computes the best offer of a deal.
///
/// # Errors
/// A [`PricingError`] for an empty or invalid deal, a zero list price, a deal with
/// no floor set on purpose ([`PricingError::FloorNotSet`], see
/// [`Deal::floor_is_set`]), a floor that lets the price fall to zero
/// ([`PricingError::NoFloor`]), an invalid nice-price step, or figures too large to
/// compute.
///
/// # Examples
/// ```
/// use best_offer_domain::pricing::deal::*;
/// use best_offer_domain::{pricing::solver::best_offer, Currency, Percent};
/// use rust_decimal::Decimal;
///
/// let mut deal = Deal::new(Currency::from_code("USD").unwrap());
/// deal.lines[0].terms.unit_list_price = Decimal::new(1000, 0);
/// deal.lines[0].terms.cost = CostBasis::UnitCost(Decimal::new(450, 0));
/// deal.floor.min_margin = Some(Percent::new(Decimal::new(40, 0)));
/// deal.nice_step = Some(Decimal::TEN);
/// let best = best_offer(&deal).unwrap();
/// // 450 / 0.6 = 750.00 exactly; already a multiple of 10.
/// assert_eq!(best.evaluation.totals.net, Decimal::new(750, 0));
/// ```
pub fn best_offer(deal: &Deal) -> Result<BestOffer, PricingError> {
    best_offer_prepared(&Prepared::new(deal)?, deal)
}

/// [`best_offer`] on a deal already prepared (the board prepares it once).
pub(crate) fn best_offer_prepared(
    prepared: &Prepared,
    deal: &Deal,
) -> Result<BestOffer, PricingError> {
    let minor = deal.currency.minor_units();
    let (floor_exact, _) = prepared.floor;
    let floor_price = round_up(floor_exact, minor);
    let list = prepared.list_total;
    if list.is_zero() {
        return Err(PricingError::ZeroListPrice);
    }
    if !deal.floor_is_set() {
        return Err(PricingError::FloorNotSet);
    }
    let no_overrides = vec![None; prepared.lines.len()];
    let at_list = prepared.uniform_plan(Decimal::ZERO, &no_overrides);
    if list < floor_price {
        return Ok(BestOffer {
            evaluation: prepared.finish(deal, &at_list, None)?,
            limit: BestOfferLimit::NoRoom,
            before_rounding: list,
        });
    }
    let deepest = prepared.uniform_plan(Decimal::ONE, &no_overrides);
    let lowest = prepared.deepest_total()?;
    if floor_price.is_zero() && lowest.is_zero() {
        // A best offer of nothing is not an offer: the rep has not said yet what
        // the deal costs or how low they may go.
        return Err(PricingError::NoFloor);
    }
    let (unrounded, limit) = if lowest >= floor_price {
        (lowest, BestOfferLimit::Caps)
    } else {
        (floor_price, BestOfferLimit::Floor)
    };
    let target = match deal.nice_step {
        None => unrounded,
        Some(step) if step <= Decimal::ZERO || step > MAX_MONEY => {
            return Err(PricingError::InvalidDeal(DealProblem::NiceStepNotPositive));
        }
        Some(step) => ceil_to_step(unrounded, step)?,
    };
    let plan = if target >= list {
        at_list
    } else if target == lowest {
        deepest
    } else {
        match prepared.plan_for_target(target, &no_overrides) {
            Ok(plan) => plan,
            // Rounding can make the caps' lowest total differ from the solver's
            // continuous one by a few minor units; the deepest plan is then the answer.
            Err(PricingError::Unreachable(_)) => deepest,
            Err(other) => return Err(other),
        }
    };
    let evaluation = prepared.finish(deal, &plan, Some(target.min(list)))?;
    Ok(BestOffer {
        evaluation,
        limit,
        before_rounding: unrounded,
    })
}
