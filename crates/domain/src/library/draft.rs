//! What the app points at by type, never by a DOM id it parsed: the field a draft
//! belongs to ([`DraftKey`]: a proposal's or the desk's) and where the cursor goes
//! ([`FocusTarget`]), with the rule that says where it goes after an edit
//! ([`focus_after`]).
//!
//! Each has one string form ([`fmt::Display`]): a draft key's is how the file keys
//! the draft and the id the app gives the input; the app makes every DOM id from
//! these types in one place.

use std::fmt;
use std::str::FromStr;

use crate::desk::DeskField;
use crate::desk::catalogue::ItemId;
use crate::library::edit::{Edit, OfferEdit};
use crate::library::field::{FieldKey, NoSuchField};
use crate::library::proposal::Proposal;
use crate::offer::details::{ListEdit, OfferList};
use crate::pricing::deal::{ApprovalEdit, LineId, ScenarioId};
use crate::requirements::{RequirementEdit, RequirementId};

/// A number field anywhere in the app: one of the open proposal's or one of the
/// desk's (Your details, a catalogue item).
///
/// # Examples
/// ```
/// use best_offer_domain::desk::DeskField;
/// use best_offer_domain::library::{draft::DraftKey, field::FieldKey};
/// use best_offer_domain::pricing::deal::LineId;
/// assert_eq!(DraftKey::from(FieldKey::LinePrice(LineId(2))).to_string(), "line-2-price");
/// assert_eq!("profile-min-margin".parse(), Ok(DraftKey::Desk(DeskField::MinMargin)));
/// assert_eq!("min-margin".parse(), Ok(DraftKey::Proposal(FieldKey::MinMargin)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DraftKey {
    /// A field of the open proposal.
    Proposal(FieldKey),
    /// A field of the desk.
    Desk(DeskField),
}

impl From<FieldKey> for DraftKey {
    fn from(key: FieldKey) -> DraftKey {
        DraftKey::Proposal(key)
    }
}

impl From<DeskField> for DraftKey {
    fn from(field: DeskField) -> DraftKey {
        DraftKey::Desk(field)
    }
}

impl fmt::Display for DraftKey {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftKey::Proposal(key) => key.fmt(out),
            DraftKey::Desk(field) => field.fmt(out),
        }
    }
}

impl FromStr for DraftKey {
    type Err = NoSuchField;

    /// The key whose string form is `text` (the two forms never overlap: the desk's
    /// start with `profile-` or `item-`).
    fn from_str(text: &str) -> Result<DraftKey, NoSuchField> {
        text.parse::<DeskField>()
            .map(DraftKey::Desk)
            .or_else(|_| text.parse::<FieldKey>().map(DraftKey::Proposal))
    }
}

/// Where the cursor goes: the first field of something just added, or a field to fix.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FocusTarget {
    /// The proposal's customer (where a new proposal starts).
    Customer,
    /// A line's name.
    LineName(LineId),
    /// A scenario's name.
    ScenarioName(ScenarioId),
    /// A catalogue item's name.
    ItemName(ItemId),
    /// An offer list's `n`th item (1-based).
    ListItem(OfferList, usize),
    /// A requirement's text (the customer's words).
    Requirement(RequirementId),
    /// A requirement's answer.
    RequirementAnswer(RequirementId),
    /// A number field.
    Field(DraftKey),
    /// The written offer's Print button (where "Written offer →" takes the rep).
    PrintOffer,
}

impl From<FieldKey> for FocusTarget {
    fn from(key: FieldKey) -> FocusTarget {
        FocusTarget::Field(DraftKey::Proposal(key))
    }
}

