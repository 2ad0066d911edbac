//! The proposal file format: fixtures of every version migrate to the current one,
//! export → import is the identity, and bad files are refused with a message that
//! names the field — never a panic (12,000+ generated bad files).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

mod common;

use best_offer_domain::date::Date;
use best_offer_domain::desk::catalogue::{CatalogueItem, ItemId};
use best_offer_domain::desk::{Desk, DeskField};
use best_offer_domain::library::field::{Drafts, FieldKey};
use best_offer_domain::library::file::{
    FileError, FileFault, LinkMade, ProposalFile, SCHEMA_VERSION, SentRevision, Status,
    StoredProposal, parse_file, parse_stored,
};
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::limits::MAX_FILE_BYTES;
use best_offer_domain::offer::logo::Logo;
use best_offer_domain::options::pricing::price_options;
use best_offer_domain::options::written::written_offer;
use best_offer_domain::options::{OfferOption, OptionId};
use best_offer_domain::outcome::{FollowUp, Loss, LossReason, Outcome, OutcomeFigures};
use best_offer_domain::pricing::deal::{
    CostBasis, ItemTerms, Lever, Line, LineId, LineKind, ScenarioId,
};
use best_offer_domain::pricing::solver::best_offer;
use best_offer_domain::requirements::{Answer, Requirement, RequirementId};
use best_offer_domain::{Currency, Percent};
use common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn worked_example_file() -> ProposalFile {
    let desk = worked_example_desk();
    let mut proposal = Proposal::from_profile(
        &desk.profile,
        Date::parse_iso("2026-11-26").unwrap(),
        "BO-2026-001".into(),
    );
    proposal.deal = worked_example();
    proposal.deal.lines[0].catalogue_item = Some(ItemId("item-suite".into()));
    proposal.customer = "Northwind Traders".into();
    proposal.offer.included = vec!["Onboarding workshop".into()];
    // Version 5: what the customer asked for, one met by the licence line with an
    // internal note, one still to confirm.
    proposal.requirements = vec![
        Requirement {
            answer: Answer::Met,
            text: "Integrates with SAP S/4HANA".into(),
            response: "Through the standard connector.".into(),
            lines: vec![LineId(1)],
            internal_note: "Connector licence is bundled: check with product.".into(),
            ..Requirement::new(RequirementId(1))
        },
        Requirement {
            text: "Go-live by 1 March".into(),
            response: "Which environment goes live first?".into(),
            ..Requirement::new(RequirementId(2))
        },
    ];
    // The scenarios the fixture was first written with (new proposals now start
    // with unnamed list price, 10 % and 20 % off).
    for (scenario, (name, lever)) in proposal.scenarios.iter_mut().zip([
        ("List price", Lever::Discount(Percent::ZERO)),
        (
            "Good deal",
            Lever::Discount(Percent::new(Decimal::new(15, 0))),
        ),
        (
            "Target margin",
            Lever::TargetMargin(Percent::new(Decimal::new(60, 0))),
        ),
    ]) {
        scenario.name = name.into();
        scenario.lever = lever;
    }
    // Version 7: two options, the licence and its maintenance in both, the
    // implementation in the recommended one; the offer went out with both.
    proposal.options = vec![
        OfferOption {
            lever: Some(Lever::Discount(Percent::new(Decimal::new(10, 0)))),
            ..OfferOption::new(OptionId(1), "Self-serve".into())
        },
        OfferOption {
            lines: vec![LineId(3)],
            ..OfferOption::new(OptionId(2), "Guided".into())
        },
    ];
    proposal.recommended_option = Some(OptionId(2));
    let best = best_offer(&proposal.deal).unwrap();
    let offer =
        written_offer(&proposal, &price_options(&proposal.deal, &proposal.options)).unwrap();
    assert_eq!(offer.options.len(), 2);
    let sent = SentRevision {
        revision: 1,
        sent_ms: 1_795_000_000_000,
        // Version 3: the customer link made of it.
        links: vec![LinkMade {
            made_ms: 1_795_000_050_000,
            fingerprint: offer.fingerprint(),
        }],
        offer,
        // Version 6: lost on price, with the figures of the moment.
        outcome: Some(Outcome {
            decided_on: Date::parse_iso("2026-11-30").unwrap(),
            lost: Some(Loss {
                reason: LossReason::Price,
                competitor: "Fabrikam".into(),
                competitor_price: Some(d("36500.00")),
                competitor_promise: "An SAP connector by March".into(),
            }),
            notes: "Their CFO liked the implementation plan.".into(),
            figures: Some(OutcomeFigures {
                list: best.evaluation.totals.list,
                offered: best.evaluation.totals.net,
                cost: best.evaluation.totals.cost,
                best: Some(best.evaluation.totals.net),
            }),
        }),
    };
    let mut drafts = Drafts::default();
    drafts.insert(FieldKey::LinePrice(LineId(1)), "12.345".to_string());
    let stored = StoredProposal {
        id: "p-worked-example".into(),
        created_ms: 1_795_000_000_000,
        updated_ms: 1_795_000_100_000,
        status: Status::Lost,
        proposal,
        sent: vec![sent],
        drafts,
        links: vec![],
        follow_up: Some(FollowUp {
            on: Some(Date::parse_iso("2026-12-30").unwrap()),
            reason: "Their go-live date".into(),
        }),
    };
    ProposalFile::new(desk, vec![stored], Some("p-worked-example".into()))
}

