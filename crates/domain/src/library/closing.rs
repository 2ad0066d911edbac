//! How a sent offer ends and what may follow: recording the outcome (won, or lost
//! and why) on the revision it ended, the follow-up call, and reopening a lost or
//! expired offer as the next revision.

use std::rc::Rc;

use crate::date::Date;
use crate::library::field::FieldKey;
use crate::library::file::{Status, last_sent_mut, next_revision};
use crate::library::kept::{Library, Moment};
use crate::library::readiness::chosen_figures;
use crate::limits::MAX_VALIDITY_DAYS;
use crate::outcome::follow_up::{Due, Standing, follow_up_in, follow_up_of, soonest_first};
use crate::outcome::{FollowUp, OutcomeFigures, ReadOutcome};
use crate::pricing::board::Board;

/// Why an outcome was not recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoOutcome {
    /// The offer was not sent (or was changed since: it is a draft again).
    NotSent,
    /// It already ended the other way: "Back to sent" first.
    OtherOutcome(Status),
}

/// Why an offer was not reopened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReopenable {
    /// Only a lost offer, or a sent one past its validity, is reopened: this one
    /// stands so.
    Stands(Status),
    /// Sent, and still valid: the customer may still answer.
    StillValid,
}

/// The figures of the moment, as an outcome keeps them (none when the chosen
/// column has no price).
fn figures_of(library: &Library, board: &Board) -> Option<OutcomeFigures> {
    let (_, evaluation) = chosen_figures(&library.proposal, board).ok()?;
    Some(OutcomeFigures {
        list: evaluation.totals.list,
        offered: evaluation.totals.net,
        cost: evaluation.totals.cost,
        best: board.best.as_ref().ok().map(|b| b.evaluation.totals.net),
    })
}

impl Library {
    /// Records how the open proposal's sent offer ended: won, or lost with what is
    /// known of it, on the last sent revision, with the figures `board` holds for
    /// it; the status becomes Won or Lost and the follow-up is kept (a win has
    /// none). Recording again edits it, keeping the figures first recorded.
    ///
    /// # Errors
    /// [`NoOutcome::NotSent`] for a draft; [`NoOutcome::OtherOutcome`] when it
    /// already ended the other way.
    pub fn record_outcome(
        &mut self,
        read: ReadOutcome,
        board: &Board,
        now_ms: i64,
    ) -> Result<(), NoOutcome> {
        let status = if read.outcome.is_won() {
            Status::Won
        } else {
            Status::Lost
        };
        match self.record.status {
            Status::Draft => return Err(NoOutcome::NotSent),
            Status::Sent => {}
            same if same == status => {}
            other => return Err(NoOutcome::OtherOutcome(other)),
        }
        let fresh = figures_of(self, board);
        let record = Rc::make_mut(&mut self.record);
        let Some(sent) = last_sent_mut(&mut record.sent) else {
            return Err(NoOutcome::NotSent);
        };
        let mut outcome = read.outcome;
        outcome.figures = sent.outcome.as_ref().and_then(|o| o.figures).or(fresh);
        sent.outcome = Some(outcome);
        record.follow_up = (status == Status::Lost).then_some(read.follow_up);
        record.status = status;
        record.updated_ms = now_ms;
        Ok(())
    }

    /// Sets when to call the customer of the kept proposal `id` again (a follow-up
    /// without a day: no call needed); `false` when it changes nothing or `id` is
    /// not kept.
    pub fn set_follow_up(&mut self, id: &str, follow_up: FollowUp, now_ms: i64) -> bool {
        if id == self.record.id {
            if self.record.follow_up.as_ref() == Some(&follow_up) {
                return false;
            }
            let record = Rc::make_mut(&mut self.record);
            record.follow_up = Some(follow_up);
            record.updated_ms = now_ms;
            return true;
        }
        let Some(index) = self.others.iter().position(|p| p.id == id) else {
            return false;
        };
        let others = Rc::make_mut(&mut self.others);
        let Some(stored) = others.get_mut(index) else {
            return false;
        };
        if stored.follow_up.as_ref() == Some(&follow_up) {
            return false;
        }
        stored.follow_up = Some(follow_up);
        stored.updated_ms = now_ms;
        true
    }

    /// Every follow-up call of the kept proposals on `today`, soonest first (the
    /// open one read in place, nothing copied).
    pub fn follow_ups(&self, today: Date) -> Vec<Due> {
        let open = Standing {
            id: &self.record.id,
            status: self.record.status,
            follow_up: self.record.follow_up.as_ref(),
            sent: &self.record.sent,
            offer: &self.proposal.offer,
        };
        soonest_first(
            follow_up_in(&open, today)
                .into_iter()
                .chain(self.others.iter().filter_map(|p| follow_up_of(p, today)))
                .collect(),
        )
    }

    /// Whether the open proposal may be reopened on `today`: lost, or sent and past
    /// its validity.
    ///
    /// # Errors
    /// [`NotReopenable`]: why not.
    pub fn may_reopen(&self, today: Date) -> Result<(), NotReopenable> {
        match self.record.status {
            Status::Lost => Ok(()),
            Status::Sent if self.proposal.offer.is_expired(today) => Ok(()),
            Status::Sent => Err(NotReopenable::StillValid),
            other => Err(NotReopenable::Stands(other)),
        }
    }

    /// Reopens a lost or expired offer: the next revision, a draft issued on
    /// `moment`'s day and valid for the profile's validity, priced afresh from the
    /// deal as it was sent. The history keeps every revision sent and how it ended;
    /// the follow-up is done. Returns the new revision.
    ///
    /// # Errors
    /// [`NotReopenable`] unless [`Library::may_reopen`].
    pub fn reopen(&mut self, moment: Moment) -> Result<u32, NotReopenable> {
        self.may_reopen(moment.today)?;
        let revision = next_revision(&self.record.sent);
        let days = i64::from(self.desk.profile.validity_days.clamp(1, MAX_VALIDITY_DAYS));
        let proposal = Rc::make_mut(&mut self.proposal);
        proposal.offer.revision = revision;
        proposal.offer.issue_date = moment.today;
        proposal.offer.valid_through = moment.today.add_days(days);
        // Typed text of the dates and revision no longer stands for anything.
        let stale = [
            FieldKey::IssueDate,
            FieldKey::ValidThrough,
            FieldKey::Revision,
        ];
        if stale.iter().any(|key| self.drafts.contains_key(key)) {
            let drafts = Rc::make_mut(&mut self.drafts);
            for key in stale {
                drafts.remove(&key);
            }
        }
        let record = Rc::make_mut(&mut self.record);
        record.status = Status::Draft;
        record.follow_up = None;
        record.updated_ms = moment.now_ms;
        Ok(revision)
    }
}
