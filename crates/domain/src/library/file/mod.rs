//! The proposal file format: what browser storage holds and what export writes.
//!
//! One JSON document, versioned by `schema_version`, holding every kept proposal
//! with its status, the snapshots of the offers sent, and any half-typed text, and
//! (from version 2) the rep's desk: the seller profile, the product catalogue and
//! the logos ([`Desk`]).
//! Reading is strict and never panics: a size cap, a nesting limit (serde_json's),
//! unknown fields refused, every figure range-checked, and each error names the
//! field it is about. Older versions are migrated here, step by step; newer ones
//! are refused rather than guessed at. The format is described in `docs/file-format.md`.
//!
//! In four parts: the types and their errors here, [`read`] (the one entry point for
//! text), [`migrate`] (each older version, one step at a time) and [`validate`] (the
//! ranges the types cannot express).

pub mod migrate;
pub mod read;
pub mod store;
pub mod validate;

pub use read::{parse_file, parse_stored};

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::desk::Desk;
use crate::library::field::{Drafts, FieldKey};
use crate::library::proposal::Proposal;

use crate::offer::CustomerOffer;
use crate::offer::logo::{LogoError, LogoId};
use crate::outcome::{FollowUp, Outcome};

/// Value of the `format` field: marks a Best Offer file.
pub const FORMAT: &str = "best-offer";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 7;
/// The notice every file carries: it holds internal figures.
pub const INTERNAL_NOTICE: &str =
    "INTERNAL: contains costs, margins and floors. Do not send to customers.";

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Being prepared.
    #[default]
    Draft,
    /// The offer went to the customer (a snapshot is kept).
    Sent,
    /// The customer signed.
    Won,
    /// The customer chose someone else.
    Lost,
}

/// The status changes the rep makes directly (the others follow from a rule: Mark
/// as sent makes a draft Sent with its snapshot, and the first edit after sending
/// makes it a Draft again with the next revision).
pub const STATUS_CHANGES: [(Status, Status); 4] = [
    (Status::Sent, Status::Won),
    (Status::Sent, Status::Lost),
    (Status::Won, Status::Sent),
    (Status::Lost, Status::Sent),
];

impl Status {
    /// Whether the rep may set `to` directly from this status ([`STATUS_CHANGES`]).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::library::file::Status;
    /// assert!(Status::Sent.may_become(Status::Won));
    /// assert!(!Status::Draft.may_become(Status::Won), "an offer not sent cannot be won");
    /// ```
    pub fn may_become(self, to: Status) -> bool {
        STATUS_CHANGES.contains(&(self, to))
    }

    /// The name a file writes (`"lost"`): for class names and form values.
    pub const fn id(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Sent => "sent",
            Status::Won => "won",
            Status::Lost => "lost",
        }
    }
}

/// A customer link the rep copied: when, and the fingerprint of the offer it
/// carries (the link itself is not kept: it is the offer again).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkMade {
    /// When it was copied (milliseconds since 1970-01-01 UTC).
    pub made_ms: i64,
    /// The fingerprint of the offer it carries ([`CustomerOffer::fingerprint`]).
    pub fingerprint: String,
}

impl LinkMade {
    /// Whether the link carried `offer` (its fingerprint is the offer's): a link
    /// made of a draft that changed before it was marked as sent did not.
    pub fn carries(&self, offer: &CustomerOffer) -> bool {
        self.fingerprint == offer.fingerprint()
    }
}

/// The offer as it was sent: a snapshot that later edits never change.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentRevision {
    /// Revision number printed on it.
    pub revision: u32,
    /// When it was marked as sent (milliseconds since 1970-01-01 UTC).
    pub sent_ms: i64,
    /// The customer-facing offer exactly as sent.
    pub offer: CustomerOffer,
    /// Customer links made of this revision, before or after it was marked as sent
    /// (version 3 on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<LinkMade>,
    /// How this revision ended, once the customer decided (version 6 on): won, or
    /// lost and why. A reopened proposal keeps it here, in its history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

/// The last revision of `sent` (the one a status and an outcome are about).
pub fn last_sent(sent: &[SentRevision]) -> Option<&SentRevision> {
    sent.iter().max_by_key(|s| s.revision)
}

/// [`last_sent`], to change it (its outcome).
pub fn last_sent_mut(sent: &mut [SentRevision]) -> Option<&mut SentRevision> {
    sent.iter_mut().max_by_key(|s| s.revision)
}

/// The revision that follows every one of `sent` (1 when none was sent).
pub fn next_revision(sent: &[SentRevision]) -> u32 {
    last_sent(sent).map_or(0, |s| s.revision).saturating_add(1)
}

