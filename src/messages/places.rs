//! Where a field is, as a rep names it: `line 2 “Onboarding”, unit cost`,
//! `Your details: minimum margin`, `Catalogue item “Suite”: unit list price`; and
//! the sentence for a field whose text does not read.

use std::fmt::Write as _;

use best_offer_domain::desk::{Desk, DeskField, ProfileProblem};
use best_offer_domain::library::field::{FieldFault, FieldKey, Unreadable};
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::pricing::deal::{LineId, ScenarioId};
use best_offer_domain::requirements::RequirementId;

use super::labels::lever_word;
use super::problems::Explain;

/// A line as a rep names it: `line 2 “Onboarding”` (or `line 2` before it has a
/// name; `a removed line` when it is gone).
pub fn line_name(proposal: &Proposal, id: LineId) -> String {
    let deal = &proposal.deal;
    let mut out = match deal.lines.iter().position(|l| l.id == id) {
        Some(index) => format!("line {}", index.saturating_add(1)),
        None => return "a removed line".to_string(),
    };
    if let Some(name) = deal
        .line(id)
        .map(|l| l.terms.name.trim())
        .filter(|n| !n.is_empty())
    {
        let _ = write!(out, " “{name}”");
    }
    out
}

/// A requirement as the rep names it: `requirement 2 “50 named users”` (cut to
/// 40 characters), or `None` when the proposal has no such requirement.
pub fn requirement_name(proposal: &Proposal, id: RequirementId) -> Option<String> {
    let index = proposal.requirements.iter().position(|r| r.id == id)?;
    let mut out = format!("requirement {}", index.saturating_add(1));
    let text = proposal
        .requirements
        .get(index)
        .map(|r| r.text.trim())
        .unwrap_or_default();
    if !text.is_empty() {
        let short: String = text.chars().take(40).collect();
        let more = if short.len() < text.len() { "…" } else { "" };
        let _ = write!(out, " “{short}{more}”");
    }
    Some(out)
}

/// What a rep calls a proposal's field, e.g. `line 2 “Onboarding”, unit cost`.
pub fn field_place(key: FieldKey, proposal: &Proposal) -> String {
    let line = |id: LineId, what: &str| format!("{}, {what}", line_name(proposal, id));
    let scenario = |id: ScenarioId| {
        proposal.scenarios.iter().find(|s| s.id == id).map_or_else(
            || "a removed scenario".to_string(),
            |s| {
                let title = crate::messages::labels::scenario_title(
                    s,
                    proposal.deal.currency,
                    proposal.number_format,
                );
                format!("scenario “{title}”")
            },
        )
    };
    match key {
        FieldKey::LineQuantity(id) => line(id, "quantity"),
        FieldKey::LinePrice(id) => line(id, "unit list price"),
        FieldKey::LineRate(id) => line(id, "maintenance rate"),
        FieldKey::LineCost(id) => line(id, "unit cost"),
        FieldKey::LineMargin(id) => line(id, "margin at list"),
        FieldKey::LineMaxDiscount(id) => line(id, "maximum discount"),
        FieldKey::MinMargin => "Minimum margin".to_string(),
        FieldKey::WalkAway => "Walk-away price".to_string(),
        FieldKey::TermMonths => "Term".to_string(),
        FieldKey::TaxRate => "Tax rate".to_string(),
        FieldKey::BandLimit(id) => match proposal.deal.approval.band(id) {
            Some((n, _)) => format!("approval band {n}, discount up to"),
            None => "a removed approval band".to_string(),
        },
        FieldKey::ScenarioValue(id) => {
            let lever = proposal
                .scenarios
                .iter()
                .find(|s| s.id == id)
                .map_or("lever", |s| lever_word(s.lever));
            format!("{}, {lever}", scenario(id))
        }
        FieldKey::Override(s, l) => line(l, &format!("own discount in {}", scenario(s))),
        FieldKey::OptionValue(id) => {
            let option = proposal.options.iter().find(|o| o.id == id);
            let name = option.map_or("a removed option", |o| o.name.as_str());
            let lever = option.and_then(|o| o.lever).map_or("lever", lever_word);
            format!("Option {name}, {lever}")
        }
        FieldKey::IssueDate => "Issue date".to_string(),
        FieldKey::ValidThrough => "Valid through".to_string(),
        FieldKey::Revision => "Revision".to_string(),
    }
}

