//! One follow-up call as an iCalendar file (RFC 5545): a `VCALENDAR` holding one
//! all-day `VEVENT`, which every calendar program opens, made here with no network.
//!
//! What the standard asks and this writes: lines end in CRLF; a line longer than
//! 75 octets is folded (CRLF and one space), never inside a UTF-8 character;
//! text values escape `\`, `;`, `,` and line breaks (§3.3.11); `DTSTAMP` is UTC
//! (`…Z`); an all-day event is `DTSTART;VALUE=DATE` with `DTEND` the next day
//! (§3.6.1); `UID` is unique and the same for the same call, so importing the file
//! twice updates the event instead of doubling it. The words of the summary and
//! description are the app's (it writes the rep's English).
//!
//! Why not a crate: the `icalendar` crate brings `chrono` and `uuid` (tens of KB of
//! Wasm) to write eleven lines; the rules above are all this needs, and
//! `tests/calendar.rs` reads the output back by the standard's rules.

use crate::date::Date;

/// The longest line, in octets, before it is folded (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// A follow-up call to put in a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Unique and stable for this call (the proposal's id and the day).
    pub uid: String,
    /// When the file was made (milliseconds since 1970-01-01 UTC).
    pub stamp_ms: i64,
    /// The day of the call (an all-day event).
    pub on: Date,
    /// One line: who, and which offer.
    pub summary: String,
    /// The details, in lines.
    pub description: String,
}

/// A text value escaped as RFC 5545 §3.3.11 says: `\` `;` `,` with a backslash,
/// each line break as `\n` (CR dropped).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            // Other control characters have no place in a calendar text.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `line` folded at [`MAX_LINE_OCTETS`] octets, each line ending in CRLF; a
/// continuation starts with one space, which counts in its 75.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len().saturating_mul(2));
    let mut used: usize = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used.saturating_add(width) > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used = used.saturating_add(width);
    }
    out.push_str("\r\n");
    out
}

/// A UTC date-time of `ms` since 1970 as iCalendar writes it (`20261202T143000Z`).
fn utc_stamp(ms: i64) -> String {
    const DAY_SECONDS: i64 = 86_400;
    let seconds = ms.div_euclid(1000);
    let days = seconds.div_euclid(DAY_SECONDS);
    let in_day = seconds.rem_euclid(DAY_SECONDS);
    format!(
        "{}T{:02}{:02}{:02}Z",
        compact(Date::from_unix_days(days)),
        in_day / 3600,
        in_day % 3600 / 60,
        in_day % 60
    )
}

/// A date as iCalendar writes it (`20261202`).
fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// The whole `.ics` file of `event`.
///
/// # Examples
/// ```
/// use best_offer_domain::date::Date;
/// use best_offer_domain::outcome::calendar::{CalendarEvent, ics};
/// let event = CalendarEvent {
///     uid: "p1-20270101@best-offer".into(),
///     stamp_ms: 1_796_220_000_000,
///     on: Date::parse_iso("2027-01-01").unwrap(),
///     summary: "Follow up: Northwind, BO-7".into(),
///     description: "Lost on price; call about their go-live.".into(),
/// };
/// let file = ics(&event);
/// assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
/// assert!(file.contains("DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\n"));
/// assert!(file.contains("SUMMARY:Follow up: Northwind\\, BO-7\r\n"));
/// assert!(file.ends_with("END:VCALENDAR\r\n"));
/// ```
pub fn ics(event: &CalendarEvent) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//Best Offer//{}//EN", crate::PRODUCT_NAME),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape_text(&event.uid)),
        format!("DTSTAMP:{}", utc_stamp(event.stamp_ms)),
        format!("DTSTART;VALUE=DATE:{}", compact(event.on)),
        format!("DTEND;VALUE=DATE:{}", compact(event.on.add_days(1))),
        format!("SUMMARY:{}", escape_text(&event.summary)),
        format!("DESCRIPTION:{}", escape_text(&event.description)),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|line| fold_line(line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_and_never_inside_a_character() {
        let line = format!("DESCRIPTION:{}", "é".repeat(80));
        let folded = fold_line(&line);
        for piece in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(piece.len() <= MAX_LINE_OCTETS, "{} octets", piece.len());
        }
        // Unfolding (remove CRLF + space) gives the line back.
        assert_eq!(folded.trim_end().replace("\r\n ", ""), line);
        assert_eq!(fold_line("SHORT"), "SHORT\r\n");
    }

    #[test]
    fn texts_are_escaped_and_stamps_are_utc() {
        assert_eq!(escape_text("a;b,c\\d\r\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        // 2026-12-02 14:30:05 UTC.
        assert_eq!(utc_stamp(1_796_221_805_000), "20261202T143005Z");
    }
}