/// A 4 × 4 PNG: the worked example's logo.
const LOGO_PNG_BASE64: &str = "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGMQsemBIwbiOABeQw3BFt1k5gAAAABJRU5ErkJggg==";

/// The worked example's desk: a profile, two catalogue items and a logo.
fn worked_example_desk() -> Desk {
    use base64::Engine as _;
    let png = base64::engine::general_purpose::STANDARD
        .decode(LOGO_PNG_BASE64)
        .unwrap();
    let logo = Logo::from_bytes(&png).unwrap();
    let mut desk = Desk::default();
    let profile = &mut desk.profile;
    profile.seller.company = "Contoso Software".into();
    profile.seller.address = "1 Harbour Street\nSpringfield".into();
    profile.seller.rep_name = "Sam Rep".into();
    profile.seller.rep_title = "Account executive".into();
    profile.seller.rep_email = "sam@contoso.example".into();
    profile.min_margin = Some(Percent::new(Decimal::new(25, 0)));
    profile.nice_step = Some(Decimal::new(100, 0));
    profile.included = vec!["Onboarding workshop".into()];
    profile.next_sequence = 2;
    desk.set_profile_logo(logo);
    for (id, name, price, cost) in [
        ("item-suite", "Analytics Suite licence", "1200", "95.00"),
        ("item-workshop", "Onboarding workshop", "1500", "900.00"),
    ] {
        let mut item = CatalogueItem::new(ItemId(id.into()));
        item.terms.name = name.into();
        item.terms.unit_list_price = d(price);
        item.terms.cost = CostBasis::UnitCost(d(cost));
        if id == "item-suite" {
            item.provides = "SAP connector, single sign-on".into();
        }
        desk.catalogue.push(item);
    }
    desk.drafts.insert(
        DeskField::ItemPrice(ItemId("item-suite".into())),
        "1.2OO".into(),
    );
    desk
}

/// Writes the current version's fixture when asked (`WRITE_FIXTURES=1`), so a new
/// schema version starts by freezing the old one's file.
#[test]
fn fixture_of_the_current_version_is_committed() {
    let path = format!(
        "{}/tests/fixtures/proposals-v{SCHEMA_VERSION}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let written = worked_example_file().to_json().unwrap();
    if std::env::var("WRITE_FIXTURES").is_ok() {
        std::fs::write(&path, &written).unwrap();
    }
    // The writer's bytes are pinned: the same file comes out, byte for byte.
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {path}"));
    assert_eq!(written, committed, "the file writer's output changed");
}

#[test]
fn every_fixture_migrates_to_the_current_version() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for version in 1..=SCHEMA_VERSION {
        let text = std::fs::read_to_string(format!("{dir}/proposals-v{version}.json")).unwrap();
        let file = parse_file(&text).unwrap_or_else(|e| panic!("v{version}: {e:?}"));
        // The reader of the browser's own storage reads every version the same.
        assert_eq!(parse_stored(&text).as_ref(), Ok(&file), "v{version}");
        assert_eq!(file.schema_version, SCHEMA_VERSION);
        let stored = &file.proposals[0];
        assert_eq!(stored.proposal.customer, "Northwind Traders");
        assert_eq!(
            stored.drafts.get(&FieldKey::LinePrice(LineId(1))).unwrap(),
            "12.345"
        );
        let best = best_offer(&stored.proposal.deal).unwrap();
        assert_eq!(best.evaluation.totals.net, d("38900.00"), "v{version}");
        assert_eq!(stored.sent[0].offer.term_total, d("38900.00"));
        seen += 1;
    }
    assert_eq!(seen, SCHEMA_VERSION);
}

