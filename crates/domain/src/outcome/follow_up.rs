//! Which calls are due: every lost offer, and every sent one with no answer by its
//! last valid day, has a follow-up day; the proposals view lists them soonest first.
//!
//! The rule, for a proposal whose rep set no day: a loss is called back
//! [`FOLLOW_UP_AFTER_LOSS_DAYS`] after it was decided, and a sent offer the day
//! after its validity ended (listed once that day has come: until then the customer
//! may still answer). A day the rep set wins over the rule, and "no call" (a
//! follow-up without a day) takes the proposal off the list. Won offers and drafts
//! have no follow-up.

use crate::date::Date;
use crate::library::file::{SentRevision, Status, StoredProposal};
use crate::offer::details::OfferDetails;
use crate::outcome::{FOLLOW_UP_AFTER_LOSS_DAYS, FollowUp, Outcome};

/// Why a call is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueBecause {
    /// The sale was lost.
    Lost,
    /// The offer was sent and its validity ended with no answer.
    Expired,
}

/// A follow-up call the rep has to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// The proposal's id.
    pub id: String,
    /// The day to call.
    pub on: Date,
    /// Why.
    pub because: DueBecause,
    /// The reason to call the rep wrote ("their go-live date"), maybe empty.
    pub reason: String,
}

impl Due {
    /// Days until the call (0: today; negative: overdue by that many days).
    pub fn days_from(&self, today: Date) -> i64 {
        self.on.days_since(today)
    }
}

/// The last revision sent of `stored`, with how it ended.
pub fn last_sent(stored: &StoredProposal) -> Option<&SentRevision> {
    crate::library::file::last_sent(&stored.sent)
}

/// How the last revision sent of `stored` ended, when that was recorded.
pub fn last_outcome(stored: &StoredProposal) -> Option<&Outcome> {
    last_sent(stored).and_then(|s| s.outcome.as_ref())
}

/// The follow-up of one proposal on `today`, if it has one.
///
/// # Examples
/// ```
/// use best_offer_domain::date::Date;
/// use best_offer_domain::library::{blank_stored, Moment};
/// use best_offer_domain::library::file::Status;
/// use best_offer_domain::outcome::follow_up::follow_up_of;
/// use best_offer_domain::{Currency, NumberFormat};
/// let today = Date::parse_iso("2026-12-02").unwrap();
/// let mut stored = blank_stored(Currency::USD, NumberFormat::CommaDot, Moment { now_ms: 0, today }, "p".into());
/// assert_eq!(follow_up_of(&stored, today), None, "a draft has none");
/// stored.status = Status::Sent;
/// assert_eq!(follow_up_of(&stored, today), None, "still valid");
/// let expired = stored.proposal.offer.valid_through.add_days(1);
/// assert_eq!(follow_up_of(&stored, expired).map(|d| d.on), Some(expired));
/// ```
pub fn follow_up_of(stored: &StoredProposal, today: Date) -> Option<Due> {
    follow_up_in(
        &Standing {
            id: &stored.id,
            status: stored.status,
            follow_up: stored.follow_up.as_ref(),
            sent: &stored.sent,
            offer: &stored.proposal.offer,
        },
        today,
    )
}

/// What a proposal's follow-up depends on, borrowed from wherever it is kept (a
/// stored proposal, or the open one's record and content).
#[derive(Debug, Clone, Copy)]
pub struct Standing<'a> {
    /// The proposal's id.
    pub id: &'a str,
    /// Where it stands.
    pub status: Status,
    /// The day the rep set, if any.
    pub follow_up: Option<&'a FollowUp>,
    /// The revisions sent, with how they ended.
    pub sent: &'a [SentRevision],
    /// The offer being prepared or last sent (its validity).
    pub offer: &'a OfferDetails,
}

/// The follow-up of the proposal `standing` describes, on `today`, if it has one
/// ([`follow_up_of`] for a stored proposal).
pub fn follow_up_in(standing: &Standing<'_>, today: Date) -> Option<Due> {
    let because = match standing.status {
        Status::Lost => DueBecause::Lost,
        Status::Sent => DueBecause::Expired,
        Status::Draft | Status::Won => return None,
    };
    let (on, reason) = match standing.follow_up {
        Some(set) => (set.on?, set.reason.clone()),
        None => {
            let by_rule = match because {
                DueBecause::Lost => crate::library::file::last_sent(standing.sent)
                    .and_then(|s| s.outcome.as_ref())?
                    .decided_on
                    .add_days(FOLLOW_UP_AFTER_LOSS_DAYS),
                DueBecause::Expired => {
                    if !standing.offer.is_expired(today) {
                        return None;
                    }
                    standing.offer.valid_through.add_days(1)
                }
            };
            (by_rule, String::new())
        }
    };
    Some(Due {
        id: standing.id.to_string(),
        on,
        because,
        reason,
    })
}

