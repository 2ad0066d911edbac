//! Bringing proposals in: a proposal file merged into the kept ones (replace or
//! keep both, offer numbers kept unique), its desk merged into ours, and an undone
//! delete (a merge of one).

use crate::library::kept::Library;
use crate::library::numbering::offer_numbers;
use crate::library::summary::label_of;
use std::rc::Rc;

use crate::date::Date;
use crate::desk::catalogue::{self, SameId};
use crate::desk::profile::SellerProfile;
use crate::library::file::{ProposalFile, StoredProposal};

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

/// Merges `incoming` proposals into `kept`. A proposal whose id is kept replaces it,
/// or with `keep_both` is added under a new id from `new_id`. An added proposal
/// whose offer number another kept proposal uses gets the next free number of its
/// issue date, so no two proposals share one — unless that other proposal is a
/// blank nobody has touched, which gives its number up instead.
///
/// # Examples
/// ```
/// use best_offer_domain::{date::Date, library::file::{StoredProposal, Status}, library::merge_import_numbered, library::unique_offer_number, library::proposal::Proposal, Currency};
/// let day = Date::new(2026, 11, 27).unwrap();
/// let stored = |id: &str| StoredProposal {
///     id: id.into(), created_ms: 0, updated_ms: 1, status: Status::Draft,
///     proposal: Proposal::new(Currency::USD, day), sent: vec![], drafts: Default::default(), links: vec![], follow_up: None,
/// };
/// let mut kept = vec![stored("a")];
/// let report = merge_import_numbered(&mut kept, vec![stored("a")], true, &mut || "b".to_string(), &mut |day, taken| unique_offer_number(day, taken));
/// assert_eq!((report.added, report.replaced), (1, 0));
/// assert_eq!(kept[1].id, "b");
/// assert_eq!(kept[1].proposal.offer.number, "BO-20261127-02");
/// ```
///
/// The numbers of renumbered offers are given by `number` (the issue date and the
/// numbers taken in, a free number out): the library passes its profile's pattern ([`Desk::next_offer_number`](crate::desk::Desk::next_offer_number)).
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
pub(crate) fn is_untouched(stored: &StoredProposal) -> bool {
    stored.created_ms == stored.updated_ms && stored.sent.is_empty() && stored.drafts.is_empty()
}

impl Library {
    /// Whether importing `file` needs the rep's choice first: some of its proposals
    /// have the id of a proposal kept here (replace them, or keep both).
    pub fn import_clashes(&self, file: &ProposalFile) -> bool {
        file.proposals.iter().any(|p| self.keeps(&p.id))
    }

    /// Adds the proposals of `file` (see [`merge_import_numbered`]) and what its desk holds;
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
        let same_id = if keep_both {
            SameId::Keep
        } else {
            SameId::Replace
        };
        let merged = catalogue::merge(&mut desk.catalogue, file.desk.catalogue.clone(), same_id);
        report.items_added = merged.added;
        report.items_updated = merged.updated;
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

    /// Brings back the last deleted proposal (among the others; the open one stays
    /// open). Its id and offer number are kept unless a proposal made since took
    /// them: then it gets a new id from `new_id` or the next free number of its issue
    /// date — unless the taker is a blank nobody has touched, which gives the number
    /// up (see [`merge_import_numbered`]). `false` when nothing was deleted.
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
}
