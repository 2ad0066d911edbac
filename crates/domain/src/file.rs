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

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::deal::MAX_BANDS;
use crate::deal::{ApprovalPolicy, CostBasis, Lever};
use crate::desk::Desk;
use crate::limits::{
    MAX_FILE_BYTES, MAX_FILE_TEXT, MAX_ITEMS, MAX_ITEMS_TEXT, MAX_LINES, MAX_LIST_ITEMS, MAX_MONEY,
    MAX_MONEY_TEXT, MAX_PROPOSALS, MAX_QUANTITY, MAX_QUANTITY_TEXT, MAX_SCENARIOS, MAX_SEQUENCE,
    MAX_TERM_MONTHS, MAX_TERM_MONTHS_TEXT, MAX_TEXT_CHARS, MAX_VALIDITY_DAYS, SEQUENCE_MESSAGE,
    VALIDITY_MESSAGE,
};
use crate::logo::LogoId;
use crate::offer::CustomerOffer;
use crate::percent::Percent;
use crate::proposal::Proposal;
use crate::words::Language;

/// Value of the `format` field: marks a Best Offer file.
pub const FORMAT: &str = "best-offer";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 3;
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

impl Status {
    /// Label for the proposal list.
    pub const fn label(self) -> &'static str {
        match self {
            Status::Draft => "Draft",
            Status::Sent => "Sent",
            Status::Won => "Won",
            Status::Lost => "Lost",
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
    /// Half-typed text of fields that did not parse yet, by field id, so a reload
    /// shows exactly what was on screen.
    #[serde(default)]
    pub drafts: BTreeMap<String, String>,
    /// Customer links made of the revision being prepared, not yet marked as sent
    /// (version 3 on); marking it as sent moves them into its [`SentRevision`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<LinkMade>,
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

    /// The file as pretty JSON (decimals as strings, see [`crate::decimal_text`]),
    /// its fields in the order of the types.
    ///
    /// # Errors
    /// [`FileError::NotJson`] if serialisation fails (it does not for valid data).
    pub fn to_json(&self) -> Result<String, FileError> {
        serde_json::to_string_pretty(self).map_err(|e| FileError::NotJson(e.to_string()))
    }

    /// The file as compact JSON (no indentation): what browser storage keeps, so
    /// that more fits in its few megabytes. Reads back exactly as [`Self::to_json`].
    ///
    /// # Errors
    /// [`FileError::NotJson`] if serialisation fails (it does not for valid data).
    pub fn to_compact_json(&self) -> Result<String, FileError> {
        serde_json::to_string(self).map_err(|e| FileError::NotJson(e.to_string()))
    }
}

/// Why a file was refused. The message is shown to the rep.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// Over [`MAX_FILE_BYTES`].
    #[error("The file is too large ({0} bytes; at most {MAX_FILE_TEXT}).")]
    TooLarge(usize),
    /// Not JSON, truncated, or nested too deeply.
    #[error("The file is not readable JSON (it may be truncated or damaged): {0}")]
    NotJson(String),
    /// JSON, but not a Best Offer file.
    #[error("This is not a Best Offer proposal file.")]
    NotOurs,
    /// Written by a newer version of the app.
    #[error(
        "This file was written by a newer version of Best Offer (format version {0}; this one reads up to {SCHEMA_VERSION}). Update the app to open it."
    )]
    Newer(u64),
    /// A version that never existed.
    #[error("This file has an unknown format version ({0}).")]
    UnknownVersion(String),
    /// A field is missing, of the wrong type or out of range.
    #[error("{path}: {problem}")]
    Invalid {
        /// Where, e.g. `proposals[0].proposal.deal.lines[2].unit_list_price`.
        path: String,
        /// What is wrong.
        problem: String,
    },
}

fn invalid(path: impl Into<String>, problem: impl Into<String>) -> FileError {
    FileError::Invalid {
        path: path.into(),
        problem: problem.into(),
    }
}

