//! The scenario board: every scenario and the best offer of a deal, in one call.
//!
//! The app recalculates the whole board after each change; this is the function it
//! calls (and the one the benchmark measures).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::money::checked::{div, mul};
use crate::money::percent::{Percent, margin};
use crate::options::pricing::OptionFigures;
use crate::pricing::deal::{Deal, Lever, Scenario, ScenarioId};
use crate::pricing::error::PricingError;
use crate::pricing::solver::{BestOffer, best_offer_prepared};
use crate::pricing::{Evaluation, Prepared};

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
    /// The whole deal at list price (margin and markup at list, cost), or why it
    /// cannot be priced.
    pub at_list: Result<Evaluation, PricingError>,
    /// Each scenario, in board order.
    pub scenarios: Vec<ScenarioResult>,
    /// Price and margin against a uniform discount, for the chart (empty when the
    /// deal cannot be priced).
    pub curve: Vec<CurvePoint>,
    /// Each option of the offer, in the proposal's order (empty when it has none;
    /// [`crate::library::Library::board`] fills them).
    pub options: Vec<OptionFigures>,
}

/// One point of the price curve: a uniform deal discount and what it yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurvePoint {
    /// The deal discount asked for (lines stop at their caps).
    pub discount: Percent,
    /// Total over the term.
    pub net: Decimal,
    /// Margin over the term.
    pub margin: Option<Percent>,
}

/// Points on the curve (plus the origin).
const CURVE_SAMPLES: u32 = 10;

/// Recalculates every scenario and the best offer of `deal`.
///
/// Never fails as a whole: each column carries its own error, so one unreachable
/// target does not blank the rest of the board.
///
/// # Examples
/// ```
/// use best_offer_domain::pricing::board::recalculate;
/// use best_offer_domain::pricing::deal::*;
/// use best_offer_domain::{Currency, Percent};
/// use rust_decimal::Decimal;
///
/// let mut deal = Deal::new(Currency::USD);
/// deal.lines[0].terms.unit_list_price = Decimal::new(1000, 0);
/// deal.lines[0].terms.cost = CostBasis::UnitCost(Decimal::new(400, 0));
/// deal.floor.min_margin = Some(Percent::new(Decimal::new(20, 0))); // 400 / 0.8
/// let scenarios = [Scenario {
///     id: ScenarioId(1),
///     name: "List".into(),
///     lever: Lever::Discount(Percent::ZERO),
///     overrides: vec![],
/// }];
/// let board = recalculate(&deal, &scenarios);
/// assert_eq!(board.best.unwrap().evaluation.totals.net, Decimal::new(500, 0));
/// assert_eq!(board.scenarios[0].outcome.as_ref().unwrap().totals.net, Decimal::new(1000, 0));
/// ```
pub fn recalculate(deal: &Deal, scenarios: &[Scenario]) -> Board {
    // The deal is validated and reduced once for all columns.
    match Prepared::new(deal) {
        Ok(prepared) => {
            let best = best_offer_prepared(&prepared, deal);
            let at_list = prepared.evaluate(deal, Lever::Discount(Percent::ZERO), &[]);
            let scenarios: Vec<ScenarioResult> = scenarios
                .iter()
                .map(|scenario| ScenarioResult {
                    id: scenario.id,
                    outcome: prepared.evaluate(deal, scenario.lever, &scenario.overrides),
                })
                .collect();
            let curve = curve(&prepared, chart_range(&best, &scenarios));
            Board {
                best,
                at_list,
                scenarios,
                curve,
                options: Vec::new(),
            }
        }
        Err(error) => Board {
            best: Err(error.clone()),
            at_list: Err(error.clone()),
            scenarios: scenarios
                .iter()
                .map(|scenario| ScenarioResult {
                    id: scenario.id,
                    outcome: Err(error.clone()),
                })
                .collect(),
            curve: Vec::new(),
            options: Vec::new(),
        },
    }
}

