//! Scenario evaluation: from a deal and a lever to every figure a rep needs.
//!
//! In three phases, one module each: `prepare` checks the deal and reduces it to
//! the figures the calculations need (list and cost per line and over the term,
//! maintenance, caps, the floor); `plan` decides how each line is discounted (one
//! discount, per-line overrides, or the uniform discount that reaches a target);
//! `land` rounds the plan into line figures, lands a target exactly and sums the
//! totals. This module holds the figures' types and the entry points.
//!
//! # The rounding point
//! Rounding happens in one place, [`LineFigures`]: each line's amount per billing
//! period (and its amount over the term) is rounded to the currency's minor units,
//! half away from zero. Every total is a sum of rounded line amounts, so the lines
//! printed on the offer always add up to the printed totals. Only the tax is rounded
//! on its own: once on the rounded total, or line by line on the rounded line
//! amounts, as the deal says ([`tax::TaxRounding`]).
//!
//! # How a target is reached
//! A target price (or the price for a target margin) is spread over the lines as one
//! uniform discount, solved exactly on the piecewise-linear price curve that per-line
//! caps make. Rounding each line can leave the sum a few minor units off, so the
//! remainder is put on one one-time line, which lands the total exactly on target.
//! A deal with no adjustable one-time line (a pure subscription, where one minor unit
//! per month moves the term total by the number of months) lands on the nearest
//! total at or above the target, and says so in [`Evaluation::target_gap`].

pub mod approval;
pub mod board;
pub(crate) mod change;
pub mod deal;
pub mod error;
mod land;
mod plan;
mod prepare;
pub mod solver;
pub mod tax;

pub(crate) use plan::LinePlan;
pub(crate) use prepare::{Prepared, PreparedLine};

use rust_decimal::Decimal;

use crate::limits::{MAX_MONEY, MAX_QUANTITY, MAX_TERM_MONTHS};
use crate::money::checked::{
    add, div, fraction_of_percent, minor_unit, mul, round_half_away, round_up, sub, sum,
};
use crate::money::percent::{Percent, margin, markup, price_for_margin};
use crate::pricing::deal::{
    CostBasis, Deal, Lever, Line, LineId, LineKind, LineOverride, Scenario,
};
use crate::pricing::error::{DealProblem, LineProblem, PricingError, Unreachable};

/// Figures of one line in one scenario. Internal figures (cost, margin) included:
/// this is the rep's view, never the customer's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineFigures {
    /// The line.
    pub id: LineId,
    /// How it is charged.
    pub kind: LineKind,
    /// Quantity (1 for maintenance).
    pub quantity: Decimal,
    /// Unit list price (per period; for maintenance the yearly list amount).
    pub unit_list_price: Decimal,
    /// List amount per billing period (once, per year or per month), rounded.
    pub list_per_period: Decimal,
    /// Net amount per billing period, rounded: the rounding point.
    pub net_per_period: Decimal,
    /// Billing periods in the term (1 for one-time lines, months or years otherwise).
    pub periods: Decimal,
    /// List amount over the term.
    pub list_term: Decimal,
    /// Net amount over the term.
    pub net_term: Decimal,
    /// Discount in money over the term.
    pub discount_amount: Decimal,
    /// Cost over the term.
    pub cost_term: Decimal,
    /// Net over the term minus cost.
    pub gross_profit: Decimal,
    /// Whether the line's own cap (or not being discountable) held its discount back.
    pub capped: bool,
}

// The percentages of a line are computed on demand: a board of 200 lines × 7
// columns would otherwise spend most of its time in divisions nobody looks at.
impl LineFigures {
    /// Discount against list (zero for a zero list price).
    pub fn discount(&self) -> Percent {
        if self.list_per_period.is_zero() {
            return Percent::ZERO;
        }
        div(self.net_per_period, self.list_per_period)
            .and_then(|share| sub(Decimal::ONE, share))
            .and_then(Percent::from_fraction)
            .unwrap_or(Percent::ZERO)
    }

    /// Margin over the term (`None` for a zero price).
    pub fn margin(&self) -> Option<Percent> {
        margin(self.net_term, self.cost_term).ok().flatten()
    }

    /// Markup over the term (`None` for a zero cost).
    pub fn markup(&self) -> Option<Percent> {
        markup(self.net_term, self.cost_term).ok().flatten()
    }
}

