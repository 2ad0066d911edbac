//! The customer link: what it carries reads back exactly, and every damaged, cut,
//! foreign, newer or hostile link gives its message, never a panic.
//!
//! Compression is the browser's (`CompressionStream`); here the sealed bytes stand
//! for the compressed ones, since the envelope and the reader do not care.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use best_offer_domain::Currency;
use best_offer_domain::date::Date;
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::offer::answers::OfferRequirement;
use best_offer_domain::offer::link::{
    LinkError, LinkFault, LinkLogo, LogoInLink, MAX_LINK_JSON_BYTES, MAX_LINK_LOGO_BYTES,
    acceptance_mailto, is_plain_email, open, open_with_logo, payload_of, read, seal,
    seal_with_logo, to_json,
};
use best_offer_domain::offer::logo::LogoId;
use best_offer_domain::pricing::solver::best_offer;
use best_offer_domain::requirements::Answer;
use common::*;
use proptest::prelude::*;

/// The worked example's written offer, with a logo (which stays home).
fn offer() -> CustomerOffer {
    let mut proposal = Proposal::new(Currency::USD, Date::parse_iso("2026-11-26").unwrap());
    proposal.deal = worked_example();
    proposal.deal.lines[0].terms.name = "Analytics Suite licence".into();
    proposal.deal.lines[1].terms.name = "Maintenance and support".into();
    proposal.deal.lines[2].terms.name = "Implementation".into();
    proposal.deal.tax_rate = Some(pct("8.25"));
    proposal.customer = "Northwind Traders".into();
    proposal.offer.seller.rep_email = "alex@contoso.example".into();
    proposal.offer.included = vec!["Onboarding workshop".into()];
    let best = best_offer(&proposal.deal).unwrap();
    let mut offer = CustomerOffer::build(&proposal, &best.evaluation);
    offer.logo = Some(LogoId("fnv-0123456789abcdef".into()));
    offer
}

/// A payload for `json` (as if compressed to these bytes).
fn link(json: &[u8]) -> String {
    seal(json)
}

#[test]
fn an_offer_travels_and_reads_back_the_same_without_its_logo() {
    let offer = offer();
    let json = to_json(&offer);
    let payload = link(&json);
    assert!(payload.starts_with("4."), "{payload}");
    let bytes = open(&payload).unwrap();
    let back = read(&bytes).unwrap();
    let mut expected = offer.clone();
    expected.logo = None;
    assert_eq!(back, expected);
    // The same fingerprint at home (with the logo) and from the link, whether the
    // viewer takes it of the content as carried or of the offer read.
    assert_eq!(back.fingerprint(), offer.fingerprint());
    assert_eq!(
        best_offer_domain::offer::fingerprint_of(&bytes),
        offer.fingerprint()
    );
    assert_eq!(
        payload_of(&format!("#/o/{payload}")),
        Some(payload.as_str())
    );
    assert_eq!(payload_of("#/p/abc"), None);
    // Nothing internal travels.
    let text = String::from_utf8(json).unwrap().to_lowercase();
    for word in ["cost", "margin", "markup", "floor", "headroom", "approv"] {
        assert!(!text.contains(word), "{word} in {text}");
    }
}

#[test]
fn the_fingerprint_is_short_stable_and_follows_the_content() {
    let offer = offer();
    let print = offer.fingerprint();
    assert_eq!(print.len(), 14, "{print}");
    assert!(
        print.chars().all(|c| c == '-' || c.is_ascii_hexdigit()),
        "{print}"
    );
    assert_eq!(print, offer.clone().fingerprint());
    let mut changed = offer;
    changed.term_total += d("0.01");
    assert_ne!(changed.fingerprint(), print);
}

#[test]
fn every_cut_of_a_link_is_refused_with_a_message() {
    let payload = link(&to_json(&offer()));
    for end in 0..payload.len() {
        let cut = &payload[..end];
        match open(cut) {
            Err(LinkError::Damaged | LinkError::Foreign) => {}
            other => panic!("cut at {end} gave {other:?}"),
        }
    }
}

