//! Checked decimal arithmetic that returns errors instead of panicking.
//!
//! `Decimal`'s `+ - * /` operators (and `Iterator::sum`) panic on overflow or division
//! by zero, and a panic kills a Wasm app. Every calculation in this crate goes
//! through these helpers so an absurd input becomes a [`PricingError`], never a crash.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::pricing::error::PricingError;

/// `a + b`, or [`PricingError::Overflow`].
pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, PricingError> {
    a.checked_add(b).ok_or(PricingError::Overflow)
}

/// `a - b`, or [`PricingError::Overflow`].
pub(crate) fn sub(a: Decimal, b: Decimal) -> Result<Decimal, PricingError> {
    a.checked_sub(b).ok_or(PricingError::Overflow)
}

/// `a * b`, or [`PricingError::Overflow`].
pub(crate) fn mul(a: Decimal, b: Decimal) -> Result<Decimal, PricingError> {
    a.checked_mul(b).ok_or(PricingError::Overflow)
}

/// `a / b`, or [`PricingError::DivisionByZero`] / [`PricingError::Overflow`].
pub(crate) fn div(a: Decimal, b: Decimal) -> Result<Decimal, PricingError> {
    if b.is_zero() {
        return Err(PricingError::DivisionByZero);
    }
    a.checked_div(b).ok_or(PricingError::Overflow)
}

/// Sum of all values, checked.
pub(crate) fn sum<I: IntoIterator<Item = Decimal>>(values: I) -> Result<Decimal, PricingError> {
    values.into_iter().try_fold(Decimal::ZERO, add)
}

/// `value` as a fraction, e.g. `15` (per cent) becomes `0.15`.
pub(crate) fn fraction_of_percent(percent: Decimal) -> Result<Decimal, PricingError> {
    div(percent, Decimal::ONE_HUNDRED)
}

/// `fraction * 100`, e.g. `0.15` becomes `15` (per cent).
pub(crate) fn percent_of_fraction(fraction: Decimal) -> Result<Decimal, PricingError> {
    mul(fraction, Decimal::ONE_HUNDRED)
}

/// Rounds to `dp` decimal places, half away from zero: the project's one rounding rule.
pub(crate) fn round_half_away(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Rounds up (towards +∞) to `dp` decimal places: for floors, which must never drop.
pub(crate) fn round_up(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::ToPositiveInfinity)
}

/// The smallest multiple of `step` that is ≥ `value` (for `step > 0`).
pub(crate) fn ceil_to_step(value: Decimal, step: Decimal) -> Result<Decimal, PricingError> {
    let steps = div(value, step)?.ceil();
    mul(steps, step)
}

/// One minor unit of a currency with `minor_units` decimals, e.g. `0.01` for 2.
pub(crate) fn minor_unit(minor_units: u32) -> Decimal {
    Decimal::new(1, minor_units.min(28))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn overflow_and_division_by_zero_are_errors() {
        assert_eq!(add(Decimal::MAX, Decimal::ONE), Err(PricingError::Overflow));
        assert_eq!(sub(Decimal::MIN, Decimal::ONE), Err(PricingError::Overflow));
        assert_eq!(mul(Decimal::MAX, Decimal::TWO), Err(PricingError::Overflow));
        assert_eq!(
            div(Decimal::ONE, Decimal::ZERO),
            Err(PricingError::DivisionByZero)
        );
        assert_eq!(
            sum([Decimal::MAX, Decimal::MAX]),
            Err(PricingError::Overflow)
        );
    }

    #[test]
    fn rounding_is_half_away_from_zero_not_bankers() {
        assert_eq!(
            round_half_away(Decimal::new(125, 3), 2),
            Decimal::new(13, 2)
        );
        assert_eq!(
            round_half_away(Decimal::new(135, 3), 2),
            Decimal::new(14, 2)
        );
        assert_eq!(
            round_half_away(Decimal::new(-125, 3), 2),
            Decimal::new(-13, 2)
        );
        assert_eq!(
            round_up(Decimal::new(388_888_888, 4), 2),
            Decimal::new(3_888_889, 2)
        );
    }

    #[test]
    fn ceil_to_step_rounds_up_to_a_multiple() {
        let value = Decimal::new(3_888_889, 2);
        assert_eq!(
            ceil_to_step(value, Decimal::ONE_HUNDRED),
            Ok(Decimal::new(38_900, 0))
        );
        assert_eq!(
            ceil_to_step(Decimal::new(38_900, 0), Decimal::ONE_HUNDRED),
            Ok(Decimal::new(38_900, 0))
        );
    }
}
