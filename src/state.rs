//! `AppState`, the typed `Action`s that change it, and its reducer.
//!
//! The reducer is a thin dispatcher: every rule over the kept proposals (edits and
//! the revision they start, new, open, duplicate, delete, undo, rename, sent, status,
//! import) is a method of the domain crate's [`Library`], and every change of a
//! proposal is `Proposal::apply`. The reducer adds what only the screen needs (the
//! board to show, where the cursor goes, undo of a removed line, banners). It is pure:
//! the time and new ids come in through [`Env`] ([`AppState::apply`]); only
//! `Reducible::reduce` reads the browser's clock. It never touches browser storage:
//! autosave runs from an effect (see `context.rs`) that saves whatever state the
//! reducer produced. When an action changes nothing, the reducer returns the same
//! `Rc`, so Yew skips the render.

use std::rc::Rc;

use best_offer_domain::Currency;
use best_offer_domain::date::Date;
use best_offer_domain::desk::Desk;
use best_offer_domain::desk::catalogue::{self, CatalogueEdit, CatalogueItem, ItemId};
use best_offer_domain::library::desk_rules::CatalogueSave;
use best_offer_domain::library::draft::{AfterQuantity, FocusTarget, after_quantity, focus_after};
use best_offer_domain::library::edit::{Edit, OfferEdit};
use best_offer_domain::library::field::{Drafts, FieldKey, Unreadable, unreadable_fields};
use best_offer_domain::library::file::{ProposalFile, StoredProposal, is_valid_id};
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::library::{
    Hold, Library, Moment, ProposalSummary, blank_stored, chosen_figures, summaries,
};
use best_offer_domain::pricing::Evaluation;
use best_offer_domain::pricing::board::Board;
use yew::{Reducible, UseReducerDispatcher};

pub use crate::action::Action;
pub use crate::notice::Notice;
use crate::platform;
use crate::storage::{Loaded, WARN_AT_PERCENT};
use crate::undo::removal;
pub use crate::undo::{Removed, RemovedKind};

/// Everything the app shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// Every kept proposal, the open one split out: the single source of truth.
    pub library: Library,
    /// Every figure of the open proposal's board, recalculated after each change.
    pub board: Rc<Board>,
    /// The other proposals' best offers for the list, solved only when one of them
    /// changes (never on a keystroke in the workspace).
    pub summaries: Rc<Vec<ProposalSummary>>,
    /// The field that takes the cursor after the next render (the first field of
    /// an item just added, or a field to fix), with a request number, so the same
    /// field can be asked again; request 0 (a proposal just opened) does not scroll.
    pub focus: Option<(u64, FocusTarget)>,
    /// The last removed line or scenario, for undo: what it was called, and the
    /// proposal and typed text as they were before.
    pub removed: Option<Rc<Removed>>,
    /// A banner about storage or files.
    pub notice: Option<Notice>,
    /// A file read for import whose proposals clash with kept ones, waiting for the
    /// rep's choice (replace them, or keep both).
    pub pending_import: Option<Rc<ProposalFile>>,
    /// The last catalogue item deleted, and where it stood, for undo.
    pub removed_item: Option<Rc<(usize, CatalogueItem)>>,
    /// Whether autosave may write (off when unreadable data could not be kept aside).
    pub autosave: bool,
    /// How full storage was (per cent) when the rep was last warned; 0 when not.
    pub warned_at: usize,
    /// Bumped by every change worth saving.
    pub generation: u64,
    /// Bumped whenever another proposal is opened (or the open one starts from a
    /// past proposal), so fields start afresh.
    pub opened: u64,
    /// The rep's calendar day as of the start or the last action: what the offer
    /// page measures expiry against (the page reads no clock; every action brings
    /// its moment, see [`AppState::apply`]).
    pub today: Date,
}

/// The dispatcher leaf components receive: stable across renders, so rows whose
/// data did not change are not re-rendered.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// What a change needs from outside the state: the moment it is made and where new
/// ids come from. The browser's in the app; fixed ones in tests.
pub struct Env<'a> {
    /// The time and the rep's calendar day.
    pub moment: Moment,
    /// A new, unique proposal id each call.
    pub new_id: &'a mut dyn FnMut() -> String,
}

impl AppState {
    /// State for one new proposal, started at `moment`.
    pub fn new(proposal: Proposal, moment: Moment, id: String) -> AppState {
        let mut stored = blank_stored(proposal.deal.currency, proposal.number_format, moment, id);
        stored.proposal = proposal;
        AppState::showing(Library::new(stored), None, true, moment.today)
    }

    /// A state that is never shown: what a component's unused fallback reducer
    /// holds when the app's provider is there (see `context::use_app`). Nothing is
    /// computed for it.
    pub fn placeholder() -> AppState {
        let moment = Moment {
            now_ms: 0,
            today: best_offer_domain::date::Date::from_unix_days(0),
        };
        let stored = blank_stored(Currency::USD, Default::default(), moment, String::new());
        AppState {
            library: Library::new(stored),
            board: Rc::new(Board {
                best: Err(best_offer_domain::PricingError::ZeroListPrice),
                at_list: Err(best_offer_domain::PricingError::ZeroListPrice),
                scenarios: Vec::new(),
                curve: Vec::new(),
                options: Vec::new(),
            }),
            summaries: Rc::new(Vec::new()),
            focus: None,
            removed: None,
            removed_item: None,
            pending_import: None,
            notice: None,
            autosave: false,
            warned_at: 0,
            generation: 0,
            opened: 0,
            today: moment.today,
        }
    }

