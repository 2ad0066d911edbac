//! Undoing a removal: what was removed (a line, a scenario column or a customer's
//! requirement), named the way the rep names it, with the proposal and its typed
//! text as they were before, so "Undo" puts back exactly what was on screen until
//! the next edit (`AppState::removed`).

use std::rc::Rc;

use best_offer_domain::library::Library;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::field::{Drafts, FieldKey};
use best_offer_domain::library::option_edit::OptionsEdit;
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::requirements::RequirementEdit;

/// What kind of thing was removed: where its undo offer shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemovedKind {
    /// A line of the deal (under the line table).
    Line,
    /// A scenario column (under the board).
    Scenario,
    /// One of the customer's requirements (under their list).
    Requirement,
    /// An option of the offer, or all of them (under the options).
    Options,
}

/// A removed line, scenario or requirement that can be brought back.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    /// What was removed, in words (e.g. `line 2 “Onboarding”`).
    pub what: String,
    /// What kind of thing it was.
    pub kind: RemovedKind,
    /// The proposal before the removal.
    pub proposal: Rc<Proposal>,
    /// The typed text before the removal.
    pub drafts: Rc<Drafts<FieldKey>>,
}

/// What `edit` removes from the open proposal of `library`, to undo it: a line, a
/// scenario, a requirement, an option or all of them, named.
pub(crate) fn removal(library: &Library, edit: &Edit) -> Option<Removed> {
    let proposal = &library.proposal;
    let (what, kind) = match edit {
        Edit::RemoveLine(id) => {
            proposal.deal.line(*id)?;
            (crate::messages::line_name(proposal, *id), RemovedKind::Line)
        }
        Edit::RemoveScenario(id) => {
            let scenario = proposal.scenarios.iter().find(|s| s.id == *id)?;
            let title = crate::messages::labels::scenario_title(
                scenario,
                proposal.deal.currency,
                proposal.number_format,
            );
            (format!("the column “{title}”"), RemovedKind::Scenario)
        }
        Edit::Requirement(RequirementEdit::Remove(id)) => (
            crate::messages::requirement_name(proposal, *id)?,
            RemovedKind::Requirement,
        ),
        Edit::Options(OptionsEdit::Remove(id)) => {
            let option = proposal.options.iter().find(|o| o.id == *id)?;
            (
                format!("the option “{}”", option.name.trim()),
                RemovedKind::Options,
            )
        }
        Edit::Options(OptionsEdit::End) if !proposal.options.is_empty() => {
            ("the options".to_string(), RemovedKind::Options)
        }
        _ => return None,
    };
    Some(Removed {
        what,
        kind,
        proposal: Rc::clone(proposal),
        drafts: Rc::clone(&library.drafts),
    })
}
