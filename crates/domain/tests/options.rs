//! Options in one offer, against hand-worked figures: each option a deal of its own
//! keeping every floor, the items the buyer may add priced at the option's discount
//! but never below their own floor, totals that add up, and the prices that give
//! every option the recommended one's margin.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

mod common;

use best_offer_domain::Percent;
use best_offer_domain::options::equal_margin::{NoEqualMargin, equal_margin_prices};
use best_offer_domain::options::pricing::price_options;
use best_offer_domain::options::{OfferOption, OptionId, option_deal, shared_lines};
use best_offer_domain::pricing::deal::{CostBasis, Deal, Lever, LineId};
use best_offer_domain::pricing::error::PricingError;
use common::{d, options_deal, pct};

/// The options' deal (`common::options_deal`).
fn deal() -> Deal {
    options_deal()
}

/// Standard: the core at 20 % off; Professional: with the add-on, at its best
/// offer. Both may add onboarding.
fn options() -> Vec<OfferOption> {
    vec![
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
    ]
}

#[test]
fn each_option_is_a_deal_of_its_own_and_keeps_every_floor() {
    let deal = deal();
    let options = options();
    assert_eq!(shared_lines(&deal, &options), [LineId(1)]);
    let ids = |o: &OfferOption| -> Vec<u32> {
        option_deal(&deal, &options, o)
            .lines
            .iter()
            .map(|l| l.id.0)
            .collect()
    };
    assert_eq!(ids(&options[0]), [1]);
    assert_eq!(ids(&options[1]), [1, 2]);

    let figures = price_options(&deal, &options);
    // Standard: best offer 400 / 0.6 = 666.67 (up to the cent); at 20 % off, 800.00
    // with a margin of (800 − 400) / 800 = 50 %.
    let standard = &figures[0];
    assert_eq!(
        standard.best.as_ref().unwrap().evaluation.totals.net,
        d("666.67")
    );
    let chosen = standard.chosen.as_ref().unwrap();
    assert_eq!(chosen.totals.net, d("800.00"));
    assert_eq!(chosen.totals.margin, Some(pct("50")));
    assert!(standard.keeps_floor());
    // Professional at its best offer: (400 + 100) / 0.6 = 833.34.
    let professional = &figures[1];
    assert_eq!(
        professional.chosen.as_ref().unwrap().totals.net,
        d("833.34")
    );
    assert!(professional.keeps_floor());

    // A lever below the floor is said, not hidden: 50 % off Standard is 500.00,
    // below its floor of 666.67.
    let mut deep = options.clone();
    deep[0].lever = Some(Lever::Discount(pct("50")));
    let figures = price_options(&deal, &deep);
    assert!(!figures[0].keeps_floor());
    assert_eq!(figures[0].chosen.as_ref().unwrap().floor.price, d("666.67"));
}

#[test]
fn optional_items_take_the_options_discount_but_never_go_below_their_own_floor() {
    let deal = deal();
    let figures = price_options(&deal, &options());
    // In Standard at 20 % off: 300 × 0.8 = 240.00, above its floor 120 / 0.6 = 200.
    let onboarding = figures[0].optional[0].as_ref().unwrap();
    assert_eq!(
        (onboarding.price, onboarding.floor),
        (d("240.00"), d("200.00"))
    );
    assert!(!onboarding.raised_to_floor);
    // In Professional at its best offer, 833.34 of 1,500 (44.44 % off): 300 at that
    // discount is 166.67, below 200.00, so it is offered at 200.00.
    let onboarding = figures[1].optional[0].as_ref().unwrap();
    assert_eq!(onboarding.price, d("200.00"));
    assert!(onboarding.raised_to_floor);
    assert_eq!(onboarding.evaluation.totals.margin, Some(pct("40")));

    // Totals add up: the option, then with the item, and nothing for an item the
    // option does not offer.
    assert_eq!(figures[0].total_with(&[]), Some(d("800.00")));
    assert_eq!(figures[0].total_with(&[LineId(3)]), Some(d("1040.00")));
    assert_eq!(figures[1].total_with(&[LineId(3)]), Some(d("1033.34")));
    assert_eq!(figures[0].total_with(&[LineId(2)]), None);
    // With any items, the margin of the whole stays at or above the minimum.
    let chosen = figures[1].chosen.as_ref().unwrap();
    let cost = chosen.totals.cost + onboarding.evaluation.totals.cost;
    let total = figures[1].total_with(&[LineId(3)]).unwrap();
    assert!((total - cost) / total >= d("0.40"));
}

#[test]
fn equal_margin_prices_every_option_at_the_recommended_margin_never_below_its_floor() {
    let deal = deal();
    let options = options();
    // Standard recommended at 50 %: Professional at 500 / (1 − 50 %) = 1,000.00.
    let proposed = equal_margin_prices(&deal, &options, OptionId(1)).unwrap();
    let standard = proposed[0].as_ref().unwrap();
    assert_eq!(
        standard.price,
        d("800.00"),
        "the recommended keeps its own price"
    );
    let professional = proposed[1].as_ref().unwrap();
    assert_eq!(
        (professional.price, professional.floor),
        (d("1000.00"), d("833.34"))
    );
    assert!(!professional.raised_to_floor);
    assert_eq!(professional.lever, Lever::TargetMargin(pct("50")));

    // Professional recommended at its best offer, margin (833.34 − 500) / 833.34:
    // Standard at that margin is 400 / (500 / 833.34) = 666.672, up to the cent
    // 666.68 (rounded up, so the margin is kept).
    let proposed = equal_margin_prices(&deal, &options, OptionId(2)).unwrap();
    let standard = proposed[0].as_ref().unwrap();
    assert_eq!(standard.price, d("666.68"));
    assert!(standard.price >= standard.floor);

    // A margin above another option's floor: that option follows it. Professional
    // at list with a dearer add-on: (1,500 − 850) / 1,500 = 43.33 %, so Standard is
    // 400 / (1 − 43.33 %) = 705.882…, up to the cent 705.89.
    let mut thin = deal.clone();
    thin.lines[1].terms.cost = CostBasis::UnitCost(d("450"));
    let mut at_list = options.clone();
    at_list[1].lever = Some(Lever::Discount(Percent::ZERO));
    let proposed = equal_margin_prices(&thin, &at_list, OptionId(2)).unwrap();
    assert_eq!(proposed[0].as_ref().unwrap().price, d("705.89"));
    assert!(!proposed[0].as_ref().unwrap().raised_to_floor);
    // A margin below another option's floor gives that option its floor instead:
    // Professional at 50 % off is 750.00, margin 250 / 750 = 33.33 %, which would
    // put Standard at 600.00, below its floor of 666.67.
    let mut deep = options.clone();
    deep[1].lever = Some(Lever::Discount(pct("50")));
    let proposed = equal_margin_prices(&deal, &deep, OptionId(2)).unwrap();
    let standard = proposed[0].as_ref().unwrap();
    assert_eq!((standard.price, standard.floor), (d("666.67"), d("666.67")));
    assert!(standard.raised_to_floor);
    assert_eq!(standard.lever, Lever::TargetPrice(d("666.67")));

    assert_eq!(
        equal_margin_prices(&deal, &options, OptionId(9)),
        Err(NoEqualMargin::NoSuchOption)
    );
    let mut unpriced = deal.clone();
    unpriced.floor.min_margin = None;
    assert_eq!(
        equal_margin_prices(&unpriced, &options, OptionId(2)),
        Err(NoEqualMargin::NoMargin(Some(PricingError::FloorNotSet)))
    );
}