/// Reads a proposal file: size cap, JSON, format and version (migrating older
/// versions), strict fields, then every value's range.
///
/// # Errors
/// A [`FileError`] naming what is wrong; nothing is partly read.
///
/// # Examples
/// ```
/// use best_offer_domain::file::{parse_file, FileError, ProposalFile};
/// let empty = ProposalFile::new(Default::default(), vec![], None).to_json().unwrap();
/// assert_eq!(parse_file(&empty).unwrap().proposals.len(), 0);
/// assert!(matches!(parse_file("{\"format\":\"best-offer\",\"schema_version\":99}"), Err(FileError::Newer(99))));
/// assert!(parse_file("{\"format\":\"best-of").is_err());
/// ```
pub fn parse_file(text: &str) -> Result<ProposalFile, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge(text.len()));
    }
    // serde_json refuses nesting deeper than 128 levels, so no input can exhaust
    // the stack here.
    let value: Value = serde_json::from_str(text).map_err(|e| FileError::NotJson(e.to_string()))?;
    let Value::Object(ref object) = value else {
        return Err(FileError::NotOurs);
    };
    if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileError::NotOurs);
    }
    // Written through `Value`'s own printer: `Number`'s would bring in the
    // standard library's float printing (~10 KB of Wasm) for this one message.
    let version = match object.get("schema_version") {
        Some(value) => value
            .as_u64()
            .ok_or_else(|| FileError::UnknownVersion(value.to_string()))?,
        None => return Err(invalid("schema_version", "missing")),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(FileError::Newer(version));
    }
    let value = migrate(value, version)?;
    let file: ProposalFile = serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        FileError::Invalid {
            // The path of the whole file prints as "."; a rep reads "file".
            path: if path == "." {
                "file".to_string()
            } else {
                path
            },
            problem: error.into_inner().to_string(),
        }
    })?;
    validate(&file)?;
    Ok(file)
}

/// Brings a file of version `from` to [`SCHEMA_VERSION`], one step at a time.
/// Each past version has a committed fixture under `tests/fixtures/` that must keep
/// migrating to the current version.
fn migrate(value: Value, from: u64) -> Result<Value, FileError> {
    match from {
        1 => migrate(v1_to_v2(value), 2),
        2 => migrate(v2_to_v3(value), 3),
        3 => Ok(value),
        other => Err(FileError::UnknownVersion(other.to_string())),
    }
}

/// The stored proposals of a file's JSON object (none when it has no such array:
/// the strict reading names that).
fn stored_proposals(
    object: &mut serde_json::Map<String, Value>,
) -> impl Iterator<Item = &mut Value> {
    object
        .get_mut("proposals")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// Version 2 to 3: written offers get a language. Every proposal's offer and the
/// profile's new offers are in English, as before; an offer whose proposal wrote
/// numbers in another format than English's keeps that format as the rep's choice,
/// so every offer prints exactly as it did. (Sent offers need nothing: an English
/// offer leaves its language out.) Anything malformed is left for the strict
/// reading to name.
fn v2_to_v3(mut value: Value) -> Value {
    let english = Value::from(Language::En.code());
    let english_format = serde_json::to_value(Language::En.number_format()).ok();
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".to_string(), Value::from(3_u32));
        if let Some(profile) = object
            .get_mut("desk")
            .and_then(|desk| desk.get_mut("profile"))
            .and_then(Value::as_object_mut)
        {
            profile.insert("offer_language".to_string(), english.clone());
        }
        let proposals = stored_proposals(object);
        for stored in proposals {
            let Some(proposal) = stored.get_mut("proposal").and_then(Value::as_object_mut) else {
                continue;
            };
            let format = proposal.get("number_format").cloned();
            if let Some(offer) = proposal.get_mut("offer").and_then(Value::as_object_mut) {
                offer.insert("language".to_string(), english.clone());
                if let Some(format) = format.filter(|f| Some(f) != english_format.as_ref()) {
                    offer.insert("number_format".to_string(), format);
                }
            }
        }
    }
    value
}