#[test]
fn version_1_gains_band_ids_and_an_empty_desk() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(format!("{dir}/proposals-v1.json")).unwrap();
    let file = parse_file(&text).unwrap();
    assert_eq!(file.desk, Desk::default());
    let bands = &file.proposals[0].proposal.deal.approval.bands;
    let ids: Vec<u32> = bands.iter().map(|b| b.id.0).collect();
    assert_eq!(ids, [1, 2]);
    // Written again, it is a version 2 file that reads back the same.
    let again = parse_file(&file.to_json().unwrap()).unwrap();
    assert_eq!(again, file);
}

/// Version 4 nests who an offer is from (`seller`) in Your details and in each
/// offer; a version 3 file reads with every seller field where it was, and its sent
/// offer (what the customer received, and so its fingerprint) unchanged.
#[test]
fn version_3_sellers_become_one_nested_shape() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(format!("{dir}/proposals-v3.json")).unwrap();
    let v3: Value = serde_json::from_str(&text).unwrap();
    let file = parse_file(&text).unwrap();
    let profile = &v3["desk"]["profile"];
    let seller = &file.desk.profile.seller;
    assert_eq!(seller.company, profile["company"].as_str().unwrap());
    assert_eq!(seller.rep_name, profile["rep_name"].as_str().unwrap());
    assert_eq!(seller.rep_email, profile["rep_email"].as_str().unwrap());
    assert_eq!(seller.address, profile["address"].as_str().unwrap());
    let offer = &v3["proposals"][0]["proposal"]["offer"];
    let seller = &file.proposals[0].proposal.offer.seller;
    assert_eq!(seller.company, offer["seller_company"].as_str().unwrap());
    assert_eq!(
        seller.address,
        offer["seller_address"].as_str().unwrap_or_default()
    );
    assert_eq!(
        seller.rep_title,
        offer["rep_title"].as_str().unwrap_or_default()
    );
    assert_eq!(seller.rep_phone, offer["rep_phone"].as_str().unwrap());
    let kept = serde_json::to_value(&file.proposals[0].sent[0].offer).unwrap();
    assert_eq!(
        kept, v3["proposals"][0]["sent"][0]["offer"],
        "sent offers are not rewritten"
    );
    // Written again, it is the current version's shape.
    let again: Value = serde_json::from_str(&file.to_json().unwrap()).unwrap();
    assert_eq!(again["schema_version"], json!(SCHEMA_VERSION));
    assert!(again["proposals"][0]["proposal"]["offer"]["seller_company"].is_null());
    assert!(again["desk"]["profile"]["company"].is_null());
}

#[test]
fn version_4_proposals_gain_requirements_and_items_what_they_provide() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(format!("{dir}/proposals-v4.json")).unwrap();
    let file = parse_file(&text).unwrap();
    assert!(file.proposals[0].proposal.requirements.is_empty());
    assert!(
        file.desk
            .catalogue
            .iter()
            .all(|item| item.provides.is_empty())
    );
    let again: Value = serde_json::from_str(&file.to_json().unwrap()).unwrap();
    assert_eq!(again["proposals"][0]["proposal"]["requirements"], json!([]));
    assert_eq!(again["desk"]["catalogue"][0]["provides"], json!(""));
    let deal = &again["proposals"][0]["proposal"]["deal"];
    assert_eq!(deal["tax_rounding"], json!("on-total"));
    assert_eq!(deal["tax_statement"], json!("excluded"));
    assert_eq!(again["desk"]["profile"]["tax_rounding"], json!("on-total"));
    // The sent offer reads as it was, with the same fingerprint.
    let v4: Value = serde_json::from_str(&text).unwrap();
    let kept = serde_json::to_value(&file.proposals[0].sent[0].offer).unwrap();
    assert_eq!(kept, v4["proposals"][0]["sent"][0]["offer"]);
    // The current version's fixture keeps both, and its sent offer prints them
    // without the internal note.
    let v5 = std::fs::read_to_string(format!("{dir}/proposals-v5.json")).unwrap();
    let file = parse_file(&v5).unwrap();
    let stored = &file.proposals[0];
    assert_eq!(stored.proposal.requirements.len(), 2);
    assert_eq!(
        file.desk.catalogue[0].provides,
        "SAP connector, single sign-on"
    );
    let sent = &stored.sent[0].offer;
    assert_eq!(sent.requirements[0].met_by, ["Line 1"]);
    assert_eq!(sent.open_questions(), 1);
    assert!(
        !serde_json::to_string(sent)
            .unwrap()
            .contains("check with product")
    );
}

