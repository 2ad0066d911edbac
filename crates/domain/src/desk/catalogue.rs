//! The rep's product catalogue: items a line can be copied from.
//!
//! The catalogue is a template, not a link. Picking an item copies it into a line
//! ([`CatalogueItem::to_line`]); the line remembers the item's id so that "Update
//! from catalogue" can show what changed ([`CatalogueItem::differences`]) and copy
//! it only when the rep confirms (`Edit::FromItem` with [`CatalogueItem::template`]). A change to the
//! catalogue never changes a proposal by itself.
//!
//! Items are edited with the same rules as lines ([`LineEdit`] through
//! [`CatalogueItem::apply`]), so a margin becomes a cost the same way in both.

use serde::{Deserialize, Serialize};

use crate::library::edit::LineEdit;
use crate::limits::MAX_ITEMS;
pub use crate::pricing::deal::ItemId;
use crate::pricing::deal::{ItemTerms, Line, LineId, replace};

/// One product or service of the catalogue, priced per unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueItem {
    /// Stable identifier.
    pub id: ItemId,
    /// What it is and how it is priced (what a line copies).
    pub terms: ItemTerms,
    /// What it provides, in the rep's words, separated by commas ("SAP connector,
    /// single sign-on"), so a customer's requirement suggests the lines made from
    /// it ([`crate::requirements::suggest`]). Not printed: the offer prints the
    /// requirement's answer.
    #[serde(default)]
    pub provides: String,
}

/// A term of an item or a line, to say which ones differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermField {
    /// The name.
    Name,
    /// The description.
    Description,
    /// How it is charged.
    Kind,
    /// The unit list price.
    UnitListPrice,
    /// The cost, or the margin at list.
    Cost,
    /// Whether it may be discounted.
    Discountable,
    /// Its largest discount.
    MaxDiscount,
    /// A maintenance line's yearly rate.
    MaintenanceRate,
}

impl CatalogueItem {
    /// A new, empty one-time item: no price yet, discountable.
    pub fn new(id: ItemId) -> CatalogueItem {
        CatalogueItem::from_line(&Line::new(LineId(0)), id)
    }

    /// The item a line describes (for "Save to catalogue"), with `id`.
    pub fn from_line(line: &Line, id: ItemId) -> CatalogueItem {
        CatalogueItem {
            id,
            terms: line.terms.clone(),
            provides: String::new(),
        }
    }

    /// A line copied from the item: quantity 1, remembering the item's id.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::desk::catalogue::{CatalogueItem, ItemId};
    /// use best_offer_domain::pricing::deal::LineId;
    /// use rust_decimal::Decimal;
    /// let mut item = CatalogueItem::new(ItemId("suite".into()));
    /// item.terms.name = "Analytics Suite".into();
    /// item.terms.unit_list_price = Decimal::new(1200, 0);
    /// let line = item.to_line(LineId(4));
    /// assert_eq!((line.id, line.terms.name.as_str(), line.terms.unit_list_price), (LineId(4), "Analytics Suite", Decimal::new(1200, 0)));
    /// assert_eq!(line.catalogue_item, Some(ItemId("suite".into())));
    /// ```
    pub fn to_line(&self, id: LineId) -> Line {
        Line {
            id,
            ..self.template()
        }
    }

    /// The item as a line (id 0, quantity 1) pointing at it: what
    /// [`crate::library::edit::Edit::FromItem`] carries into a proposal.
    pub fn template(&self) -> Line {
        Line {
            terms: self.terms.clone(),
            catalogue_item: Some(self.id.clone()),
            ..Line::new(LineId(0))
        }
    }

