//! Whether the written offer may go out, and with which figures: the one readiness
//! rule ([`Hold`]) and the figures the offer uses ([`chosen_figures`]), asked by the
//! offer page, its history, Mark as sent and the proposal list alike.

use crate::library::field::{Drafts, FieldKey, Unreadable, unreadable_fields};
use crate::library::proposal::Proposal;
use crate::offer::details::OfferChoice;
use crate::pricing::Evaluation;
use crate::pricing::board::Board;
use crate::pricing::deal::LineId;
use crate::pricing::error::PricingError;

/// A line that cannot be priced as the rep meant it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpriced {
    /// A maintenance line with no licence to be a percentage of
    /// ([`crate::pricing::deal::Deal::maintenance_covering_nothing`]).
    MaintenanceCoversNothing(LineId),
}

/// What keeps the written offer from going out. The one readiness rule: the offer
/// page (print, copy, link), its history (mark as sent) and [`Library::mark_sent`](crate::library::Library::mark_sent)
/// all ask it, and nothing written leaves while it holds anything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hold {
    /// Fields whose typed text does not read, in page order.
    pub unreadable: Vec<Unreadable>,
    /// Lines that cannot be priced as meant.
    pub unpriced: Vec<Unpriced>,
}

impl Hold {
    /// What holds the written offer of `proposal` whose typed texts are `drafts`.
    pub fn of(proposal: &Proposal, drafts: &Drafts<FieldKey>) -> Hold {
        Hold {
            unreadable: unreadable_fields(proposal, drafts),
            unpriced: proposal
                .deal
                .maintenance_covering_nothing()
                .into_iter()
                .map(Unpriced::MaintenanceCoversNothing)
                .collect(),
        }
    }

    /// Whether nothing holds the offer: it may be printed, copied, linked and sent.
    pub fn is_clear(&self) -> bool {
        self.unreadable.is_empty() && self.unpriced.is_empty()
    }
}

/// Why the written offer has no figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoFigures {
    /// The chosen column cannot be priced (no floor set, a target out of reach…).
    Pricing(PricingError),
    /// The chosen scenario no longer exists.
    ScenarioGone,
}

/// The figures the written offer of `proposal` uses (the best offer or the chosen
/// scenario, read from its `board`), with the column they come from.
///
/// # Errors
/// [`NoFigures`]: the column's pricing error, or a chosen scenario that no longer
/// exists.
pub fn chosen_figures<'b>(
    proposal: &Proposal,
    board: &'b Board,
) -> Result<(OfferChoice, &'b Evaluation), NoFigures> {
    let choice = proposal.offer.choice;
    let evaluation = match choice {
        OfferChoice::BestOffer => board.best.as_ref().map(|b| &b.evaluation),
        OfferChoice::Scenario(id) => proposal
            .scenarios
            .iter()
            .zip(&board.scenarios)
            .find(|(s, _)| s.id == id)
            .ok_or(NoFigures::ScenarioGone)?
            .1
            .outcome
            .as_ref(),
    };
    evaluation
        .map(|e| (choice, e))
        .map_err(|error| NoFigures::Pricing(error.clone()))
}