/// Every follow-up of `proposals` on `today`, soonest first (then by id, so the
/// order is the same on every render).
pub fn follow_ups<'a>(
    proposals: impl IntoIterator<Item = &'a StoredProposal>,
    today: Date,
) -> Vec<Due> {
    soonest_first(
        proposals
            .into_iter()
            .filter_map(|stored| follow_up_of(stored, today))
            .collect(),
    )
}

/// `due` soonest first, then by id (the same order on every render).
pub fn soonest_first(mut due: Vec<Due>) -> Vec<Due> {
    due.sort_by(|a, b| a.on.cmp(&b.on).then_with(|| a.id.cmp(&b.id)));
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::kept::{Moment, blank_stored};
    use crate::money::currency::Currency;
    use crate::money::locale::NumberFormat;
    use crate::offer::CustomerOffer;
    use crate::outcome::Loss;
    use crate::pricing::solver::best_offer;

    fn day(iso: &str) -> Date {
        Date::parse_iso(iso).unwrap()
    }

    /// A proposal sent on 2026-11-02, valid through 2026-12-02, maybe ended.
    fn sent(id: &str, outcome: Option<Outcome>) -> StoredProposal {
        let issued = day("2026-11-02");
        let moment = Moment {
            now_ms: 0,
            today: issued,
        };
        let mut stored = blank_stored(Currency::USD, NumberFormat::CommaDot, moment, id.into());
        let line = &mut stored.proposal.deal.lines[0];
        line.terms.unit_list_price = 100.into();
        line.terms.cost = crate::pricing::deal::CostBasis::UnitCost(40.into());
        stored.proposal.deal.floor.walk_away = Some(80.into());
        let best = best_offer(&stored.proposal.deal).unwrap();
        stored.status = match &outcome {
            None => Status::Sent,
            Some(o) if o.is_won() => Status::Won,
            Some(_) => Status::Lost,
        };
        stored.sent.push(SentRevision {
            revision: 1,
            sent_ms: 0,
            offer: CustomerOffer::build(&stored.proposal, &best.evaluation),
            links: Vec::new(),
            outcome,
        });
        stored
    }

    fn lost_on(iso: &str) -> Option<Outcome> {
        Some(Outcome {
            decided_on: day(iso),
            lost: Some(Loss::default()),
            notes: String::new(),
            figures: None,
        })
    }

    #[test]
    fn losses_and_unanswered_offers_are_called_soonest_first() {
        let today = day("2026-12-02");
        let won = sent(
            "won",
            Some(Outcome {
                lost: None,
                ..lost_on("2026-11-20").unwrap()
            }),
        );
        let lost_early = sent("lost-early", lost_on("2026-11-10"));
        let mut set_by_rep = sent("set", lost_on("2026-11-20"));
        set_by_rep.follow_up = Some(FollowUp {
            on: Some(day("2026-12-05")),
            reason: "their go-live date".into(),
        });
        let mut no_call = sent("no-call", lost_on("2026-11-21"));
        no_call.follow_up = Some(FollowUp::default());
        let waiting = sent("waiting", None);
        let all = [won, lost_early, set_by_rep, no_call, waiting.clone()];

        let due = follow_ups(&all, today);
        let listed: Vec<(&str, String, DueBecause)> = due
            .iter()
            .map(|d| (d.id.as_str(), d.on.to_iso(), d.because))
            .collect();
        assert_eq!(
            listed,
            [
                ("set", "2026-12-05".to_string(), DueBecause::Lost),
                ("lost-early", "2026-12-10".to_string(), DueBecause::Lost),
            ],
            "30 days after a loss unless the rep set a day; the sent offer is still valid today"
        );
        assert_eq!(due[0].reason, "their go-live date");
        assert_eq!(due[0].days_from(today), 3);

        // The day after its validity, the unanswered offer is due, and overdue later.
        let later = day("2026-12-08");
        let due = follow_ups(&all, later);
        assert_eq!(due[0].id, "waiting");
        assert_eq!(due[0].on, day("2026-12-03"));
        assert_eq!(due[0].because, DueBecause::Expired);
        assert_eq!(due[0].days_from(later), -5);
        // A draft has no follow-up, whatever it holds.
        let mut draft = waiting;
        draft.status = Status::Draft;
        assert_eq!(follow_up_of(&draft, later), None);
    }
}
