//! What each refusal of the domain says to the rep (and, for a link, to the
//! customer): one `Explain` for every typed error the domain returns, so the
//! sentences live here and nowhere else.

use std::fmt::Write as _;

use best_offer_domain::NumberFormat;
use best_offer_domain::desk::price_list::{
    Column, HeaderFault, MAX_FIELDS, Needed, PriceListError, RowFault,
};
use best_offer_domain::desk::profile::PatternFault;
use best_offer_domain::library::file::{
    Count, FileError, FileFault, MAX_LINKS_MADE, SCHEMA_VERSION,
};
use best_offer_domain::library::sending::NotSendable;
use best_offer_domain::limits::{
    MAX_CSV_TEXT, MAX_FILE_TEXT, MAX_ITEMS_TEXT, MAX_LINES, MAX_LIST_ITEMS, MAX_LOGO_TEXT,
    MAX_MONEY_TEXT, MAX_PROPOSALS, MAX_QUANTITY_TEXT, MAX_SCENARIOS, MAX_SEQUENCE,
    MAX_TERM_MONTHS_TEXT, MAX_TEXT_CHARS, MAX_VALIDITY_DAYS,
};
use best_offer_domain::money::format::format_number;
use best_offer_domain::money::parse::{Bound, Figure, ParseError, PercentKind, WholeOf};
use best_offer_domain::offer::link::{
    LINK_VERSION, LinkError, LinkFault, MAX_LINK_JSON_BYTES, MAX_LINK_LOGO_BYTES,
};
use best_offer_domain::offer::logo::LogoError;
use best_offer_domain::options::MAX_OPTIONS;
use best_offer_domain::pricing::deal::MAX_BANDS;
use best_offer_domain::pricing::error::{DealProblem, LineProblem, PricingError, Unreachable};
use best_offer_domain::requirements::MAX_REQUIREMENTS;

use crate::notice::ImportRefusal;
use crate::split::NotFetched;
use crate::storage::SaveError;
use rust_decimal::Decimal;

/// A refusal, said in words.
pub trait Explain {
    /// The sentence the reader sees.
    fn explain(&self) -> String;
}

impl Explain for ParseError {
    fn explain(&self) -> String {
        match self {
            ParseError::Empty => "Enter a number.".to_string(),
            ParseError::Exponent => {
                "Write the number in full; exponents like 1e5 are not accepted.".to_string()
            }
            ParseError::Negative => "This can't be negative.".to_string(),
            ParseError::MultipleDecimalSeparators(mark) => {
                format!("There is more than one decimal separator (“{mark}”).")
            }
            ParseError::OtherFormat {
                format,
                typed,
                written,
            } => format!(
                "In the {} format, {typed} is written {written}.",
                format.name()
            ),
            ParseError::Grouping(format) => format!(
                "The thousands separators are in the wrong places; write e.g. {}.",
                format.example()
            ),
            ParseError::ForeignCurrency(sign) => {
                format!("“{sign}” is not this proposal's currency; type the number alone.")
            }
            ParseError::UnexpectedCharacter(c) => format!("“{c}” can't be part of a number."),
            ParseError::TooManyDecimals {
                of,
                allowed,
                found,
                meant,
            } => {
                let what = match of {
                    Figure::Number | Figure::TermMonths => "Numbers have".to_string(),
                    Figure::Money(currency) => format!("{} amounts have", currency.code()),
                    Figure::Percent => "Percentages have".to_string(),
                    Figure::Quantity => "Quantities have".to_string(),
                };
                let plural = if *allowed == 1 { "" } else { "s" };
                let mut out =
                    format!("{what} at most {allowed} decimal place{plural}; this has {found}.");
                if let Some((plain, written)) = meant {
                    let _ = write!(out, " If you meant {plain}, write {written}.");
                }
                out
            }
            ParseError::NoDecimalsAllowed(currency) => {
                format!("{} amounts have no decimals.", currency.code())
            }
            ParseError::TooLarge(of) => match of {
                Figure::Money(_) => largest(MAX_MONEY_TEXT),
                Figure::Quantity => largest(MAX_QUANTITY_TEXT),
                Figure::TermMonths => largest(MAX_TERM_MONTHS_TEXT),
                Figure::Number | Figure::Percent => "That number is too large.".to_string(),
            },
            ParseError::OutOfRange(bound) => bound.explain(),
            ParseError::ZeroQuantity => "The quantity must be more than 0.".to_string(),
            ParseError::IncompleteDate => {
                "Enter a complete date (day, month and year).".to_string()
            }
        }
    }
}