impl fmt::Display for FocusTarget {
    /// The target's string form, also the DOM id of its input (`line-2-name`,
    /// `included-3`, a field's own form).
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FocusTarget::Customer => out.write_str("customer"),
            FocusTarget::LineName(id) => write!(out, "line-{}-name", id.0),
            FocusTarget::ScenarioName(id) => write!(out, "scenario-{}-name", id.0),
            FocusTarget::ItemName(id) => write!(out, "item-{}-name", id.0),
            FocusTarget::ListItem(list, n) => {
                let name = match list {
                    OfferList::Included => "included",
                    OfferList::NotIncluded => "not-included",
                    OfferList::Assumptions => "assumptions",
                };
                write!(out, "{name}-{n}")
            }
            FocusTarget::Requirement(id) => write!(out, "requirement-{}-text", id.0),
            FocusTarget::RequirementAnswer(id) => write!(out, "requirement-{}-answer", id.0),
            FocusTarget::Field(key) => key.fmt(out),
            FocusTarget::PrintOffer => out.write_str("print-offer"),
        }
    }
}

impl FocusTarget {
    /// Whether the target sits on the written-offer view (the others are in the
    /// workspace or the desk), so "Fix this field" knows where to take the rep.
    pub fn on_offer_view(&self) -> bool {
        match self {
            FocusTarget::ListItem(..)
            | FocusTarget::Requirement(_)
            | FocusTarget::RequirementAnswer(_)
            | FocusTarget::PrintOffer => true,
            FocusTarget::Field(DraftKey::Proposal(key)) => key.on_offer_view(),
            _ => false,
        }
    }
}

/// Where the cursor goes after `edit` turned `before` into `after`: the first field
/// of the item it added (a line's name, a scenario's name, a band's limit, a list's
/// new item), or `None` when it added nothing.
///
/// # Examples
/// ```
/// use best_offer_domain::{date::Date, library::edit::Edit, library::draft::{focus_after, FocusTarget}, library::proposal::Proposal, Currency};
/// use best_offer_domain::pricing::deal::ScenarioId;
/// let before = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
/// let mut after = before.clone();
/// assert!(after.apply(Edit::AddScenario));
/// assert_eq!(focus_after(&Edit::AddScenario, &before, &after), Some(FocusTarget::ScenarioName(ScenarioId(4))));
/// ```
pub fn focus_after(edit: &Edit, before: &Proposal, after: &Proposal) -> Option<FocusTarget> {
    match edit {
        Edit::AddLine | Edit::DuplicateLine(_) => after
            .deal
            .lines
            .iter()
            .find(|line| before.deal.line(line.id).is_none())
            .map(|line| FocusTarget::LineName(line.id)),
        Edit::AddScenario => after
            .scenarios
            .iter()
            .find(|s| !before.scenarios.iter().any(|b| b.id == s.id))
            .map(|s| FocusTarget::ScenarioName(s.id)),
        Edit::Approval(ApprovalEdit::AddBand) => after
            .deal
            .approval
            .bands
            .iter()
            .find(|band| before.deal.approval.band(band.id).is_none())
            .map(|band| FieldKey::BandLimit(band.id).into()),
        Edit::Offer(OfferEdit::List(list, ListEdit::Add)) => {
            let n = after.offer.list(*list).len();
            (n > before.offer.list(*list).len()).then_some(FocusTarget::ListItem(*list, n))
        }
        Edit::Requirement(RequirementEdit::Add) => after
            .requirements
            .iter()
            .find(|r| !before.requirements.iter().any(|b| b.id == r.id))
            .map(|r| FocusTarget::Requirement(r.id)),
        // A line filled from the catalogue: next comes how many (maintenance has no
        // quantity of its own).
        Edit::FromItem(line, _) => {
            let quantity = FieldKey::LineQuantity(*line);
            quantity.reading(after).map(|_| quantity.into())
        }
        _ => None,
    }
}

/// Where Enter in a line's quantity takes the rep, as in a spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterQuantity {
    /// Down the column: the next line's quantity (its name when it has none, as a
    /// maintenance line).
    Focus(FocusTarget),
    /// From the last line: a new line (whose name then takes the cursor).
    AddLine,
}

