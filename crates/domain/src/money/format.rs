//! Formatting figures for people: grouping, currency symbol, exact minor units.
//!
//! Formatting is exact: it works on the decimal's digits, never through binary floating point, and
//! never panics, even for `Decimal::MAX`.

use rust_decimal::Decimal;

use crate::money::checked::round_half_away;
use crate::money::currency::Currency;
use crate::money::locale::NumberFormat;
use crate::money::percent::Percent;

/// Writes `value` with exactly `decimals` decimals (rounded half away from zero) and
/// the grouping of `format`.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::format::format_number, NumberFormat};
/// use rust_decimal::Decimal;
/// let v = Decimal::new(123456789, 2);
/// assert_eq!(format_number(v, 2, NumberFormat::CommaDot), "1,234,567.89");
/// assert_eq!(format_number(v, 2, NumberFormat::Indian), "12,34,567.89");
/// assert_eq!(format_number(v, 0, NumberFormat::DotComma), "1.234.568");
/// assert_eq!(format_number(Decimal::new(850, 0), 2, NumberFormat::CommaDot), "850.00");
/// ```
pub fn format_number(value: Decimal, decimals: u32, format: NumberFormat) -> String {
    let rounded = round_half_away(value, decimals);
    let digits = rounded.abs().to_string();
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits.as_str(), ""));
    let mut out = String::with_capacity(digits.len().saturating_add(8));
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    push_grouped(&mut out, whole, format);
    let wanted = usize::try_from(decimals).unwrap_or(0);
    if wanted > 0 {
        out.push(format.decimal_separator());
        out.extend(fraction.chars().take(wanted));
        for _ in fraction.len()..wanted {
            out.push('0');
        }
    }
    out
}

/// Appends the digits of `whole` to `out` with the grouping separators of `format`.
fn push_grouped(out: &mut String, whole: &str, format: NumberFormat) {
    let len = whole.len();
    let separator = format.group_separator();
    for (index, digit) in whole.chars().enumerate() {
        let remaining = len.saturating_sub(index);
        let boundary = if format.is_indian() {
            // 12,34,567: the last group has three digits, the ones before it two.
            remaining == 3 || (remaining > 3 && remaining.saturating_sub(3) % 2 == 0)
        } else {
            remaining % 3 == 0
        };
        if index > 0 && boundary {
            out.push(separator);
        }
        out.push(digit);
    }
}

/// Writes an amount of money in `currency`: its minor units, grouping and symbol.
///
/// Signs that nobody misreads (`$` for USD, `€`, `£`, `¥`, `₹`) are used; other
/// currencies show their code (`CHF 1’200.00`), since a bare `$` could be any dollar.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::format::format_money, Currency, NumberFormat};
/// use rust_decimal::Decimal;
/// let usd = Currency::from_code("USD").unwrap();
/// let eur = Currency::from_code("EUR").unwrap();
/// let chf = Currency::from_code("CHF").unwrap();
/// let v = Decimal::new(3890000, 2);
/// assert_eq!(format_money(v, usd, NumberFormat::CommaDot), "$38,900.00");
/// assert_eq!(format_money(v, eur, NumberFormat::DotComma), "38.900,00\u{a0}€");
/// assert_eq!(format_money(v, chf, NumberFormat::ApostropheDot), "CHF\u{a0}38’900.00");
/// ```
pub fn format_money(value: Decimal, currency: Currency, format: NumberFormat) -> String {
    let number = format_number(value, currency.minor_units(), format);
    let symbol = currency.display_symbol();
    let symbol_after = format.decimal_separator() == ',';
    match (symbol_after, currency.has_sign()) {
        (false, true) => match number.strip_prefix('-') {
            Some(positive) => format!("-{symbol}{positive}"),
            None => format!("{symbol}{number}"),
        },
        (false, false) => format!("{symbol}\u{a0}{number}"),
        (true, _) => format!("{number}\u{a0}{symbol}"),
    }
}

/// Writes an amount like [`format_money`], without the decimals when they are all
/// zero (`$30,000`, but `$30,000.50`): for names and chart ticks, never for the
/// offer's figures, which always show the currency's minor units.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::format::format_money_short, Currency, NumberFormat};
/// use rust_decimal::Decimal;
/// let f = NumberFormat::DotComma;
/// assert_eq!(format_money_short(Decimal::new(30_000, 0), Currency::USD, f), "30.000\u{a0}$");
/// assert_eq!(format_money_short(Decimal::new(3_000_050, 2), Currency::USD, f), "30.000,50\u{a0}$");
/// ```
pub fn format_money_short(value: Decimal, currency: Currency, format: NumberFormat) -> String {
    let text = format_money(value, currency, format);
    let minor = usize::try_from(currency.minor_units()).unwrap_or(0);
    if !value.fract().is_zero() || minor == 0 {
        return text;
    }
    let zeros: String = std::iter::once(format.decimal_separator())
        .chain(std::iter::repeat_n('0', minor))
        .collect();
    text.replacen(&zeros, "", 1)
}