fn largest(limit: &str) -> String {
    format!("That is more than the largest accepted value ({limit}).")
}

/// A whole number as the workspace writes it (`999,999`).
fn whole(value: u32) -> String {
    format_number(Decimal::from(value), 0, NumberFormat::CommaDot)
}

impl Explain for Bound {
    fn explain(&self) -> String {
        match self {
            Bound::Percent(PercentKind::Discount) => {
                "A discount can't be more than 100 %.".to_string()
            }
            Bound::Percent(PercentKind::Margin) => {
                "A margin must be below 100 % (margin = (price − cost) / price).".to_string()
            }
            Bound::Percent(PercentKind::Tax) => "A tax rate can't be more than 100 %.".to_string(),
            Bound::Percent(PercentKind::Maintenance) => {
                "A yearly maintenance rate can't be more than 100 % of the licence.".to_string()
            }
            Bound::TermWhole => "The term is a whole number of months.".to_string(),
            Bound::TermAtLeastOne => "The term must be at least 1 month.".to_string(),
            Bound::TermAtMost => {
                format!("The term can be at most {MAX_TERM_MONTHS_TEXT} months (50 years).")
            }
            Bound::Revision => "A revision is a whole number from 1 to 999.".to_string(),
            Bound::Whole(WholeOf::ValidityDays) => {
                format!("The validity is a whole number of days from 1 to {MAX_VALIDITY_DAYS}.")
            }
            Bound::Whole(WholeOf::Sequence) => format!(
                "The next number is a whole number from 1 to {}.",
                whole(MAX_SEQUENCE)
            ),
        }
    }
}

impl Explain for PricingError {
    fn explain(&self) -> String {
        match self {
            PricingError::Overflow => {
                "These figures are too large to calculate exactly; check quantities and prices."
                    .to_string()
            }
            PricingError::DivisionByZero => {
                "A figure needs a division by zero; check for a zero price or a 100 % margin."
                    .to_string()
            }
            PricingError::EmptyDeal => "Add at least one line to the deal.".to_string(),
            PricingError::ZeroListPrice => {
                "The deal's list price is zero; enter a list price.".to_string()
            }
            PricingError::FloorNotSet => "Floor not set: type a minimum margin (0 % counts), a walk-away price, or a maximum discount on every discountable line to see your best offer.".to_string(),
            PricingError::NoFloor => "Your floor allows a price of 0: enter each line's cost or margin, or a walk-away price, to see how low you can go.".to_string(),
            PricingError::InvalidLine { line, problem } => {
                format!("Line {line}: {}", problem.explain())
            }
            PricingError::InvalidDeal(problem) => problem.explain(),
            PricingError::Unreachable(Unreachable::AboveList) => {
                "The target is above the list price; a scenario can only discount.".to_string()
            }
            PricingError::Unreachable(Unreachable::BelowCaps) => {
                "That price is below what the lines' discount caps allow.".to_string()
            }
        }
    }
}

