//! The sale that comes back: a loss recorded with the competitor's price, its
//! follow-up, the calendar entry, the reopened revision, the thank-you note in five
//! languages, and what the history says, each against hand-worked figures.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

mod common;

use best_offer_domain::date::Date;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::file::{Status, StoredProposal, parse_file};
use best_offer_domain::library::{Library, Moment, NoOutcome, NotReopenable};
use best_offer_domain::offer::words::Language;
use best_offer_domain::outcome::calendar::{CalendarEvent, MAX_LINE_OCTETS, ics};
use best_offer_domain::outcome::follow_up::{DueBecause, follow_ups};
use best_offer_domain::outcome::history::{Band, PriceLosses, history, lost_before};
use best_offer_domain::outcome::thanks::thank_you_note;
use best_offer_domain::outcome::{
    FollowUp, Loss, LossReason, Outcome, OutcomeFigures, OutcomeForm,
};
use best_offer_domain::requirements::OpenQuestions;
use best_offer_domain::{Currency, NumberFormat};
use common::d;
use rust_decimal::Decimal;

fn day(iso: &str) -> Date {
    Date::parse_iso(iso).unwrap()
}

/// The version 6 fixture: the worked example, sent and lost on price to Fabrikam
/// at 36,500.00 against our 38,900.00, with a call set for 2026-12-30.
fn fixture() -> Library {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/proposals-v6.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    Library::from_file(parse_file(&text).unwrap()).unwrap()
}

#[test]
fn a_loss_is_recorded_with_the_figures_of_the_moment_and_a_call_30_days_later() {
    let mut library = fixture();
    // Back to sent forgets the outcome and its call; recording it again keeps it.
    assert!(library.set_status(Status::Sent, 1));
    assert_eq!(library.record.sent[0].outcome, None);
    assert_eq!(library.record.follow_up, None);
    let today = day("2026-12-02");
    let mut form = OutcomeForm::new(true, today);
    form.competitor = "Fabrikam".into();
    form.competitor_price = "36,500".into();
    let read = form
        .read(Currency::USD, NumberFormat::CommaDot, today)
        .unwrap();
    let board = library.board();
    assert_eq!(library.record_outcome(read.clone(), &board, 2), Ok(()));
    assert_eq!(library.record.status, Status::Lost);
    let outcome = library.record.sent[0].outcome.clone().unwrap();
    let figures = outcome.figures.unwrap();
    assert_eq!(
        (figures.offered, figures.best, figures.list),
        (d("38900.00"), Some(d("38900.00")), d("62000.00"))
    );
    // A win cannot overwrite a loss: back to sent first.
    let mut won = read.clone();
    won.outcome.lost = None;
    assert_eq!(
        library.record_outcome(won, &board, 3),
        Err(NoOutcome::OtherOutcome(Status::Lost))
    );
    let due = follow_ups(&library.all_stored(), today);
    assert_eq!(library.follow_ups(today), due, "the open one read in place");
    assert_eq!(due.len(), 1);
    assert_eq!(
        (due[0].on, due[0].because),
        (day("2027-01-01"), DueBecause::Lost)
    );
    assert_eq!(due[0].days_from(today), 30);
    // The call made: off the list; a kept proposal that is not open is set by id.
    let id = library.record.id.clone();
    let done = FollowUp::default();
    assert!(library.set_follow_up(&id, done.clone(), 4));
    assert!(!library.set_follow_up(&id, done.clone(), 5));
    assert!(follow_ups(&library.all_stored(), today).is_empty());
    library
        .new_proposal(Moment { now_ms: 6, today }, "other".into())
        .unwrap();
    let call = FollowUp {
        on: Some(day("2026-12-24")),
        reason: "budget".into(),
    };
    assert!(library.set_follow_up(&id, call, 7));
    assert!(!library.set_follow_up("nobody", done, 8));
    assert_eq!(
        follow_ups(&library.all_stored(), today)[0].on,
        day("2026-12-24")
    );
}

