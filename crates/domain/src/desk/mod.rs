//! The rep's desk: the seller profile, the product catalogue and the logos, kept
//! beside the proposals in the same file (format version 2).
//!
//! Half-typed text of the desk's number fields (a profile's minimum margin, an
//! item's price) is kept like a proposal's ([`crate::library::field`]): by its
//! [`DeskField`]'s string form in [`Desk::drafts`]. While the profile holds such
//! text, no new proposal starts from it ([`Desk::profile_problems`]); an item whose
//! figures hold such text is not offered for a line.

pub mod catalogue;
pub mod price_list;
pub mod profile;

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::desk::catalogue::{Catalogue, CatalogueItem, ItemId};
use crate::desk::profile::{PatternFault, SellerProfile, check_pattern, offer_number_from};
use crate::library::field::{Drafts, NoSuchField, Reading};
use crate::money::parse::{PercentRule, WholeOf};
use crate::offer::details::unique_offer_number;
use crate::offer::logo::{Logo, LogoId};
use crate::pricing::deal::{BandId, CostBasis, LineKind};

/// The profile, the catalogue, the logos and the desk's half-typed text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Desk {
    /// The seller profile.
    pub profile: SellerProfile,
    /// The product catalogue.
    pub catalogue: Catalogue,
    /// Every logo the profile, a proposal or a sent offer uses.
    pub logos: Vec<Logo>,
    /// Half-typed text of the desk's fields that does not read yet, by field.
    pub drafts: Drafts<DeskField>,
}

/// A number field of the desk.
///
/// # Examples
/// ```
/// use best_offer_domain::desk::DeskField;
/// use best_offer_domain::desk::catalogue::ItemId;
/// let key = DeskField::ItemPrice(ItemId("a-1".into()));
/// assert_eq!(key.to_string(), "item-a-1-price");
/// assert_eq!("item-a-1-price".parse(), Ok(key));
/// assert_eq!("profile-min-margin".parse(), Ok(DeskField::MinMargin));
/// assert!("min-margin".parse::<DeskField>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DeskField {
    /// The profile's term in months.
    TermMonths,
    /// The profile's tax rate.
    TaxRate,
    /// The profile's validity in days.
    ValidityDays,
    /// The profile's minimum margin.
    MinMargin,
    /// A profile approval band's limit.
    BandLimit(BandId),
    /// The next sequence number.
    NextSequence,
    /// An item's unit list price.
    ItemPrice(ItemId),
    /// An item's unit cost.
    ItemCost(ItemId),
    /// An item's margin at list.
    ItemMargin(ItemId),
    /// An item's maximum discount.
    ItemMaxDiscount(ItemId),
    /// A maintenance item's yearly rate.
    ItemRate(ItemId),
}

/// The item fields' DOM id endings, longest first (`-max-discount` before `-cost`
/// would not matter, but `item-x-max-discount` must not read as item `x-max`).
type MakeField = fn(ItemId) -> DeskField;
const ITEM_FIELDS: [(&str, MakeField); 5] = [
    ("-max-discount", DeskField::ItemMaxDiscount),
    ("-price", DeskField::ItemPrice),
    ("-cost", DeskField::ItemCost),
    ("-margin", DeskField::ItemMargin),
    ("-rate", DeskField::ItemRate),
];

/// The field's one string form: the key of its draft in the file and the DOM id of
/// its input (`profile-min-margin`, `item-a-1-price`).
impl fmt::Display for DeskField {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeskField::TermMonths => out.write_str("profile-term-months"),
            DeskField::TaxRate => out.write_str("profile-tax-rate"),
            DeskField::ValidityDays => out.write_str("profile-validity-days"),
            DeskField::MinMargin => out.write_str("profile-min-margin"),
            DeskField::BandLimit(id) => write!(out, "profile-band-{}-limit", id.0),
            DeskField::NextSequence => out.write_str("profile-next-sequence"),
            DeskField::ItemPrice(id) => write!(out, "item-{}-price", id.0),
            DeskField::ItemCost(id) => write!(out, "item-{}-cost", id.0),
            DeskField::ItemMargin(id) => write!(out, "item-{}-margin", id.0),
            DeskField::ItemMaxDiscount(id) => write!(out, "item-{}-max-discount", id.0),
            DeskField::ItemRate(id) => write!(out, "item-{}-rate", id.0),
        }
    }
}

impl FromStr for DeskField {
    type Err = NoSuchField;

    /// The desk field whose string form is `id` (see [`fmt::Display`]).
    fn from_str(id: &str) -> Result<DeskField, NoSuchField> {
        parse_desk_field(id).ok_or(NoSuchField)
    }
}

