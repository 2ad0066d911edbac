//! `AppState`, the typed `Action`s that change it, and its reducer.
//!
//! The reducer delegates every change of a proposal to the domain crate
//! (`Proposal::apply`) and recalculates the board with it. It never touches browser
//! storage: autosave runs from an effect (see `context.rs`) that saves whatever state
//! the reducer produced. When an action changes nothing, the reducer returns the
//! same `Rc`, so Yew skips the render.

use std::collections::BTreeMap;
use std::rc::Rc;

use best_offer_domain::Currency;
use best_offer_domain::board::{Board, recalculate};
use best_offer_domain::edit::Edit;
use best_offer_domain::field::{
    Unreadable, focus_after, line_name, prune_drafts, unreadable_fields,
};
use best_offer_domain::file::{ProposalFile, SentRevision, Status, StoredProposal};
use best_offer_domain::library::{label_of, merge_import, offer_numbers, unique_offer_number};
use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::offer_details::OfferChoice;
use best_offer_domain::pricing::Evaluation;
use best_offer_domain::proposal::Proposal;
use yew::{AttrValue, Reducible, UseReducerDispatcher};

use crate::browser;
use crate::storage::{Loaded, SaveError};

/// A banner about storage or files, shown until dismissed or resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Data found at start could not be read and was kept aside under `key`.
    KeptAside {
        /// Storage key of the kept bytes.
        key: String,
        /// Why it could not be read.
        reason: String,
    },
    /// Data found at start could not be read nor kept aside; autosave is off.
    Unreadable(String),
    /// Saving failed (storage disabled or full).
    SaveFailed(String),
    /// A file was imported.
    Imported(String),
    /// A proposal was copied (the copy has its own offer number).
    Copied(String),
    /// A file was refused.
    ImportFailed(String),
    /// A new version of the app was installed.
    Updated,
}

/// The open proposal's identity and history (its content is `AppState::proposal`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Stable id.
    pub id: String,
    /// Created, ms since 1970.
    pub created_ms: i64,
    /// Last changed, ms since 1970.
    pub updated_ms: i64,
    /// Where it stands.
    pub status: Status,
    /// Offers sent.
    pub sent: Vec<SentRevision>,
}

/// Everything the app shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The open proposal: the single source of truth for the workspace.
    pub proposal: Rc<Proposal>,
    /// Every figure of its board, recalculated after each change.
    pub board: Rc<Board>,
    /// Half-typed text of fields that do not parse yet, by field id. While any is
    /// there, the board shows the last valid figures marked out of date.
    pub drafts: Rc<BTreeMap<String, String>>,
    /// The open proposal's identity and history.
    pub record: Rc<Record>,
    /// Every other kept proposal.
    pub others: Rc<Vec<StoredProposal>>,
    /// The last deleted proposal, for undo.
    pub deleted: Option<Rc<StoredProposal>>,
    /// The field that takes the cursor after the next render (the first field of
    /// an item just added, or a field to fix), with a request number, so the same
    /// field can be asked again; request 0 (a proposal just opened) does not scroll.
    pub focus: Option<(u64, String)>,
    /// The last removed line or scenario, for undo: what it was called, and the
    /// proposal and typed text as they were before.
    pub removed: Option<Rc<Removed>>,
    /// A banner about storage or files.
    pub notice: Option<Notice>,
    /// Whether autosave may write (off when unreadable data could not be kept aside).
    pub autosave: bool,
    /// Bumped by every change worth saving.
    pub generation: u64,
    /// Bumped whenever another proposal is opened, so fields start afresh.
    pub opened: u64,
}

/// A removed line or scenario that can be brought back.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    /// What was removed, in words (e.g. `line 2 “Onboarding”`).
    pub what: String,
    /// Whether it was a line (otherwise a scenario column).
    pub is_line: bool,
    /// The proposal before the removal.
    pub proposal: Rc<Proposal>,
    /// The typed text before the removal.
    pub drafts: Rc<BTreeMap<String, String>>,
}

