//! "Price these options at the same margin": for each option, the price that gives
//! it the margin the recommended option has, never below its own floor — shown
//! beside each option's floor, for the rep to accept or edit.
//!
//! Why: options of equal value to the seller read as sincere choices, not as one
//! real offer and two decoys; three years priced to the one-year option's margin is
//! the same deal, longer.

use rust_decimal::Decimal;

use crate::money::percent::Percent;
use crate::options::pricing::price_option;
use crate::options::{OfferOption, OptionId, at_least_floor, option_deal};
use crate::pricing::deal::{Deal, Lever};
use crate::pricing::error::PricingError;

/// The price proposed for one option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EqualMargin {
    /// The option.
    pub id: OptionId,
    /// The price over the term, before tax, that gives it the recommended option's
    /// margin (rounded up to the cent, so the margin is kept), or its floor when
    /// that is higher.
    pub price: Decimal,
    /// Its floor's price (its best offer before rounding to a step is the
    /// board's; this is the lowest total that keeps the floor).
    pub floor: Decimal,
    /// Whether the same margin would have taken it below its floor, so the price
    /// is the floor instead.
    pub raised_to_floor: bool,
    /// The lever that gives the price, for the rep to accept.
    pub lever: Lever,
}

/// Why no price could be proposed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoEqualMargin {
    /// No option is `recommended`.
    NoSuchOption,
    /// The recommended option has no margin (it cannot be priced, or asks nothing).
    NoMargin(Option<PricingError>),
}

/// For each option of `options`, the price at the margin of `recommended`'s chosen
/// figures (the recommended one included, at its own price); each is a result of
/// its own, so one option that cannot be priced leaves the others' proposals.
///
/// # Errors
/// [`NoEqualMargin`] when the recommended option is not among `options` or has no
/// margin to copy.
pub fn equal_margin_prices(
    deal: &Deal,
    options: &[OfferOption],
    recommended: OptionId,
) -> Result<Vec<Result<EqualMargin, PricingError>>, NoEqualMargin> {
    let model = options
        .iter()
        .find(|o| o.id == recommended)
        .ok_or(NoEqualMargin::NoSuchOption)?;
    let margin = match price_option(deal, options, model).chosen {
        Ok(evaluation) => evaluation
            .totals
            .margin
            .ok_or(NoEqualMargin::NoMargin(None))?,
        Err(error) => return Err(NoEqualMargin::NoMargin(Some(error))),
    };
    Ok(options
        .iter()
        .map(|option| at_margin(deal, options, option, margin))
        .collect())
}

/// `option` priced at `margin`, or at its floor when that is higher.
fn at_margin(
    deal: &Deal,
    options: &[OfferOption],
    option: &OfferOption,
    margin: Percent,
) -> Result<EqualMargin, PricingError> {
    let own = option_deal(deal, options, option);
    let (at, raised_to_floor) = at_least_floor(&own, Lever::TargetMargin(margin))?;
    let lever = if raised_to_floor {
        Lever::TargetPrice(at.totals.net)
    } else {
        Lever::TargetMargin(margin)
    };
    Ok(EqualMargin {
        id: option.id,
        price: at.totals.net,
        floor: at.floor.price,
        raised_to_floor,
        lever,
    })
}