/// A proposal as kept: the proposal, its identity and history.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredProposal {
    /// Stable identifier (letters, digits, `-` and `_`).
    pub id: String,
    /// Created (milliseconds since 1970-01-01 UTC).
    pub created_ms: i64,
    /// Last changed (milliseconds since 1970-01-01 UTC).
    pub updated_ms: i64,
    /// Where it stands.
    pub status: Status,
    /// The proposal.
    pub proposal: Proposal,
    /// Offers sent, oldest first.
    #[serde(default)]
    pub sent: Vec<SentRevision>,
    /// Half-typed text of fields that did not parse yet, by field, so a reload
    /// shows exactly what was on screen (keyed by each field's string form).
    #[serde(default)]
    pub drafts: Drafts<FieldKey>,
    /// Customer links made of the revision being prepared, not yet marked as sent
    /// (version 3 on); marking it as sent moves them into its [`SentRevision`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<LinkMade>,
    /// When to call the customer again (version 6 on); missing: the rule's day
    /// ([`crate::outcome::follow_up`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
}

/// A proposal file: the rep's desk and every kept proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProposalFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The schema version it was written with.
    pub schema_version: u32,
    /// Always [`INTERNAL_NOTICE`].
    pub notice: String,
    /// The profile, the catalogue and the logos (version 2 on; a version 1 file
    /// reads with an empty desk).
    #[serde(default)]
    pub desk: Desk,
    /// The proposals.
    pub proposals: Vec<StoredProposal>,
    /// The proposal open when it was saved.
    #[serde(default)]
    pub current: Option<String>,
}

impl ProposalFile {
    /// A file of the current version holding `desk` and `proposals`.
    pub fn new(
        desk: Desk,
        proposals: Vec<StoredProposal>,
        current: Option<String>,
    ) -> ProposalFile {
        ProposalFile {
            format: FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            notice: INTERNAL_NOTICE.to_string(),
            desk,
            proposals,
            current,
        }
    }

    /// The file as pretty JSON (decimals as strings, see [`crate::library::decimal_text`]),
    /// its fields in the order of the types.
    ///
    /// # Errors
    /// [`FileError::NotJson`] if serialisation fails (it does not for valid data).
    pub fn to_json(&self) -> Result<String, FileError> {
        // The compact text, indented: the same bytes as serde_json's pretty printer
        // (the pinned fixtures prove it), without a second serializer of every
        // type of the file in the Wasm (about 10 KB).
        self.to_compact_json().map(|compact| indent_json(&compact))
    }

    /// The file as compact JSON (no indentation): what browser storage keeps, so
    /// that more fits in its few megabytes. Reads back exactly as [`Self::to_json`].
    ///
    /// # Errors
    /// [`FileError::NotJson`] if serialisation fails (it does not for valid data).
    pub fn to_compact_json(&self) -> Result<String, FileError> {
        let text = |error: serde_json::Error| FileError::NotJson(error.to_string());
        let desk = serde_json::to_string(&self.desk).map_err(text)?;
        let proposals = self
            .proposals
            .iter()
            .map(serde_json::to_string)
            .collect::<Result<Vec<String>, _>>()
            .map_err(text)?;
        let proposals: Vec<&str> = proposals.iter().map(String::as_str).collect();
        Ok(store::compose(
            &self.format,
            self.schema_version,
            &self.notice,
            &desk,
            &proposals,
            self.current.as_ref(),
        ))
    }
}

/// Why a file was refused (the app says it to the rep).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Over [`MAX_FILE_BYTES`](crate::limits::MAX_FILE_BYTES) (its size in bytes).
    TooLarge(usize),
    /// Not JSON, truncated, or nested too deeply (the JSON reader's detail).
    NotJson(String),
    /// JSON, but not a Best Offer file.
    NotOurs,
    /// Written by a newer version of the app (its format version).
    Newer(u64),
    /// A version that never existed (as written).
    UnknownVersion(String),
    /// A field is missing, of the wrong type or out of range.
    Invalid {
        /// Where, e.g. `proposals[0].proposal.deal.lines[2].terms.unit_list_price`.
        path: String,
        /// What is wrong.
        problem: FileFault,
    },
}

