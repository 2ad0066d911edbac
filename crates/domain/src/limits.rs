//! Every limit on what a proposal may hold, in one place, with the figures
//! messages write for it: the largest amount and quantity, the longest term, the most lines,
//! scenarios, list items and proposals, the longest text and the largest file.
//!
//! Why limits at all: every figure must stay far inside `Decimal`'s 28 digits through
//! every product and sum of the pricing engine, so that checked arithmetic never
//! fails on a value a rep could type; and no file or link can make the app hold more
//! than a browser handles. The `*_TEXT` forms are what a rep reads in a message; a
//! test checks that each says the same number as its limit.

use rust_decimal::Decimal;

/// The largest amount anywhere in a deal: 10^15 in the deal's currency.
pub const MAX_MONEY: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);
/// [`MAX_MONEY`] as messages write it.
pub const MAX_MONEY_TEXT: &str = "1,000,000,000,000,000";

/// The largest quantity of a line: 10^9 units, seats or hours.
pub const MAX_QUANTITY: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);
/// [`MAX_QUANTITY`] as messages write it.
pub const MAX_QUANTITY_TEXT: &str = "1,000,000,000";

/// The longest contract term, in months (50 years).
pub const MAX_TERM_MONTHS: u32 = 600;
/// [`MAX_TERM_MONTHS`] as messages write it.
pub const MAX_TERM_MONTHS_TEXT: &str = "600";

/// Most lines a deal holds.
pub const MAX_LINES: usize = 500;
/// Most scenarios a board holds side by side.
pub const MAX_SCENARIOS: usize = 8;
/// Most items in each of the offer's lists (included, not included, assumptions).
pub const MAX_LIST_ITEMS: usize = 50;
/// Most proposals in one file.
pub const MAX_PROPOSALS: usize = 1_000;
/// The longest text field accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// The largest file accepted, in bytes (5 MB).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// [`MAX_FILE_BYTES`] as messages write it.
pub const MAX_FILE_TEXT: &str = "5 MB";

/// Most items in the product catalogue.
pub const MAX_ITEMS: usize = 5_000;
/// [`MAX_ITEMS`] as messages write it.
pub const MAX_ITEMS_TEXT: &str = "5,000";
/// The largest price-list (CSV) file accepted, in bytes (2 MB).
pub const MAX_CSV_BYTES: usize = 2 * 1024 * 1024;
/// [`MAX_CSV_BYTES`] as messages write it.
pub const MAX_CSV_TEXT: &str = "2 MB";
/// The largest logo accepted, in bytes (256 KB).
pub const MAX_LOGO_BYTES: usize = 256 * 1024;
/// [`MAX_LOGO_BYTES`] as messages write it.
pub const MAX_LOGO_TEXT: &str = "256 KB";
/// The longest validity an offer may start with, in days.
pub const MAX_VALIDITY_DAYS: u32 = 365;
/// The largest sequence number of the offer-number pattern.
pub const MAX_SEQUENCE: u32 = 999_999;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::format::format_number;
    use crate::money::locale::NumberFormat;

    #[test]
    fn each_message_says_its_limit() {
        let written = |value: Decimal| format_number(value, 0, NumberFormat::CommaDot);
        assert_eq!(written(MAX_MONEY), MAX_MONEY_TEXT);
        assert_eq!(written(MAX_QUANTITY), MAX_QUANTITY_TEXT);
        assert_eq!(MAX_TERM_MONTHS.to_string(), MAX_TERM_MONTHS_TEXT);
        assert_eq!(MAX_FILE_BYTES, 5 * 1024 * 1024);
        assert!(MAX_FILE_TEXT.starts_with('5'));
        assert_eq!(written(Decimal::from(MAX_ITEMS)), MAX_ITEMS_TEXT);
        assert_eq!(MAX_CSV_BYTES, 2 * 1024 * 1024);
        assert!(MAX_CSV_TEXT.starts_with('2'));
        assert_eq!(format!("{} KB", MAX_LOGO_BYTES / 1024), MAX_LOGO_TEXT);
    }
}
