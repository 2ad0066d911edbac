//! Reasons to stop and think before printing the chosen figures ([`OfferWarning`]):
//! below the floor (or the cost), or a discount that needs someone else's approval.
//! Typed values: the app says them to the rep (`src/messages/`), and the print
//! dialog asks first while there is any.

use rust_decimal::Decimal;

use crate::library::proposal::Proposal;
use crate::money::percent::Percent;
use crate::options::{OptionId, option_deal};
use crate::pricing::board::Board;
use crate::pricing::deal::Deal;
use crate::pricing::{Evaluation, FloorBasis};

/// A reason to stop and think before the offer goes out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfferWarning {
    /// The offer asks less than the floor.
    BelowFloor {
        /// The floor is the cost itself (no minimum margin or walk-away price).
        at_cost: bool,
        /// What the offer asks.
        offered: Decimal,
        /// The floor (or the cost).
        floor: Decimal,
    },
    /// The discount is past the rep's own band.
    NeedsApproval {
        /// The discount off the list price.
        discount: Percent,
        /// Who approves it.
        approver: String,
    },
}

/// The warnings of the figures `evaluation` of `deal`.
///
/// # Examples
/// ```
/// use best_offer_domain::pricing::deal::{CostBasis, Lever};
/// use best_offer_domain::offer::warnings::{OfferWarning, offer_warnings};
/// use best_offer_domain::{date::Date, pricing::evaluate_lever, library::proposal::Proposal, Currency, Percent};
/// use rust_decimal::Decimal;
/// let mut proposal = Proposal::new(Currency::USD, Date::parse_iso("2026-11-26").unwrap());
/// proposal.deal.lines[0].terms.unit_list_price = Decimal::new(1000, 0);
/// proposal.deal.lines[0].terms.cost = CostBasis::UnitCost(Decimal::new(800, 0));
/// let deep = evaluate_lever(&proposal.deal, Lever::Discount(Percent::new(Decimal::new(25, 0))), &[]).unwrap();
/// let warnings = offer_warnings(&proposal.deal, &deep);
/// assert_eq!(warnings.len(), 2); // below the floor (cost), and needs the director
/// assert!(matches!(warnings[0], OfferWarning::BelowFloor { at_cost: true, .. }));
/// ```
pub fn offer_warnings(deal: &Deal, evaluation: &Evaluation) -> Vec<OfferWarning> {
    let mut warnings = Vec::new();
    if evaluation.floor.below_floor {
        warnings.push(OfferWarning::BelowFloor {
            // With no minimum margin or walk-away price, the line the offer crossed
            // is the cost itself.
            at_cost: evaluation.floor.basis == FloorBasis::Cost,
            offered: evaluation.totals.net,
            floor: evaluation.floor.price,
        });
    }
    let own_band = deal
        .approval
        .bands
        .iter()
        .min_by(|a, b| a.up_to.cmp(&b.up_to))
        .map(|band| band.approver.as_str());
    if let Some(approver) = evaluation.approval.as_deref()
        && own_band.is_some_and(|own| own != approver)
    {
        warnings.push(OfferWarning::NeedsApproval {
            discount: evaluation.totals.discount,
            approver: approver.to_string(),
        });
    }
    warnings
}

/// The warnings of the written offer of `proposal`, whose chosen figures are
/// `evaluation` and whose options `board` prices: those of its figures, or with
/// options, those of each option (with its id), so an option below its floor or
/// past the rep's approval band is said, whichever the offer opens on.
pub fn written_offer_warnings(
    proposal: &Proposal,
    board: &Board,
    evaluation: &Evaluation,
) -> Vec<(Option<OptionId>, OfferWarning)> {
    if !proposal.has_options() {
        return offer_warnings(&proposal.deal, evaluation)
            .into_iter()
            .map(|warning| (None, warning))
            .collect();
    }
    proposal
        .options
        .iter()
        .zip(&board.options)
        .filter_map(|(option, figures)| {
            let chosen = figures.chosen.as_ref().ok()?;
            let deal = option_deal(&proposal.deal, &proposal.options, option);
            Some(
                offer_warnings(&deal, chosen)
                    .into_iter()
                    .map(move |warning| (Some(option.id), warning)),
            )
        })
        .flatten()
        .collect()
}
