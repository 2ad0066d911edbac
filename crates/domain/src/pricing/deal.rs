//! The deal a rep is pricing: lines, term, floor, nice-price step, approval bands,
//! and the scenarios to compare.
//!
//! These are plain types with serde derives: their JSON form (stable field names,
//! string decimals through [`crate::library::decimal_text`]) is part of the proposal file
//! format ([`crate::library::file`]). They hold what the rep entered, nothing computed:
//! [`crate::pricing`] and [`crate::pricing::solver`] derive every figure.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::currency::Currency;
use crate::money::percent::Percent;
pub use crate::pricing::approval::{ApprovalBand, ApprovalEdit, ApprovalPolicy, BandId, MAX_BANDS};
pub(crate) use crate::pricing::change::replace;
pub use crate::pricing::tax::{TaxRounding, TaxStatement};

/// Identifies a line within its deal; stays the same when lines are reordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LineId(pub u32);

/// Identifies a scenario within its deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ScenarioId(pub u32);

/// Identifies a catalogue item (letters, digits, `-` and `_`), unique across
/// devices like a proposal's id, so a line keeps pointing at the same item after an
/// export and import (see [`crate::desk::catalogue`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub String);

/// How a line is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineKind {
    /// Paid once: a licence, hardware, a set-up fee.
    #[default]
    OneTime,
    /// A subscription priced per year.
    RecurringYearly,
    /// A subscription priced per month.
    RecurringMonthly,
    /// Maintenance and support: a yearly percentage of the *net* price of the
    /// one-time lines it covers, so a licence discount flows into it.
    Maintenance,
    /// Services: hours × rate, paid once.
    Service,
}

impl LineKind {
    /// Every kind, in the order a picker shows them.
    pub const ALL: [LineKind; 5] = [
        LineKind::OneTime,
        LineKind::RecurringYearly,
        LineKind::RecurringMonthly,
        LineKind::Maintenance,
        LineKind::Service,
    ];
    /// Stable identifier, as in files and form values.
    pub const fn id(self) -> &'static str {
        match self {
            LineKind::OneTime => "one-time",
            LineKind::RecurringYearly => "recurring-yearly",
            LineKind::RecurringMonthly => "recurring-monthly",
            LineKind::Maintenance => "maintenance",
            LineKind::Service => "service",
        }
    }

    /// The kind with identifier `id`.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::pricing::deal::LineKind;
    /// assert_eq!(LineKind::from_id("service"), Some(LineKind::Service));
    /// assert_eq!(LineKind::from_id("nonsense"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<LineKind> {
        LineKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Whether the line is paid once (one-time or services).
    pub const fn is_one_time(self) -> bool {
        matches!(self, LineKind::OneTime | LineKind::Service)
    }

    /// Whether the line repeats over the term.
    pub const fn is_recurring(self) -> bool {
        !self.is_one_time()
    }
}

/// What a line costs the seller: a fixed unit cost, or a margin at list price.
///
/// A margin is turned into a fixed unit cost (list × (1 − margin)), so the cost does
/// not fall when the price is discounted.
///
/// In a file: `{"basis": "unit-cost", "value": "95.00"}` or
/// `{"basis": "margin-at-list", "value": "85"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    tag = "basis",
    content = "value",
    rename_all = "kebab-case",
    deny_unknown_fields
)]
pub enum CostBasis {
    /// Cost per unit (per period for recurring lines, per year for maintenance).
    // On the variant, not its field: that is where serde's adjacently tagged enums
    // read a `with`.
    #[serde(with = "crate::library::decimal_text")]
    UnitCost(Decimal),
    /// Margin at list price.
    MarginAtList(Percent),
}

impl Default for CostBasis {
    fn default() -> Self {
        CostBasis::UnitCost(Decimal::ZERO)
    }
}

