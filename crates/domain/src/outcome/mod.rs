//! How a sent offer ended, and what comes after: the outcome (won or lost, when, and
//! for a loss why, to whom and at what price), the follow-up call, the calendar
//! entry for it, the thank-you note, and what the rep's own history of outcomes
//! says about discounts, margins and the floor.
//!
//! Why it exists: a lost sale comes back more often than a new prospect converts,
//! and only if the rep knows when to call, what was offered, and what the other
//! side promised. So a loss is recorded with its reason and the competitor's price,
//! a follow-up date is kept (30 days after the loss unless the rep says otherwise),
//! and a lost offer can be reopened as the next revision with its history intact
//! ([`crate::library::Library::reopen`]).
//!
//! An outcome belongs to the revision it ended ([`crate::library::file::SentRevision`]):
//! reopening keeps it there, so the history says what was offered, when, and how
//! it ended. The figures of the moment ([`OutcomeFigures`]: list, offered, cost and
//! best offer) are kept with it, so what the history teaches does not change when
//! the deal is priced afresh.
//!
//! In parts: the types and the reading of the rep's form here, [`follow_up`] (which
//! calls are due), [`calendar`] (one iCalendar event, RFC 5545), [`thanks`] (the
//! note in the offer's language) and [`history`] (won and lost by discount and
//! margin, and losses on price against the floor).

pub mod calendar;
pub mod follow_up;
pub mod history;
pub mod thanks;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::limits::MAX_TEXT_CHARS;
use crate::money::currency::Currency;
use crate::money::locale::NumberFormat;
use crate::money::parse::{ParseError, parse_money};

/// Days after a loss the follow-up call is set to, unless the rep sets another day.
pub const FOLLOW_UP_AFTER_LOSS_DAYS: i64 = 30;

/// Why a sale was lost, as the rep records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LossReason {
    /// Another offer was cheaper.
    #[default]
    Price,
    /// The product did not fit what they needed.
    ProductFit,
    /// Not now: budget, season, priorities.
    Timing,
    /// They chose whom they knew.
    Relationship,
    /// Nobody decided: the project stopped or stalled.
    NoDecision,
    /// Anything else (the notes say what).
    Other,
}

/// The names [`LossReason`] is written with, in the order of [`LossReason::ALL`].
const LOSS_REASON_NAMES: [&str; 6] = [
    "price",
    "product-fit",
    "timing",
    "relationship",
    "no-decision",
    "other",
];

impl<'de> Deserialize<'de> for LossReason {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::library::enum_names::by_name(deserializer, &LOSS_REASON_NAMES, &LossReason::ALL)
    }
}

impl LossReason {
    /// Every reason, in the order a picker shows them.
    pub const ALL: [LossReason; 6] = [
        LossReason::Price,
        LossReason::ProductFit,
        LossReason::Timing,
        LossReason::Relationship,
        LossReason::NoDecision,
        LossReason::Other,
    ];

    /// The name a file and a form write (`"product-fit"`).
    pub fn name(self) -> &'static str {
        LossReason::ALL
            .iter()
            .zip(LOSS_REASON_NAMES)
            .find_map(|(reason, name)| (*reason == self).then_some(name))
            .unwrap_or_default()
    }

    /// The reason a form's name stands for.
    pub fn from_name(name: &str) -> Option<LossReason> {
        LossReason::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// What the rep knows of a loss.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Loss {
    /// Why it was lost.
    pub reason: LossReason,
    /// Who won it (empty when unknown).
    #[serde(default)]
    pub competitor: String,
    /// The competitor's price over the same term, before tax, when known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::library::decimal_text::option"
    )]
    pub competitor_price: Option<Decimal>,
    /// What the competitor promised (what may not hold: the reason to call back).
    #[serde(default)]
    pub competitor_promise: String,
}

/// The internal figures of the offer when its outcome was recorded, over the whole
/// term and before tax: what the history reads, whatever the deal becomes later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeFigures {
    /// Every line at its list price.
    #[serde(with = "crate::library::decimal_text")]
    pub list: Decimal,
    /// What the offer asked.
    #[serde(with = "crate::library::decimal_text")]
    pub offered: Decimal,
    /// What the offer cost.
    #[serde(with = "crate::library::decimal_text")]
    pub cost: Decimal,
    /// The best offer that kept the floor at the time (none when no floor was set).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::library::decimal_text::option"
    )]
    pub best: Option<Decimal>,
}

/// How a sent offer ended.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// The day the customer decided.
    pub decided_on: Date,
    /// Lost, and what is known of it; `None` when won.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost: Option<Loss>,
    /// The rep's notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The offer's internal figures when the outcome was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<OutcomeFigures>,
}

impl Outcome {
    /// Whether the sale was won.
    pub fn is_won(&self) -> bool {
        self.lost.is_none()
    }
}

/// When to call the customer again, and why.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// The day to call; `None` once the rep said no call is needed (the call was
    /// made, or there is nothing to call about).
    #[serde(default)]
    pub on: Option<Date>,
    /// The reason to call ("their go-live date").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// What the rep typed in the outcome form, as typed: nothing of it is kept until
