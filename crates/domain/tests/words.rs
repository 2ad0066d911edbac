//! The offer's fixed words in five languages: every text filled, no English word
//! left in another language (a list of English words per language that must not
//! appear), dates and terms as each language writes them, and the whole text
//! version of the worked example in each language.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

mod common;

use best_offer_domain::NumberFormat;
use best_offer_domain::date::Date;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::offer::words::{Acceptance, DE, EN, ES, FR, Language, NL, OfferWords};
use best_offer_domain::pricing::solver::best_offer;
use best_offer_domain::requirements::{Answer, RequirementEdit};
use common::*;

/// Every fixed text of a table, the sentences with sample values.
fn texts(words: &OfferWords) -> Vec<String> {
    let mut all: Vec<String> = [
        words.offer,
        words.number,
        words.revision,
        words.issued,
        words.valid_through,
        words.end_of_day,
        words.prepared_for,
        words.attention,
        words.subject,
        words.term,
        words.prices_in,
        words.proposal,
        words.your_company,
        words.the_customer,
        words.item,
        words.qty,
        words.unit_list_price,
        words.discount,
        words.unit_net_price,
        words.net_amount,
        words.billing,
        words.one_time,
        words.per_year,
        words.per_month,
        words.one_time_total,
        words.recurring_per_year,
        words.first_year_total,
        words.total_with_tax,
        words.rounding_note,
        words.payment_terms,
        words.included,
        words.not_included,
        words.assumptions,
        words.best_and_final,
        words.acceptance,
        words.fingerprint,
        words.written_offer,
        words.default_payment_terms,
        words.the_seller,
        words.print,
        words.accept_by_email,
        words.no_plain_email,
        words.requirements,
        words.requirement,
        words.our_answer,
        words.met_by,
        words.confirm_requirements,
    ]
    .into_iter()
    .chain(words.answers)
    .chain(words.tax_notes)
    .chain(words.sign_fields)
    .chain(words.month_names)
    .map(str::to_string)
    .collect();
    all.extend([
        (words.title)("BO-1", 2),
        (words.total_for)("x"),
        (words.total_over)("x"),
        (words.tax)("x"),
        (words.discount_note)("x"),
        (words.accepted_for)("x"),
        words.term(30),
        (words.logo)("x"),
        (words.link_notice)("x"),
        (words.expired)("x"),
        (words.accept_subject)("BO-1", 2),
        (words.accept_body)(&Acceptance {
            number: "BO-1",
            revision: 2,
            total: "x",
            term: "x",
            valid_through: "x",
            fingerprint: "x",
            closing: "x",
        }),
        (words.open_questions)(1),
        (words.open_questions)(3),
    ]);
    // The app's name is the same in every language.
    all.iter()
        .map(|text| text.replace(best_offer_domain::PRODUCT_NAME, ""))
        .collect()
}

/// English words of the offer that must not appear on an offer in another
/// language (whole words, case-insensitive).
const ENGLISH: &[&str] = &[
    "offer",
    "requirement",
    "requirements",
    "met",
    "partly",
    "open",
    "question",
    "confirmed",
    "answer",
    "valid",
    "through",
    "issued",
    "prepared",
    "subject",
    "term",
    "prices",
    "item",
    "qty",
    "unit",
    "list",
    "price",
    "discount",
    "net",
    "amount",
    "total",
    "one-time",
    "year",
    "years",
    "month",
    "months",
    "recurring",
    "first-year",
    "tax",
    "with",
    "payment",
    "terms",
    "included",
    "not",
    "assumptions",
    "best",
    "final",
    "acceptance",
    "accepted",
    "signature",
    "title",
    "name",
    "fingerprint",
    "end",
    "day",
    "december",
    "january",
    "march",
    "print",
    "save",
    "email",
    "seller",
    "expired",
    "written",
    "hello",
    "accept",
    "link",
    "shows",
    "from",
    "days",
    "invoice",
    "date",
];

/// Words of [`ENGLISH`] that are also the right word in a language ("Name" in
/// German, "Total" and "net" in French…): checked against that language's list.
fn also_theirs(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &[],
        Language::De => &["name", "link"],
        Language::Fr => &["total", "net", "signature", "date", "question"],
        Language::Es => &["total"],
        Language::Nl => &["december", "link", "met", "open"],
    }
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn no_english_word_is_left_in_another_language() {
    for language in Language::ALL.into_iter().skip(1) {
        for text in texts(language.words()) {
            for word in words_of(&text) {
                let english = ENGLISH.contains(&word.as_str())
                    && !also_theirs(language).contains(&word.as_str());
                assert!(!english, "{}: “{word}” in “{text}”", language.code());
            }
        }
    }
    // The list does catch English.
    assert!(
        texts(&EN)
            .iter()
            .any(|t| words_of(t).contains(&"offer".into()))
    );
}

