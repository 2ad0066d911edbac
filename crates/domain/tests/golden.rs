//! Table-driven golden cases of the pricing engine, to the minor unit.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use best_offer_domain::PricingError;
use best_offer_domain::pricing::deal::{Deal, Lever, LineKind, LineOverride, TaxRounding};
use best_offer_domain::pricing::solver::{BestOfferLimit, best_offer};
use best_offer_domain::pricing::{FloorBasis, FloorStanding, evaluate, evaluate_lever};
use common::*;

#[test]
fn worked_example_at_list() {
    let deal = worked_example();
    let at_list = evaluate(&deal, &scenario(Lever::Discount(pct("0")))).unwrap();
    assert_eq!(at_list.totals.list, d("62000.00"));
    assert_eq!(at_list.totals.net, d("62000.00"));
    assert_eq!(at_list.totals.cost, d("17500.00"));
    assert_eq!(at_list.totals.margin.unwrap().round(2), pct("71.77"));
    assert_eq!(at_list.floor.price, d("38888.89"));
    assert_eq!(at_list.floor.basis, FloorBasis::MinimumMargin);
    assert_eq!(at_list.floor.max_discount.round(2), pct("37.28"));
    assert_eq!(at_list.totals.one_time, d("44000.00"));
    assert_eq!(at_list.totals.recurring_per_year, d("6000.00"));
    assert_eq!(at_list.totals.first_year, d("50000.00"));
    // Maintenance at list: 20 % of 30,000 per year, cost 30 % of that.
    let maintenance = &at_list.lines[1];
    assert_eq!(maintenance.net_per_period, d("6000.00"));
    assert_eq!(maintenance.net_term, d("18000.00"));
    assert_eq!(maintenance.cost_term, d("5400.00"));
}

#[test]
fn worked_example_best_offer_and_the_good_deal() {
    let deal = worked_example();
    let best = best_offer(&deal).unwrap();
    assert_eq!(best.limit, BestOfferLimit::Floor);
    assert_eq!(best.before_rounding, d("38888.89"));
    let totals = &best.evaluation.totals;
    assert_eq!(totals.net, d("38900.00"));
    assert!(!best.evaluation.floor.below_floor);
    assert!(totals.margin.unwrap() >= pct("55"));
    // The lines add up to the printed total.
    let sum: rust_decimal::Decimal = best.evaluation.lines.iter().map(|l| l.net_term).sum();
    assert_eq!(sum, d("38900.00"));

    let good = evaluate(&deal, &scenario(Lever::Discount(pct("15")))).unwrap();
    assert_eq!(good.totals.net, d("52700.00"));
    assert_eq!(good.totals.margin.unwrap().round(2), pct("66.79"));
    assert_eq!(good.totals.net - totals.net, d("13800.00"));
    assert_eq!(good.approval.as_deref(), Some("Sales manager"));
    assert_eq!(good.floor.headroom, d("13811.11"));
}

#[test]
fn target_price_and_target_margin_land_exactly() {
    let deal = worked_example();
    for target in ["40000.00", "38888.89", "61999.99", "50000.01", "45678.91"] {
        let result = evaluate(&deal, &scenario(Lever::TargetPrice(d(target)))).unwrap();
        assert_eq!(result.totals.net, d(target), "target {target}");
        assert_eq!(result.target_gap, d("0"), "target {target}");
    }
    let sixty = evaluate(&deal, &scenario(Lever::TargetMargin(pct("60")))).unwrap();
    assert_eq!(sixty.totals.net, d("43750.00"));
    assert_eq!(sixty.totals.margin.unwrap(), pct("60"));
    let too_high = evaluate(&deal, &scenario(Lever::TargetPrice(d("70000"))));
    assert!(matches!(too_high, Err(PricingError::Unreachable(_))));
}

#[test]
fn currencies_round_to_their_minor_units() {
    // (currency, quantity, unit price, discount %, expected net)
    let cases = [
        ("JPY", "3", "123457", "10", "333334"),
        ("JPY", "1", "999", "50", "500"),
        ("BHD", "7", "1.235", "12.5", "7.564"),
        ("KWD", "1", "0.005", "10", "0.005"),
        ("USD", "1", "0.05", "10", "0.05"),
        ("USD", "3", "33.33", "33.3333", "66.66"),
        ("EUR", "1", "1000", "14.5", "855.00"),
    ];
    for (code, quantity, unit, discount, expected) in cases {
        let mut deal = Deal::new(currency(code));
        deal.lines = vec![line(1, LineKind::OneTime, quantity, unit, unit_cost("0"))];
        let result = evaluate(&deal, &scenario(Lever::Discount(pct(discount)))).unwrap();
        assert_eq!(
            result.totals.net,
            d(expected),
            "{code} {quantity} × {unit} − {discount} %"
        );
    }
}

