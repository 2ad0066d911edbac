//! Phase 3: the plan rounded into line figures, a target landed on exactly, the
//! totals summed.

use super::*;

impl Prepared {
    /// Moves the rounding remainder onto one line so the total lands on `target`;
    /// where that is impossible, nudges lines up until the total is at or above it.
    pub(super) fn land_on(
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
            set: deal.floor_is_set(),
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

    pub(super) fn totals(
        &self,
        deal: &Deal,
        lines: &[LineFigures],
    ) -> Result<Totals, PricingError> {
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
            Some(rate) => {
                let nets: Vec<Decimal> = lines.iter().map(|l| l.net_term).collect();
                crate::pricing::tax::tax_on(&nets, rate, deal.tax_rounding, self.minor)?
            }
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

/// Sorts line indexes (stable) by `compare`. One sort for every ordering of
/// indexes: each `sort_by` with its own closure would add a copy of the standard
/// library's sort (~4 KB) to the Wasm bundle.
fn sort_indexes(indexes: &mut [usize], compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    indexes.sort_by(|a, b| compare(*a, *b));
}
