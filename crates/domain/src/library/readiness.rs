//! Whether the written offer may go out, and with which figures: the one readiness
//! rule ([`Hold`]) and the figures the offer uses ([`chosen_figures`]), asked by the
//! offer page, its history, Mark as sent and the proposal list alike.

use crate::library::field::{Drafts, FieldKey, Unreadable, unreadable_fields};
use crate::library::proposal::Proposal;
use crate::offer::CustomerOffer;
use crate::offer::details::OfferChoice;
use crate::options::written::OptionUnpriced;
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
    /// An option of the offer (or one of its optional items) cannot be priced.
    Option(OptionUnpriced),
}

/// The figures the written offer of `proposal` uses (the best offer or the chosen
/// scenario, read from its `board`), with the column they come from. An offer with
/// options uses the figures of the option it opens on (the recommended one, or the
/// first), priced as that option's own deal.
///
/// # Errors
/// [`NoFigures`]: the column's pricing error, or a chosen scenario that no longer
/// exists; with options, the first option that cannot be priced.
pub fn chosen_figures<'b>(
    proposal: &Proposal,
    board: &'b Board,
) -> Result<(OfferChoice, &'b Evaluation), NoFigures> {
    let choice = proposal.offer.choice;
    if proposal.has_options() {
        if let Some(unpriced) = first_unpriced(proposal, board) {
            return Err(NoFigures::Option(unpriced));
        }
        let default = proposal.default_option().map(|o| o.id);
        return board
            .options
            .iter()
            .find(|f| Some(f.id) == default)
            .and_then(|f| f.chosen.as_ref().ok())
            .map(|e| (choice, e))
            .ok_or(NoFigures::Pricing(PricingError::EmptyDeal));
    }
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

/// The first option of `proposal` that `board` cannot price (or one of its optional
/// items), with its error.
fn first_unpriced(proposal: &Proposal, board: &Board) -> Option<OptionUnpriced> {
    proposal
        .options
        .iter()
        .zip(&board.options)
        .find_map(|(option, figures)| {
            if let Err(error) = &figures.chosen {
                return Some(OptionUnpriced {
                    id: figures.id,
                    item: None,
                    error: error.clone(),
                });
            }
            option
                .optional
                .iter()
                .zip(&figures.optional)
                .find_map(|(line, price)| {
                    let error = price.as_ref().err()?;
                    Some(OptionUnpriced {
                        id: figures.id,
                        item: Some(*line),
                        error: error.clone(),
                    })
                })
        })
}

/// The written offer of `proposal` from its `board`: the chosen figures, and with
/// options, every option side by side. What the offer page shows, prints and links,
/// and what Mark as sent keeps.
///
/// # Errors
/// [`NoFigures`], as [`chosen_figures`].
pub fn written_offer(proposal: &Proposal, board: &Board) -> Result<CustomerOffer, NoFigures> {
    let (_, evaluation) = chosen_figures(proposal, board)?;
    if proposal.has_options() {
        crate::options::written::written_offer(proposal, &board.options).map_err(NoFigures::Option)
    } else {
        Ok(CustomerOffer::build(proposal, evaluation))
    }
}
