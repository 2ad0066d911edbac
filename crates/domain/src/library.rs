//! Rules over the proposals a rep keeps: unique offer numbers, and merging an
//! imported file into what is kept.
//!
//! The app's reducer calls these with the time and new ids it was given, so every
//! rule is pure and tested natively.

use crate::date::Date;
use crate::file::StoredProposal;
use crate::offer_details::offer_number;

/// The offer number a new offer issued on `issued` takes: `BO-YYYYMMDD-NN` with the
/// lowest `NN` (from 01) that no number in `taken` uses.
///
/// # Examples
/// ```
/// use best_offer_domain::{date::Date, library::unique_offer_number};
/// let day = Date::new(2026, 11, 27).unwrap();
/// assert_eq!(unique_offer_number(day, &[]), "BO-20261127-01");
/// assert_eq!(unique_offer_number(day, &["BO-20261127-01"]), "BO-20261127-02");
/// assert_eq!(unique_offer_number(day, &["BO-20261127-02"]), "BO-20261127-01");
/// ```
pub fn unique_offer_number(issued: Date, taken: &[&str]) -> String {
    // Among len + 1 candidates at least one is free.
    let candidates = taken.len().saturating_add(1);
    (1..=candidates)
        .map(|n| offer_number(issued, n))
        .find(|number| !taken.contains(&number.as_str()))
        .unwrap_or_else(|| offer_number(issued, candidates))
}

/// The offer numbers of `proposals`.
pub fn offer_numbers(proposals: &[StoredProposal]) -> Vec<&str> {
    proposals
        .iter()
        .map(|p| p.proposal.offer.number.as_str())
        .collect()
}

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
}

impl ImportReport {
    /// The notice the rep reads, e.g. `Imported: 2 added, 0 replaced.`
    pub fn message(&self) -> String {
        let mut message = format!(
            "Imported: {} added, {} replaced.",
            self.added, self.replaced
        );
        for change in &self.renumbered {
            message.push_str(&format!(
                " “{}” now has offer number {} ({} was already used).",
                change.label, change.to, change.from
            ));
        }
        message
    }
}