#[test]
fn a_requirement_naming_a_line_the_deal_lacks_is_refused() {
    let mut file = worked_example_file();
    file.proposals[0].proposal.requirements[0].lines = vec![LineId(99)];
    let text = serde_json::to_string(&file).unwrap();
    assert_eq!(
        parse_file(&text),
        Err(refused(
            "proposals[0].proposal.requirements[0].lines",
            FileFault::NamesNoLine
        ))
    );
}

#[test]
fn version_2_offers_print_as_before_in_english() {
    use best_offer_domain::NumberFormat;
    use best_offer_domain::offer::words::Language;
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(format!("{dir}/proposals-v2.json")).unwrap();
    let file = parse_file(&text).unwrap();
    let stored = &file.proposals[0];
    assert_eq!(file.desk.profile.offer_language, Language::En);
    assert_eq!(stored.proposal.offer.language, Language::En);
    assert_eq!(stored.proposal.offer.number_format, None);
    assert!(stored.sent[0].links.is_empty());
    // The sent snapshot's content, and so its fingerprint, is what version 2 kept.
    let sent = &stored.sent[0].offer;
    let v2: Value = serde_json::from_str(&text).unwrap();
    let kept = serde_json::to_value(sent).unwrap();
    assert_eq!(kept, v2["proposals"][0]["sent"][0]["offer"]);
    // A proposal that wrote 1.234,56 keeps printing its offer that way: the
    // migration makes it the rep's choice, since English would print 1,234.56.
    let mut dot_comma = v2.clone();
    dot_comma["proposals"][0]["proposal"]["number_format"] = json!("dot-comma");
    let file = parse_file(&dot_comma.to_string()).unwrap();
    let offer = &file.proposals[0].proposal.offer;
    assert_eq!(offer.number_format, Some(NumberFormat::DotComma));
    assert_eq!(offer.number_format(), NumberFormat::DotComma);
}

/// Where a refusal points, and what it found (the app writes the rep's sentence).
fn said(error: &FileError) -> String {
    match error {
        FileError::Invalid { path, problem } => format!("{path}: {problem:?}"),
        other => format!("{other:?}"),
    }
}

/// A refusal of the field at `path` for `problem`.
fn refused(path: &str, problem: FileFault) -> FileError {
    FileError::Invalid {
        path: path.into(),
        problem,
    }
}