/// What a product is and how it is priced: declared once, the terms of a deal's
/// line and of a catalogue item alike (a line is copied from an item's terms).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemTerms {
    /// How it is charged.
    pub kind: LineKind,
    /// Name printed on the offer, e.g. "Analytics Suite licence".
    pub name: String,
    /// Optional description printed under the name.
    #[serde(default)]
    pub description: String,
    /// List price per unit (per period for recurring lines, the hourly rate for
    /// services). Ignored for maintenance, whose price derives from what it covers.
    #[serde(with = "crate::library::decimal_text")]
    pub unit_list_price: Decimal,
    /// Cost, or margin at list.
    pub cost: CostBasis,
    /// Whether a deal discount applies.
    pub discountable: bool,
    /// The largest discount it may get.
    #[serde(default)]
    pub max_discount: Option<Percent>,
    /// Maintenance only: the yearly rate on the net price of what it covers.
    #[serde(default)]
    pub maintenance_rate: Percent,
}

impl Default for ItemTerms {
    /// A one-time item with no name and no price yet, discountable.
    fn default() -> Self {
        ItemTerms {
            kind: LineKind::OneTime,
            name: String::new(),
            description: String::new(),
            unit_list_price: Decimal::ZERO,
            cost: CostBasis::default(),
            discountable: true,
            max_discount: None,
            maintenance_rate: Percent::ZERO,
        }
    }
}

/// One line of a deal, as the rep entered it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    /// Stable identifier.
    pub id: LineId,
    /// What it is and how it is priced.
    pub terms: ItemTerms,
    /// Units, seats or hours. Ignored for maintenance (always one).
    #[serde(with = "crate::library::decimal_text")]
    pub quantity: Decimal,
    /// Maintenance only: which one-time lines it covers; empty means every one-time
    /// (non-service) line.
    #[serde(default)]
    pub covers: Vec<LineId>,
    /// The catalogue item the line was copied from, if any. The line is a copy:
    /// this only lets "Update from catalogue" show what changed.
    #[serde(default)]
    pub catalogue_item: Option<ItemId>,
}

impl Line {
    /// Takes what a catalogue item says from `item` (a line made from the item,
    /// see [`crate::desk::catalogue::CatalogueItem::template`]): name, description, kind,
    /// prices and cost, discount rules and the item's id. Its own id, quantity and
    /// what it covers stay.
    pub fn take_item_fields(&mut self, item: &Line) {
        self.terms.clone_from(&item.terms);
        self.catalogue_item.clone_from(&item.catalogue_item);
    }

    /// A new, empty one-time line: quantity 1, no price yet, discountable.
    pub fn new(id: LineId) -> Line {
        Line {
            id,
            terms: ItemTerms::default(),
            quantity: Decimal::ONE,
            covers: Vec::new(),
            catalogue_item: None,
        }
    }
}

/// The rep's floor: the price below which they walk away.
///
/// Floor price = max(walk-away price, cost / (1 − minimum margin)). With neither set,
/// the floor is the cost itself (never sell at a loss).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Floor {
    /// Minimum margin over the whole term, before tax.
    #[serde(default)]
    pub min_margin: Option<Percent>,
    /// Lowest total contract value the rep accepts.
    #[serde(default, with = "crate::library::decimal_text::option")]
    pub walk_away: Option<Decimal>,
}

/// What a scenario fixes; every other figure is solved from it.
///
/// In a file: `{"kind": "discount", "value": "15"}`, `"target-price"` or
/// `"target-margin"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    content = "value",
    rename_all = "kebab-case",
    deny_unknown_fields
)]
pub enum Lever {
    /// The same discount on every discountable line (capped per line).
    Discount(Percent),
    /// A total contract value (before tax) to land on exactly.
    #[serde(with = "crate::library::decimal_text")]
    TargetPrice(Decimal),
    /// A margin over the term to reach (the price is rounded up to keep it).
    TargetMargin(Percent),
}

