//! Benchmark of a full board recalculation (6 scenarios + the best-offer solver),
//! the work the app does after every keystroke. Run: `cargo bench -p best-offer-domain`.
#![allow(missing_docs, clippy::unwrap_used, clippy::arithmetic_side_effects)]

use best_offer_domain::pricing::board::recalculate;
use best_offer_domain::pricing::deal::{
    CostBasis, Deal, ItemTerms, Lever, Line, LineId, LineKind, Scenario, ScenarioId,
};
use best_offer_domain::{Currency, Percent};
use divan::black_box;
use rust_decimal::Decimal;

fn main() {
    divan::main();
}

/// A deal of `lines` lines mixing every kind, with a floor and a nice-price step.
fn deal(lines: u32) -> Deal {
    let mut deal = Deal::new(Currency::USD);
    deal.term_months = 36;
    deal.lines = (1..=lines)
        .map(|i| {
            let kind = match i % 5 {
                0 => LineKind::Service,
                1 | 2 => LineKind::OneTime,
                3 => LineKind::RecurringMonthly,
                _ => LineKind::RecurringYearly,
            };
            Line {
                terms: ItemTerms {
                    kind,
                    name: format!("Item {i}"),
                    unit_list_price: Decimal::new(i64::from(1_000 + i * 37), 0)
                        + Decimal::new(99, 2),
                    cost: if i % 2 == 0 {
                        CostBasis::MarginAtList(Percent::new(Decimal::from(60 + i % 30)))
                    } else {
                        CostBasis::UnitCost(Decimal::new(i64::from(300 + i * 11), 0))
                    },
                    max_discount: (i % 7 == 0).then(|| Percent::new(Decimal::from(15))),
                    discountable: i % 11 != 0,
                    ..ItemTerms::default()
                },
                quantity: Decimal::from(1 + i % 40),
                ..Line::new(LineId(i))
            }
        })
        .collect();
    if lines > 1 {
        deal.lines.push(Line {
            terms: ItemTerms {
                kind: LineKind::Maintenance,
                name: "Maintenance".into(),
                maintenance_rate: Percent::new(Decimal::from(20)),
                cost: CostBasis::MarginAtList(Percent::new(Decimal::from(70))),
                ..ItemTerms::default()
            },
            ..Line::new(LineId(lines + 1))
        });
    }
    deal.floor.min_margin = Some(Percent::new(Decimal::from(45)));
    deal.nice_step = Some(Decimal::from(100));
    deal
}

fn scenarios() -> Vec<Scenario> {
    let levers = [
        Lever::Discount(Percent::ZERO),
        Lever::Discount(Percent::new(Decimal::from(10))),
        Lever::Discount(Percent::new(Decimal::new(145, 1))),
        Lever::Discount(Percent::new(Decimal::from(25))),
        Lever::TargetMargin(Percent::new(Decimal::from(55))),
        Lever::TargetMargin(Percent::new(Decimal::from(50))),
    ];
    levers
        .into_iter()
        .enumerate()
        .map(|(i, lever)| Scenario {
            id: ScenarioId(u32::try_from(i).unwrap()),
            name: format!("Scenario {i}"),
            lever,
            overrides: vec![],
        })
        .collect()
}

#[divan::bench(args = [1, 50, 200])]
fn full_recalculation(bencher: divan::Bencher, lines: u32) {
    let deal = deal(lines);
    let scenarios = scenarios();
    let board = recalculate(&deal, &scenarios);
    assert!(board.best.is_ok(), "{:?}", board.best);
    bencher.bench(|| recalculate(black_box(&deal), black_box(&scenarios)));
}