/// Version 1 to 2: approval bands get ids (1, 2, … in their order, which is what a
/// version 1 draft's `band-N-limit` key meant), and the file gets a desk (the
/// missing `desk` reads as an empty one). Anything malformed is left for the strict
/// reading to name.
fn v1_to_v2(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".to_string(), Value::from(2_u32));
        let proposals = stored_proposals(object);
        for stored in proposals {
            let bands = stored
                .pointer_mut("/proposal/deal/approval/bands")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten();
            for (index, band) in bands.enumerate() {
                if let Some(band) = band.as_object_mut() {
                    let id = u32::try_from(index).unwrap_or(u32::MAX).saturating_add(1);
                    band.insert("id".to_string(), Value::from(id));
                }
            }
        }
    }
    value
}

fn check_text(path: &str, text: &str) -> Result<(), FileError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(invalid(
            path,
            format!("longer than {MAX_TEXT_CHARS} characters"),
        ));
    }
    Ok(())
}

fn check_money(path: &str, value: Decimal) -> Result<(), FileError> {
    if value < Decimal::ZERO {
        return Err(invalid(path, "can't be negative"));
    }
    if value > MAX_MONEY {
        return Err(invalid(path, format!("larger than {MAX_MONEY_TEXT}")));
    }
    Ok(())
}

fn check_percent(path: &str, points: Decimal, below_100: bool) -> Result<(), FileError> {
    let hundred = Decimal::ONE_HUNDRED;
    if points < Decimal::ZERO || points > hundred || (below_100 && points == hundred) {
        let range = if below_100 {
            "0 to under 100"
        } else {
            "0 to 100"
        };
        return Err(invalid(path, format!("must be {range} (per cent)")));
    }
    Ok(())
}

