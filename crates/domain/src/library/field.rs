//! The proposal's number fields by name: which value a typed text is for, how it
//! reads, what a rep calls it, and whether the written offer may go out.
//!
//! The app keeps the text of every field that does not read as a value (a *draft*),
//! keyed by the field's [`FieldKey`] (written in the file in its string form,
//! `line-2-cost`: see [`Drafts`]). Live figures may follow the last value that did
//! read — typing `2880` passes through 2, 28 and 288 — but the written offer must
//! never carry such a figure. [`unreadable_fields`] names every field whose text
//! does not read, in the rep's words, so the offer view can block printing, copying
//! and sending and say what to fix; [`prune_drafts`] drops drafts of fields that are
//! gone (a removed line, a cost entered as a margin instead).

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::library::proposal::Proposal;
use crate::money::currency::Currency;
use crate::money::locale::NumberFormat;
use crate::money::parse::{
    ParseError, PercentRule, WholeOf, parse_money, parse_percent, parse_quantity, parse_revision,
    parse_term_months, parse_whole,
};
use crate::options::OptionId;
use crate::pricing::deal::{BandId, CostBasis, Lever, LineId, LineKind, ScenarioId};

/// A number field of a proposal.
///
/// # Examples
/// ```
/// use best_offer_domain::library::field::FieldKey;
/// use best_offer_domain::pricing::deal::LineId;
/// let key = FieldKey::LineCost(LineId(2));
/// assert_eq!(key.to_string(), "line-2-cost");
/// assert_eq!("line-2-cost".parse(), Ok(key));
/// assert!("line-x-cost".parse::<FieldKey>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldKey {
    /// A line's quantity.
    LineQuantity(LineId),
    /// A line's unit list price.
    LinePrice(LineId),
    /// A maintenance line's yearly rate.
    LineRate(LineId),
    /// A line's unit cost.
    LineCost(LineId),
    /// A line's margin at list.
    LineMargin(LineId),
    /// A line's maximum discount.
    LineMaxDiscount(LineId),
    /// The minimum margin of the floor.
    MinMargin,
    /// The walk-away price.
    WalkAway,
    /// The term in months.
    TermMonths,
    /// The tax rate.
    TaxRate,
    /// The limit of an approval band.
    BandLimit(BandId),
    /// A scenario's lever value.
    ScenarioValue(ScenarioId),
    /// A scenario's own discount on one line.
    Override(ScenarioId, LineId),
    /// An option's lever value.
    OptionValue(OptionId),
    /// The offer's issue date.
    IssueDate,
    /// The offer's last valid day.
    ValidThrough,
    /// The offer's revision number.
    Revision,
}

/// How a field's text reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// An amount in a currency (its minor units limit the decimals).
    Money(Currency),
    /// A percentage with its range rule.
    Percent(PercentRule),
    /// A line quantity.
    Quantity,
    /// A term in whole months.
    TermMonths,
    /// A calendar date as a date input gives it (`YYYY-MM-DD`, empty while partial).
    Date,
    /// A revision number: a whole number from 1 to 999.
    Revision,
    /// A whole number from 1 to the setting's maximum.
    Whole(WholeOf),
}

impl Reading {
    /// A lever's value and how it reads (a discount or a margin as a percentage
    /// with its range rule, a target price as money in `currency`): the scenario's
    /// and the option's field alike.
    pub fn of_lever(lever: Lever, currency: Currency) -> (Decimal, Reading) {
        match lever {
            Lever::Discount(p) => (p.points(), Reading::Percent(PercentRule::DISCOUNT)),
            Lever::TargetPrice(price) => (price, Reading::Money(currency)),
            Lever::TargetMargin(m) => (m.points(), Reading::Percent(PercentRule::MARGIN)),
        }
    }