    /// Applies `edit` to the item's terms, the same rules as a line's (a quantity is
    /// not an item's, and changes nothing); `false` when it changes nothing.
    pub fn apply(&mut self, edit: LineEdit, minor_units: u32) -> bool {
        self.terms.apply(edit, minor_units)
    }
    /// The terms in which `line` (copied from this item) differs from the item now,
    /// in the order a rep reads them; each value compared as a value, not as text.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::desk::catalogue::{CatalogueItem, ItemId, TermField};
    /// use best_offer_domain::pricing::deal::LineId;
    /// use rust_decimal::Decimal;
    /// let mut item = CatalogueItem::new(ItemId("suite".into()));
    /// item.terms.unit_list_price = Decimal::new(1200, 0);
    /// let line = item.to_line(LineId(1));
    /// item.terms.unit_list_price = Decimal::new(1300, 0);
    /// assert_eq!(item.differences(&line), [TermField::UnitListPrice]);
    /// ```
    pub fn differences(&self, line: &Line) -> Vec<TermField> {
        let (old, new) = (&line.terms, &self.terms);
        [
            (TermField::Name, old.name != new.name),
            (TermField::Description, old.description != new.description),
            (TermField::Kind, old.kind != new.kind),
            (
                TermField::UnitListPrice,
                old.unit_list_price != new.unit_list_price,
            ),
            (TermField::Cost, old.cost != new.cost),
            (
                TermField::Discountable,
                old.discountable != new.discountable,
            ),
            (TermField::MaxDiscount, old.max_discount != new.max_discount),
            (
                TermField::MaintenanceRate,
                old.maintenance_rate != new.maintenance_rate,
            ),
        ]
        .into_iter()
        .filter_map(|(field, differs)| differs.then_some(field))
        .collect()
    }

    /// Whether the item matches every word of `query` (case-insensitive, in its
    /// name or description); the rank orders matches (lower is better): the name
    /// starts with the query, a name word does, the name holds it, the description
    /// does.
    fn rank(&self, words: &[String], whole: &str) -> Option<u8> {
        let name = self.terms.name.to_lowercase();
        let description = self.terms.description.to_lowercase();
        if !words
            .iter()
            .all(|w| name.contains(w.as_str()) || description.contains(w.as_str()))
        {
            return None;
        }
        Some(if name.starts_with(whole) {
            0
        } else if name.split_whitespace().any(|word| word.starts_with(whole)) {
            1
        } else if name.contains(whole) {
            2
        } else {
            3
        })
    }
}

/// A change to the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueEdit {
    /// A new, empty item with this id, at the top (where the rep looks).
    Add(ItemId),
    /// Copy an item (the copy, named "… (copy)", follows it with the new id).
    Duplicate(ItemId, ItemId),
    /// Remove an item.
    Remove(ItemId),
    /// Put an item back at a position (undo of a removal), or replace the item
    /// with the same id ("Save to catalogue" from a line).
    Put(usize, CatalogueItem),
    /// Change one item.
    Item(ItemId, LineEdit),
    /// What an item provides.
    Provides(ItemId, String),
}

/// The items, in the order the rep keeps them.
pub type Catalogue = Vec<CatalogueItem>;

/// What to do with an incoming item whose id the catalogue has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameId {
    /// The incoming item replaces ours (a price list; a file imported to replace).
    Replace,
    /// Ours stays (a file imported keeping both).
    Keep,
}

/// How many items a merge added and replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Merged {
    /// Items added at the end.
    pub added: usize,
    /// Items that replaced a different one of the same id.
    pub updated: usize,
}

/// Merges `items` into `catalogue`: the one rule for a price list and for the
/// catalogue of an imported file. An item with an id the catalogue has replaces it
/// or not (`same_id`; replacing an equal item counts as nothing); the others are
/// added at the end, up to the catalogue's limit ([`MAX_ITEMS`]).
///
/// # Examples
/// ```
/// use best_offer_domain::desk::catalogue::{merge, CatalogueItem, ItemId, SameId};
/// let item = |id: &str, name: &str| { let mut i = CatalogueItem::new(ItemId(id.into())); i.terms.name = name.into(); i };
/// let mut ours = vec![item("a", "A")];
/// let merged = merge(&mut ours, vec![item("a", "A2"), item("b", "B")], SameId::Replace);
/// assert_eq!((merged.added, merged.updated), (1, 1));
/// assert_eq!(ours[0].terms.name, "A2");
/// ```
pub fn merge(
    catalogue: &mut Catalogue,
    items: impl IntoIterator<Item = CatalogueItem>,
    same_id: SameId,
) -> Merged {
    let mut merged = Merged::default();
    for item in items {
        match position(catalogue, &item.id) {
            Some(at) => {
                if same_id == SameId::Replace
                    && let Some(slot) = catalogue.get_mut(at)
                    && *slot != item
                {
                    *slot = item;
                    merged.updated = merged.updated.saturating_add(1);
                }
            }
            None if catalogue.len() < MAX_ITEMS => {
                catalogue.push(item);
                merged.added = merged.added.saturating_add(1);
            }
            None => {}
        }
    }
    merged
}