/// What a rep calls a field of Your details or the catalogue, e.g.
/// `Your details: minimum margin` or `Catalogue item “Suite”: unit list price`.
pub fn desk_place(field: &DeskField, desk: &Desk) -> String {
    let item = |id, what: &str| {
        let name = desk
            .catalogue
            .iter()
            .find(|i| &i.id == id)
            .map(|i| i.terms.name.trim())
            .filter(|name| !name.is_empty())
            .map_or_else(|| "an unnamed item".to_string(), |name| format!("“{name}”"));
        format!("Catalogue item {name}: {what}")
    };
    match field {
        DeskField::TermMonths => "Your details: term".to_string(),
        DeskField::TaxRate => "Your details: tax rate".to_string(),
        DeskField::ValidityDays => "Your details: validity".to_string(),
        DeskField::MinMargin => "Your details: minimum margin".to_string(),
        DeskField::BandLimit(id) => match desk.profile.approval.band(*id) {
            Some((n, _)) => format!("Your details: approval band {n}, discount up to"),
            None => "Your details: a removed approval band".to_string(),
        },
        DeskField::NextSequence => "Your details: next number".to_string(),
        DeskField::ItemPrice(id) => item(id, "unit list price"),
        DeskField::ItemCost(id) => item(id, "unit cost"),
        DeskField::ItemMargin(id) => item(id, "margin at list"),
        DeskField::ItemMaxDiscount(id) => item(id, "maximum discount"),
        DeskField::ItemRate(id) => item(id, "maintenance rate"),
    }
}

/// What stops a new proposal, e.g. `Your details: minimum margin`.
pub fn profile_problem(problem: &ProfileProblem, desk: &Desk) -> String {
    match problem {
        ProfileProblem::Unreadable(field) => desk_place(field, desk),
        ProfileProblem::Pattern(fault) => {
            format!("Your details: offer number pattern ({})", fault.explain())
        }
    }
}

impl Explain for FieldFault {
    fn explain(&self) -> String {
        match self {
            FieldFault::Unreadable(error) => error.explain(),
            FieldFault::NotApplied => "not applied yet: leave the field to apply it.".to_string(),
        }
    }
}

/// One sentence for the rep: where, what was typed, what is wrong.
pub fn unreadable(field: &Unreadable, proposal: &Proposal) -> String {
    let place = field_place(field.field, proposal);
    let problem = field.problem.explain();
    if field.text.trim().is_empty() {
        format!("{place}: empty — {problem}")
    } else {
        format!("{place}: “{}” — {problem}", field.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use best_offer_domain::Currency;
    use best_offer_domain::date::Date;
    use best_offer_domain::library::field::{Drafts, unreadable_fields};
    use best_offer_domain::pricing::deal::Line;

    fn proposal() -> Proposal {
        let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
        proposal.deal.lines[0].terms.name = "Licence".into();
        let mut second = Line::new(LineId(2));
        second.terms.name = "Onboarding".into();
        proposal.deal.lines.push(second);
        proposal
    }

    #[test]
    fn unreadable_fields_are_named_with_what_was_typed_and_what_is_wrong() {
        let proposal = proposal();
        let drafts: Drafts<FieldKey> = [
            ("min-margin", "4O"),
            ("line-2-cost", "2.880,00"),
            ("line-1-qty", "2,5"),
            ("scenario-2-value", "1e5"),
            ("walk-away", " "),
        ]
        .iter()
        .map(|(k, v)| (k.parse().unwrap(), (*v).to_string()))
        .collect();
        let sentences: Vec<String> = unreadable_fields(&proposal, &drafts)
            .iter()
            .map(|field| unreadable(field, &proposal))
            .collect();
        assert_eq!(
            sentences,
            [
                "line 1 “Licence”, quantity: “2,5” — In the 1,234.56 format, 2,5 is written 2.5.",
                "line 2 “Onboarding”, unit cost: “2.880,00” — In the 1,234.56 format, 2.880,00 is written 2,880.00.",
                "Minimum margin: “4O” — “O” can't be part of a number.",
                "Walk-away price: empty — Enter a number.",
                "scenario “10\u{a0}% off”, discount: “1e5” — Write the number in full; exponents like 1e5 are not accepted.",
            ]
        );
    }

    #[test]
    fn lines_and_desk_fields_are_named_as_the_page_shows_them() {
        let mut proposal = proposal();
        assert_eq!(line_name(&proposal, LineId(2)), "line 2 “Onboarding”");
        assert_eq!(line_name(&proposal, LineId(9)), "a removed line");
        proposal.deal.lines[1].terms.name = "  ".into();
        assert_eq!(line_name(&proposal, LineId(2)), "line 2");
        let desk = Desk::default();
        assert_eq!(
            desk_place(&DeskField::MinMargin, &desk),
            "Your details: minimum margin"
        );
        assert_eq!(
            profile_problem(
                &ProfileProblem::Pattern(
                    best_offer_domain::desk::profile::PatternFault::NoSequence
                ),
                &desk
            ),
            "Your details: offer number pattern (The pattern needs {SEQ} (or {SEQ:3} for three digits), so each offer gets its own number.)"
        );
    }
}
