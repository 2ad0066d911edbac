//! Tax as the offer says it: how it is rounded when a rate is set (once on the
//! total, or line by line and summed — both are common in the EU), and what an offer
//! without a rate says (that prices exclude tax, or that they include it).
//!
//! Margins and floors are always before tax: tax only adds rows to the offer.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::checked::{mul, round_half_away, sum};
use crate::money::percent::Percent;
use crate::pricing::error::PricingError;

/// Where tax is rounded to the currency's minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaxRounding {
    /// Once: the rate times the net total, rounded.
    #[default]
    OnTotal,
    /// Each line's tax rounded, then summed (what invoices that show a tax per
    /// line need).
    PerLine,
}

impl TaxRounding {
    /// Both choices, in the order a picker shows them.
    pub const ALL: [TaxRounding; 2] = [TaxRounding::OnTotal, TaxRounding::PerLine];
}

/// What an offer with no tax rate says of tax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaxStatement {
    /// The prices exclude tax ("zzgl. MwSt.", "HT"): what a B2B offer usually means.
    #[default]
    Excluded,
    /// The prices include tax.
    Included,
}

impl TaxStatement {
    /// Both choices, in the order a picker shows them.
    pub const ALL: [TaxStatement; 2] = [TaxStatement::Excluded, TaxStatement::Included];
}

/// The tax on line amounts `line_nets` (each already rounded) at `rate`, rounded
/// half away from zero to `minor` decimals as `rounding` says.
///
/// # Errors
/// [`PricingError::Overflow`] if the arithmetic overflows (it does not within the
/// limits).
///
/// # Examples
/// Three lines of 10.03 at 7 %: 2.1063 on the total rounds to 2.11; 0.7021 a line
/// rounds to 0.70, three times 2.10.
/// ```
/// use best_offer_domain::pricing::tax::{tax_on, TaxRounding};
/// use best_offer_domain::Percent;
/// use rust_decimal::Decimal;
/// let lines = [Decimal::new(1003, 2); 3];
/// let rate = Percent::new(Decimal::new(7, 0));
/// assert_eq!(tax_on(&lines, rate, TaxRounding::OnTotal, 2), Ok(Decimal::new(211, 2)));
/// assert_eq!(tax_on(&lines, rate, TaxRounding::PerLine, 2), Ok(Decimal::new(210, 2)));
/// ```
pub fn tax_on(
    line_nets: &[Decimal],
    rate: Percent,
    rounding: TaxRounding,
    minor: u32,
) -> Result<Decimal, PricingError> {
    let fraction = rate.fraction()?;
    match rounding {
        TaxRounding::OnTotal => {
            let net = sum(line_nets.iter().copied())?;
            Ok(round_half_away(mul(net, fraction)?, minor))
        }
        TaxRounding::PerLine => line_nets.iter().try_fold(Decimal::ZERO, |total, net| {
            let tax = round_half_away(mul(*net, fraction)?, minor);
            crate::money::checked::add(total, tax)
        }),
    }
}

/// What the written offer says of tax besides its rows: that prices exclude or
/// include it (no rate), or that it is rounded per line (a rate, rounded per line).
/// A rate rounded on the total needs no words: its rows say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaxNote {
    /// "All prices exclude tax."
    Excluded,
    /// "All prices include tax."
    Included,
    /// "Tax is calculated and rounded line by line."
    PerLine,
}

/// The names [`TaxNote`] is written with, in the order of [`TaxNote::ALL`].
const TAX_NOTE_NAMES: [&str; 3] = ["excluded", "included", "per-line"];

impl<'de> Deserialize<'de> for TaxNote {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::library::enum_names::by_name(deserializer, &TAX_NOTE_NAMES, &TaxNote::ALL)
    }
}

impl TaxNote {
    /// Every note, in the order of the offer's words for them.
    pub const ALL: [TaxNote; 3] = [TaxNote::Excluded, TaxNote::Included, TaxNote::PerLine];

    /// The note an offer carries for a deal's tax `rate`, `rounding` and
    /// `statement`, if any.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::pricing::tax::{TaxNote, TaxRounding, TaxStatement};
    /// use best_offer_domain::Percent;
    /// let (total, line) = (TaxRounding::OnTotal, TaxRounding::PerLine);
    /// assert_eq!(TaxNote::of(None, total, TaxStatement::Excluded), Some(TaxNote::Excluded));
    /// assert_eq!(TaxNote::of(None, line, TaxStatement::Included), Some(TaxNote::Included));
    /// let rate = Some(Percent::new(19.into()));
    /// assert_eq!(TaxNote::of(rate, total, TaxStatement::Included), None, "the tax rows say it");
    /// assert_eq!(TaxNote::of(rate, line, TaxStatement::Excluded), Some(TaxNote::PerLine));
    /// ```
    pub fn of(
        rate: Option<Percent>,
        rounding: TaxRounding,
        statement: TaxStatement,
    ) -> Option<TaxNote> {
        match (rate, rounding, statement) {
            (None, _, TaxStatement::Excluded) => Some(TaxNote::Excluded),
            (None, _, TaxStatement::Included) => Some(TaxNote::Included),
            (Some(_), TaxRounding::PerLine, _) => Some(TaxNote::PerLine),
            (Some(_), TaxRounding::OnTotal, _) => None,
        }
    }
}
