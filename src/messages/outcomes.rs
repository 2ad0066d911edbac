//! What the app says of outcomes, follow-ups and the history: each refusal of the
//! outcome form, each loss reason, when a call is due, the calendar entry's words,
//! and the sentences of the history view.

use best_offer_domain::NumberFormat;
use best_offer_domain::Percent;
use best_offer_domain::library::file::StoredProposal;
use best_offer_domain::money::format::{format_money, format_percent};
use best_offer_domain::outcome::follow_up::{Due, DueBecause, last_outcome, last_sent};
use best_offer_domain::outcome::history::{
    CLOSE_TO_FLOOR_POINTS, LostBefore, PriceLosses, gap_below,
};
use best_offer_domain::outcome::{LossReason, Outcome, OutcomeFault, OutcomeText};
use rust_decimal::Decimal;

use crate::messages::Explain;

impl Explain for OutcomeFault {
    fn explain(&self) -> String {
        match self {
            OutcomeFault::DecidedOn => "Enter the day they decided.".to_string(),
            OutcomeFault::DecidedInFuture => {
                "The day they decided can't be after today.".to_string()
            }
            OutcomeFault::Reason => "Choose why it was lost.".to_string(),
            OutcomeFault::CompetitorPrice(error) => {
                format!("Their price: {}", error.explain())
            }
            OutcomeFault::FollowUpOn => {
                "Enter the day to call, or leave it empty for no call.".to_string()
            }
            OutcomeFault::FollowUpBeforeDecision => {
                "The day to call can't be before the day they decided.".to_string()
            }
            OutcomeFault::TooLong(which) => format!(
                "{} is too long: at most {} characters.",
                match which {
                    OutcomeText::Competitor => "Who won it",
                    OutcomeText::CompetitorPromise => "What they promised",
                    OutcomeText::Notes => "The notes",
                    OutcomeText::FollowUpReason => "The reason to call",
                },
                best_offer_domain::limits::MAX_TEXT_CHARS
            ),
        }
    }
}

/// Which field of the outcome form a fault is about (its DOM id).
pub fn fault_field(fault: &OutcomeFault) -> &'static str {
    match fault {
        OutcomeFault::DecidedOn | OutcomeFault::DecidedInFuture => "outcome-decided-on",
        OutcomeFault::Reason => "outcome-reason",
        OutcomeFault::CompetitorPrice(_) => "outcome-competitor-price",
        OutcomeFault::FollowUpOn | OutcomeFault::FollowUpBeforeDecision => "outcome-follow-up-on",
        OutcomeFault::TooLong(OutcomeText::Competitor) => "outcome-competitor",
        OutcomeFault::TooLong(OutcomeText::CompetitorPromise) => "outcome-promise",
        OutcomeFault::TooLong(OutcomeText::Notes) => "outcome-notes",
        OutcomeFault::TooLong(OutcomeText::FollowUpReason) => "outcome-follow-up-reason",
    }
}

/// A loss reason as the rep picks it.
pub const fn loss_reason(reason: LossReason) -> &'static str {
    match reason {
        LossReason::Price => "Price",
        LossReason::ProductFit => "Product fit",
        LossReason::Timing => "Timing",
        LossReason::Relationship => "Relationship",
        LossReason::NoDecision => "No decision",
        LossReason::Other => "Other",
    }
}

/// "today", "tomorrow", "in 30 days", "yesterday", "5 days overdue".
pub fn due_when(days: i64) -> String {
    match days {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        -1 => "1 day overdue".to_string(),
        d if d > 1 => format!("in {d} days"),
        d => format!("{} days overdue", d.saturating_neg()),
    }
}

/// Why a call is due, in a few words.
pub fn due_because(due: &Due, stored: &StoredProposal) -> String {
    match due.because {
        DueBecause::Lost => match last_outcome(stored).and_then(|o| o.lost.as_ref()) {
            Some(loss) if !loss.competitor.is_empty() => {
                format!("Lost to {}", loss.competitor)
            }
            _ => "Lost".to_string(),
        },
        DueBecause::Expired => format!(
            "No answer: valid through {}",
            stored.proposal.offer.valid_through.long()
        ),
    }
}