    /// Reads `text` as this kind of value (a percentage as its points; a date is
    /// only checked, and reads as zero).
    ///
    /// # Errors
    /// The [`ParseError`] that says what is wrong with the text.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::library::field::Reading;
    /// use best_offer_domain::{Currency, NumberFormat};
    /// use rust_decimal::Decimal;
    /// let money = Reading::Money(Currency::USD);
    /// assert_eq!(money.read("2 880", NumberFormat::CommaDot), Ok(Decimal::new(2880, 0)));
    /// assert!(money.read("2.880,00", NumberFormat::CommaDot).is_err());
    /// ```
    pub fn read(self, text: &str, format: NumberFormat) -> Result<Decimal, ParseError> {
        match self {
            Reading::Money(currency) => parse_money(text, currency, format),
            Reading::Percent(rule) => parse_percent(text, rule, format).map(|p| p.points()),
            Reading::Quantity => parse_quantity(text, format),
            Reading::TermMonths => parse_term_months(text, format).map(Decimal::from),
            Reading::Date => Date::parse_iso(text)
                .map(|_| Decimal::ZERO)
                .map_err(|_| ParseError::IncompleteDate),
            Reading::Revision => parse_revision(text, format).map(Decimal::from),
            Reading::Whole(of) => parse_whole(text, format, of).map(Decimal::from),
        }
    }
}

impl FieldKey {
    /// Whether the field sits on the written-offer view (the others are in the
    /// workspace), so "Fix this field" knows where to take the rep.
    pub const fn on_offer_view(self) -> bool {
        matches!(
            self,
            FieldKey::IssueDate | FieldKey::ValidThrough | FieldKey::Revision
        )
    }

    /// How the field reads in `proposal`, or `None` when the proposal has no such
    /// field (its line or scenario is gone, or the line shows another field).
    pub fn reading(self, proposal: &Proposal) -> Option<Reading> {
        let deal = &proposal.deal;
        let money = Reading::Money(deal.currency);
        let line_is = |id: LineId, test: &dyn Fn(&crate::pricing::deal::Line) -> bool| {
            deal.line(id).is_some_and(test)
        };
        match self {
            FieldKey::LineQuantity(id) => {
                line_is(id, &|l| l.terms.kind != LineKind::Maintenance).then_some(Reading::Quantity)
            }
            FieldKey::LinePrice(id) => {
                line_is(id, &|l| l.terms.kind != LineKind::Maintenance).then_some(money)
            }
            FieldKey::LineRate(id) => line_is(id, &|l| l.terms.kind == LineKind::Maintenance)
                .then_some(Reading::Percent(PercentRule::MAINTENANCE)),
            FieldKey::LineCost(id) => {
                line_is(id, &|l| matches!(l.terms.cost, CostBasis::UnitCost(_))).then_some(money)
            }
            FieldKey::LineMargin(id) => {
                line_is(id, &|l| matches!(l.terms.cost, CostBasis::MarginAtList(_)))
                    .then_some(Reading::Percent(PercentRule::MARGIN))
            }
            FieldKey::LineMaxDiscount(id) => {
                line_is(id, &|_| true).then_some(Reading::Percent(PercentRule::DISCOUNT))
            }
            FieldKey::MinMargin => Some(Reading::Percent(PercentRule::MARGIN)),
            FieldKey::WalkAway => Some(money),
            FieldKey::TermMonths => Some(Reading::TermMonths),
            FieldKey::TaxRate => Some(Reading::Percent(PercentRule::TAX)),
            FieldKey::BandLimit(id) => deal
                .approval
                .band(id)
                .map(|_| Reading::Percent(PercentRule::DISCOUNT)),
            FieldKey::ScenarioValue(id) => {
                let scenario = proposal.scenarios.iter().find(|s| s.id == id)?;
                Some(Reading::of_lever(scenario.lever, deal.currency).1)
            }
            FieldKey::Override(scenario, line) => {
                (proposal.scenarios.iter().any(|s| s.id == scenario) && deal.line(line).is_some())
                    .then_some(Reading::Percent(PercentRule::DISCOUNT))
            }
            FieldKey::OptionValue(id) => {
                let option = proposal.options.iter().find(|o| o.id == id)?;
                Some(Reading::of_lever(option.lever?, deal.currency).1)
            }
            FieldKey::IssueDate | FieldKey::ValidThrough => Some(Reading::Date),
            FieldKey::Revision => Some(Reading::Revision),
        }
    }
}

