//! Rules over every proposal a rep keeps: the open one, the others and the last
//! deleted ([`Library`]); unique offer numbers; merging an imported file; which
//! figures the written offer uses; a summary of each proposal for the list.
//!
//! Every rule that used to sit in the app's reducer lives here: an edit (and the
//! revision it starts after an offer was sent), new, open, duplicate, delete and undo,
//! rename, mark as sent, status, import with replace or keep both. The current time
//! and new ids are passed in ([`Moment`], `new_id`), so each rule is pure and tested
//! natively, including a state-machine test (`tests/library_machine.rs`) that runs
//! random sequences of them against a small reference model.
//!
//! The proposal, its typed text and the other proposals sit behind `Rc`s: a change
//! copies only what it changes, and the app re-renders only what changed.

use std::collections::BTreeMap;
use std::rc::Rc;

use rust_decimal::Decimal;

use crate::board::{Board, recalculate};
use crate::catalogue::{self, CatalogueEdit, CatalogueItem, ItemId};
use crate::currency::Currency;
use crate::date::Date;
use crate::deal::LineId;
use crate::desk::{Desk, DeskField};
use crate::edit::Edit;
use crate::error::PricingError;
use crate::field::{prune_drafts, unreadable_fields};
use crate::file::{
    LinkMade, MAX_LINKS_MADE, ProposalFile, SentRevision, Status, StoredProposal, logos_in_use,
};
use crate::limits::{MAX_ITEMS, MAX_ITEMS_TEXT};
use crate::locale::NumberFormat;
use crate::logo::Logo;
use crate::offer::CustomerOffer;
use crate::offer_details::OfferChoice;
pub use crate::offer_details::unique_offer_number;
use crate::pricing::Evaluation;
use crate::profile::{ProfileEdit, SellerProfile};
use crate::proposal::Proposal;
use crate::solver::best_offer;

/// When a change is made: the time it is stamped with and the rep's calendar day
/// (for new offers' issue dates and numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// Milliseconds since 1970-01-01 UTC.
    pub now_ms: i64,
    /// The rep's calendar date.
    pub today: Date,
}

/// The open proposal's identity and history (its content is [`Library::proposal`]).
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
    /// Offers sent, oldest first.
    pub sent: Vec<SentRevision>,
    /// Customer links made of the revision being prepared (see
    /// [`Library::link_made`]).
    pub links: Vec<LinkMade>,
}

/// Every kept proposal: the open one (split into its content, its record and its
/// typed text), the others, and the last deleted for undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    /// The open proposal.
    pub proposal: Rc<Proposal>,
    /// The open proposal's identity and history.
    pub record: Rc<Record>,
    /// Half-typed text of the open proposal's fields that do not read yet, by field id.
    pub drafts: Rc<BTreeMap<String, String>>,
    /// Every other kept proposal.
    pub others: Rc<Vec<StoredProposal>>,
    /// The last deleted proposal, for undo.
    pub deleted: Option<Rc<StoredProposal>>,
    /// The seller profile, the catalogue and the logos.
    pub desk: Rc<Desk>,
}

/// Why an offer cannot be recorded as sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotSendable {
    /// A field holds text that does not read.
    #[error("A field holds text that does not read; fix it before sending.")]
    Unreadable,
    /// The chosen figures have no price (see the message).
    #[error("{0}")]
    NoFigures(String),
    /// This revision was already recorded as sent (a change starts the next one).
    #[error("Revision {0} was already sent.")]
    AlreadySent(u32),
}

/// A blank proposal to keep, in `currency` and `format`, started at `moment`.
pub fn blank_stored(
    currency: Currency,
    format: NumberFormat,
    moment: Moment,
    id: String,
) -> StoredProposal {
    let mut proposal = Proposal::new(currency, moment.today);
    proposal.number_format = format;
    StoredProposal {
        id,
        created_ms: moment.now_ms,
        updated_ms: moment.now_ms,
        status: Status::Draft,
        proposal,
        sent: Vec::new(),
        drafts: BTreeMap::new(),
        links: Vec::new(),
    }
}

/// A file holding only `stored` and the logos of `desk` it uses (no profile, no
/// catalogue), for the export of one proposal.
pub fn single_proposal_file(stored: &StoredProposal, desk: &Desk) -> ProposalFile {
    let used = logos_in_use(std::slice::from_ref(stored));
    let only = Desk {
        logos: desk
            .logos
            .iter()
            .filter(|logo| used.contains(&logo.id))
            .cloned()
            .collect(),
        ..Desk::default()
    };
    ProposalFile::new(only, vec![stored.clone()], None)
}

/// Orders kept proposals newest first (the list and "open the most recent" agree).
pub fn newest_first(proposals: &mut [StoredProposal]) {
    proposals.sort_by_key(|p| std::cmp::Reverse(p.updated_ms));
}

/// The figures the written offer of `proposal` uses (the best offer or the chosen
/// scenario, read from its `board`), with their column's name, or why there are none.
///
/// # Errors
/// The reason in the rep's words: no floor set, the scenario's pricing error, or a
/// chosen scenario that no longer exists.
pub fn chosen_figures<'b>(
    proposal: &Proposal,
    board: &'b Board,
) -> Result<(String, &'b Evaluation), String> {
    match proposal.offer.choice {
        OfferChoice::BestOffer => board
            .best
            .as_ref()
            .map(|b| ("Best offer".to_string(), &b.evaluation))
            .map_err(ToString::to_string),
        OfferChoice::Scenario(id) => proposal
            .scenarios
            .iter()
            .zip(&board.scenarios)
            .find(|(s, _)| s.id == id)
            .map_or_else(
                || Err("The chosen scenario no longer exists.".to_string()),
                |(s, r)| {
                    r.outcome
                        .as_ref()
                        .map(|e| (s.title(proposal.deal.currency, proposal.number_format), e))
                        .map_err(ToString::to_string)
                },
            ),
    }
}

/// One kept proposal as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalSummary {
    /// Its id.
    pub id: String,
    /// When it last changed (with the id, what tells whether a summary is current).
    pub updated_ms: i64,
    /// Its best offer over the term, or why there is none.
    pub best: Result<Decimal, PricingError>,
    /// Whether a field holds text that does not read (the figure is out of date).
    pub stale: bool,
}

