//! Every change a rep can make to a proposal, as typed edits applied in one place.
//!
//! The app's reducer forwards its actions here, so the rules of editing (what a
//! duplicated line is called, what happens to overrides when a line goes, how a
//! margin becomes a cost) are pure, tested natively, and identical everywhere.

use rust_decimal::Decimal;

use crate::date::Date;
pub use crate::library::lever_kind::LeverKind;
use crate::library::lever_kind::with_value;
use crate::library::option_edit::OptionsEdit;
use crate::library::proposal::Proposal;
use crate::limits::{MAX_LINES, MAX_SCENARIOS};
use crate::money::checked::{div, mul, round_half_away, sub};
use crate::money::currency::Currency;
use crate::money::locale::NumberFormat;
use crate::money::percent::Percent;
use crate::offer::details::{
    DEFAULT_VALIDITY_DAYS, ListEdit, OfferChoice, OfferList, SellerDetails, edit_list,
};
use crate::offer::words::Language;
use crate::pricing::deal::{
    ApprovalEdit, CostBasis, ItemId, ItemTerms, Line, LineId, LineKind, LineOverride, Scenario,
    ScenarioId, TaxRounding, TaxStatement, next_lever,
};
use crate::pricing::evaluate;
use crate::requirements::RequirementEdit;

/// Whether a line's cost is entered as money or as a margin at list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CostMode {
    /// Cost per unit.
    UnitCost,
    /// Margin at list price.
    MarginAtList,
}

/// A change to one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineEdit {
    /// How it is charged.
    Kind(LineKind),
    /// Name.
    Name(String),
    /// Description.
    Description(String),
    /// Quantity.
    Quantity(Decimal),
    /// Unit list price.
    UnitListPrice(Decimal),
    /// Switch between cost and margin entry, converting the current value.
    CostMode(CostMode),
    /// Cost per unit.
    UnitCost(Decimal),
    /// Margin at list.
    MarginAtList(Percent),
    /// Whether the deal discount applies.
    Discountable(bool),
    /// Largest discount (`None`: no cap).
    MaxDiscount(Option<Percent>),
    /// Maintenance rate per year.
    MaintenanceRate(Percent),
}

/// A change to one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioEdit {
    /// Name.
    Name(String),
    /// Switch the lever kind, keeping the scenario's current figures.
    LeverKind(LeverKind),
    /// The lever's value (a percentage in points, or a price).
    LeverValue(Decimal),
    /// A per-line discount (`None`: the line follows the lever).
    Override(LineId, Option<Percent>),
}

/// A change to the written offer's details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfferEdit {
    /// Seller company.
    SellerCompany(String),
    /// The rep's name.
    RepName(String),
    /// The rep's email.
    RepEmail(String),
    /// The rep's phone.
    RepPhone(String),
    /// The company's address.
    SellerAddress(String),
    /// The rep's title.
    RepTitle(String),
    /// Every seller detail at once (copied from the profile).
    Seller(SellerDetails),
    /// The buyer's contact.
    BuyerContact(String),
    /// Offer number.
    Number(String),
    /// Revision (at least 1).
    Revision(u32),
    /// Issue date (the validity moves along when it would end before it).
    IssueDate(Date),
    /// Last day of validity.
    ValidThrough(Date),
    /// Payment terms.
    PaymentTerms(String),
    /// A change to one of the lists.
    List(OfferList, ListEdit),
    /// Whether the offer is the best and final one.
    BestAndFinal(bool),
    /// The note.
    Note(String),
    /// Which figures become the offer.
    Choice(OfferChoice),
    /// Re-issue today with the default validity (for an expired offer).
    Renew(Date),
    /// The language of the written offer.
    Language(Language),
    /// The written offer's number format (`None`: the language's).
    NumberFormat(Option<NumberFormat>),
}

impl Line {
    /// Applies `edit` to the line (a cost converted to a margin or back is rounded
    /// to `minor_units` decimals); `false` when it changes nothing. Everything but the
    /// quantity is an edit of its terms ([`ItemTerms::apply`]), the same rules as a
    /// catalogue item's.
    pub fn apply(&mut self, edit: LineEdit, minor_units: u32) -> bool {
        match edit {
            LineEdit::Quantity(quantity) => set(&mut self.quantity, quantity),
            edit => self.terms.apply(edit, minor_units),
        }
    }
}

