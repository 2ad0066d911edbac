//! The desk's rules as the library applies them: profile and catalogue edits (the
//! desk's typed text pruned after each), a price list's items, and "Save to
//! catalogue" from a line of the open proposal.

use crate::library::import::is_untouched;
use crate::library::kept::Library;
use crate::library::proposal::Proposal;
use std::rc::Rc;

use crate::desk::catalogue::{self, CatalogueEdit, CatalogueItem, ItemId, Merged, SameId};
use crate::desk::profile::ProfileEdit;
use crate::library::edit::Edit;
use crate::limits::MAX_ITEMS;
use crate::offer::logo::Logo;
use crate::pricing::deal::LineId;

impl Library {
    /// Applies `edit` to the profile; `false` when it changes nothing.
    ///
    /// The profile is a template, so no kept proposal changes, with one exception:
    /// a first visit's proposal (the only one kept, and nobody has touched it: it
    /// was started before the rep filled in Your details) is started again from
    /// the new profile, keeping its id, number and issue date.
    pub fn edit_profile(&mut self, edit: ProfileEdit) -> bool {
        let mut desk = (*self.desk).clone();
        if !desk.profile.apply(edit) {
            return false;
        }
        desk.prune_drafts();
        self.desk = Rc::new(desk);
        self.follow_profile();
        true
    }

    /// Makes `logo` the profile's (a first visit's untouched proposal follows, as
    /// it follows every change of Your details).
    pub fn set_profile_logo(&mut self, logo: Logo) {
        Rc::make_mut(&mut self.desk).set_profile_logo(logo);
        self.follow_profile();
    }

    /// A first visit's proposal (the only one kept, untouched) started again from
    /// the profile, keeping its id, number and issue date.
    fn follow_profile(&mut self) {
        if self.others.is_empty() && is_untouched(&self.current_stored()) {
            let offer = &self.proposal.offer;
            let again =
                Proposal::from_profile(&self.desk.profile, offer.issue_date, offer.number.clone());
            self.proposal = Rc::new(again);
        }
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
    /// [`crate::desk::price_list::read_price_list`]: an item with an id the catalogue has
    /// replaces it, the others are added at the end (up to the catalogue's limit).
    /// Returns how many were added and updated.
    pub fn import_items(&mut self, items: Vec<CatalogueItem>) -> Merged {
        let mut desk = (*self.desk).clone();
        let merged = catalogue::merge(&mut desk.catalogue, items, SameId::Replace);
        desk.prune_drafts();
        self.desk = Rc::new(desk);
        merged
    }

    /// "Save to catalogue" for line `line` of the open proposal: updates the item
    /// the line came from, or adds a new item with `new_id` and links the line to
    /// it. Returns what happened (a full catalogue changes nothing), or `None` for
    /// an unknown line.
    pub fn save_line_to_catalogue(
        &mut self,
        line: LineId,
        new_id: String,
        now_ms: i64,
    ) -> Option<CatalogueSave> {
        let found = self.proposal.deal.line(line)?.clone();
        let existing = found
            .catalogue_item
            .as_ref()
            .and_then(|id| catalogue::position(&self.desk.catalogue, id));
        let name = found.terms.name.trim().to_string();
        match (existing, &found.catalogue_item) {
            (Some(at), Some(id)) => {
                // The line carries the item's terms; what the item provides stays.
                let provides = self
                    .desk
                    .catalogue
                    .get(at)
                    .map(|item| item.provides.clone())
                    .unwrap_or_default();
                let item = CatalogueItem {
                    provides,
                    ..CatalogueItem::from_line(&found, id.clone())
                };
                self.edit_catalogue(CatalogueEdit::Put(at, item));
                Some(CatalogueSave::Updated { name })
            }
            _ => {
                if self.desk.catalogue.len() >= MAX_ITEMS {
                    return Some(CatalogueSave::Full);
                }
                let id = ItemId(new_id);
                let item = CatalogueItem::from_line(&found, id.clone());
                let at = self.desk.catalogue.len();
                self.edit_catalogue(CatalogueEdit::Put(at, item));
                self.edit(Edit::LinkItem(line, Some(id)), now_ms);
                Some(CatalogueSave::Added { name })
            }
        }
    }
}

/// What "Save to catalogue" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueSave {
    /// A new item was added, named like the line (empty when the line has no name).
    Added {
        /// The line's name.
        name: String,
    },
    /// The item the line came from was updated.
    Updated {
        /// The line's name.
        name: String,
    },
    /// Nothing changed: the catalogue holds [`MAX_ITEMS`] items already.
    Full,
}

#[cfg(test)]
mod tests {
    use crate::date::Date;
    use crate::desk::Desk;
    use crate::library::edit::Edit;
    use crate::library::kept::{Library, Moment};
    use crate::offer::logo::Logo;

    /// A PNG signature is all a logo's check needs.
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn a_first_visits_untouched_proposal_takes_a_new_logo_and_an_edited_one_does_not() {
        let moment = Moment {
            now_ms: 1,
            today: Date::new(2026, 12, 2).unwrap_or(Date::from_unix_days(0)),
        };
        let mut library = Library::start(Desk::default(), moment, "p1".into());
        let Ok(logo) = Logo::from_bytes(PNG) else {
            panic!("a PNG signature is a logo")
        };
        library.set_profile_logo(logo.clone());
        assert_eq!(library.proposal.offer.seller.logo, Some(logo.id.clone()));
        assert!(library.edit(Edit::Customer("Northwind".into()), 2));
        let Ok(other) = Logo::from_bytes(&[PNG, b"more"].concat()) else {
            panic!("a PNG signature is a logo")
        };
        library.set_profile_logo(other);
        assert_eq!(
            library.proposal.offer.seller.logo,
            Some(logo.id),
            "an edited proposal is the rep's own"
        );
    }
}