/// The price, cost, cap and maintenance rate of a line or a catalogue item at `at`.
fn check_pricing(
    at: &str,
    unit_list_price: Decimal,
    cost: CostBasis,
    max_discount: Option<Percent>,
    maintenance_rate: Percent,
) -> Result<(), FileError> {
    check_money(&format!("{at}.unit_list_price"), unit_list_price)?;
    match cost {
        CostBasis::UnitCost(cost) => check_money(&format!("{at}.cost.value"), cost)?,
        CostBasis::MarginAtList(m) => check_percent(&format!("{at}.cost.value"), m.points(), true)?,
    }
    if let Some(cap) = max_discount {
        check_percent(&format!("{at}.max_discount"), cap.points(), false)?;
    }
    check_percent(
        &format!("{at}.maintenance_rate"),
        maintenance_rate.points(),
        false,
    )
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

/// Range checks that the types cannot express.
fn validate(file: &ProposalFile) -> Result<(), FileError> {
    if file.proposals.len() > MAX_PROPOSALS {
        return Err(invalid(
            "proposals",
            format!("more than {MAX_PROPOSALS} proposals"),
        ));
    }
    let mut ids = std::collections::BTreeSet::new();
    for (i, stored) in file.proposals.iter().enumerate() {
        let at = format!("proposals[{i}]");
        if !is_valid_id(&stored.id) {
            return Err(invalid(
                format!("{at}.id"),
                "must be 1–64 letters, digits, '-' or '_'",
            ));
        }
        if !ids.insert(stored.id.as_str()) {
            return Err(invalid(format!("{at}.id"), "the same id appears twice"));
        }
        validate_proposal(&format!("{at}.proposal"), &stored.proposal)?;
        for (key, text) in &stored.drafts {
            check_text(&format!("{at}.drafts.{key}"), key)?;
            check_text(&format!("{at}.drafts.{key}"), text)?;
        }
        if stored.drafts.len() > 2_000 {
            return Err(invalid(format!("{at}.drafts"), "too many entries"));
        }
        validate_links(&format!("{at}.links"), &stored.links)?;
        for (k, sent) in stored.sent.iter().enumerate() {
            validate_links(&format!("{at}.sent[{k}].links"), &sent.links)?;
        }
    }
    if let Some(current) = &file.current
        && !ids.contains(current.as_str())
    {
        return Err(invalid("current", "names no proposal in the file"));
    }
    validate_desk(&file.desk)?;
    // Every logo a proposal or a sent offer names is in the file.
    let logo_known =
        |logo: &Option<LogoId>| logo.as_ref().is_none_or(|id| file.desk.logo(id).is_some());
    for (i, stored) in file.proposals.iter().enumerate() {
        if !logo_known(&stored.proposal.offer.logo) {
            return Err(invalid(
                format!("proposals[{i}].proposal.offer.logo"),
                "names no logo in the file",
            ));
        }
        for (k, sent) in stored.sent.iter().enumerate() {
            if !logo_known(&sent.offer.logo) {
                return Err(invalid(
                    format!("proposals[{i}].sent[{k}].offer.logo"),
                    "names no logo in the file",
                ));
            }
        }
    }
    Ok(())
}

fn validate_links(at: &str, links: &[LinkMade]) -> Result<(), FileError> {
    if links.len() > MAX_LINKS_MADE {
        return Err(invalid(at, format!("more than {MAX_LINKS_MADE} links")));
    }
    for (k, link) in links.iter().enumerate() {
        if link.fingerprint.chars().count() > 32 {
            return Err(invalid(format!("{at}[{k}].fingerprint"), "too long"));
        }
    }
    Ok(())
}

/// The most customer links a revision records (one per offer content: copying
/// the same link again records nothing new).
pub const MAX_LINKS_MADE: usize = 100;

/// Every logo a file keeps: the profile's and those of its proposals and sent
/// offers (the others are dropped when it is written).
pub fn logos_in_use(proposals: &[StoredProposal]) -> BTreeSet<LogoId> {
    proposals
        .iter()
        .flat_map(|stored| {
            std::iter::once(&stored.proposal.offer.logo)
                .chain(stored.sent.iter().map(|sent| &sent.offer.logo))
        })
        .flatten()
        .cloned()
        .collect()
}

fn validate_approval(at: &str, approval: &ApprovalPolicy) -> Result<(), FileError> {
    if approval.bands.len() > MAX_BANDS {
        return Err(invalid(
            format!("{at}.bands"),
            format!("at most {MAX_BANDS} bands"),
        ));
    }
    let mut ids = BTreeSet::new();
    for (k, band) in approval.bands.iter().enumerate() {
        if band.id.0 == 0 || !ids.insert(band.id) {
            return Err(invalid(
                format!("{at}.bands[{k}].id"),
                "must be 1 or more, and not used by another band",
            ));
        }
        check_percent(
            &format!("{at}.bands[{k}].up_to"),
            band.up_to.points(),
            false,
        )?;
        check_text(&format!("{at}.bands[{k}].approver"), &band.approver)?;
    }
    check_text(&format!("{at}.above"), &approval.above)
}

fn validate_desk(desk: &Desk) -> Result<(), FileError> {
    let profile = &desk.profile;
    for (name, text) in [
        ("company", &profile.company),
        ("address", &profile.address),
        ("rep_name", &profile.rep_name),
        ("rep_title", &profile.rep_title),
        ("rep_email", &profile.rep_email),
        ("rep_phone", &profile.rep_phone),
        ("payment_terms", &profile.payment_terms),
        ("number_pattern", &profile.number_pattern),
    ] {
        check_text(&format!("desk.profile.{name}"), text)?;
    }
    if profile.term_months == 0 || profile.term_months > MAX_TERM_MONTHS {
        return Err(invalid(
            "desk.profile.term_months",
            format!("must be 1 to {MAX_TERM_MONTHS_TEXT}"),
        ));
    }
    if profile.validity_days == 0 || profile.validity_days > MAX_VALIDITY_DAYS {
        return Err(invalid("desk.profile.validity_days", VALIDITY_MESSAGE));
    }
    if profile.next_sequence == 0 || profile.next_sequence > MAX_SEQUENCE {
        return Err(invalid("desk.profile.next_sequence", SEQUENCE_MESSAGE));
    }
    if let Some(tax) = profile.tax_rate {
        check_percent("desk.profile.tax_rate", tax.points(), false)?;
    }
    if let Some(m) = profile.min_margin {
        check_percent("desk.profile.min_margin", m.points(), true)?;
    }
    if let Some(step) = profile.nice_step {
        check_money("desk.profile.nice_step", step)?;
        if step.is_zero() {
            return Err(invalid("desk.profile.nice_step", "must be more than 0"));
        }
    }
    validate_approval("desk.profile.approval", &profile.approval)?;
    for (name, list) in [
        ("included", &profile.included),
        ("not_included", &profile.not_included),
        ("assumptions", &profile.assumptions),
    ] {
        if list.len() > MAX_LIST_ITEMS {
            return Err(invalid(format!("desk.profile.{name}"), "too many items"));
        }
        for (k, item) in list.iter().enumerate() {
            check_text(&format!("desk.profile.{name}[{k}]"), item)?;
        }
    }
    if desk.catalogue.len() > MAX_ITEMS {
        return Err(invalid(
            "desk.catalogue",
            format!("more than {MAX_ITEMS_TEXT} items"),
        ));
    }
    let mut item_ids = BTreeSet::new();
    for (k, item) in desk.catalogue.iter().enumerate() {
        let at = format!("desk.catalogue[{k}]");
        if !is_valid_id(&item.id.0) {
            return Err(invalid(
                format!("{at}.id"),
                "must be 1–64 letters, digits, '-' or '_'",
            ));
        }
        if !item_ids.insert(&item.id) {
            return Err(invalid(format!("{at}.id"), "the same id appears twice"));
        }
        check_text(&format!("{at}.name"), &item.name)?;
        check_text(&format!("{at}.description"), &item.description)?;
        check_pricing(
            &at,
            item.unit_list_price,
            item.cost,
            item.max_discount,
            item.maintenance_rate,
        )?;
    }
    let mut logo_ids = BTreeSet::new();
    for (k, logo) in desk.logos.iter().enumerate() {
        logo.check()
            .map_err(|e| invalid(format!("desk.logos[{k}]"), e.to_string()))?;
        if !logo_ids.insert(&logo.id) {
            return Err(invalid(
                format!("desk.logos[{k}].id"),
                "the same logo appears twice",
            ));
        }
    }
    if let Some(id) = &profile.logo
        && desk.logo(id).is_none()
    {
        return Err(invalid("desk.profile.logo", "names no logo in the file"));
    }
    if desk.drafts.len() > 2_000 {
        return Err(invalid("desk.drafts", "too many entries"));
    }
    for (key, text) in &desk.drafts {
        check_text(&format!("desk.drafts.{key}"), key)?;
        check_text(&format!("desk.drafts.{key}"), text)?;
    }
    Ok(())
}

fn validate_proposal(at: &str, proposal: &Proposal) -> Result<(), FileError> {
    check_text(&format!("{at}.customer"), &proposal.customer)?;
    check_text(&format!("{at}.deal_name"), &proposal.deal_name)?;
    let deal = &proposal.deal;
    if deal.term_months == 0 || deal.term_months > MAX_TERM_MONTHS {
        return Err(invalid(
            format!("{at}.deal.term_months"),
            format!("must be 1 to {MAX_TERM_MONTHS_TEXT}"),
        ));
    }
    if deal.lines.is_empty() || deal.lines.len() > MAX_LINES {
        return Err(invalid(
            format!("{at}.deal.lines"),
            format!("must hold 1 to {MAX_LINES} lines"),
        ));
    }
    let mut line_ids = std::collections::BTreeSet::new();
    for (j, line) in deal.lines.iter().enumerate() {
        let at = format!("{at}.deal.lines[{j}]");
        if !line_ids.insert(line.id) {
            return Err(invalid(
                format!("{at}.id"),
                "the same line id appears twice",
            ));
        }
        check_text(&format!("{at}.name"), &line.name)?;
        check_text(&format!("{at}.description"), &line.description)?;
        if let Some(item) = &line.catalogue_item
            && !is_valid_id(&item.0)
        {
            return Err(invalid(
                format!("{at}.catalogue_item"),
                "must be 1–64 letters, digits, '-' or '_'",
            ));
        }
        if line.quantity <= Decimal::ZERO || line.quantity > MAX_QUANTITY {
            return Err(invalid(
                format!("{at}.quantity"),
                format!("must be more than 0 and at most {MAX_QUANTITY_TEXT}"),
            ));
        }
        check_pricing(
            &at,
            line.unit_list_price,
            line.cost,
            line.max_discount,
            line.maintenance_rate,
        )?;
    }
    if let Some(tax) = deal.tax_rate {
        check_percent(&format!("{at}.deal.tax_rate"), tax.points(), false)?;
    }
    if let Some(m) = deal.floor.min_margin {
        check_percent(&format!("{at}.deal.floor.min_margin"), m.points(), true)?;
    }
    if let Some(w) = deal.floor.walk_away {
        check_money(&format!("{at}.deal.floor.walk_away"), w)?;
    }
    if let Some(step) = deal.nice_step {
        check_money(&format!("{at}.deal.nice_step"), step)?;
        if step.is_zero() {
            return Err(invalid(
                format!("{at}.deal.nice_step"),
                "must be more than 0",
            ));
        }
    }
    validate_approval(&format!("{at}.deal.approval"), &deal.approval)?;
    if proposal.scenarios.len() > MAX_SCENARIOS {
        return Err(invalid(
            format!("{at}.scenarios"),
            format!("at most {MAX_SCENARIOS} scenarios"),
        ));
    }
    for (k, scenario) in proposal.scenarios.iter().enumerate() {
        let at = format!("{at}.scenarios[{k}]");
        check_text(&format!("{at}.name"), &scenario.name)?;
        match scenario.lever {
            Lever::Discount(p) => check_percent(&format!("{at}.lever.value"), p.points(), false)?,
            Lever::TargetMargin(p) => {
                check_percent(&format!("{at}.lever.value"), p.points(), true)?
            }
            Lever::TargetPrice(price) => check_money(&format!("{at}.lever.value"), price)?,
        }
        for (o, entry) in scenario.overrides.iter().enumerate() {
            check_percent(
                &format!("{at}.overrides[{o}].discount"),
                entry.discount.points(),
                false,
            )?;
        }
    }
    let offer = &proposal.offer;
    for (name, text) in [
        ("seller_company", &offer.seller_company),
        ("seller_address", &offer.seller_address),
        ("rep_name", &offer.rep_name),
        ("rep_title", &offer.rep_title),
        ("rep_email", &offer.rep_email),
        ("rep_phone", &offer.rep_phone),
        ("buyer_contact", &offer.buyer_contact),
        ("number", &offer.number),
        ("payment_terms", &offer.payment_terms),
        ("note", &offer.note),
    ] {
        check_text(&format!("{at}.offer.{name}"), text)?;
    }
    for (name, list) in [
        ("included", &offer.included),
        ("not_included", &offer.not_included),
        ("assumptions", &offer.assumptions),
    ] {
        if list.len() > MAX_LIST_ITEMS {
            return Err(invalid(format!("{at}.offer.{name}"), "too many items"));
        }
        for (k, item) in list.iter().enumerate() {
            check_text(&format!("{at}.offer.{name}[{k}]"), item)?;
        }
    }
    if offer.revision == 0 {
        return Err(invalid(format!("{at}.offer.revision"), "must be 1 or more"));
    }
    Ok(())
}
