//! Options in one offer: good / better / best, each a named set of lines priced by
//! its own lever, each keeping every floor, with items the buyer may add.
//!
//! Why it exists: buyers ask for choices, and several offers of equal value to the
//! seller, made at once, anchor more strongly and read as more sincere than one. So
//! a deal's lines are shared by every option unless an option names them: a line an
//! option *includes* is in that option alone, a line an option makes *optional* is
//! one the buyer may add to it, priced on its own. Each option is then a deal of its
//! own ([`option_deal`]), with the deal's floor, term, tax and approval rules, and
//! its best offer is computed as any deal's is ([`pricing`]). "The same margin as the
//! recommended one" proposes each option's price from the recommended option's
//! margin ([`equal_margin`]).
//!
//! This module is the rules alone: what a proposal keeps of its options, the
//! written offer's side-by-side form and the customer's link come next, each with a
//! file and link format version of its own.

pub mod equal_margin;
pub mod pricing;
pub mod written;

use serde::{Deserialize, Serialize};

use crate::pricing::deal::{Deal, Lever, LineId};
use crate::pricing::error::PricingError;
use crate::pricing::{Evaluation, evaluate_lever};

/// Fewest options an offer with options shows (one option is simply the offer).
pub const MIN_OPTIONS: usize = 2;
/// Most options side by side on one page.
pub const MAX_OPTIONS: usize = 4;

/// Identifies an option within its proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OptionId(pub u32);

/// One option of the offer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferOption {
    /// Stable identifier.
    pub id: OptionId,
    /// Its name on the offer ("Professional", "3 years").
    pub name: String,
    /// The lines this option alone includes, beside the shared ones.
    #[serde(default)]
    pub lines: Vec<LineId>,
    /// The lines the buyer may add to this option, each at its own price.
    #[serde(default)]
    pub optional: Vec<LineId>,
    /// How it is priced; `None`: at its best offer.
    #[serde(default)]
    pub lever: Option<Lever>,
}

impl OfferOption {
    /// A new option at its best offer, with no line of its own.
    pub fn new(id: OptionId, name: String) -> OfferOption {
        OfferOption {
            id,
            name,
            lines: Vec::new(),
            optional: Vec::new(),
            lever: None,
        }
    }

    /// Whether the option names `line` (includes it or makes it optional).
    pub fn names(&self, line: LineId) -> bool {
        self.lines.contains(&line) || self.optional.contains(&line)
    }
}

/// The lines of `deal` every option includes: those no option names.
pub fn shared_lines(deal: &Deal, options: &[OfferOption]) -> Vec<LineId> {
    deal.lines
        .iter()
        .map(|line| line.id)
        .filter(|id| !options.iter().any(|option| option.names(*id)))
        .collect()
}

/// The deal `option` offers: the shared lines and its own, in the deal's order, with
/// the deal's floor, term, tax and approval rules.
pub fn option_deal(deal: &Deal, options: &[OfferOption], option: &OfferOption) -> Deal {
    let shared = shared_lines(deal, options);
    Deal {
        lines: deal
            .lines
            .iter()
            .filter(|line| shared.contains(&line.id) || option.lines.contains(&line.id))
            .cloned()
            .collect(),
        ..deal.clone()
    }
}

/// The deal of one optional item on its own: the line alone, with the deal's
/// minimum margin as its floor (the walk-away price is the whole option's, so it
/// does not apply to one item) and no rounding step.
pub fn item_deal(deal: &Deal, line: LineId) -> Option<Deal> {
    let line = deal.line(line)?.clone();
    let mut item = Deal {
        lines: vec![line],
        nice_step: None,
        ..deal.clone()
    };
    item.floor.walk_away = None;
    Some(item)
}

/// `deal` priced by `lever`, or at its floor when the lever would go below it:
/// the figures, and whether they were raised to the floor.
///
/// # Errors
/// The [`PricingError`] of either pricing.
pub(crate) fn at_least_floor(
    deal: &Deal,
    lever: Lever,
) -> Result<(Evaluation, bool), PricingError> {
    let at = evaluate_lever(deal, lever, &[])?;
    if at.totals.net >= at.floor.price {
        return Ok((at, false));
    }
    let floor = at.floor.price;
    Ok((evaluate_lever(deal, Lever::TargetPrice(floor), &[])?, true))
}