/// Where Enter in the quantity of `line` goes ([`AfterQuantity`]).
///
/// # Examples
/// ```
/// use best_offer_domain::{date::Date, library::proposal::Proposal, Currency};
/// use best_offer_domain::library::draft::{after_quantity, AfterQuantity, FocusTarget};
/// use best_offer_domain::library::edit::Edit;
/// use best_offer_domain::library::field::FieldKey;
/// let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 12, 2).unwrap());
/// let first = proposal.deal.lines[0].id;
/// assert_eq!(after_quantity(&proposal, first), AfterQuantity::AddLine);
/// assert!(proposal.apply(Edit::AddLine));
/// let second = proposal.deal.lines[1].id;
/// assert_eq!(after_quantity(&proposal, first), AfterQuantity::Focus(FieldKey::LineQuantity(second).into()));
/// ```
pub fn after_quantity(proposal: &Proposal, line: LineId) -> AfterQuantity {
    let lines = &proposal.deal.lines;
    let next = lines
        .iter()
        .position(|l| l.id == line)
        .and_then(|index| lines.get(index.saturating_add(1)));
    match next {
        None => AfterQuantity::AddLine,
        Some(next) => {
            let quantity = FieldKey::LineQuantity(next.id);
            AfterQuantity::Focus(match quantity.reading(proposal) {
                Some(_) => quantity.into(),
                None => FocusTarget::LineName(next.id),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pricing::deal::BandId;

    #[test]
    fn every_target_has_the_dom_id_the_pages_use() {
        let cases = [
            (FocusTarget::LineName(LineId(2)), "line-2-name"),
            (FocusTarget::ScenarioName(ScenarioId(3)), "scenario-3-name"),
            (FocusTarget::ItemName(ItemId("a-1".into())), "item-a-1-name"),
            (FocusTarget::Customer, "customer"),
            (FocusTarget::PrintOffer, "print-offer"),
            (
                FocusTarget::ListItem(OfferList::NotIncluded, 2),
                "not-included-2",
            ),
            (FieldKey::BandLimit(BandId(1)).into(), "band-1-limit"),
            (
                FocusTarget::Requirement(RequirementId(4)),
                "requirement-4-text",
            ),
            (
                FocusTarget::RequirementAnswer(RequirementId(4)),
                "requirement-4-answer",
            ),
            (
                FocusTarget::Field(DeskField::BandLimit(BandId(1)).into()),
                "profile-band-1-limit",
            ),
        ];
        for (target, id) in cases {
            assert_eq!(target.to_string(), id);
        }
    }

    #[test]
    fn a_line_picked_from_the_catalogue_takes_the_cursor_to_its_quantity() {
        use crate::desk::catalogue::CatalogueItem;
        use crate::pricing::deal::LineKind;
        use crate::{Currency, date::Date};
        let before = Proposal::new(Currency::USD, Date::new(2026, 12, 2).unwrap());
        let line = before.deal.lines[0].id;
        let mut item = CatalogueItem::new(ItemId("suite".into()));
        item.terms.name = "Suite".into();
        let mut after = before.clone();
        let edit = Edit::FromItem(line, Box::new(item.template()));
        assert!(after.apply(edit.clone()));
        assert_eq!(
            focus_after(&edit, &before, &after),
            Some(FieldKey::LineQuantity(line).into())
        );
        // Maintenance has no quantity of its own: the cursor stays.
        item.terms.kind = LineKind::Maintenance;
        let mut maintenance = before.clone();
        let edit = Edit::FromItem(line, Box::new(item.template()));
        assert!(maintenance.apply(edit.clone()));
        assert_eq!(focus_after(&edit, &before, &maintenance), None);
    }

    #[test]
    fn a_draft_key_reads_back_from_its_string_form() {
        for key in [
            DraftKey::Proposal(FieldKey::Override(ScenarioId(2), LineId(5))),
            DraftKey::Desk(DeskField::ItemMaxDiscount(ItemId("line-1".into()))),
            DraftKey::Desk(DeskField::NextSequence),
        ] {
            assert_eq!(key.to_string().parse(), Ok(key));
        }
        assert_eq!("nonsense".parse::<DraftKey>(), Err(NoSuchField));
    }
}