#[test]
fn chained_discounts_are_not_added() {
    let mut deal = Deal::new(currency("USD"));
    deal.lines = vec![line(1, LineKind::OneTime, "1", "1000", unit_cost("0"))];
    let chained = best_offer_domain::Percent::chain(&[pct("10"), pct("5")]).unwrap();
    let result = evaluate(&deal, &scenario(Lever::Discount(chained))).unwrap();
    assert_eq!(result.totals.net, d("855.00"));
    assert_eq!(result.totals.discount, pct("14.5"));
}

#[test]
fn maintenance_follows_the_discounted_licence() {
    let mut deal = Deal::new(currency("USD"));
    deal.term_months = 24;
    deal.lines = vec![
        line(1, LineKind::OneTime, "10", "1000", unit_cost("100")),
        maintenance(2, "18", unit_cost("300")),
        line(3, LineKind::Service, "10", "150", unit_cost("90")),
    ];
    let result = evaluate(&deal, &scenario(Lever::Discount(pct("20")))).unwrap();
    assert_eq!(result.lines[0].net_per_period, d("8000.00"));
    assert_eq!(result.lines[1].net_per_period, d("1440.00"));
    assert_eq!(result.lines[1].net_term, d("2880.00"));
    assert_eq!(result.lines[1].discount(), pct("20"));
    assert_eq!(result.lines[2].net_per_period, d("1200.00"));
    assert_eq!(result.totals.net, d("12080.00"));
    assert_eq!(result.totals.cost, d("1000.00") + d("600.00") + d("900.00"));
}

#[test]
fn monthly_recurring_over_a_thirty_month_term() {
    let mut deal = Deal::new(currency("USD"));
    deal.term_months = 30;
    deal.lines = vec![line(
        1,
        LineKind::RecurringMonthly,
        "12",
        "49.99",
        unit_cost("10"),
    )];
    let result = evaluate(&deal, &scenario(Lever::Discount(pct("10")))).unwrap();
    let l = &result.lines[0];
    assert_eq!(l.list_per_period, d("599.88"));
    assert_eq!(l.net_per_period, d("539.89"));
    assert_eq!(l.periods, d("30"));
    assert_eq!(l.net_term, d("16196.70"));
    assert_eq!(result.totals.recurring_per_year, d("6478.68"));
    assert_eq!(result.totals.first_year, d("6478.68"));
    assert_eq!(result.totals.cost, d("3600.00"));
}

#[test]
fn yearly_line_over_a_partial_year_term() {
    let mut deal = Deal::new(currency("USD"));
    deal.term_months = 18;
    deal.lines = vec![line(
        1,
        LineKind::RecurringYearly,
        "1",
        "1000.01",
        unit_cost("0"),
    )];
    let result = evaluate(&deal, &scenario(Lever::Discount(pct("0")))).unwrap();
    assert_eq!(result.lines[0].net_term, d("1500.02")); // 1.5 × 1,000.01 = 1,500.015
    assert_eq!(result.totals.first_year, d("1000.01"));
}

#[test]
fn tax_is_on_the_net_total() {
    let mut deal = Deal::new(currency("GBP"));
    deal.tax_rate = Some(pct("20"));
    deal.lines = vec![line(1, LineKind::OneTime, "1", "1000", unit_cost("0"))];
    let result = evaluate(&deal, &scenario(Lever::Discount(pct("15")))).unwrap();
    assert_eq!(result.totals.net, d("850.00"));
    assert_eq!(result.totals.tax, d("170.00"));
    assert_eq!(result.totals.net_with_tax, d("1020.00"));
    // Margins are before tax.
    assert_eq!(result.totals.margin.unwrap(), pct("100"));
}