/// Totals of one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    /// List price over the term.
    pub list: Decimal,
    /// Net price over the term: the total contract value (TCV), before tax.
    pub net: Decimal,
    /// One-time lines (licences, hardware, services), net.
    pub one_time: Decimal,
    /// Recurring lines per year, net (monthly lines × 12).
    pub recurring_per_year: Decimal,
    /// What the first year costs the customer: one-time plus the first year of
    /// recurring lines (or the whole term when it is shorter).
    pub first_year: Decimal,
    /// Discount against list over the term.
    pub discount: Percent,
    /// Discount in money over the term.
    pub discount_amount: Decimal,
    /// Cost over the term.
    pub cost: Decimal,
    /// Net minus cost.
    pub gross_profit: Decimal,
    /// Margin over the term.
    pub margin: Option<Percent>,
    /// Markup over the term.
    pub markup: Option<Percent>,
    /// Tax on the net total.
    pub tax: Decimal,
    /// Net total plus tax.
    pub net_with_tax: Decimal,
}

/// Which rule sets the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloorBasis {
    /// cost / (1 − minimum margin).
    MinimumMargin,
    /// The walk-away price.
    WalkAway,
    /// Nothing set: the floor is the cost (never sell at a loss).
    Cost,
}

/// The floor and where a scenario stands against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FloorFigures {
    /// Lowest acceptable total over the term, rounded *up* to minor units.
    pub price: Decimal,
    /// Which rule set it.
    pub basis: FloorBasis,
    /// Largest uniform discount the floor allows: 1 − floor / list.
    pub max_discount: Percent,
    /// Net minus floor, in money (negative below the floor).
    pub headroom: Decimal,
    /// Extra discount still possible, in percentage points (negative below the floor).
    pub headroom_points: Decimal,
    /// Whether the scenario is below the floor.
    pub below_floor: bool,
    /// Whether the rep set a floor on purpose ([`Deal::floor_is_set`]): without
    /// one, `price` is the cost, and the headroom is not a room above any floor.
    pub set: bool,
}

/// Where a scenario stands against the floor, as the board says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloorStanding {
    /// At or above a floor the rep set.
    Keeps,
    /// Below a floor the rep set.
    Below,
    /// Below the cost (said whether or not a floor is set: never sell at a loss
    /// unknowingly).
    BelowCost,
    /// No floor set on purpose: cost alone is not a floor, so nothing is claimed.
    NotSet,
}

impl FloorFigures {
    /// Where the scenario stands.
    pub fn standing(&self) -> FloorStanding {
        match (self.set, self.below_floor, self.basis) {
            (_, true, FloorBasis::Cost) => FloorStanding::BelowCost,
            (false, _, _) => FloorStanding::NotSet,
            (true, true, _) => FloorStanding::Below,
            (true, false, _) => FloorStanding::Keeps,
        }
    }

    /// The room above the floor in money and in discount points, or `None` while
    /// no floor is set (a room above cost is not a room above a floor).
    pub fn headroom_if_set(&self) -> Option<(Decimal, Decimal)> {
        self.set.then_some((self.headroom, self.headroom_points))
    }
}

/// Everything computed for one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// Per line, in deal order.
    pub lines: Vec<LineFigures>,
    /// Totals.
    pub totals: Totals,
    /// The floor and the headroom.
    pub floor: FloorFigures,
    /// Who must approve this discount (`None` when the deal has no bands).
    pub approval: Option<String>,
    /// For a target price or margin: how far above the target the total landed
    /// (zero when exact; see the module docs).
    pub target_gap: Decimal,
}

/// Evaluates a scenario of a deal.
///
/// # Errors
/// A [`PricingError`] for an empty deal, invalid values (named by line), a zero list
/// price, an unreachable target, or figures too large to compute.
///
/// # Examples
/// ```
/// use best_offer_domain::pricing::deal::*;
/// use best_offer_domain::{pricing::evaluate, Currency, Percent};
/// use rust_decimal::Decimal;
///
/// let mut deal = Deal::new(Currency::from_code("USD").unwrap());
/// deal.lines[0].terms.unit_list_price = Decimal::new(1000, 0);
/// deal.lines[0].terms.cost = CostBasis::MarginAtList(Percent::new(Decimal::new(80, 0)));
/// let scenario = Scenario {
///     id: ScenarioId(1),
///     name: "Good deal".into(),
///     lever: Lever::Discount(Percent::new(Decimal::new(15, 0))),
///     overrides: vec![],
/// };
/// let result = evaluate(&deal, &scenario).unwrap();
/// assert_eq!(result.totals.net, Decimal::new(850, 0));
/// assert_eq!(result.totals.cost, Decimal::new(200, 0));
/// ```
pub fn evaluate(deal: &Deal, scenario: &Scenario) -> Result<Evaluation, PricingError> {
    evaluate_lever(deal, scenario.lever, &scenario.overrides)
}

