//! Property tests of the pricing engine (proptest, at least 256 cases each).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

mod common;

use best_offer_domain::money::format::{format_for_input, format_money};
use best_offer_domain::money::parse::{PercentRule, parse_money, parse_percent, parse_quantity};
use best_offer_domain::money::percent::{margin, markup};
use best_offer_domain::pricing::deal::{
    CostBasis, Deal, ItemTerms, Lever, Line, LineId, LineKind, NICE_STEPS,
};
use best_offer_domain::pricing::solver::{BestOfferLimit, best_offer};
use best_offer_domain::pricing::{evaluate, evaluate_lever};
use best_offer_domain::{Currency, NumberFormat, Percent, PricingError};
use common::scenario;
use proptest::prelude::*;
use rust_decimal::Decimal;

const CODES: [&str; 11] = [
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "SEK", "BHD", "KWD",
];

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(CODES.to_vec()).prop_map(|code| Currency::from_code(code).unwrap())
}

fn number_format() -> impl Strategy<Value = NumberFormat> {
    prop::sample::select(NumberFormat::ALL.to_vec())
}

/// A percentage with up to two decimals in `[0, max_points]`.
fn percent(max_points: i64) -> impl Strategy<Value = Percent> {
    (0..=max_points * 100).prop_map(|hundredths| Percent::new(Decimal::new(hundredths, 2)))
}

/// A realistic line (never maintenance; that is added separately).
fn plain_line() -> impl Strategy<
    Value = (
        LineKind,
        Decimal,
        i64,
        bool,
        bool,
        Option<Percent>,
        Percent,
        bool,
    ),
> {
    (
        prop::sample::select(vec![
            LineKind::OneTime,
            LineKind::Service,
            LineKind::RecurringYearly,
            LineKind::RecurringMonthly,
        ]),
        (1_i64..=2_000, 0_u32..=1).prop_map(|(q, scale)| Decimal::new(q, scale)),
        1_i64..=5_000_000,          // unit price in hundredths of a major unit
        any::<bool>(),              // cost as margin?
        prop::bool::weighted(0.85), // discountable
        prop::option::weighted(0.3, percent(100)),
        percent(95),
        any::<bool>(),
    )
}

fn deal() -> impl Strategy<Value = Deal> {
    (
        currency(),
        1_u32..=60,
        prop::collection::vec(plain_line(), 1..=8),
        prop::option::of(percent(40)), // maintenance rate
        prop::option::weighted(0.7, percent(90)),
        prop::option::weighted(0.3, 0_i64..=100_000_000),
        prop::option::of(prop::sample::select(NICE_STEPS.to_vec())),
        prop::option::of(percent(30)),
    )
        .prop_map(
            |(currency, term, specs, maintenance, min_margin, walk_away, step, tax)| {
                let scale = currency.minor_units();
                let mut deal = Deal::new(currency);
                deal.term_months = term;
                deal.lines = specs
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (kind, quantity, price, as_margin, discountable, cap, m, _))| {
                            // Prices in the currency's minor units (JPY has none).
                            let unit = Decimal::new(price, 2).round_dp(scale);
                            let cost = if as_margin {
                                CostBasis::MarginAtList(m)
                            } else {
                                CostBasis::UnitCost(
                                    (unit * (Decimal::ONE - m.fraction().unwrap())).round_dp(scale),
                                )
                            };
                            Line {
                                terms: ItemTerms {
                                    kind,
                                    unit_list_price: unit,
                                    cost,
                                    discountable,
                                    max_discount: cap,
                                    ..ItemTerms::default()
                                },
                                quantity,
                                ..Line::new(LineId(u32::try_from(i).unwrap() + 1))
                            }
                        },
                    )
                    .collect();
                if let Some(rate) = maintenance {
                    let id = deal.next_line_id();
                    deal.lines.push(Line {
                        terms: ItemTerms {
                            kind: LineKind::Maintenance,
                            maintenance_rate: rate,
                            cost: CostBasis::MarginAtList(Percent::new(Decimal::new(60, 0))),
                            ..ItemTerms::default()
                        },
                        ..Line::new(id)
                    });
                }
                deal.floor.min_margin = min_margin;
                deal.floor.walk_away = walk_away.map(|w| Decimal::new(w, 2).round_dp(scale));
                deal.nice_step = step.map(Decimal::from);
                deal.tax_rate = tax;
                deal
            },
        )
}

/// A deal with at least one discountable, uncapped one-time line, so a target can
/// always be landed on exactly.
fn deal_with_adjustable_line() -> impl Strategy<Value = Deal> {
    (deal(), 100_000_i64..=10_000_000).prop_map(|(mut deal, price)| {
        let id = deal.next_line_id();
        deal.lines.insert(
            0,
            Line {
                terms: ItemTerms {
                    kind: LineKind::Service,
                    cost: CostBasis::MarginAtList(Percent::new(Decimal::new(50, 0))),
                    // Room enough to take any rounding remainder of the other lines.
                    unit_list_price: Decimal::new(price, 0),
                    ..ItemTerms::default()
                },
                quantity: Decimal::ONE,
                ..Line::new(id)
            },
        );
        deal
    })
}