/// A change to the app state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A change to the open proposal, applied by the domain crate.
    Edit(Edit),
    /// A field's typed text: `Some` while it does not parse, `None` once it does.
    FieldDraft {
        /// The field's DOM id.
        field: AttrValue,
        /// The text, while invalid.
        text: Option<String>,
    },
    /// Start a new proposal.
    New,
    /// Open a kept proposal.
    Open(String),
    /// Copy a proposal (opens the copy).
    Duplicate(String),
    /// Delete a proposal (undo brings it back).
    Delete(String),
    /// Bring back the last deleted proposal.
    UndoDelete,
    /// Bring back the last removed line or scenario.
    UndoRemove,
    /// Put the cursor in the field with this DOM id after the next render.
    Focus(String),
    /// Rename a proposal's deal.
    Rename(String, String),
    /// Mark the open proposal's offer as sent: its snapshot is kept.
    MarkSent,
    /// Set the open proposal's status (won or lost).
    SetStatus(Status),
    /// Add proposals from a file; `keep_both` gives new ids to those whose id exists.
    Import {
        /// The file, already validated.
        file: Rc<ProposalFile>,
        /// Keep both copies when ids clash (otherwise replace).
        keep_both: bool,
    },
    /// An import was refused.
    ImportRefused(String),
    /// What the last save did.
    Saved(Result<(), SaveError>),
    /// Hide the banner.
    DismissNotice,
    /// A new version of the app was installed in the background.
    AppUpdated,
}

/// The dispatcher leaf components receive: stable across renders, so rows whose
/// data did not change are not re-rendered.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// A new, empty proposal to keep, in `currency` and `format`, started now.
/// Orders kept proposals newest first (the list and "open the most recent" agree;
/// one sort in the bundle).
pub fn newest_first(proposals: &mut [StoredProposal]) {
    proposals.sort_by_key(|p| std::cmp::Reverse(p.updated_ms));
}

fn blank_stored(
    currency: Currency,
    format: best_offer_domain::NumberFormat,
    now: i64,
) -> StoredProposal {
    let mut proposal = Proposal::new(currency, browser::today());
    proposal.number_format = format;
    StoredProposal {
        id: browser::new_id(),
        created_ms: now,
        updated_ms: now,
        status: Status::Draft,
        proposal,
        sent: Vec::new(),
        drafts: BTreeMap::new(),
    }
}

fn fresh_record(now: i64) -> Record {
    Record {
        id: browser::new_id(),
        created_ms: now,
        updated_ms: now,
        status: Status::Draft,
        sent: Vec::new(),
    }
}

impl AppState {
    /// State for one proposal, with its board computed (nothing else kept).
    pub fn new(proposal: Proposal) -> AppState {
        let now = browser::now_ms();
        AppState::opening(
            proposal,
            fresh_record(now),
            BTreeMap::new(),
            Vec::new(),
            None,
            true,
        )
    }

    fn opening(
        proposal: Proposal,
        record: Record,
        drafts: BTreeMap<String, String>,
        others: Vec<StoredProposal>,
        notice: Option<Notice>,
        autosave: bool,
    ) -> AppState {
        let board = recalculate(&proposal.deal, &proposal.scenarios);
        // A proposal opens with the cursor in its first line's name (generation 0:
        // without scrolling, so the page title stays in view).
        let focus = proposal
            .deal
            .lines
            .first()
            .map(|line| (0, format!("line-{}-name", line.id.0)));
        // Text kept for a field the proposal no longer has would block its offer
        // with nothing on screen to fix.
        let drafts = Rc::new(prune_drafts(&proposal, &drafts).unwrap_or(drafts));
        AppState {
            proposal: Rc::new(proposal),
            board: Rc::new(board),
            drafts,
            record: Rc::new(record),
            others: Rc::new(others),
            deleted: None,
            focus,
            removed: None,
            notice,
            autosave,
            generation: 0,
            opened: 0,
        }
    }

