//! The written offer of a proposal with options: each option's lines at its own
//! prices, its optional items, and the offer's own lines and totals those of the
//! option it opens on (the recommended one, or the first).

use crate::library::proposal::Proposal;
use crate::offer::option::CustomerOption;
use crate::offer::{CustomerOffer, offer_line};
use crate::options::pricing::OptionFigures;
use crate::options::{OptionId, option_deal};
use crate::pricing::deal::LineId;
use crate::pricing::error::PricingError;

/// An option that cannot be priced, so the offer has no figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionUnpriced {
    /// The option.
    pub id: OptionId,
    /// The optional item that cannot be priced, when it is one of them.
    pub item: Option<LineId>,
    /// Why (its own pricing error, or that item's).
    pub error: PricingError,
}

/// The options of `proposal` as the customer reads them, from their `figures`
/// (in the proposal's order, [`crate::options::pricing::price_options`]).
///
/// # Errors
/// [`OptionUnpriced`] for the first option (or item) that cannot be priced.
pub fn customer_options(
    proposal: &Proposal,
    figures: &[OptionFigures],
) -> Result<Vec<CustomerOption>, OptionUnpriced> {
    let deal = &proposal.deal;
    proposal
        .options
        .iter()
        .zip(figures)
        .map(|(option, figures)| {
            let unpriced = |error: &PricingError| OptionUnpriced {
                id: option.id,
                item: None,
                error: error.clone(),
            };
            let chosen = figures.chosen.as_ref().map_err(unpriced)?;
            let own = option_deal(deal, &proposal.options, option);
            let optional = option
                .optional
                .iter()
                .zip(&figures.optional)
                .map(|(id, price)| {
                    let price = price.as_ref().map_err(|error| OptionUnpriced {
                        item: Some(*id),
                        ..unpriced(error)
                    })?;
                    let line = deal
                        .line(*id)
                        .ok_or_else(|| unpriced(&PricingError::EmptyDeal))?;
                    price
                        .evaluation
                        .lines
                        .first()
                        .map(|figures| offer_line(line, figures))
                        .ok_or_else(|| unpriced(&PricingError::EmptyDeal))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let totals = &chosen.totals;
            Ok(CustomerOption {
                name: option.name.trim().to_string(),
                recommended: proposal.recommended_option == Some(option.id),
                lines: own
                    .lines
                    .iter()
                    .zip(&chosen.lines)
                    .map(|(line, figures)| offer_line(line, figures))
                    .collect(),
                optional,
                one_time_total: totals.one_time,
                recurring_per_year: totals.recurring_per_year,
                first_year_total: totals.first_year,
                term_total: totals.net,
                tax: totals.tax,
                total_with_tax: totals.net_with_tax,
            })
        })
        .collect()
}

/// The written offer of a `proposal` with options, from their `figures`: the
/// options side by side, its own lines and totals those of the option it opens on.
///
/// # Errors
/// [`OptionUnpriced`] when an option or one of its items cannot be priced.
pub fn written_offer(
    proposal: &Proposal,
    figures: &[OptionFigures],
) -> Result<CustomerOffer, OptionUnpriced> {
    let options = customer_options(proposal, figures)?;
    let default = proposal.default_option().ok_or(OptionUnpriced {
        id: OptionId(0),
        item: None,
        error: PricingError::EmptyDeal,
    })?;
    let chosen = figures
        .iter()
        .find(|f| f.id == default.id)
        .and_then(|f| f.chosen.as_ref().ok())
        .ok_or(OptionUnpriced {
            id: default.id,
            item: None,
            error: PricingError::EmptyDeal,
        })?;
    let own = option_deal(&proposal.deal, &proposal.options, default);
    let mut offer = CustomerOffer::build_for(proposal, &own, chosen);
    offer.options = options;
    Ok(offer)
}