#[test]
fn a_lost_offer_reopens_as_the_next_revision_with_its_history() {
    let mut library = fixture();
    let moment = Moment {
        now_ms: 1_796_300_000_000,
        today: day("2027-01-04"),
    };
    assert_eq!(library.reopen(moment), Ok(2));
    assert_eq!(library.record.status, Status::Draft);
    assert_eq!(library.proposal.offer.revision, 2);
    assert_eq!(library.proposal.offer.issue_date, day("2027-01-04"));
    let days = i64::from(library.desk.profile.validity_days);
    assert_eq!(
        library.proposal.offer.valid_through,
        day("2027-01-04").add_days(days)
    );
    assert_eq!(library.record.follow_up, None, "the call is made");
    assert!(follow_ups(&library.all_stored(), moment.today).is_empty());
    // The history keeps what was offered, when, and how it ended.
    let ended = library.record.sent[0].outcome.as_ref().unwrap();
    assert_eq!(ended.lost.as_ref().unwrap().competitor, "Fabrikam");
    let before = lost_before(&library.record.sent).unwrap();
    assert_eq!(
        (before.revision, before.offered, before.competitor_price),
        (1, d("38900.00"), d("36500.00"))
    );
    // Priced afresh: the best offer is the deal's, and it can be sent again.
    let board = library.board();
    assert_eq!(
        board.best.as_ref().unwrap().evaluation.totals.net,
        d("38900.00")
    );
    assert_eq!(
        library.reopen(moment),
        Err(NotReopenable::Stands(Status::Draft))
    );
    library.set_draft("line-1-price".parse().unwrap(), None);
    assert_eq!(
        library.mark_sent(&board, 2, OpenQuestions::SendAsOpen),
        Ok(())
    );
    assert_eq!(library.record.sent.len(), 2);
    // A sent offer still valid is not reopened; past its validity it is.
    assert_eq!(library.reopen(moment), Err(NotReopenable::StillValid));
    let expired = Moment {
        today: library.proposal.offer.valid_through.add_days(1),
        ..moment
    };
    assert_eq!(library.reopen(expired), Ok(3));
}

#[test]
fn editing_a_lost_offer_starts_the_next_revision_and_keeps_the_loss() {
    let mut library = fixture();
    assert!(library.edit(Edit::Customer("Northwind Traders AG".into()), 5));
    assert_eq!(library.record.status, Status::Draft);
    assert_eq!(library.proposal.offer.revision, 2);
    assert!(library.record.sent[0].outcome.is_some());
}

#[test]
fn the_calendar_file_reads_back_by_the_standards_rules() {
    let library = fixture();
    let due = &follow_ups(&library.all_stored(), day("2026-12-02"))[0];
    let event = CalendarEvent {
        uid: format!("{}-{}@best-offer", due.id, due.on.to_iso()),
        stamp_ms: 1_796_221_805_000,
        on: due.on,
        summary: "Follow up: Northwind Traders, BO-2026-001".into(),
        description: format!(
            "Lost on price to Fabrikam at 36,500.00; our offer: 38,900.00.\nReason to call: {}. {}",
            due.reason,
            "Ça va, naïve façade; ".repeat(6)
        ),
    };
    let file = ics(&event);
    assert!(file.ends_with("\r\n"));
    for line in file.split("\r\n") {
        assert!(line.len() <= MAX_LINE_OCTETS, "{line}");
    }
    // Unfold (RFC 5545 §3.1), then read each property and unescape its text.
    let unfolded = file.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
    let value = |name: &str| {
        lines
            .iter()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .unwrap()
            .replace("\\n", "\n")
            .replace("\\,", ",")
            .replace("\\;", ";")
            .replace("\\\\", "\\")
    };
    assert_eq!(value("SUMMARY"), event.summary);
    assert_eq!(value("DESCRIPTION"), event.description);
    assert_eq!(value("DTSTART;VALUE=DATE"), "20261230");
    assert_eq!(value("DTEND;VALUE=DATE"), "20261231");
    assert_eq!(value("DTSTAMP"), "20261202T143005Z");
    assert_eq!(value("UID"), "p-worked-example-2026-12-30@best-offer");
}

