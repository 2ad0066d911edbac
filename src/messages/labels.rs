//! The workspace's names for the domain's values: kinds of line and lever, a
//! proposal's status, what limited a best offer, a scenario's lever in words, and a
//! term as people say it, and what changed since a line was copied from the
//! catalogue.

use best_offer_domain::desk::catalogue::TermField;
use best_offer_domain::library::edit::LeverKind;
use best_offer_domain::library::file::Status;
use best_offer_domain::money::format::{
    format_money, format_money_short, format_number, format_percent,
};
use best_offer_domain::offer::words::EN;
use best_offer_domain::pricing::deal::{CostBasis, ItemTerms, Lever, LineKind, Scenario};
use best_offer_domain::pricing::solver::BestOfferLimit;
use best_offer_domain::{Currency, NumberFormat, Percent};
use rust_decimal::Decimal;

/// How a line is charged, for the rep.
pub const fn line_kind(kind: LineKind) -> &'static str {
    match kind {
        LineKind::OneTime => "One-time",
        LineKind::RecurringYearly => "Per year",
        LineKind::RecurringMonthly => "Per month",
        LineKind::Maintenance => "Maintenance (yearly)",
        LineKind::Service => "Services",
    }
}

/// What a scenario fixes, for its picker.
pub const fn lever_kind(kind: LeverKind) -> &'static str {
    match kind {
        LeverKind::Discount => "Discount %",
        LeverKind::TargetPrice => "Target price",
        LeverKind::TargetMargin => "Target margin %",
    }
}

/// Where a proposal stands.
pub const fn status(status: Status) -> &'static str {
    match status {
        Status::Draft => "Draft",
        Status::Sent => "Sent",
        Status::Won => "Won",
        Status::Lost => "Lost",
    }
}

/// What decided the best offer, in a sentence.
pub const fn best_offer_limit(limit: BestOfferLimit) -> &'static str {
    match limit {
        BestOfferLimit::Floor => "The lowest price that keeps your floor.",
        BestOfferLimit::Caps => {
            "The largest discount your line caps allow; the floor would allow more."
        }
        BestOfferLimit::NoRoom => {
            "No discount is possible: the list price is already below your floor."
        }
    }
}

/// What a lever's field holds, in a field's place name: "discount", "target
/// price", "target margin".
pub const fn lever_word(lever: Lever) -> &'static str {
    match lever {
        Lever::Discount(_) => "discount",
        Lever::TargetPrice(_) => "target price",
        Lever::TargetMargin(_) => "target margin",
    }
}

/// A lever in words, e.g. `List price`, `10 % off`, `At $30,000`, `At 40 % margin`
/// (no-break spaces inside, so a narrow column never splits a figure).
pub fn lever_name(lever: Lever, currency: Currency, format: NumberFormat) -> String {
    let percent = |p: Percent| {
        let points = p.points().normalize();
        format!("{}\u{a0}%", format_number(points, points.scale(), format))
    };
    match lever {
        Lever::Discount(p) if p.points().is_zero() => "List price".to_string(),
        Lever::Discount(p) => format!("{} off", percent(p)),
        Lever::TargetPrice(price) => {
            format!("At\u{a0}{}", format_money_short(price, currency, format))
        }
        Lever::TargetMargin(m) => format!("At {} margin", percent(m)),
    }
}

/// A scenario's title: the name the rep gave it, or, until renamed, its lever in
/// words ([`lever_name`]), so a column always says what it is.
pub fn scenario_title(scenario: &Scenario, currency: Currency, format: NumberFormat) -> String {
    let name = scenario.name.trim();
    if name.is_empty() {
        lever_name(scenario.lever, currency, format)
    } else {
        name.to_string()
    }
}

/// What changed in a term of a line since it was copied from its catalogue item,
/// for "Update from catalogue": the term's name, the line's value, the item's.
pub fn term_change(
    field: TermField,
    line: &ItemTerms,
    item: &ItemTerms,
    currency: Currency,
    format: NumberFormat,
) -> (&'static str, String, String) {
    let money = |value: Decimal| format_money(value, currency, format);
    let percent = |value: Percent| format_percent(value, 2, format);
    let cost = |basis: CostBasis| match basis {
        CostBasis::UnitCost(value) => format!("cost {}", money(value)),
        CostBasis::MarginAtList(margin) => format!("margin {}", percent(margin)),
    };
    let flag = |yes: bool| if yes { "yes" } else { "no" }.to_string();
    let cap = |cap: Option<Percent>| cap.map_or_else(|| "no cap".to_string(), percent);
    let both = |of: &dyn Fn(&ItemTerms) -> String| (of(line), of(item));
    let (name, (old, new)) = match field {
        TermField::Name => ("Name", both(&|t| t.name.clone())),
        TermField::Description => ("Description", both(&|t| t.description.clone())),
        TermField::Kind => ("Kind", both(&|t| line_kind(t.kind).to_string())),
        TermField::UnitListPrice => ("Unit list price", both(&|t| money(t.unit_list_price))),
        TermField::Cost => ("Cost", both(&|t| cost(t.cost))),
        TermField::Discountable => ("Discountable", both(&|t| flag(t.discountable))),
        TermField::MaxDiscount => ("Maximum discount", both(&|t| cap(t.max_discount))),
        TermField::MaintenanceRate => ("Maintenance rate", both(&|t| percent(t.maintenance_rate))),
    };
    (name, old, new)
}

/// A term as people say it: "1 year", "3 years", "2 years 6 months", "6 months"
/// (the workspace speaks English: the English offer's rule).
pub fn term_in_words(months: u32) -> String {
    EN.term(months)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_and_levers_read_naturally() {
        assert_eq!(term_in_words(12), "1 year");
        assert_eq!(term_in_words(36), "3 years");
        assert_eq!(term_in_words(30), "2 years 6 months");
        assert_eq!(term_in_words(13), "1 year 1 month");
        assert_eq!(term_in_words(6), "6 months");
        assert_eq!(term_in_words(1), "1 month");
        let f = NumberFormat::CommaDot;
        let name = |lever| lever_name(lever, Currency::USD, f).replace('\u{a0}', " ");
        assert_eq!(name(Lever::Discount(Percent::ZERO)), "List price");
        assert_eq!(
            name(Lever::Discount(Percent::new(Decimal::new(125, 1)))),
            "12.5 % off"
        );
        assert_eq!(
            name(Lever::TargetPrice(Decimal::new(30_000, 0))),
            "At $30,000"
        );
        assert_eq!(
            name(Lever::TargetPrice(Decimal::new(3_000_050, 2))),
            "At $30,000.50"
        );
        assert_eq!(
            name(Lever::TargetMargin(Percent::new(Decimal::new(40, 0)))),
            "At 40 % margin"
        );
    }
}