    /// State from what storage held at start.
    pub fn from_loaded(loaded: Loaded) -> AppState {
        let blank = || Proposal::new(Currency::USD, browser::today());
        match loaded {
            Loaded::Empty => AppState::new(blank()),
            Loaded::Restored(file) => {
                let mut proposals = file.proposals;
                let index = file
                    .current
                    .as_ref()
                    .and_then(|id| proposals.iter().position(|p| &p.id == id))
                    .or_else(|| {
                        (0..proposals.len()).max_by_key(|i| proposals.get(*i).map(|p| p.updated_ms))
                    });
                match index {
                    Some(index) => {
                        let stored = proposals.remove(index);
                        let (proposal, record, drafts) = split(stored);
                        AppState::opening(proposal, record, drafts, proposals, None, true)
                    }
                    None => AppState::new(blank()),
                }
            }
            Loaded::KeptAside { key, reason } => {
                let mut state = AppState::new(blank());
                state.notice = Some(Notice::KeptAside { key, reason });
                state
            }
            Loaded::Unreadable { reason } => {
                let mut state = AppState::new(blank());
                state.notice = Some(Notice::Unreadable(reason));
                state.autosave = false;
                state
            }
            Loaded::Unavailable(message) => {
                let mut state = AppState::new(blank());
                state.notice = Some(Notice::SaveFailed(message));
                state
            }
        }
    }

    /// Whether the figures on screen lag behind what is typed.
    pub fn is_stale(&self) -> bool {
        !self.drafts.is_empty()
    }

    /// Every field whose text does not read, named in the rep's words. While any is
    /// there, the written offer cannot be printed, copied or sent.
    pub fn unreadable(&self) -> Vec<Unreadable> {
        unreadable_fields(&self.proposal, &self.drafts)
    }

    /// The open proposal as kept.
    pub fn current_stored(&self) -> StoredProposal {
        StoredProposal {
            id: self.record.id.clone(),
            created_ms: self.record.created_ms,
            updated_ms: self.record.updated_ms,
            status: self.record.status,
            proposal: (*self.proposal).clone(),
            sent: self.record.sent.clone(),
            drafts: (*self.drafts).clone(),
        }
    }

    /// Every kept proposal, the open one first.
    pub fn all_stored(&self) -> Vec<StoredProposal> {
        std::iter::once(self.current_stored())
            .chain(self.others.iter().cloned())
            .collect()
    }

    /// What storage and export write.
    pub fn to_file(&self) -> ProposalFile {
        ProposalFile::new(self.all_stored(), Some(self.record.id.clone()))
    }

    /// The figures the written offer uses, with their column's name, or why there
    /// are none.
    pub fn chosen(&self) -> Result<(String, &Evaluation), String> {
        match self.proposal.offer.choice {
            OfferChoice::BestOffer => self
                .board
                .best
                .as_ref()
                .map(|b| ("Best offer".to_string(), &b.evaluation))
                .map_err(ToString::to_string),
            OfferChoice::Scenario(id) => self
                .proposal
                .scenarios
                .iter()
                .zip(&self.board.scenarios)
                .find(|(s, _)| s.id == id)
                .map_or_else(
                    || Err("The chosen scenario no longer exists.".to_string()),
                    |(s, r)| {
                        r.outcome
                            .as_ref()
                            .map(|e| {
                                let title = s.title(
                                    self.proposal.deal.currency,
                                    self.proposal.number_format,
                                );
                                (title, e)
                            })
                            .map_err(ToString::to_string)
                    },
                ),
        }
    }

    /// The evaluation the written offer uses.
    pub fn chosen_evaluation(&self) -> Option<&Evaluation> {
        self.chosen().ok().map(|(_, evaluation)| evaluation)
    }

    /// The next focus request for `field` (numbered after the last one).
    fn focus_request(&self, field: String) -> (u64, String) {
        let last = self.focus.as_ref().map_or(0, |(n, _)| *n);
        (last.wrapping_add(1), field)
    }

    /// What `edit` removes, to undo it: a line or a scenario, named.
    fn removal(&self, edit: &Edit) -> Option<Removed> {
        let proposal = &self.proposal;
        let what = match edit {
            Edit::RemoveLine(id) => {
                proposal.deal.line(*id)?;
                line_name(proposal, *id)
            }
            Edit::RemoveScenario(id) => {
                let scenario = proposal.scenarios.iter().find(|s| s.id == *id)?;
                let title = scenario.title(proposal.deal.currency, proposal.number_format);
                format!("the column “{title}”")
            }
            _ => return None,
        };
        Some(Removed {
            what,
            is_line: matches!(edit, Edit::RemoveLine(_)),
            proposal: Rc::clone(&self.proposal),
            drafts: Rc::clone(&self.drafts),
        })
    }

