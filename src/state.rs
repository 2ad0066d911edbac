//! `AppState`, the typed `Action`s that change it, and its reducer.
//!
//! The reducer delegates every change of the proposal to the domain crate
//! (`Proposal::apply`) and recalculates the board with it; it never touches browser
//! storage (that is `storage.rs`'s job, from an effect). When an action changes
//! nothing, it returns the same `Rc`, so Yew skips the render.

use std::collections::BTreeSet;
use std::rc::Rc;

use best_offer_domain::board::{Board, recalculate};
use best_offer_domain::deal::LineId;
use best_offer_domain::edit::Edit;
use best_offer_domain::proposal::Proposal;
use yew::{AttrValue, Reducible, UseReducerDispatcher};

/// Everything the workspace shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The proposal being edited: the single source of truth.
    pub proposal: Rc<Proposal>,
    /// Every figure of the board, recalculated after each change.
    pub board: Rc<Board>,
    /// Fields whose typed text is not valid yet; while any is, the board shows the
    /// last valid figures marked as out of date.
    pub invalid_fields: Rc<BTreeSet<AttrValue>>,
    /// The line whose name field takes the cursor when it appears (a new line).
    pub focus_line: Option<LineId>,
}

/// A change to the app state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A change to the proposal, applied by the domain crate.
    Edit(Edit),
    /// A field's typed text became valid or invalid.
    FieldValidity {
        /// The field's DOM id.
        field: AttrValue,
        /// Whether its text parses.
        valid: bool,
    },
}

/// The dispatcher leaf components receive: stable across renders, so rows whose
/// data did not change are not re-rendered.
pub type Dispatch = UseReducerDispatcher<AppState>;

impl AppState {
    /// State for a proposal, with its board computed.
    pub fn new(proposal: Proposal) -> AppState {
        let board = recalculate(&proposal.deal, &proposal.scenarios);
        let focus_line = proposal.deal.lines.first().map(|line| line.id);
        AppState {
            proposal: Rc::new(proposal),
            board: Rc::new(board),
            invalid_fields: Rc::default(),
            focus_line,
        }
    }

    /// Whether the figures on screen lag behind what is typed.
    pub fn is_stale(&self) -> bool {
        !self.invalid_fields.is_empty()
    }
}

impl Default for AppState {
    /// A new proposal in US dollars, started today.
    fn default() -> Self {
        AppState::new(Proposal::new(
            best_offer_domain::Currency::USD,
            crate::browser::today(),
        ))
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(edit) => {
                let adds_line = matches!(edit, Edit::AddLine | Edit::DuplicateLine(_));
                let before: BTreeSet<LineId> =
                    self.proposal.deal.lines.iter().map(|l| l.id).collect();
                let mut proposal = (*self.proposal).clone();
                if !proposal.apply(edit) {
                    return self;
                }
                let focus_line = if adds_line {
                    proposal
                        .deal
                        .lines
                        .iter()
                        .map(|l| l.id)
                        .find(|id| !before.contains(id))
                } else {
                    self.focus_line
                };
                let board = recalculate(&proposal.deal, &proposal.scenarios);
                Rc::new(AppState {
                    proposal: Rc::new(proposal),
                    board: Rc::new(board),
                    invalid_fields: Rc::clone(&self.invalid_fields),
                    focus_line,
                })
            }
            Action::FieldValidity { field, valid } => {
                if self.invalid_fields.contains(&field) != valid {
                    return self;
                }
                let mut invalid = (*self.invalid_fields).clone();
                if valid {
                    invalid.remove(&field);
                } else {
                    invalid.insert(field);
                }
                Rc::new(AppState {
                    invalid_fields: Rc::new(invalid),
                    ..(*self).clone()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use best_offer_domain::edit::LineEdit;
    use rust_decimal::Decimal;

    #[test]
    fn an_edit_that_changes_nothing_keeps_the_same_state() {
        let state = Rc::new(AppState::default());
        let id = state.proposal.deal.lines[0].id;
        let same = Rc::clone(&state).reduce(Action::Edit(Edit::Line(
            id,
            LineEdit::Quantity(Decimal::ONE),
        )));
        assert!(Rc::ptr_eq(&state, &same));
        let changed = Rc::clone(&state).reduce(Action::Edit(Edit::Line(
            id,
            LineEdit::UnitListPrice(Decimal::TEN),
        )));
        assert!(!Rc::ptr_eq(&state, &changed));
        assert_eq!(
            changed
                .board
                .best
                .as_ref()
                .map(|b| b.evaluation.totals.list)
                .ok(),
            Some(Decimal::TEN)
        );
    }

    #[test]
    fn invalid_fields_mark_the_figures_stale() {
        let state = Rc::new(AppState::default());
        let field = AttrValue::from("line-1-price");
        let stale = state.reduce(Action::FieldValidity {
            field: field.clone(),
            valid: false,
        });
        assert!(stale.is_stale());
        let fresh = stale.reduce(Action::FieldValidity { field, valid: true });
        assert!(!fresh.is_stale());
    }

    #[test]
    fn a_new_line_takes_the_focus() {
        let state = Rc::new(AppState::default());
        let added = state.reduce(Action::Edit(Edit::AddLine));
        assert_eq!(added.focus_line, Some(added.proposal.deal.lines[1].id));
    }
}
