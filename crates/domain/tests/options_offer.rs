//! Options on the written offer and the customer's link, against hand-worked
//! figures: three options side by side, each above its floor; the totals of a
//! choice (an option and its optional items) the same whether printed or computed
//! in the link's page; a link whose option prices were changed by hand refused;
//! the acceptance email naming the choice; the file keeping the options.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

mod common;

use best_offer_domain::date::Date;
use best_offer_domain::desk::Desk;
use best_offer_domain::library::file::{FileError, FileFault, parse_file};
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::library::{Library, Moment, written_offer};
use best_offer_domain::offer::choice::{Choice, OptionCell};
use best_offer_domain::offer::link::{LinkError, acceptance_mailto_of, read, to_json};
use best_offer_domain::offer::words::Language;
use best_offer_domain::options::{OfferOption, OptionId};
use best_offer_domain::pricing::deal::{CostBasis, Lever, LineId};
use best_offer_domain::pricing::tax::TaxRounding;
use best_offer_domain::{Currency, Percent};
use common::{d, options_deal, pct};

/// Core licence 1,000 (cost 400), a Pro add-on 500 (cost 100) and onboarding 300
/// (cost 120), all one-time, at a 40 % minimum margin, with three options:
/// Standard (the core at 20 % off, onboarding optional), Professional (with the
/// add-on at its best offer, onboarding optional, recommended) and Enterprise
/// (everything, 10 % off).
fn proposal() -> Proposal {
    let mut proposal = Proposal::new(Currency::USD, Date::parse_iso("2026-12-02").unwrap());
    proposal.customer = "Northwind Traders".into();
    proposal.offer.seller.rep_email = "sam@contoso.example".into();
    proposal.offer.number = "BO-7".into();
    proposal.deal = options_deal();
    proposal.deal.term_months = 12;
    proposal.options = vec![
        OfferOption {
            lever: Some(Lever::Discount(pct("20"))),
            optional: vec![LineId(3)],
            ..OfferOption::new(OptionId(1), "Standard".into())
        },
        OfferOption {
            lines: vec![LineId(2)],
            optional: vec![LineId(3)],
            ..OfferOption::new(OptionId(2), "Professional".into())
        },
        OfferOption {
            lines: vec![LineId(2), LineId(3)],
            lever: Some(Lever::Discount(pct("10"))),
            ..OfferOption::new(OptionId(3), "Enterprise".into())
        },
    ];
    proposal.recommended_option = Some(OptionId(2));
    proposal
}

fn library(proposal: Proposal) -> Library {
    let moment = Moment {
        now_ms: 0,
        today: Date::parse_iso("2026-12-02").unwrap(),
    };
    let mut library = Library::start(Desk::default(), moment, "p1".into());
    library.proposal = std::rc::Rc::new(proposal);
    library
}

#[test]
fn three_options_side_by_side_each_above_its_floor() {
    let library = library(proposal());
    let board = library.board();
    assert_eq!(board.options.len(), 3);
    assert!(board.options.iter().all(|o| o.keeps_floor()));
    let offer = written_offer(&library.proposal, &board).unwrap();
    let names: Vec<&str> = offer.options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Standard", "Professional", "Enterprise"]);
    let recommended: Vec<bool> = offer.options.iter().map(|o| o.recommended).collect();
    assert_eq!(recommended, [false, true, false]);
    // Standard 1,000 × 0.8 = 800.00; Professional at its best (500 / 0.6 = 833.34);
    // Enterprise 1,800 × 0.9 = 1,620.00.
    let totals: Vec<_> = offer.options.iter().map(|o| o.term_total).collect();
    assert_eq!(totals, [d("800.00"), d("833.34"), d("1620.00")]);
    // Every option's lines add up to its total.
    for option in &offer.options {
        let sum: rust_decimal::Decimal = option.lines.iter().map(|l| l.term_amount).sum();
        assert_eq!(sum, option.term_total, "{}", option.name);
    }
    // The offer's own lines and totals are the recommended option's.
    assert_eq!(offer.term_total, d("833.34"));
    assert_eq!(offer.lines, offer.options[1].lines);
    assert_eq!(offer.default_option(), 1);
    // Side by side: the core in all three, the add-on in two, onboarding optional
    // in two at their own prices (240.00 at Standard's 20 % off; 200.00, its floor,
    // in Professional) and included in Enterprise.
    let rows = offer.option_rows();
    let names: Vec<&str> = rows.iter().map(|r| r.name).collect();
    assert_eq!(names, ["Core licence", "Onboarding", "Pro add-on"]);
    assert!(
        rows[0]
            .cells
            .iter()
            .all(|c| matches!(c, OptionCell::Included(_)))
    );
    let onboarding: Vec<String> = rows[1]
        .cells
        .iter()
        .map(|cell| match cell {
            OptionCell::Optional(line) => format!("+{}", line.term_amount),
            OptionCell::Included(line) => format!("={}", line.term_amount),
            OptionCell::Absent => "-".into(),
        })
        .collect();
    assert_eq!(onboarding, ["+240.00", "+200.00", "=270.00"]);
    assert!(matches!(rows[2].cells[0], OptionCell::Absent));
}