    /// A changed copy: bumps the save generation.
    fn changed(&self, update: impl FnOnce(&mut AppState)) -> Rc<AppState> {
        let mut next = self.clone();
        update(&mut next);
        next.generation = next.generation.wrapping_add(1);
        Rc::new(next)
    }

    /// Opens `stored`, putting the open proposal back among the others.
    fn switch_to(&self, stored: StoredProposal, mut others: Vec<StoredProposal>) -> Rc<AppState> {
        let (proposal, record, drafts) = split(stored);
        others.retain(|p| p.id != record.id);
        let mut next = AppState::opening(
            proposal,
            record,
            drafts,
            others,
            self.notice.clone(),
            self.autosave,
        );
        next.deleted = self.deleted.clone();
        next.generation = self.generation.wrapping_add(1);
        next.opened = self.opened.wrapping_add(1);
        Rc::new(next)
    }
}

fn split(stored: StoredProposal) -> (Proposal, Record, BTreeMap<String, String>) {
    let record = Record {
        id: stored.id,
        created_ms: stored.created_ms,
        updated_ms: stored.updated_ms,
        status: stored.status,
        sent: stored.sent,
    };
    (stored.proposal, record, stored.drafts)
}

impl Default for AppState {
    /// A new proposal in US dollars, started today.
    fn default() -> Self {
        AppState::new(Proposal::new(Currency::USD, browser::today()))
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let now = browser::now_ms();
        match action {
            Action::Edit(edit) => {
                let mut proposal = (*self.proposal).clone();
                if !proposal.apply(edit.clone()) {
                    return self;
                }
                let mut record = (*self.record).clone();
                record.updated_ms = now;
                // An edit after the offer went out starts the next revision.
                if record.status == Status::Sent {
                    let last = record.sent.iter().map(|s| s.revision).max().unwrap_or(0);
                    proposal.offer.revision = last.saturating_add(1);
                    record.status = Status::Draft;
                }
                let focus = focus_after(&edit, &self.proposal, &proposal)
                    .map(|field| self.focus_request(field));
                // A removed line or scenario can be brought back until the next edit.
                let removed = self.removal(&edit).map(Rc::new);
                let board = recalculate(&proposal.deal, &proposal.scenarios);
                let drafts = prune_drafts(&proposal, &self.drafts);
                self.changed(|next| {
                    next.proposal = Rc::new(proposal);
                    next.board = Rc::new(board);
                    next.record = Rc::new(record);
                    if focus.is_some() {
                        next.focus = focus;
                    }
                    next.removed = removed;
                    if let Some(drafts) = drafts {
                        next.drafts = Rc::new(drafts);
                    }
                })
            }
            Action::Focus(field) => {
                let mut next = (*self).clone();
                next.focus = Some(self.focus_request(field));
                Rc::new(next)
            }
            Action::UndoRemove => {
                let Some(removed) = self.removed.clone() else {
                    return self;
                };
                let proposal = Rc::clone(&removed.proposal);
                let board = recalculate(&proposal.deal, &proposal.scenarios);
                let mut record = (*self.record).clone();
                record.updated_ms = now;
                self.changed(|next| {
                    next.proposal = proposal;
                    next.board = Rc::new(board);
                    next.record = Rc::new(record);
                    next.drafts = Rc::clone(&removed.drafts);
                    next.removed = None;
                })
            }
            Action::FieldDraft { field, text } => {
                if self.drafts.get(field.as_str()) == text.as_ref() {
                    return self;
                }
                let mut drafts = (*self.drafts).clone();
                match text {
                    Some(text) => drafts.insert(field.to_string(), text),
                    None => drafts.remove(field.as_str()),
                };
                self.changed(|next| next.drafts = Rc::new(drafts))
            }
            Action::New => {
                let others = self.all_stored();
                let deal = &self.proposal.deal;
                let mut stored = blank_stored(deal.currency, self.proposal.number_format, now);
                let offer = &mut stored.proposal.offer;
                offer.number = unique_offer_number(offer.issue_date, &offer_numbers(&others));
                self.switch_to(stored, others)
            }
            Action::Open(id) => {
                if id == self.record.id {
                    return self;
                }
                let mut others = self.all_stored();
                let Some(index) = others.iter().position(|p| p.id == id) else {
                    return self;
                };
                let stored = others.remove(index);
                self.switch_to(stored, others)
            }
            Action::Duplicate(id) => {
                let others = self.all_stored();
                let Some(original) = others.iter().find(|p| p.id == id) else {
                    return self;
                };
                let mut copy = original.clone();
                copy.id = browser::new_id();
                copy.created_ms = now;
                copy.updated_ms = now;
                copy.status = Status::Draft;
                copy.sent.clear();
                copy.proposal.offer.revision = 1;
                copy.proposal.offer.number =
                    unique_offer_number(browser::today(), &offer_numbers(&others));
                copy.proposal.deal_name = format!("{} (copy)", copy.proposal.deal_name)
                    .trim()
                    .to_string();
                let message = format!(
                    "Copied “{}”. The copy is a new offer: number {}, revision 1.",
                    label_of(original),
                    copy.proposal.offer.number
                );
                let state = self.switch_to(copy, others);
                let mut state = (*state).clone();
                state.notice = Some(Notice::Copied(message));
                Rc::new(state)
            }
            Action::Delete(id) => {
                if id == self.record.id {
                    // Deleting the open proposal opens the most recent other one.
                    let deleted = Rc::new(self.current_stored());
                    let mut others = (*self.others).clone();
                    newest_first(&mut others);
                    let next = if others.is_empty() {
                        blank_stored(
                            self.proposal.deal.currency,
                            self.proposal.number_format,
                            now,
                        )
                    } else {
                        others.remove(0)
                    };
                    let state = self.switch_to(next, others);
                    let mut state = (*state).clone();
                    state.deleted = Some(deleted);
                    return Rc::new(state);
                }
                let Some(index) = self.others.iter().position(|p| p.id == id) else {
                    return self;
                };
                let mut others = (*self.others).clone();
                let deleted = others.remove(index);
                self.changed(|next| {
                    next.others = Rc::new(others);
                    next.deleted = Some(Rc::new(deleted));
                })
            }
            Action::UndoDelete => {
                let Some(deleted) = self.deleted.clone() else {
                    return self;
                };
                let mut others = (*self.others).clone();
                others.push((*deleted).clone());
                self.changed(|next| {
                    next.others = Rc::new(others);
                    next.deleted = None;
                })
            }
            Action::Rename(id, name) => {
                if id == self.record.id {
                    return self.reduce(Action::Edit(Edit::DealName(name)));
                }
                let mut others = (*self.others).clone();
                let Some(stored) = others.iter_mut().find(|p| p.id == id) else {
                    return self;
                };
                if stored.proposal.deal_name == name {
                    return self;
                }
                stored.proposal.deal_name = name;
                stored.updated_ms = now;
                self.changed(|next| next.others = Rc::new(others))
            }
            Action::MarkSent => {
                // Never record as sent an offer computed from text that does not read.
                if self.is_stale() {
                    return self;
                }
                let Some(evaluation) = self.chosen_evaluation() else {
                    return self;
                };
                let offer = CustomerOffer::build(&self.proposal, evaluation);
                let mut record = (*self.record).clone();
                record.sent.push(SentRevision {
                    revision: self.proposal.offer.revision,
                    sent_ms: now,
                    offer,
                });
                record.status = Status::Sent;
                record.updated_ms = now;
                self.changed(|next| next.record = Rc::new(record))
            }
            Action::SetStatus(status) => {
                if self.record.status == status {
                    return self;
                }
                let mut record = (*self.record).clone();
                record.status = status;
                record.updated_ms = now;
                self.changed(|next| next.record = Rc::new(record))
            }
            Action::Import { file, keep_both } => {
                let mut all = self.all_stored();
                let report = merge_import(
                    &mut all,
                    file.proposals.clone(),
                    keep_both,
                    &mut browser::new_id,
                );
                let current = self.record.id.clone();
                let Some(index) = all.iter().position(|p| p.id == current) else {
                    return self;
                };
                let stored = all.remove(index);
                let state = self.switch_to(stored, all);
                let mut state = (*state).clone();
                state.notice = Some(Notice::Imported(report.message()));
                Rc::new(state)
            }
            Action::ImportRefused(message) => {
                let mut next = (*self).clone();
                next.notice = Some(Notice::ImportFailed(message));
                Rc::new(next)
            }
            Action::Saved(result) => {
                let notice = match (&result, &self.notice) {
                    (Err(error), _) => Some(Notice::SaveFailed(error.message())),
                    (Ok(()), Some(Notice::SaveFailed(_))) => None,
                    (Ok(()), other) => other.clone(),
                };
                if notice == self.notice {
                    return self;
                }
                let mut next = (*self).clone();
                next.notice = notice;
                Rc::new(next)
            }
            Action::AppUpdated => {
                let mut next = (*self).clone();
                next.notice = Some(Notice::Updated);
                Rc::new(next)
            }
            Action::DismissNotice => {
                if self.notice.is_none() {
                    return self;
                }
                let mut next = (*self).clone();
                next.notice = None;
                Rc::new(next)
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
        assert_eq!(changed.generation, state.generation + 1);
        assert_eq!(
            changed.board.scenarios[0]
                .outcome
                .as_ref()
                .map(|e| e.totals.list)
                .ok(),
            Some(Decimal::TEN)
        );
        // A price with no floor set yet: no best offer, but a reason.
        assert_eq!(
            changed.board.best.as_ref().err(),
            Some(&best_offer_domain::PricingError::FloorNotSet)
        );
    }

    #[test]
    fn drafts_mark_the_figures_stale_and_are_kept() {
        let state = Rc::new(AppState::default());
        let field = AttrValue::from("line-1-price");
        let stale = state.reduce(Action::FieldDraft {
            field: field.clone(),
            text: Some("12.345".into()),
        });
        assert!(stale.is_stale());
        assert_eq!(
            stale.to_file().proposals[0].drafts["line-1-price"],
            "12.345"
        );
        let fresh = stale.reduce(Action::FieldDraft { field, text: None });
        assert!(!fresh.is_stale());
    }

    #[test]
    fn unreadable_text_blocks_sending_until_fixed_and_goes_with_its_line() {
        let state = Rc::new(AppState::default());
        let first = state.proposal.deal.lines[0].id;
        let two = state.reduce(Action::Edit(Edit::AddLine));
        let second = two.proposal.deal.lines[1].id;
        let priced = two.reduce(Action::Edit(Edit::Line(
            second,
            LineEdit::UnitListPrice(Decimal::new(4800, 0)),
        )));
        let list_price = priced.proposal.scenarios[0].id;
        let chosen = priced.reduce(Action::Edit(Edit::Offer(
            best_offer_domain::edit::OfferEdit::Choice(OfferChoice::Scenario(list_price)),
        )));
        let field = AttrValue::from(format!("line-{}-cost", second.0));
        let typed = chosen.reduce(Action::FieldDraft {
            field,
            text: Some("2.880,00".into()),
        });
        let unreadable = typed.unreadable();
        assert_eq!(unreadable.len(), 1);
        assert!(
            unreadable[0]
                .sentence()
                .contains("line 2, unit cost: “2.880,00”")
        );
        // Marking as sent is refused while the text does not read.
        let refused = Rc::clone(&typed).reduce(Action::MarkSent);
        assert!(Rc::ptr_eq(&typed, &refused));
        // Editing another line keeps the draft; removing its line drops it.
        let edited = typed.reduce(Action::Edit(Edit::Line(
            first,
            LineEdit::UnitListPrice(Decimal::TEN),
        )));
        assert!(edited.is_stale());
        let removed = edited.reduce(Action::Edit(Edit::RemoveLine(second)));
        assert!(!removed.is_stale());
        let sent = removed.reduce(Action::MarkSent);
        assert_eq!(sent.record.status, Status::Sent);
    }

    #[test]
    fn new_and_copied_proposals_never_share_an_offer_number() {
        let state = Rc::new(AppState::default());
        let first_id = state.record.id.clone();
        let second = state.reduce(Action::New);
        let third = second.reduce(Action::Duplicate(first_id));
        let all = third.all_stored();
        let mut numbers: Vec<&str> = all
            .iter()
            .map(|p| p.proposal.offer.number.as_str())
            .collect();
        assert_eq!(numbers.len(), 3);
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), 3, "{numbers:?}");
    }