#[test]
fn named_errors_for_typical_mistakes() {
    let good: Value = serde_json::from_str(&worked_example_file().to_json().unwrap()).unwrap();
    let case = |edit: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        edit(&mut v);
        parse_file(&v.to_string()).unwrap_err()
    };
    let price = case(&|v| {
        v["proposals"][0]["proposal"]["deal"]["lines"][0]["terms"]["unit_list_price"] = json!("-5")
    });
    assert_eq!(
        price,
        refused(
            "proposals[0].proposal.deal.lines[0].terms.unit_list_price",
            FileFault::Negative
        )
    );
    let kind = case(&|v| {
        v["proposals"][0]["proposal"]["deal"]["lines"][0]["terms"]["kind"] = json!("gadget")
    });
    assert!(
        said(&kind).starts_with("proposals[0].proposal.deal.lines[0].terms.kind"),
        "{}",
        said(&kind)
    );
    let qty =
        case(&|v| v["proposals"][0]["proposal"]["deal"]["lines"][2]["quantity"] = json!(80.5));
    assert!(
        said(&qty).starts_with("proposals[0].proposal.deal.lines[2].quantity"),
        "{}",
        said(&qty)
    );
    let unknown = case(&|v| v["proposals"][0]["proposal"]["surprise"] = json!(1));
    assert!(
        said(&unknown).contains("unknown field `surprise`"),
        "{}",
        said(&unknown)
    );
    assert_eq!(
        case(&|v| v["schema_version"] = json!(SCHEMA_VERSION + 1)),
        FileError::Newer(u64::from(SCHEMA_VERSION) + 1)
    );
    let language = case(&|v| v["proposals"][0]["proposal"]["offer"]["language"] = json!("klingon"));
    assert!(
        said(&language).starts_with("proposals[0].proposal.offer.language"),
        "{}",
        said(&language)
    );
    let missing = case(&|v| {
        v["proposals"][0]["proposal"]["offer"]
            .as_object_mut()
            .unwrap()
            .remove("language");
    });
    assert!(said(&missing).contains("language"), "{}", said(&missing));
    // The desk is read as strictly as the proposals.
    let item_price =
        case(&|v| v["desk"]["catalogue"][1]["terms"]["unit_list_price"] = json!("1e5"));
    assert!(
        said(&item_price).starts_with("desk.catalogue[1].terms.unit_list_price"),
        "{}",
        said(&item_price)
    );
    let same_item = case(&|v| v["desk"]["catalogue"][1]["id"] = json!("item-suite"));
    assert_eq!(
        same_item,
        refused("desk.catalogue[1].id", FileFault::DuplicateId)
    );
    let logo = case(&|v| v["desk"]["logos"][0]["data"] = json!("PHN2Zz48L3N2Zz4="));
    assert_eq!(
        logo,
        refused(
            "desk.logos[0]",
            FileFault::Logo(best_offer_domain::offer::logo::LogoError::NotAnImage)
        )
    );
    let lost_logo = case(&|v| v["desk"]["logos"] = json!([]));
    assert_eq!(
        lost_logo,
        refused("desk.profile.logo", FileFault::NamesNoLogo)
    );
    let validity = case(&|v| v["desk"]["profile"]["validity_days"] = json!(0));
    assert_eq!(
        validity,
        refused("desk.profile.validity_days", FileFault::ValidityRange)
    );
    let band = case(&|v| v["desk"]["profile"]["approval"]["bands"][1]["id"] = json!(1));
    assert!(
        said(&band).starts_with("desk.profile.approval.bands[1].id"),
        "{}",
        said(&band)
    );
    assert!(matches!(
        case(&|v| v["schema_version"] = json!("1")),
        FileError::UnknownVersion(_)
    ));
    assert_eq!(case(&|v| v["format"] = json!("other")), FileError::NotOurs);
    let huge = "x".repeat(MAX_FILE_BYTES + 1);
    assert!(matches!(parse_file(&huge), Err(FileError::TooLarge(_))));
    let long_name = case(&|v| v["proposals"][0]["proposal"]["customer"] = json!("n".repeat(6000)));
    assert_eq!(
        long_name,
        refused("proposals[0].proposal.customer", FileFault::TextTooLong)
    );
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(matches!(parse_file(&deep), Err(FileError::NotJson(_))));
    let deep_inside = good.to_string().replacen(
        "\"notice\":",
        &format!(
            "\"nested\":{}0{},\"notice\":",
            "[".repeat(200),
            "]".repeat(200)
        ),
        1,
    );
    assert!(matches!(
        parse_file(&deep_inside),
        Err(FileError::NotJson(_))
    ));
}

fn text() -> impl Strategy<Value = String> {
    prop::string::string_regex(".{0,40}").unwrap()
}

fn proposal() -> impl Strategy<Value = Proposal> {
    let line = (
        prop::sample::select(LineKind::ALL.to_vec()),
        text(),
        1_i64..=100_000,
        0_i64..=10_000_000,
        any::<bool>(),
        0_i64..=9_999,
        prop::option::of(0_i64..=10_000),
    );
    (
        text(),
        text(),
        prop::collection::vec(line, 1..6),
        1_u32..=600,
        prop::option::of(0_i64..=9_999),
        prop::option::of(1_i64..=100_000),
        0_i64..=10_000,
    )
        .prop_map(
            |(customer, deal_name, lines, term, min_margin, step, discount)| {
                let mut p = Proposal::new(Currency::USD, Date::parse_iso("2026-11-26").unwrap());
                p.customer = customer;
                p.deal_name = deal_name;
                p.deal.term_months = term;
                p.deal.lines = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, (kind, name, qty, price, as_margin, m, cap))| Line {
                        terms: ItemTerms {
                            kind,
                            name,
                            unit_list_price: Decimal::new(price, 2),
                            cost: if as_margin {
                                CostBasis::MarginAtList(Percent::new(Decimal::new(m, 2)))
                            } else {
                                CostBasis::UnitCost(Decimal::new(price / 2, 2))
                            },
                            max_discount: cap.map(|c| Percent::new(Decimal::new(c, 2))),
                            ..ItemTerms::default()
                        },
                        quantity: Decimal::new(qty, 2),
                        ..Line::new(LineId(u32::try_from(i).unwrap() + 1))
                    })
                    .collect();
                p.deal.floor.min_margin = min_margin.map(|m| Percent::new(Decimal::new(m, 2)));
                p.deal.nice_step = step.map(Decimal::from);
                p.scenarios[1].lever = Lever::Discount(Percent::new(Decimal::new(discount, 2)));
                p
            },
        )
}

