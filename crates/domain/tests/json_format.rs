//! The deal's JSON form: string decimals and stable field names, the base of the
//! proposal file format. A change here breaks saved proposals, so it is pinned.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use best_offer_domain::pricing::deal::{Deal, Lever, Scenario, ScenarioId};
use common::*;

#[test]
fn worked_example_serialises_with_string_decimals_and_stable_names() {
    let deal = worked_example();
    let json = serde_json::to_value(&deal).unwrap();
    assert_eq!(json["currency"], "USD");
    assert_eq!(json["term_months"], 36);
    assert_eq!(json["nice_step"], "100");
    assert_eq!(json["floor"]["min_margin"], "55");
    assert_eq!(json["floor"]["walk_away"], serde_json::Value::Null);
    let licence = &json["lines"][0];
    assert_eq!(licence["id"], 1);
    assert_eq!(licence["terms"]["kind"], "one-time");
    assert_eq!(licence["quantity"], "25");
    assert_eq!(licence["terms"]["unit_list_price"], "1200.00");
    assert_eq!(licence["terms"]["cost"]["basis"], "margin-at-list");
    assert_eq!(licence["terms"]["cost"]["value"], "85");
    assert_eq!(licence["terms"]["discountable"], true);
    assert_eq!(json["lines"][1]["terms"]["kind"], "maintenance");
    assert_eq!(json["lines"][1]["terms"]["maintenance_rate"], "20");
    assert_eq!(json["lines"][2]["terms"]["cost"]["basis"], "unit-cost");
    assert_eq!(json["approval"]["bands"][0]["up_to"], "10");
    let back: Deal = serde_json::from_value(json).unwrap();
    assert_eq!(back, deal);
}

#[test]
fn scenario_levers_serialise_by_kind() {
    let scenario = Scenario {
        id: ScenarioId(3),
        name: "Target".into(),
        lever: Lever::TargetPrice(d("38900.00")),
        overrides: vec![],
    };
    let json = serde_json::to_value(&scenario).unwrap();
    assert_eq!(json["lever"]["kind"], "target-price");
    assert_eq!(json["lever"]["value"], "38900.00");
    let margin = serde_json::to_value(Lever::TargetMargin(pct("55"))).unwrap();
    assert_eq!(
        margin,
        serde_json::json!({"kind": "target-margin", "value": "55"})
    );
}

#[test]
fn malformed_deals_are_rejected_not_panicked_on() {
    let cases = [
        r#"{"currency":"ZZZ","term_months":12,"lines":[]}"#,
        r#"{"currency":"USD","term_months":-1,"lines":[]}"#,
        r#"{"currency":"USD","term_months":12,"lines":[{"id":1}]}"#,
        r#"{"currency":"USD","term_months":12,"lines":[],"nice_step":"1e5x"}"#,
        r#"{"currency":"USD""#,
        "",
        "null",
    ];
    for case in cases {
        let read = serde_json::from_str::<Deal>(case);
        assert!(read.is_err(), "{case}");
    }
}