    #[test]
    fn a_new_line_takes_the_focus() {
        let state = Rc::new(AppState::default());
        let added = state.reduce(Action::Edit(Edit::AddLine));
        let id = added.proposal.deal.lines[1].id;
        assert_eq!(
            added.focus.as_ref().map(|(_, f)| f.clone()),
            Some(format!("line-{}-name", id.0))
        );
        let scenario = added.reduce(Action::Edit(Edit::AddScenario));
        assert_eq!(
            scenario.focus.as_ref().map(|(_, f)| f.as_str()),
            Some("scenario-4-name")
        );
        // "Fix this field" asks for the same field again: a new request each time.
        let fix = scenario.reduce(Action::Focus("line-1-cost".into()));
        let again = Rc::clone(&fix).reduce(Action::Focus("line-1-cost".into()));
        assert_ne!(fix.focus, again.focus);
        assert_eq!(again.generation, fix.generation, "focusing saves nothing");
    }

    #[test]
    fn a_removed_line_comes_back_with_its_typed_text() {
        let state = Rc::new(AppState::default());
        let two = state.reduce(Action::Edit(Edit::AddLine));
        let second = two.proposal.deal.lines[1].id;
        let named = two.reduce(Action::Edit(Edit::Line(
            second,
            LineEdit::Name("Onboarding".into()),
        )));
        let typed = named.reduce(Action::FieldDraft {
            field: AttrValue::from(format!("line-{}-price", second.0)),
            text: Some("4 8OO".into()),
        });
        let removed = typed.reduce(Action::Edit(Edit::RemoveLine(second)));
        assert_eq!(removed.proposal.deal.lines.len(), 1);
        assert!(!removed.is_stale());
        assert_eq!(
            removed.removed.as_ref().map(|r| r.what.as_str()),
            Some("line 2 “Onboarding”")
        );
        let back = Rc::clone(&removed).reduce(Action::UndoRemove);
        assert_eq!(back.proposal.deal.lines.len(), 2);
        assert_eq!(back.proposal.deal.lines[1].name, "Onboarding");
        assert!(back.is_stale(), "the half-typed price is back too");
        assert!(back.removed.is_none());
        // Any other edit ends the chance to undo.
        let later = removed.reduce(Action::Edit(Edit::Customer("Northwind".into())));
        assert!(later.removed.is_none());
    }

