//! Currencies: ISO 4217 codes with their minor units, from the `iso_currency` table.
//!
//! A deal is priced in one currency. Its minor units (JPY 0, USD 2, BHD 3) decide
//! where every line amount is rounded and how many decimals a rep may type.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An ISO 4217 currency that has minor units (so it can price a deal).
///
/// Serialised as its three-letter code (`"USD"`), which keeps files readable.
///
/// # Examples
/// ```
/// use best_offer_domain::Currency;
/// let usd = Currency::from_code("usd").unwrap();
/// assert_eq!(usd.code(), "USD");
/// assert_eq!(usd.minor_units(), 2);
/// assert_eq!(Currency::from_code("JPY").unwrap().minor_units(), 0);
/// assert_eq!(Currency::from_code("BHD").unwrap().minor_units(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub struct Currency {
    iso: iso_currency::Currency,
    minor_units: u8,
}

/// A currency code that is unknown or cannot price a deal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCurrency(pub String);

/// The file reader's detail when a currency field does not read, in the terse form
/// of the reader's own (`invalid type: …`); the app says the rest.
impl fmt::Display for UnknownCurrency {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            out,
            "unknown currency {:?}, expected an ISO 4217 code",
            self.0
        )
    }
}

/// The currencies offered first in the currency picker; any ISO 4217 code works.
pub const COMMON_CURRENCIES: [&str; 12] = [
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "SEK", "NOK", "DKK", "BHD",
];

impl Currency {
    /// US dollar, the default for a new proposal.
    pub const USD: Currency = Currency {
        iso: iso_currency::Currency::USD,
        minor_units: 2,
    };

    /// Looks up an ISO 4217 code (case-insensitive, surrounding spaces ignored).
    ///
    /// # Errors
    /// [`UnknownCurrency`] when the code is not in ISO 4217 or names something that is
    /// not money with minor units (gold, funds, testing codes).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::Currency;
    /// assert!(Currency::from_code("EUR").is_ok());
    /// assert!(Currency::from_code("XAU").is_err());
    /// assert!(Currency::from_code("ABC").is_err());
    /// ```
    pub fn from_code(code: &str) -> Result<Currency, UnknownCurrency> {
        let upper = code.trim().to_ascii_uppercase();
        let unknown = || UnknownCurrency(code.trim().to_string());
        // A search of the codes rather than the crate's `from_code`, whose match of
        // every code is about 6 KB of the customer's viewer.
        let iso = <iso_currency::Currency as iso_currency::IntoEnumIterator>::iter()
            .find(|iso| iso.code() == upper)
            .ok_or_else(unknown)?;
        if iso.is_fund() || iso.is_special() {
            return Err(unknown());
        }
        let minor_units = iso
            .exponent()
            .and_then(|e| u8::try_from(e).ok())
            .filter(|e| *e <= 4)
            .ok_or_else(unknown)?;
        Ok(Currency { iso, minor_units })
    }

    /// The three-letter ISO code, e.g. `"EUR"`.
    pub fn code(self) -> &'static str {
        self.iso.code()
    }

    /// The English name, e.g. `"Swiss franc"`.
    pub fn name(&self) -> &str {
        self.iso.name()
    }

    /// Number of decimals of the minor unit: 2 for USD, 0 for JPY, 3 for BHD.
    pub fn minor_units(self) -> u32 {
        u32::from(self.minor_units)
    }

    /// The symbol written next to amounts. Only symbols that nobody can misread are
    /// used; a `$` could be any of a dozen dollars, so CAD prints as `CAD 1,200.00`.
    pub fn display_symbol(self) -> &'static str {
        match self.code() {
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            "INR" => "₹",
            code => code,
        }
    }

    /// Whether [`Self::display_symbol`] is a sign (`$`) rather than the code (`CHF`).
    pub fn has_sign(self) -> bool {
        self.display_symbol() != self.code()
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::USD
    }
}

impl TryFrom<String> for Currency {
    type Error = UnknownCurrency;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        Currency::from_code(&code)
    }
}

impl From<Currency> for &'static str {
    fn from(currency: Currency) -> Self {
        currency.code()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minor_units_table() {
        let cases = [
            ("USD", 2),
            ("EUR", 2),
            ("GBP", 2),
            ("JPY", 0),
            ("CHF", 2),
            ("CAD", 2),
            ("AUD", 2),
            ("INR", 2),
            ("SEK", 2),
            ("BHD", 3),
            ("KWD", 3),
        ];
        for (code, units) in cases {
            let currency = Currency::from_code(code);
            assert_eq!(currency.map(Currency::minor_units), Ok(units), "{code}");
        }
    }

    #[test]
    fn refuses_non_money_codes() {
        for code in ["", "US", "XAU", "XXX", "XTS", "dollars", "US D"] {
            assert!(Currency::from_code(code).is_err(), "{code}");
        }
    }

    #[test]
    fn serialises_as_its_code() {
        use serde_json::{Value, from_value, to_value};
        assert_eq!(to_value(Currency::USD).ok(), Some(Value::from("USD")));
        let back = from_value::<Currency>(Value::from("jpy"));
        assert_eq!(back.map(Currency::code).ok(), Some("JPY"));
        assert!(from_value::<Currency>(Value::from("ZZZ")).is_err());
    }
}
