//! Repeat business: a proposal for a customer the rep has offered to before starts
//! from the last proposal made for them — its lines, term, tax, floor, scenarios,
//! lists and requirements — as a new offer (its own number, dates and revision 1;
//! who it is from as Your details say today).
//!
//! Offered only while the open proposal is still blank (no line named or priced,
//! never sent), so nothing the rep typed is replaced.

use std::rc::Rc;

use crate::library::field::Drafts;
use crate::library::kept::Library;
use crate::library::proposal::Proposal;
use crate::library::summary::label_of;

/// A customer's name as compared: trimmed, lower case, accents aside.
fn same_customer(a: &str, b: &str) -> bool {
    let fold = |text: &str| {
        text.trim()
            .chars()
            .flat_map(crate::fold::plain_lowercase)
            .collect::<String>()
    };
    let a = fold(a);
    !a.is_empty() && a == fold(b)
}

/// A past proposal the open one can start from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastProposal {
    /// Its id.
    pub id: String,
    /// How the proposal list names it (the deal, or its offer number).
    pub label: String,
    /// Its offer number.
    pub number: String,
    /// When it last changed (milliseconds since 1970-01-01 UTC).
    pub updated_ms: i64,
}

impl Library {
    /// Whether the open proposal is still blank: never sent, and no line named or
    /// priced (only then does starting from a past proposal replace nothing).
    pub fn is_blank(&self) -> bool {
        self.record.sent.is_empty()
            && self.proposal.deal.lines.iter().all(|line| {
                line.terms.name.trim().is_empty() && line.terms.unit_list_price.is_zero()
            })
    }

    /// The other kept proposals for the open proposal's customer, the most recently
    /// changed first; none while the open proposal is not blank.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, desk::Desk, library::{Library, Moment}};
    /// use best_offer_domain::library::edit::{Edit, LineEdit};
    /// let moment = |ms| Moment { now_ms: ms, today: Date::parse_iso("2026-12-02").unwrap() };
    /// let mut library = Library::start(Desk::default(), moment(1), "p1".into());
    /// let line = library.proposal.deal.lines[0].id;
    /// library.edit(Edit::Customer("Northwind Traders".into()), 2);
    /// library.edit(Edit::Line(line, LineEdit::Name("Analytics Suite".into())), 3);
    /// library.new_proposal(moment(4), "p2".into()).unwrap();
    /// library.edit(Edit::Customer(" northwind traders ".into()), 5);
    /// let past = library.past_of_customer();
    /// assert_eq!(past.len(), 1);
    /// assert_eq!(past[0].id, "p1");
    /// ```
    pub fn past_of_customer(&self) -> Vec<PastProposal> {
        if !self.is_blank() {
            return Vec::new();
        }
        let mut past: Vec<PastProposal> = self
            .others
            .iter()
            .filter(|stored| same_customer(&stored.proposal.customer, &self.proposal.customer))
            .map(|stored| PastProposal {
                id: stored.id.clone(),
                label: label_of(stored),
                number: stored.proposal.offer.number.clone(),
                updated_ms: stored.updated_ms,
            })
            .collect();
        past.sort_by_key(|p| std::cmp::Reverse(p.updated_ms));
        past
    }

    /// Starts the open (blank) proposal from the kept proposal `id`: its deal,
    /// scenarios, lists, requirements, payment terms, language and deal name, with
    /// this proposal's own offer number, dates, revision and seller. `false` when
    /// the open proposal is not blank or `id` is not another kept proposal.
    pub fn start_from(&mut self, id: &str, now_ms: i64) -> bool {
        if !self.is_blank() {
            return false;
        }
        let Some(source) = self.others.iter().find(|stored| stored.id == id) else {
            return false;
        };
        let proposal = repeat_of(&source.proposal, &self.proposal);
        self.proposal = Rc::new(proposal);
        self.drafts = Rc::new(Drafts::default());
        Rc::make_mut(&mut self.record).updated_ms = now_ms;
        true
    }
}

/// `past` as the content of `fresh`: everything of the deal and its offer, but the
/// offer's identity (number, revision, dates) and who it is from stay `fresh`'s.
fn repeat_of(past: &Proposal, fresh: &Proposal) -> Proposal {
    let mut proposal = past.clone();
    proposal.customer.clone_from(&fresh.customer);
    let offer = &mut proposal.offer;
    let new = &fresh.offer;
    offer.number.clone_from(&new.number);
    offer.revision = new.revision;
    offer.issue_date = new.issue_date;
    offer.valid_through = new.valid_through;
    offer.seller.clone_from(&new.seller);
    // A best-and-final statement belongs to the offer it was made in.
    offer.best_and_final = new.best_and_final;
    proposal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::desk::Desk;
    use crate::library::edit::{Edit, LineEdit};
    use crate::library::kept::Moment;
    use rust_decimal::Decimal;

    fn moment(ms: i64) -> Moment {
        Moment {
            now_ms: ms,
            today: Date::new(2026, 12, 2).unwrap_or(Date::from_unix_days(0)),
        }
    }

    #[test]
    fn a_blank_proposal_starts_from_the_customers_last_one_with_its_own_identity() {
        let mut library = Library::start(Desk::default(), moment(1), "p1".into());
        let line = library.proposal.deal.lines[0].id;
        for edit in [
            Edit::Customer("Northwind Traders".into()),
            Edit::DealName("Analytics rollout".into()),
            Edit::Line(line, LineEdit::Name("Analytics Suite licence".into())),
            Edit::Line(line, LineEdit::Quantity(Decimal::from(25))),
            Edit::Line(line, LineEdit::UnitListPrice(Decimal::from(1200))),
        ] {
            assert!(library.edit(edit, 2));
        }
        let old_number = library.proposal.offer.number.clone();
        assert!(library.new_proposal(moment(3), "p2".into()).is_ok());
        assert!(library.past_of_customer().is_empty(), "no customer yet");
        assert!(library.edit(Edit::Customer("NORTHWIND TRADERS".into()), 4));
        let past = library.past_of_customer();
        assert_eq!(
            past.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            ["p1"]
        );
        let fresh_number = library.proposal.offer.number.clone();
        assert!(library.start_from("p1", 5));
        let proposal = &library.proposal;
        assert_eq!(proposal.deal.lines[0].terms.name, "Analytics Suite licence");
        assert_eq!(proposal.deal.lines[0].quantity, Decimal::from(25));
        assert_eq!(proposal.deal_name, "Analytics rollout");
        assert_eq!(
            proposal.customer, "NORTHWIND TRADERS",
            "as the rep typed it"
        );
        assert_eq!(proposal.offer.number, fresh_number);
        assert_ne!(proposal.offer.number, old_number);
        assert_eq!(library.record.id, "p2");
        // No longer blank: nothing more is offered, and nothing is replaced.
        assert!(library.past_of_customer().is_empty());
        assert!(!library.start_from("p1", 6));
        assert!(!library.start_from("nobody", 6));
    }
}