/// The discount range the chart shows: past the deepest discount on the board and
/// past the floor's limit, in steps of 5 points, at least 0–20 %.
fn chart_range(best: &Result<BestOffer, PricingError>, scenarios: &[ScenarioResult]) -> Decimal {
    let mut deepest = Decimal::from(16_u32);
    let evaluations = best
        .iter()
        .map(|b| &b.evaluation)
        .chain(scenarios.iter().filter_map(|s| s.outcome.as_ref().ok()));
    for evaluation in evaluations {
        deepest = deepest
            .max(evaluation.totals.discount.points())
            .max(evaluation.floor.max_discount.points());
    }
    let padded = mul(deepest, Decimal::new(12, 1)).unwrap_or(Decimal::ONE_HUNDRED);
    let five = Decimal::from(5_u32);
    let stepped = div(padded, five)
        .map(|steps| steps.ceil())
        .and_then(|steps| mul(steps, five))
        .unwrap_or(Decimal::ONE_HUNDRED);
    stepped.min(Decimal::ONE_HUNDRED)
}

/// Round tick values for a price axis from 0 up to at least `max`: steps of 1, 2 or 5
/// times a power of ten (a $62,000 deal gets $10,000 steps), at most 8 steps.
///
/// # Examples
/// ```
/// use best_offer_domain::pricing::board::round_ticks;
/// use rust_decimal::Decimal;
/// let ticks = round_ticks(Decimal::new(62_000, 0));
/// assert_eq!(ticks.len(), 8);
/// assert_eq!(ticks[1], Decimal::new(10_000, 0));
/// assert_eq!(ticks[7], Decimal::new(70_000, 0));
/// assert_eq!(round_ticks(Decimal::new(1_000, 0))[1], Decimal::new(200, 0));
/// assert_eq!(round_ticks(Decimal::ZERO), vec![Decimal::ZERO]);
/// ```
pub fn round_ticks(max: Decimal) -> Vec<Decimal> {
    if max <= Decimal::ZERO {
        return vec![Decimal::ZERO];
    }
    let digits = max
        .trunc()
        .mantissa()
        .unsigned_abs()
        .checked_ilog10()
        .unwrap_or(0);
    // The candidate steps, smallest first: a tenth of the leading power of ten
    // times 1, 2 and 5, then the power itself times 1, 2, 5 and 10.
    let power = Decimal::from(10_u64.checked_pow(digits).unwrap_or(1));
    let tenth = power.checked_div(Decimal::TEN).unwrap_or(Decimal::ONE);
    let candidates = [1_u32, 2, 5]
        .into_iter()
        .filter_map(|m| tenth.checked_mul(Decimal::from(m)))
        .chain(
            [1_u32, 2, 5, 10]
                .into_iter()
                .filter_map(|m| power.checked_mul(Decimal::from(m))),
        );
    for step in candidates.filter(|step| !step.is_zero()) {
        let Some(steps) = max.checked_div(step).map(|n| n.ceil()) else {
            continue;
        };
        if let Some(count) = steps.to_u32().filter(|count| *count <= 8) {
            return (0..=count)
                .filter_map(|i| step.checked_mul(Decimal::from(i)))
                .collect();
        }
    }
    vec![Decimal::ZERO, max]
}

fn curve(prepared: &Prepared, range: Decimal) -> Vec<CurvePoint> {
    // Nothing to draw before the deal has a list price.
    if prepared.list_total.is_zero() {
        return Vec::new();
    }
    // Only the total and the margin are drawn, so each point prices the lines and
    // nothing more (no per-line figures, floor or approval).
    let no_overrides: Vec<Option<Decimal>> = vec![None; prepared.lines.len()];
    (0..=CURVE_SAMPLES)
        .filter_map(|i| {
            let share = div(Decimal::from(i), Decimal::from(CURVE_SAMPLES)).ok()?;
            let discount = Percent::new(mul(range, share).ok()?);
            let plan = prepared.uniform_plan(discount.fraction().ok()?, &no_overrides);
            let net = prepared.total(&plan).ok()?;
            Some(CurvePoint {
                discount,
                net,
                margin: margin(net, prepared.cost_total).ok()?,
            })
        })
        .collect()
}
