//! The rep's changes to the options an offer gives: starting and ending them, each
//! option's name, lines and lever, which one is recommended, and the levers of
//! "price these options at the same margin" accepted at once.

use rust_decimal::Decimal;

use crate::library::lever_kind::{LeverKind, with_value};
use crate::library::proposal::Proposal;
use crate::options::pricing::price_option;
use crate::options::{MAX_OPTIONS, MIN_OPTIONS, OfferOption, OptionId};
use crate::pricing::deal::{Lever, LineId};

/// What one option does with one line of the deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OptionLine {
    /// It includes the line.
    Included,
    /// The buyer may add the line to it.
    Optional,
    /// It does not offer the line.
    Absent,
}

impl OptionLine {
    /// Every kind, in picker order.
    pub const ALL: [OptionLine; 3] = [
        OptionLine::Included,
        OptionLine::Optional,
        OptionLine::Absent,
    ];
}

/// A change to the options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionsEdit {
    /// Offer options: two, named after their place, with every line in both (the
    /// rep then says what differs).
    Start,
    /// Offer one option only again: the options are forgotten.
    End,
    /// Add an option (up to [`MAX_OPTIONS`]), a copy of the last one's lines.
    Add,
    /// Remove an option (never below [`MIN_OPTIONS`]).
    Remove(OptionId),
    /// The option recommended, or none.
    Recommend(Option<OptionId>),
    /// An option's name.
    Name(OptionId, String),
    /// What an option does with a line.
    Line(OptionId, LineId, OptionLine),
    /// How an option is priced: at its best offer (`None`) or by a lever of this
    /// kind, starting from its current figures.
    LeverKind(OptionId, Option<LeverKind>),
    /// The value of an option's lever (a percentage in points, or a price).
    LeverValue(OptionId, Decimal),
    /// Levers accepted at once (the same margin for every option).
    Levers(Vec<(OptionId, Lever)>),
}

/// What `option` does with `line` among `options`.
pub fn option_line(options: &[OfferOption], option: &OfferOption, line: LineId) -> OptionLine {
    if option.optional.contains(&line) {
        OptionLine::Optional
    } else if option.lines.contains(&line) || !options.iter().any(|o| o.names(line)) {
        OptionLine::Included
    } else {
        OptionLine::Absent
    }
}

impl Proposal {
    /// Applies an [`OptionsEdit`]; `false` when nothing changed.
    pub(crate) fn edit_options(&mut self, edit: OptionsEdit) -> bool {
        match edit {
            OptionsEdit::Start => {
                if !self.options.is_empty() {
                    return false;
                }
                self.options = (1..=2)
                    .map(|n| OfferOption::new(OptionId(n), format!("Option {n}")))
                    .collect();
                self.recommended_option = None;
                true
            }
            OptionsEdit::End => {
                let had = !self.options.is_empty();
                self.options.clear();
                self.recommended_option = None;
                had
            }
            OptionsEdit::Add => {
                if self.options.len() >= MAX_OPTIONS || self.options.is_empty() {
                    return false;
                }
                let id = self.next_option_id();
                let mut copy = self
                    .options
                    .last()
                    .cloned()
                    .unwrap_or_else(|| OfferOption::new(id, String::new()));
                copy.id = id;
                copy.name = format!("Option {}", self.options.len().saturating_add(1));
                self.options.push(copy);
                true
            }
            OptionsEdit::Remove(id) => {
                if self.options.len() <= MIN_OPTIONS {
                    return false;
                }
                let before = self.options.len();
                self.options.retain(|o| o.id != id);
                if self.recommended_option == Some(id) {
                    self.recommended_option = None;
                }
                self.options.len() != before
            }
            OptionsEdit::Recommend(id) => {
                if id.is_some_and(|id| !self.options.iter().any(|o| o.id == id)) {
                    return false;
                }
                let changed = self.recommended_option != id;
                self.recommended_option = id;
                changed
            }
            OptionsEdit::Name(id, name) => self.option_mut(id).is_some_and(|o| {
                let changed = o.name != name;
                o.name = name;
                changed
            }),
            OptionsEdit::Line(id, line, what) => self.set_option_line(id, line, what),
            OptionsEdit::LeverKind(id, kind) => self.set_option_lever_kind(id, kind),
            OptionsEdit::LeverValue(id, value) => self.option_mut(id).is_some_and(|o| {
                let Some(lever) = o.lever.map(|lever| with_value(lever, value)) else {
                    return false;
                };
                let changed = o.lever != Some(lever);
                o.lever = Some(lever);
                changed
            }),
            OptionsEdit::Levers(levers) => {
                let mut changed = false;
                for (id, lever) in levers {
                    if let Some(option) = self.option_mut(id)
                        && option.lever != Some(lever)
                    {
                        option.lever = Some(lever);
                        changed = true;
                    }
                }
                changed
            }
        }
    }

    fn option_mut(&mut self, id: OptionId) -> Option<&mut OfferOption> {
        self.options.iter_mut().find(|o| o.id == id)
    }

