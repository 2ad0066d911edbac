//! Phase 2: how each line is discounted — one discount for all, the overrides, or
//! the uniform discount that reaches a target price.

use super::*;

/// How one line is priced in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LinePlan {
    /// A discount fraction (0..=1) on the list amount, then rounded.
    Discount(Decimal),
    /// An exact net amount per period, already at minor units.
    Net(Decimal),
}

impl Prepared {
    /// Discount fractions fixed by overrides, by line index.
    pub(super) fn overridden(
        &self,
        overrides: &[LineOverride],
    ) -> Result<Vec<Option<Decimal>>, PricingError> {
        let mut fixed = vec![None; self.lines.len()];
        for entry in overrides {
            let d = checked_discount(entry.discount, DealProblem::OverrideDiscountRange)?;
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
    pub(super) fn weight(line: &PreparedLine) -> Result<Decimal, PricingError> {
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
            return Err(PricingError::Unreachable(Unreachable::AboveList));
        }
        let deepest = if no_overrides {
            self.deepest_total()?
        } else {
            self.total(&self.uniform_plan(Decimal::ONE, fixed))?
        };
        if target < deepest {
            return Err(PricingError::Unreachable(Unreachable::BelowCaps));
        }
        let d = self.solve_uniform_discount(target, fixed)?;
        let mut plan = self.uniform_plan(d, fixed);
        self.land_on(target, &mut plan, fixed)?;
        Ok(plan)
    }

    /// The uniform discount fraction whose unrounded term total equals `target`.
    pub(super) fn solve_uniform_discount(
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
    pub(super) fn net_bounds(line: &PreparedLine) -> (Decimal, Decimal) {
        (line.lowest, line.list_per_period)
    }

    /// Term total with every line at its deepest discount (no overrides), cached.
    pub(crate) fn deepest_total(&self) -> Result<Decimal, PricingError> {
        self.deepest_total
            .get_or_init(|| self.total(&self.uniform_plan(Decimal::ONE, &[])))
            .clone()
    }

    pub(super) fn unit(&self) -> Decimal {
        minor_unit(self.minor)
    }
}