impl Explain for LineProblem {
    fn explain(&self) -> String {
        match self {
            LineProblem::Mismatch => "internal line mismatch.".to_string(),
            LineProblem::ZeroQuantity => "the quantity must be more than 0.".to_string(),
            LineProblem::QuantityTooLarge => {
                format!("the quantity is larger than {MAX_QUANTITY_TEXT}.")
            }
            LineProblem::NegativePrice => "the list price can't be negative.".to_string(),
            LineProblem::PriceTooLarge => "the list price is too large.".to_string(),
            LineProblem::MaxDiscountRange => "the maximum discount must be 0–100 %.".to_string(),
            LineProblem::MaintenanceRateRange => {
                "the maintenance rate must be 0–100 %.".to_string()
            }
            LineProblem::NegativeCost => "the cost can't be negative.".to_string(),
            LineProblem::CostTooLarge => "the cost is too large.".to_string(),
            LineProblem::MarginNotBelow100 => "the margin must be below 100 %.".to_string(),
            LineProblem::CoversMissingLine => {
                "maintenance covers a line that no longer exists.".to_string()
            }
            LineProblem::CoversRecurringLine => {
                "maintenance can only cover one-time lines.".to_string()
            }
        }
    }
}

impl Explain for DealProblem {
    fn explain(&self) -> String {
        match self {
            DealProblem::TermRange => {
                format!("The term must be between 1 and {MAX_TERM_MONTHS_TEXT} months.")
            }
            DealProblem::MinMarginRange => {
                "The minimum margin must be from 0 % up to, not including, 100 %.".to_string()
            }
            DealProblem::WalkAwayRange => {
                format!("The walk-away price must be between 0 and {MAX_MONEY_TEXT}.")
            }
            DealProblem::TargetPriceRange => {
                format!("The target price must be between 0 and {MAX_MONEY_TEXT}.")
            }
            DealProblem::TargetMarginNotBelow100 => {
                "The target margin must be below 100 %.".to_string()
            }
            DealProblem::ScenarioDiscountRange => {
                "The scenario's discount must be between 0 % and 100 %.".to_string()
            }
            DealProblem::OverrideDiscountRange => {
                "A line's override discount must be between 0 % and 100 %.".to_string()
            }
            DealProblem::NiceStepNotPositive => {
                "The nice-price step must be a positive amount.".to_string()
            }
        }
    }
}

impl Explain for FileError {
    fn explain(&self) -> String {
        match self {
            FileError::TooLarge(bytes) => {
                format!("The file is too large ({bytes} bytes; at most {MAX_FILE_TEXT}).")
            }
            FileError::NotJson(detail) => {
                format!("The file is not readable JSON (it may be truncated or damaged): {detail}")
            }
            FileError::NotOurs => "This is not a Best Offer proposal file.".to_string(),
            FileError::Newer(version) => format!(
                "This file was written by a newer version of Best Offer (format version {version}; this one reads up to {SCHEMA_VERSION}). Update the app to open it."
            ),
            FileError::UnknownVersion(version) => {
                format!("This file has an unknown format version ({version}).")
            }
            FileError::Invalid { path, problem } => format!("{path}: {}", problem.explain()),
        }
    }
}