impl ItemTerms {
    /// Applies `edit` to the terms of a line or a catalogue item (a cost converted
    /// to a margin or back is rounded to `minor_units` decimals); `false` when it
    /// changes nothing. A quantity is a line's, not its terms': it changes nothing.
    pub fn apply(&mut self, edit: LineEdit, minor_units: u32) -> bool {
        match edit {
            LineEdit::Kind(kind) => {
                let changed = set(&mut self.kind, kind);
                if changed
                    && kind == LineKind::Maintenance
                    && self.maintenance_rate.points().is_zero()
                {
                    // The usual software maintenance rate, so the line means something at once.
                    self.maintenance_rate = Percent::new(Decimal::from(20_u32));
                }
                changed
            }
            LineEdit::Name(name) => set(&mut self.name, name),
            LineEdit::Description(text) => set(&mut self.description, text),
            LineEdit::Quantity(_) => false,
            LineEdit::UnitListPrice(price) => set(&mut self.unit_list_price, price),
            LineEdit::CostMode(mode) => {
                let converted = convert_cost(self, mode, minor_units);
                set(&mut self.cost, converted)
            }
            LineEdit::UnitCost(cost) => set(&mut self.cost, CostBasis::UnitCost(cost)),
            LineEdit::MarginAtList(margin) => set(&mut self.cost, CostBasis::MarginAtList(margin)),
            LineEdit::Discountable(flag) => set(&mut self.discountable, flag),
            LineEdit::MaxDiscount(cap) => set(&mut self.max_discount, cap),
            LineEdit::MaintenanceRate(rate) => set(&mut self.maintenance_rate, rate),
        }
    }
}

pub use crate::library::order::Direction;

/// A change to a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Customer name.
    Customer(String),
    /// Deal name.
    DealName(String),
    /// Number format.
    NumberFormat(NumberFormat),
    /// Currency.
    Currency(Currency),
    /// Term in months.
    TermMonths(u32),
    /// Tax rate.
    TaxRate(Option<Percent>),
    /// How tax is rounded.
    TaxRounding(TaxRounding),
    /// What the offer says of tax when there is no rate.
    TaxStatement(TaxStatement),
    /// Append an empty line.
    AddLine,
    /// Remove a line (never the last one).
    RemoveLine(LineId),
    /// Insert a copy of a line below it.
    DuplicateLine(LineId),
    /// Move a line one place.
    MoveLine(LineId, Direction),
    /// Change a line.
    Line(LineId, LineEdit),
    /// Minimum margin.
    MinMargin(Option<Percent>),
    /// Walk-away price.
    WalkAway(Option<Decimal>),
    /// Nice-price step.
    NiceStep(Option<Decimal>),
    /// Change the approval bands.
    Approval(ApprovalEdit),
    /// Fill a line from a catalogue item (picked while typing, or "Update from
    /// catalogue" confirmed): its quantity and id stay.
    /// The item comes as a line ([`crate::desk::catalogue::CatalogueItem::template`]).
    FromItem(LineId, Box<Line>),
    /// Link a line to a catalogue item (or unlink it).
    LinkItem(LineId, Option<ItemId>),
    /// Append a scenario.
    AddScenario,
    /// Remove a scenario.
    RemoveScenario(ScenarioId),
    /// Change a scenario.
    Scenario(ScenarioId, ScenarioEdit),
    /// Change the written offer's details.
    Offer(OfferEdit),
    /// Something about the customer's requirements.
    Requirement(RequirementEdit),
    /// A change to the options the offer gives ([`OptionsEdit`]).
    Options(OptionsEdit),
}

/// Sets `slot` to `value`, reporting whether it changed.
fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}

