//! The scenario board: every scenario and the best offer of a deal, in one call.
//!
//! The app recalculates the whole board after each change; this is the function it
//! calls (and the one the benchmark measures).

use crate::deal::{Deal, Scenario, ScenarioId};
use crate::error::PricingError;
use crate::pricing::{Evaluation, Prepared};
use crate::solver::{BestOffer, best_offer_prepared};

/// The result of one scenario on the board: its figures, or why there are none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioResult {
    /// Which scenario.
    pub id: ScenarioId,
    /// Its figures, or the error to show in its column.
    pub outcome: Result<Evaluation, PricingError>,
}

/// Every figure of the board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    /// The best offer, or why there is none.
    pub best: Result<BestOffer, PricingError>,
    /// Each scenario, in board order.
    pub scenarios: Vec<ScenarioResult>,
}

/// Recalculates every scenario and the best offer of `deal`.
///
/// Never fails as a whole: each column carries its own error, so one unreachable
/// target does not blank the rest of the board.
///
/// # Examples
/// ```
/// use best_offer_domain::board::recalculate;
/// use best_offer_domain::deal::*;
/// use best_offer_domain::{Currency, Percent};
/// use rust_decimal::Decimal;
///
/// let mut deal = Deal::new(Currency::USD);
/// deal.lines[0].unit_list_price = Decimal::new(1000, 0);
/// deal.lines[0].cost = CostBasis::UnitCost(Decimal::new(400, 0));
/// let scenarios = [Scenario {
///     id: ScenarioId(1),
///     name: "List".into(),
///     lever: Lever::Discount(Percent::ZERO),
///     overrides: vec![],
/// }];
/// let board = recalculate(&deal, &scenarios);
/// assert_eq!(board.best.unwrap().evaluation.totals.net, Decimal::new(400, 0));
/// assert_eq!(board.scenarios[0].outcome.as_ref().unwrap().totals.net, Decimal::new(1000, 0));
/// ```
pub fn recalculate(deal: &Deal, scenarios: &[Scenario]) -> Board {
    // The deal is validated and reduced once for all columns.
    match Prepared::new(deal) {
        Ok(prepared) => Board {
            best: best_offer_prepared(&prepared, deal),
            scenarios: scenarios
                .iter()
                .map(|scenario| ScenarioResult {
                    id: scenario.id,
                    outcome: prepared.evaluate(deal, scenario.lever, &scenario.overrides),
                })
                .collect(),
        },
        Err(error) => Board {
            best: Err(error.clone()),
            scenarios: scenarios
                .iter()
                .map(|scenario| ScenarioResult {
                    id: scenario.id,
                    outcome: Err(error.clone()),
                })
                .collect(),
        },
    }
}