/// A line whose discount a scenario sets by hand, outside the lever.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineOverride {
    /// The line.
    pub line: LineId,
    /// Its discount in this scenario (still limited by the line's cap).
    pub discount: Percent,
}

/// One column of the scenario board.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable identifier.
    pub id: ScenarioId,
    /// Name shown on the board, e.g. "Good deal".
    pub name: String,
    /// What the scenario fixes.
    pub lever: Lever,
    /// Per-line discounts set by hand.
    #[serde(default)]
    pub overrides: Vec<LineOverride>,
}

/// The deal: everything that decides the price.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deal {
    /// Currency of every amount in the deal.
    pub currency: Currency,
    /// Contract term in months, for recurring lines (12 = one year).
    pub term_months: u32,
    /// The lines, in the order the offer prints them.
    pub lines: Vec<Line>,
    /// Tax rate shown on the offer; margins are always before tax.
    #[serde(default)]
    pub tax_rate: Option<Percent>,
    /// How the tax is rounded: on the total, or per line (version 5 on).
    #[serde(default)]
    pub tax_rounding: TaxRounding,
    /// With no tax rate, what the offer says of tax (version 5 on).
    #[serde(default)]
    pub tax_statement: TaxStatement,
    /// The floor.
    #[serde(default)]
    pub floor: Floor,
    /// Nice-price step: the best offer is rounded *up* to a multiple of it.
    #[serde(default, with = "crate::library::decimal_text::option")]
    pub nice_step: Option<Decimal>,
    /// Approval bands.
    #[serde(default)]
    pub approval: ApprovalPolicy,
}
/// The lever a new scenario starts with: one step beyond `last` — 5 points more
/// discount, 5 % below a target price (rounded down to a round figure), 5 points
/// less margin — or 10 % off when there is no column yet.
///
/// # Examples
/// ```
/// use best_offer_domain::pricing::deal::{next_lever, Lever};
/// use best_offer_domain::Percent;
/// use rust_decimal::Decimal;
/// let pct = |n: i64| Percent::new(Decimal::new(n, 0));
/// assert_eq!(next_lever(None), Lever::Discount(pct(10)));
/// assert_eq!(next_lever(Some(Lever::Discount(pct(15)))), Lever::Discount(pct(20)));
/// assert_eq!(next_lever(Some(Lever::Discount(pct(98)))), Lever::Discount(pct(100)));
/// assert_eq!(next_lever(Some(Lever::TargetPrice(Decimal::new(30_000, 0)))), Lever::TargetPrice(Decimal::new(28_500, 0)));
/// assert_eq!(next_lever(Some(Lever::TargetMargin(pct(40)))), Lever::TargetMargin(pct(35)));
/// ```
pub fn next_lever(last: Option<Lever>) -> Lever {
    let five = Decimal::from(5_u32);
    match last {
        None => Lever::Discount(Percent::new(Decimal::TEN)),
        Some(Lever::Discount(p)) => Lever::Discount(Percent::new(
            p.points()
                .checked_add(five)
                .unwrap_or(Decimal::ONE_HUNDRED)
                .min(Decimal::ONE_HUNDRED),
        )),
        Some(Lever::TargetPrice(price)) => {
            let lower = price
                .checked_mul(Decimal::new(95, 2))
                .map_or(price, round_down_to_three_digits);
            Lever::TargetPrice(lower)
        }
        Some(Lever::TargetMargin(m)) => Lever::TargetMargin(Percent::new(
            m.points()
                .checked_sub(five)
                .unwrap_or(Decimal::ZERO)
                .max(Decimal::ZERO),
        )),
    }
}