/// Writes a percentage with up to `decimals` decimals, trailing zeros kept for
/// alignment, e.g. `66.79%`.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::format::format_percent, NumberFormat, Percent};
/// use rust_decimal::Decimal;
/// let p = Percent::new(Decimal::new(667932, 4));
/// assert_eq!(format_percent(p, 2, NumberFormat::CommaDot), "66.79%");
/// assert_eq!(format_percent(p, 1, NumberFormat::DotComma), "66,8%");
/// ```
pub fn format_percent(value: Percent, decimals: u32, format: NumberFormat) -> String {
    let mut out = format_number(value.points(), decimals, format);
    out.push('%');
    out
}

/// Writes a value for an input field: grouping of `format`, no symbol, and only the
/// decimals the value has (at least `min_decimals`), so it parses back exactly.
///
/// # Examples
/// ```
/// use best_offer_domain::{money::format::format_for_input, NumberFormat};
/// use rust_decimal::Decimal;
/// assert_eq!(format_for_input(Decimal::new(1200, 0), 2, NumberFormat::CommaDot), "1,200.00");
/// assert_eq!(format_for_input(Decimal::new(375, 1), 0, NumberFormat::CommaDot), "37.5");
/// ```
pub fn format_for_input(value: Decimal, min_decimals: u32, format: NumberFormat) -> String {
    let own = value.normalize().scale();
    format_number(value, own.max(min_decimals), format)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn number_formats_table() {
        let cases = [
            ("0", 2, NumberFormat::CommaDot, "0.00"),
            ("999", 2, NumberFormat::CommaDot, "999.00"),
            ("1000", 2, NumberFormat::CommaDot, "1,000.00"),
            ("1234567.891", 3, NumberFormat::CommaDot, "1,234,567.891"),
            ("1234567.895", 2, NumberFormat::CommaDot, "1,234,567.90"),
            ("0.005", 2, NumberFormat::CommaDot, "0.01"),
            ("-0.004", 2, NumberFormat::CommaDot, "0.00"),
            ("-1234.5", 2, NumberFormat::CommaDot, "-1,234.50"),
            ("1234567.89", 2, NumberFormat::DotComma, "1.234.567,89"),
            (
                "1234567.89",
                2,
                NumberFormat::SpaceComma,
                "1\u{a0}234\u{a0}567,89",
            ),
            ("1234567.89", 2, NumberFormat::ApostropheDot, "1’234’567.89"),
            ("100000", 2, NumberFormat::Indian, "1,00,000.00"),
            ("12345678", 0, NumberFormat::Indian, "1,23,45,678"),
            ("999", 0, NumberFormat::Indian, "999"),
            ("1000", 0, NumberFormat::Indian, "1,000"),
        ];
        for (value, dp, format, expected) in cases {
            assert_eq!(
                format_number(d(value), dp, format),
                expected,
                "{value} {format:?}"
            );
        }
    }

    #[test]
    fn money_in_every_listed_currency() {
        let v = d("1234567.5");
        let cases = [
            ("USD", NumberFormat::CommaDot, "$1,234,567.50"),
            ("EUR", NumberFormat::DotComma, "1.234.567,50\u{a0}€"),
            ("GBP", NumberFormat::CommaDot, "£1,234,567.50"),
            ("JPY", NumberFormat::CommaDot, "¥1,234,568"),
            ("CHF", NumberFormat::ApostropheDot, "CHF\u{a0}1’234’567.50"),
            ("CAD", NumberFormat::CommaDot, "CAD\u{a0}1,234,567.50"),
            ("AUD", NumberFormat::CommaDot, "AUD\u{a0}1,234,567.50"),
            ("INR", NumberFormat::Indian, "₹12,34,567.50"),
            (
                "SEK",
                NumberFormat::SpaceComma,
                "1\u{a0}234\u{a0}567,50\u{a0}SEK",
            ),
            ("BHD", NumberFormat::CommaDot, "BHD\u{a0}1,234,567.500"),
        ];
        for (code, format, expected) in cases {
            let currency = Currency::from_code(code).unwrap();
            assert_eq!(format_money(v, currency, format), expected, "{code}");
        }
        let usd = Currency::from_code("USD").unwrap();
        assert_eq!(format_money(d("-5"), usd, NumberFormat::CommaDot), "-$5.00");
    }

    #[test]
    fn extreme_values_format_without_panicking() {
        for value in [Decimal::MAX, Decimal::MIN, Decimal::new(1, 28)] {
            for format in NumberFormat::ALL {
                for dp in [0, 2, 3, 28, 40] {
                    let _ = format_number(value, dp, format);
                }
            }
        }
    }
}