impl Explain for FileFault {
    fn explain(&self) -> String {
        match self {
            FileFault::Missing => "missing".to_string(),
            FileFault::Type(detail) => detail.clone(),
            FileFault::TextTooLong => format!("longer than {MAX_TEXT_CHARS} characters"),
            FileFault::Negative => "can't be negative".to_string(),
            FileFault::MoneyTooLarge => format!("larger than {MAX_MONEY_TEXT}"),
            FileFault::Percent { below_100: true } => {
                "must be 0 to under 100 (per cent)".to_string()
            }
            FileFault::Percent { below_100: false } => "must be 0 to 100 (per cent)".to_string(),
            FileFault::TooMany(count) => match count {
                Count::Proposals => format!("more than {MAX_PROPOSALS} proposals"),
                Count::Drafts => "too many entries".to_string(),
                Count::Links => format!("more than {MAX_LINKS_MADE} links"),
                Count::Bands => format!("at most {MAX_BANDS} bands"),
                Count::ListItems => format!("more than {MAX_LIST_ITEMS} items"),
                Count::CatalogueItems => format!("more than {MAX_ITEMS_TEXT} items"),
                Count::Scenarios => format!("at most {MAX_SCENARIOS} scenarios"),
                Count::Requirements => format!("more than {MAX_REQUIREMENTS} requirements"),
            },
            FileFault::BadId => "must be 1–64 letters, digits, '-' or '_'".to_string(),
            FileFault::DuplicateId => "the same id appears twice".to_string(),
            FileFault::BadBandId => "must be 1 or more, and not used by another band".to_string(),
            FileFault::NamesNoProposal => "names no proposal in the file".to_string(),
            FileFault::NamesNoLogo => "names no logo in the file".to_string(),
            FileFault::NamesNoLine => "names a line the deal does not have".to_string(),
            FileFault::FingerprintTooLong => "too long".to_string(),
            FileFault::TermRange => format!("must be 1 to {MAX_TERM_MONTHS_TEXT}"),
            FileFault::ValidityRange => Bound::Whole(WholeOf::ValidityDays).explain(),
            FileFault::SequenceRange => Bound::Whole(WholeOf::Sequence).explain(),
            FileFault::NotPositive => "must be more than 0".to_string(),
            FileFault::LineCount => format!("must hold 1 to {MAX_LINES} lines"),
            FileFault::Quantity => {
                format!("must be more than 0 and at most {MAX_QUANTITY_TEXT}")
            }
            FileFault::Revision => "must be 1 or more".to_string(),
            FileFault::Logo(error) => error.explain(),
            FileFault::OutcomeAgainstStatus => {
                "says otherwise than the proposal's status (won or lost)".to_string()
            }
            FileFault::OptionCount => format!("must hold no options, or 2 to {MAX_OPTIONS}"),
            FileFault::NamesNoOption => "names an option the proposal does not have".to_string(),
        }
    }
}

impl Explain for LogoError {
    fn explain(&self) -> String {
        match self {
            LogoError::TooLarge(kb) => {
                format!("The image is too large ({kb} KB); a logo can be at most {MAX_LOGO_TEXT}.")
            }
            LogoError::NotAnImage => "This is not a PNG, JPEG or WebP image.".to_string(),
            LogoError::Damaged => "The logo's data is damaged (not base64).".to_string(),
            LogoError::WrongId => "The logo's id does not match its content.".to_string(),
        }
    }
}

impl Explain for PriceListError {
    fn explain(&self) -> String {
        match self {
            PriceListError::TooLarge(kb) => {
                format!("The file is too large for a price list ({kb} KB; at most {MAX_CSV_TEXT}).")
            }
            PriceListError::TooManyRows(rows) => {
                format!("The file has {rows} rows; a price list can have at most {MAX_ITEMS_TEXT}.")
            }
            PriceListError::Header(HeaderFault::Empty) => "The file is empty: it needs a header row (name, list price, cost or margin) and a row per item.".to_string(),
            PriceListError::Header(HeaderFault::Twice(column)) => {
                format!("The header names the “{}” column twice.", column.header())
            }
            PriceListError::Header(HeaderFault::Missing { missing, found }) => {
                let missing: Vec<&str> = missing
                    .iter()
                    .map(|needed| match needed {
                        Needed::Name => "name",
                        Needed::ListPrice => "list price",
                        Needed::CostOrMargin => "cost or margin",
                    })
                    .collect();
                format!(
                    "The header row needs the columns {}; it has: {}.",
                    missing.join(", "),
                    found.join(", ")
                )
            }
            PriceListError::NotText => {
                "The file could not be read as CSV text: it is not UTF-8 text".to_string()
            }
            PriceListError::TooManyFields(row) => format!(
                "The file could not be read as CSV text: row {row} has more than {MAX_FIELDS} fields"
            ),
        }
    }
}