/// What an outcome says in one line: "Lost on 30 November 2026 (price) to Fabrikam at
/// USD 36,500.00" or "Won on 2 December 2026".
pub fn outcome_line(outcome: &Outcome, stored: &StoredProposal) -> String {
    let day = outcome.decided_on.long();
    let Some(loss) = &outcome.lost else {
        return format!("Won on {day}");
    };
    let mut line = format!(
        "Lost on {day} ({})",
        loss_reason(loss.reason).to_lowercase()
    );
    if !loss.competitor.is_empty() {
        line.push_str(&format!(" to {}", loss.competitor));
    }
    if let Some(price) = loss.competitor_price {
        let currency = stored.proposal.deal.currency;
        line.push_str(&format!(
            " at {}",
            format_money(price, currency, stored.proposal.number_format)
        ));
    }
    line
}

/// An outcome in a few words for the proposal list: "2 December 2026 · price ·
/// Fabrikam".
pub fn outcome_short(outcome: &Outcome) -> String {
    let mut parts = vec![outcome.decided_on.long()];
    if let Some(loss) = &outcome.lost {
        parts.push(loss_reason(loss.reason).to_lowercase());
        if !loss.competitor.is_empty() {
            parts.push(loss.competitor.clone());
        }
    }
    parts.join(" · ")
}

/// The board's reference line once a lost deal is reopened: "Revision 1 was lost at
/// $38,900.00 to Fabrikam at $36,500.00.", and how today's best offer stands
/// against their price.
pub fn lost_before_line(
    lost: &LostBefore,
    best_now: Option<Decimal>,
    format: NumberFormat,
) -> String {
    let money = |v| format_money(v, lost.currency, format);
    let to = if lost.competitor.is_empty() {
        "a competitor".to_string()
    } else {
        lost.competitor.clone()
    };
    let mut line = format!(
        "Revision {} was lost at {} to {to} at {}.",
        lost.revision,
        money(lost.offered),
        money(lost.competitor_price)
    );
    if let Some(best) = best_now {
        match gap_below(best, lost.competitor_price) {
            Some(gap) if gap > Decimal::ZERO => line.push_str(&format!(
                " Your best offer today, {}, is {} above their price: your floor does not reach it.",
                money(best),
                format_percent(Percent::new(gap), 1, format)
            )),
            Some(_) => line.push_str(&format!(
                " Your best offer today, {}, reaches their price.",
                money(best)
            )),
            None => {}
        }
    }
    line
}

/// The calendar entry of a call: its summary and its description.
pub fn calendar_words(due: &Due, stored: &StoredProposal) -> (String, String) {
    let customer = match stored.proposal.customer.trim() {
        "" => "the customer",
        name => name,
    };
    let number = &stored.proposal.offer.number;
    let summary = format!("Follow up: {customer}, offer {number}");
    let mut lines = vec![due_because(due, stored)];
    if let Some(outcome) = last_outcome(stored) {
        lines.push(outcome_line(outcome, stored));
        if let Some(promise) = outcome.lost.as_ref().map(|l| l.competitor_promise.trim())
            && !promise.is_empty()
        {
            lines.push(format!("They promised: {promise}"));
        }
    }
    if let Some(sent) = last_sent(stored) {
        lines.push(format!(
            "Our offer {number}, revision {}: {}",
            sent.revision,
            sent.offer.money(sent.offer.term_total)
        ));
    }
    if !due.reason.is_empty() {
        lines.push(format!("Reason to call: {}", due.reason));
    }
    (summary, lines.join("\n"))
}

/// The sentence on losses on price against the floor.
pub fn price_losses(losses: &PriceLosses) -> String {
    if losses.lost_on_price == 0 {
        return "No sale was recorded as lost on price.".to_string();
    }
    if losses.compared == 0 {
        return format!(
            "{} lost on price, none with the competitor's price recorded: record it when you mark a loss.",
            deals(losses.lost_on_price)
        );
    }
    let far = losses
        .compared
        .saturating_sub(losses.floor_would_have_matched)
        .saturating_sub(losses.close_below_floor);
    format!(
        "{} lost on price with the competitor's price known: {} at or above your floor (your best offer would have matched them), {} within {CLOSE_TO_FLOOR_POINTS} % below it, {} further below.",
        deals(losses.compared),
        losses.floor_would_have_matched,
        losses.close_below_floor,
        far
    )
}

/// "1 deal", "3 deals".
fn deals(n: usize) -> String {
    if n == 1 {
        "1 deal".to_string()
    } else {
        format!("{n} deals")
    }
}
