//! A kept proposal as the list shows it: its label and its offer's figures, solved
//! only when the proposal changed.

use rust_decimal::Decimal;

use crate::library::file::StoredProposal;
use crate::library::proposal::Proposal;
use crate::library::readiness::chosen_figures;
use crate::offer::details::OfferChoice;
use crate::pricing::board::Board;
use crate::pricing::error::PricingError;
use crate::pricing::evaluate;
use crate::pricing::solver::best_offer;

/// One kept proposal as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalSummary {
    /// Its id.
    pub id: String,
    /// When it last changed (with the id, what tells whether a summary is current).
    pub updated_ms: i64,
    /// Its best offer over the term, or why there is none.
    pub best: Result<Decimal, PricingError>,
    /// The total over the term its written offer uses (the best offer or the chosen
    /// scenario: see [`chosen_figures`]), when it has figures.
    pub offered: Option<Decimal>,
    /// Whether a field holds text that does not read (the figure is out of date).
    pub stale: bool,
}

impl ProposalSummary {
    /// The summary of a kept proposal (solves its best offer: call it when the
    /// proposal changes, not on every render).
    pub fn of(stored: &StoredProposal) -> ProposalSummary {
        let proposal = &stored.proposal;
        let best = best_offer(&proposal.deal);
        let offered = match proposal.offer.choice {
            OfferChoice::BestOffer => best.as_ref().ok().map(|b| b.evaluation.totals.net),
            OfferChoice::Scenario(id) => proposal
                .scenarios
                .iter()
                .find(|s| s.id == id)
                .and_then(|scenario| evaluate(&proposal.deal, scenario).ok())
                .map(|e| e.totals.net),
        };
        ProposalSummary {
            id: stored.id.clone(),
            updated_ms: stored.updated_ms,
            best: best.map(|best| best.evaluation.totals.net),
            offered,
            stale: !stored.drafts.is_empty(),
        }
    }

    /// The summary of the open proposal, read from the `board` the app already
    /// holds for it (nothing is solved again).
    pub fn of_open(
        id: &str,
        updated_ms: i64,
        proposal: &Proposal,
        board: &Board,
        stale: bool,
    ) -> ProposalSummary {
        ProposalSummary {
            id: id.to_string(),
            updated_ms,
            best: board
                .best
                .as_ref()
                .map(|b| b.evaluation.totals.net)
                .map_err(Clone::clone),
            offered: chosen_figures(proposal, board)
                .ok()
                .map(|(_, e)| e.totals.net),
            stale,
        }
    }
}

/// Summaries of `proposals`, reusing those of `known` whose proposal has not changed
/// since (same id and last change), so only new or changed proposals are solved.
pub fn summaries(proposals: &[StoredProposal], known: &[ProposalSummary]) -> Vec<ProposalSummary> {
    proposals
        .iter()
        .map(|stored| {
            known
                .iter()
                .find(|s| s.id == stored.id && s.updated_ms == stored.updated_ms)
                .cloned()
                .unwrap_or_else(|| ProposalSummary::of(stored))
        })
        .collect()
}

/// A proposal as the list names it: customer, and deal when there is one.
pub fn label_of(stored: &StoredProposal) -> String {
    let proposal = &stored.proposal;
    let customer = if proposal.customer.is_empty() {
        "no customer"
    } else {
        proposal.customer.as_str()
    };
    if proposal.deal_name.is_empty() {
        customer.to_string()
    } else {
        format!("{customer} — {}", proposal.deal_name)
    }
}