#[test]
fn the_thank_you_note_quotes_the_offer_sent_in_its_language_and_asks_for_nothing() {
    let library = fixture();
    let mut offer = library.record.sent[0].offer.clone();
    let expected = [
        (
            Language::En,
            "Thank you for the opportunity to compete for your project",
        ),
        (
            Language::De,
            "vielen Dank für die Gelegenheit, uns für Ihr Projekt",
        ),
        (
            Language::Fr,
            "Merci de nous avoir donné l’occasion de concourir pour votre projet",
        ),
        (
            Language::Es,
            "Gracias por la oportunidad de competir por su proyecto",
        ),
        (
            Language::Nl,
            "Dank u voor de kans om mee te dingen naar uw project",
        ),
    ];
    for (language, thanks) in expected {
        offer.language = language;
        offer.number_format = language.number_format();
        let total = offer.money(d("38900.00"));
        let note = thank_you_note(&offer);
        assert!(note.body.contains(thanks), "{language:?}: {}", note.body);
        assert!(note.body.contains(&total), "{language:?}: {}", note.body);
        assert!(note.body.contains(&offer.number));
        assert!(note.subject.contains(&offer.number));
        assert!(note.body.contains(&offer.rep_name));
        // Never a new discount, a plea or an internal figure.
        for never in [
            "%",
            "discount",
            "Rabatt",
            "remise",
            "descuento",
            "korting",
            "36",
            "17",
        ] {
            assert!(!note.body.contains(never), "{language:?} says {never}");
        }
    }
}

/// A kept proposal that ended once with these figures and this outcome.
fn ended(
    base: &StoredProposal,
    id: &str,
    figures: [&str; 4],
    lost: Option<(LossReason, Option<&str>)>,
) -> StoredProposal {
    let mut stored = base.clone();
    stored.id = id.into();
    stored.status = if lost.is_some() {
        Status::Lost
    } else {
        Status::Won
    };
    let [list, offered, cost, best] = figures;
    stored.sent[0].outcome = Some(Outcome {
        decided_on: day("2026-11-30"),
        lost: lost.map(|(reason, price)| Loss {
            reason,
            competitor_price: price.map(d),
            ..Loss::default()
        }),
        notes: String::new(),
        figures: Some(OutcomeFigures {
            list: d(list),
            offered: d(offered),
            cost: d(cost),
            best: Some(d(best)),
        }),
    });
    stored
}

#[test]
fn the_history_counts_won_and_lost_by_discount_and_margin_and_losses_against_the_floor() {
    let base = fixture().current_stored();
    let all = [
        // Won: 10 % off (1,000 → 900), margin (900 − 450) / 900 = 50 %.
        ended(&base, "won", ["1000", "900", "450", "800"], None),
        // Lost on price 5 % off, margin 350 / 950 = 36.84 %; the competitor at 780
        // was (800 − 780) / 800 = 2.5 % below our best offer: close.
        ended(
            &base,
            "close",
            ["1000", "950", "600", "800"],
            Some((LossReason::Price, Some("780"))),
        ),
        // Lost on price at list, margin 40 %; the competitor at 820 was above our
        // best offer of 800: the floor would have matched them.
        ended(
            &base,
            "matched",
            ["1000", "1000", "600", "800"],
            Some((LossReason::Price, Some("820"))),
        ),
        // Lost on timing 30 % off, margin 100 / 700 = 14.29 %.
        ended(
            &base,
            "timing",
            ["1000", "700", "600", "650"],
            Some((LossReason::Timing, None)),
        ),
    ];
    let said = history(&all);
    assert_eq!(said.decided.len(), 4);
    let counts = |bands: &[Band]| bands.iter().map(|b| (b.won, b.lost)).collect::<Vec<_>>();
    assert_eq!(
        counts(&said.by_discount),
        [(0, 1), (0, 1), (1, 0), (0, 0), (0, 1)],
        "0–5, 5–10, 10–20, 20–30, 30+"
    );
    assert_eq!(
        counts(&said.by_margin),
        [(0, 1), (0, 1), (1, 1), (0, 0), (0, 0)],
        "<20, 20–40, 40–60, 60–80, 80+"
    );
    assert_eq!(
        said.by_margin[2].won_share().map(|p| p.points()),
        Some(Decimal::from(50))
    );
    assert_eq!(said.by_margin[3].won_share(), None);
    assert_eq!(
        said.price_losses,
        PriceLosses {
            lost_on_price: 2,
            compared: 2,
            floor_would_have_matched: 1,
            close_below_floor: 1,
        }
    );
    let close = said.decided.iter().find(|x| x.id == "close").unwrap();
    assert_eq!(close.gap_to_floor, Some(d("2.5")));
    assert_eq!(close.discount.map(|p| p.points()), Some(d("5")));
    // The fixture itself: 38,900 against 36,500, (38,900 − 36,500) / 38,900 = 6.17 %.
    let alone = history(std::slice::from_ref(&base));
    let gap = alone.decided[0].gap_to_floor.unwrap().round_dp(2);
    assert_eq!(gap, d("6.17"));
    assert_eq!(alone.price_losses.close_below_floor, 0);
}