/// Tax rounded once on the total or line by line, against hand-worked examples
/// (half away from zero, to the currency's minor units): (currency, rate, line
/// amounts at list, tax on the total, tax per line).
#[test]
fn tax_follows_the_rounding_chosen_to_the_cent() {
    let cases = [
        // 30.09 × 7 % = 2.1063 → 2.11; 10.03 × 7 % = 0.7021 → 0.70, three times 2.10.
        ("EUR", "7", &["10.03", "10.03", "10.03"][..], "2.11", "2.10"),
        // 3.26 × 19 % = 0.6194 → 0.62; 0.2147 → 0.21 and 0.4047 → 0.40: 0.61.
        ("EUR", "19", &["1.13", "2.13"][..], "0.62", "0.61"),
        // No minor unit: 310 × 10 % = 31; 10.5 → 11 and 20.5 → 21: 32.
        ("JPY", "10", &["105", "205"][..], "31", "32"),
        // Three decimals: 1.005 × 5 % = 0.05025 → 0.050, per line the same.
        ("BHD", "5", &["1.005"][..], "0.050", "0.050"),
        // 0.05 × 10 % = 0.005: half away from zero, 0.01 either way.
        ("GBP", "10", &["0.05"][..], "0.01", "0.01"),
    ];
    for (code, rate, amounts, on_total, per_line) in cases {
        let mut deal = Deal::new(currency(code));
        deal.tax_rate = Some(pct(rate));
        deal.lines = amounts
            .iter()
            .zip(1..)
            .map(|(amount, id)| line(id, LineKind::OneTime, "1", amount, unit_cost("0")))
            .collect();
        for (rounding, expected) in [
            (TaxRounding::OnTotal, on_total),
            (TaxRounding::PerLine, per_line),
        ] {
            deal.tax_rounding = rounding;
            let result = evaluate(&deal, &scenario(Lever::Discount(pct("0")))).unwrap();
            assert_eq!(
                result.totals.tax,
                d(expected),
                "{code} {rate} % {amounts:?} {rounding:?}"
            );
            assert_eq!(
                result.totals.net_with_tax,
                result.totals.net + d(expected),
                "the total with tax is the net total plus the tax printed"
            );
        }
    }
}

#[test]
fn caps_and_non_discountable_lines_limit_the_best_offer() {
    let mut deal = Deal::new(currency("USD"));
    let mut licence = line(1, LineKind::OneTime, "1", "10000", unit_cost("1000"));
    licence.terms.max_discount = Some(pct("10"));
    let mut hardware = line(2, LineKind::OneTime, "1", "2000", unit_cost("1500"));
    hardware.terms.discountable = false;
    deal.lines = vec![licence, hardware];
    deal.floor.min_margin = Some(pct("20"));
    let best = best_offer(&deal).unwrap();
    assert_eq!(best.limit, BestOfferLimit::Caps);
    assert_eq!(best.evaluation.totals.net, d("11000.00"));
    assert!(best.evaluation.lines[0].capped);
    assert!(best.evaluation.lines[1].capped);
    // A uniform 30 % scenario is held back by the same caps.
    let thirty = evaluate(&deal, &scenario(Lever::Discount(pct("30")))).unwrap();
    assert_eq!(thirty.totals.net, d("11000.00"));
}

#[test]
fn walk_away_price_above_the_margin_floor_wins() {
    let mut deal = worked_example();
    deal.floor.walk_away = Some(d("45000"));
    let best = best_offer(&deal).unwrap();
    assert_eq!(best.evaluation.floor.basis, FloorBasis::WalkAway);
    assert_eq!(best.evaluation.totals.net, d("45000.00"));
    deal.floor.walk_away = Some(d("30000"));
    assert_eq!(
        best_offer(&deal).unwrap().evaluation.totals.net,
        d("38900.00")
    );
}

#[test]
fn no_floor_set_means_no_best_offer_not_an_offer_at_cost() {
    let mut deal = worked_example();
    deal.floor.min_margin = None;
    deal.nice_step = None;
    assert_eq!(best_offer(&deal).unwrap_err(), PricingError::FloorNotSet);
    // A typed 0 % minimum margin is a floor set on purpose: never below cost.
    deal.floor.min_margin = Some(pct("0"));
    let best = best_offer(&deal).unwrap();
    assert_eq!(best.evaluation.floor.basis, FloorBasis::MinimumMargin);
    assert_eq!(best.evaluation.totals.net, d("17500.00"));
    // So is a cap on every discountable line (the floor is then the cost).
    deal.floor.min_margin = None;
    for line in &mut deal.lines {
        line.terms.max_discount = Some(pct("20"));
    }
    let best = best_offer(&deal).unwrap();
    assert_eq!(best.evaluation.floor.basis, FloorBasis::Cost);
    assert_eq!(best.limit, BestOfferLimit::Caps);
}

#[test]
fn where_a_scenario_stands_against_the_floor() {
    let mut deal = worked_example();
    let standing = |deal: &Deal, discount: &str| {
        let floor = evaluate_lever(deal, Lever::Discount(pct(discount)), &[])
            .unwrap()
            .floor;
        (floor.standing(), floor.headroom_if_set().is_some())
    };
    // The worked example's floor is 38,888.89: 15 % keeps it, 45 % does not.
    assert_eq!(standing(&deal, "15"), (FloorStanding::Keeps, true));
    assert_eq!(standing(&deal, "45"), (FloorStanding::Below, true));
    // No floor set: nothing is claimed, no room is measured from cost...
    deal.floor.min_margin = None;
    assert_eq!(standing(&deal, "15"), (FloorStanding::NotSet, false));
    // ...but a price below cost is still said (cost 17,500 of 62,000 list).
    assert_eq!(standing(&deal, "80"), (FloorStanding::BelowCost, false));
}