/// What is wrong with one field of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileFault {
    /// Not there.
    Missing,
    /// Of the wrong type or shape (the type reader's detail).
    Type(String),
    /// A text longer than [`MAX_TEXT_CHARS`](crate::limits::MAX_TEXT_CHARS).
    TextTooLong,
    /// A negative amount.
    Negative,
    /// An amount over [`MAX_MONEY`](crate::limits::MAX_MONEY).
    MoneyTooLarge,
    /// A percentage outside 0 to 100 (or to under 100).
    Percent {
        /// Whether 100 itself is refused (a margin).
        below_100: bool,
    },
    /// More of something than a file may hold.
    TooMany(Count),
    /// An id that is not 1–64 letters, digits, `-` or `_`.
    BadId,
    /// An id used twice.
    DuplicateId,
    /// A band id of 0 or one used by another band.
    BadBandId,
    /// Names a proposal the file does not hold.
    NamesNoProposal,
    /// Names a logo the file does not hold.
    NamesNoLogo,
    /// Names a line its deal does not hold (a requirement met by a line).
    NamesNoLine,
    /// A link fingerprint longer than any the app makes.
    FingerprintTooLong,
    /// A term outside 1 to [`MAX_TERM_MONTHS`](crate::limits::MAX_TERM_MONTHS).
    TermRange,
    /// A validity outside 1 to [`MAX_VALIDITY_DAYS`](crate::limits::MAX_VALIDITY_DAYS).
    ValidityRange,
    /// A sequence number outside 1 to [`MAX_SEQUENCE`](crate::limits::MAX_SEQUENCE).
    SequenceRange,
    /// An amount of 0 where more is needed (a nice-price step).
    NotPositive,
    /// A deal with no lines or more than [`MAX_LINES`](crate::limits::MAX_LINES).
    LineCount,
    /// A quantity outside what a line may have.
    Quantity,
    /// A revision of 0.
    Revision,
    /// A logo that is not what it claims.
    Logo(LogoError),
    /// An outcome that says otherwise than the proposal's status (a won revision
    /// of a lost proposal, an outcome on an offer still sent).
    OutcomeAgainstStatus,
    /// One option, or more than [`crate::options::MAX_OPTIONS`].
    OptionCount,
    /// A recommended option that is not among the options.
    NamesNoOption,
}

/// What a file may hold only so many of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Proposals ([`MAX_PROPOSALS`](crate::limits::MAX_PROPOSALS)).
    Proposals,
    /// Drafts of one proposal or of the desk.
    Drafts,
    /// Customer links recorded for a revision ([`MAX_LINKS_MADE`]).
    Links,
    /// Approval bands ([`MAX_BANDS`](crate::pricing::deal::MAX_BANDS)).
    Bands,
    /// Items of an offer list ([`MAX_LIST_ITEMS`](crate::limits::MAX_LIST_ITEMS)).
    ListItems,
    /// Catalogue items ([`MAX_ITEMS`](crate::limits::MAX_ITEMS)).
    CatalogueItems,
    /// Scenarios ([`MAX_SCENARIOS`](crate::limits::MAX_SCENARIOS)).
    Scenarios,
    /// The customer's requirements of a proposal
    /// ([`MAX_REQUIREMENTS`](crate::requirements::MAX_REQUIREMENTS)).
    Requirements,
}

pub(crate) fn invalid(path: impl Into<String>, problem: FileFault) -> FileError {
    FileError::Invalid {
        path: path.into(),
        problem,
    }
}

/// Whether `id` is a valid id of a proposal (or a logo, a catalogue item): 1 to 64
/// letters, digits, `-` or `_`, so an id is safe in an address and a file name.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The most customer links a revision records (one per offer content: copying
/// the same link again records nothing new).
pub const MAX_LINKS_MADE: usize = 100;

/// Every logo a file keeps: the profile's and those of its proposals and sent
/// offers (the others are dropped when it is written).
pub fn logos_in_use<'a>(
    proposals: impl IntoIterator<Item = &'a StoredProposal>,
) -> BTreeSet<LogoId> {
    let mut used = BTreeSet::new();
    for stored in proposals {
        let logos = std::iter::once(&stored.proposal.offer.seller.logo)
            .chain(stored.sent.iter().map(|sent| &sent.offer.logo));
        for logo in logos.flatten() {
            used.insert(logo.clone());
        }
    }
    used
}

/// Indents compact JSON as serde_json's pretty printer does: two spaces a level,
/// `"key": value`, one member or element a line, `{}` and `[]` when empty.
///
/// # Examples
/// ```
/// use best_offer_domain::library::file::indent_json;
/// assert_eq!(indent_json(r#"{"a":[1,{}],"b":"x,{\"y\"}"}"#), "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": \"x,{\\\"y\\\"}\"\n}");
/// ```
pub fn indent_json(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len().saturating_mul(2));
    let mut depth = 0_usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    // Empty: `{}` or `[]` on one line.
                    chars.next();
                    out.push(close);
                } else {
                    depth = depth.saturating_add(1);
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}
