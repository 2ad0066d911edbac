//! `Money`: an exact amount bound to its currency.
//!
//! Operations return `Result` (overflow, or mixing currencies, is an error, never a
//! panic), in the style of rusty-money. Rounding to minor units is half away from
//! zero, the project's one rounding rule.

use std::fmt;

use rust_decimal::Decimal;

use crate::checked::{add, mul, round_half_away, sub};
use crate::currency::Currency;
use crate::error::PricingError;
use crate::format::format_money;
use crate::locale::NumberFormat;
use crate::parse::{ParseError, parse_money};

/// An amount of money in a currency.
///
/// # Examples
/// ```
/// use best_offer_domain::{Currency, Money, NumberFormat};
/// use rust_decimal::Decimal;
/// let usd = Currency::from_code("USD").unwrap();
/// let price = Money::parse("1,200.00", usd, NumberFormat::CommaDot).unwrap();
/// let total = price.checked_mul(Decimal::new(25, 0)).unwrap();
/// assert_eq!(total.to_string(), "$30,000.00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

/// Errors of money arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// Two amounts in different currencies were combined.
    #[error("Can't combine {0} and {1} amounts.")]
    CurrencyMismatch(Currency, Currency),
    /// The arithmetic itself failed.
    #[error(transparent)]
    Pricing(#[from] PricingError),
}

impl Money {
    /// An amount in a currency, kept exactly as given (not rounded).
    pub const fn new(amount: Decimal, currency: Currency) -> Money {
        Money { amount, currency }
    }

    /// Zero in `currency`.
    pub const fn zero(currency: Currency) -> Money {
        Money::new(Decimal::ZERO, currency)
    }

    /// Parses what a rep typed (see [`crate::parse`]).
    ///
    /// # Errors
    /// A [`ParseError`] that says what is wrong with the text.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{Currency, Money, NumberFormat};
    /// let jpy = Currency::from_code("JPY").unwrap();
    /// assert!(Money::parse("¥120,000", jpy, NumberFormat::CommaDot).is_ok());
    /// assert!(Money::parse("120,000.5", jpy, NumberFormat::CommaDot).is_err());
    /// ```
    pub fn parse(
        text: &str,
        currency: Currency,
        format: NumberFormat,
    ) -> Result<Money, ParseError> {
        parse_money(text, currency, format).map(|amount| Money::new(amount, currency))
    }

    /// The exact amount.
    pub const fn amount(self) -> Decimal {
        self.amount
    }

    /// The currency.
    pub const fn currency(self) -> Currency {
        self.currency
    }

    /// `self + other`.
    ///
    /// # Errors
    /// [`MoneyError::CurrencyMismatch`] or an overflow.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{Currency, Money};
    /// use rust_decimal::Decimal;
    /// let usd = Currency::from_code("USD").unwrap();
    /// let eur = Currency::from_code("EUR").unwrap();
    /// let a = Money::new(Decimal::ONE, usd);
    /// assert!(a.checked_add(a).is_ok());
    /// assert!(a.checked_add(Money::new(Decimal::ONE, eur)).is_err());
    /// assert!(Money::new(Decimal::MAX, usd).checked_add(a).is_err());
    /// ```
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        Ok(Money::new(add(self.amount, other.amount)?, self.currency))
    }

    /// `self − other`.
    ///
    /// # Errors
    /// [`MoneyError::CurrencyMismatch`] or an overflow.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{Currency, Money};
    /// use rust_decimal::Decimal;
    /// let a = Money::new(Decimal::new(1000, 0), Currency::USD);
    /// let b = Money::new(Decimal::new(150, 0), Currency::USD);
    /// assert_eq!(a.checked_sub(b).unwrap().amount(), Decimal::new(850, 0));
    /// ```
    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        Ok(Money::new(sub(self.amount, other.amount)?, self.currency))
    }

    /// `self × factor` (a quantity or a rate).
    ///
    /// # Errors
    /// An overflow.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{Currency, Money};
    /// use rust_decimal::Decimal;
    /// let seat = Money::new(Decimal::new(1200, 0), Currency::USD);
    /// assert_eq!(seat.checked_mul(Decimal::new(25, 0)).unwrap().amount(), Decimal::new(30000, 0));
    /// assert!(Money::new(Decimal::MAX, Currency::USD).checked_mul(Decimal::TWO).is_err());
    /// ```
    pub fn checked_mul(self, factor: Decimal) -> Result<Money, MoneyError> {
        Ok(Money::new(mul(self.amount, factor)?, self.currency))
    }

    /// Rounded to the currency's minor units, half away from zero.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{Currency, Money};
    /// use rust_decimal::Decimal;
    /// let usd = Currency::from_code("USD").unwrap();
    /// let m = Money::new(Decimal::new(12345, 3), usd).round_to_minor();
    /// assert_eq!(m.amount(), Decimal::new(1235, 2));
    /// ```
    pub fn round_to_minor(self) -> Money {
        Money::new(
            round_half_away(self.amount, self.currency.minor_units()),
            self.currency,
        )
    }

    /// Formatted for people in `format` (symbol, grouping, minor units).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{Currency, Money, NumberFormat};
    /// use rust_decimal::Decimal;
    /// let m = Money::new(Decimal::new(3890000, 2), Currency::from_code("EUR").unwrap());
    /// assert_eq!(m.format(NumberFormat::DotComma), "38.900,00\u{a0}€");
    /// ```
    pub fn format(self, format: NumberFormat) -> String {
        format_money(self.amount, self.currency, format)
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch(self.currency, other.currency))
        }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(NumberFormat::default()))
    }
}