#[test]
fn an_offer_in_another_language_travels_in_it_and_mails_in_it() {
    use best_offer_domain::offer::words::Language;
    let mut german = offer();
    german.language = Language::De;
    german.number_format = Language::De.number_format();
    let json = to_json(&german);
    assert!(String::from_utf8_lossy(&json).contains("\"language\":\"de\""));
    let back = read(&open(&link(&json)).unwrap()).unwrap();
    assert_eq!(back.language, Language::De);
    assert_ne!(back.fingerprint(), offer().fingerprint());
    let mailto = acceptance_mailto(&back, &back.fingerprint()).unwrap();
    assert!(
        mailto.contains("subject=Annahme%20des%20Angebots"),
        "{mailto}"
    );
    // English offers leave the language out: their content is as before.
    assert!(!String::from_utf8_lossy(&to_json(&offer())).contains("language"));
    // A language this site does not know is refused, saying what was found.
    let text = String::from_utf8_lossy(&json).replace("\"de\"", "\"xx\"");
    let error = read(text.as_bytes()).unwrap_err();
    assert!(
        matches!(&error, LinkError::Unreadable(LinkFault::At { line: 1, column }) if *column > 0),
        "{error:?}"
    );
}

#[test]
fn foreign_newer_and_damaged_links_say_so() {
    let payload = link(&to_json(&offer()));
    assert_eq!(open(""), Err(LinkError::Foreign));
    assert_eq!(open("hello"), Err(LinkError::Foreign));
    assert_eq!(open("<script>alert(1)</script>"), Err(LinkError::Foreign));
    assert_eq!(open("99999999999999.0.0"), Err(LinkError::Foreign));
    let newer = payload.replacen("4.", "5.", 1);
    assert_eq!(open(&newer), Err(LinkError::Newer(5)));
    // A link of format 1 (before languages) still opens, as an English offer.
    let older = payload.replacen("4.", "1.", 1);
    let english = read(&open(&older).unwrap()).unwrap();
    assert_eq!(
        english.language,
        best_offer_domain::offer::words::Language::En
    );
    // Wrong checksum.
    let (head, rest) = payload.split_at(2);
    let wrong = format!(
        "{head}{}{}",
        if rest.starts_with('0') { '1' } else { '0' },
        &rest[1..]
    );
    assert_eq!(open(&wrong), Err(LinkError::Damaged));
    // Characters that are not base64url.
    assert_eq!(open(&format!("{payload}*")), Err(LinkError::Damaged));
    assert_eq!(open("1.00000000.%3Cscript%3E"), Err(LinkError::Damaged));
    // A payload longer than any offer.
    assert_eq!(open(&"1".repeat(70_000)), Err(LinkError::TooLarge));
}

#[test]
fn the_content_is_read_as_strictly_as_a_file() {
    let good = String::from_utf8(to_json(&offer())).unwrap();
    let refused = |json: &str| read(json.as_bytes()).unwrap_err();
    // Unknown fields, wrong types, trailing bytes.
    assert!(matches!(
        refused(&good.replacen("{", "{\"cost\":\"1\",", 1)),
        LinkError::Unreadable(_)
    ));
    assert!(matches!(
        refused(&good.replacen("\"revision\":1", "\"revision\":\"one\"", 1)),
        LinkError::Unreadable(LinkFault::At { line: 1, column }) if column == good.find("\"revision\":").unwrap() + "\"revision\":\"one\"".len()
    ));
    assert!(matches!(
        refused(&format!("{good} x")),
        LinkError::Unreadable(_)
    ));
    // Figures that do not add up.
    let total = serde_json::to_string(&offer().term_total.to_string()).unwrap();
    assert_eq!(
        refused(&good.replacen(
            &format!("\"term_total\":{total}"),
            "\"term_total\":\"1.00\"",
            1
        )),
        LinkError::DoesNotAddUp
    );
    // A logo id, a text over the limit, a negative figure.
    let mut with_logo = offer();
    with_logo.logo = Some(LogoId("fnv-0123456789abcdef".into()));
    let json = serde_json::to_string(&with_logo).unwrap();
    assert!(matches!(refused(&json), LinkError::Unreadable(_)));
    let mut long = offer();
    long.note = "x".repeat(5_001);
    assert!(matches!(
        refused(&String::from_utf8(to_json(&long)).unwrap()),
        LinkError::Unreadable(_)
    ));
    let mut negative = offer();
    negative.lines[0].unit_list_price = d("-1");
    assert!(matches!(
        refused(&String::from_utf8(to_json(&negative)).unwrap()),
        LinkError::Unreadable(_)
    ));
    // Deep nesting and a decompression bomb's output.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(refused(&deep), LinkError::Unreadable(_)));
    let bomb = vec![b' '; MAX_LINK_JSON_BYTES + 1];
    assert_eq!(read(&bomb), Err(LinkError::TooLarge));
}