#[test]
fn a_choice_totals_the_same_printed_or_computed_in_the_page() {
    let mut proposal = proposal();
    proposal.deal.tax_rate = Some(pct("10"));
    let library = library(proposal);
    let offer = written_offer(&library.proposal, &library.board()).unwrap();
    // Each option's printed totals are what the page computes with no item added.
    for (k, option) in offer.options.iter().enumerate() {
        assert_eq!(offer.choice_totals(k, &[]), Some(option.printed_totals()));
    }
    // Standard with onboarding: 800.00 + 240.00 = 1,040.00, tax 104.00.
    let with = offer.choice_totals(0, &[0]).unwrap();
    assert_eq!(
        (with.term_total, with.tax, with.total_with_tax),
        (d("1040.00"), d("104.00"), d("1144.00"))
    );
    // Professional with onboarding: 833.34 + 200.00, tax 103.334 → 103.33.
    let with = offer.choice_totals(1, &[0]).unwrap();
    assert_eq!((with.term_total, with.tax), (d("1033.34"), d("103.33")));
    // No such item, an item twice, no such option.
    assert_eq!(offer.choice_totals(2, &[0]), None);
    assert_eq!(offer.choice_totals(0, &[0, 0]), None);
    assert_eq!(offer.choice_totals(3, &[]), None);

    // Tax line by line: the engine's tax and the page's agree for every option.
    let mut per_line = library.proposal.as_ref().clone();
    per_line.deal.tax_rounding = TaxRounding::PerLine;
    let library = self::library(per_line);
    let offer = written_offer(&library.proposal, &library.board()).unwrap();
    for (k, option) in offer.options.iter().enumerate() {
        assert_eq!(offer.choice_totals(k, &[]), Some(option.printed_totals()));
    }
}

#[test]
fn a_link_carries_the_options_and_refuses_prices_changed_by_hand() {
    let library = library(proposal());
    let offer = written_offer(&library.proposal, &library.board()).unwrap();
    let json = to_json(&offer);
    let back = read(&json).unwrap();
    assert_eq!(back, offer);
    assert_eq!(back.fingerprint(), offer.fingerprint());

    // Enterprise's licence made cheaper, its total left: refused.
    let text = String::from_utf8(json.clone()).unwrap();
    let forged = text.replacen(
        "\"term_amount\":\"900.00\"",
        "\"term_amount\":\"700.00\"",
        1,
    );
    assert_ne!(forged, text);
    assert_eq!(read(forged.as_bytes()), Err(LinkError::DoesNotAddUp));
    // The option's total changed too, but not the offer's own: still refused when
    // it is the recommended one; an option's total that its lines do not give is.
    let forged = text.replacen(
        "\"term_total\":\"1620.00\"",
        "\"term_total\":\"1420.00\"",
        1,
    );
    assert_ne!(forged, text);
    assert_eq!(read(forged.as_bytes()), Err(LinkError::DoesNotAddUp));
    // Two recommended, or one option alone: not an offer this app writes.
    let mut two = offer.clone();
    two.options[0].recommended = true;
    assert!(matches!(
        read(&to_json(&two)),
        Err(LinkError::Unreadable(_))
    ));
    let mut one = offer.clone();
    one.options.truncate(1);
    assert!(matches!(
        read(&to_json(&one)),
        Err(LinkError::Unreadable(_))
    ));
}