impl Proposal {
    /// Applies an edit. Returns whether anything changed (the app then skips a
    /// re-render when nothing did).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::library::edit::{Edit, LineEdit};
    /// use best_offer_domain::{date::Date, library::proposal::Proposal, Currency};
    /// use rust_decimal::Decimal;
    /// let mut proposal = Proposal::new(Currency::USD, Date::parse_iso("2026-11-26").unwrap());
    /// let id = proposal.deal.lines[0].id;
    /// assert!(proposal.apply(Edit::Line(id, LineEdit::UnitListPrice(Decimal::new(1200, 0)))));
    /// assert!(!proposal.apply(Edit::Line(id, LineEdit::UnitListPrice(Decimal::new(1200, 0)))));
    /// assert!(proposal.apply(Edit::AddLine));
    /// assert_eq!(proposal.deal.lines.len(), 2);
    /// ```
    pub fn apply(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::Customer(name) => set(&mut self.customer, name),
            Edit::DealName(name) => set(&mut self.deal_name, name),
            Edit::NumberFormat(format) => set(&mut self.number_format, format),
            Edit::Currency(currency) => set(&mut self.deal.currency, currency),
            Edit::TermMonths(months) => {
                let months = months.clamp(1, crate::limits::MAX_TERM_MONTHS);
                set(&mut self.deal.term_months, months)
            }
            Edit::TaxRate(rate) => set(&mut self.deal.tax_rate, rate),
            Edit::TaxRounding(rounding) => set(&mut self.deal.tax_rounding, rounding),
            Edit::TaxStatement(statement) => set(&mut self.deal.tax_statement, statement),
            Edit::AddLine => {
                if self.deal.lines.len() >= MAX_LINES {
                    return false;
                }
                let id = self.deal.next_line_id();
                self.deal.lines.push(Line::new(id));
                true
            }
            Edit::RemoveLine(id) => self.remove_line(id),
            Edit::DuplicateLine(id) => self.duplicate_line(id),
            Edit::MoveLine(id, direction) => self.move_line(id, direction),
            Edit::Line(id, edit) => self.edit_line(id, edit),
            Edit::MinMargin(margin) => set(&mut self.deal.floor.min_margin, margin),
            Edit::WalkAway(price) => set(&mut self.deal.floor.walk_away, price),
            Edit::NiceStep(step) => set(&mut self.deal.nice_step, step),
            Edit::Approval(edit) => self.deal.approval.apply(edit),
            Edit::FromItem(id, item) => self
                .deal
                .lines
                .iter_mut()
                .find(|l| l.id == id)
                .is_some_and(|line| {
                    let before = line.clone();
                    line.take_item_fields(&item);
                    *line != before
                }),
            Edit::LinkItem(id, item) => self
                .deal
                .lines
                .iter_mut()
                .find(|l| l.id == id)
                .is_some_and(|line| set(&mut line.catalogue_item, item)),
            Edit::AddScenario => {
                if self.scenarios.len() >= MAX_SCENARIOS {
                    return false;
                }
                let id = self.next_scenario_id();
                let lever = next_lever(self.scenarios.last().map(|s| s.lever));
                // Unnamed: the column is called after its lever until renamed.
                self.scenarios.push(Scenario {
                    id,
                    name: String::new(),
                    lever,
                    overrides: Vec::new(),
                });
                true
            }
            Edit::RemoveScenario(id) => {
                let before = self.scenarios.len();
                self.scenarios.retain(|s| s.id != id);
                if self.offer.choice == OfferChoice::Scenario(id) {
                    self.offer.choice = OfferChoice::BestOffer;
                }
                self.scenarios.len() != before
            }
            Edit::Scenario(id, edit) => self.edit_scenario(id, edit),
            Edit::Offer(edit) => self.edit_offer(edit),
            Edit::Requirement(edit) => crate::requirements::apply(&mut self.requirements, edit),
            Edit::Options(edit) => self.edit_options(edit),
        }
    }

    fn edit_offer(&mut self, edit: OfferEdit) -> bool {
        let offer = &mut self.offer;
        match edit {
            OfferEdit::SellerCompany(text) => set(&mut offer.seller.company, text),
            OfferEdit::RepName(text) => set(&mut offer.seller.rep_name, text),
            OfferEdit::RepEmail(text) => set(&mut offer.seller.rep_email, text),
            OfferEdit::RepPhone(text) => set(&mut offer.seller.rep_phone, text),
            OfferEdit::SellerAddress(text) => set(&mut offer.seller.address, text),
            OfferEdit::RepTitle(text) => set(&mut offer.seller.rep_title, text),
            OfferEdit::Seller(details) => {
                let changed = offer.seller != details;
                offer.seller = details;
                changed
            }
            OfferEdit::BuyerContact(text) => set(&mut offer.buyer_contact, text),
            OfferEdit::Number(text) => set(&mut offer.number, text),
            OfferEdit::Revision(revision) => set(&mut offer.revision, revision.max(1)),
            OfferEdit::IssueDate(date) => {
                let changed = set(&mut offer.issue_date, date);
                if offer.valid_through < date {
                    offer.valid_through = date.add_days(DEFAULT_VALIDITY_DAYS);
                }
                changed
            }
            OfferEdit::ValidThrough(date) => set(&mut offer.valid_through, date),
            OfferEdit::PaymentTerms(text) => set(&mut offer.payment_terms, text),
            OfferEdit::List(kind, edit) => edit_list(offer.list_mut(kind), edit),
            OfferEdit::BestAndFinal(flag) => set(&mut offer.best_and_final, flag),
            OfferEdit::Note(text) => set(&mut offer.note, text),
            OfferEdit::Choice(choice) => {
                let exists = match choice {
                    OfferChoice::BestOffer => true,
                    OfferChoice::Scenario(id) => self.scenarios.iter().any(|s| s.id == id),
                };
                exists && set(&mut self.offer.choice, choice)
            }
            OfferEdit::Language(language) => offer.set_language(language),
            OfferEdit::NumberFormat(format) => set(&mut offer.number_format, format),
            OfferEdit::Renew(today) => {
                let issue = set(&mut offer.issue_date, today);
                let valid = set(
                    &mut offer.valid_through,
                    today.add_days(DEFAULT_VALIDITY_DAYS),
                );
                issue || valid
            }
        }
    }

    fn remove_line(&mut self, id: LineId) -> bool {
        if self.deal.lines.len() <= 1 {
            return false;
        }
        let before = self.deal.lines.len();
        self.deal.lines.retain(|line| line.id != id);
        if self.deal.lines.len() == before {
            return false;
        }
        for line in &mut self.deal.lines {
            line.covers.retain(|covered| *covered != id);
        }
        for option in &mut self.options {
            option.lines.retain(|line| *line != id);
            option.optional.retain(|line| *line != id);
        }
        for scenario in &mut self.scenarios {
            scenario.overrides.retain(|o| o.line != id);
        }
        crate::requirements::forget_line(&mut self.requirements, id);
        true
    }

    fn duplicate_line(&mut self, id: LineId) -> bool {
        if self.deal.lines.len() >= MAX_LINES {
            return false;
        }
        let Some(index) = self.deal.lines.iter().position(|l| l.id == id) else {
            return false;
        };
        let new_id = self.deal.next_line_id();
        let Some(original) = self.deal.lines.get(index) else {
            return false;
        };
        let mut copy = original.clone();
        copy.id = new_id;
        if !copy.terms.name.is_empty() {
            copy.terms.name.push_str(" (copy)");
        }
        self.deal.lines.insert(index.saturating_add(1), copy);
        true
    }

    fn move_line(&mut self, id: LineId, direction: Direction) -> bool {
        let Some(index) = self.deal.lines.iter().position(|l| l.id == id) else {
            return false;
        };
        crate::library::order::move_one(&mut self.deal.lines, index, direction)
    }

    fn edit_line(&mut self, id: LineId, edit: LineEdit) -> bool {
        let minor_units = self.deal.currency.minor_units();
        self.deal
            .lines
            .iter_mut()
            .find(|l| l.id == id)
            .is_some_and(|line| line.apply(edit, minor_units))
    }

    fn edit_scenario(&mut self, id: ScenarioId, edit: ScenarioEdit) -> bool {
        let current = match edit {
            // The lever switch keeps the column's figures: read them before the change.
            ScenarioEdit::LeverKind(_) => self
                .scenarios
                .iter()
                .find(|s| s.id == id)
                .and_then(|s| evaluate(&self.deal, s).ok()),
            _ => None,
        };
        let Some(scenario) = self.scenarios.iter_mut().find(|s| s.id == id) else {
            return false;
        };
        match edit {
            ScenarioEdit::Name(name) => set(&mut scenario.name, name),
            ScenarioEdit::LeverKind(kind) => {
                if LeverKind::of(scenario.lever) == kind {
                    return false;
                }
                scenario.lever = kind.lever_from(current.as_ref());
                true
            }
            ScenarioEdit::LeverValue(value) => {
                let lever = with_value(scenario.lever, value);
                set(&mut scenario.lever, lever)
            }
            ScenarioEdit::Override(line, discount) => {
                let existing = scenario.overrides.iter().position(|o| o.line == line);
                match (existing, discount) {
                    (Some(index), None) => {
                        scenario.overrides.remove(index);
                        true
                    }
                    (Some(index), Some(discount)) => scenario
                        .overrides
                        .get_mut(index)
                        .is_some_and(|o| set(&mut o.discount, discount)),
                    (None, Some(discount)) => {
                        scenario.overrides.push(LineOverride { line, discount });
                        true
                    }
                    (None, None) => false,
                }
            }
        }
    }
}