/// all of it reads ([`OutcomeForm::read`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OutcomeForm {
    /// Lost (otherwise won).
    pub lost: bool,
    /// The day they decided, as a date input gives it (`YYYY-MM-DD`).
    pub decided_on: String,
    /// The loss reason's name ([`LossReason::name`]).
    pub reason: String,
    /// Who won it.
    pub competitor: String,
    /// The competitor's price as typed (empty: unknown).
    pub competitor_price: String,
    /// What the competitor promised.
    pub competitor_promise: String,
    /// The rep's notes.
    pub notes: String,
    /// The follow-up day, as a date input gives it (empty: no call).
    pub follow_up_on: String,
    /// The reason to call.
    pub follow_up_reason: String,
}

/// Which field of the outcome form does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutcomeFault {
    /// The decision date is not a date.
    DecidedOn,
    /// The decision date is after today.
    DecidedInFuture,
    /// The loss reason is not one of [`LossReason::ALL`].
    Reason,
    /// The competitor's price does not read as an amount (or is above the largest).
    CompetitorPrice(ParseError),
    /// The follow-up date is not a date.
    FollowUpOn,
    /// The follow-up date is before the decision.
    FollowUpBeforeDecision,
    /// A text is longer than [`MAX_TEXT_CHARS`].
    TooLong(OutcomeText),
}

/// The texts of the outcome form, to say which one is too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeText {
    /// Who won it.
    Competitor,
    /// What the competitor promised.
    CompetitorPromise,
    /// The notes.
    Notes,
    /// The reason to call.
    FollowUpReason,
}

/// The outcome form once it reads: the outcome (without figures: the library adds
/// those of the moment) and the follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOutcome {
    /// The outcome.
    pub outcome: Outcome,
    /// The follow-up.
    pub follow_up: FollowUp,
}

fn text(value: &str, which: OutcomeText) -> Result<String, OutcomeFault> {
    if value.chars().count() > MAX_TEXT_CHARS {
        return Err(OutcomeFault::TooLong(which));
    }
    Ok(value.trim().to_string())
}

impl OutcomeForm {
    /// The form for a new outcome decided `today`: for a loss, the reason is price
    /// and the follow-up is [`FOLLOW_UP_AFTER_LOSS_DAYS`] later.
    pub fn new(lost: bool, today: Date) -> OutcomeForm {
        OutcomeForm {
            lost,
            decided_on: today.to_iso(),
            reason: LossReason::Price.name().to_string(),
            follow_up_on: if lost {
                today.add_days(FOLLOW_UP_AFTER_LOSS_DAYS).to_iso()
            } else {
                String::new()
            },
            ..OutcomeForm::default()
        }
    }

    /// The form showing a recorded `outcome` and `follow_up`, to edit them.
    pub fn of(
        outcome: &Outcome,
        follow_up: Option<&FollowUp>,
        format: NumberFormat,
    ) -> OutcomeForm {
        let loss = outcome.lost.clone().unwrap_or_default();
        OutcomeForm {
            lost: outcome.lost.is_some(),
            decided_on: outcome.decided_on.to_iso(),
            reason: loss.reason.name().to_string(),
            competitor: loss.competitor,
            competitor_price: loss
                .competitor_price
                .map(|p| crate::money::format::format_for_input(p, 0, format))
                .unwrap_or_default(),
            competitor_promise: loss.competitor_promise,
            notes: outcome.notes.clone(),
            follow_up_on: follow_up
                .and_then(|f| f.on)
                .map(Date::to_iso)
                .unwrap_or_default(),
            follow_up_reason: follow_up.map(|f| f.reason.clone()).unwrap_or_default(),
        }
    }