#[test]
fn the_capitals_are_the_acceptance_title_in_capitals() {
    for language in Language::ALL {
        let words = language.words();
        assert_eq!(words.acceptance_caps, words.acceptance.to_uppercase());
    }
}

#[test]
fn every_text_is_filled_and_dates_and_terms_read_in_each_language() {
    for language in Language::ALL {
        assert!(texts(language.words()).iter().all(|t| !t.trim().is_empty()));
        assert_eq!(Language::from_code(language.code()), Some(language));
    }
    let day = Date::new(2026, 12, 27).unwrap_or(Date::from_unix_days(0));
    let long: Vec<String> = Language::ALL
        .iter()
        .map(|l| l.words().long_date(day))
        .collect();
    assert_eq!(
        long,
        [
            "27 December 2026",
            "27. Dezember 2026",
            "27 décembre 2026",
            "27 de diciembre de 2026",
            "27 december 2026"
        ]
    );
    assert_eq!(EN.term(36), "3 years");
    assert_eq!(DE.term(30), "2 Jahre 6 Monate");
    assert_eq!(FR.term(13), "1 an 1 mois");
    assert_eq!(ES.term(24), "2 años");
    assert_eq!(NL.term(18), "1 jaar 6 maanden");
    assert_eq!(Language::Fr.number_format(), NumberFormat::SpaceComma);
    assert_eq!(Language::from_code("xx"), None);
}

/// The worked example's offer in `language`, with the rep's own texts written in
/// that language too (they are the rep's, not the document's fixed words).
fn worked_offer(language: Language) -> CustomerOffer {
    let mut proposal = Proposal::new(currency("EUR"), Date::parse_iso("2026-11-26").unwrap());
    proposal.deal = worked_example();
    proposal.deal.currency = currency("EUR");
    proposal.deal.tax_rate = Some(pct("19"));
    proposal.customer = "Northwind".into();
    proposal.offer.seller.company = "Contoso".into();
    proposal.offer.best_and_final = true;
    proposal.offer.included = vec!["—".into()];
    proposal.offer.not_included = vec!["—".into()];
    proposal.offer.assumptions = vec!["—".into()];
    // A requirement met by the first line, and an open question.
    for answer in [Answer::Met, Answer::ToConfirm] {
        assert!(proposal.apply(Edit::Requirement(RequirementEdit::Add)));
        let id = proposal.requirements.last().unwrap().id;
        let line = proposal.deal.lines[0].id;
        for edit in [
            RequirementEdit::Text(id, "S/4HANA".into()),
            RequirementEdit::Answer(id, answer),
            RequirementEdit::Response(id, "—".into()),
            RequirementEdit::MetBy(id, line, true),
        ] {
            // A new requirement is already to confirm: that edit changes nothing.
            proposal.apply(Edit::Requirement(edit));
        }
    }
    assert!(proposal.offer.set_language(language) || language == Language::En);
    let best = best_offer(&proposal.deal).unwrap();
    CustomerOffer::build(&proposal, &best.evaluation)
}

#[test]
fn the_text_version_has_no_english_word_left_in_another_language() {
    for language in Language::ALL.into_iter().skip(1) {
        let offer = worked_offer(language);
        assert_eq!(offer.number_format, language.number_format());
        let text = offer
            .to_text()
            .replace("Contoso", "")
            .replace("Northwind", "")
            .replace(&offer.number, "");
        for word in words_of(&text) {
            let english =
                ENGLISH.contains(&word.as_str()) && !also_theirs(language).contains(&word.as_str());
            assert!(!english, "{}: “{word}” in\n{text}", language.code());
        }
        // Numbers in the language's format: 38,900.00 is 38.900,00 or 38 900,00.
        let total = best_offer_domain::money::format::format_money(
            d("38900.00"),
            currency("EUR"),
            language.number_format(),
        );
        assert!(
            text.contains(&total),
            "{}: {total} in\n{text}",
            language.code()
        );
    }
    // The same check finds English in an English offer.
    let english = worked_offer(Language::En).to_text();
    assert!(
        words_of(&english)
            .iter()
            .any(|w| ENGLISH.contains(&w.as_str()))
    );
    assert_eq!(Language::De.number_format(), NumberFormat::DotComma);
}

#[test]
fn french_puts_a_no_break_space_before_colons_the_others_do_not() {
    let french = worked_offer(Language::Fr).to_text();
    assert!(french.contains("Durée\u{a0}: 3 ans"), "{french}");
    assert!(
        french.contains("Conditions de paiement\u{a0}: "),
        "{french}"
    );
    assert!(
        !french.contains(" :"),
        "a breakable space before a colon:\n{french}"
    );
    let german = worked_offer(Language::De).to_text();
    assert!(german.contains("Laufzeit: 3 Jahre"), "{german}");
}