#[test]
fn list_below_the_floor_says_so() {
    let mut deal = Deal::new(currency("USD"));
    deal.lines = vec![line(1, LineKind::OneTime, "1", "1000", unit_cost("900"))];
    deal.floor.min_margin = Some(pct("20"));
    let best = best_offer(&deal).unwrap();
    assert_eq!(best.limit, BestOfferLimit::NoRoom);
    assert_eq!(best.evaluation.totals.net, d("1000.00"));
    assert!(best.evaluation.floor.below_floor);
}

#[test]
fn overrides_fix_one_line_and_the_lever_moves_the_rest() {
    let deal = worked_example();
    let overrides = [LineOverride {
        line: best_offer_domain::pricing::deal::LineId(3),
        discount: pct("0"),
    }];
    let result = evaluate_lever(&deal, Lever::TargetPrice(d("50000")), &overrides).unwrap();
    assert_eq!(result.lines[2].net_term, d("14000.00"));
    assert_eq!(result.totals.net, d("50000.00"));
}

#[test]
fn approval_bands() {
    let deal = worked_example();
    let cases = [
        ("0", "Rep"),
        ("10", "Rep"),
        ("10.01", "Sales manager"),
        ("20", "Sales manager"),
        ("37", "Sales director"),
    ];
    for (discount, approver) in cases {
        let result = evaluate(&deal, &scenario(Lever::Discount(pct(discount)))).unwrap();
        assert_eq!(result.approval.as_deref(), Some(approver), "{discount} %");
    }
}

#[test]
fn invalid_deals_are_errors_not_panics() {
    let mut empty = worked_example();
    empty.lines.clear();
    assert_eq!(best_offer(&empty).unwrap_err(), PricingError::EmptyDeal);

    let mut zero = Deal::new(currency("USD"));
    zero.lines = vec![line(1, LineKind::OneTime, "1", "0", unit_cost("0"))];
    assert_eq!(best_offer(&zero).unwrap_err(), PricingError::ZeroListPrice);

    // A price with no cost, no floor and no cap: no floor set.
    let mut unbounded = Deal::new(currency("USD"));
    unbounded.lines = vec![line(1, LineKind::OneTime, "1", "1000", unit_cost("0"))];
    assert_eq!(
        best_offer(&unbounded).unwrap_err(),
        PricingError::FloorNotSet
    );
    // A 0 % minimum margin with no cost: the "best offer" would be 0.00.
    unbounded.floor.min_margin = Some(pct("0"));
    assert_eq!(best_offer(&unbounded).unwrap_err(), PricingError::NoFloor);
    unbounded.floor.min_margin = None;
    // A cap alone bounds it: the best offer is the largest discount the cap allows.
    unbounded.lines[0].terms.max_discount = Some(pct("30"));
    assert_eq!(
        best_offer(&unbounded).unwrap().evaluation.totals.net,
        d("700.00")
    );

    let mut hundred = worked_example();
    hundred.lines[0].terms.cost = margin_at_list("100");
    assert!(matches!(
        best_offer(&hundred),
        Err(PricingError::InvalidLine { line: 1, .. })
    ));

    let mut no_quantity = worked_example();
    no_quantity.lines[2].quantity = d("0");
    assert!(matches!(
        best_offer(&no_quantity),
        Err(PricingError::InvalidLine { line: 3, .. })
    ));

    let mut no_term = worked_example();
    no_term.term_months = 0;
    assert!(matches!(
        best_offer(&no_term),
        Err(PricingError::InvalidDeal(_))
    ));

    let mut bad_step = worked_example();
    bad_step.nice_step = Some(d("-5"));
    assert!(matches!(
        best_offer(&bad_step),
        Err(PricingError::InvalidDeal(_))
    ));

    let mut full_margin_floor = worked_example();
    full_margin_floor.floor.min_margin = Some(pct("100"));
    assert!(matches!(
        best_offer(&full_margin_floor),
        Err(PricingError::InvalidDeal(_))
    ));

    let deal = worked_example();
    assert!(evaluate(&deal, &scenario(Lever::Discount(pct("101")))).is_err());
    assert!(evaluate(&deal, &scenario(Lever::TargetMargin(pct("100")))).is_err());
    assert!(evaluate(&deal, &scenario(Lever::TargetPrice(d("-1")))).is_err());
}
