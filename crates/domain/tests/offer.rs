//! The customer-facing offer: built without any internal figure, and its text
//! version carries every content item of the printed offer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use best_offer_domain::date::Date;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::money::format::{format_money, format_percent};
use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::offer::details::OfferChoice;
use best_offer_domain::offer::words::EN;
use best_offer_domain::pricing::deal::CostBasis;
use best_offer_domain::pricing::solver::best_offer;
use best_offer_domain::requirements::{Answer, RequirementEdit};
use best_offer_domain::{Currency, NumberFormat};
use common::*;

/// The worked example with odd "canary" internal values that appear nowhere else.
fn canary_proposal() -> Proposal {
    let mut proposal = Proposal::new(Currency::USD, Date::parse_iso("2026-11-26").unwrap());
    proposal.deal = worked_example();
    proposal.deal.lines[0].terms.cost = CostBasis::MarginAtList(pct("85.37"));
    proposal.deal.lines[2].terms.cost = CostBasis::UnitCost(d("95.13"));
    proposal.deal.lines[0].terms.name = "Analytics Suite licence".into();
    proposal.deal.lines[0].terms.description = "25 named users, perpetual".into();
    proposal.deal.lines[1].terms.name = "Maintenance and support".into();
    proposal.deal.lines[2].terms.name = "Implementation".into();
    proposal.deal.floor.min_margin = Some(pct("55.17"));
    proposal.deal.tax_rate = Some(pct("8.25"));
    proposal.customer = "Northwind Traders".into();
    proposal.deal_name = "Analytics rollout".into();
    let offer = &mut proposal.offer;
    offer.seller.company = "Contoso Software".into();
    offer.seller.rep_name = "Alex Rep".into();
    offer.seller.rep_email = "alex@contoso.example".into();
    offer.seller.rep_phone = "+1 555 0100".into();
    offer.buyer_contact = "Jordan Buyer".into();
    offer.included = vec!["Onboarding workshop".into(), "  ".into()];
    offer.not_included = vec!["Data migration".into()];
    offer.assumptions = vec!["Customer provides a test environment".into()];
    offer.best_and_final = true;
    offer.note = "Prices in US dollars.".into();
    offer.choice = OfferChoice::BestOffer;
    // What the customer asked for: one met by the licence, one partly, one not
    // offered, one open, one blank; each with a note of the rep's own.
    let answers = [
        (
            "Integrates with SAP S/4HANA",
            Answer::Met,
            "Through the standard connector.",
        ),
        (
            "50 named users",
            Answer::Partly,
            "25 users now, 25 in year two.",
        ),
        (
            "On-premise hosting",
            Answer::NotOffered,
            "Hosted in the EU instead.",
        ),
        (
            "Go-live by 1 March",
            Answer::ToConfirm,
            "Which environment goes live first?",
        ),
        ("  ", Answer::Met, ""),
    ];
    for (text, answer, response) in answers {
        assert!(proposal.apply(Edit::Requirement(RequirementEdit::Add)));
        let id = proposal.requirements.last().unwrap().id;
        let licence = proposal.deal.lines[0].id;
        let services = proposal.deal.lines[2].id;
        for edit in [
            RequirementEdit::Text(id, text.into()),
            RequirementEdit::Answer(id, answer),
            RequirementEdit::Response(id, response.into()),
            RequirementEdit::InternalNote(id, "CANARY-NOTE-7431".into()),
            RequirementEdit::MetBy(id, licence, true),
            RequirementEdit::MetBy(id, services, answer == Answer::Partly),
        ] {
            proposal.apply(Edit::Requirement(edit));
        }
    }
    proposal
}

#[test]
fn requirements_print_with_their_answers_and_never_the_reps_note() {
    let proposal = canary_proposal();
    let best = best_offer(&proposal.deal).unwrap();
    let offer = CustomerOffer::build(&proposal, &best.evaluation);
    assert_eq!(
        offer.requirements.len(),
        4,
        "a blank requirement is not printed"
    );
    assert_eq!(offer.requirements[0].met_by, ["Analytics Suite licence"]);
    assert_eq!(
        offer.requirements[1].met_by,
        ["Analytics Suite licence", "Implementation"]
    );
    assert!(
        offer.requirements[2].met_by.is_empty() && offer.requirements[3].met_by.is_empty(),
        "an answer that meets nothing names no line"
    );
    assert_eq!(offer.open_questions(), 1);
    let text = offer.to_text();
    for item in [
        "Your requirements and how this offer meets them:\nOne requirement is still to be confirmed: it is marked as an open question below.\n",
        "  1. Integrates with SAP S/4HANA\n     Met — Through the standard connector. — Met by: Analytics Suite licence\n",
        "  2. 50 named users\n     Partly met — 25 users now, 25 in year two. — Met by: Analytics Suite licence, Implementation\n",
        "  3. On-premise hosting\n     Not offered — Hosted in the EU instead.\n",
        "  4. Go-live by 1 March\n     Open question — Which environment goes live first?\n",
        "By accepting, you confirm that your requirements are listed above as you meant them.\nAccepted for Northwind Traders:",
    ] {
        assert!(text.contains(item), "missing {item:?} in:\n{text}");
    }
    let mail =
        best_offer_domain::offer::link::acceptance_mailto(&offer, &offer.fingerprint()).unwrap();
    assert!(
        mail.contains("Go-live%20by%201%20March%20%E2%80%94%20Open%20question"),
        "{mail}"
    );
    let json = String::from_utf8(offer.content_json()).unwrap();
    for place in [&json, &text, &mail] {
        assert!(!place.contains("CANARY-NOTE"), "the rep's note in {place}");
    }
}