/// Merges `incoming` proposals into `kept`. A proposal whose id is kept replaces it,
/// or with `keep_both` is added under a new id from `new_id`. An added proposal
/// whose offer number another kept proposal uses gets the next free number of its
/// issue date, so no two proposals share one — unless that other proposal is a
/// blank nobody has touched, which gives its number up instead.
///
/// # Examples
/// ```
/// use best_offer_domain::{date::Date, file::{StoredProposal, Status}, library::merge_import, proposal::Proposal, Currency};
/// let day = Date::new(2026, 11, 27).unwrap();
/// let stored = |id: &str| StoredProposal {
///     id: id.into(), created_ms: 0, updated_ms: 1, status: Status::Draft,
///     proposal: Proposal::new(Currency::USD, day), sent: vec![], drafts: Default::default(),
/// };
/// let mut kept = vec![stored("a")];
/// let report = merge_import(&mut kept, vec![stored("a")], true, &mut || "b".to_string());
/// assert_eq!((report.added, report.replaced), (1, 0));
/// assert_eq!(kept[1].id, "b");
/// assert_eq!(kept[1].proposal.offer.number, "BO-20261127-02");
/// ```
pub fn merge_import(
    kept: &mut Vec<StoredProposal>,
    incoming: Vec<StoredProposal>,
    keep_both: bool,
    new_id: &mut dyn FnMut() -> String,
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
                let to = issued.map(|day| unique_offer_number(day, &taken));
                if let (Some(blank), Some(to)) = (kept.get_mut(index), to) {
                    blank.proposal.offer.number = to;
                }
            }
            Some(_) => {
                let from = proposal.proposal.offer.number.clone();
                let to =
                    unique_offer_number(proposal.proposal.offer.issue_date, &offer_numbers(kept));
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
fn is_untouched(stored: &StoredProposal) -> bool {
    stored.created_ms == stored.updated_ms && stored.sent.is_empty() && stored.drafts.is_empty()
}

/// A proposal as the list names it: customer, and deal when there is one.
pub fn label_of(stored: &StoredProposal) -> String {
    let proposal = &stored.proposal;
    let customer = if proposal.customer.is_empty() {
        "no customer"
    } else {
        proposal.customer.as_str()
    };
    if proposal.deal_name.is_empty() {
        customer.to_string()
    } else {
        format!("{customer} — {}", proposal.deal_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::Currency;
    use crate::file::Status;
    use crate::proposal::Proposal;

    fn stored(id: &str, number: &str) -> StoredProposal {
        let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
        proposal.offer.number = number.to_string();
        proposal.customer = format!("Customer {id}");
        StoredProposal {
            id: id.to_string(),
            created_ms: 0,
            // Edited since it was made (an untouched blank gives its number up).
            updated_ms: 1,
            status: Status::Draft,
            proposal,
            sent: Vec::new(),
            drafts: Default::default(),
        }
    }

    #[test]
    fn numbers_fill_the_lowest_free_slot() {
        let day = Date::new(2026, 1, 5).unwrap();
        let taken = ["BO-20260105-01", "BO-20260105-02", "BO-20260105-04"];
        assert_eq!(unique_offer_number(day, &taken), "BO-20260105-03");
        let many: Vec<String> = (1..=120).map(|n| format!("BO-20260105-{n:02}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(unique_offer_number(day, &many), "BO-20260105-121");
    }

    #[test]
    fn import_replaces_or_keeps_both_and_renumbers_clashes() {
        let mut kept = vec![stored("a", "BO-20261127-01"), stored("b", "X-7")];
        let incoming = vec![
            stored("a", "BO-20261127-01"), // same id: replaced
            stored("c", "X-7"),            // new id, clashing number
            stored("d", "Y-1"),            // new id, free number
        ];
        let report = merge_import(&mut kept, incoming, false, &mut || unreachable_id());
        assert_eq!((report.added, report.replaced), (2, 1));
        assert_eq!(kept.len(), 4);
        let numbers = offer_numbers(&kept);
        assert_eq!(numbers, ["BO-20261127-01", "X-7", "BO-20261127-02", "Y-1"]);
        assert_eq!(
            report.message(),
            "Imported: 2 added, 1 replaced. “Customer c” now has offer number BO-20261127-02 (X-7 was already used)."
        );

        let mut ids = ["n1".to_string()].into_iter();
        let report = merge_import(
            &mut kept,
            vec![stored("a", "BO-20261127-01")],
            true,
            &mut || ids.next().unwrap_or_default(),
        );
        assert_eq!((report.added, report.replaced), (1, 0));
        let copy = kept.last().unwrap();
        assert_eq!(copy.id, "n1");
        assert_eq!(copy.proposal.offer.number, "BO-20261127-03");
    }

    #[test]
    fn an_untouched_blank_gives_its_number_up_to_an_imported_offer() {
        let mut blank = stored("fresh", "BO-20261127-01");
        blank.created_ms = 5;
        blank.updated_ms = 5;
        let mut kept = vec![blank];
        let report = merge_import(
            &mut kept,
            vec![stored("x", "BO-20261127-01")],
            false,
            &mut unreachable_id,
        );
        assert!(report.renumbered.is_empty());
        assert_eq!(offer_numbers(&kept), ["BO-20261127-02", "BO-20261127-01"]);
        // Once edited, it keeps its number and the newcomer is renumbered.
        kept[0].updated_ms = 6;
        let report = merge_import(
            &mut kept,
            vec![stored("y", "BO-20261127-02")],
            false,
            &mut unreachable_id,
        );
        assert_eq!(report.renumbered.len(), 1);
        assert_eq!(kept[2].proposal.offer.number, "BO-20261127-03");
    }

    fn unreachable_id() -> String {
        "never-used".to_string()
    }
}
