//! Phase 1: the deal checked and reduced to the figures every calculation needs.

use super::*;

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
    pub(super) deepest_total: std::cell::OnceCell<Result<Decimal, PricingError>>,
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

impl Prepared {
    /// Checks `deal` and reduces it to the figures the calculations need, in three
    /// passes: every line but maintenance; then maintenance (a rate of the lines it
    /// covers) and every line's cost (a margin at list needs the maintenance list
    /// amount); then the amounts over the term and the floor.
    pub(crate) fn new(deal: &Deal) -> Result<Prepared, PricingError> {
        if deal.lines.is_empty() {
            return Err(PricingError::EmptyDeal);
        }
        if deal.term_months == 0 || deal.term_months > MAX_TERM_MONTHS {
            return Err(PricingError::InvalidDeal(DealProblem::TermRange));
        }
        let minor = deal.currency.minor_units();
        let term = Decimal::from(deal.term_months);
        let years = div(term, Decimal::from(12_u32))?;
        let mut lines = Vec::with_capacity(deal.lines.len());
        for (index, line) in deal.lines.iter().enumerate() {
            lines.push(prepared_line(
                line,
                index.saturating_add(1),
                term,
                years,
                minor,
            )?);
        }
        for (index, line) in deal.lines.iter().enumerate() {
            let position = index.saturating_add(1);
            if line.terms.kind == LineKind::Maintenance {
                price_maintenance(deal, line, index, &mut lines, minor)?;
            }
            let prepared = lines
                .get_mut(index)
                .ok_or_else(|| invalid(position, LineProblem::Mismatch))?;
            prepared.cost_per_period = cost_per_period(line, prepared, position, minor)?;
        }
        let (list_total, cost_total) = term_amounts(&mut lines, minor)?;
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
}

/// First pass: a line checked and priced at list per period (a maintenance line's
/// price comes in the second pass, from the lines it covers).
fn prepared_line(
    line: &Line,
    position: usize,
    term: Decimal,
    years: Decimal,
    minor: u32,
) -> Result<PreparedLine, PricingError> {
    let is_maintenance = line.terms.kind == LineKind::Maintenance;
    let quantity = if is_maintenance {
        Decimal::ONE
    } else {
        line.quantity
    };
    if quantity <= Decimal::ZERO {
        return Err(invalid(position, LineProblem::ZeroQuantity));
    }
    if quantity > MAX_QUANTITY {
        return Err(invalid(position, LineProblem::QuantityTooLarge));
    }
    if !is_maintenance && line.terms.unit_list_price < Decimal::ZERO {
        return Err(invalid(position, LineProblem::NegativePrice));
    }
    if !is_maintenance && line.terms.unit_list_price > MAX_MONEY {
        return Err(invalid(position, LineProblem::PriceTooLarge));
    }
    let cap = match line.terms.max_discount {
        _ if is_maintenance || !line.terms.discountable => Decimal::ZERO,
        None => Decimal::ONE,
        Some(cap) => checked_discount(cap, DealProblem::ScenarioDiscountRange)
            .map_err(|_| invalid(position, LineProblem::MaxDiscountRange))?,
    };
    let periods = match line.terms.kind {
        LineKind::OneTime | LineKind::Service => Decimal::ONE,
        LineKind::RecurringMonthly => term,
        LineKind::RecurringYearly | LineKind::Maintenance => years,
    };
    let unit_list = if is_maintenance {
        Decimal::ZERO
    } else {
        line.terms.unit_list_price
    };
    let list_per_period = round_half_away(mul(quantity, unit_list)?, minor);
    Ok(PreparedLine {
        id: line.id,
        kind: line.terms.kind,
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
    })
}

/// Second pass, a maintenance line (at `index`): its list price, a yearly rate of
/// the lines it covers, and how much each covered line's net adds through it.
fn price_maintenance(
    deal: &Deal,
    line: &Line,
    index: usize,
    lines: &mut [PreparedLine],
    minor: u32,
) -> Result<(), PricingError> {
    let position = index.saturating_add(1);
    let rate = line.terms.maintenance_rate.points();
    if rate < Decimal::ZERO || rate > Decimal::ONE_HUNDRED {
        return Err(invalid(position, LineProblem::MaintenanceRateRange));
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
    Ok(())
}

/// Second pass, every line: its cost per billing period, from a unit cost or from a
/// margin at list (which needs the line's list amount, maintenance included).
fn cost_per_period(
    line: &Line,
    prepared: &PreparedLine,
    position: usize,
    minor: u32,
) -> Result<Decimal, PricingError> {
    match line.terms.cost {
        CostBasis::UnitCost(cost) => {
            if cost < Decimal::ZERO {
                return Err(invalid(position, LineProblem::NegativeCost));
            }
            if cost > MAX_MONEY {
                return Err(invalid(position, LineProblem::CostTooLarge));
            }
            Ok(round_half_away(mul(prepared.quantity, cost)?, minor))
        }
        CostBasis::MarginAtList(margin_at_list) => {
            if margin_at_list.points() >= Decimal::ONE_HUNDRED {
                return Err(invalid(position, LineProblem::MarginNotBelow100));
            }
            let keep = sub(Decimal::ONE, margin_at_list.fraction()?)?;
            Ok(round_half_away(mul(prepared.list_per_period, keep)?, minor))
        }
    }
}

/// Third pass: each line's lowest net per period (its cap), its list and cost over
/// the term; returns the deal's list and cost totals over the term.
fn term_amounts(
    lines: &mut [PreparedLine],
    minor: u32,
) -> Result<(Decimal, Decimal), PricingError> {
    let mut list_total = Decimal::ZERO;
    let mut cost_total = Decimal::ZERO;
    for line in lines {
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
    Ok((list_total, cost_total))
}

/// The exact floor over the term and its basis, for a deal that costs `cost`.
fn floor_for(deal: &Deal, cost: Decimal) -> Result<(Decimal, FloorBasis), PricingError> {
    let mut floor = (cost, FloorBasis::Cost);
    if let Some(min_margin) = deal.floor.min_margin {
        if min_margin.points() >= Decimal::ONE_HUNDRED || min_margin.points() < Decimal::ZERO {
            return Err(PricingError::InvalidDeal(DealProblem::MinMarginRange));
        }
        floor = (
            price_for_margin(cost, min_margin)?,
            FloorBasis::MinimumMargin,
        );
    }
    if let Some(walk_away) = deal.floor.walk_away {
        if walk_away < Decimal::ZERO || walk_away > MAX_MONEY {
            return Err(PricingError::InvalidDeal(DealProblem::WalkAwayRange));
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
            .filter(|(_, l)| l.terms.kind == LineKind::OneTime)
            .map(|(i, _)| i)
            .collect());
    }
    covers
        .iter()
        .map(|id| {
            let index = deal
                .lines
                .iter()
                .position(|l| l.id == *id)
                .ok_or_else(|| invalid(position, LineProblem::CoversMissingLine))?;
            match deal.lines.get(index).map(|l| l.terms.kind) {
                Some(LineKind::OneTime | LineKind::Service) => Ok(index),
                _ => Err(invalid(position, LineProblem::CoversRecurringLine)),
            }
        })
        .collect()
}
