//! Calendar dates for offers (issue date, valid-through date), without a time zone:
//! an offer is valid through the *end* of its last day wherever it is read.
//!
//! A small civil-calendar type (proleptic Gregorian, years 1–9999) is all an offer
//! needs, so the domain crate stays free of a date library.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A calendar date, serialised as `"YYYY-MM-DD"`.
///
/// # Examples
/// ```
/// use best_offer_domain::date::Date;
/// let issued = Date::parse_iso("2026-11-26").unwrap();
/// assert_eq!(issued.add_days(30).to_iso(), "2026-12-26");
/// assert_eq!(issued.long(), "26 November 2026");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Text that is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDate(pub String);

/// The file reader's detail when a date field does not read, in the terse form of
/// the reader's own (`invalid type: …`); the app says the rest.
impl fmt::Display for InvalidDate {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(out, "invalid date {:?}, expected YYYY-MM-DD", self.0)
    }
}

/// The months in English, January first (the workspace's dates, and the English
/// offer's: `words::EN` uses the same).
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists (years 1–9999).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::date::Date;
    /// assert!(Date::new(2028, 2, 29).is_some());
    /// assert!(Date::new(2027, 2, 29).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (what an `<input type="date">` gives).
    ///
    /// # Errors
    /// [`InvalidDate`] for any other text or a day that does not exist.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::date::Date;
    /// assert!(Date::parse_iso("2026-02-30").is_err());
    /// assert!(Date::parse_iso("26/11/2026").is_err());
    /// ```
    pub fn parse_iso(text: &str) -> Result<Date, InvalidDate> {
        let invalid = || InvalidDate(text.to_string());
        let mut parts = text.trim().split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(invalid());
        }
        let number = |s: &str| {
            s.parse::<u16>()
                .ok()
                .filter(|_| s.bytes().all(|b| b.is_ascii_digit()))
        };
        let (Some(year), Some(month), Some(day)) = (number(y), number(m), number(d)) else {
            return Err(invalid());
        };
        let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
            return Err(invalid());
        };
        Date::new(year, month, day).ok_or_else(invalid)
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `26 November 2026`: unambiguous in every country.
    pub fn long(self) -> String {
        let month = MONTHS
            .get(usize::from(self.month).saturating_sub(1))
            .copied()
            .unwrap_or("");
        format!("{} {month} {}", self.day, self.year)
    }

    /// Days since 0001-01-01 (day 0).
    // Inputs are bounded (years 1–9999), so every intermediate value is far inside i64.
    #[allow(clippy::arithmetic_side_effects)]
    fn ordinal(self) -> i64 {
        // Howard Hinnant's days-from-civil, shifted to start in year 1.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y.saturating_sub(1) } else { y };
        let era = y.div_euclid(400);
        let yoe = y.saturating_sub(era.saturating_mul(400));
        let mp = if m > 2 {
            m.saturating_sub(3)
        } else {
            m.saturating_add(9)
        };
        let doy = (153_i64.saturating_mul(mp).saturating_add(2)) / 5 + d - 1;
        let doe = yoe.saturating_mul(365) + yoe / 4 - yoe / 100 + doy;
        era.saturating_mul(146_097) + doe - 306
    }

    /// The date from days since 0001-01-01, clamped to years 1–9999.
    // `days` is clamped first, so every intermediate value is far inside i64.
    #[allow(clippy::arithmetic_side_effects)]
    fn from_ordinal(days: i64) -> Date {
        let z = days.clamp(0, 3_652_058) + 306;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: u16::try_from(year).unwrap_or(9999),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// The date `days` later (or earlier, if negative), within years 1–9999.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_ordinal(self.ordinal().saturating_add(days))
    }

    /// Days from `earlier` to this date (negative when `earlier` is later).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::date::Date;
    /// let d = |iso| Date::parse_iso(iso).unwrap();
    /// assert_eq!(d("2027-01-01").days_since(d("2026-12-02")), 30);
    /// assert_eq!(d("2026-12-02").days_since(d("2027-01-01")), -30);
    /// ```
    pub fn days_since(self, earlier: Date) -> i64 {
        self.ordinal().saturating_sub(earlier.ordinal())
    }

    /// The date of a Unix time in whole days (days since 1970-01-01).
    pub fn from_unix_days(days: i64) -> Date {
        const UNIX_EPOCH_ORDINAL: i64 = 719_162;
        Date::from_ordinal(UNIX_EPOCH_ORDINAL.saturating_add(days))
    }

    /// Year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// Month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// Day of the month.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl TryFrom<String> for Date {
    type Error = InvalidDate;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Date::parse_iso(&text)
    }
}

impl From<Date> for String {
    fn from(date: Date) -> Self {
        date.to_iso()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_arithmetic() {
        let cases = [
            ("2026-11-26", 30, "2026-12-26"),
            ("2026-12-15", 30, "2027-01-14"),
            ("2028-02-28", 1, "2028-02-29"),
            ("2027-02-28", 1, "2027-03-01"),
            ("2100-02-28", 1, "2100-03-01"),
            ("2000-02-28", 1, "2000-02-29"),
            ("2026-03-01", -1, "2026-02-28"),
            ("0001-01-01", -5, "0001-01-01"),
            ("9999-12-31", 5, "9999-12-31"),
        ];
        for (from, days, to) in cases {
            let date = Date::parse_iso(from).unwrap();
            assert_eq!(date.add_days(days).to_iso(), to, "{from} + {days}");
        }
        assert_eq!(Date::from_unix_days(0).to_iso(), "1970-01-01");
        assert_eq!(Date::from_unix_days(20_418).to_iso(), "2025-11-26");
    }

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        let mut date = Date::new(1900, 1, 1).unwrap();
        for _ in 0..146_097 {
            assert_eq!(Date::parse_iso(&date.to_iso()), Ok(date));
            let next = date.add_days(1);
            assert!(next > date);
            assert_eq!(next.add_days(-1), date);
            date = next;
        }
    }

    #[test]
    fn invalid_dates() {
        for text in [
            "",
            "2026",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "+026-01-01",
            "2026-1-01",
            "2026-01-01-01",
            "0000-01-01",
        ] {
            assert!(Date::parse_iso(text).is_err(), "{text}");
        }
    }
}