impl Explain for RowFault {
    fn explain(&self) -> String {
        match self {
            RowFault::ExtraFields {
                found,
                header,
                separator,
            } => format!(
                "{found} fields where the header has {header}: a “{separator}” inside a field needs quotes around the field"
            ),
            RowFault::DuplicateName => "the same name is on an earlier row".to_string(),
            RowFault::EmptyName => "the name is empty".to_string(),
            RowFault::TextTooLong(column) => format!(
                "the {} is longer than {MAX_TEXT_CHARS} characters",
                column.header()
            ),
            RowFault::Kind(kind) => format!(
                "kind: “{kind}” is not one of one-time, per year, per month, maintenance, services"
            ),
            RowFault::Figure { column, error } => {
                format!("{}: {}", column.header(), error.explain())
            }
            RowFault::MaintenancePrice => format!(
                "{}: a maintenance item has none of its own (it is a yearly rate of the licence it covers): leave it empty and give the maintenance rate",
                Column::ListPrice.header()
            ),
            RowFault::EmptyListPrice => "the list price is empty".to_string(),
            RowFault::CostAndMargin => "both a cost and a margin: give one".to_string(),
            RowFault::NoCostNorMargin => "neither a cost nor a margin: give one".to_string(),
            RowFault::Discountable(value) => {
                format!("discountable: “{value}” is not yes or no")
            }
        }
    }
}

impl Explain for PatternFault {
    fn explain(&self) -> String {
        match self {
            PatternFault::Empty => "Enter a pattern, e.g. {YYYY}-{SEQ:3}.".to_string(),
            PatternFault::TooLong => format!(
                "A pattern has at most {} characters.",
                best_offer_domain::desk::profile::MAX_PATTERN_CHARS
            ),
            PatternFault::UnopenedBrace => "A “}” has no “{” before it.".to_string(),
            PatternFault::UnclosedBrace => "A “{” is not closed with “}”.".to_string(),
            PatternFault::UnknownPart(part) => format!(
                "{{{part}}} is not a known part; use {{YYYY}}, {{YY}}, {{MM}}, {{DD}}, {{SEQ}} or {{SEQ:3}} (3 digits)."
            ),
            PatternFault::NoSequence => "The pattern needs {SEQ} (or {SEQ:3} for three digits), so each offer gets its own number.".to_string(),
            PatternFault::SequenceTwice => "The pattern holds {SEQ} more than once.".to_string(),
        }
    }
}

impl Explain for NotSendable {
    fn explain(&self) -> String {
        match self {
            NotSendable::Held => {
                "The offer is not ready: fix what the offer page lists before sending.".to_string()
            }
            NotSendable::NoFigures(_) => "The offer has no figures to send.".to_string(),
            NotSendable::AlreadySent(revision) => format!("Revision {revision} was already sent."),
            NotSendable::OpenQuestions(1) => {
                "One requirement is still to be confirmed: answer it, or send it as an open question.".to_string()
            }
            NotSendable::OpenQuestions(open) => format!(
                "{open} requirements are still to be confirmed: answer them, or send them as open questions."
            ),
        }
    }
}

impl Explain for SaveError {
    fn explain(&self) -> String {
        match self {
            SaveError::Unavailable => "Browser storage is unavailable here, so changes are not saved. Export your proposals to keep them.".to_string(),
            SaveError::CannotRead => "Browser storage could not be read.".to_string(),
            SaveError::NotWritten(error) => format!(
                "Saving failed ({}). Export your proposals to keep them.",
                error.explain()
            ),
            SaveError::Full => "Browser storage is full, so the latest changes are not saved. Export your proposals, then delete some you no longer need (or catalogue items, or a large logo).".to_string(),
            SaveError::Other(why) => {
                format!("Saving failed ({why}). Export your proposals to keep them.")
            }
        }
    }
}

impl Explain for ImportRefusal {
    fn explain(&self) -> String {
        match self {
            ImportRefusal::NotRead(why) => why.clone(),
            ImportRefusal::File(error) => error.explain(),
        }
    }
}