/// Evaluates a lever with optional per-line overrides (see [`evaluate`]).
///
/// # Errors
/// As [`evaluate`].
///
/// # Examples
/// ```
/// use best_offer_domain::pricing::deal::*;
/// use best_offer_domain::{pricing::evaluate_lever, Currency, Percent};
/// use rust_decimal::Decimal;
/// let mut deal = Deal::new(Currency::USD);
/// deal.lines[0].terms.unit_list_price = Decimal::new(1000, 0);
/// let keep_line = [LineOverride { line: LineId(1), discount: Percent::ZERO }];
/// let result = evaluate_lever(&deal, Lever::TargetPrice(Decimal::new(900, 0)), &[]).unwrap();
/// assert_eq!(result.totals.net, Decimal::new(900, 0));
/// assert!(evaluate_lever(&deal, Lever::TargetPrice(Decimal::new(900, 0)), &keep_line).is_err());
/// ```
pub fn evaluate_lever(
    deal: &Deal,
    lever: Lever,
    overrides: &[LineOverride],
) -> Result<Evaluation, PricingError> {
    Prepared::new(deal)?.evaluate(deal, lever, overrides)
}

impl Prepared {
    /// Evaluates a lever on an already prepared deal (see [`evaluate_lever`]).
    pub(crate) fn evaluate(
        &self,
        deal: &Deal,
        lever: Lever,
        overrides: &[LineOverride],
    ) -> Result<Evaluation, PricingError> {
        let prepared = self;
        let fixed = prepared.overridden(overrides)?;
        match lever {
            Lever::Discount(discount) => {
                let d = checked_discount(discount, DealProblem::ScenarioDiscountRange)?;
                let plan = prepared.uniform_plan(d, &fixed);
                prepared.finish(deal, &plan, None)
            }
            Lever::TargetPrice(target) => {
                if target < Decimal::ZERO || target > MAX_MONEY {
                    return Err(PricingError::InvalidDeal(DealProblem::TargetPriceRange));
                }
                let plan = prepared.plan_for_target(target, &fixed)?;
                prepared.finish(deal, &plan, Some(target))
            }
            Lever::TargetMargin(target_margin) => {
                if target_margin.points() >= Decimal::ONE_HUNDRED {
                    return Err(PricingError::InvalidDeal(
                        DealProblem::TargetMarginNotBelow100,
                    ));
                }
                let target = round_up(
                    price_for_margin(prepared.cost_total, target_margin)?,
                    prepared.minor,
                );
                let plan = prepared.plan_for_target(target, &fixed)?;
                prepared.finish(deal, &plan, Some(target))
            }
        }
    }
}

fn checked_discount(discount: Percent, problem: DealProblem) -> Result<Decimal, PricingError> {
    let points = discount.points();
    if points < Decimal::ZERO || points > Decimal::ONE_HUNDRED {
        return Err(PricingError::InvalidDeal(problem));
    }
    fraction_of_percent(points)
}

fn invalid(line: usize, problem: LineProblem) -> PricingError {
    PricingError::InvalidLine { line, problem }
}

/// The approver a deal discount needs: the smallest band that covers it.
///
/// # Examples
/// ```
/// use best_offer_domain::{pricing::deal::Deal, pricing::approval_for, Currency, Percent};
/// use rust_decimal::Decimal;
/// let deal = Deal::new(Currency::USD); // up to 10 %: rep; up to 20 %: manager; above: director
/// assert_eq!(approval_for(&deal, Percent::new(Decimal::new(15, 0))).as_deref(), Some("Sales manager"));
/// assert_eq!(approval_for(&deal, Percent::new(Decimal::new(25, 0))).as_deref(), Some("Sales director"));
/// ```
pub fn approval_for(deal: &Deal, discount: Percent) -> Option<String> {
    if deal.approval.bands.is_empty() {
        return None;
    }
    deal.approval
        .bands
        .iter()
        .filter(|band| discount <= band.up_to)
        .min_by(|a, b| a.up_to.cmp(&b.up_to))
        .map(|band| band.approver.clone())
        .or_else(|| Some(deal.approval.above.clone()))
}
