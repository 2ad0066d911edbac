//! Sending: which figures the written offer uses, recording an offer as sent, the
//! customer links made of it, and its status (won, lost).

use crate::library::kept::Library;
use std::rc::Rc;

use std::collections::BTreeMap;

use crate::library::field::{FieldKey, Unreadable, unreadable_fields};
use crate::library::file::{LinkMade, MAX_LINKS_MADE, SentRevision, Status};
use crate::library::proposal::Proposal;
use crate::offer::CustomerOffer;
use crate::offer::details::OfferChoice;
use crate::pricing::Evaluation;
use crate::pricing::board::Board;
use crate::pricing::deal::LineId;

/// A line that cannot be priced as the rep meant it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpriced {
    /// A maintenance line with no licence to be a percentage of
    /// ([`crate::pricing::deal::Deal::maintenance_covering_nothing`]).
    MaintenanceCoversNothing(LineId),
}

/// What keeps the written offer from going out. The one readiness rule: the offer
/// page (print, copy, link), its history (mark as sent) and [`Library::mark_sent`]
/// all ask it, and nothing written leaves while it holds anything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hold {
    /// Fields whose typed text does not read, in page order.
    pub unreadable: Vec<Unreadable>,
    /// Lines that cannot be priced as meant.
    pub unpriced: Vec<Unpriced>,
}

impl Hold {
    /// What holds the written offer of `proposal` whose typed texts are `drafts`.
    pub fn of(proposal: &Proposal, drafts: &BTreeMap<FieldKey, String>) -> Hold {
        Hold {
            unreadable: unreadable_fields(proposal, drafts),
            unpriced: proposal
                .deal
                .maintenance_covering_nothing()
                .into_iter()
                .map(Unpriced::MaintenanceCoversNothing)
                .collect(),
        }
    }

    /// Whether nothing holds the offer: it may be printed, copied, linked and sent.
    pub fn is_clear(&self) -> bool {
        self.unreadable.is_empty() && self.unpriced.is_empty()
    }
}

/// Why an offer cannot be recorded as sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotSendable {
    /// A field holds text that does not read, or a line cannot be priced as meant
    /// (see [`Hold`]).
    #[error("The offer is not ready: fix what the offer page lists before sending.")]
    Held,
    /// The chosen figures have no price (see the message).
    #[error("{0}")]
    NoFigures(String),
    /// This revision was already recorded as sent (a change starts the next one).
    #[error("Revision {0} was already sent.")]
    AlreadySent(u32),
}

/// The figures the written offer of `proposal` uses (the best offer or the chosen
/// scenario, read from its `board`), with their column's name, or why there are none.
///
/// # Errors
/// The reason in the rep's words: no floor set, the scenario's pricing error, or a
/// chosen scenario that no longer exists.
pub fn chosen_figures<'b>(
    proposal: &Proposal,
    board: &'b Board,
) -> Result<(String, &'b Evaluation), String> {
    match proposal.offer.choice {
        OfferChoice::BestOffer => board
            .best
            .as_ref()
            .map(|b| ("Best offer".to_string(), &b.evaluation))
            .map_err(ToString::to_string),
        OfferChoice::Scenario(id) => proposal
            .scenarios
            .iter()
            .zip(&board.scenarios)
            .find(|(s, _)| s.id == id)
            .map_or_else(
                || Err("The chosen scenario no longer exists.".to_string()),
                |(s, r)| {
                    r.outcome
                        .as_ref()
                        .map(|e| (s.title(proposal.deal.currency, proposal.number_format), e))
                        .map_err(ToString::to_string)
                },
            ),
    }
}

impl Library {
    /// Records the open proposal's written offer as sent: a snapshot of the
    /// customer-facing offer (built from the figures `board` holds for it) is kept,
    /// and the status becomes Sent.
    ///
    /// # Errors
    /// [`NotSendable`] while a field holds text that does not read (an offer is never
    /// recorded from figures the rep did not mean), when the chosen figures have
    /// no price, or when this revision was already sent (each sent revision is one
    /// snapshot).
    pub fn mark_sent(&mut self, board: &Board, now_ms: i64) -> Result<(), NotSendable> {
        if !Hold::of(&self.proposal, &self.drafts).is_clear() {
            return Err(NotSendable::Held);
        }
        let revision = self.proposal.offer.revision;
        if self.record.sent.iter().any(|s| s.revision == revision) {
            return Err(NotSendable::AlreadySent(revision));
        }
        let (_, evaluation) =
            chosen_figures(&self.proposal, board).map_err(NotSendable::NoFigures)?;
        let offer = CustomerOffer::build(&self.proposal, evaluation);
        let record = Rc::make_mut(&mut self.record);
        let links = std::mem::take(&mut record.links);
        record.sent.push(SentRevision {
            revision: self.proposal.offer.revision,
            sent_ms: now_ms,
            offer,
            links,
        });
        record.status = Status::Sent;
        record.updated_ms = now_ms;
        Ok(())
    }

    /// Records that a customer link of the open proposal's offer was copied, with
    /// the fingerprint of the offer it carries: on the sent revision when this
    /// revision was already marked as sent, otherwise kept until it is (marking it as
    /// sent moves the record into the revision's history). Copying a link of the
    /// same content again records nothing new; `false` then, or when the history
    /// already holds [`MAX_LINKS_MADE`] links. The proposal itself does not change:
    /// making a link is not an edit and starts no revision.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, desk::Desk, library::{Library, Moment}};
    /// let moment = Moment { now_ms: 0, today: Date::parse_iso("2026-11-27").unwrap() };
    /// let mut library = Library::start(Desk::default(), moment, "p1".into());
    /// assert!(library.link_made("7F3A-9C21-04BE", 5));
    /// assert!(!library.link_made("7F3A-9C21-04BE", 6));
    /// assert_eq!(library.record.links[0].made_ms, 5);
    /// ```
    pub fn link_made(&mut self, fingerprint: &str, now_ms: i64) -> bool {
        let revision = self.proposal.offer.revision;
        let sent_index = self.record.sent.iter().position(|s| s.revision == revision);
        let kept = match sent_index.and_then(|i| self.record.sent.get(i)) {
            Some(sent) => &sent.links,
            None => &self.record.links,
        };
        if kept.len() >= MAX_LINKS_MADE || kept.iter().any(|l| l.fingerprint == fingerprint) {
            return false;
        }
        let record = Rc::make_mut(&mut self.record);
        let links = match sent_index.and_then(|i| record.sent.get_mut(i)) {
            Some(sent) => &mut sent.links,
            None => &mut record.links,
        };
        links.push(LinkMade {
            made_ms: now_ms,
            fingerprint: fingerprint.to_string(),
        });
        true
    }

    /// Sets the open proposal's status (won or lost); `false` when it is already so.
    pub fn set_status(&mut self, status: Status, now_ms: i64) -> bool {
        if self.record.status == status {
            return false;
        }
        let record = Rc::make_mut(&mut self.record);
        record.status = status;
        record.updated_ms = now_ms;
        true
    }
}