/// What the customer reads when the code of a part of the offer (its options or
/// its requirements, built on demand) could not be fetched.
impl Explain for NotFetched {
    fn explain(&self) -> String {
        "Part of this page could not be loaded. Check the connection and reload the page: \
         the offer travels in the link itself, so nothing is lost."
            .to_string()
    }
}

/// What the customer reads instead of an offer whose link does not open.
impl Explain for LinkError {
    fn explain(&self) -> String {
        match self {
            LinkError::Foreign => "This address does not hold a Best Offer offer. Check that the whole link was copied.".to_string(),
            LinkError::Damaged => "This offer link is damaged or cut off, so it shows nothing. Ask the sender for the link again, or for the offer as a PDF.".to_string(),
            LinkError::Newer(version) => format!(
                "This offer link was made by a newer version of Best Offer (link format {version}; this site reads format {LINK_VERSION}). Open it with the newer site: ask the sender for its address."
            ),
            LinkError::TooLarge => format!(
                "This link unfolds into more than {} KB, more than any offer: it was not made by Best Offer and is not opened.",
                MAX_LINK_JSON_BYTES / 1024
            ),
            LinkError::Unreadable(fault) => format!(
                "This link's content is not an offer Best Offer can read ({}), so it shows nothing.",
                fault.explain()
            ),
            LinkError::DoesNotAddUp => "The figures in this link do not add up to its totals: it was damaged or not made by Best Offer, so it shows nothing.".to_string(),
        }
    }
}

