//! A proposal: the deal, the scenarios compared for it, and who it is for.
//!
//! This is what a rep keeps and edits; the app's state wraps one, and the proposal
//! file format (with its schema version) builds on it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::money::currency::Currency;
use crate::money::locale::NumberFormat;
use crate::money::percent::Percent;
use crate::offer::details::OfferDetails;
use crate::options::{MIN_OPTIONS, OfferOption, OptionId};
use crate::pricing::deal::{Deal, Lever, Scenario, ScenarioId};
use crate::requirements::Requirement;

/// A proposal being prepared.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// Customer (buyer company), e.g. "Northwind Traders".
    #[serde(default)]
    pub customer: String,
    /// Name of the deal, e.g. "Analytics rollout 2027".
    #[serde(default)]
    pub deal_name: String,
    /// How numbers are typed and shown.
    #[serde(default)]
    pub number_format: NumberFormat,
    /// The deal.
    pub deal: Deal,
    /// Scenarios compared side by side (the best offer is always computed besides).
    pub scenarios: Vec<Scenario>,
    /// The written offer's details.
    pub offer: OfferDetails,
    /// What the customer asked for, in their words, and how the offer answers each
    /// (version 5 on).
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    /// The options the offer gives the buyer to choose from (none, or
    /// [`MIN_OPTIONS`]–[`MAX_OPTIONS`](crate::options::MAX_OPTIONS)), each priced by its own lever (version 7
    /// on). Left out of the file when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OfferOption>,
    /// The option the offer marks as recommended, if any (version 7 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended_option: Option<OptionId>,
}

impl Proposal {
    /// A new proposal in `currency`, started `today`: one empty line, three starting
    /// scenarios (list price, 10 % off and 20 % off, each named after its lever until renamed) and an
    /// offer issued today.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, library::proposal::Proposal, Currency};
    /// let proposal = Proposal::new(Currency::USD, Date::parse_iso("2026-11-26").unwrap());
    /// assert_eq!(proposal.deal.lines.len(), 1);
    /// assert_eq!(proposal.scenarios.len(), 3);
    /// ```
    pub fn new(currency: Currency, today: Date) -> Proposal {
        let scenario = |id: u32, name: &str, lever: Lever| Scenario {
            id: ScenarioId(id),
            name: name.to_string(),
            lever,
            overrides: Vec::new(),
        };
        Proposal {
            customer: String::new(),
            deal_name: String::new(),
            number_format: NumberFormat::default(),
            deal: Deal::new(currency),
            // Columns that make sense for any deal, named after their levers.
            scenarios: vec![
                scenario(1, "", Lever::Discount(Percent::ZERO)),
                scenario(2, "", Lever::Discount(Percent::new(Decimal::TEN))),
                scenario(3, "", Lever::Discount(Percent::new(Decimal::from(20_u32)))),
            ],
            offer: OfferDetails::new(today),
            requirements: Vec::new(),
            options: Vec::new(),
            recommended_option: None,
        }
    }

    /// Whether the offer gives the buyer options to choose from (at least
    /// [`MIN_OPTIONS`]; fewer is simply the offer).
    pub fn has_options(&self) -> bool {
        self.options.len() >= MIN_OPTIONS
    }

    /// The option the offer shows first and the link opens on: the recommended
    /// one, or the first when none is.
    pub fn default_option(&self) -> Option<&OfferOption> {
        self.recommended_option
            .and_then(|id| self.options.iter().find(|o| o.id == id))
            .or_else(|| self.options.first())
    }

    /// An identifier no option uses yet.
    pub fn next_option_id(&self) -> OptionId {
        let max = self.options.iter().map(|o| o.id.0).max().unwrap_or(0);
        OptionId(max.saturating_add(1))
    }

    /// The requirements still to be confirmed ([`crate::requirements::open_questions`]).
    pub fn open_questions(&self) -> impl Iterator<Item = &Requirement> {
        crate::requirements::open_questions(&self.requirements)
    }

    /// An identifier no scenario uses yet.
    pub fn next_scenario_id(&self) -> ScenarioId {
        let max = self.scenarios.iter().map(|s| s.id.0).max().unwrap_or(0);
        ScenarioId(max.saturating_add(1))
    }
}