/// The key's one string form: the key of its draft in the file, and the DOM id of
/// its input (`line-2-cost`, `min-margin`, `override-1-3`).
impl fmt::Display for FieldKey {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = |out: &mut fmt::Formatter<'_>, id: LineId, what: &str| {
            write!(out, "line-{}-{what}", id.0)
        };
        match *self {
            FieldKey::LineQuantity(id) => line(out, id, "qty"),
            FieldKey::LinePrice(id) => line(out, id, "price"),
            FieldKey::LineRate(id) => line(out, id, "rate"),
            FieldKey::LineCost(id) => line(out, id, "cost"),
            FieldKey::LineMargin(id) => line(out, id, "margin"),
            FieldKey::LineMaxDiscount(id) => line(out, id, "max-discount"),
            FieldKey::MinMargin => out.write_str("min-margin"),
            FieldKey::WalkAway => out.write_str("walk-away"),
            FieldKey::TermMonths => out.write_str("term-months"),
            FieldKey::TaxRate => out.write_str("tax-rate"),
            FieldKey::BandLimit(id) => write!(out, "band-{}-limit", id.0),
            FieldKey::ScenarioValue(id) => write!(out, "scenario-{}-value", id.0),
            FieldKey::Override(scenario, line) => write!(out, "override-{}-{}", scenario.0, line.0),
            FieldKey::OptionValue(id) => write!(out, "option-{}-value", id.0),
            FieldKey::IssueDate => out.write_str("issue-date"),
            FieldKey::ValidThrough => out.write_str("valid-through"),
            FieldKey::Revision => out.write_str("offer-revision"),
        }
    }
}

/// A text that names no field (a draft key in a file, say).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoSuchField;

impl FromStr for FieldKey {
    type Err = NoSuchField;

    /// The field whose string form is `id` (see [`fmt::Display`]).
    fn from_str(id: &str) -> Result<FieldKey, NoSuchField> {
        parse_field_key(id).ok_or(NoSuchField)
    }
}

/// [`FieldKey::from_str`], as an option.
fn parse_field_key(id: &str) -> Option<FieldKey> {
    let fixed = match id {
        "min-margin" => Some(FieldKey::MinMargin),
        "walk-away" => Some(FieldKey::WalkAway),
        "term-months" => Some(FieldKey::TermMonths),
        "tax-rate" => Some(FieldKey::TaxRate),
        "issue-date" => Some(FieldKey::IssueDate),
        "valid-through" => Some(FieldKey::ValidThrough),
        "offer-revision" => Some(FieldKey::Revision),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let number = |text: &str| text.parse::<u32>().ok();
    if let Some(rest) = id.strip_prefix("line-") {
        let (n, what) = rest.split_once('-')?;
        let line = LineId(number(n)?);
        return match what {
            "qty" => Some(FieldKey::LineQuantity(line)),
            "price" => Some(FieldKey::LinePrice(line)),
            "rate" => Some(FieldKey::LineRate(line)),
            "cost" => Some(FieldKey::LineCost(line)),
            "margin" => Some(FieldKey::LineMargin(line)),
            "max-discount" => Some(FieldKey::LineMaxDiscount(line)),
            _ => None,
        };
    }
    if let Some(rest) = id.strip_prefix("band-") {
        let n = number(rest.strip_suffix("-limit")?)?;
        return (n > 0).then_some(FieldKey::BandLimit(BandId(n)));
    }
    if let Some(rest) = id.strip_prefix("scenario-") {
        let n = rest.strip_suffix("-value")?;
        return Some(FieldKey::ScenarioValue(ScenarioId(number(n)?)));
    }
    if let Some(rest) = id.strip_prefix("option-") {
        let n = rest.strip_suffix("-value")?;
        return Some(FieldKey::OptionValue(OptionId(number(n)?)));
    }
    if let Some(rest) = id.strip_prefix("override-") {
        let (scenario, line) = rest.split_once('-')?;
        return Some(FieldKey::Override(
            ScenarioId(number(scenario)?),
            LineId(number(line)?),
        ));
    }
    None
}

/// Typed text kept for fields whose text does not read (drafts), by field.
///
/// Keyed by `K` in every call, and kept by each key's string form: the file keys its
/// drafts by those strings (so it reads and writes byte for byte as it always
/// has), and one string-keyed map serves both kinds of key in the Wasm (a map per
/// key type, and the sorting its serde form would need, cost about 10 KB gzip).
/// A kept string that names no field is never handed out, and goes at the next
/// [`Drafts::retain`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Drafts<K> {
    by_text: BTreeMap<String, String>,
    #[serde(skip)]
    key: PhantomData<fn() -> K>,
}