/// [`DeskField::from_str`], as an option.
fn parse_desk_field(id: &str) -> Option<DeskField> {
    match id {
        "profile-term-months" => return Some(DeskField::TermMonths),
        "profile-tax-rate" => return Some(DeskField::TaxRate),
        "profile-validity-days" => return Some(DeskField::ValidityDays),
        "profile-min-margin" => return Some(DeskField::MinMargin),
        "profile-next-sequence" => return Some(DeskField::NextSequence),
        _ => {}
    }
    if let Some(rest) = id.strip_prefix("profile-band-") {
        let n = rest.strip_suffix("-limit")?.parse::<u32>().ok()?;
        return (n > 0).then_some(DeskField::BandLimit(BandId(n)));
    }
    let rest = id.strip_prefix("item-")?;
    ITEM_FIELDS.iter().find_map(|(ending, make)| {
        let item = rest.strip_suffix(ending)?;
        (!item.is_empty()).then(|| make(ItemId(item.to_string())))
    })
}

impl DeskField {
    /// Whether the field is the profile's (the others are catalogue items').
    pub fn is_profile(&self) -> bool {
        matches!(
            self,
            DeskField::TermMonths
                | DeskField::TaxRate
                | DeskField::ValidityDays
                | DeskField::MinMargin
                | DeskField::BandLimit(_)
                | DeskField::NextSequence
        )
    }

    /// The item the field belongs to, for an item's field.
    pub fn item(&self) -> Option<&ItemId> {
        match self {
            DeskField::ItemPrice(id)
            | DeskField::ItemCost(id)
            | DeskField::ItemMargin(id)
            | DeskField::ItemMaxDiscount(id)
            | DeskField::ItemRate(id) => Some(id),
            _ => None,
        }
    }

    /// How the field reads in `desk`, or `None` when the desk has no such field (a
    /// removed item or band, an item showing the other cost field).
    pub fn reading(&self, desk: &Desk) -> Option<Reading> {
        let money = Reading::Money(desk.profile.currency);
        let item = |id: &ItemId| desk.catalogue.iter().find(|i| &i.id == id);
        let item_is = |id: &ItemId, test: fn(&CatalogueItem) -> bool| item(id).is_some_and(test);
        match self {
            DeskField::TermMonths => Some(Reading::TermMonths),
            DeskField::TaxRate => Some(Reading::Percent(PercentRule::TAX)),
            DeskField::ValidityDays => Some(Reading::Whole(WholeOf::ValidityDays)),
            DeskField::MinMargin => Some(Reading::Percent(PercentRule::MARGIN)),
            DeskField::BandLimit(id) => desk
                .profile
                .approval
                .band(*id)
                .map(|_| Reading::Percent(PercentRule::DISCOUNT)),
            DeskField::NextSequence => Some(Reading::Whole(WholeOf::Sequence)),
            DeskField::ItemPrice(id) => {
                item_is(id, |i| i.terms.kind != LineKind::Maintenance).then_some(money)
            }
            DeskField::ItemCost(id) => {
                item_is(id, |i| matches!(i.terms.cost, CostBasis::UnitCost(_))).then_some(money)
            }
            DeskField::ItemMargin(id) => {
                item_is(id, |i| matches!(i.terms.cost, CostBasis::MarginAtList(_)))
                    .then_some(Reading::Percent(PercentRule::MARGIN))
            }
            DeskField::ItemMaxDiscount(id) => {
                item(id).map(|_| Reading::Percent(PercentRule::DISCOUNT))
            }
            DeskField::ItemRate(id) => item_is(id, |i| i.terms.kind == LineKind::Maintenance)
                .then_some(Reading::Percent(PercentRule::MAINTENANCE)),
        }
    }
}

/// What stops a new proposal from starting from Your details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileProblem {
    /// A field holds text that does not read.
    Unreadable(DeskField),
    /// The offer-number pattern does not work.
    Pattern(PatternFault),
}

impl Desk {
    /// Keeps a desk field's typed text while it does not read (`Some`), or drops it
    /// once it does (`None`); `false` when nothing changes.
    pub fn set_draft(&mut self, field: DeskField, text: Option<String>) -> bool {
        if self.drafts.get(&field) == text.as_ref() {
            return false;
        }
        match text {
            Some(text) => self.drafts.insert(field, text),
            None => self.drafts.remove(&field),
        }
        true
    }

    /// Drops typed text of fields the desk no longer has (a removed item or band).
    pub fn prune_drafts(&mut self) {
        let mut drafts = std::mem::take(&mut self.drafts);
        drafts.retain(|field| field.reading(self).is_some());
        self.drafts = drafts;
    }

    /// The profile's fields whose text does not read, and a pattern that does not
    /// work: while there is one, no proposal starts from the profile.
    pub fn profile_problems(&self) -> Vec<ProfileProblem> {
        let mut problems: Vec<ProfileProblem> = self
            .drafts
            .keys()
            .filter(|field| field.is_profile())
            .map(ProfileProblem::Unreadable)
            .collect();
        if let Err(fault) = check_pattern(&self.profile.number_pattern) {
            problems.push(ProfileProblem::Pattern(fault));
        }
        problems
    }