impl ProposalSummary {
    /// The summary of a kept proposal (solves its best offer: call it when the
    /// proposal changes, not on every render).
    pub fn of(stored: &StoredProposal) -> ProposalSummary {
        ProposalSummary {
            id: stored.id.clone(),
            updated_ms: stored.updated_ms,
            best: best_offer(&stored.proposal.deal).map(|best| best.evaluation.totals.net),
            stale: !stored.drafts.is_empty(),
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

impl Library {
    /// A library holding one new proposal, with an empty desk.
    pub fn new(stored: StoredProposal) -> Library {
        Library::opening(stored, Vec::new())
    }

    /// A library with `desk` and one new proposal started from its profile.
    pub fn start(desk: Desk, moment: Moment, id: String) -> Library {
        let mut library = Library::new(blank_stored(
            desk.profile.currency,
            desk.profile.number_format,
            moment,
            id.clone(),
        ));
        library.desk = Rc::new(desk);
        let stored = library.stored_from_profile(moment, id, &[]);
        library.switch_to(stored, Vec::new());
        library
    }

    /// A library from a file (see [`Library::from_file`]); a file with no proposal
    /// keeps its desk and starts one new proposal from it.
    pub fn from_file_or_start(file: ProposalFile, moment: Moment, id: String) -> Library {
        if file.proposals.is_empty() {
            return Library::start(file.desk, moment, id);
        }
        Library::from_file(file).unwrap_or_else(|| Library::start(Desk::default(), moment, id))
    }

    /// A new proposal started at `moment` from the profile, with the next offer
    /// number of its pattern that `others` do not use (advancing the profile's
    /// sequence). A profile pattern that does not work (the rep is told before a new
    /// proposal is asked for, see [`Desk::profile_problems`]) falls back to the
    /// day's `BO-YYYYMMDD-NN`.
    fn stored_from_profile(
        &mut self,
        moment: Moment,
        id: String,
        others: &[StoredProposal],
    ) -> StoredProposal {
        let taken = offer_numbers(others);
        let number = Rc::make_mut(&mut self.desk).take_offer_number(moment.today, &taken);
        StoredProposal {
            id,
            created_ms: moment.now_ms,
            updated_ms: moment.now_ms,
            status: Status::Draft,
            proposal: Proposal::from_profile(&self.desk.profile, moment.today, number),
            sent: Vec::new(),
            drafts: BTreeMap::new(),
            links: Vec::new(),
        }
    }

    /// A library from a file: the proposal that was open when it was saved (or the
    /// most recently changed one) is opened; `None` for a file with no proposal.
    pub fn from_file(file: ProposalFile) -> Option<Library> {
        let desk = file.desk;
        let mut proposals = file.proposals;
        let index = file
            .current
            .as_ref()
            .and_then(|id| proposals.iter().position(|p| &p.id == id))
            .or_else(|| {
                (0..proposals.len()).max_by_key(|i| proposals.get(*i).map(|p| p.updated_ms))
            })?;
        let open = proposals.remove(index);
        let mut library = Library::opening(open, proposals);
        library.desk = Rc::new(desk);
        Some(library)
    }

    /// Opens `stored` among `others` (which must not hold it). Typed text for a field
    /// the proposal no longer has is dropped: it would block the offer with nothing on
    /// screen to fix.
    fn opening(stored: StoredProposal, others: Vec<StoredProposal>) -> Library {
        let drafts = prune_drafts(&stored.proposal, &stored.drafts).unwrap_or(stored.drafts);
        Library {
            proposal: Rc::new(stored.proposal),
            record: Rc::new(Record {
                id: stored.id,
                created_ms: stored.created_ms,
                updated_ms: stored.updated_ms,
                status: stored.status,
                sent: stored.sent,
                links: stored.links,
            }),
            drafts: Rc::new(drafts),
            others: Rc::new(others),
            deleted: None,
            desk: Rc::new(Desk::default()),
        }
    }

    /// Opens `stored`, putting the open proposal back among the others; the last
    /// deleted stays for undo.
    fn switch_to(&mut self, stored: StoredProposal, mut others: Vec<StoredProposal>) {
        others.retain(|p| p.id != stored.id);
        let deleted = self.deleted.take();
        let desk = Rc::clone(&self.desk);
        *self = Library::opening(stored, others);
        self.deleted = deleted;
        self.desk = desk;
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
            links: self.record.links.clone(),
        }
    }

    /// Every kept proposal, the open one first.
    pub fn all_stored(&self) -> Vec<StoredProposal> {
        std::iter::once(self.current_stored())
            .chain(self.others.iter().cloned())
            .collect()
    }

    /// What storage and export write: the desk (without logos nothing uses any
    /// more) and every proposal.
    pub fn to_file(&self) -> ProposalFile {
        let all = self.all_stored();
        let mut desk = (*self.desk).clone();
        desk.keep_logos(&logos_in_use(&all));
        ProposalFile::new(desk, all, Some(self.record.id.clone()))
    }

    /// Applies `edit` to the open proposal; `false` when it changes nothing. The first
    /// edit after an offer was sent starts the next revision (the sent one is kept).
    pub fn edit(&mut self, edit: Edit, now_ms: i64) -> bool {
        let mut proposal = (*self.proposal).clone();
        if !proposal.apply(edit) {
            return false;
        }
        let record = Rc::make_mut(&mut self.record);
        record.updated_ms = now_ms;
        if record.status == Status::Sent {
            let last = record.sent.iter().map(|s| s.revision).max().unwrap_or(0);
            proposal.offer.revision = last.saturating_add(1);
            record.status = Status::Draft;
        }
        if let Some(drafts) = prune_drafts(&proposal, &self.drafts) {
            self.drafts = Rc::new(drafts);
        }
        self.proposal = Rc::new(proposal);
        true
    }

    /// Puts back the open proposal as it was (an undone removal), with its typed text.
    pub fn restore(
        &mut self,
        proposal: Rc<Proposal>,
        drafts: Rc<BTreeMap<String, String>>,
        now_ms: i64,
    ) {
        Rc::make_mut(&mut self.record).updated_ms = now_ms;
        self.proposal = proposal;
        self.drafts = drafts;
    }

    /// Keeps a field's typed text while it does not read (`Some`), or drops it once it
    /// does (`None`); `false` when nothing changes.
    pub fn set_draft(&mut self, field: &str, text: Option<String>) -> bool {
        if DeskField::from_dom_id(field).is_some() {
            return Rc::make_mut(&mut self.desk).set_draft(field, text);
        }
        if self.drafts.get(field) == text.as_ref() {
            return false;
        }
        let drafts = Rc::make_mut(&mut self.drafts);
        match text {
            Some(text) => drafts.insert(field.to_string(), text),
            None => drafts.remove(field),
        };
        true
    }

    /// Starts a new proposal from the profile (seller, defaults, the next offer
    /// number of its pattern that no kept proposal uses) and opens it.
    ///
    /// # Errors
    /// While the profile holds text that does not read, or a pattern that does not
    /// work, nothing starts: the message names what to fix, so no proposal starts
    /// from a figure the rep did not mean.
    pub fn new_proposal(&mut self, moment: Moment, id: String) -> Result<(), String> {
        let problems = self.desk.profile_problems();
        if !problems.is_empty() {
            return Err(format!(
                "Fix your details before starting a new proposal: {}.",
                problems.join("; ")
            ));
        }
        let others = self.all_stored();
        let stored = self.stored_from_profile(moment, id, &others);
        self.switch_to(stored, others);
        Ok(())
    }

    /// Applies `edit` to the profile; `false` when it changes nothing.
    pub fn edit_profile(&mut self, edit: ProfileEdit) -> bool {
        let mut desk = (*self.desk).clone();
        if !desk.profile.apply(edit) {
            return false;
        }
        desk.prune_drafts();
        self.desk = Rc::new(desk);
        true
    }

    /// Makes `logo` the profile's.
    pub fn set_profile_logo(&mut self, logo: Logo) {
        Rc::make_mut(&mut self.desk).set_profile_logo(logo);
    }

    /// Applies `edit` to the catalogue (money in the profile's currency); `false`
    /// when it changes nothing.
    pub fn edit_catalogue(&mut self, edit: CatalogueEdit) -> bool {
        let mut desk = (*self.desk).clone();
        let minor_units = desk.profile.currency.minor_units();
        if !catalogue::apply(&mut desk.catalogue, edit, minor_units) {
            return false;
        }
        desk.prune_drafts();
        self.desk = Rc::new(desk);
        true
    }

    /// Adds the items of a price list read with
    /// [`crate::price_list::read_price_list`]: an item with an id the catalogue has
    /// replaces it, the others are added at the end (up to the catalogue's limit).
    /// Returns how many were added and updated.
    pub fn import_items(&mut self, items: Vec<CatalogueItem>) -> (usize, usize) {
        let mut desk = (*self.desk).clone();
        let (mut added, mut updated) = (0_usize, 0_usize);
        for item in items {
            match catalogue::position(&desk.catalogue, &item.id) {
                Some(at) => {
                    if let Some(slot) = desk.catalogue.get_mut(at) {
                        *slot = item;
                        updated = updated.saturating_add(1);
                    }
                }
                None if desk.catalogue.len() < MAX_ITEMS => {
                    desk.catalogue.push(item);
                    added = added.saturating_add(1);
                }
                None => {}
            }
        }
        desk.prune_drafts();
        self.desk = Rc::new(desk);
        (added, updated)
    }

    /// "Save to catalogue" for line `line` of the open proposal: updates the item
    /// the line came from, or adds a new item with `new_id` and links the line to
    /// it. Returns what happened in the rep's words, or `None` for an unknown line.
    pub fn save_line_to_catalogue(
        &mut self,
        line: LineId,
        new_id: String,
        now_ms: i64,
    ) -> Option<String> {
        let found = self.proposal.deal.line(line)?.clone();
        let existing = found
            .catalogue_item
            .as_ref()
            .and_then(|id| catalogue::position(&self.desk.catalogue, id));
        let name = if found.name.trim().is_empty() {
            "the line".to_string()
        } else {
            format!("“{}”", found.name.trim())
        };
        match (existing, &found.catalogue_item) {
            (Some(at), Some(id)) => {
                let item = CatalogueItem::from_line(&found, id.clone());
                self.edit_catalogue(CatalogueEdit::Put(at, item));
                Some(format!("Updated {name} in the catalogue."))
            }
            _ => {
                if self.desk.catalogue.len() >= MAX_ITEMS {
                    return Some(format!(
                        "The catalogue is full ({MAX_ITEMS_TEXT} items); delete an item first."
                    ));
                }
                let id = ItemId(new_id);
                let item = CatalogueItem::from_line(&found, id.clone());
                let at = self.desk.catalogue.len();
                self.edit_catalogue(CatalogueEdit::Put(at, item));
                self.edit(Edit::LinkItem(line, Some(id)), now_ms);
                Some(format!("Added {name} to the catalogue."))
            }
        }
    }

    /// Whether proposal `id` is kept (open or not).
    pub fn keeps(&self, id: &str) -> bool {
        self.record.id == id || self.others.iter().any(|p| p.id == id)
    }

    /// Opens the kept proposal `id`; `false` when it is already open or not kept.
    pub fn open(&mut self, id: &str) -> bool {
        if id == self.record.id {
            return false;
        }
        let mut others = self.all_stored();
        let Some(index) = others.iter().position(|p| p.id == id) else {
            return false;
        };
        let stored = others.remove(index);
        self.switch_to(stored, others);
        true
    }

    /// Copies the kept proposal `id` as a new draft offer (new id, a free offer number
    /// of `moment`'s day, revision 1, nothing sent, "(copy)" after the deal name) and
    /// opens it. Returns the sentence telling the rep what happened, or `None` when
    /// `id` is not kept.
    pub fn duplicate(&mut self, id: &str, moment: Moment, new_id: String) -> Option<String> {
        let others = self.all_stored();
        let original = others.iter().find(|p| p.id == id)?;
        let mut copy = original.clone();
        copy.id = new_id;
        copy.created_ms = moment.now_ms;
        copy.updated_ms = moment.now_ms;
        copy.status = Status::Draft;
        copy.sent.clear();
        copy.links.clear();
        copy.proposal.offer.revision = 1;
        copy.proposal.offer.number = self
            .stored_from_profile(moment, String::new(), &others)
            .proposal
            .offer
            .number;
        copy.proposal.deal_name = format!("{} (copy)", copy.proposal.deal_name)
            .trim()
            .to_string();
        let message = format!(
            "Copied “{}”. The copy is a new offer: number {}, revision 1.",
            label_of(original),
            copy.proposal.offer.number
        );
        self.switch_to(copy, others);
        Some(message)
    }

    /// Deletes the kept proposal `id` (undo brings it back). Deleting the open one
    /// opens the most recently changed other one, or a new blank when none is left
    /// (with the id `new_id` gives). `false` when `id` is not kept.
    pub fn delete(&mut self, id: &str, moment: Moment, new_id: &mut dyn FnMut() -> String) -> bool {
        if id == self.record.id {
            let deleted = Rc::new(self.current_stored());
            let mut others = (*self.others).clone();
            newest_first(&mut others);
            let next = if others.is_empty() {
                self.stored_from_profile(moment, new_id(), &[])
            } else {
                others.remove(0)
            };
            self.switch_to(next, others);
            self.deleted = Some(deleted);
            return true;
        }
        let Some(index) = self.others.iter().position(|p| p.id == id) else {
            return false;
        };
        let deleted = Rc::make_mut(&mut self.others).remove(index);
        self.deleted = Some(Rc::new(deleted));
        true
    }

    /// Brings back the last deleted proposal (among the others; the open one stays
    /// open). Its id and offer number are kept unless a proposal made since took
    /// them: then it gets a new id from `new_id` or the next free number of its issue
    /// date — unless the taker is a blank nobody has touched, which gives the number
    /// up (see [`merge_import`]). `false` when nothing was deleted.
    pub fn undo_delete(&mut self, new_id: &mut dyn FnMut() -> String) -> bool {
        let Some(deleted) = self.deleted.take() else {
            return false;
        };
        let mut all = self.all_stored();
        let desk = Rc::make_mut(&mut self.desk);
        merge_import_numbered(
            &mut all,
            vec![(*deleted).clone()],
            true,
            new_id,
            &mut |day, taken| desk.take_offer_number(day, taken),
        );
        // The open proposal may have given its number up (an untouched blank does).
        if let Some(index) = all.iter().position(|p| p.id == self.record.id) {
            let open = all.remove(index);
            self.switch_to(open, all);
        }
        true
    }

    /// Renames the deal of the kept proposal `id`; `false` when nothing changes.
    pub fn rename(&mut self, id: &str, name: String, now_ms: i64) -> bool {
        if id == self.record.id {
            return self.edit(Edit::DealName(name), now_ms);
        }
        let others = Rc::make_mut(&mut self.others);
        let Some(stored) = others.iter_mut().find(|p| p.id == id) else {
            return false;
        };
        if stored.proposal.deal_name == name {
            return false;
        }
        stored.proposal.deal_name = name;
        stored.updated_ms = now_ms;
        true
    }

    /// Records the open proposal's written offer as sent: a snapshot of the
    /// customer-facing offer (built from the figures `board` holds for it) is kept,
    /// and the status becomes Sent.
    ///
    /// # Errors
    /// [`NotSendable`] while a field holds text that does not read (an offer is never
    /// recorded from figures the rep did not mean), when the chosen figures have
    /// no price, or when this revision was already sent (each sent revision is one
    /// snapshot).
    pub fn mark_sent(&mut self, board: &Board, now_ms: i64) -> Result<(), NotSendable> {
        if !unreadable_fields(&self.proposal, &self.drafts).is_empty() {
            return Err(NotSendable::Unreadable);
        }
        let revision = self.proposal.offer.revision;
        if self.record.sent.iter().any(|s| s.revision == revision) {
            return Err(NotSendable::AlreadySent(revision));
        }
        let (_, evaluation) =
            chosen_figures(&self.proposal, board).map_err(NotSendable::NoFigures)?;
        let offer = CustomerOffer::build(&self.proposal, evaluation);
        let record = Rc::make_mut(&mut self.record);
        let links = std::mem::take(&mut record.links);
        record.sent.push(SentRevision {
            revision: self.proposal.offer.revision,
            sent_ms: now_ms,
            offer,
            links,
        });
        record.status = Status::Sent;
        record.updated_ms = now_ms;
        Ok(())
    }

    /// Records that a customer link of the open proposal's offer was copied, with
    /// the fingerprint of the offer it carries: on the sent revision when this
    /// revision was already marked as sent, otherwise kept until it is (marking it as
    /// sent moves the record into the revision's history). Copying a link of the
    /// same content again records nothing new; `false` then, or when the history
    /// already holds [`MAX_LINKS_MADE`] links. The proposal itself does not change:
    /// making a link is not an edit and starts no revision.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, desk::Desk, library::{Library, Moment}};
    /// let moment = Moment { now_ms: 0, today: Date::parse_iso("2026-11-27").unwrap() };
    /// let mut library = Library::start(Desk::default(), moment, "p1".into());
    /// assert!(library.link_made("7F3A-9C21-04BE", 5));
    /// assert!(!library.link_made("7F3A-9C21-04BE", 6));
    /// assert_eq!(library.record.links[0].made_ms, 5);
    /// ```
    pub fn link_made(&mut self, fingerprint: &str, now_ms: i64) -> bool {
        let revision = self.proposal.offer.revision;
        let sent_index = self.record.sent.iter().position(|s| s.revision == revision);
        let kept = match sent_index.and_then(|i| self.record.sent.get(i)) {
            Some(sent) => &sent.links,
            None => &self.record.links,
        };
        if kept.len() >= MAX_LINKS_MADE || kept.iter().any(|l| l.fingerprint == fingerprint) {
            return false;
        }
        let record = Rc::make_mut(&mut self.record);
        let links = match sent_index.and_then(|i| record.sent.get_mut(i)) {
            Some(sent) => &mut sent.links,
            None => &mut record.links,
        };
        links.push(LinkMade {
            made_ms: now_ms,
            fingerprint: fingerprint.to_string(),
        });
        true
    }

    /// Sets the open proposal's status (won or lost); `false` when it is already so.
    pub fn set_status(&mut self, status: Status, now_ms: i64) -> bool {
        if self.record.status == status {
            return false;
        }
        let record = Rc::make_mut(&mut self.record);
        record.status = status;
        record.updated_ms = now_ms;
        true
    }

    /// Adds the proposals of `file` (see [`merge_import`]) and what its desk holds;
    /// the open proposal stays open, or, when the file replaced it, its imported
    /// version opens.
    pub fn import(
        &mut self,
        file: &ProposalFile,
        keep_both: bool,
        new_id: &mut dyn FnMut() -> String,
    ) -> ImportReport {
        let mut all = self.all_stored();
        let desk = Rc::make_mut(&mut self.desk);
        let mut report = merge_import_numbered(
            &mut all,
            file.proposals.clone(),
            keep_both,
            new_id,
            &mut |day, taken| desk.take_offer_number(day, taken),
        );
        // The desk is never wiped by an import: the file's logos come along; its
        // catalogue items are added (replacing ours with the same id unless both are
        // kept).
        for logo in &file.desk.logos {
            if desk.logo(&logo.id).is_none() {
                desk.logos.push(logo.clone());
            }
        }
        for item in &file.desk.catalogue {
            match catalogue::position(&desk.catalogue, &item.id) {
                Some(at) if !keep_both => {
                    if let Some(slot) = desk.catalogue.get_mut(at)
                        && slot != item
                    {
                        *slot = item.clone();
                        report.items_updated = report.items_updated.saturating_add(1);
                    }
                }
                Some(_) => {}
                None if desk.catalogue.len() < MAX_ITEMS => {
                    desk.catalogue.push(item.clone());
                    report.items_added = report.items_added.saturating_add(1);
                }
                None => {}
            }
        }
        // Your details are never overwritten by someone else's file: the file's
        // profile is taken only while ours is still the untouched default (a new
        // browser restoring a backup).
        // (The sequence number does not count: a new browser's first proposal
        // has taken one.)
        let untouched = |profile: &SellerProfile| {
            SellerProfile {
                next_sequence: profile.next_sequence,
                ..SellerProfile::default()
            } == *profile
        };
        let same = SellerProfile {
            next_sequence: desk.profile.next_sequence,
            ..file.desk.profile.clone()
        } == desk.profile;
        if !untouched(&file.desk.profile) && !same {
            if untouched(&desk.profile) {
                let next_sequence = desk
                    .profile
                    .next_sequence
                    .max(file.desk.profile.next_sequence);
                desk.profile = SellerProfile {
                    next_sequence,
                    ..file.desk.profile.clone()
                };
                report.profile_replaced = true;
            } else {
                report.profile_kept = true;
            }
        }
        desk.prune_drafts();
        let current = self.record.id.clone();
        if let Some(index) = all.iter().position(|p| p.id == current) {
            let stored = all.remove(index);
            self.switch_to(stored, all);
        }
        report
    }

    /// The board of the open proposal (every scenario and the best offer).
    pub fn board(&self) -> Board {
        recalculate(&self.proposal.deal, &self.proposal.scenarios)
    }
}

/// The offer numbers of `proposals`.
pub fn offer_numbers(proposals: &[StoredProposal]) -> Vec<&str> {
    proposals
        .iter()
        .map(|p| p.proposal.offer.number.as_str())
        .collect()
}

/// A renumbered offer: which proposal, and its number before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbered {
    /// The proposal's customer and deal, as the list shows them.
    pub label: String,
    /// The number it came with.
    pub from: String,
    /// The number it has now.
    pub to: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Proposals added.
    pub added: usize,
    /// Kept proposals replaced by the file's version.
    pub replaced: usize,
    /// Offers given a new number because theirs was taken.
    pub renumbered: Vec<Renumbered>,
    /// Catalogue items added.
    pub items_added: usize,
    /// Catalogue items replaced by the file's version.
    pub items_updated: usize,
    /// Whether the file's profile became ours (ours was still the default).
    pub profile_replaced: bool,
    /// Whether the file had other details than ours, which were kept.
    pub profile_kept: bool,
}

impl ImportReport {
    /// The notice the rep reads, e.g. `Imported: 2 added, 0 replaced.`
    pub fn message(&self) -> String {
        let mut message = format!(
            "Imported: {} added, {} replaced.",
            self.added, self.replaced
        );
        if self.items_added > 0 || self.items_updated > 0 {
            message.push_str(&format!(
                " Catalogue: {} added, {} updated.",
                self.items_added, self.items_updated
            ));
        }
        if self.profile_replaced {
            message.push_str(" Your details were taken from the file.");
        }
        if self.profile_kept {
            message.push_str(" Your details were kept (the file's differ).");
        }
        for change in &self.renumbered {
            message.push_str(&format!(
                " “{}” now has offer number {} ({} was already used).",
                change.label, change.to, change.from
            ));
        }
        message
    }
}

/// Merges `incoming` proposals into `kept`. A proposal whose id is kept replaces it,
/// or with `keep_both` is added under a new id from `new_id`. An added proposal
/// whose offer number another kept proposal uses gets the next free number of its
/// issue date, so no two proposals share one — unless that other proposal is a
/// blank nobody has touched, which gives its number up instead.
///
/// # Examples
/// ```
/// use best_offer_domain::{date::Date, file::{StoredProposal, Status}, library::merge_import, proposal::Proposal, Currency};
/// let day = Date::new(2026, 11, 27).unwrap();
/// let stored = |id: &str| StoredProposal {
///     id: id.into(), created_ms: 0, updated_ms: 1, status: Status::Draft,
///     proposal: Proposal::new(Currency::USD, day), sent: vec![], drafts: Default::default(), links: vec![],
/// };
/// let mut kept = vec![stored("a")];
/// let report = merge_import(&mut kept, vec![stored("a")], true, &mut || "b".to_string());
/// assert_eq!((report.added, report.replaced), (1, 0));
/// assert_eq!(kept[1].id, "b");
/// assert_eq!(kept[1].proposal.offer.number, "BO-20261127-02");
/// ```
pub fn merge_import(
    kept: &mut Vec<StoredProposal>,
    incoming: Vec<StoredProposal>,
    keep_both: bool,
    new_id: &mut dyn FnMut() -> String,
) -> ImportReport {
    merge_import_numbered(kept, incoming, keep_both, new_id, &mut |day, taken| {
        unique_offer_number(day, taken)
    })
}

/// [`merge_import`], with the numbers of renumbered offers given by `number` (the
/// issue date and the numbers taken in, a free number out): the library passes its
/// profile's pattern ([`Desk::next_offer_number`]).
pub fn merge_import_numbered(
    kept: &mut Vec<StoredProposal>,
    incoming: Vec<StoredProposal>,
    keep_both: bool,
    new_id: &mut dyn FnMut() -> String,
    number: &mut dyn FnMut(Date, &[&str]) -> String,
) -> ImportReport {
    let mut report = ImportReport::default();
    for mut proposal in incoming {
        match kept.iter().position(|p| p.id == proposal.id) {
            Some(index) if !keep_both => {
                if let Some(slot) = kept.get_mut(index) {
                    *slot = proposal;
                    report.replaced = report.replaced.saturating_add(1);
                }
                continue;
            }
            Some(_) => proposal.id = new_id(),
            None => {}
        }
        let clash = kept
            .iter()
            .position(|p| p.proposal.offer.number == proposal.proposal.offer.number);
        match clash {
            None => {}
            // A blank proposal nobody has touched yet (a fresh browser's first one)
            // gives its number up: the imported offer keeps the number it came with.
            Some(index) if kept.get(index).is_some_and(is_untouched) => {
                let mut taken = offer_numbers(kept);
                taken.push(proposal.proposal.offer.number.as_str());
                let issued = kept.get(index).map(|p| p.proposal.offer.issue_date);
                let to = issued.map(|day| number(day, &taken));
                if let (Some(blank), Some(to)) = (kept.get_mut(index), to) {
                    blank.proposal.offer.number = to;
                }
            }
            Some(_) => {
                let from = proposal.proposal.offer.number.clone();
                let to = number(proposal.proposal.offer.issue_date, &offer_numbers(kept));
                proposal.proposal.offer.number = to.clone();
                report.renumbered.push(Renumbered {
                    label: label_of(&proposal),
                    from,
                    to,
                });
            }
        }
        kept.push(proposal);
        report.added = report.added.saturating_add(1);
    }
    report
}

/// Whether a kept proposal is still as it was made: never edited, sent or typed in.
fn is_untouched(stored: &StoredProposal) -> bool {
    stored.created_ms == stored.updated_ms && stored.sent.is_empty() && stored.drafts.is_empty()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::Currency;
    use crate::edit::{LineEdit, OfferEdit};
    use crate::file::Status;
    use crate::proposal::Proposal;

    fn stored(id: &str, number: &str) -> StoredProposal {
        let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
        proposal.offer.number = number.to_string();
        proposal.customer = format!("Customer {id}");
        StoredProposal {
            id: id.to_string(),
            created_ms: 0,
            // Edited since it was made (an untouched blank gives its number up).
            updated_ms: 1,
            status: Status::Draft,
            proposal,
            sent: Vec::new(),
            drafts: Default::default(),
            links: Vec::new(),
        }
    }

    #[test]
    fn numbers_fill_the_lowest_free_slot() {
        let day = Date::new(2026, 1, 5).unwrap();
        let taken = ["BO-20260105-01", "BO-20260105-02", "BO-20260105-04"];
        assert_eq!(unique_offer_number(day, &taken), "BO-20260105-03");
        let many: Vec<String> = (1..=120).map(|n| format!("BO-20260105-{n:02}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(unique_offer_number(day, &many), "BO-20260105-121");
    }

    #[test]
    fn import_replaces_or_keeps_both_and_renumbers_clashes() {
        let mut kept = vec![stored("a", "BO-20261127-01"), stored("b", "X-7")];
        let incoming = vec![
            stored("a", "BO-20261127-01"), // same id: replaced
            stored("c", "X-7"),            // new id, clashing number
            stored("d", "Y-1"),            // new id, free number
        ];
        let report = merge_import(&mut kept, incoming, false, &mut || unreachable_id());
        assert_eq!((report.added, report.replaced), (2, 1));
        assert_eq!(kept.len(), 4);
        let numbers = offer_numbers(&kept);
        assert_eq!(numbers, ["BO-20261127-01", "X-7", "BO-20261127-02", "Y-1"]);
        assert_eq!(
            report.message(),
            "Imported: 2 added, 1 replaced. “Customer c” now has offer number BO-20261127-02 (X-7 was already used)."
        );

        let mut ids = ["n1".to_string()].into_iter();
        let report = merge_import(
            &mut kept,
            vec![stored("a", "BO-20261127-01")],
            true,
            &mut || ids.next().unwrap_or_default(),
        );
        assert_eq!((report.added, report.replaced), (1, 0));
        let copy = kept.last().unwrap();
        assert_eq!(copy.id, "n1");
        assert_eq!(copy.proposal.offer.number, "BO-20261127-03");
    }

    #[test]
    fn an_untouched_blank_gives_its_number_up_to_an_imported_offer() {
        let mut blank = stored("fresh", "BO-20261127-01");
        blank.created_ms = 5;
        blank.updated_ms = 5;
        let mut kept = vec![blank];
        let report = merge_import(
            &mut kept,
            vec![stored("x", "BO-20261127-01")],
            false,
            &mut unreachable_id,
        );
        assert!(report.renumbered.is_empty());
        assert_eq!(offer_numbers(&kept), ["BO-20261127-02", "BO-20261127-01"]);
        // Once edited, it keeps its number and the newcomer is renumbered.
        kept[0].updated_ms = 6;
        let report = merge_import(
            &mut kept,
            vec![stored("y", "BO-20261127-02")],
            false,
            &mut unreachable_id,
        );
        assert_eq!(report.renumbered.len(), 1);
        assert_eq!(kept[2].proposal.offer.number, "BO-20261127-03");
    }

    fn unreachable_id() -> String {
        "never-used".to_string()
    }

    fn at(now_ms: i64) -> Moment {
        Moment {
            now_ms,
            today: Date::new(2026, 11, 27).unwrap(),
        }
    }

    fn library() -> Library {
        Library::new(blank_stored(
            Currency::USD,
            NumberFormat::CommaDot,
            at(1),
            "first".into(),
        ))
    }

    /// Prices the open proposal's first line at 1,000 with a cost of 400 and a 10 %
    /// minimum margin, so it has a best offer.
    fn priced(library: &mut Library, now_ms: i64) {
        use crate::edit::LineEdit;
        use crate::percent::Percent;
        let line = library.proposal.deal.lines.first().unwrap().id;
        library.edit(
            Edit::Line(line, LineEdit::UnitListPrice(Decimal::new(1000, 0))),
            now_ms,
        );
        library.edit(
            Edit::Line(line, LineEdit::UnitCost(Decimal::new(400, 0))),
            now_ms,
        );
        library.edit(Edit::MinMargin(Some(Percent::new(Decimal::TEN))), now_ms);
    }

    #[test]
    fn an_edit_after_sending_starts_the_next_revision_and_keeps_the_snapshot() {
        let mut library = library();
        priced(&mut library, 2);
        let board = library.board();
        assert_eq!(library.mark_sent(&board, 3), Ok(()));
        assert_eq!(library.record.status, Status::Sent);
        assert_eq!(
            library.mark_sent(&board, 4),
            Err(NotSendable::AlreadySent(1)),
            "one snapshot per revision"
        );
        let snapshot = library.record.sent.first().cloned().unwrap();
        assert!(library.edit(Edit::Customer("Northwind".into()), 5));
        assert_eq!(library.proposal.offer.revision, 2);
        assert_eq!(library.record.status, Status::Draft);
        assert_eq!(library.record.updated_ms, 5);
        assert_eq!(library.record.sent, vec![snapshot]);
        // An edit that changes nothing changes nothing, not even the time.
        assert!(!library.edit(Edit::Customer("Northwind".into()), 6));
        assert_eq!(library.record.updated_ms, 5);
    }

    #[test]
    fn nothing_is_sent_from_unreadable_text_or_without_figures() {
        let mut library = library();
        let board = library.board();
        assert!(matches!(
            library.mark_sent(&board, 2),
            Err(NotSendable::NoFigures(_))
        ));
        priced(&mut library, 3);
        assert!(library.set_draft("line-1-price", Some("2.880,00".into())));
        assert!(!library.set_draft("line-1-price", Some("2.880,00".into())));
        let board = library.board();
        assert_eq!(library.mark_sent(&board, 4), Err(NotSendable::Unreadable));
        assert!(library.set_draft("line-1-price", None));
        assert_eq!(library.mark_sent(&board, 5), Ok(()));
    }

    #[test]
    fn the_offer_uses_the_best_offer_or_the_chosen_scenario() {
        use crate::edit::OfferEdit;
        let mut library = library();
        let board = library.board();
        assert_eq!(
            chosen_figures(&library.proposal, &board).map(|(name, _)| name),
            Err(PricingError::ZeroListPrice.to_string())
        );
        priced(&mut library, 2);
        let board = library.board();
        let (name, best) = chosen_figures(&library.proposal, &board).unwrap();
        assert_eq!(name, "Best offer");
        assert_eq!(
            best.totals.net,
            Decimal::new(44_445, 2),
            "400 / (1 − 10 %), up to the cent"
        );
        let list = library.proposal.scenarios.first().unwrap().id;
        library.edit(
            Edit::Offer(OfferEdit::Choice(OfferChoice::Scenario(list))),
            3,
        );
        let board = library.board();
        let (name, figures) = chosen_figures(&library.proposal, &board).unwrap();
        assert_eq!(name, "List price");
        assert_eq!(figures.totals.net, Decimal::new(1000, 0));
        // Removing the chosen column gives the offer back to the best offer.
        library.edit(Edit::RemoveScenario(list), 4);
        let board = library.board();
        assert_eq!(
            chosen_figures(&library.proposal, &board).map(|(name, _)| name),
            Ok("Best offer".to_string())
        );
    }

    #[test]
    fn new_duplicate_open_delete_and_undo() {
        let mut library = library();
        library.edit(Edit::Customer("Northwind".into()), 2);
        library.new_proposal(at(3), "second".into()).unwrap();
        assert_eq!(library.record.id, "second");
        // Numbered from the profile's pattern and sequence.
        assert_eq!(library.proposal.offer.number, "BO-2026-001");
        assert_eq!(library.desk.profile.next_sequence, 2);
        assert!(library.open("first"));
        assert!(!library.open("first"), "already open");
        assert!(!library.open("nobody"));
        assert!(library.keeps("first") && library.keeps("second"));
        assert!(!library.keeps("nobody"));
        assert_eq!(library.proposal.customer, "Northwind");
        let message = library.duplicate("first", at(4), "copy".into()).unwrap();
        assert_eq!(
            message,
            "Copied “Northwind”. The copy is a new offer: number BO-2026-002, revision 1."
        );
        assert_eq!(library.record.id, "copy");
        assert_eq!(library.proposal.deal_name, "(copy)");
        assert!(library.rename("first", "Rollout".into(), 5));
        assert!(!library.rename("first", "Rollout".into(), 6));
        // Deleting the open proposal opens the most recently changed other one.
        assert!(library.delete("copy", at(7), &mut unreachable_id));
        assert_eq!(library.record.id, "first");
        assert_eq!(library.all_stored().len(), 2);
        assert!(library.undo_delete(&mut unreachable_id));
        assert!(!library.undo_delete(&mut unreachable_id));
        assert_eq!(library.all_stored().len(), 3);
        assert_eq!(library.record.id, "first", "undo does not switch proposals");
    }

    #[test]
    fn deleting_the_last_proposal_leaves_a_blank_from_the_profile_and_undo_brings_it_back() {
        let mut library = library();
        library.edit(Edit::Customer("Northwind".into()), 2);
        let mut ids = ["blank".to_string()].into_iter();
        assert!(library.delete("first", at(3), &mut || ids.next().unwrap()));
        assert_eq!(library.record.id, "blank");
        assert_eq!(library.proposal.offer.number, "BO-2026-001");
        assert!(library.undo_delete(&mut unreachable_id));
        let numbers: Vec<String> = library
            .all_stored()
            .iter()
            .map(|p| format!("{} {}", p.id, p.proposal.offer.number))
            .collect();
        assert_eq!(numbers, ["blank BO-2026-001", "first BO-20261127-01"]);
    }

    #[test]
    fn new_proposals_start_from_the_profile_and_keep_their_copy() {
        let mut library = library();
        library.edit_profile(ProfileEdit::Company("Contoso".into()));
        library.edit_profile(ProfileEdit::NumberPattern("Q-{SEQ:2}".into()));
        library.edit_profile(ProfileEdit::MinMargin(Some(crate::Percent::new(
            Decimal::TEN,
        ))));
        library.new_proposal(at(2), "one".into()).unwrap();
        library.new_proposal(at(3), "two".into()).unwrap();
        assert_eq!(library.proposal.offer.number, "Q-02");
        assert_eq!(library.proposal.offer.seller_company, "Contoso");
        assert!(
            library.proposal.deal.floor_is_set(),
            "the profile's margin is a floor"
        );
        library.edit_profile(ProfileEdit::Company("Contoso Ltd".into()));
        let all = library.all_stored();
        let one = all.iter().find(|p| p.id == "one").unwrap();
        assert_eq!(one.proposal.offer.number, "Q-01");
        assert_eq!(one.proposal.offer.seller_company, "Contoso");
        assert_eq!(library.proposal.offer.seller_company, "Contoso");
        // Half-typed profile text or a broken pattern: nothing starts.
        library.set_draft("profile-min-margin", Some("1O".into()));
        let refused = library.new_proposal(at(4), "three".into()).unwrap_err();
        assert!(
            refused.contains("Your details: minimum margin"),
            "{refused}"
        );
        library.set_draft("profile-min-margin", None);
        library.edit_profile(ProfileEdit::NumberPattern("Q-".into()));
        assert!(library.new_proposal(at(5), "three".into()).is_err());
        assert_eq!(library.all_stored().len(), 3);
    }

    #[test]
    fn save_to_catalogue_adds_then_updates_the_linked_item() {
        let mut library = library();
        let line = library.proposal.deal.lines[0].id;
        library.edit(Edit::Line(line, LineEdit::Name("Suite".into())), 2);
        let added = library.save_line_to_catalogue(line, "item-1".into(), 3);
        assert_eq!(added.as_deref(), Some("Added “Suite” to the catalogue."));
        assert_eq!(
            library.proposal.deal.lines[0].catalogue_item,
            Some(ItemId("item-1".into()))
        );
        library.edit(Edit::Line(line, LineEdit::UnitListPrice(Decimal::TEN)), 4);
        let updated = library.save_line_to_catalogue(line, "unused".into(), 5);
        assert_eq!(
            updated.as_deref(),
            Some("Updated “Suite” in the catalogue.")
        );
        assert_eq!(library.desk.catalogue.len(), 1);
        assert_eq!(library.desk.catalogue[0].unit_list_price, Decimal::TEN);
    }

    #[test]
    fn a_clashing_import_is_renumbered_by_the_profile_pattern() {
        let mut library = library();
        library.edit_profile(ProfileEdit::NumberPattern("Q-{SEQ}".into()));
        library.edit(Edit::Customer("Northwind".into()), 2);
        let taken = library.proposal.offer.number.clone();
        let mut other = stored("elsewhere", &taken);
        other.proposal.customer = "Fabrikam".into();
        let file = ProposalFile::new(Desk::default(), vec![other], None);
        let report = library.import(&file, false, &mut unreachable_id);
        assert_eq!(report.renumbered.len(), 1);
        assert_eq!(report.renumbered[0].to, "Q-1");
        assert_eq!(library.desk.profile.next_sequence, 2);
    }

    #[test]
    fn an_import_never_wipes_the_desk() {
        let item = |id: &str, name: &str| {
            let mut item = CatalogueItem::new(ItemId(id.into()));
            item.name = name.into();
            item
        };
        let mut theirs = library();
        theirs.edit_profile(ProfileEdit::Company("Theirs".into()));
        theirs.edit_catalogue(CatalogueEdit::Put(0, item("a", "A, theirs")));
        theirs.edit_catalogue(CatalogueEdit::Put(1, item("b", "B")));
        let file = theirs.to_file();

        // A fresh browser restoring a backup takes everything (its first
        // proposal has taken a sequence number: that does not count).
        let mut fresh = Library::start(Desk::default(), at(1), "fresh".into());
        assert_eq!(fresh.desk.profile.next_sequence, 2);
        let report = fresh.import(&file, false, &mut unreachable_id);
        assert!(report.profile_replaced);
        assert_eq!(fresh.desk.profile.company, "Theirs");
        assert_eq!(fresh.desk.catalogue.len(), 2);

        // A rep with details of their own keeps them; items are merged.
        let mut ours = library();
        ours.edit_profile(ProfileEdit::Company("Ours".into()));
        ours.edit_catalogue(CatalogueEdit::Put(0, item("a", "A, ours")));
        let report = ours.import(&file, false, &mut || "copy".to_string());
        assert!(report.profile_kept && !report.profile_replaced);
        assert_eq!(ours.desk.profile.company, "Ours");
        assert_eq!((report.items_added, report.items_updated), (1, 1));
        assert_eq!(ours.desk.catalogue[0].name, "A, theirs");
        assert!(report.message().contains("Your details were kept"));
        // Keeping both keeps our version of an item with the same id.
        let mut both = library();
        both.edit_catalogue(CatalogueEdit::Put(0, item("a", "A, ours")));
        let report = both.import(&file, true, &mut || "copy".to_string());
        assert_eq!((report.items_added, report.items_updated), (1, 0));
        assert_eq!(both.desk.catalogue[0].name, "A, ours");
    }

    #[test]
    fn files_keep_only_logos_in_use() {
        let mut library = library();
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        let first = Logo::from_bytes(&png).unwrap();
        let second = Logo::from_bytes(&[png.clone(), vec![1]].concat()).unwrap();
        library.set_profile_logo(first.clone());
        library.new_proposal(at(2), "with-logo".into()).unwrap();
        library.set_profile_logo(second.clone());
        let file = library.to_file();
        assert_eq!(file.desk.logos, vec![first.clone(), second.clone()]);
        // Once nothing names the first logo, the file drops it.
        library.edit(
            Edit::Offer(OfferEdit::Seller(library.desk.profile.seller())),
            3,
        );
        assert_eq!(library.to_file().desk.logos, vec![second]);
    }

    #[test]
    fn summaries_are_solved_only_for_new_or_changed_proposals() {
        let mut one = stored("a", "N-1");
        one.updated_ms = 10;
        let first = summaries(std::slice::from_ref(&one), &[]);
        assert_eq!(first.first().map(|s| s.best.is_err()), Some(true));
        // A stale summary with the same id and time is reused as it is…
        let mut known = first.clone();
        if let Some(summary) = known.first_mut() {
            summary.best = Ok(Decimal::ONE);
        }
        let reused = summaries(std::slice::from_ref(&one), &known);
        assert_eq!(reused, known);
        // …and solved again once the proposal changed.
        one.updated_ms = 11;
        let solved = summaries(std::slice::from_ref(&one), &known);
        assert_eq!(solved.first().map(|s| s.best.is_err()), Some(true));
    }
}