    /// Sets what option `id` does with `line`. A line every option includes is
    /// shared again (no option names it); a line shared until now becomes named by
    /// every other option, which keep including it.
    fn set_option_line(&mut self, id: OptionId, line: LineId, what: OptionLine) -> bool {
        if self.deal.line(line).is_none() || !self.options.iter().any(|o| o.id == id) {
            return false;
        }
        let before = self.options.clone();
        let shared = !self.options.iter().any(|o| o.names(line));
        for option in &mut self.options {
            let now = if option.id == id {
                what
            } else if shared {
                OptionLine::Included
            } else {
                option_line(&before, option, line)
            };
            option.lines.retain(|l| *l != line);
            option.optional.retain(|l| *l != line);
            match now {
                OptionLine::Included => option.lines.push(line),
                OptionLine::Optional => option.optional.push(line),
                OptionLine::Absent => {}
            }
        }
        // Included by every option: shared again.
        if self.options.iter().all(|o| o.lines.contains(&line)) {
            for option in &mut self.options {
                option.lines.retain(|l| *l != line);
            }
        }
        // Keep the deal's order of lines in each option.
        let order: Vec<LineId> = self.deal.lines.iter().map(|l| l.id).collect();
        let position = |l: &LineId| order.iter().position(|o| o == l).unwrap_or(usize::MAX);
        for option in &mut self.options {
            option.lines.sort_by_key(position);
            option.optional.sort_by_key(position);
        }
        self.options != before
    }

    /// Prices option `id` at its best offer, or by a lever of `kind` starting from
    /// its current figures (so switching changes no price).
    fn set_option_lever_kind(&mut self, id: OptionId, kind: Option<LeverKind>) -> bool {
        let Some(option) = self.options.iter().find(|o| o.id == id) else {
            return false;
        };
        if option.lever.map(LeverKind::of) == kind {
            return false;
        }
        let current = price_option(&self.deal, &self.options, option).chosen.ok();
        let lever = kind.map(|kind| kind.lever_from(current.as_ref()));
        self.option_mut(id).is_some_and(|o| {
            o.lever = lever;
            true
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::money::currency::Currency;
    use crate::money::percent::Percent;

    fn proposal() -> Proposal {
        let mut p = Proposal::new(Currency::USD, Date::parse_iso("2026-12-02").unwrap());
        for id in [2, 3] {
            p.deal
                .lines
                .push(crate::pricing::deal::Line::new(LineId(id)));
        }
        p
    }

    #[test]
    fn lines_move_between_shared_own_and_optional() {
        let mut p = proposal();
        let ids: Vec<LineId> = p.deal.lines.iter().map(|l| l.id).collect();
        assert!(p.edit_options(OptionsEdit::Start));
        assert!(!p.edit_options(OptionsEdit::Start));
        let (a, b) = (OptionId(1), OptionId(2));
        // Every line is shared: included in both, named by neither.
        assert!(p.options.iter().all(|o| o.lines.is_empty()));
        // The third line optional in the first: the second now names it as its own.
        assert!(p.edit_options(OptionsEdit::Line(a, ids[2], OptionLine::Optional)));
        assert_eq!(p.options[0].optional, [ids[2]]);
        assert_eq!(p.options[1].lines, [ids[2]]);
        // The second line absent from the second option.
        assert!(p.edit_options(OptionsEdit::Line(b, ids[1], OptionLine::Absent)));
        assert_eq!(p.options[0].lines, [ids[1]]);
        assert_eq!(p.options[1].lines, [ids[2]]);
        assert_eq!(
            option_line(&p.options, &p.options[1], ids[1]),
            OptionLine::Absent
        );
        assert_eq!(
            option_line(&p.options, &p.options[1], ids[0]),
            OptionLine::Included
        );
        // Included by both again: shared again.
        assert!(p.edit_options(OptionsEdit::Line(b, ids[1], OptionLine::Included)));
        assert!(p.options.iter().all(|o| !o.lines.contains(&ids[1])));
    }

    #[test]
    fn options_stay_two_to_four_and_the_recommended_one_exists() {
        let mut p = proposal();
        assert!(!p.edit_options(OptionsEdit::Add), "no options to add to");
        p.edit_options(OptionsEdit::Start);
        while p.edit_options(OptionsEdit::Add) {}
        assert_eq!(p.options.len(), MAX_OPTIONS);
        assert_eq!(p.options[3].name, "Option 4");
        assert!(p.edit_options(OptionsEdit::Recommend(Some(OptionId(4)))));
        assert!(!p.edit_options(OptionsEdit::Recommend(Some(OptionId(9)))));
        assert!(p.edit_options(OptionsEdit::Remove(OptionId(4))));
        assert_eq!(p.recommended_option, None);
        p.edit_options(OptionsEdit::Remove(OptionId(3)));
        assert!(!p.edit_options(OptionsEdit::Remove(OptionId(2))));
        assert!(p.edit_options(OptionsEdit::End));
        assert!(p.options.is_empty());
    }

    #[test]
    fn a_lever_starts_from_the_options_figures() {
        let mut p = proposal();
        for line in &mut p.deal.lines {
            line.terms.unit_list_price = Decimal::from(100_u32);
            line.terms.cost = crate::pricing::deal::CostBasis::UnitCost(Decimal::from(40_u32));
        }
        p.deal.floor.min_margin = Some(Percent::new(Decimal::from(50_u32)));
        p.edit_options(OptionsEdit::Start);
        let a = OptionId(1);
        // At its best offer, 120 / 0.5 = 240.00 of 300: 20 % off.
        assert!(p.edit_options(OptionsEdit::LeverKind(a, Some(LeverKind::Discount))));
        assert_eq!(
            p.options[0].lever,
            Some(Lever::Discount(Percent::new(Decimal::from(20_u32))))
        );
        assert!(p.edit_options(OptionsEdit::LeverValue(a, Decimal::from(10_u32))));
        assert_eq!(
            p.options[0].lever,
            Some(Lever::Discount(Percent::new(Decimal::from(10_u32))))
        );
        assert!(p.edit_options(OptionsEdit::LeverKind(a, None)));
        assert!(!p.edit_options(OptionsEdit::LeverValue(a, Decimal::ONE)));
    }
}