    #[test]
    fn several_proposals_open_duplicate_delete_undo() {
        let first = Rc::new(AppState::default());
        let first_id = first.record.id.clone();
        let named = first.reduce(Action::Edit(Edit::Customer("Northwind".into())));
        let second = named.reduce(Action::New);
        assert_eq!(second.others.len(), 1);
        assert_ne!(second.record.id, first_id);
        let back = second.reduce(Action::Open(first_id.clone()));
        assert_eq!(back.proposal.customer, "Northwind");
        let copy = back.reduce(Action::Duplicate(first_id.clone()));
        assert_eq!(copy.others.len(), 2);
        assert_eq!(copy.proposal.customer, "Northwind");
        let deleted = copy.reduce(Action::Delete(first_id.clone()));
        assert_eq!(deleted.all_stored().len(), 2);
        let undone = deleted.reduce(Action::UndoDelete);
        assert_eq!(undone.all_stored().len(), 3);
    }

    #[test]
    fn sending_keeps_a_snapshot_and_the_next_edit_starts_revision_2() {
        let state = Rc::new(AppState::default());
        let id = state.proposal.deal.lines[0].id;
        let priced = state.reduce(Action::Edit(Edit::Line(
            id,
            LineEdit::UnitListPrice(Decimal::new(1000, 0)),
        )));
        // Offer the list price (with no cost entered, the best offer would be free).
        let list_price = priced.proposal.scenarios[0].id;
        let chosen = priced.reduce(Action::Edit(Edit::Offer(
            best_offer_domain::edit::OfferEdit::Choice(OfferChoice::Scenario(list_price)),
        )));
        let sent = chosen.reduce(Action::MarkSent);
        assert_eq!(sent.record.status, Status::Sent);
        assert_eq!(sent.record.sent[0].revision, 1);
        let edited = sent.reduce(Action::Edit(Edit::Line(
            id,
            LineEdit::UnitListPrice(Decimal::new(900, 0)),
        )));
        assert_eq!(edited.proposal.offer.revision, 2);
        assert_eq!(edited.record.status, Status::Draft);
        assert_eq!(
            edited.record.sent[0].offer.term_total,
            Decimal::new(100_000, 2)
        );
    }
}