impl<K> Default for Drafts<K> {
    fn default() -> Self {
        Drafts {
            by_text: BTreeMap::new(),
            key: PhantomData,
        }
    }
}

impl<K: fmt::Display + FromStr> Drafts<K> {
    /// The text kept for `key`.
    pub fn get(&self, key: &K) -> Option<&String> {
        self.by_text.get(&key.to_string())
    }

    /// Whether text is kept for `key`.
    pub fn contains_key(&self, key: &K) -> bool {
        self.get(key).is_some()
    }

    /// Keeps `text` for `key`.
    pub fn insert(&mut self, key: K, text: String) {
        self.by_text.insert(key.to_string(), text);
    }

    /// Drops the text of `key`.
    pub fn remove(&mut self, key: &K) {
        self.by_text.remove(&key.to_string());
    }

    /// Every field with kept text, with it, in the order of their string forms.
    pub fn iter(&self) -> impl Iterator<Item = (K, &String)> {
        self.by_text
            .iter()
            .filter_map(|(key, text)| Some((key.parse().ok()?, text)))
    }

    /// Every field with kept text.
    pub fn keys(&self) -> impl Iterator<Item = K> {
        self.iter().map(|(key, _)| key)
    }

    /// How many texts are kept (those that name no field included, until the next
    /// [`Drafts::retain`]).
    pub fn len(&self) -> usize {
        self.by_text.len()
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.by_text.is_empty()
    }

    /// Keeps only the texts of fields `keep` says yes to (and of fields at all);
    /// `true` when something was dropped.
    pub fn retain(&mut self, mut keep: impl FnMut(&K) -> bool) -> bool {
        let before = self.by_text.len();
        self.by_text
            .retain(|key, _| key.parse::<K>().is_ok_and(|key| keep(&key)));
        self.by_text.len() != before
    }

    /// The kept texts as written, keys as strings (for checking a file's lengths).
    pub fn raw(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_text.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

impl<K: fmt::Display + FromStr> FromIterator<(K, String)> for Drafts<K> {
    fn from_iter<I: IntoIterator<Item = (K, String)>>(items: I) -> Self {
        let mut drafts = Drafts::default();
        for (key, text) in items {
            drafts.insert(key, text);
        }
        drafts
    }
}

/// A field whose text does not read as a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The field (for putting the focus on it).
    pub field: FieldKey,
    /// The text as typed.
    pub text: String,
    /// What is wrong with it.
    pub problem: FieldFault,
}

/// Why a field's text is not what the offer shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFault {
    /// It does not read as a value.
    Unreadable(ParseError),
    /// It reads now (the format or currency changed since) but the figures have not
    /// taken it yet: the rep leaves the field to apply it.
    NotApplied,
}