    /// Whether item `id` holds typed text that does not read (it is then not
    /// offered for a line until fixed).
    pub fn item_is_unreadable(&self, id: &ItemId) -> bool {
        self.drafts.keys().any(|field| field.item() == Some(id))
    }

    /// The offer number the next new proposal issued on `day` gets, and the
    /// sequence number after it: the profile's pattern with its next sequence
    /// number, skipping numbers in `taken`.
    ///
    /// # Errors
    /// What is wrong with the pattern.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, desk::Desk};
    /// let day = Date::parse_iso("2026-11-27").unwrap();
    /// let desk = Desk::default();
    /// assert_eq!(desk.next_offer_number(day, &[]).unwrap(), ("BO-2026-001".to_string(), 2));
    /// assert_eq!(desk.next_offer_number(day, &["BO-2026-001"]).unwrap(), ("BO-2026-002".to_string(), 3));
    /// ```
    pub fn next_offer_number(
        &self,
        day: Date,
        taken: &[&str],
    ) -> Result<(String, u32), PatternFault> {
        let first = self.profile.next_sequence.max(1);
        let mut sequence = first;
        loop {
            let number = offer_number_from(&self.profile.number_pattern, day, sequence)?;
            // At most taken.len() + 1 tries: one of them is free.
            let tried = sequence.saturating_sub(first) as usize;
            if !taken.contains(&number.as_str()) || tried > taken.len() || sequence == u32::MAX {
                return Ok((number, sequence.saturating_add(1)));
            }
            sequence = sequence.saturating_add(1);
        }
    }

    /// The next offer number of the profile's pattern on `day` that `taken` does
    /// not hold, advancing the sequence; the day's `BO-YYYYMMDD-NN` while the
    /// pattern does not work.
    pub fn take_offer_number(&mut self, day: Date, taken: &[&str]) -> String {
        match self.next_offer_number(day, taken) {
            Ok((number, next)) => {
                self.profile.next_sequence = next;
                number
            }
            Err(_) => unique_offer_number(day, taken),
        }
    }

    /// The logo with `id`.
    pub fn logo(&self, id: &LogoId) -> Option<&Logo> {
        self.logos.iter().find(|logo| &logo.id == id)
    }

    /// Adds `logo` (once) and makes it the profile's.
    pub fn set_profile_logo(&mut self, logo: Logo) {
        if self.logo(&logo.id).is_none() {
            self.logos.push(logo.clone());
        }
        self.profile.seller.logo = Some(logo.id);
    }

    /// Drops logos that nothing in `used` (nor the profile) names.
    pub fn keep_logos(&mut self, used: &BTreeSet<LogoId>) {
        let profile = self.profile.seller.logo.clone();
        self.logos
            .retain(|logo| used.contains(&logo.id) || profile.as_ref() == Some(&logo.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::catalogue::{CatalogueEdit, apply};

    #[test]
    fn every_field_round_trips_through_its_string_form() {
        let item = || ItemId("x-max".into());
        for field in [
            DeskField::TermMonths,
            DeskField::TaxRate,
            DeskField::ValidityDays,
            DeskField::MinMargin,
            DeskField::BandLimit(BandId(3)),
            DeskField::NextSequence,
            DeskField::ItemPrice(item()),
            DeskField::ItemCost(item()),
            DeskField::ItemMargin(item()),
            DeskField::ItemMaxDiscount(item()),
            DeskField::ItemRate(item()),
        ] {
            assert_eq!(field.to_string().parse(), Ok(field.clone()));
        }
        for junk in [
            "item--price",
            "item-",
            "profile-band-0-limit",
            "profile-x",
            "line-1-price",
        ] {
            assert_eq!(junk.parse::<DeskField>(), Err(NoSuchField), "{junk}");
        }
    }

    #[test]
    fn half_typed_profile_text_blocks_new_proposals_and_is_named() {
        let mut desk = Desk::default();
        assert!(desk.profile_problems().is_empty());
        assert!(desk.set_draft(DeskField::MinMargin, Some("3O".into())));
        assert_eq!(
            desk.profile_problems(),
            vec![ProfileProblem::Unreadable(DeskField::MinMargin)]
        );
        desk.profile.number_pattern = "{YYYY}".into();
        assert_eq!(desk.profile_problems().len(), 2);
    }

    #[test]
    fn drafts_of_removed_items_are_dropped() {
        let mut desk = Desk::default();
        let id = ItemId("a".into());
        assert!(apply(
            &mut desk.catalogue,
            CatalogueEdit::Add(id.clone()),
            2
        ));
        desk.set_draft(DeskField::ItemPrice(id.clone()), Some("12,3,4".into()));
        assert!(desk.item_is_unreadable(&id));
        assert!(apply(
            &mut desk.catalogue,
            CatalogueEdit::Remove(id.clone()),
            2
        ));
        desk.prune_drafts();
        assert!(desk.drafts.is_empty());
        assert!(!desk.item_is_unreadable(&id));
    }
}