#[test]
fn an_offer_without_requirements_keeps_its_content_and_fingerprint() {
    let mut proposal = canary_proposal();
    let best = best_offer(&proposal.deal).unwrap();
    proposal.requirements.clear();
    let offer = CustomerOffer::build(&proposal, &best.evaluation);
    let json = String::from_utf8(offer.content_json()).unwrap();
    assert!(!json.contains("requirements"), "{json}");
    assert!(!offer.to_text().contains("requirements"));
}

#[test]
fn the_customer_offer_has_no_internal_field_and_no_internal_figure() {
    let proposal = canary_proposal();
    let best = best_offer(&proposal.deal).unwrap();
    let offer = CustomerOffer::build(&proposal, &best.evaluation);
    let json = serde_json::to_string(&offer).unwrap();
    for word in [
        "cost", "margin", "markup", "floor", "headroom", "approv", "capped",
    ] {
        assert!(
            !json.to_lowercase().contains(word),
            "field named like {word} in {json}"
        );
    }
    let e = &best.evaluation;
    let money = |v| format_money(v, Currency::USD, NumberFormat::CommaDot);
    let canaries = [
        "175.56".to_string(), // licence unit cost from the 85.37 % margin
        "95.13".to_string(),  // services unit cost
        "85.37".to_string(),
        "55.17".to_string(),
        money(e.totals.cost),
        money(e.floor.price),
        money(e.floor.headroom),
        money(e.totals.gross_profit),
        format_percent(e.totals.margin.unwrap(), 2, NumberFormat::CommaDot),
    ];
    let text = offer.to_text();
    for canary in &canaries {
        assert!(
            !json.contains(canary.trim_start_matches('$')),
            "{canary} in the offer data"
        );
        assert!(
            !text.contains(canary.as_str()),
            "{canary} in the offer text:\n{text}"
        );
    }
}

#[test]
fn the_text_offer_carries_every_content_item() {
    let proposal = canary_proposal();
    let best = best_offer(&proposal.deal).unwrap();
    let offer = CustomerOffer::build(&proposal, &best.evaluation);
    let text = offer.to_text();
    let total = format_money(offer.term_total, Currency::USD, NumberFormat::CommaDot);
    let expected = [
        "Offer BO-20261126-01, revision 1\n================================\n",
        "Analytics rollout",
        "Contoso Software, Alex Rep",
        "alex@contoso.example, +1 555 0100",
        "Northwind Traders, Jordan Buyer",
        "Issued: 26 November 2026",
        "Valid through: 26 December 2026 (end of day)",
        "Term: 3 years",
        "Analytics Suite licence",
        "25 named users, perpetual",
        "Maintenance",
        "Implementation",
        "$1,200.00",
        "$175.00",
        "One-time total",
        "Recurring per year",
        "First-year total",
        "Total over 3 years",
        total.as_str(),
        "Tax (8.25%)",
        "Total with tax",
        "Payment terms: Net 30 days from invoice date.",
        "Included:\n  - Onboarding workshop",
        "Not included:\n  - Data migration",
        "Assumptions:\n  - Customer provides a test environment",
        EN.best_and_final,
        "Prices in US dollars.",
        "Accepted for Northwind Traders:",
        "Name: ___",
        "Title: ___",
        "Signature: ___",
        "Date: ___",
    ];
    for item in expected {
        assert!(text.contains(item), "missing {item:?} in:\n{text}");
    }
    // Blank list items are left out.
    assert_eq!(offer.included, vec!["Onboarding workshop".to_string()]);
    // The lines add up to the total.
    let sum: rust_decimal::Decimal = offer.lines.iter().map(|l| l.term_amount).sum();
    assert_eq!(sum, offer.term_total);
}