/// Fields a draft may belong to.
fn field_key() -> impl Strategy<Value = FieldKey> {
    prop_oneof![
        Just(FieldKey::MinMargin),
        Just(FieldKey::ValidThrough),
        (1_u32..12).prop_map(|n| FieldKey::LinePrice(LineId(n))),
        (1_u32..12).prop_map(|n| FieldKey::LineMaxDiscount(LineId(n))),
        (1_u32..7, 1_u32..12).prop_map(|(s, l)| FieldKey::Override(ScenarioId(s), LineId(l))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Export then import gives back exactly what was exported.
    #[test]
    fn export_then_import_is_the_identity(proposals in prop::collection::vec(proposal(), 1..4), drafts in prop::collection::btree_map(field_key(), text(), 0..4)) {
        let stored: Vec<StoredProposal> = proposals
            .into_iter()
            .enumerate()
            .map(|(i, proposal)| StoredProposal {
                id: format!("p-{i}"),
                created_ms: 1_700_000_000_000 + i64::try_from(i).unwrap(),
                updated_ms: 1_800_000_000_000,
                status: Status::Draft,
                proposal,
                sent: vec![],
                drafts: drafts.clone().into_iter().collect(),
                links: vec![],
                follow_up: None,
            })
            .collect();
        let file = ProposalFile::new(Desk::default(), stored, Some("p-0".into()));
        let json = file.to_json().unwrap();
        // Export indents the compact text: byte for byte serde_json's pretty form.
        prop_assert_eq!(&json, &serde_json::to_string_pretty(&file).unwrap());
        prop_assert_eq!(parse_file(&json), Ok(file.clone()));
        // Storage keeps the compact form: it reads back the same.
        let compact = file.to_compact_json().unwrap();
        prop_assert!(compact.len() < json.len());
        prop_assert_eq!(parse_file(&compact), Ok(file));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6_000))]

    /// A file cut anywhere before its end is refused (a crash during a write).
    #[test]
    fn truncated_files_are_refused(cut in 0_usize..10_000) {
        let json = worked_example_file().to_json().unwrap();
        let at = json.len() * cut / 10_000;
        let mut end = at.min(json.len() - 1);
        while !json.is_char_boundary(end) { end -= 1; }
        let result = parse_file(&json[..end]);
        prop_assert!(result.is_err());
        prop_assert!(!said(&result.unwrap_err()).is_empty());
    }

    /// Wrong types, out-of-range values and unknown fields anywhere in a line are
    /// refused with a message naming the field.
    #[test]
    fn corrupted_values_are_refused(line in 0_usize..3, field in 0_usize..7, bad in 0_usize..6) {
        let mut v: Value = serde_json::from_str(&worked_example_file().to_json().unwrap()).unwrap();
        let fields = ["quantity", "unit_list_price", "kind", "discountable", "max_discount", "maintenance_rate", "id"];
        let values = [json!("-1"), json!(-1), json!("1e400"), json!({"x": 1}), json!([1, 2]), json!(null)];
        let target = &mut v["proposals"][0]["proposal"]["deal"]["lines"][line];
        let name = fields[field];
        // A null max_discount is valid ("no cap"), so use a value out of range there.
        let value = if name == "max_discount" && bad == 5 { json!("101") } else { values[bad].clone() };
        target[name] = value;
        let error = parse_file(&v.to_string()).unwrap_err();
        let message = said(&error);
        prop_assert!(message.contains(&format!("lines[{line}]")), "{}", message);
    }
}

#[test]
fn random_bytes_never_panic() {
    // 2,000 deterministic pseudo-random mutations of a valid file: some stay valid
    // (a changed letter in a name), none may panic.
    let json = worked_example_file().to_json().unwrap().into_bytes();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..2_000 {
        let mut bytes = json.clone();
        for _ in 0..(next() % 8 + 1) {
            let i = usize::try_from(next() % bytes.len() as u64).unwrap();
            bytes[i] = u8::try_from(next() % 128).unwrap();
        }
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = parse_file(&text);
        }
    }
}

#[test]
fn a_recorded_link_tells_whether_it_carried_the_offer_sent() {
    let file = worked_example_file();
    let sent = &file.proposals[0].sent[0];
    assert!(sent.links[0].carries(&sent.offer));
    let mut changed = sent.offer.clone();
    changed.note = "A draft changed after the link was made.".into();
    assert!(!sent.links[0].carries(&changed));
}