/// Every field of `proposal` whose typed text (in `drafts`) does not read
/// as a value, in the order of the page. Empty means the written offer may go out.
///
/// # Examples
/// ```
/// use std::collections::BTreeMap;
/// use best_offer_domain::library::field::unreadable_fields;
/// use best_offer_domain::library::proposal::Proposal;
/// use best_offer_domain::{Currency, date::Date};
/// let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
/// proposal.deal.lines[0].terms.name = "Onboarding".into();
/// use best_offer_domain::{library::field::FieldKey, pricing::deal::LineId};
/// use best_offer_domain::library::field::Drafts;
/// let drafts: Drafts<FieldKey> = [(FieldKey::LineCost(LineId(1)), "2.880,00".to_string())].into_iter().collect();
/// let found = unreadable_fields(&proposal, &drafts);
/// assert_eq!(found[0].field, FieldKey::LineCost(LineId(1)));
/// assert_eq!(found[0].text, "2.880,00");
/// ```
pub fn unreadable_fields(proposal: &Proposal, drafts: &Drafts<FieldKey>) -> Vec<Unreadable> {
    let mut found: Vec<(FieldKey, Unreadable)> = drafts
        .iter()
        .filter_map(|(key, text)| {
            let reading = key.reading(proposal)?;
            let problem = match reading.read(text, proposal.number_format) {
                Err(error) => FieldFault::Unreadable(error),
                // Reads now (the format or currency changed since) but the figures
                // have not taken it yet: still not what the offer shows.
                Ok(_) => FieldFault::NotApplied,
            };
            Some((
                key,
                Unreadable {
                    field: key,
                    text: text.clone(),
                    problem,
                },
            ))
        })
        .collect();
    found.sort_by_key(|(key, _)| page_order(*key, proposal));
    found
        .into_iter()
        .map(|(_, unreadable)| unreadable)
        .collect()
}

/// Where a field sits on the page: deal settings, lines in order, floor, bands,
/// scenarios.
fn page_order(key: FieldKey, proposal: &Proposal) -> (u8, usize, usize) {
    let line_index = |id: LineId| {
        proposal
            .deal
            .lines
            .iter()
            .position(|l| l.id == id)
            .unwrap_or(usize::MAX)
    };
    let scenario_index = |id: ScenarioId| {
        proposal
            .scenarios
            .iter()
            .position(|s| s.id == id)
            .unwrap_or(usize::MAX)
    };
    match key {
        FieldKey::TermMonths => (0, 0, 0),
        FieldKey::TaxRate => (0, 1, 0),
        FieldKey::LineQuantity(id) => (1, line_index(id), 0),
        FieldKey::LinePrice(id) | FieldKey::LineRate(id) => (1, line_index(id), 1),
        FieldKey::LineCost(id) | FieldKey::LineMargin(id) => (1, line_index(id), 2),
        FieldKey::LineMaxDiscount(id) => (1, line_index(id), 3),
        FieldKey::MinMargin => (2, 0, 0),
        FieldKey::WalkAway => (2, 1, 0),
        FieldKey::BandLimit(id) => (
            3,
            proposal
                .deal
                .approval
                .band(id)
                .map_or(usize::MAX, |(n, _)| n),
            0,
        ),
        FieldKey::ScenarioValue(id) => (4, scenario_index(id), 0),
        FieldKey::Override(s, l) => (5, line_index(l), scenario_index(s)),
        FieldKey::OptionValue(id) => (
            5,
            usize::MAX,
            proposal
                .options
                .iter()
                .position(|o| o.id == id)
                .unwrap_or(usize::MAX),
        ),
        FieldKey::Revision => (6, 0, 0),
        FieldKey::IssueDate => (6, 1, 0),
        FieldKey::ValidThrough => (6, 2, 0),
    }
}