#[test]
fn text_columns_are_aligned() {
    let proposal = canary_proposal();
    let best = best_offer(&proposal.deal).unwrap();
    let text = CustomerOffer::build(&proposal, &best.evaluation).to_text();
    // The rows between the two rules, and the totals under them, share one right edge.
    let lines: Vec<&str> = text.lines().collect();
    let rules: Vec<usize> = (0..lines.len())
        .filter(|i| lines[*i].len() > 20 && lines[*i].chars().all(|c| c == '-'))
        .collect();
    let rows: Vec<&str> = lines[rules[0] + 1..rules[1]]
        .iter()
        .filter(|l| !l.starts_with(' '))
        .copied()
        .collect();
    let totals: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("Total over") || l.starts_with("One-time total"))
        .collect();
    let table: Vec<&str> = rows.iter().chain(&totals).copied().collect();
    assert_eq!(table.len(), 5, "{text}");
    let ends: Vec<usize> = table.iter().map(|l| l.chars().count()).collect();
    assert!(
        ends.windows(2).all(|w| w[0] == w[1]),
        "ragged right edge: {table:#?}"
    );
}

#[test]
fn the_price_list_states_a_shared_discount_once_and_rounded_unit_prices() {
    let proposal = canary_proposal();
    let best = best_offer(&proposal.deal).unwrap();
    let offer = CustomerOffer::build(&proposal, &best.evaluation);
    // The best offer's one deal discount is stated once, not on every line.
    assert!(!offer.discount_column());
    assert!(offer.period_column(), "maintenance recurs");
    let notes = offer.price_notes();
    assert_eq!(
        notes,
        [
            "All prices include a discount of 37.26% off the list price.",
            "Unit net prices are rounded; line amounts and totals are exact.",
        ]
    );
    // 25 seats: the printed unit price is the exact one rounded half away from zero.
    let licence = &offer.lines[0];
    assert_eq!(offer.unit_net(licence), d("752.90"));
    assert_eq!(licence.net, d("18822.58"));
    let text = offer.to_text();
    assert!(text.contains("Unit net price"), "{text}");
    assert!(!text.contains("Discount "), "no discount column: {text}");

    // Lines with different discounts (a line at list price) show a column instead.
    let mut capped = canary_proposal();
    capped.deal.lines[2].terms.discountable = false;
    let best = best_offer(&capped.deal).unwrap();
    let offer = CustomerOffer::build(&capped, &best.evaluation);
    assert!(offer.discount_column());
    assert!(
        offer
            .price_notes()
            .iter()
            .all(|n| !n.contains("include a discount"))
    );
    assert!(offer.to_text().contains("Discount"));

    // At list price with whole unit prices: no note at all.
    let list = best_offer_domain::pricing::evaluate_lever(
        &capped.deal,
        best_offer_domain::pricing::deal::Lever::Discount(pct("0")),
        &[],
    )
    .unwrap();
    let offer = CustomerOffer::build(&capped, &list);
    assert!(offer.price_notes().is_empty(), "{:?}", offer.price_notes());
    assert!(!offer.discount_column());
}

#[test]
fn the_offer_says_plainly_whether_prices_include_tax_and_how_it_is_rounded() {
    use best_offer_domain::pricing::deal::{TaxRounding, TaxStatement};
    let mut proposal = canary_proposal();
    let text_of = |proposal: &Proposal| {
        let best = best_offer(&proposal.deal).unwrap();
        CustomerOffer::build(proposal, &best.evaluation).to_text()
    };
    // A rate rounded on the total: its rows say it all.
    let with_rate = text_of(&proposal);
    assert!(with_rate.contains("Tax (8.25%)"));
    assert!(!with_rate.contains("tax.\n"), "{with_rate}");
    proposal.deal.tax_rounding = TaxRounding::PerLine;
    assert!(text_of(&proposal).contains("Tax is calculated and rounded line by line."));
    // No rate: prices exclude tax, unless the rep says they include it.
    proposal.deal.tax_rate = None;
    let excluded = text_of(&proposal);
    assert!(excluded.contains("All prices exclude tax."), "{excluded}");
    assert!(!excluded.contains("Tax ("));
    proposal.deal.tax_statement = TaxStatement::Included;
    assert!(text_of(&proposal).contains("All prices include tax."));
    // In German: "zzgl. MwSt.".
    proposal.deal.tax_statement = TaxStatement::Excluded;
    proposal.offer.language = best_offer_domain::offer::words::Language::De;
    assert!(text_of(&proposal).contains("Alle Preise zzgl. der gesetzlichen MwSt."));
}