#[test]
fn the_acceptance_email_names_the_option_the_items_and_their_total() {
    let library = library(proposal());
    let offer = written_offer(&library.proposal, &library.board()).unwrap();
    let choice = Choice {
        option: 0,
        added: Vec::new(),
    }
    .toggled(0);
    let mailto = acceptance_mailto_of(&offer, "F1", &choice).unwrap();
    let body = decode(mailto.split("body=").nth(1).unwrap());
    assert!(body.contains("for a total of $1,040.00"), "{body}");
    assert!(body.contains("Option accepted: Standard\n"), "{body}");
    assert!(
        body.contains("Optional items accepted: Onboarding\n"),
        "{body}"
    );
    assert!(body.contains("Offer fingerprint: F1"), "{body}");
    // Taken off again: none.
    let mailto = acceptance_mailto_of(&offer, "F1", &choice.toggled(0)).unwrap();
    let body = decode(mailto.split("body=").nth(1).unwrap());
    assert!(body.contains("Optional items accepted: none\n"), "{body}");
    assert!(body.contains("$800.00"), "{body}");
    // A choice the offer does not have writes no email.
    let wrong = Choice {
        option: 2,
        added: vec![0],
    };
    assert_eq!(acceptance_mailto_of(&offer, "F1", &wrong), None);
    // Nor does one without a choice: an offer with options is accepted as chosen.
    assert_eq!(
        best_offer_domain::offer::link::acceptance_mailto(&offer, "F1"),
        None
    );
}

#[test]
fn the_text_version_lists_every_option_in_five_languages() {
    let library = library(proposal());
    let offer = written_offer(&library.proposal, &library.board()).unwrap();
    let text = offer.to_text();
    for says in [
        "Options:",
        "Standard\n",
        "Professional (Recommended)",
        "1 × Onboarding",
        "Optional: + $240.00",
        "Enterprise",
        "$1,620.00",
        "Option accepted: ______",
        "Optional items accepted: ______",
    ] {
        assert!(text.contains(says), "{says:?} in\n{text}");
    }
    // No discount is said to be common to options priced each by its own lever.
    assert!(!text.contains("All prices include a discount"), "{text}");
    for (language, recommended) in [
        (Language::De, "Empfohlen"),
        (Language::Fr, "Recommandée"),
        (Language::Es, "Recomendada"),
        (Language::Nl, "Aanbevolen"),
    ] {
        let mut proposal = library.proposal.as_ref().clone();
        proposal.offer.language = language;
        let local = self::library(proposal);
        let offer = written_offer(&local.proposal, &local.board()).unwrap();
        let text = offer.to_text();
        assert!(
            text.contains(&format!("Professional ({recommended})")),
            "{text}"
        );
        assert!(text.contains(language.words().option_accepted), "{text}");
        assert!(!text.contains("Option accepted"), "{text}");
    }
}

#[test]
fn the_file_keeps_the_options_and_refuses_what_they_cannot_be() {
    let library = library(proposal());
    let json = library.to_file().to_json().unwrap();
    let back = parse_file(&json).unwrap();
    assert_eq!(back.proposals[0].proposal, *library.proposal);

    let refused = |edit: &dyn Fn(&mut Proposal)| -> FileFault {
        let mut proposal = proposal();
        edit(&mut proposal);
        let json = self::library(proposal).to_file().to_json().unwrap();
        match parse_file(&json) {
            Err(FileError::Invalid { problem, .. }) => problem,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(refused(&|p| p.options.truncate(1)), FileFault::OptionCount);
    assert_eq!(
        refused(&|p| {
            let extra = p.options[0].clone();
            for n in 4..=5 {
                p.options.push(OfferOption {
                    id: OptionId(n),
                    ..extra.clone()
                });
            }
        }),
        FileFault::OptionCount
    );
    assert_eq!(
        refused(&|p| p.options[0].lines.push(LineId(9))),
        FileFault::NamesNoLine
    );
    assert_eq!(
        refused(&|p| p.options[1].id = OptionId(1)),
        FileFault::DuplicateId
    );
    assert_eq!(
        refused(&|p| p.recommended_option = Some(OptionId(9))),
        FileFault::NamesNoOption
    );
    assert_eq!(
        refused(&|p| p.options[0].lever = Some(Lever::Discount(Percent::new(d("101"))))),
        FileFault::Percent { below_100: false }
    );
}

/// Percent-decoding of a `mailto:` body.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn an_optional_item_that_cannot_keep_its_floor_holds_the_offer_and_is_named() {
    use best_offer_domain::library::NoFigures;
    use best_offer_domain::options::written::OptionUnpriced;
    use best_offer_domain::pricing::error::PricingError;
    // Onboarding at a cost of 250: its own floor, 250 / 0.6 = 416.67, is above its
    // list price of 300, so no option can offer it as optional.
    let mut proposal = proposal();
    proposal.deal.lines[2].terms.cost = CostBasis::UnitCost(d("250"));
    let library = library(proposal);
    let refused = written_offer(&library.proposal, &library.board());
    assert!(
        matches!(
            refused,
            Err(NoFigures::Option(OptionUnpriced {
                id: OptionId(1),
                item: Some(LineId(3)),
                error: PricingError::Unreachable(_),
            }))
        ),
        "{refused:?}"
    );
}
