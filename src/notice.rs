//! The banner's news: what the rep must hear about storage and files, and what an
//! action of theirs did or was refused, as values (`messages/` writes the words).

use std::rc::Rc;

use best_offer_domain::desk::catalogue::Merged;
use best_offer_domain::library::desk_rules::CatalogueSave;
use best_offer_domain::library::file::FileError;
use best_offer_domain::library::{Copied, ImportReport, NewRefused};

use crate::storage::SaveError;

/// A banner about storage or files, shown until dismissed or resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Data found at start could not be read and was kept aside under `key`.
    KeptAside {
        /// Storage key of the kept bytes.
        key: String,
        /// Why it could not be read.
        reason: FileError,
    },
    /// Data found at start could not be read nor kept aside; autosave is off.
    Unreadable(FileError),
    /// Storage cannot be used, or saving failed (disabled or full).
    SaveFailed(SaveError),
    /// Storage is nearly full (per cent used): export and make room before it is.
    NearlyFull(usize),
    /// A file was imported: what it did.
    Imported(Rc<ImportReport>),
    /// A proposal was copied (the copy has its own offer number).
    Copied(Copied),
    /// A file was refused.
    ImportFailed(ImportRefusal),
    /// No new proposal: Your details hold what must be fixed first.
    NewRefused(NewRefused),
    /// The address named a proposal this browser does not keep (its id).
    NotKept(String),
    /// What "Save to catalogue" did (a full catalogue is a refusal).
    CatalogueSaved(CatalogueSave),
    /// A price list was imported into the catalogue.
    ItemsImported(Merged),
    /// A new version of the app was installed.
    Updated,
}

/// Why a file chosen for import was not imported.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportRefusal {
    /// The browser could not read it (its words: too large, not text…).
    NotRead(String),
    /// It is not a proposal file this app reads.
    File(FileError),
}

impl Notice {
    /// Whether the notice is about storage (data set aside, saving off or failing,
    /// nearly full): what the rep must hear first, never replaced by a lesser notice.
    pub fn is_storage_problem(&self) -> bool {
        matches!(
            self,
            Notice::KeptAside { .. }
                | Notice::Unreadable(_)
                | Notice::SaveFailed(_)
                | Notice::NearlyFull(_)
        )
    }
}