/// The line's cost expressed in `mode`, converted from what it holds now.
fn convert_cost(terms: &ItemTerms, mode: CostMode, minor_units: u32) -> CostBasis {
    match (terms.cost, mode) {
        (CostBasis::UnitCost(_), CostMode::UnitCost)
        | (CostBasis::MarginAtList(_), CostMode::MarginAtList) => terms.cost,
        (CostBasis::MarginAtList(margin), CostMode::UnitCost) => {
            let cost = margin
                .fraction()
                .and_then(|m| sub(Decimal::ONE, m))
                .and_then(|keep| mul(terms.unit_list_price, keep))
                .map(|c| round_half_away(c, minor_units.saturating_add(2)))
                .unwrap_or(Decimal::ZERO);
            CostBasis::UnitCost(cost)
        }
        (CostBasis::UnitCost(cost), CostMode::MarginAtList) => {
            let margin = if terms.unit_list_price.is_zero() {
                Percent::ZERO
            } else {
                div(cost, terms.unit_list_price)
                    .and_then(|share| sub(Decimal::ONE, share))
                    .and_then(Percent::from_fraction)
                    .map(|m| m.round(2))
                    .unwrap_or(Percent::ZERO)
                    .clamp(Percent::ZERO, Percent::new(Decimal::new(9999, 2)))
            };
            CostBasis::MarginAtList(margin)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pricing::deal::Lever;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn today() -> Date {
        Date::parse_iso("2026-11-26").unwrap()
    }

    #[test]
    fn offer_edits() {
        let mut p = Proposal::new(Currency::USD, today());
        assert!(p.apply(Edit::Offer(OfferEdit::List(
            OfferList::Included,
            ListEdit::Add
        ))));
        assert!(p.apply(Edit::Offer(OfferEdit::List(
            OfferList::Included,
            ListEdit::Item(0, "Training".into())
        ))));
        assert_eq!(p.offer.included, vec!["Training".to_string()]);
        assert!(!p.apply(Edit::Offer(OfferEdit::List(
            OfferList::Included,
            ListEdit::Item(5, "x".into())
        ))));
        let scenario = p.scenarios[1].id;
        assert!(p.apply(Edit::Offer(OfferEdit::Choice(OfferChoice::Scenario(
            scenario
        )))));
        assert!(p.apply(Edit::RemoveScenario(scenario)));
        assert_eq!(p.offer.choice, OfferChoice::BestOffer);
        let later = Date::parse_iso("2027-03-01").unwrap();
        assert!(p.apply(Edit::Offer(OfferEdit::Renew(later))));
        assert_eq!(p.offer.valid_through.to_iso(), "2027-03-31");
        assert!(p.apply(Edit::Offer(OfferEdit::IssueDate(
            Date::parse_iso("2027-05-01").unwrap()
        ))));
        assert_eq!(p.offer.valid_through.to_iso(), "2027-05-31");
    }

    #[test]
    fn removing_a_line_removes_its_overrides_and_coverage() {
        let mut p = Proposal::new(Currency::USD, today());
        assert!(p.apply(Edit::AddLine));
        let (first, second) = (p.deal.lines[0].id, p.deal.lines[1].id);
        p.deal.lines[1].covers = vec![first];
        let scenario = p.scenarios[0].id;
        assert!(p.apply(Edit::Scenario(
            scenario,
            ScenarioEdit::Override(first, Some(Percent::new(d("5"))))
        )));
        assert!(p.apply(Edit::RemoveLine(first)));
        assert!(p.scenarios[0].overrides.is_empty());
        assert!(p.deal.lines[0].covers.is_empty());
        // The last line stays.
        assert!(!p.apply(Edit::RemoveLine(second)));
    }

    #[test]
    fn duplicate_and_move() {
        let mut p = Proposal::new(Currency::USD, today());
        let id = p.deal.lines[0].id;
        p.apply(Edit::Line(id, LineEdit::Name("Licence".into())));
        assert!(p.apply(Edit::DuplicateLine(id)));
        assert_eq!(p.deal.lines[1].terms.name, "Licence (copy)");
        assert_ne!(p.deal.lines[1].id, id);
        assert!(p.apply(Edit::MoveLine(id, Direction::Down)));
        assert_eq!(p.deal.lines[1].id, id);
        assert!(!p.apply(Edit::MoveLine(id, Direction::Down)));
    }

    #[test]
    fn cost_mode_switch_converts() {
        let mut p = Proposal::new(Currency::USD, today());
        let id = p.deal.lines[0].id;
        p.apply(Edit::Line(id, LineEdit::UnitListPrice(d("1200"))));
        p.apply(Edit::Line(
            id,
            LineEdit::MarginAtList(Percent::new(d("85"))),
        ));
        p.apply(Edit::Line(id, LineEdit::CostMode(CostMode::UnitCost)));
        assert_eq!(
            p.deal.lines[0].terms.cost,
            CostBasis::UnitCost(d("180.0000"))
        );
        p.apply(Edit::Line(id, LineEdit::CostMode(CostMode::MarginAtList)));
        assert_eq!(
            p.deal.lines[0].terms.cost,
            CostBasis::MarginAtList(Percent::new(d("85")))
        );
    }

    #[test]
    fn lever_switch_keeps_the_figures() {
        let mut p = Proposal::new(Currency::USD, today());
        let id = p.deal.lines[0].id;
        p.apply(Edit::Line(id, LineEdit::UnitListPrice(d("1000"))));
        let good = p.scenarios[1].id;
        assert!(p.apply(Edit::Scenario(
            good,
            ScenarioEdit::LeverKind(LeverKind::TargetPrice)
        )));
        assert_eq!(p.scenarios[1].lever, Lever::TargetPrice(d("900.00")));
        assert!(p.apply(Edit::Scenario(good, ScenarioEdit::LeverValue(d("800")))));
        assert_eq!(p.scenarios[1].lever, Lever::TargetPrice(d("800")));
    }

    #[test]
    fn a_removed_line_is_forgotten_by_every_option() {
        let mut p = Proposal::new(Currency::USD, today());
        assert!(p.apply(Edit::AddLine));
        let second = p.deal.lines[1].id;
        assert!(p.apply(Edit::Options(OptionsEdit::Start)));
        let first_option = p.options[0].id;
        assert!(p.apply(Edit::Options(OptionsEdit::Line(
            first_option,
            second,
            crate::library::option_edit::OptionLine::Optional
        ))));
        assert!(p.options.iter().any(|o| o.names(second)));
        assert!(p.apply(Edit::RemoveLine(second)));
        assert!(p.options.iter().all(|o| !o.names(second)));
    }

    #[test]
    fn scenario_count_is_bounded() {
        let mut p = Proposal::new(Currency::USD, today());
        while p.apply(Edit::AddScenario) {}
        assert_eq!(p.scenarios.len(), MAX_SCENARIOS);
        let last = p.scenarios[MAX_SCENARIOS - 1].id;
        assert!(p.apply(Edit::RemoveScenario(last)));
    }
}
