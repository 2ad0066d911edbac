//! Scenario evaluation: from a deal and a lever to every figure a rep needs.
//!
//! # The rounding point
//! Rounding happens in one place, [`LineFigures`]: each line's amount per billing
//! period (and its amount over the term) is rounded to the currency's minor units,
//! half away from zero. Every total is a sum of rounded line amounts, so the lines
//! printed on the offer always add up to the printed totals. Only the tax, a single
//! figure computed on the rounded total, is rounded on its own.
//!
//! # How a target is reached
//! A target price (or the price for a target margin) is spread over the lines as one
//! uniform discount, solved exactly on the piecewise-linear price curve that per-line
//! caps make. Rounding each line can leave the sum a few minor units off, so the
//! remainder is put on one one-time line, which lands the total exactly on target.
//! A deal with no adjustable one-time line (a pure subscription, where one minor unit
//! per month moves the term total by the number of months) lands on the nearest
//! total at or above the target, and says so in [`Evaluation::target_gap`].

use rust_decimal::Decimal;

use crate::checked::{
    add, div, fraction_of_percent, minor_unit, mul, round_half_away, round_up, sub, sum,
};
use crate::deal::{CostBasis, Deal, Lever, LineId, LineKind, LineOverride, Scenario};
use crate::error::PricingError;
use crate::limits::{
    MAX_MONEY, MAX_MONEY_TEXT, MAX_QUANTITY, MAX_QUANTITY_TEXT, MAX_TERM_MONTHS,
    MAX_TERM_MONTHS_TEXT,
};
use crate::percent::{Percent, margin, markup, price_for_margin};

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
/// use best_offer_domain::deal::*;
/// use best_offer_domain::{pricing::evaluate, Currency, Percent};
/// use rust_decimal::Decimal;
///
/// let mut deal = Deal::new(Currency::from_code("USD").unwrap());
/// deal.lines[0].unit_list_price = Decimal::new(1000, 0);
/// deal.lines[0].cost = CostBasis::MarginAtList(Percent::new(Decimal::new(80, 0)));
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
/// use best_offer_domain::deal::*;
/// use best_offer_domain::{pricing::evaluate_lever, Currency, Percent};
/// use rust_decimal::Decimal;
/// let mut deal = Deal::new(Currency::USD);
/// deal.lines[0].unit_list_price = Decimal::new(1000, 0);
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
                let d = checked_discount(discount, "The scenario's discount")?;
                let plan = prepared.uniform_plan(d, &fixed);
                prepared.finish(deal, &plan, None)
            }
            Lever::TargetPrice(target) => {
                if target < Decimal::ZERO || target > MAX_MONEY {
                    return Err(PricingError::InvalidDeal(format!(
                        "The target price must be between 0 and {MAX_MONEY_TEXT}."
                    )));
                }
                let plan = prepared.plan_for_target(target, &fixed)?;
                prepared.finish(deal, &plan, Some(target))
            }
            Lever::TargetMargin(target_margin) => {
                if target_margin.points() >= Decimal::ONE_HUNDRED {
                    return Err(PricingError::InvalidDeal(
                        "The target margin must be below 100 %.".to_string(),
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

/// The floor of a deal over the term, exact (not rounded), and what sets it.
///
/// # Errors
/// As [`evaluate`].
///
/// # Examples
/// ```
/// use best_offer_domain::deal::*;
/// use best_offer_domain::pricing::{floor_of, FloorBasis};
/// use best_offer_domain::{Currency, Percent};
/// use rust_decimal::Decimal;
/// let mut deal = Deal::new(Currency::USD);
/// deal.lines[0].unit_list_price = Decimal::new(1000, 0);
/// deal.lines[0].cost = CostBasis::UnitCost(Decimal::new(450, 0));
/// deal.floor.min_margin = Some(Percent::new(Decimal::new(55, 0)));
/// assert_eq!(floor_of(&deal).unwrap(), (Decimal::new(1000, 0), FloorBasis::MinimumMargin));
/// ```
pub fn floor_of(deal: &Deal) -> Result<(Decimal, FloorBasis), PricingError> {
    Prepared::new(deal).map(|prepared| prepared.floor)
}

/// How one line is priced in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LinePlan {
    /// A discount fraction (0..=1) on the list amount, then rounded.
    Discount(Decimal),
    /// An exact net amount per period, already at minor units.
    Net(Decimal),
}

/// A deal validated and reduced to the figures the calculations need.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub(crate) minor: u32,
    pub(crate) lines: Vec<PreparedLine>,
    /// List total over the term.
    pub(crate) list_total: Decimal,
    /// Cost over the term.
    pub(crate) cost_total: Decimal,
    /// The exact floor and what sets it.
    pub(crate) floor: (Decimal, FloorBasis),
    /// Term total at every line's deepest discount, computed once when needed.
    deepest_total: std::cell::OnceCell<Result<Decimal, PricingError>>,
}

#[derive(Debug)]
pub(crate) struct PreparedLine {
    pub(crate) id: LineId,
    pub(crate) kind: LineKind,
    pub(crate) quantity: Decimal,
    pub(crate) unit_list: Decimal,
    pub(crate) list_per_period: Decimal,
    pub(crate) periods: Decimal,
    pub(crate) cost_per_period: Decimal,
    /// Largest discount fraction (0 when not discountable); 0 for maintenance.
    pub(crate) cap: Decimal,
    /// Maintenance: yearly rate (fraction) and the indexes of covered lines.
    pub(crate) maintenance: Option<(Decimal, Vec<usize>)>,
    /// Σ over maintenance lines covering this line of rate × their periods: how much
    /// one unit of this line's net adds to the term total through maintenance.
    pub(crate) maintenance_factor: Decimal,
    /// Lowest net per period the cap allows (rounded up, so never past the cap).
    pub(crate) lowest: Decimal,
    /// List amount over the term, rounded.
    pub(crate) list_term: Decimal,
    /// Cost over the term, rounded.
    pub(crate) cost_term: Decimal,
}

fn checked_discount(discount: Percent, what: &str) -> Result<Decimal, PricingError> {
    let points = discount.points();
    if points < Decimal::ZERO || points > Decimal::ONE_HUNDRED {
        return Err(PricingError::InvalidDeal(format!(
            "{what} must be between 0 % and 100 %."
        )));
    }
    fraction_of_percent(points)
}

fn invalid(line: usize, problem: &str) -> PricingError {
    PricingError::InvalidLine {
        line,
        problem: problem.to_string(),
    }
}

impl Prepared {
    pub(crate) fn new(deal: &Deal) -> Result<Prepared, PricingError> {
        if deal.lines.is_empty() {
            return Err(PricingError::EmptyDeal);
        }
        if deal.term_months == 0 || deal.term_months > MAX_TERM_MONTHS {
            return Err(PricingError::InvalidDeal(format!(
                "The term must be between 1 and {MAX_TERM_MONTHS_TEXT} months."
            )));
        }
        let minor = deal.currency.minor_units();
        let term = Decimal::from(deal.term_months);
        let years = div(term, Decimal::from(12_u32))?;
        let mut lines = Vec::with_capacity(deal.lines.len());
        // First pass: every line but maintenance, whose price depends on the others.
        for (index, line) in deal.lines.iter().enumerate() {
            let position = index.saturating_add(1);
            let is_maintenance = line.kind == LineKind::Maintenance;
            let quantity = if is_maintenance {
                Decimal::ONE
            } else {
                line.quantity
            };
            if quantity <= Decimal::ZERO {
                return Err(invalid(position, "the quantity must be more than 0."));
            }
            if quantity > MAX_QUANTITY {
                return Err(invalid(
                    position,
                    &format!("the quantity is larger than {MAX_QUANTITY_TEXT}."),
                ));
            }
            if !is_maintenance && line.unit_list_price < Decimal::ZERO {
                return Err(invalid(position, "the list price can't be negative."));
            }
            if !is_maintenance && line.unit_list_price > MAX_MONEY {
                return Err(invalid(position, "the list price is too large."));
            }
            let cap = match line.max_discount {
                _ if is_maintenance || !line.discountable => Decimal::ZERO,
                None => Decimal::ONE,
                Some(cap) => checked_discount(cap, "The maximum discount")
                    .map_err(|_| invalid(position, "the maximum discount must be 0–100 %."))?,
            };
            let periods = match line.kind {
                LineKind::OneTime | LineKind::Service => Decimal::ONE,
                LineKind::RecurringMonthly => term,
                LineKind::RecurringYearly | LineKind::Maintenance => years,
            };
            let unit_list = if is_maintenance {
                Decimal::ZERO
            } else {
                line.unit_list_price
            };
            let list_per_period = round_half_away(mul(quantity, unit_list)?, minor);
            lines.push(PreparedLine {
                id: line.id,
                kind: line.kind,
                quantity,
                unit_list,
                list_per_period,
                periods,
                cost_per_period: Decimal::ZERO,
                cap,
                maintenance: None,
                maintenance_factor: Decimal::ZERO,
                lowest: Decimal::ZERO,
                list_term: Decimal::ZERO,
                cost_term: Decimal::ZERO,
            });
        }
        // Second pass: maintenance amounts, then costs (a margin at list needs the
        // maintenance list amount).
        for (index, line) in deal.lines.iter().enumerate() {
            let position = index.saturating_add(1);
            if line.kind == LineKind::Maintenance {
                let rate = line.maintenance_rate.points();
                if rate < Decimal::ZERO || rate > Decimal::ONE_HUNDRED {
                    return Err(invalid(position, "the maintenance rate must be 0–100 %."));
                }
                let rate = fraction_of_percent(rate)?;
                let covered = covered_indexes(deal, line.covers.as_slice(), position)?;
                let covered_list = sum(covered
                    .iter()
                    .filter_map(|i| lines.get(*i))
                    .map(|l| l.list_per_period))?;
                let list = round_half_away(mul(rate, covered_list)?, minor);
                let periods = lines.get(index).map_or(Decimal::ONE, |l| l.periods);
                for i in &covered {
                    if let Some(covered_line) = lines.get_mut(*i) {
                        covered_line.maintenance_factor =
                            add(covered_line.maintenance_factor, mul(rate, periods)?)?;
                    }
                }
                if let Some(prepared) = lines.get_mut(index) {
                    prepared.list_per_period = list;
                    prepared.unit_list = list;
                    prepared.maintenance = Some((rate, covered));
                }
            }
            let prepared = lines
                .get_mut(index)
                .ok_or_else(|| invalid(position, "internal line mismatch."))?;
            prepared.cost_per_period = match line.cost {
                CostBasis::UnitCost(cost) => {
                    if cost < Decimal::ZERO {
                        return Err(invalid(position, "the cost can't be negative."));
                    }
                    if cost > MAX_MONEY {
                        return Err(invalid(position, "the cost is too large."));
                    }
                    round_half_away(mul(prepared.quantity, cost)?, minor)
                }
                CostBasis::MarginAtList(margin_at_list) => {
                    if margin_at_list.points() >= Decimal::ONE_HUNDRED {
                        return Err(invalid(position, "the margin must be below 100 %."));
                    }
                    let keep = sub(Decimal::ONE, margin_at_list.fraction()?)?;
                    round_half_away(mul(prepared.list_per_period, keep)?, minor)
                }
            };
        }
        let mut list_total = Decimal::ZERO;
        let mut cost_total = Decimal::ZERO;
        for line in &mut lines {
            line.lowest = round_up(
                mul(line.list_per_period, sub(Decimal::ONE, line.cap)?)?,
                minor,
            )
            .min(line.list_per_period);
            line.list_term = round_half_away(mul(line.list_per_period, line.periods)?, minor);
            line.cost_term = round_half_away(mul(line.cost_per_period, line.periods)?, minor);
            list_total = add(list_total, line.list_term)?;
            cost_total = add(cost_total, line.cost_term)?;
        }
        let floor = floor_for(deal, cost_total)?;
        Ok(Prepared {
            minor,
            lines,
            list_total,
            cost_total,
            floor,
            deepest_total: std::cell::OnceCell::new(),
        })
    }

    /// Discount fractions fixed by overrides, by line index.
    fn overridden(&self, overrides: &[LineOverride]) -> Result<Vec<Option<Decimal>>, PricingError> {
        let mut fixed = vec![None; self.lines.len()];
        for entry in overrides {
            let d = checked_discount(entry.discount, "A line's override discount")?;
            if let Some(index) = self.lines.iter().position(|l| l.id == entry.line)
                && let Some(slot) = fixed.get_mut(index)
            {
                *slot = Some(d);
            }
        }
        Ok(fixed)
    }

    /// The same discount on every line, limited by caps; overrides win.
    pub(crate) fn uniform_plan(&self, d: Decimal, fixed: &[Option<Decimal>]) -> Vec<LinePlan> {
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let wanted = fixed.get(i).copied().flatten().unwrap_or(d);
                LinePlan::Discount(wanted.min(line.cap))
            })
            .collect()
    }

    /// Prices every line under `plan`, rounded: (net per period, net over term).
    pub(crate) fn nets(&self, plan: &[LinePlan]) -> Result<Vec<(Decimal, Decimal)>, PricingError> {
        let mut per_period = Vec::with_capacity(self.lines.len());
        for (line, step) in self.lines.iter().zip(plan) {
            let net = match *step {
                LinePlan::Net(net) => net,
                LinePlan::Discount(d) => {
                    let net = round_half_away(
                        mul(line.list_per_period, sub(Decimal::ONE, d)?)?,
                        self.minor,
                    );
                    // Rounding must never take a line past its cap.
                    net.max(Self::net_bounds(line).0)
                }
            };
            per_period.push(net);
        }
        // Maintenance follows the *net* price of what it covers.
        for (index, line) in self.lines.iter().enumerate() {
            if let Some((rate, covered)) = &line.maintenance {
                let covered_net = sum(covered.iter().filter_map(|i| per_period.get(*i)).copied())?;
                if let Some(slot) = per_period.get_mut(index) {
                    *slot = round_half_away(mul(*rate, covered_net)?, self.minor);
                }
            }
        }
        self.lines
            .iter()
            .zip(per_period)
            .map(|(line, net)| Ok((net, round_half_away(mul(net, line.periods)?, self.minor))))
            .collect()
    }

    /// Net total over the term under `plan`.
    pub(crate) fn total(&self, plan: &[LinePlan]) -> Result<Decimal, PricingError> {
        sum(self.nets(plan)?.into_iter().map(|(_, term)| term))
    }

    /// Weight of a line in the term total: list × (periods + maintenance factor).
    fn weight(line: &PreparedLine) -> Result<Decimal, PricingError> {
        mul(
            line.list_per_period,
            add(line.periods, line.maintenance_factor)?,
        )
    }

    /// A plan whose term total is exactly `target` (or the nearest above it).
    pub(crate) fn plan_for_target(
        &self,
        target: Decimal,
        fixed: &[Option<Decimal>],
    ) -> Result<Vec<LinePlan>, PricingError> {
        let no_overrides = fixed.iter().all(Option::is_none);
        let at_list = if no_overrides {
            self.list_total
        } else {
            self.total(&self.uniform_plan(Decimal::ZERO, fixed))?
        };
        if target > at_list {
            return Err(PricingError::Unreachable(
                "The target is above the list price; a scenario can only discount.".to_string(),
            ));
        }
        let deepest = if no_overrides {
            self.deepest_total()?
        } else {
            self.total(&self.uniform_plan(Decimal::ONE, fixed))?
        };
        if target < deepest {
            return Err(PricingError::Unreachable(
                "That price is below what the lines' discount caps allow.".to_string(),
            ));
        }
        let d = self.solve_uniform_discount(target, fixed)?;
        let mut plan = self.uniform_plan(d, fixed);
        self.land_on(target, &mut plan, fixed)?;
        Ok(plan)
    }

    /// The uniform discount fraction whose unrounded term total equals `target`.
    fn solve_uniform_discount(
        &self,
        target: Decimal,
        fixed: &[Option<Decimal>],
    ) -> Result<Decimal, PricingError> {
        // Price(d) = everything at list − Σ free weight × min(d, cap) − Σ fixed weight × d_fixed.
        let mut at_list = Decimal::ZERO;
        let mut fixed_reduction = Decimal::ZERO;
        let mut free: Vec<(Decimal, Decimal)> = Vec::new(); // (cap, weight)
        for (i, line) in self.lines.iter().enumerate() {
            if line.maintenance.is_some() {
                continue; // its weight is carried by the lines it covers
            }
            let weight = Self::weight(line)?;
            at_list = add(at_list, weight)?;
            match fixed.get(i).copied().flatten() {
                Some(d) => fixed_reduction = add(fixed_reduction, mul(weight, d.min(line.cap))?)?,
                None if line.cap > Decimal::ZERO && weight > Decimal::ZERO => {
                    free.push((line.cap, weight));
                }
                None => {}
            }
        }
        let needed = sub(sub(at_list, fixed_reduction)?, target)?;
        if needed <= Decimal::ZERO {
            return Ok(Decimal::ZERO);
        }
        free.sort_by_key(|entry| entry.0);
        let mut reduced_by_capped = Decimal::ZERO;
        let mut active_weight = sum(free.iter().map(|(_, w)| *w))?;
        for (cap, weight) in &free {
            if active_weight > Decimal::ZERO {
                let d = div(sub(needed, reduced_by_capped)?, active_weight)?;
                if d <= *cap {
                    return Ok(d.max(Decimal::ZERO));
                }
            }
            reduced_by_capped = add(reduced_by_capped, mul(*weight, *cap)?)?;
            active_weight = sub(active_weight, *weight)?;
        }
        // Only rounding separates the target from the deepest discount the caps
        // allow (checked by the caller): the deepest discount it is.
        Ok(free.last().map_or(Decimal::ZERO, |(cap, _)| *cap))
    }

    /// The lowest and highest net per period a line may take (cap and list price).
    fn net_bounds(line: &PreparedLine) -> (Decimal, Decimal) {
        (line.lowest, line.list_per_period)
    }

    /// Term total with every line at its deepest discount (no overrides), cached.
    pub(crate) fn deepest_total(&self) -> Result<Decimal, PricingError> {
        self.deepest_total
            .get_or_init(|| self.total(&self.uniform_plan(Decimal::ONE, &[])))
            .clone()
    }

    fn unit(&self) -> Decimal {
        minor_unit(self.minor)
    }

    /// Moves the rounding remainder onto one line so the total lands on `target`;
    /// where that is impossible, nudges lines up until the total is at or above it.
    fn land_on(
        &self,
        target: Decimal,
        plan: &mut [LinePlan],
        fixed: &[Option<Decimal>],
    ) -> Result<(), PricingError> {
        let unit = self.unit();
        let is_free = |i: usize, line: &PreparedLine| {
            line.maintenance.is_none()
                && fixed.get(i).copied().flatten().is_none()
                && line.cap > Decimal::ZERO
        };
        // 1. An adjustable one-time line takes the remainder; prefer one no
        //    maintenance follows (then the remainder moves nothing else).
        let mut candidates: Vec<usize> = self
            .lines
            .iter()
            .enumerate()
            .filter(|(i, line)| is_free(*i, line) && line.periods == Decimal::ONE)
            .map(|(i, _)| i)
            .collect();
        sort_indexes(&mut candidates, &|a, b| {
            let (la, lb) = (self.lines.get(a), self.lines.get(b));
            let key = |l: Option<&PreparedLine>| {
                l.map_or((true, std::cmp::Reverse(Decimal::ZERO)), |l| {
                    (
                        l.maintenance_factor > Decimal::ZERO,
                        std::cmp::Reverse(l.list_per_period),
                    )
                })
            };
            key(la).cmp(&key(lb))
        });
        // Lines billed over several periods, or followed by maintenance, move the
        // total in steps larger than one minor unit; they shift when the one-time
        // lines cannot take the remainder.
        let mut stepped: Vec<usize> = self
            .lines
            .iter()
            .enumerate()
            .filter(|(i, line)| {
                is_free(*i, line)
                    && (line.periods != Decimal::ONE || line.maintenance_factor > Decimal::ZERO)
            })
            .map(|(i, _)| i)
            .collect();
        sort_indexes(&mut stepped, &|a, b| {
            let step = |i: usize| {
                self.lines
                    .get(i)
                    .map(|l| add(l.periods, l.maintenance_factor).ok())
            };
            step(a).cmp(&step(b))
        });
        for _ in 0..12 {
            let nets = self.nets(plan)?;
            let total = sum(nets.iter().map(|(_, t)| *t))?;
            let gap = sub(target, total)?;
            if gap.is_zero() {
                return Ok(());
            }
            let mut moved = false;
            for &i in &candidates {
                let (Some(line), Some((net, _))) = (self.lines.get(i), nets.get(i)) else {
                    continue;
                };
                let share = round_half_away(
                    div(gap, add(Decimal::ONE, line.maintenance_factor)?)?,
                    self.minor,
                );
                let (lowest, highest) = Self::net_bounds(line);
                let wanted = add(*net, share)?.max(lowest).min(highest);
                if (wanted > *net && gap > Decimal::ZERO) || (wanted < *net && gap < Decimal::ZERO)
                {
                    if let Some(slot) = plan.get_mut(i) {
                        *slot = LinePlan::Net(wanted);
                    }
                    moved = true;
                    break;
                }
            }
            if moved {
                continue;
            }
            // No one-time line can move that way: move a multi-period line past the
            // gap, so a one-time line can take the (smaller, opposite) rest.
            for &i in &stepped {
                let (Some(line), Some((net, _))) = (self.lines.get(i), nets.get(i)) else {
                    continue;
                };
                let step = mul(unit, add(line.periods, line.maintenance_factor)?)?;
                let units = div(gap.abs(), step)?.ceil().max(Decimal::ONE);
                let delta = mul(units, unit)?;
                let shifted = if gap > Decimal::ZERO {
                    add(*net, delta)?
                } else {
                    sub(*net, delta)?
                };
                let (lowest, highest) = Self::net_bounds(line);
                let wanted = shifted.max(lowest).min(highest);
                if (wanted > *net && gap > Decimal::ZERO) || (wanted < *net && gap < Decimal::ZERO)
                {
                    if let Some(slot) = plan.get_mut(i) {
                        *slot = LinePlan::Net(wanted);
                    }
                    moved = true;
                    break;
                }
            }
            if !moved {
                break;
            }
        }
        // 2. Still below the target: raise lines one minor unit at a time, smallest
        //    step first, until the total is at or above it (never below a target).
        let mut guard = self.lines.len().saturating_mul(4).saturating_add(8);
        loop {
            let nets = self.nets(plan)?;
            let total = sum(nets.iter().map(|(_, t)| *t))?;
            if total >= target || guard == 0 {
                return Ok(());
            }
            guard = guard.saturating_sub(1);
            let gap = sub(target, total)?;
            let mut best: Option<(usize, Decimal)> = None;
            for (i, line) in self.lines.iter().enumerate() {
                let Some((net, _)) = nets.get(i) else {
                    continue;
                };
                if !is_free(i, line) || *net >= line.list_per_period {
                    continue;
                }
                let step = mul(unit, add(line.periods, line.maintenance_factor)?)?;
                if best.is_none_or(|(_, s)| step < s) {
                    best = Some((i, step));
                }
            }
            let Some((i, step)) = best else {
                return Ok(());
            };
            let (Some(line), Some((net, _))) = (self.lines.get(i), nets.get(i)) else {
                return Ok(());
            };
            let units = div(gap, step)?.ceil().max(Decimal::ONE);
            let raised = add(*net, mul(units, unit)?)?.min(line.list_per_period);
            if let Some(slot) = plan.get_mut(i) {
                *slot = LinePlan::Net(raised);
            }
        }
    }

    /// Builds the full evaluation for a plan.
    pub(crate) fn finish(
        &self,
        deal: &Deal,
        plan: &[LinePlan],
        target: Option<Decimal>,
    ) -> Result<Evaluation, PricingError> {
        let nets = self.nets(plan)?;
        let mut lines = Vec::with_capacity(self.lines.len());
        for ((line, step), (net, net_term)) in self.lines.iter().zip(plan).zip(nets) {
            let (list_term, cost_term) = (line.list_term, line.cost_term);
            let capped = match *step {
                LinePlan::Discount(d) => {
                    line.maintenance.is_none() && d >= line.cap && line.cap < Decimal::ONE
                }
                LinePlan::Net(_) => false,
            };
            lines.push(LineFigures {
                id: line.id,
                kind: line.kind,
                quantity: line.quantity,
                unit_list_price: line.unit_list,
                list_per_period: line.list_per_period,
                net_per_period: net,
                periods: line.periods,
                list_term,
                net_term,
                discount_amount: sub(list_term, net_term)?,
                cost_term,
                gross_profit: sub(net_term, cost_term)?,
                capped,
            });
        }
        let totals = self.totals(deal, &lines)?;
        let (floor_exact, basis) = self.floor;
        let floor_price = round_up(floor_exact, self.minor);
        let max_discount = if totals.list.is_zero() {
            Percent::ZERO
        } else {
            Percent::from_fraction(sub(Decimal::ONE, div(floor_price, totals.list)?)?)?
        };
        let headroom_points = sub(max_discount.points(), totals.discount.points())?;
        let floor = FloorFigures {
            price: floor_price,
            basis,
            max_discount,
            headroom: sub(totals.net, floor_price)?,
            headroom_points,
            below_floor: totals.net < floor_price,
        };
        let approval = approval_for(deal, totals.discount);
        let target_gap = match target {
            Some(target) => sub(totals.net, target)?,
            None => Decimal::ZERO,
        };
        Ok(Evaluation {
            lines,
            totals,
            floor,
            approval,
            target_gap,
        })
    }

    fn totals(&self, deal: &Deal, lines: &[LineFigures]) -> Result<Totals, PricingError> {
        let list = sum(lines.iter().map(|l| l.list_term))?;
        if list.is_zero() {
            return Err(PricingError::ZeroListPrice);
        }
        let net = sum(lines.iter().map(|l| l.net_term))?;
        let cost = sum(lines.iter().map(|l| l.cost_term))?;
        let one_time = sum(lines
            .iter()
            .filter(|l| l.kind.is_one_time())
            .map(|l| l.net_per_period))?;
        let twelve = Decimal::from(12_u32);
        let months = Decimal::from(deal.term_months);
        let mut recurring_per_year = Decimal::ZERO;
        let mut first_year_recurring = Decimal::ZERO;
        for line in lines.iter().filter(|l| l.kind.is_recurring()) {
            let (per_year, first_year) = if line.kind == LineKind::RecurringMonthly {
                (
                    mul(line.net_per_period, twelve)?,
                    mul(line.net_per_period, months.min(twelve))?,
                )
            } else if months >= twelve {
                (line.net_per_period, line.net_per_period)
            } else {
                (line.net_per_period, line.net_term)
            };
            recurring_per_year = add(recurring_per_year, per_year)?;
            first_year_recurring = add(first_year_recurring, first_year)?;
        }
        let tax = match deal.tax_rate {
            Some(rate) => round_half_away(mul(net, rate.fraction()?)?, self.minor),
            None => Decimal::ZERO,
        };
        Ok(Totals {
            list,
            net,
            one_time,
            recurring_per_year,
            first_year: add(one_time, first_year_recurring)?,
            discount: Percent::from_fraction(sub(Decimal::ONE, div(net, list)?)?)?,
            discount_amount: sub(list, net)?,
            cost,
            gross_profit: sub(net, cost)?,
            margin: margin(net, cost)?,
            markup: markup(net, cost)?,
            tax,
            net_with_tax: add(net, tax)?,
        })
    }
}