/// `value` rounded down to its three leading digits (28,500 from 28,512.34), so a
/// new target price reads as a round figure.
fn round_down_to_three_digits(value: Decimal) -> Decimal {
    let whole = value.trunc();
    let digits = whole
        .mantissa()
        .unsigned_abs()
        .checked_ilog10()
        .unwrap_or(0);
    let Some(step) = digits
        .checked_sub(2)
        .and_then(|d| 10_i64.checked_pow(d))
        .map(Decimal::from)
    else {
        return whole;
    };
    whole
        .checked_div(step)
        .map(|n| n.trunc())
        .and_then(|n| n.checked_mul(step))
        .unwrap_or(whole)
}

/// Nice-price steps offered in the picker (any positive amount works).
pub const NICE_STEPS: [u32; 10] = [1, 5, 10, 50, 100, 500, 1_000, 5_000, 10_000, 50_000];

impl Deal {
    /// A new deal in `currency` with one empty line and a one-year term.
    pub fn new(currency: Currency) -> Deal {
        Deal {
            currency,
            term_months: 12,
            lines: vec![Line::new(LineId(1))],
            tax_rate: None,
            tax_rounding: TaxRounding::OnTotal,
            tax_statement: TaxStatement::Excluded,
            floor: Floor::default(),
            nice_step: None,
            approval: ApprovalPolicy::default(),
        }
    }

    /// The maintenance lines that cover no licence: with no lines of their own to
    /// cover (their `covers` empty), maintenance covers the deal's one-time lines,
    /// and a deal with none (its licence billed per year, or no licence at all)
    /// leaves it nothing to be a percentage of. Such a line would print as a zero
    /// while its cost counts in every margin, so it cannot be offered as it stands.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::pricing::deal::{Deal, LineKind};
    /// use best_offer_domain::Currency;
    /// let mut deal = Deal::new(Currency::USD);
    /// deal.lines[0].terms.kind = LineKind::Maintenance;
    /// assert_eq!(deal.maintenance_covering_nothing(), vec![deal.lines[0].id]);
    /// ```
    pub fn maintenance_covering_nothing(&self) -> Vec<LineId> {
        let has_one_time = self.lines.iter().any(|l| l.terms.kind == LineKind::OneTime);
        self.lines
            .iter()
            .filter(|l| {
                l.terms.kind == LineKind::Maintenance && l.covers.is_empty() && !has_one_time
            })
            .map(|l| l.id)
            .collect()
    }

    /// The line with `id`.
    pub fn line(&self, id: LineId) -> Option<&Line> {
        self.lines.iter().find(|line| line.id == id)
    }

    /// Whether the rep has set a floor on purpose: a minimum margin (0 % counts), a
    /// walk-away price, or a maximum discount on every discountable line. Cost alone
    /// is not a floor; without one there is no best offer (it would sell at cost).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::pricing::deal::Deal;
    /// use best_offer_domain::{Currency, Percent};
    /// let mut deal = Deal::new(Currency::USD);
    /// assert!(!deal.floor_is_set());
    /// deal.floor.min_margin = Some(Percent::ZERO);
    /// assert!(deal.floor_is_set());
    /// deal.floor.min_margin = None;
    /// deal.lines[0].terms.max_discount = Some(Percent::ZERO);
    /// assert!(deal.floor_is_set());
    /// ```
    pub fn floor_is_set(&self) -> bool {
        self.floor.min_margin.is_some()
            || self.floor.walk_away.is_some()
            || self
                .lines
                .iter()
                .filter(|line| line.terms.discountable && line.terms.kind != LineKind::Maintenance)
                .all(|line| line.terms.max_discount.is_some())
    }

    /// An identifier no line uses yet.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{pricing::deal::{Deal, LineId}, Currency};
    /// assert_eq!(Deal::new(Currency::USD).next_line_id(), LineId(2));
    /// ```
    pub fn next_line_id(&self) -> LineId {
        let max = self.lines.iter().map(|line| line.id.0).max().unwrap_or(0);
        LineId(max.saturating_add(1))
    }
}

impl Default for Deal {
    fn default() -> Self {
        Deal::new(Currency::default())
    }
}
