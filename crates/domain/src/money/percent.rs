//! Percentages, stored as percentage points (`15` means 15 %), with range checks.
//!
//! Margin, markup and discount are all percentages but mean different things:
//! margin = (price − cost) / price, markup = (price − cost) / cost, discount =
//! 1 − net / list. This module also holds the conversions between them, so the formulas
//! live in one place.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::checked::{div, fraction_of_percent, mul, percent_of_fraction, sub};
use crate::pricing::error::PricingError;

/// A percentage in points: `Percent::new(15)` is 15 %.
///
/// Serialised as a decimal string (`"15"`), like every figure in a proposal file.
///
/// # Examples
/// ```
/// use best_offer_domain::Percent;
/// use rust_decimal::Decimal;
/// let p = Percent::new(Decimal::new(155, 1));
/// assert_eq!(p.points(), Decimal::new(155, 1));
/// assert_eq!(p.fraction().unwrap(), Decimal::new(155, 3));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Percent(#[serde(with = "crate::library::decimal_text")] Decimal);

impl Percent {
    /// Zero per cent.
    pub const ZERO: Percent = Percent(Decimal::ZERO);
    /// One hundred per cent.
    pub const HUNDRED: Percent = Percent(Decimal::ONE_HUNDRED);

    /// A percentage of `points` per cent.
    pub const fn new(points: Decimal) -> Percent {
        Percent(points)
    }

    /// A percentage from a fraction: `0.15` becomes 15 %.
    ///
    /// # Errors
    /// [`PricingError::Overflow`] for fractions too large to represent.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::Percent;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Percent::from_fraction(Decimal::new(15, 2)).unwrap(), Percent::new(Decimal::new(15, 0)));
    /// ```
    pub fn from_fraction(fraction: Decimal) -> Result<Percent, PricingError> {
        percent_of_fraction(fraction).map(Percent)
    }

    /// The percentage points: `15` for 15 %.
    pub const fn points(self) -> Decimal {
        self.0
    }

    /// The fraction: `0.15` for 15 %.
    ///
    /// # Errors
    /// Never in practice; checked for symmetry with every other operation.
    pub fn fraction(self) -> Result<Decimal, PricingError> {
        fraction_of_percent(self.0)
    }

    /// Applies discounts one after another: 10 % then 5 % is 14.5 %, not 15 %.
    ///
    /// # Errors
    /// [`PricingError::Overflow`] for absurd percentages.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::Percent;
    /// use rust_decimal::Decimal;
    /// let ten = Percent::new(Decimal::TEN);
    /// let five = Percent::new(Decimal::new(5, 0));
    /// assert_eq!(Percent::chain(&[ten, five]).unwrap(), Percent::new(Decimal::new(145, 1)));
    /// ```
    pub fn chain(discounts: &[Percent]) -> Result<Percent, PricingError> {
        let mut remaining = Decimal::ONE;
        for discount in discounts {
            remaining = mul(remaining, sub(Decimal::ONE, discount.fraction()?)?)?;
        }
        Percent::from_fraction(sub(Decimal::ONE, remaining)?)
    }

    /// Rounded to `dp` decimals (half away from zero), for display.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::Percent;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Percent::new(Decimal::new(667925, 4)).round(2), Percent::new(Decimal::new(6679, 2)));
    /// ```
    pub fn round(self, dp: u32) -> Percent {
        Percent(crate::money::checked::round_half_away(self.0, dp))
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} %", self.0.normalize())
    }
}

/// Margin % = (price − cost) / price. `None` when the price is zero.
///
/// # Errors
/// [`PricingError::Overflow`] for absurd figures.
///
/// # Examples
/// ```
/// use best_offer_domain::money::percent::margin;
/// use rust_decimal::Decimal;
/// let m = margin(Decimal::new(100, 0), Decimal::new(60, 0)).unwrap().unwrap();
/// assert_eq!(m.points(), Decimal::new(40, 0));
/// ```
pub fn margin(price: Decimal, cost: Decimal) -> Result<Option<Percent>, PricingError> {
    if price.is_zero() {
        return Ok(None);
    }
    Percent::from_fraction(div(sub(price, cost)?, price)?).map(Some)
}

/// Markup % = (price − cost) / cost. `None` when the cost is zero.
///
/// # Errors
/// [`PricingError::Overflow`] for absurd figures.
///
/// # Examples
/// ```
/// use best_offer_domain::money::percent::markup;
/// use rust_decimal::Decimal;
/// let k = markup(Decimal::new(100, 0), Decimal::new(80, 0)).unwrap().unwrap();
/// assert_eq!(k.points(), Decimal::new(25, 0));
/// ```
pub fn markup(price: Decimal, cost: Decimal) -> Result<Option<Percent>, PricingError> {
    if cost.is_zero() {
        return Ok(None);
    }
    Percent::from_fraction(div(sub(price, cost)?, cost)?).map(Some)
}

/// Price that earns a target margin on a cost: P = C / (1 − m).
///
/// # Errors
/// [`PricingError::DivisionByZero`] for a 100 % margin.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::percent::price_for_margin, Percent};
/// use rust_decimal::Decimal;
/// let p = price_for_margin(Decimal::new(45, 0), Percent::new(Decimal::new(55, 0))).unwrap();
/// assert_eq!(p, Decimal::ONE_HUNDRED);
/// ```
pub fn price_for_margin(cost: Decimal, margin: Percent) -> Result<Decimal, PricingError> {
    div(cost, sub(Decimal::ONE, margin.fraction()?)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn margin_and_markup_are_not_the_same_thing() {
        let cases = [
            // price, cost, margin %, markup %
            ("100", "60", "40", "66.666666666666666666666666670"),
            ("100", "80", "20", "25"),
            (
                "62000",
                "17500",
                "71.774193548387096774193548390",
                "254.28571428571428571428571429",
            ),
        ];
        for (price, cost, m, k) in cases {
            assert_eq!(
                margin(d(price), d(cost)).unwrap().unwrap().points(),
                d(m),
                "{price}/{cost}"
            );
            assert_eq!(
                markup(d(price), d(cost)).unwrap().unwrap().points(),
                d(k),
                "{price}/{cost}"
            );
        }
        assert_eq!(margin(Decimal::ZERO, d("5")).unwrap(), None);
        assert_eq!(markup(d("5"), Decimal::ZERO).unwrap(), None);
    }

    #[test]
    fn a_price_for_a_margin_needs_a_margin_below_100() {
        assert_eq!(
            price_for_margin(d("45"), Percent::new(d("55"))).unwrap(),
            Decimal::ONE_HUNDRED
        );
        assert_eq!(
            price_for_margin(d("17500"), Percent::HUNDRED),
            Err(PricingError::DivisionByZero)
        );
    }

    #[test]
    fn chained_discounts_multiply() {
        let chain = |ps: &[&str]| {
            Percent::chain(&ps.iter().map(|p| Percent::new(d(p))).collect::<Vec<_>>())
        };
        assert_eq!(chain(&["10", "5"]).unwrap(), Percent::new(d("14.5")));
        assert_eq!(chain(&["20", "10", "5"]).unwrap(), Percent::new(d("31.6")));
        assert_eq!(chain(&[]).unwrap(), Percent::ZERO);
        assert_eq!(chain(&["100", "50"]).unwrap(), Percent::HUNDRED);
    }
}
