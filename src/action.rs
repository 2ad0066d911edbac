//! Every change to the app state, typed: what the reducer (`state.rs`) takes.

use std::rc::Rc;

use best_offer_domain::desk::catalogue::{CatalogueEdit, CatalogueItem, ItemId};
use best_offer_domain::desk::profile::ProfileEdit;
use best_offer_domain::library::draft::{DraftKey, FocusTarget};
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::file::{ProposalFile, Status};
use best_offer_domain::offer::logo::Logo;
use best_offer_domain::outcome::{FollowUp, ReadOutcome};
use best_offer_domain::pricing::deal::LineId;
use best_offer_domain::requirements::OpenQuestions;

use crate::notice::ImportRefusal;
use crate::storage::SaveError;

/// A change to the app state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A change to the open proposal, applied by the domain crate.
    Edit(Edit),
    /// Renew the written offer from the day of the action (its issue date today,
    /// its validity from the profile).
    Renew,
    /// A field's typed text: `Some` while it does not parse, `None` once it does.
    FieldDraft {
        /// The field.
        key: DraftKey,
        /// The text, while invalid.
        text: Option<String>,
    },
    /// Start a new proposal (from the profile).
    New,
    /// A change to the seller profile.
    Profile(ProfileEdit),
    /// A new logo for the profile (checked and decoded already).
    ProfileLogo(Logo),
    /// A change to the catalogue.
    Catalogue(CatalogueEdit),
    /// Add an empty catalogue item (its name takes the cursor).
    AddItem,
    /// Copy a catalogue item (the copy follows it).
    DuplicateItem(ItemId),
    /// Bring back the last deleted catalogue item.
    UndoRemoveItem,
    /// Add the items of a price list the rep confirmed (read and checked already).
    ImportItems(Rc<Vec<CatalogueItem>>),
    /// "Save to catalogue" for a line of the open proposal.
    SaveToCatalogue(LineId),
    /// Open a kept proposal.
    Open(String),
    /// The address named a proposal this browser does not keep: say so.
    NotKept(String),
    /// Copy a proposal (opens the copy).
    Duplicate(String),
    /// Delete a proposal (undo brings it back).
    Delete(String),
    /// Bring back the last deleted proposal.
    UndoDelete,
    /// Bring back the last removed line or scenario.
    UndoRemove,
    /// Put the cursor in this field after the next render.
    Focus(FocusTarget),
    /// Rename a proposal's deal.
    Rename(String, String),
    /// Enter in a line's quantity: down to the next line, or a new line from the
    /// last (`after_quantity`).
    QuantityEntered(LineId),
    /// Start the open (blank) proposal from the kept proposal with this id: repeat
    /// business for the same customer.
    StartFrom(String),
    /// Mark the open proposal's offer as sent: its snapshot is kept. Refused while
    /// requirements are still to be confirmed, unless the rep said to send them as
    /// open questions.
    MarkSent(OpenQuestions),
    /// A customer link of the open proposal's offer was copied (the offer's
    /// fingerprint): the revision's history records it.
    LinkMade(String),
    /// Set the open proposal's status (back to sent).
    SetStatus(Status),
    /// Record how the open proposal's sent offer ended: won, or lost and why (the
    /// rep's form, read already).
    RecordOutcome(Rc<ReadOutcome>),
    /// Reopen the open proposal (lost, or sent and past its validity) as the next
    /// revision, issued today.
    Reopen,
    /// When to call the customer of this kept proposal again (no day: no call).
    FollowUp(String, FollowUp),
    /// A proposal file was read and validated: it is imported, or, when some of its
    /// proposals have the ids of kept ones, waits for the rep's choice.
    ImportRead(Rc<ProposalFile>),
    /// The rep's choice for the waiting file: keep both copies when ids clash
    /// (`true`), or replace them.
    ImportChoice(bool),
    /// The waiting file is not imported.
    ImportCancelled,
    /// An import was refused.
    ImportRefused(ImportRefusal),
    /// What the last save did: how full storage is (per cent), or why nothing was
    /// saved.
    Saved(Result<usize, SaveError>),
    /// Hide the banner.
    DismissNotice,
    /// A new version of the app was installed in the background.
    AppUpdated,
}