/// The position of item `id` in `catalogue`.
pub fn position(catalogue: &[CatalogueItem], id: &ItemId) -> Option<usize> {
    catalogue.iter().position(|item| &item.id == id)
}

/// Applies `edit` to `catalogue`, with money in `minor_units` decimals; `false`
/// when it changes nothing (an unknown id, a full catalogue).
///
/// # Examples
/// ```
/// use best_offer_domain::desk::catalogue::{apply, CatalogueEdit, ItemId};
/// use best_offer_domain::library::edit::LineEdit;
/// let id = |s: &str| ItemId(s.into());
/// let mut catalogue = Vec::new();
/// assert!(apply(&mut catalogue, CatalogueEdit::Add(id("a")), 2));
/// assert!(apply(&mut catalogue, CatalogueEdit::Item(id("a"), LineEdit::Name("Suite".into())), 2));
/// assert!(apply(&mut catalogue, CatalogueEdit::Duplicate(id("a"), id("b")), 2));
/// assert_eq!(catalogue[1].terms.name, "Suite (copy)");
/// assert!(apply(&mut catalogue, CatalogueEdit::Remove(id("a")), 2));
/// assert!(!apply(&mut catalogue, CatalogueEdit::Remove(id("a")), 2));
/// ```
pub fn apply(catalogue: &mut Catalogue, edit: CatalogueEdit, minor_units: u32) -> bool {
    let taken = |catalogue: &Catalogue, id: &ItemId| position(catalogue, id).is_some();
    match edit {
        CatalogueEdit::Add(id) => {
            if catalogue.len() >= MAX_ITEMS || taken(catalogue, &id) {
                return false;
            }
            catalogue.insert(0, CatalogueItem::new(id));
            true
        }
        CatalogueEdit::Duplicate(from, id) => {
            if catalogue.len() >= MAX_ITEMS || taken(catalogue, &id) {
                return false;
            }
            let Some(index) = position(catalogue, &from) else {
                return false;
            };
            let Some(mut copy) = catalogue.get(index).cloned() else {
                return false;
            };
            copy.id = id;
            copy.terms.name = format!("{} (copy)", copy.terms.name.trim());
            catalogue.insert(index.saturating_add(1), copy);
            true
        }
        CatalogueEdit::Remove(id) => {
            let before = catalogue.len();
            catalogue.retain(|item| item.id != id);
            catalogue.len() != before
        }
        CatalogueEdit::Put(at, item) => {
            if let Some(index) = position(catalogue, &item.id) {
                return catalogue
                    .get_mut(index)
                    .is_some_and(|slot| replace(slot, item));
            }
            if catalogue.len() >= MAX_ITEMS {
                return false;
            }
            catalogue.insert(at.min(catalogue.len()), item);
            true
        }
        CatalogueEdit::Item(id, edit) => catalogue
            .iter_mut()
            .find(|item| item.id == id)
            .is_some_and(|item| item.apply(edit, minor_units)),
        CatalogueEdit::Provides(id, text) => catalogue
            .iter_mut()
            .find(|item| item.id == id)
            .is_some_and(|item| replace(&mut item.provides, text)),
    }
}