    /// A first proposal from a default profile (US dollars), started at `moment`.
    pub fn blank(moment: Moment, id: String) -> AppState {
        AppState::showing(
            Library::start(Desk::default(), moment, id),
            None,
            true,
            moment.today,
        )
    }

    /// The screen state of `library`: its board and summaries computed, the cursor in
    /// the first line's name ([`opening_focus`]).
    fn showing(library: Library, notice: Option<Notice>, autosave: bool, today: Date) -> AppState {
        let board = library.board();
        let focus = opening_focus(&library.proposal);
        let summaries = summaries(&library.others, &[]);
        AppState {
            library,
            board: Rc::new(board),
            summaries: Rc::new(summaries),
            focus,
            removed: None,
            removed_item: None,
            pending_import: None,
            notice,
            autosave,
            warned_at: 0,
            generation: 0,
            opened: 0,
            today,
        }
    }

    /// State from what storage held at start, with proposal `wanted` open when it is
    /// kept (the address of a reload names it: it is opened before anything is
    /// computed, so the start solves one board, not two). `first_visit` is the id
    /// of the proposal this tab started before anything was saved, if it did.
    pub fn from_loaded(
        loaded: Loaded,
        moment: Moment,
        id: String,
        wanted: Option<&str>,
        first_visit: Option<&str>,
    ) -> AppState {
        match loaded {
            // Nothing kept yet: an address naming this tab's first-visit proposal
            // (never saved, since nothing was typed) starts it again under that id,
            // so the address survives a reload. Any other id is another browser's:
            // a new proposal starts, and the address is said not to be kept here.
            Loaded::Empty => {
                let id = wanted
                    .filter(|wanted| is_valid_id(wanted) && first_visit == Some(*wanted))
                    .map_or(id, str::to_string);
                AppState::blank(moment, id)
            }
            Loaded::Restored(file) => {
                let mut library = Library::from_file_or_start(*file, moment, id);
                if let Some(wanted) = wanted {
                    library.open(wanted);
                }
                AppState::showing(library, None, true, moment.today)
            }
            Loaded::KeptAside { key, reason } => {
                let mut state = AppState::blank(moment, id);
                state.notice = Some(Notice::KeptAside { key, reason });
                state
            }
            Loaded::Unreadable { reason } => {
                let mut state = AppState::blank(moment, id);
                state.notice = Some(Notice::Unreadable(reason));
                state.autosave = false;
                state
            }
            Loaded::Unavailable(message) => {
                let mut state = AppState::blank(moment, id);
                state.notice = Some(Notice::SaveFailed(message));
                state
            }
        }
    }

    /// The open proposal.
    pub fn proposal(&self) -> &Rc<Proposal> {
        &self.library.proposal
    }

    /// Half-typed text of the open proposal's fields.
    pub fn drafts(&self) -> &Rc<Drafts<FieldKey>> {
        &self.library.drafts
    }

    /// Whether the figures on screen lag behind what is typed.
    pub fn is_stale(&self) -> bool {
        !self.library.drafts.is_empty()
    }

    /// Every field whose text does not read, named in the rep's words. While any is
    /// there, the written offer cannot be printed, copied or sent.
    pub fn unreadable(&self) -> Vec<Unreadable> {
        unreadable_fields(&self.library.proposal, &self.library.drafts)
    }

    /// What keeps the written offer from going out (the domain's one readiness
    /// rule, which Mark as sent applies too).
    pub fn hold(&self) -> Hold {
        Hold::of(&self.library.proposal, &self.library.drafts)
    }

    /// Every kept proposal, the open one first.
    pub fn all_stored(&self) -> Vec<StoredProposal> {
        self.library.all_stored()
    }

    /// What storage and export write.
    pub fn to_file(&self) -> ProposalFile {
        self.library.to_file()
    }

    /// The evaluation the written offer uses, when it has figures.
    pub fn chosen_evaluation(&self) -> Option<&Evaluation> {
        chosen_figures(&self.library.proposal, &self.board)
            .ok()
            .map(|(_, evaluation)| evaluation)
    }

    /// The next focus request for `field` (numbered after the last one).
    fn focus_request(&self, field: FocusTarget) -> (u64, FocusTarget) {
        let last = self.focus.as_ref().map_or(0, |(n, _)| *n);
        (last.wrapping_add(1), field)
    }

    /// A copy with `library`: the board follows a changed proposal, the summaries
    /// changed other proposals, another opened proposal starts afresh; bumps the save
    /// generation.
    fn with_library(&self, library: Library) -> AppState {
        let mut next = self.clone();
        let opened = library.record.id != self.library.record.id;
        if !Rc::ptr_eq(&library.proposal, &self.library.proposal) {
            next.board = Rc::new(library.board());
        }
        if !Rc::ptr_eq(&library.others, &self.library.others) {
            next.summaries = Rc::new(summaries(&library.others, &self.summaries));
        }
        if opened {
            next.focus = opening_focus(&library.proposal);
            next.removed = None;
            next.opened = self.opened.wrapping_add(1);
        }
        next.library = library;
        next.generation = self.generation.wrapping_add(1);
        next
    }

    /// The state after `action`, made at `env`'s moment with `env`'s ids: the pure
    /// reducer ([`Reducible::reduce`] only adds the browser's clock and ids).
    pub fn apply(self: Rc<Self>, action: Action, env: &mut Env<'_>) -> Rc<Self> {
        // A new day (the app left open overnight) reaches the page with the next
        // action, whatever it does.
        let this = if self.today == env.moment.today {
            self
        } else {
            let mut next = (*self).clone();
            next.today = env.moment.today;
            Rc::new(next)
        };
        this.act(action, env)
    }