/// The example offer with a requirement met by its licence and an open one.
fn offer_with_requirements() -> CustomerOffer {
    let mut offer = offer();
    offer.logo = None;
    offer.requirements = vec![
        OfferRequirement {
            text: "Integrates with SAP S/4HANA".into(),
            answer: Answer::Met,
            response: String::new(),
            met_by: vec!["Analytics Suite licence".into()],
        },
        OfferRequirement {
            text: "<b>Go-live</b> by 1 March".into(),
            answer: Answer::ToConfirm,
            response: "Which environment?".into(),
            met_by: vec![],
        },
    ];
    offer
}

#[test]
fn requirements_travel_with_their_answers_and_forged_ones_are_refused() {
    let offer = offer_with_requirements();
    let back = read(&open(&link(&to_json(&offer))).unwrap()).unwrap();
    assert_eq!(back, offer);
    assert_eq!(back.requirements[1].text, "<b>Go-live</b> by 1 March");
    let refused = |offer: &CustomerOffer| read(&to_json(offer)).unwrap_err();
    let mut long = offer_with_requirements();
    long.requirements[0].response = "x".repeat(5_001);
    assert_eq!(
        refused(&long),
        LinkError::Unreadable(LinkFault::TextTooLong)
    );
    let mut many = offer_with_requirements();
    many.requirements = vec![many.requirements[0].clone(); 101];
    assert_eq!(
        refused(&many),
        LinkError::Unreadable(LinkFault::ListTooLong)
    );
    // An internal note smuggled in is an unknown field.
    let json = String::from_utf8(to_json(&offer)).unwrap().replacen(
        "\"answer\":\"met\"",
        "\"answer\":\"met\",\"internal_note\":\"x\"",
        1,
    );
    assert!(matches!(
        read(json.as_bytes()),
        Err(LinkError::Unreadable(LinkFault::At { .. }))
    ));
    // And an answer that is not one of the four.
    let json = String::from_utf8(to_json(&offer)).unwrap().replacen(
        "\"answer\":\"met\"",
        "\"answer\":\"guaranteed\"",
        1,
    );
    assert!(read(json.as_bytes()).is_err());
}

/// A 4 × 4 PNG, as a logo.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0, 0,
    4, 0, 0, 0, 4, 8, 2, 0, 0, 0,
];

#[test]
fn a_small_logo_travels_with_the_link_and_a_large_one_is_said_to_be_left_out() {
    let json = to_json(&offer());
    let with_logo = seal_with_logo(&json, Some(LogoInLink::Image(PNG)));
    assert_eq!(with_logo.split('.').count(), 4);
    let (bytes, logo) = open_with_logo(&with_logo).unwrap();
    assert_eq!(bytes, json, "the offer is the same");
    let Some(LinkLogo::Image(url)) = logo else {
        panic!("no logo: {logo:?}")
    };
    assert!(
        url.starts_with("data:image/png;base64,iVBORw0KGgo"),
        "{url}"
    );
    assert_eq!(url.len() % 4, "data:image/png;base64,".len() % 4, "padded");
    // The same fingerprint: the logo's image is aside, as at home.
    assert_eq!(read(&bytes).unwrap().fingerprint(), offer().fingerprint());
    // Too large for a link: left out, and said so.
    let large = [PNG, &vec![0_u8; MAX_LINK_LOGO_BYTES]].concat();
    let left_out = seal_with_logo(&json, Some(LogoInLink::Image(&large)));
    assert!(left_out.ends_with(".0"));
    assert_eq!(
        open_with_logo(&left_out).unwrap().1,
        Some(LinkLogo::LeftOut)
    );
    // A link without one has none, and reads as before.
    assert_eq!(open_with_logo(&seal(&json)).unwrap().1, None);
    // A logo changed by hand breaks the checksum; one that is no image is refused.
    let changed = with_logo.replacen(".iVBOR", ".iVBOQ", 1);
    assert_eq!(open_with_logo(&changed), Err(LinkError::Damaged));
    let script = URL_SAFE_NO_PAD.encode(b"<svg onload=alert(1)>");
    let forged = with_checksum(&json, &script);
    assert_eq!(
        open_with_logo(&forged),
        Err(LinkError::Unreadable(LinkFault::NotAnImage))
    );
}

