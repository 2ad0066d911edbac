//! Builders shared by the domain crate's integration tests.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use best_offer_domain::pricing::deal::{
    CostBasis, Deal, ItemTerms, Lever, Line, LineId, LineKind, Scenario, ScenarioId,
};
use best_offer_domain::{Currency, Percent};
use rust_decimal::Decimal;

pub fn d(text: &str) -> Decimal {
    Decimal::from_str_exact(text).expect(text)
}

pub fn pct(text: &str) -> Percent {
    Percent::new(d(text))
}

pub fn currency(code: &str) -> Currency {
    Currency::from_code(code).unwrap()
}

pub fn line(id: u32, kind: LineKind, quantity: &str, unit: &str, cost: CostBasis) -> Line {
    Line {
        terms: ItemTerms {
            kind,
            unit_list_price: d(unit),
            cost,
            name: format!("Line {id}"),
            ..ItemTerms::default()
        },
        quantity: d(quantity),
        ..Line::new(LineId(id))
    }
}

pub fn margin_at_list(points: &str) -> CostBasis {
    CostBasis::MarginAtList(pct(points))
}

pub fn unit_cost(amount: &str) -> CostBasis {
    CostBasis::UnitCost(d(amount))
}

pub fn maintenance(id: u32, rate: &str, cost: CostBasis) -> Line {
    let mut line = line(id, LineKind::Maintenance, "1", "0", cost);
    line.terms.maintenance_rate = pct(rate);
    line
}

/// The worked example: licence 25 × 1,200.00 at 85 % margin; maintenance
/// 20 % of net licence per year at 70 % margin; implementation 80 h × 175.00 at
/// 95.00/h; three years; minimum margin 55 %; nice-price step 100.
pub fn worked_example() -> Deal {
    let mut deal = Deal::new(currency("USD"));
    deal.term_months = 36;
    deal.lines = vec![
        line(1, LineKind::OneTime, "25", "1200.00", margin_at_list("85")),
        maintenance(2, "20", margin_at_list("70")),
        line(3, LineKind::Service, "80", "175.00", unit_cost("95.00")),
    ];
    deal.floor.min_margin = Some(pct("55"));
    deal.nice_step = Some(d("100"));
    deal
}

pub fn scenario(lever: Lever) -> Scenario {
    Scenario {
        id: ScenarioId(1),
        name: "Scenario".to_string(),
        lever,
        overrides: Vec::new(),
    }
}

/// The options' deal: core licence 1,000 (cost 400), a Pro add-on 500 (cost 100)
/// and onboarding 300 (cost 120), all one-time, at a 40 % minimum margin.
pub fn options_deal() -> Deal {
    let mut deal = Deal::new(currency("USD"));
    deal.lines = vec![
        line(1, LineKind::OneTime, "1", "1000", unit_cost("400")),
        line(2, LineKind::OneTime, "1", "500", unit_cost("100")),
        line(3, LineKind::Service, "1", "300", unit_cost("120")),
    ];
    for (line, name) in deal
        .lines
        .iter_mut()
        .zip(["Core licence", "Pro add-on", "Onboarding"])
    {
        line.terms.name = name.into();
    }
    deal.floor.min_margin = Some(pct("40"));
    deal
}
