//! Sending: which figures the written offer uses, recording an offer as sent, the
//! customer links made of it, and its status (won, lost).

use crate::library::kept::Library;
use crate::library::readiness::{Hold, NoFigures, written_offer};
use std::rc::Rc;

use crate::library::file::{LinkMade, MAX_LINKS_MADE, SentRevision, Status, last_sent_mut};
use crate::pricing::board::Board;
use crate::requirements::OpenQuestions;

/// Why an offer cannot be recorded as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotSendable {
    /// A field holds text that does not read, or a line cannot be priced as meant
    /// (see [`Hold`]).
    Held,
    /// The chosen figures have no price.
    NoFigures(NoFigures),
    /// This revision was already recorded as sent (a change starts the next one).
    AlreadySent(u32),
    /// This many of the customer's requirements are still to be confirmed, and the
    /// rep has not said to send them as open ([`OpenQuestions::SendAsOpen`]).
    OpenQuestions(usize),
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
    /// snapshot), and while requirements are still to be confirmed unless
    /// `questions` says to send them as open (the offer prints them so).
    pub fn mark_sent(
        &mut self,
        board: &Board,
        now_ms: i64,
        questions: OpenQuestions,
    ) -> Result<(), NotSendable> {
        if !Hold::of(&self.proposal, &self.drafts).is_clear() {
            return Err(NotSendable::Held);
        }
        let open = self.proposal.open_questions().count();
        if open > 0 && questions == OpenQuestions::MustBeAnswered {
            return Err(NotSendable::OpenQuestions(open));
        }
        let revision = self.proposal.offer.revision;
        if self.record.sent.iter().any(|s| s.revision == revision) {
            return Err(NotSendable::AlreadySent(revision));
        }
        let offer = written_offer(&self.proposal, board).map_err(NotSendable::NoFigures)?;
        let record = Rc::make_mut(&mut self.record);
        let links = std::mem::take(&mut record.links);
        record.sent.push(SentRevision {
            revision: self.proposal.offer.revision,
            sent_ms: now_ms,
            offer,
            links,
            outcome: None,
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

    /// Sets the open proposal's status (won, lost, or back to sent, which forgets
    /// the outcome recorded and its follow-up); `false` when [`Status::may_become`]
    /// does not allow it (it is already so, or the offer was never sent). Won and
    /// lost with what is known of them are [`Library::record_outcome`].
    pub fn set_status(&mut self, status: Status, now_ms: i64) -> bool {
        if !self.record.status.may_become(status) {
            return false;
        }
        let record = Rc::make_mut(&mut self.record);
        // Back to sent: the recorded outcome and its follow-up were a mistake.
        if status == Status::Sent {
            if let Some(sent) = last_sent_mut(&mut record.sent) {
                sent.outcome = None;
            }
            record.follow_up = None;
        }
        record.status = status;
        record.updated_ms = now_ms;
        true
    }
}