/// A payload carrying `logo` as its fourth part with a checksum that matches.
fn with_checksum(json: &[u8], logo: &str) -> String {
    let mut all = json.to_vec();
    all.extend_from_slice(logo.as_bytes());
    format!(
        "3.{:08x}.{}.{logo}",
        best_offer_domain::offer::digest::fnv1a32(&all),
        URL_SAFE_NO_PAD.encode(json)
    )
}

#[test]
fn texts_travel_as_text() {
    let mut hostile = offer();
    hostile.buyer_company = "<script>alert('x')</script>".into();
    hostile.lines[0].name = "javascript:alert(1)".into();
    hostile.note = "<img src=x onerror=alert(1)>".into();
    let back = read(&open(&link(&to_json(&hostile))).unwrap()).unwrap();
    assert_eq!(back.buyer_company, "<script>alert('x')</script>");
    assert_eq!(back.lines[0].name, "javascript:alert(1)");
}

#[test]
fn only_a_plain_address_becomes_a_mailto() {
    for good in ["alex@contoso.example", "a.b+c-d_e@mail.co.uk", "x@y.io"] {
        assert!(is_plain_email(good), "{good}");
    }
    for bad in [
        "",
        "alex",
        "alex@",
        "@contoso.example",
        "alex@contoso",
        "alex@contoso.example?cc=boss@evil.example",
        "alex@contoso.example&bcc=x@evil.example",
        "alex@contoso.example,other@evil.example",
        "Alex <alex@contoso.example>",
        "javascript:alert(1)//@x.com",
        "alex%40x@contoso.example",
        "a b@contoso.example",
        "alex@-contoso.example",
        "alex@contoso..example",
        "alex@contoso.example\r\nBcc: x@evil.example",
    ] {
        assert!(!is_plain_email(bad), "{bad}");
    }
    let mut offer = offer();
    let mailto = acceptance_mailto(&offer, &offer.fingerprint()).unwrap();
    assert!(
        mailto.starts_with("mailto:alex@contoso.example?subject="),
        "{mailto}"
    );
    assert_eq!(mailto.matches('?').count(), 1, "{mailto}");
    assert_eq!(mailto.matches('&').count(), 1, "{mailto}");
    assert!(mailto.contains(&offer.number), "{mailto}");
    assert!(
        mailto.contains("%2438%2C900.00"),
        "the total, encoded: {mailto}"
    );
    offer.rep_email = "alex@contoso.example?bcc=x@evil.example".into();
    assert_eq!(acceptance_mailto(&offer, "F"), None);
}

proptest! {
    #[test]
    fn any_text_as_a_link_gives_an_answer_not_a_panic(text in ".{0,300}") {
        let _ = open(&text);
        let _ = read(text.as_bytes());
    }

    #[test]
    fn any_bytes_as_content_give_an_answer_not_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read(&bytes);
        let _ = open(&seal(&bytes)).map(|b| read(&b));
    }
}

#[test]
fn a_link_points_to_the_viewer_page_beside_the_app() {
    use best_offer_domain::offer::link::link_address;
    for (page, expected) in [
        (
            "https://example.com/best-offer/",
            "https://example.com/best-offer/viewer.html#/o/x",
        ),
        (
            "https://example.com/best-offer/#/proposals",
            "https://example.com/best-offer/viewer.html#/o/x",
        ),
        (
            "https://example.com/best-offer/index.html?from=mail#/p/3",
            "https://example.com/best-offer/viewer.html#/o/x",
        ),
        (
            "https://example.com/",
            "https://example.com/viewer.html#/o/x",
        ),
        (
            "http://127.0.0.1:4173/a/b/",
            "http://127.0.0.1:4173/a/b/viewer.html#/o/x",
        ),
        ("", "viewer.html#/o/x"),
    ] {
        assert_eq!(link_address(page, "x"), expected, "{page}");
    }
}