impl Explain for LinkFault {
    fn explain(&self) -> String {
        match self {
            LinkFault::At { line, column } => {
                format!("its text does not read at line {line}, column {column}")
            }
            LinkFault::TextTooLong => format!("a text is longer than {MAX_TEXT_CHARS} characters"),
            LinkFault::ListTooLong => format!("a list has more than {MAX_LIST_ITEMS} items"),
            LinkFault::LineCount => format!("an offer has 1 to {MAX_LINES} lines"),
            LinkFault::CarriesLogo => "a link carries no logo".to_string(),
            LinkFault::NotAnImage => format!(
                "its logo is not a PNG, JPEG or WebP image of at most {} KB",
                MAX_LINK_LOGO_BYTES / 1024
            ),
            LinkFault::RevisionOrTerm => "the revision or the term is out of range".to_string(),
            LinkFault::ValidBeforeIssue => {
                "the offer is valid through a day before it was issued".to_string()
            }
            LinkFault::FigureOutOfRange => "a figure is out of range".to_string(),
            LinkFault::OptionCount => {
                format!("an offer has no options, or 2 to {MAX_OPTIONS}, each with lines")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use best_offer_domain::Currency;
    use best_offer_domain::desk::price_list::read_price_list;
    use best_offer_domain::desk::profile::check_pattern;
    use best_offer_domain::money::parse::{PercentRule, parse_money, parse_percent};

    #[test]
    fn refused_numbers_say_what_is_wrong() {
        let usd = Currency::USD;
        let f = NumberFormat::CommaDot;
        for (text, says) in [
            ("", "Enter a number."),
            ("1e5", "exponents"),
            ("-5", "can't be negative"),
            ("1.2.3", "more than one decimal separator (“.”)"),
            (
                "12.345",
                "USD amounts have at most 2 decimal places; this has 3. If you meant 12345, write 12,345.",
            ),
            (
                "1,23,4",
                "thousands separators are in the wrong places; write e.g. 1,234,567.89.",
            ),
            ("€5", "“€” is not this proposal's currency"),
            ("abc", "“a” can't be part of a number."),
            (
                "1000000000000001",
                "largest accepted value (1,000,000,000,000,000)",
            ),
        ] {
            let said = parse_money(text, usd, f).unwrap_err().explain();
            assert!(said.contains(says), "{text:?}: {said}");
        }
        let jpy = Currency::from_code("JPY").unwrap();
        assert_eq!(
            parse_money("1.5", jpy, f).unwrap_err().explain(),
            "JPY amounts have no decimals."
        );
        for (text, rule, says) in [
            ("100", PercentRule::MARGIN, "below 100 %"),
            ("100.5", PercentRule::DISCOUNT, "more than 100 %"),
            ("101", PercentRule::TAX, "tax rate"),
            (
                "1.23456",
                PercentRule::DISCOUNT,
                "Percentages have at most 4",
            ),
        ] {
            let said = parse_percent(text, rule, f).unwrap_err().explain();
            assert!(said.contains(says), "{text:?}: {said}");
        }
        assert_eq!(
            Bound::Whole(WholeOf::Sequence).explain(),
            "The next number is a whole number from 1 to 999,999."
        );
        assert!(Bound::TermAtMost.explain().contains("600 months"));
    }

    #[test]
    fn price_list_rows_and_headers_say_what_to_fix() {
        let csv = "name,kind,list price,cost,margin\n\
                   ,one-time,10,5,\n\
                   Gadget,gizmo,10,5,\n\
                   Support plus,maintenance,1200,,70\n\
                   Seats, named,10,5,,\n";
        let mut n = 0_u32;
        let preview = read_price_list(
            csv,
            Currency::USD,
            None,
            NumberFormat::CommaDot,
            &[],
            &mut || {
                n += 1;
                format!("i-{n}")
            },
        )
        .unwrap();
        let said: Vec<String> = preview
            .problems
            .iter()
            .map(|p| p.reason.explain())
            .collect();
        assert_eq!(
            said,
            [
                "the name is empty",
                "kind: “gizmo” is not one of one-time, per year, per month, maintenance, services",
                "list price: a maintenance item has none of its own (it is a yearly rate of the licence it covers): leave it empty and give the maintenance rate",
                "6 fields where the header has 5: a “,” inside a field needs quotes around the field",
            ]
        );
        let header = read_price_list(
            "product;price\nA;1\n",
            Currency::USD,
            None,
            NumberFormat::CommaDot,
            &[],
            &mut String::new,
        )
        .unwrap_err();
        assert_eq!(
            header.explain(),
            "The header row needs the columns cost or margin; it has: product, price."
        );
    }

    #[test]
    fn patterns_files_and_links_say_what_is_wrong() {
        for (pattern, says) in [
            ("", "Enter a pattern"),
            ("BO-{YYYY", "not closed"),
            ("BO-}", "no “{”"),
            ("{YEAR}-{SEQ}", "{YEAR} is not a known part"),
            ("{SEQ}{SEQ}", "more than once"),
            ("{YYYY}", "needs {SEQ}"),
        ] {
            let said = check_pattern(pattern).unwrap_err().explain();
            assert!(said.contains(says), "{pattern}: {said}");
        }
        let negative = FileError::Invalid {
            path: "proposals[0].proposal.deal.lines[0].terms.unit_list_price".into(),
            problem: FileFault::Negative,
        };
        assert_eq!(
            negative.explain(),
            "proposals[0].proposal.deal.lines[0].terms.unit_list_price: can't be negative"
        );
        assert_eq!(
            FileFault::Logo(LogoError::NotAnImage).explain(),
            "This is not a PNG, JPEG or WebP image."
        );
        assert!(FileError::Newer(9).explain().contains("newer version"));
        assert!(LinkError::Newer(3).explain().contains("newer version"));
        for error in [
            LinkError::Foreign,
            LinkError::Damaged,
            LinkError::TooLarge,
            LinkError::DoesNotAddUp,
            LinkError::Unreadable(LinkFault::CarriesLogo),
        ] {
            assert!(error.explain().ends_with('.'), "{error:?}");
        }
        assert_eq!(
            PricingError::InvalidLine {
                line: 2,
                problem: LineProblem::ZeroQuantity
            }
            .explain(),
            "Line 2: the quantity must be more than 0."
        );
    }
}
