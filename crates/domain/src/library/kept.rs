//! The kept proposals as one [`Library`]: the open proposal (its content, its record
//! and its typed text), the others and the last deleted, and the rules that move
//! between them: start, open, new, copy, delete, rename, edit.

use crate::library::numbering::offer_numbers;
use crate::library::summary::label_of;
use std::rc::Rc;

use crate::date::Date;
use crate::desk::{Desk, ProfileProblem};
use crate::library::draft::DraftKey;
use crate::library::edit::Edit;
use crate::library::field::prune_drafts;
use crate::library::field::{Drafts, FieldKey};
use crate::library::file::{
    LinkMade, ProposalFile, SentRevision, Status, StoredProposal, logos_in_use, next_revision,
};
use crate::library::proposal::Proposal;
use crate::money::currency::Currency;
use crate::money::locale::NumberFormat;
use crate::options::pricing::price_options;
use crate::outcome::FollowUp;
use crate::pricing::board::{Board, recalculate};

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
    /// When to call the customer again, when the rep set it (see
    /// [`crate::outcome::follow_up`]).
    pub follow_up: Option<FollowUp>,
}

/// A new proposal was refused: Your details hold what must be fixed first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRefused {
    /// Each problem of the profile (a field that does not read, a pattern that
    /// does not work).
    pub problems: Vec<ProfileProblem>,
}

/// A proposal was copied: the copy is a new offer (revision 1) with its own number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    /// The original, as the list names it.
    pub from: String,
    /// The copy's offer number.
    pub number: String,
}

/// Every kept proposal: the open one (split into its content, its record and its
/// typed text), the others, and the last deleted for undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    /// The open proposal.
    pub proposal: Rc<Proposal>,
    /// The open proposal's identity and history.
    pub record: Rc<Record>,
    /// Half-typed text of the open proposal's fields that do not read yet.
    pub drafts: Rc<Drafts<FieldKey>>,
    /// Every other kept proposal.
    pub others: Rc<Vec<StoredProposal>>,
    /// The last deleted proposal, for undo.
    pub deleted: Option<Rc<StoredProposal>>,
    /// The seller profile, the catalogue and the logos.
    pub desk: Rc<Desk>,
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
        drafts: Drafts::default(),
        links: Vec::new(),
        follow_up: None,
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
    pub(crate) fn stored_from_profile(
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
            drafts: Drafts::default(),
            links: Vec::new(),
            follow_up: None,
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
    pub(crate) fn opening(stored: StoredProposal, others: Vec<StoredProposal>) -> Library {
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
                follow_up: stored.follow_up,
            }),
            drafts: Rc::new(drafts),
            others: Rc::new(others),
            deleted: None,
            desk: Rc::new(Desk::default()),
        }
    }

    /// Opens `stored`, putting the open proposal back among the others; the last
    /// deleted stays for undo.
    pub(crate) fn switch_to(&mut self, stored: StoredProposal, mut others: Vec<StoredProposal>) {
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
            follow_up: self.record.follow_up.clone(),
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
    /// edit after an offer was sent (and maybe won or lost) starts the next revision
    /// (the sent one is kept).
    pub fn edit(&mut self, edit: Edit, now_ms: i64) -> bool {
        let mut proposal = (*self.proposal).clone();
        if !proposal.apply(edit) {
            return false;
        }
        let record = Rc::make_mut(&mut self.record);
        record.updated_ms = now_ms;
        // A sent revision is never changed, however it ended: the change is the
        // next revision's (a won or lost one keeps its outcome in the history).
        if record.status != Status::Draft {
            proposal.offer.revision = next_revision(&record.sent);
            record.status = Status::Draft;
        }
        if let Some(drafts) = prune_drafts(&proposal, &self.drafts) {
            self.drafts = Rc::new(drafts);
        }
        self.proposal = Rc::new(proposal);
        true
    }

    /// Puts back the open proposal as it was (an undone removal), with its typed text.
    pub fn restore(&mut self, proposal: Rc<Proposal>, drafts: Rc<Drafts<FieldKey>>, now_ms: i64) {
        Rc::make_mut(&mut self.record).updated_ms = now_ms;
        self.proposal = proposal;
        self.drafts = drafts;
    }

    /// Keeps a field's typed text while it does not read (`Some`), or drops it once it
    /// does (`None`); `false` when nothing changes.
    pub fn set_draft(&mut self, field: DraftKey, text: Option<String>) -> bool {
        let field = match field {
            DraftKey::Desk(field) => return Rc::make_mut(&mut self.desk).set_draft(field, text),
            DraftKey::Proposal(field) => field,
        };
        if self.drafts.get(&field) == text.as_ref() {
            return false;
        }
        let drafts = Rc::make_mut(&mut self.drafts);
        match text {
            Some(text) => drafts.insert(field, text),
            None => drafts.remove(&field),
        }
        true
    }

    /// Starts a new proposal from the profile (seller, defaults, the next offer
    /// number of its pattern that no kept proposal uses) and opens it.
    ///
    /// # Errors
    /// While the profile holds text that does not read, or a pattern that does not
    /// work, nothing starts: [`NewRefused`] names what to fix, so no proposal
    /// starts from a figure the rep did not mean.
    pub fn new_proposal(&mut self, moment: Moment, id: String) -> Result<(), NewRefused> {
        let problems = self.desk.profile_problems();
        if !problems.is_empty() {
            return Err(NewRefused { problems });
        }
        let others = self.all_stored();
        let stored = self.stored_from_profile(moment, id, &others);
        self.switch_to(stored, others);
        Ok(())
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
    /// opens it. Returns what was copied, or `None` when `id` is not kept.
    pub fn duplicate(&mut self, id: &str, moment: Moment, new_id: String) -> Option<Copied> {
        let others = self.all_stored();
        let original = others.iter().find(|p| p.id == id)?;
        let mut copy = original.clone();
        copy.id = new_id;
        copy.created_ms = moment.now_ms;
        copy.updated_ms = moment.now_ms;
        copy.status = Status::Draft;
        copy.sent.clear();
        copy.links.clear();
        copy.follow_up = None;
        copy.proposal.offer.revision = 1;
        copy.proposal.offer.number = self
            .stored_from_profile(moment, String::new(), &others)
            .proposal
            .offer
            .number;
        copy.proposal.deal_name = format!("{} (copy)", copy.proposal.deal_name)
            .trim()
            .to_string();
        let copied = Copied {
            from: label_of(original),
            number: copy.proposal.offer.number.clone(),
        };
        self.switch_to(copy, others);
        Some(copied)
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

    /// The board of the open proposal (every scenario and the best offer).
    pub fn board(&self) -> Board {
        let proposal = &self.proposal;
        let mut board = recalculate(&proposal.deal, &proposal.scenarios);
        if proposal.has_options() {
            board.options = price_options(&proposal.deal, &proposal.options);
        }
        board
    }
}