    /// Reads the form for an offer in `currency` whose figures are typed in
    /// `format`, decided no later than `today`.
    ///
    /// # Errors
    /// The first [`OutcomeFault`], in the form's order.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{Currency, NumberFormat, date::Date};
    /// use best_offer_domain::outcome::{OutcomeForm, LossReason};
    /// let today = Date::parse_iso("2026-12-02").unwrap();
    /// let mut form = OutcomeForm::new(true, today);
    /// form.competitor = "Contoso".into();
    /// form.competitor_price = "36 500".into();
    /// let read = form.read(Currency::USD, NumberFormat::CommaDot, today).unwrap();
    /// let loss = read.outcome.lost.unwrap();
    /// assert_eq!((loss.reason, loss.competitor_price), (LossReason::Price, Some(36_500.into())));
    /// assert_eq!(read.follow_up.on.map(|d| d.to_iso()), Some("2027-01-01".to_string()));
    /// form.competitor_price = "36.500,00".into();
    /// assert!(form.read(Currency::USD, NumberFormat::CommaDot, today).is_err());
    /// ```
    pub fn read(
        &self,
        currency: Currency,
        format: NumberFormat,
        today: Date,
    ) -> Result<ReadOutcome, OutcomeFault> {
        let decided_on =
            Date::parse_iso(self.decided_on.trim()).map_err(|_| OutcomeFault::DecidedOn)?;
        if decided_on > today {
            return Err(OutcomeFault::DecidedInFuture);
        }
        let lost = if self.lost {
            let reason = LossReason::from_name(&self.reason).ok_or(OutcomeFault::Reason)?;
            let competitor = text(&self.competitor, OutcomeText::Competitor)?;
            let price_text = self.competitor_price.trim();
            let competitor_price = if price_text.is_empty() {
                None
            } else {
                Some(
                    parse_money(price_text, currency, format)
                        .map_err(OutcomeFault::CompetitorPrice)?,
                )
            };
            let competitor_promise =
                text(&self.competitor_promise, OutcomeText::CompetitorPromise)?;
            Some(Loss {
                reason,
                competitor,
                competitor_price,
                competitor_promise,
            })
        } else {
            None
        };
        let notes = text(&self.notes, OutcomeText::Notes)?;
        let on_text = self.follow_up_on.trim();
        let on = if on_text.is_empty() {
            None
        } else {
            let on = Date::parse_iso(on_text).map_err(|_| OutcomeFault::FollowUpOn)?;
            if on < decided_on {
                return Err(OutcomeFault::FollowUpBeforeDecision);
            }
            Some(on)
        };
        let reason = text(&self.follow_up_reason, OutcomeText::FollowUpReason)?;
        Ok(ReadOutcome {
            outcome: Outcome {
                decided_on,
                lost,
                notes,
                figures: None,
            },
            follow_up: FollowUp { on, reason },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(iso: &str) -> Date {
        Date::parse_iso(iso).unwrap()
    }

    #[test]
    fn a_loss_reads_with_its_follow_up_and_nothing_half_typed_is_kept() {
        let today = day("2026-12-02");
        let mut form = OutcomeForm::new(true, today);
        assert_eq!(form.follow_up_on, "2027-01-01");
        form.reason = "product-fit".into();
        form.competitor = "  Fabrikam ".into();
        form.competitor_promise = "SAP connector by March".into();
        form.competitor_price = "1,234.5".into();
        let read = form
            .read(Currency::USD, NumberFormat::CommaDot, today)
            .unwrap();
        let loss = read.outcome.lost.clone().unwrap();
        assert_eq!(loss.competitor, "Fabrikam");
        assert_eq!(loss.reason, LossReason::ProductFit);
        assert_eq!(loss.competitor_price, Some(Decimal::new(12345, 1)));
        // The form shows it back as it was recorded, and reads to the same.
        let again = OutcomeForm::of(&read.outcome, Some(&read.follow_up), NumberFormat::CommaDot);
        assert_eq!(again.competitor_price, "1,234.5");
        assert_eq!(
            again.read(Currency::USD, NumberFormat::CommaDot, today),
            Ok(read)
        );

        let refused = |change: &dyn Fn(&mut OutcomeForm)| {
            let mut form = form.clone();
            change(&mut form);
            form.read(Currency::USD, NumberFormat::CommaDot, today)
                .unwrap_err()
        };
        assert_eq!(
            refused(&|f| f.decided_on = "2026-12-0".into()),
            OutcomeFault::DecidedOn
        );
        assert_eq!(
            refused(&|f| f.decided_on = "2026-12-03".into()),
            OutcomeFault::DecidedInFuture
        );
        assert_eq!(
            refused(&|f| f.reason = "cheaper".into()),
            OutcomeFault::Reason
        );
        assert!(matches!(
            refused(&|f| f.competitor_price = "12x".into()),
            OutcomeFault::CompetitorPrice(_)
        ));
        assert!(matches!(
            refused(&|f| f.competitor_price = "9".repeat(20)),
            OutcomeFault::CompetitorPrice(ParseError::TooLarge(_))
        ));
        assert_eq!(
            refused(&|f| f.follow_up_on = "soon".into()),
            OutcomeFault::FollowUpOn
        );
        assert_eq!(
            refused(&|f| f.follow_up_on = "2026-11-30".into()),
            OutcomeFault::FollowUpBeforeDecision
        );
        assert_eq!(
            refused(&|f| f.notes = "x".repeat(MAX_TEXT_CHARS + 1)),
            OutcomeFault::TooLong(OutcomeText::Notes)
        );
    }

    #[test]
    fn a_win_has_no_loss_and_no_follow_up_by_default() {
        let today = day("2026-12-02");
        let form = OutcomeForm::new(false, today);
        let read = form
            .read(Currency::USD, NumberFormat::CommaDot, today)
            .unwrap();
        assert!(read.outcome.is_won());
        assert_eq!(read.follow_up.on, None);
        for reason in LossReason::ALL {
            assert_eq!(LossReason::from_name(reason.name()), Some(reason));
            // The name read is the name written.
            let written = serde_json::to_string(&reason).unwrap();
            assert_eq!(written, format!("\"{}\"", reason.name()));
            assert_eq!(
                serde_json::from_str::<LossReason>(&written).unwrap(),
                reason
            );
        }
        assert!(serde_json::from_str::<LossReason>("\"cheaper\"").is_err());
    }
}