/// The positions of the items matching `query`, best first, at most `limit`
/// (every item, in order, for an empty query).
///
/// # Examples
/// ```
/// use best_offer_domain::desk::catalogue::{search, CatalogueItem, ItemId};
/// let item = |id: &str, name: &str| { let mut i = CatalogueItem::new(ItemId(id.into())); i.terms.name = name.into(); i };
/// let catalogue = vec![item("a", "Onboarding workshop"), item("b", "Analytics Suite"), item("c", "Suite support")];
/// assert_eq!(search(&catalogue, "suite", 10), vec![2, 1]);
/// assert_eq!(search(&catalogue, "ANALYTICS su", 10), vec![1]);
/// assert_eq!(search(&catalogue, "", 2), vec![0, 1]);
/// ```
pub fn search(catalogue: &[CatalogueItem], query: &str, limit: usize) -> Vec<usize> {
    let whole = query.trim().to_lowercase();
    let words: Vec<String> = whole.split_whitespace().map(str::to_string).collect();
    let mut found: Vec<(u8, usize)> = catalogue
        .iter()
        .enumerate()
        .filter_map(|(index, item)| item.rank(&words, &whole).map(|rank| (rank, index)))
        .collect();
    found.sort_unstable();
    found
        .into_iter()
        .take(limit)
        .map(|(_, index)| index)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::percent::Percent;
    use crate::pricing::deal::CostBasis;
    use rust_decimal::Decimal;

    fn item(id: &str, name: &str) -> CatalogueItem {
        let mut item = CatalogueItem::new(ItemId(id.into()));
        item.terms.name = name.into();
        item
    }

    #[test]
    fn an_item_edit_follows_the_line_rules() {
        let mut suite = item("a", "Suite");
        suite.terms.unit_list_price = Decimal::new(1000, 0);
        assert!(suite.apply(LineEdit::MarginAtList(Percent::new(Decimal::new(80, 0))), 2));
        // Switching to a unit cost converts the margin exactly as a line does.
        assert!(suite.apply(
            LineEdit::CostMode(crate::library::edit::CostMode::UnitCost),
            2
        ));
        assert_eq!(
            suite.terms.cost,
            CostBasis::UnitCost(Decimal::new(20000, 2))
        );
        assert!(!suite.apply(LineEdit::Quantity(Decimal::TEN), 2));
    }

    #[test]
    fn updating_a_line_keeps_its_quantity_and_id() {
        let mut suite = item("a", "Suite");
        suite.terms.unit_list_price = Decimal::new(1000, 0);
        let mut line = suite.to_line(LineId(7));
        line.quantity = Decimal::new(25, 0);
        suite.terms.unit_list_price = Decimal::new(1100, 0);
        line.take_item_fields(&suite.template());
        assert_eq!(
            (line.id, line.quantity, line.terms.unit_list_price),
            (LineId(7), Decimal::new(25, 0), Decimal::new(1100, 0))
        );
        assert!(suite.differences(&line).is_empty());
        // Each term that differs is named, compared as a value (1,100 = 1,100.00).
        line.terms.unit_list_price = Decimal::new(110_000, 2);
        line.terms.name = "Suite (old)".into();
        line.terms.discountable = false;
        assert_eq!(
            suite.differences(&line),
            [TermField::Name, TermField::Discountable]
        );
    }

    #[test]
    fn put_replaces_or_restores() {
        let mut catalogue = vec![item("a", "One"), item("b", "Two")];
        let removed = catalogue[0].clone();
        assert!(apply(
            &mut catalogue,
            CatalogueEdit::Remove(ItemId("a".into())),
            2
        ));
        assert!(apply(
            &mut catalogue,
            CatalogueEdit::Put(0, removed.clone()),
            2
        ));
        assert_eq!(catalogue[0], removed);
        assert!(!apply(&mut catalogue, CatalogueEdit::Put(5, removed), 2));
        let renamed = item("b", "Two, renamed");
        assert!(apply(&mut catalogue, CatalogueEdit::Put(0, renamed), 2));
        assert_eq!(catalogue[1].terms.name, "Two, renamed");
    }

    #[test]
    fn search_ranks_name_starts_first() {
        let catalogue = vec![
            item("a", "Premium support"),
            item("b", "Support hours"),
            item("c", "Suite"),
        ];
        assert_eq!(search(&catalogue, "sup", 10), vec![1, 0]);
        assert!(search(&catalogue, "nothing", 10).is_empty());
    }
}