/// The exact floor over the term and its basis, for a deal that costs `cost`.
/// Sorts line indexes (stable) by `compare`. One sort for every ordering of
/// indexes: each `sort_by` with its own closure would add a copy of the standard
/// library's sort (~4 KB) to the Wasm bundle.
fn sort_indexes(indexes: &mut [usize], compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    indexes.sort_by(|a, b| compare(*a, *b));
}

fn floor_for(deal: &Deal, cost: Decimal) -> Result<(Decimal, FloorBasis), PricingError> {
    let mut floor = (cost, FloorBasis::Cost);
    if let Some(min_margin) = deal.floor.min_margin {
        if min_margin.points() >= Decimal::ONE_HUNDRED || min_margin.points() < Decimal::ZERO {
            return Err(PricingError::InvalidDeal(
                "The minimum margin must be from 0 % up to, not including, 100 %.".to_string(),
            ));
        }
        floor = (
            price_for_margin(cost, min_margin)?,
            FloorBasis::MinimumMargin,
        );
    }
    if let Some(walk_away) = deal.floor.walk_away {
        if walk_away < Decimal::ZERO || walk_away > MAX_MONEY {
            return Err(PricingError::InvalidDeal(format!(
                "The walk-away price must be between 0 and {MAX_MONEY_TEXT}."
            )));
        }
        if deal.floor.min_margin.is_none() || walk_away > floor.0 {
            floor = (walk_away, FloorBasis::WalkAway);
        }
    }
    Ok(floor)
}

/// Indexes of the lines a maintenance line covers (all one-time, non-service lines
/// when `covers` is empty).
fn covered_indexes(
    deal: &Deal,
    covers: &[LineId],
    position: usize,
) -> Result<Vec<usize>, PricingError> {
    if covers.is_empty() {
        return Ok(deal
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.kind == LineKind::OneTime)
            .map(|(i, _)| i)
            .collect());
    }
    covers
        .iter()
        .map(|id| {
            let index = deal.lines.iter().position(|l| l.id == *id).ok_or_else(|| {
                invalid(position, "maintenance covers a line that no longer exists.")
            })?;
            match deal.lines.get(index).map(|l| l.kind) {
                Some(LineKind::OneTime | LineKind::Service) => Ok(index),
                _ => Err(invalid(
                    position,
                    "maintenance can only cover one-time lines.",
                )),
            }
        })
        .collect()
}

/// The approver a deal discount needs: the smallest band that covers it.
///
/// # Examples
/// ```
/// use best_offer_domain::{deal::Deal, pricing::approval_for, Currency, Percent};
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