    /// [`AppState::apply`] on a state that knows the day.
    fn act(self: Rc<Self>, action: Action, env: &mut Env<'_>) -> Rc<Self> {
        let now = env.moment.now_ms;
        let mut library = self.library.clone();
        match action {
            Action::Edit(edit) => {
                let before = Rc::clone(&self.library.proposal);
                if !library.edit(edit.clone(), now) {
                    return self;
                }
                let focus = focus_after(&edit, &before, &library.proposal)
                    .map(|field| self.focus_request(field));
                // A removed line or scenario can be brought back until the next edit.
                let removed = removal(&self.library, &edit).map(Rc::new);
                let mut next = self.with_library(library);
                if focus.is_some() {
                    next.focus = focus;
                }
                next.removed = removed;
                Rc::new(next)
            }
            Action::Renew => self.act(
                Action::Edit(Edit::Offer(OfferEdit::Renew(env.moment.today))),
                env,
            ),
            Action::Focus(field) => {
                let mut next = (*self).clone();
                next.focus = Some(self.focus_request(field));
                Rc::new(next)
            }
            Action::UndoRemove => {
                let Some(removed) = self.removed.clone() else {
                    return self;
                };
                library.restore(
                    Rc::clone(&removed.proposal),
                    Rc::clone(&removed.drafts),
                    now,
                );
                let mut next = self.with_library(library);
                next.removed = None;
                Rc::new(next)
            }
            Action::FieldDraft { key, text } => {
                if !library.set_draft(key, text) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::New => match library.new_proposal(env.moment, (env.new_id)()) {
                // A new proposal starts with whom it is for.
                Ok(()) => {
                    let mut next = self.with_library(library);
                    next.focus = Some(self.focus_request(FocusTarget::Customer));
                    Rc::new(next)
                }
                Err(refused) => {
                    let mut next = (*self).clone();
                    next.notice = Some(Notice::NewRefused(refused));
                    Rc::new(next)
                }
            },
            Action::Profile(edit) => {
                if !library.edit_profile(edit) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::ProfileLogo(logo) => {
                library.set_profile_logo(logo);
                Rc::new(self.with_library(library))
            }
            Action::Catalogue(edit) => {
                let removed = match &edit {
                    CatalogueEdit::Remove(id) => {
                        let at = catalogue::position(&library.desk.catalogue, id);
                        at.and_then(|at| Some((at, library.desk.catalogue.get(at)?.clone())))
                    }
                    _ => None,
                };
                if !library.edit_catalogue(edit) {
                    return self;
                }
                let mut next = self.with_library(library);
                if removed.is_some() {
                    next.removed_item = removed.map(Rc::new);
                }
                Rc::new(next)
            }
            Action::AddItem | Action::DuplicateItem(_) => {
                let id = ItemId((env.new_id)());
                let edit = match action {
                    Action::DuplicateItem(from) => CatalogueEdit::Duplicate(from, id.clone()),
                    _ => CatalogueEdit::Add(id.clone()),
                };
                if !library.edit_catalogue(edit) {
                    return self;
                }
                let mut next = self.with_library(library);
                next.focus = Some(self.focus_request(FocusTarget::ItemName(id)));
                Rc::new(next)
            }
            Action::ImportItems(items) => {
                let imported = library.import_items((*items).clone());
                let mut next = self.with_library(library);
                next.notice = Some(Notice::ItemsImported(imported));
                Rc::new(next)
            }
            Action::UndoRemoveItem => {
                let Some(removed) = self.removed_item.clone() else {
                    return self;
                };
                let (at, item) = (*removed).clone();
                library.edit_catalogue(CatalogueEdit::Put(at, item));
                let mut next = self.with_library(library);
                next.removed_item = None;
                Rc::new(next)
            }
            Action::SaveToCatalogue(line) => {
                let Some(saved) = library.save_line_to_catalogue(line, (env.new_id)(), now) else {
                    return self;
                };
                // A full catalogue changed nothing: a refusal, not a change to save.
                let mut next = if saved == CatalogueSave::Full {
                    (*self).clone()
                } else {
                    self.with_library(library)
                };
                next.notice = Some(Notice::CatalogueSaved(saved));
                Rc::new(next)
            }
            Action::NotKept(id) => {
                if self.notice.as_ref().is_some_and(Notice::is_storage_problem) {
                    return self;
                }
                let mut next = (*self).clone();
                next.notice = Some(Notice::NotKept(id));
                Rc::new(next)
            }
            Action::Open(id) => {
                if !library.open(&id) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::Duplicate(id) => {
                let Some(copied) = library.duplicate(&id, env.moment, (env.new_id)()) else {
                    return self;
                };
                let mut next = self.with_library(library);
                next.notice = Some(Notice::Copied(copied));
                Rc::new(next)
            }
            Action::Delete(id) => {
                if !library.delete(&id, env.moment, env.new_id) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::UndoDelete => {
                if !library.undo_delete(env.new_id) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::Rename(id, name) => {
                if !library.rename(&id, name, now) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::QuantityEntered(line) => match after_quantity(&self.library.proposal, line) {
                AfterQuantity::Focus(target) => self.act(Action::Focus(target), env),
                AfterQuantity::AddLine => self.act(Action::Edit(Edit::AddLine), env),
            },
            Action::StartFrom(id) => {
                if !library.start_from(&id, now) {
                    return self;
                }
                let mut next = self.with_library(library);
                // Every field starts afresh from the content taken (as when another
                // proposal opens), so none changes its text after the cursor lands.
                next.opened = self.opened.wrapping_add(1);
                // A repeat deal: what changes first is how many.
                let first = next.library.proposal.deal.lines.first().map(|l| l.id);
                if let Some(line) = first {
                    next.focus = Some(self.focus_request(FieldKey::LineQuantity(line).into()));
                }
                Rc::new(next)
            }
            Action::MarkSent(questions) => {
                // Refused while a field holds text that does not read (the offer page
                // says which), the chosen figures have no price, or questions are
                // open that the rep did not say to send as open.
                if library.mark_sent(&self.board, now, questions).is_err() {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::LinkMade(fingerprint) => {
                if !library.link_made(&fingerprint, now) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::SetStatus(status) => {
                if !library.set_status(status, now) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::RecordOutcome(read) => {
                if library
                    .record_outcome((*read).clone(), &self.board, now)
                    .is_err()
                {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::Reopen => {
                if library.reopen(env.moment).is_err() {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::FollowUp(id, follow_up) => {
                if !library.set_follow_up(&id, follow_up, now) {
                    return self;
                }
                Rc::new(self.with_library(library))
            }
            Action::ImportRead(file) => {
                if library.import_clashes(&file) {
                    let mut next = (*self).clone();
                    next.pending_import = Some(file);
                    return Rc::new(next);
                }
                let report = library.import(&file, false, env.new_id);
                let mut next = self.with_library(library);
                next.notice = Some(Notice::Imported(Rc::new(report)));
                next.pending_import = None;
                Rc::new(next)
            }
            Action::ImportChoice(keep_both) => {
                let Some(file) = self.pending_import.clone() else {
                    return self;
                };
                let report = library.import(&file, keep_both, env.new_id);
                let mut next = self.with_library(library);
                next.notice = Some(Notice::Imported(Rc::new(report)));
                next.pending_import = None;
                Rc::new(next)
            }
            Action::ImportCancelled => {
                if self.pending_import.is_none() {
                    return self;
                }
                let mut next = (*self).clone();
                next.pending_import = None;
                Rc::new(next)
            }
            Action::ImportRefused(message) => {
                let mut next = (*self).clone();
                next.notice = Some(Notice::ImportFailed(message));
                Rc::new(next)
            }
            Action::Saved(result) => {
                let notice = match (&result, &self.notice) {
                    (Err(error), _) => Some(Notice::SaveFailed(error.clone())),
                    // Warned once per crossing: a dismissed warning comes back only
                    // when storage has filled by 5 more points.
                    (Ok(used), _)
                        if *used >= WARN_AT_PERCENT
                            && *used >= self.warned_at.saturating_add(5) =>
                    {
                        Some(Notice::NearlyFull(*used))
                    }
                    (Ok(_), Some(Notice::SaveFailed(_))) => None,
                    (Ok(used), Some(Notice::NearlyFull(_))) if *used < WARN_AT_PERCENT => None,
                    (Ok(_), other) => other.clone(),
                };
                let warned_at = match (&result, &notice) {
                    (Ok(_), Some(Notice::NearlyFull(used))) => *used,
                    (Ok(used), _) if *used < WARN_AT_PERCENT => 0,
                    _ => self.warned_at,
                };
                if notice == self.notice && warned_at == self.warned_at {
                    return self;
                }
                let mut next = (*self).clone();
                next.notice = notice;
                next.warned_at = warned_at;
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

/// Where the cursor goes when a proposal opens: its first line's name, as request 0
/// (without scrolling, so the page title stays in view).
fn opening_focus(proposal: &Proposal) -> Option<(u64, FocusTarget)> {
    proposal
        .deal
        .lines
        .first()
        .map(|line| (0, FocusTarget::LineName(line.id)))
}

impl Default for AppState {
    /// A new proposal in US dollars, started today.
    fn default() -> Self {
        AppState::blank(platform::moment(), platform::new_id())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut env = Env {
            moment: platform::moment(),
            new_id: &mut platform::new_id,
        };
        self.apply(action, &mut env)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use best_offer_domain::desk::profile::ProfileEdit;
    use best_offer_domain::desk::{DeskField, ProfileProblem};
    use best_offer_domain::library::edit::LineEdit;
    use best_offer_domain::library::file::Status;
    use best_offer_domain::offer::details::OfferChoice;
    use best_offer_domain::pricing::deal::LineId;
    use best_offer_domain::requirements::{OpenQuestions, RequirementEdit};
    use rust_decimal::Decimal;

    /// Makes the list-price column the written offer.
    fn offer_list_price(state: Rc<AppState>) -> Rc<AppState> {
        let list_price = state.proposal().scenarios[0].id;
        state.reduce(Action::Edit(Edit::Offer(
            best_offer_domain::library::edit::OfferEdit::Choice(OfferChoice::Scenario(list_price)),
        )))
    }

    /// A first visit's reload (a bug: a red "This browser keeps no proposal p-…"):
    /// nothing was saved yet, so the address's proposal is the untouched first one,
    /// started again under the same id; and it follows Your details until edited.
    #[test]
    fn a_first_visit_survives_a_reload_and_follows_your_details() {
        let day = best_offer_domain::date::Date::new(2026, 11, 27).unwrap();
        let moment = |now_ms| Moment { now_ms, today: day };
        let first = AppState::from_loaded(
            Loaded::Empty,
            moment(1),
            "p-new".into(),
            Some("p-first"),
            Some("p-first"),
        );
        assert_eq!(first.library.record.id, "p-first");
        assert_eq!(first.notice, None);
        // A wanted id that is not a valid id is not taken.
        let odd = AppState::from_loaded(
            Loaded::Empty,
            moment(1),
            "p-new".into(),
            Some("a b"),
            Some("a b"),
        );
        assert_eq!(odd.library.record.id, "p-new");
        // Another browser's proposal (a bug: a copied `#/p/…` address started a
        // blank under its id in a new browser, saying nothing): a new id, so the
        // address is said not to be kept here.
        let foreign = AppState::from_loaded(
            Loaded::Empty,
            moment(1),
            "p-new".into(),
            Some("p-elsewhere"),
            None,
        );
        assert_eq!(foreign.library.record.id, "p-new");
        // Your details change the untouched first proposal...
        let mut ids = std::iter::repeat_with(|| "unused".to_string());
        let mut next_id = || ids.next().unwrap_or_default();
        let mut env = Env {
            moment: moment(2),
            new_id: &mut next_id,
        };
        let eur = Currency::from_code("EUR").unwrap();
        let state = Rc::new(first).apply(Action::Profile(ProfileEdit::Currency(eur)), &mut env);
        assert_eq!(state.proposal().deal.currency, eur);
        assert_eq!(state.library.record.id, "p-first");
        // ...until it is edited: then it is the rep's own.
        let edited = state.apply(Action::Edit(Edit::DealName("Suite".into())), &mut env);
        let after = edited.apply(
            Action::Profile(ProfileEdit::Currency(Currency::from_code("GBP").unwrap())),
            &mut env,
        );
        assert_eq!(after.proposal().deal.currency, eur);
        assert_eq!(after.proposal().deal_name, "Suite");
    }

    /// The offer page reads no clock: the day comes with each action, and Renew
    /// dates the offer from the day of the action.
    #[test]
    fn the_day_comes_with_each_action_and_renew_uses_it() {
        let day = best_offer_domain::date::Date::new(2026, 11, 27).unwrap();
        let later = day.add_days(40);
        let start = Rc::new(AppState::blank(
            Moment {
                now_ms: 1,
                today: day,
            },
            "p".into(),
        ));
        assert_eq!(start.today, day);
        assert!(!start.proposal().offer.is_expired(start.today));
        let mut ids = std::iter::repeat_with(|| "unused".to_string());
        let mut next_id = || ids.next().unwrap_or_default();
        let mut env = Env {
            moment: Moment {
                now_ms: 2,
                today: later,
            },
            new_id: &mut next_id,
        };
        // Any action, even one that changes nothing else, brings the new day.
        let next = Rc::clone(&start).apply(Action::DismissNotice, &mut env);
        assert_eq!(next.today, later);
        assert!(next.proposal().offer.is_expired(next.today));
        assert_eq!(next.library, start.library);
        let renewed = next.apply(Action::Renew, &mut env);
        assert_eq!(renewed.proposal().offer.issue_date, later);
        assert!(!renewed.proposal().offer.is_expired(renewed.today));
    }

    /// "To catalogue" on a full catalogue (a bug: a green success banner, counted
    /// as a change) is a refusal that changes and saves nothing.
    #[test]
    fn a_full_catalogue_refuses_and_saves_nothing() {
        use best_offer_domain::limits::MAX_ITEMS;
        let mut state = AppState::default();
        let desk = Rc::make_mut(&mut state.library.desk);
        for n in 0..MAX_ITEMS {
            desk.catalogue
                .push(CatalogueItem::new(ItemId(format!("i-{n}"))));
        }
        let state = Rc::new(state);
        let line = state.proposal().deal.lines[0].id;
        let next = Rc::clone(&state).reduce(Action::SaveToCatalogue(line));
        assert_eq!(
            next.notice,
            Some(Notice::CatalogueSaved(CatalogueSave::Full))
        );
        assert_eq!(next.generation, state.generation, "nothing to save");
        assert_eq!(next.library, state.library);
        assert!(
            crate::messages::notice(next.notice.as_ref().unwrap(), &next.library.desk)
                .starts_with("Not saved")
        );
        // With room, it is a change and says what it did.
        let mut roomy = (*state).clone();
        Rc::make_mut(&mut roomy.library.desk).catalogue.pop();
        let saved = Rc::new(roomy).reduce(Action::SaveToCatalogue(line));
        assert!(matches!(
            saved.notice,
            Some(Notice::CatalogueSaved(CatalogueSave::Added { .. }))
        ));
        assert_eq!(saved.generation, state.generation + 1);
    }

    /// The choice an import waits for is kept in the state (not in a page), and the
    /// rule that asks for it is the domain's.
    #[test]
    fn an_import_whose_ids_clash_waits_for_the_rep_s_choice() {
        let state = Rc::new(AppState::default());
        let file = Rc::new(state.to_file());
        let waiting = Rc::clone(&state).reduce(Action::ImportRead(Rc::clone(&file)));
        assert_eq!(waiting.pending_import.as_ref(), Some(&file));
        assert_eq!(waiting.all_stored().len(), 1, "nothing imported yet");
        let cancelled = Rc::clone(&waiting).reduce(Action::ImportCancelled);
        assert_eq!(cancelled.pending_import, None);
        assert_eq!(cancelled.all_stored().len(), 1);
        let both = waiting.reduce(Action::ImportChoice(true));
        assert_eq!(both.pending_import, None);
        assert_eq!(both.all_stored().len(), 2, "kept both");
        assert!(matches!(&both.notice, Some(Notice::Imported(report)) if report.added == 1));
        // A file with no clash is imported at once.
        let other = Rc::new(AppState::default());
        let direct = other.reduce(Action::ImportRead(file));
        assert_eq!(direct.pending_import, None);
        assert_eq!(direct.all_stored().len(), 2);
    }

    #[test]
    fn the_reducer_takes_the_time_and_new_ids_it_is_given() {
        let day = best_offer_domain::date::Date::new(2026, 11, 27).unwrap();
        let moment = |now_ms| Moment { now_ms, today: day };
        let state = Rc::new(AppState::blank(moment(1_000), "first".into()));
        let mut ids = ["second".to_string()].into_iter();
        let mut next_id = || ids.next().unwrap_or_default();
        let mut env = Env {
            moment: moment(2_000),
            new_id: &mut next_id,
        };
        let next = state.apply(Action::New, &mut env);
        assert_eq!(next.library.record.id, "second");
        assert_eq!(next.library.record.created_ms, 2_000);
        assert_eq!(next.proposal().offer.number, "BO-2026-002");
        assert_eq!(next.opened, 1);
        assert_eq!(next.summaries.len(), 1, "the first proposal, summarised");
    }

    #[test]
    fn an_address_naming_no_kept_proposal_is_said_unless_storage_speaks_first() {
        let state = Rc::new(AppState::default());
        let next = Rc::clone(&state).reduce(Action::NotKept("p-elsewhere".into()));
        assert!(
            matches!(&next.notice, Some(Notice::NotKept(id)) if id == "p-elsewhere"),
            "{:?}",
            next.notice
        );
        let mut kept_aside = (*state).clone();
        kept_aside.notice = Some(Notice::KeptAside {
            key: "best-offer.kept.1".into(),
            reason: best_offer_domain::library::file::FileError::NotJson(
                "EOF while parsing".into(),
            ),
        });
        let kept_aside = Rc::new(kept_aside);
        let next = Rc::clone(&kept_aside).reduce(Action::NotKept("p-elsewhere".into()));
        assert!(Rc::ptr_eq(&next, &kept_aside), "the storage banner stays");
    }

    #[test]
    fn the_desk_actions_go_through_the_library() {
        let day = best_offer_domain::date::Date::new(2026, 11, 27).unwrap();
        let moment = Moment {
            now_ms: 5,
            today: day,
        };
        let mut ids = (1..).map(|n| format!("id-{n}"));
        let mut next_id = || ids.next().unwrap_or_default();
        let mut env = Env {
            moment,
            new_id: &mut next_id,
        };
        let state = Rc::new(AppState::blank(moment, "first".into()));
        // Half-typed profile text: a new proposal is refused, with what to fix.
        let state = state.apply(
            Action::FieldDraft {
                key: DeskField::MinMargin.into(),
                text: Some("3O".into()),
            },
            &mut env,
        );
        assert_eq!(state.library.desk.drafts.len(), 1);
        assert!(state.drafts().is_empty(), "not the proposal's text");
        let refused = Rc::clone(&state).apply(Action::New, &mut env);
        assert!(
            matches!(&refused.notice, Some(Notice::NewRefused(r)) if r.problems == [ProfileProblem::Unreadable(DeskField::MinMargin)])
        );
        assert_eq!(
            crate::messages::notice(refused.notice.as_ref().unwrap(), &refused.library.desk),
            "Fix your details before starting a new proposal: Your details: minimum margin."
        );
        assert_eq!(refused.all_stored().len(), 1);
        // A new item takes the cursor; a deleted one comes back with undo.
        let added = state.apply(Action::AddItem, &mut env);
        let id = added.library.desk.catalogue[0].id.clone();
        assert_eq!(
            added.focus.as_ref().map(|(_, f)| f.to_string()),
            Some(format!("item-{}-name", id.0))
        );
        let removed = added.apply(
            Action::Catalogue(CatalogueEdit::Remove(id.clone())),
            &mut env,
        );
        assert!(removed.library.desk.catalogue.is_empty());
        let back = removed.apply(Action::UndoRemoveItem, &mut env);
        assert_eq!(back.library.desk.catalogue[0].id, id);
        assert!(back.removed_item.is_none());
    }

    #[test]
    fn nearly_full_storage_warns_once_per_crossing() {
        let day = best_offer_domain::date::Date::new(2026, 11, 27).unwrap();
        let moment = Moment {
            now_ms: 5,
            today: day,
        };
        let mut next_id = || "x".to_string();
        let mut env = Env {
            moment,
            new_id: &mut next_id,
        };
        let state = Rc::new(AppState::blank(moment, "first".into()));
        let state = state.apply(Action::Saved(Ok(40)), &mut env);
        assert_eq!(state.notice, None);
        let state = state.apply(Action::Saved(Ok(81)), &mut env);
        assert_eq!(state.notice, Some(Notice::NearlyFull(81)));
        let state = state.apply(Action::DismissNotice, &mut env);
        // Dismissed: not again for a point or two more…
        let state = state.apply(Action::Saved(Ok(83)), &mut env);
        assert_eq!(state.notice, None);
        // …but again when it has filled by five more points.
        let state = state.apply(Action::Saved(Ok(86)), &mut env);
        assert_eq!(state.notice, Some(Notice::NearlyFull(86)));
        // Room made: the warning goes, and a later crossing warns again.
        let state = state.apply(Action::Saved(Ok(50)), &mut env);
        assert_eq!(state.notice, None);
        let state = state.apply(Action::Saved(Ok(80)), &mut env);
        assert_eq!(state.notice, Some(Notice::NearlyFull(80)));
    }

    #[test]
    fn an_edit_that_changes_nothing_keeps_the_same_state() {
        let state = Rc::new(AppState::default());
        let id = state.proposal().deal.lines[0].id;
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
        let field = FieldKey::LinePrice(LineId(1));
        let stale = state.reduce(Action::FieldDraft {
            key: field.into(),
            text: Some("12.345".into()),
        });
        assert!(stale.is_stale());
        assert_eq!(
            stale.to_file().proposals[0].drafts.get(&field).unwrap(),
            "12.345"
        );
        let fresh = stale.reduce(Action::FieldDraft {
            key: field.into(),
            text: None,
        });
        assert!(!fresh.is_stale());
    }

    #[test]
    fn unreadable_text_blocks_sending_until_fixed_and_goes_with_its_line() {
        let state = Rc::new(AppState::default());
        let first = state.proposal().deal.lines[0].id;
        let two = state.reduce(Action::Edit(Edit::AddLine));
        let second = two.proposal().deal.lines[1].id;
        let priced = two.reduce(Action::Edit(Edit::Line(
            second,
            LineEdit::UnitListPrice(Decimal::new(4800, 0)),
        )));
        let chosen = offer_list_price(priced);
        let typed = chosen.reduce(Action::FieldDraft {
            key: FieldKey::LineCost(second).into(),
            text: Some("2.880,00".into()),
        });
        let unreadable = typed.unreadable();
        assert_eq!(unreadable.len(), 1);
        assert!(
            crate::messages::unreadable(&unreadable[0], &typed.library.proposal)
                .contains("line 2, unit cost: “2.880,00”")
        );
        // Marking as sent is refused while the text does not read.
        let refused = Rc::clone(&typed).reduce(Action::MarkSent(OpenQuestions::MustBeAnswered));
        assert!(Rc::ptr_eq(&typed, &refused));
        // Editing another line keeps the draft; removing its line drops it.
        let edited = typed.reduce(Action::Edit(Edit::Line(
            first,
            LineEdit::UnitListPrice(Decimal::TEN),
        )));
        assert!(edited.is_stale());
        let removed = edited.reduce(Action::Edit(Edit::RemoveLine(second)));
        assert!(!removed.is_stale());
        let sent = removed.reduce(Action::MarkSent(OpenQuestions::MustBeAnswered));
        assert_eq!(sent.library.record.status, Status::Sent);
    }

    #[test]
    fn new_and_copied_proposals_never_share_an_offer_number() {
        let state = Rc::new(AppState::default());
        let first_id = state.library.record.id.clone();
        let second = state.reduce(Action::New);
        // A new proposal starts with whom it is for.
        assert_eq!(
            second.focus.as_ref().map(|(_, target)| target),
            Some(&FocusTarget::Customer)
        );
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
        let id = added.proposal().deal.lines[1].id;
        assert_eq!(
            added.focus.as_ref().map(|(_, f)| f.clone()),
            Some(FocusTarget::LineName(id))
        );
        let scenario = added.reduce(Action::Edit(Edit::AddScenario));
        assert_eq!(
            scenario
                .focus
                .as_ref()
                .map(|(_, f)| f.to_string())
                .as_deref(),
            Some("scenario-4-name")
        );
        // "Fix this field" asks for the same field again: a new request each time.
        let cost = FocusTarget::from(FieldKey::LineCost(LineId(1)));
        let fix = scenario.reduce(Action::Focus(cost.clone()));
        let again = Rc::clone(&fix).reduce(Action::Focus(cost));
        assert_ne!(fix.focus, again.focus);
        assert_eq!(again.generation, fix.generation, "focusing saves nothing");
    }

    #[test]
    fn a_removed_line_comes_back_with_its_typed_text() {
        let state = Rc::new(AppState::default());
        let two = state.reduce(Action::Edit(Edit::AddLine));
        let second = two.proposal().deal.lines[1].id;
        let named = two.reduce(Action::Edit(Edit::Line(
            second,
            LineEdit::Name("Onboarding".into()),
        )));
        let typed = named.reduce(Action::FieldDraft {
            key: FieldKey::LinePrice(second).into(),
            text: Some("4 8OO".into()),
        });
        let removed = typed.reduce(Action::Edit(Edit::RemoveLine(second)));
        assert_eq!(removed.proposal().deal.lines.len(), 1);
        assert!(!removed.is_stale());
        assert_eq!(
            removed.removed.as_ref().map(|r| r.what.as_str()),
            Some("line 2 “Onboarding”")
        );
        let back = Rc::clone(&removed).reduce(Action::UndoRemove);
        assert_eq!(back.proposal().deal.lines.len(), 2);
        assert_eq!(back.proposal().deal.lines[1].terms.name, "Onboarding");
        assert!(back.is_stale(), "the half-typed price is back too");
        assert!(back.removed.is_none());
        // Any other edit ends the chance to undo.
        let later = removed.reduce(Action::Edit(Edit::Customer("Northwind".into())));
        assert!(later.removed.is_none());
    }

    #[test]
    fn a_new_requirement_takes_the_cursor_and_a_removed_one_comes_back() {
        use best_offer_domain::requirements::RequirementId;
        let state = Rc::new(AppState::default());
        let added = state.reduce(Action::Edit(Edit::Requirement(RequirementEdit::Add)));
        let id = RequirementId(1);
        assert_eq!(
            added.focus.as_ref().map(|(_, target)| target.clone()),
            Some(FocusTarget::Requirement(id))
        );
        let named = added.reduce(Action::Edit(Edit::Requirement(RequirementEdit::Text(
            id,
            "Single sign-on with Azure AD and every other provider".into(),
        ))));
        let removed = named.reduce(Action::Edit(Edit::Requirement(RequirementEdit::Remove(id))));
        assert!(removed.proposal().requirements.is_empty());
        let undo = removed.removed.as_ref().unwrap();
        assert_eq!(undo.kind, RemovedKind::Requirement);
        assert_eq!(
            undo.what,
            "requirement 1 “Single sign-on with Azure AD and every o…”"
        );
        let back = removed.reduce(Action::UndoRemove);
        assert_eq!(back.proposal().requirements.len(), 1);
    }

    #[test]
    fn open_questions_hold_mark_as_sent_until_the_rep_sends_them_as_open() {
        let state = offer_list_price(Rc::new(AppState::default()));
        let line = state.proposal().deal.lines[0].id;
        let priced = state.reduce(Action::Edit(Edit::Line(
            line,
            LineEdit::UnitListPrice(Decimal::new(1000, 0)),
        )));
        let asked = priced
            .reduce(Action::Edit(Edit::Requirement(RequirementEdit::Add)))
            .reduce(Action::Edit(Edit::Requirement(RequirementEdit::Text(
                best_offer_domain::requirements::RequirementId(1),
                "Go-live by 1 March".into(),
            ))));
        let refused = Rc::clone(&asked).reduce(Action::MarkSent(OpenQuestions::MustBeAnswered));
        assert!(refused.library.record.sent.is_empty());
        let sent = asked.reduce(Action::MarkSent(OpenQuestions::SendAsOpen));
        assert_eq!(sent.library.record.status, Status::Sent);
        assert_eq!(sent.library.record.sent[0].offer.open_questions(), 1);
    }

    #[test]
    fn several_proposals_open_duplicate_delete_undo() {
        let first = Rc::new(AppState::default());
        let first_id = first.library.record.id.clone();
        let named = first.reduce(Action::Edit(Edit::Customer("Northwind".into())));
        let second = named.reduce(Action::New);
        assert_eq!(second.library.others.len(), 1);
        assert_ne!(second.library.record.id, first_id);
        let back = second.reduce(Action::Open(first_id.clone()));
        assert_eq!(back.proposal().customer, "Northwind");
        let copy = back.reduce(Action::Duplicate(first_id.clone()));
        assert_eq!(copy.library.others.len(), 2);
        assert_eq!(copy.proposal().customer, "Northwind");
        let deleted = copy.reduce(Action::Delete(first_id.clone()));
        assert_eq!(deleted.all_stored().len(), 2);
        let undone = deleted.reduce(Action::UndoDelete);
        assert_eq!(undone.all_stored().len(), 3);
    }

    #[test]
    fn sending_keeps_a_snapshot_and_the_next_edit_starts_revision_2() {
        let state = Rc::new(AppState::default());
        let id = state.proposal().deal.lines[0].id;
        let priced = state.reduce(Action::Edit(Edit::Line(
            id,
            LineEdit::UnitListPrice(Decimal::new(1000, 0)),
        )));
        // Offer the list price (with no cost entered, the best offer would be free).
        let chosen = offer_list_price(priced);
        let sent = chosen.reduce(Action::MarkSent(OpenQuestions::MustBeAnswered));
        assert_eq!(sent.library.record.status, Status::Sent);
        assert_eq!(sent.library.record.sent[0].revision, 1);
        let edited = sent.reduce(Action::Edit(Edit::Line(
            id,
            LineEdit::UnitListPrice(Decimal::new(900, 0)),
        )));
        assert_eq!(edited.proposal().offer.revision, 2);
        assert_eq!(edited.library.record.status, Status::Draft);
        assert_eq!(
            edited.library.record.sent[0].offer.term_total,
            Decimal::new(100_000, 2)
        );
    }

    #[test]
    fn a_customer_link_is_recorded_in_the_revision_it_carries() {
        let state = Rc::new(AppState::default());
        let id = state.proposal().deal.lines[0].id;
        let priced = offer_list_price(state.reduce(Action::Edit(Edit::Line(
            id,
            LineEdit::UnitListPrice(Decimal::new(1000, 0)),
        ))));
        // Made before marking as sent: kept, then moved into the sent revision.
        let linked = priced.reduce(Action::LinkMade("AAAA-BBBB-CCCC".into()));
        assert_eq!(linked.library.record.links.len(), 1);
        assert_eq!(linked.proposal().offer.revision, 1, "a link is not an edit");
        let again = Rc::clone(&linked).reduce(Action::LinkMade("AAAA-BBBB-CCCC".into()));
        assert!(
            Rc::ptr_eq(&again, &linked),
            "the same link twice records nothing"
        );
        let sent = again.reduce(Action::MarkSent(OpenQuestions::MustBeAnswered));
        assert!(sent.library.record.links.is_empty());
        assert_eq!(sent.library.record.sent[0].links.len(), 1);
        // Made after: recorded on the sent revision at once.
        let later = sent.reduce(Action::LinkMade("DDDD-EEEE-FFFF".into()));
        assert_eq!(later.library.record.sent[0].links.len(), 2);
        // And kept: the stored form holds it.
        let stored = later.library.current_stored();
        assert_eq!(stored.sent[0].links[1].fingerprint, "DDDD-EEEE-FFFF");
    }
}