/// 512 cases per property, or `PROPTEST_CASES` when set higher (for long runs).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(512)
        .max(512)
}

fn unit(deal: &Deal) -> Decimal {
    Decimal::new(1, deal.currency.minor_units())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Lines sum to the totals, for every lever.
    #[test]
    fn lines_sum_to_totals(deal in deal(), d in percent(100)) {
        let Ok(result) = evaluate(&deal, &scenario(Lever::Discount(d))) else { return Ok(()); };
        let t = &result.totals;
        prop_assert_eq!(result.lines.iter().map(|l| l.net_term).sum::<Decimal>(), t.net);
        prop_assert_eq!(result.lines.iter().map(|l| l.list_term).sum::<Decimal>(), t.list);
        prop_assert_eq!(result.lines.iter().map(|l| l.cost_term).sum::<Decimal>(), t.cost);
        prop_assert_eq!(t.gross_profit, t.net - t.cost);
        prop_assert_eq!(t.discount_amount, t.list - t.net);
        prop_assert_eq!(t.net_with_tax, t.net + t.tax);
        let one_time: Decimal = result.lines.iter().filter(|l| l.kind.is_one_time()).map(|l| l.net_term).sum();
        prop_assert_eq!(one_time, t.one_time);
        // Every printed amount is at the currency's minor units.
        for line in &result.lines {
            prop_assert!(line.net_per_period.scale() <= deal.currency.minor_units());
            prop_assert!(line.net_term.scale() <= deal.currency.minor_units());
        }
    }

    /// margin = markup / (1 + markup) and markup = margin / (1 − margin).
    #[test]
    fn margin_markup_identities(price in 1_i64..=1_000_000_000, cost_share in 1_i64..=9_999) {
        let price = Decimal::new(price, 2);
        let cost = (price * Decimal::new(cost_share, 4)).round_dp(2).max(Decimal::new(1, 2));
        let m = margin(price, cost).unwrap().unwrap();
        let k = markup(price, cost).unwrap().unwrap();
        let tolerance = Decimal::new(1, 15);
        let (mf, kf) = (m.points() / Decimal::ONE_HUNDRED, k.points() / Decimal::ONE_HUNDRED);
        prop_assert!((mf / (Decimal::ONE - mf) - kf).abs() < tolerance);
        prop_assert!((kf / (Decimal::ONE + kf) - mf).abs() < tolerance);
        prop_assert!(m < Percent::HUNDRED);
    }

    /// The best offer keeps every floor; one more step of discount breaks one,
    /// unless the caps stop it first.
    #[test]
    fn best_offer_is_the_lowest_that_keeps_the_floor(deal in deal_with_adjustable_line()) {
        let best = match best_offer(&deal) {
            Ok(best) => best,
            Err(PricingError::ZeroListPrice) => return Ok(()),
            // No best offer without a floor set on purpose (cost alone is not one).
            Err(PricingError::FloorNotSet) => {
                prop_assert!(!deal.floor_is_set());
                prop_assert!(deal.floor.min_margin.is_none() && deal.floor.walk_away.is_none());
                return Ok(());
            }
            Err(other) => return Err(TestCaseError::fail(format!("{other:?}"))),
        };
        prop_assert!(deal.floor_is_set());
        let e = &best.evaluation;
        let net = e.totals.net;
        match best.limit {
            BestOfferLimit::NoRoom => {
                prop_assert!(e.totals.list < e.floor.price);
                prop_assert_eq!(net, e.totals.list);
            }
            BestOfferLimit::Floor | BestOfferLimit::Caps => {
                prop_assert!(net >= e.floor.price, "net {} below floor {}", net, e.floor.price);
                if let Some(min) = deal.floor.min_margin {
                    prop_assert!(e.totals.margin.unwrap() >= min);
                }
                if let Some(walk_away) = deal.floor.walk_away {
                    prop_assert!(net >= walk_away);
                }
                let step = deal.nice_step.unwrap_or_else(|| unit(&deal));
                if best.limit == BestOfferLimit::Floor && net < e.totals.list {
                    prop_assert_eq!(e.target_gap, Decimal::ZERO);
                    prop_assert!(net - step < e.floor.price, "{} − {} still keeps {}", net, step, e.floor.price);
                }
                if best.limit == BestOfferLimit::Caps {
                    // Every line that can be discounted sits on its cap.
                    let deepest = evaluate(&deal, &scenario(Lever::Discount(Percent::HUNDRED))).unwrap();
                    prop_assert!(net >= deepest.totals.net);
                    prop_assert!(deepest.totals.net >= e.floor.price);
                }
            }
        }
    }

    /// The nice price is at or above the floor and a multiple of the step.
    #[test]
    fn nice_price_is_a_multiple_at_or_above_the_floor(deal in deal_with_adjustable_line(), step in prop::sample::select(NICE_STEPS.to_vec())) {
        let mut deal = deal;
        deal.nice_step = Some(Decimal::from(step));
        let Ok(best) = best_offer(&deal) else { return Ok(()); };
        let e = &best.evaluation;
        if best.limit != BestOfferLimit::NoRoom && e.totals.net < e.totals.list {
            prop_assert!(e.totals.net >= e.floor.price);
            prop_assert_eq!(e.totals.net % Decimal::from(step), Decimal::ZERO, "{} not a multiple of {}", e.totals.net, step);
        }
    }

    /// More discount never raises the price or the margin.
    #[test]
    fn discount_is_monotonic(deal in deal(), a in percent(100), b in percent(100)) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let (Ok(x), Ok(y)) = (
            evaluate(&deal, &scenario(Lever::Discount(low))),
            evaluate(&deal, &scenario(Lever::Discount(high))),
        ) else { return Ok(()); };
        prop_assert!(y.totals.net <= x.totals.net);
        if let (Some(mx), Some(my)) = (x.totals.margin, y.totals.margin) {
            prop_assert!(my <= mx);
        }
    }

    /// A target price is met exactly when a one-time line can take the remainder.
    #[test]
    fn target_price_lands_exactly(deal in deal_with_adjustable_line(), share in 0_i64..=10_000) {
        let Ok(at_list) = evaluate(&deal, &scenario(Lever::Discount(Percent::ZERO))) else { return Ok(()); };
        let deepest = evaluate(&deal, &scenario(Lever::Discount(Percent::HUNDRED))).unwrap();
        let span = at_list.totals.net - deepest.totals.net;
        let target = (deepest.totals.net + span * Decimal::new(share, 4)).round_dp(deal.currency.minor_units());
        match evaluate_lever(&deal, Lever::TargetPrice(target), &[]) {
            Ok(result) => {
                prop_assert!(result.totals.net >= target);
                prop_assert_eq!(result.target_gap, result.totals.net - target);
                prop_assert_eq!(result.totals.net, target);
            }
            Err(PricingError::Unreachable(_)) => prop_assert!(target <= deepest.totals.net + unit(&deal) * Decimal::from(1000)),
            Err(other) => return Err(TestCaseError::fail(format!("{other:?}"))),
        }
    }

    /// parse(format(x)) == x for money in every currency and number format.
    #[test]
    fn money_round_trips(currency in currency(), format in number_format(), units in 0_i64..=i64::MAX / 4) {
        let value = Decimal::new(units % 1_000_000_000_000_000_i64, currency.minor_units());
        let shown = format_money(value, currency, format);
        prop_assert_eq!(parse_money(&shown, currency, format), Ok(value), "{}", shown);
        let typed = format_for_input(value, currency.minor_units(), format);
        prop_assert_eq!(parse_money(&typed, currency, format), Ok(value), "{}", typed);
    }

    /// parse(format(x)) == x for percentages and quantities.
    #[test]
    fn percent_and_quantity_round_trip(format in number_format(), p in 0_i64..=999_999, q in 1_i64..=999_999_999_999) {
        let percent = Percent::new(Decimal::new(p, 4));
        let shown = format_for_input(percent.points(), 0, format);
        prop_assert_eq!(parse_percent(&shown, PercentRule::MARGIN, format), Ok(percent), "{}", shown);
        let quantity = Decimal::new(q, 3);
        let shown = format_for_input(quantity, 0, format);
        prop_assert_eq!(parse_quantity(&shown, format), Ok(quantity), "{}", shown);
    }

    /// Values near Decimal::MAX give errors, never panics.
    #[test]
    fn huge_values_are_errors(exponent in 10_u32..=27, mantissa in 1_i64..=9, which in 0_usize..4) {
        let huge = Decimal::from_i128_with_scale(i128::from(mantissa) * 10_i128.pow(exponent), 0);
        let mut deal = common::worked_example();
        match which {
            0 => deal.lines[0].terms.unit_list_price = huge,
            1 => deal.lines[0].quantity = huge,
            2 => deal.lines[2].terms.cost = CostBasis::UnitCost(huge),
            _ => deal.floor.walk_away = Some(huge),
        }
        let result = best_offer(&deal);
        if exponent >= 16 {
            prop_assert!(result.is_err());
        }
        let _ = evaluate(&deal, &scenario(Lever::TargetPrice(huge)));
        let _ = evaluate(&deal, &scenario(Lever::TargetMargin(Percent::new(Decimal::new(9999, 2)))));
    }
}

#[test]
fn decimal_max_everywhere_is_an_error() {
    let mut deal = common::worked_example();
    for line in &mut deal.lines {
        line.terms.unit_list_price = Decimal::MAX;
        line.quantity = Decimal::MAX;
        line.terms.cost = CostBasis::UnitCost(Decimal::MAX);
    }
    deal.nice_step = Some(Decimal::MAX);
    assert!(best_offer(&deal).is_err());
    assert!(
        evaluate(
            &deal,
            &scenario(Lever::Discount(Percent::new(Decimal::MAX)))
        )
        .is_err()
    );
    let mut tiny_step = common::worked_example();
    tiny_step.nice_step = Some(Decimal::new(1, 28));
    let _ = best_offer(&tiny_step);
}