/// The drafts of fields `proposal` still has; drafts of removed lines, scenarios or
/// fields are dropped, so they cannot block the offer
/// with text nobody can see.
///
/// Returns `None` when nothing is dropped, so callers can keep what they have.
pub fn prune_drafts(proposal: &Proposal, drafts: &Drafts<FieldKey>) -> Option<Drafts<FieldKey>> {
    let mut kept = drafts.clone();
    kept.retain(|key| key.reading(proposal).is_some())
        .then_some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::edit::{CostMode, Edit, LineEdit};
    use crate::pricing::deal::Line;

    fn proposal() -> Proposal {
        let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
        proposal.deal.lines[0].terms.name = "Licence".into();
        let mut second = Line::new(LineId(2));
        second.terms.name = "Onboarding".into();
        proposal.deal.lines.push(second);
        proposal
    }

    fn drafts(pairs: &[(&str, &str)]) -> Drafts<FieldKey> {
        pairs
            .iter()
            .map(|(k, v)| (k.parse().unwrap(), (*v).to_string()))
            .collect()
    }

    #[test]
    fn every_key_round_trips_through_its_string_form() {
        let keys = [
            FieldKey::LineQuantity(LineId(3)),
            FieldKey::LinePrice(LineId(3)),
            FieldKey::LineRate(LineId(3)),
            FieldKey::LineCost(LineId(3)),
            FieldKey::LineMargin(LineId(3)),
            FieldKey::LineMaxDiscount(LineId(3)),
            FieldKey::MinMargin,
            FieldKey::WalkAway,
            FieldKey::TermMonths,
            FieldKey::TaxRate,
            FieldKey::BandLimit(BandId(2)),
            FieldKey::ScenarioValue(ScenarioId(4)),
            FieldKey::Override(ScenarioId(4), LineId(3)),
            FieldKey::OptionValue(OptionId(2)),
            FieldKey::IssueDate,
            FieldKey::ValidThrough,
            FieldKey::Revision,
        ];
        for key in keys {
            assert_eq!(key.to_string().parse(), Ok(key), "{key:?}");
        }
        for junk in [
            "",
            "line-",
            "line-1",
            "line-1-name",
            "band-0-limit",
            "override-1",
            "scenario-a-value",
        ] {
            assert_eq!(junk.parse::<FieldKey>(), Err(NoSuchField), "{junk}");
        }
    }

    #[test]
    fn unreadable_fields_are_named_in_page_order_with_what_is_wrong() {
        let proposal = proposal();
        let found = unreadable_fields(
            &proposal,
            &drafts(&[
                ("min-margin", "4O"),
                ("line-2-cost", "2.880,00"),
                ("line-1-qty", "2,5"),
                ("scenario-2-value", "1e5"),
            ]),
        );
        let fields: Vec<(FieldKey, &FieldFault)> =
            found.iter().map(|u| (u.field, &u.problem)).collect();
        let other_format = |typed: &str, written: &str| {
            FieldFault::Unreadable(ParseError::OtherFormat {
                format: NumberFormat::CommaDot,
                typed: typed.into(),
                written: written.into(),
            })
        };
        assert_eq!(
            fields,
            [
                (
                    FieldKey::LineQuantity(LineId(1)),
                    &other_format("2,5", "2.5")
                ),
                (
                    FieldKey::LineCost(LineId(2)),
                    &other_format("2.880,00", "2,880.00")
                ),
                (
                    FieldKey::MinMargin,
                    &FieldFault::Unreadable(ParseError::UnexpectedCharacter('O'))
                ),
                (
                    FieldKey::ScenarioValue(ScenarioId(2)),
                    &FieldFault::Unreadable(ParseError::Exponent)
                ),
            ]
        );
    }

    #[test]
    fn drafts_of_fields_that_are_gone_are_pruned() {
        let mut proposal = proposal();
        let kept = drafts(&[("line-2-cost", "2.880,00"), ("walk-away", "x")]);
        assert_eq!(prune_drafts(&proposal, &kept), None);
        // The cost is now entered as a margin: the cost field is gone.
        assert!(proposal.apply(Edit::Line(
            LineId(2),
            LineEdit::CostMode(CostMode::MarginAtList)
        )));
        assert_eq!(
            prune_drafts(&proposal, &kept),
            Some(drafts(&[("walk-away", "x")]))
        );
        // A removed line takes its drafts with it.
        assert!(proposal.apply(Edit::RemoveLine(LineId(2))));
        let stale = drafts(&[("line-2-margin", "x"), ("line-1-price", "z")]);
        assert_eq!(
            prune_drafts(&proposal, &stale),
            Some(drafts(&[("line-1-price", "z")]))
        );
    }

    #[test]
    fn text_that_reads_now_but_was_not_applied_still_counts() {
        let mut proposal = proposal();
        proposal.number_format = NumberFormat::DotComma;
        let found = unreadable_fields(&proposal, &drafts(&[("line-1-price", "2.880,00")]));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].problem, FieldFault::NotApplied);
    }
}
