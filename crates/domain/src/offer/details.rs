//! What the rep fills in about the written offer ([`OfferDetails`]): who it is from,
//! its number and dates, the terms and lists, and which figures it offers.
//!
//! Kept apart from [`crate::offer`], which builds the customer's document *from* a
//! proposal: a proposal holds these details, so this module cannot depend on it.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::limits::MAX_LIST_ITEMS;
use crate::money::locale::NumberFormat;
use crate::offer::logo::LogoId;
use crate::offer::words::Language;
use crate::pricing::deal::ScenarioId;

/// Days an offer is valid by default.
pub const DEFAULT_VALIDITY_DAYS: i64 = 30;

/// Which figures become the written offer.
///
/// In a file: `{"kind": "best-offer"}` or `{"kind": "scenario", "scenario": 2}`
/// (through [`OfferChoiceForm`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(try_from = "OfferChoiceForm", into = "OfferChoiceForm")]
pub enum OfferChoice {
    /// The best offer computed by the solver.
    #[default]
    BestOffer,
    /// One of the scenarios.
    Scenario(ScenarioId),
}

/// The file form of an [`OfferChoice`]: a kind, and the scenario when the kind is
/// `scenario`. Why a form of its own: serde's internally tagged enums cannot carry
/// a bare number beside the tag, and this shape is the one files already have.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferChoiceForm {
    kind: OfferChoiceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scenario: Option<ScenarioId>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum OfferChoiceKind {
    BestOffer,
    Scenario,
}

impl From<OfferChoice> for OfferChoiceForm {
    fn from(choice: OfferChoice) -> Self {
        match choice {
            OfferChoice::BestOffer => OfferChoiceForm {
                kind: OfferChoiceKind::BestOffer,
                scenario: None,
            },
            OfferChoice::Scenario(id) => OfferChoiceForm {
                kind: OfferChoiceKind::Scenario,
                scenario: Some(id),
            },
        }
    }
}

impl TryFrom<OfferChoiceForm> for OfferChoice {
    type Error = &'static str;

    fn try_from(form: OfferChoiceForm) -> Result<Self, Self::Error> {
        match (form.kind, form.scenario) {
            (OfferChoiceKind::BestOffer, None) => Ok(OfferChoice::BestOffer),
            (OfferChoiceKind::Scenario, Some(id)) => Ok(OfferChoice::Scenario(id)),
            (OfferChoiceKind::BestOffer, Some(_)) => {
                Err("the best offer names no scenario (remove `scenario`)")
            }
            (OfferChoiceKind::Scenario, None) => Err("missing field `scenario`"),
        }
    }
}

/// The editable lists of an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OfferList {
    /// What the offer includes.
    Included,
    /// What it does not include.
    NotIncluded,
    /// The assumptions it rests on.
    Assumptions,
}

/// Who an offer is from: declared once, kept in Your details
/// ([`crate::desk::profile::SellerProfile::seller`]) and in each offer
/// ([`OfferDetails::seller`]); a new proposal copies it, and "Use my details" on the
/// offer form copies it again.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SellerDetails {
    /// Seller company.
    pub company: String,
    /// The company's address (several lines).
    #[serde(default)]
    pub address: String,
    /// The rep's name.
    pub rep_name: String,
    /// The rep's title, e.g. "Account executive".
    #[serde(default)]
    pub rep_title: String,
    /// The rep's email.
    pub rep_email: String,
    /// The rep's phone.
    pub rep_phone: String,
    /// The company's logo, printed on the offer.
    #[serde(default)]
    pub logo: Option<LogoId>,
}

/// A change to one of an offer's lists (or the profile's usual lists).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListEdit {
    /// Append an empty item.
    Add,
    /// Remove an item.
    Remove(usize),
    /// The text of an item.
    Item(usize, String),
}

/// Applies `edit` to `list`; `false` when it changes nothing (a list is full at
/// [`MAX_LIST_ITEMS`]).
///
/// # Examples
/// ```
/// use best_offer_domain::offer::details::{edit_list, ListEdit};
/// let mut list = Vec::new();
/// assert!(edit_list(&mut list, ListEdit::Add));
/// assert!(edit_list(&mut list, ListEdit::Item(0, "Training".into())));
/// assert!(!edit_list(&mut list, ListEdit::Item(3, "nowhere".into())));
/// assert!(edit_list(&mut list, ListEdit::Remove(0)));
/// assert!(list.is_empty());
/// ```
pub fn edit_list(list: &mut Vec<String>, edit: ListEdit) -> bool {
    match edit {
        ListEdit::Add => {
            if list.len() >= MAX_LIST_ITEMS {
                return false;
            }
            list.push(String::new());
            true
        }
        ListEdit::Remove(index) => {
            if index < list.len() {
                list.remove(index);
                true
            } else {
                false
            }
        }
        ListEdit::Item(index, text) => list
            .get_mut(index)
            .is_some_and(|item| crate::pricing::deal::replace(item, text)),
    }
}

/// What the rep fills in about the written offer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferDetails {
    /// Who the offer is from.
    pub seller: SellerDetails,
    /// The buyer's contact person (the buyer company is the proposal's customer).
    pub buyer_contact: String,
    /// Offer number, suggested from the issue date and editable.
    pub number: String,
    /// Revision, from 1.
    pub revision: u32,
    /// Issue date.
    pub issue_date: Date,
    /// Valid through the end of this day.
    pub valid_through: Date,
    /// Payment terms, e.g. "Net 30 days from invoice".
    pub payment_terms: String,
    /// What is included.
    pub included: Vec<String>,
    /// What is not included.
    pub not_included: Vec<String>,
    /// Assumptions.
    pub assumptions: Vec<String>,
    /// Whether the offer states that it is the best and final offer.
    pub best_and_final: bool,
    /// Optional note printed under the totals.
    pub note: String,
    /// Which figures become the offer.
    pub choice: OfferChoice,
    /// The language of the written offer (the workspace stays in English).
    pub language: Language,
    /// The number format of the written offer when the rep chose one; `None`
    /// follows the language (see [`OfferDetails::number_format`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<NumberFormat>,
}

impl OfferDetails {
    /// Details for an offer issued `today`: a suggested number, revision 1, valid
    /// for [`DEFAULT_VALIDITY_DAYS`], net-30 payment terms.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, offer::details::OfferDetails};
    /// let today = Date::parse_iso("2026-11-26").unwrap();
    /// let details = OfferDetails::new(today);
    /// assert_eq!(details.number, "BO-20261126-01");
    /// assert_eq!(details.valid_through.to_iso(), "2026-12-26");
    /// ```
    pub fn new(today: Date) -> OfferDetails {
        OfferDetails {
            seller: SellerDetails::default(),
            buyer_contact: String::new(),
            number: offer_number(today, 1),
            revision: 1,
            issue_date: today,
            valid_through: today.add_days(DEFAULT_VALIDITY_DAYS),
            payment_terms: Language::En.words().default_payment_terms.to_string(),
            included: Vec::new(),
            not_included: Vec::new(),
            assumptions: Vec::new(),
            best_and_final: false,
            note: String::new(),
            choice: OfferChoice::BestOffer,
            language: Language::En,
            number_format: None,
        }
    }

    /// The number format the written offer prints with: the rep's choice, or the
    /// one customers of its language expect.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, offer::details::OfferDetails, offer::words::Language, NumberFormat};
    /// let mut details = OfferDetails::new(Date::parse_iso("2026-11-26").unwrap());
    /// details.language = Language::De;
    /// assert_eq!(details.number_format(), NumberFormat::DotComma);
    /// details.number_format = Some(NumberFormat::ApostropheDot);
    /// assert_eq!(details.number_format(), NumberFormat::ApostropheDot);
    /// ```
    pub fn number_format(&self) -> NumberFormat {
        self.number_format
            .unwrap_or_else(|| self.language.number_format())
    }

    /// Sets the offer's language. Payment terms still at the old language's
    /// default become the new one's, so a switch leaves no default text behind in
    /// the old language; terms the rep wrote are the rep's and stay.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, offer::details::OfferDetails, offer::words::Language};
    /// let mut details = OfferDetails::new(Date::parse_iso("2026-11-26").unwrap());
    /// assert!(details.set_language(Language::Fr));
    /// assert_eq!(details.payment_terms, "Paiement à 30 jours date de facture.");
    /// details.payment_terms = "50 % à la commande".into();
    /// assert!(details.set_language(Language::De));
    /// assert_eq!(details.payment_terms, "50 % à la commande");
    /// ```
    pub fn set_language(&mut self, language: Language) -> bool {
        if self.language == language {
            return false;
        }
        follow_language(&mut self.payment_terms, self.language, language);
        self.language = language;
        true
    }

    /// Whether the offer has expired on `today` (it is valid through the end of its
    /// last day).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, offer::details::OfferDetails};
    /// let d = |s| Date::parse_iso(s).unwrap();
    /// let details = OfferDetails::new(d("2026-11-26"));
    /// assert!(!details.is_expired(d("2026-12-26")));
    /// assert!(details.is_expired(d("2026-12-27")));
    /// ```
    pub fn is_expired(&self, today: Date) -> bool {
        today > self.valid_through
    }

    /// The list of `kind`.
    pub fn list(&self, kind: OfferList) -> &Vec<String> {
        match kind {
            OfferList::Included => &self.included,
            OfferList::NotIncluded => &self.not_included,
            OfferList::Assumptions => &self.assumptions,
        }
    }

    /// The list of `kind`, to edit.
    pub fn list_mut(&mut self, kind: OfferList) -> &mut Vec<String> {
        match kind {
            OfferList::Included => &mut self.included,
            OfferList::NotIncluded => &mut self.not_included,
            OfferList::Assumptions => &mut self.assumptions,
        }
    }
}

/// Payment terms still at `from`'s default become `to`'s: a change of language
/// leaves no default text behind in the old one, and terms the rep wrote stay. The
/// one rule for an offer and for the profile's new offers.
pub(crate) fn follow_language(payment_terms: &mut String, from: Language, to: Language) {
    if *payment_terms == from.words().default_payment_terms {
        *payment_terms = to.words().default_payment_terms.to_string();
    }
}

/// The `sequence`th offer number of an issue date, e.g. `BO-20261126-01`. Which
/// sequence number is free is decided over every kept proposal by
/// [`crate::library::unique_offer_number`].
pub fn offer_number(issued: Date, sequence: usize) -> String {
    format!(
        "BO-{:04}{:02}{:02}-{sequence:02}",
        issued.year(),
        issued.month(),
        issued.day()
    )
}

/// The offer number a new offer issued on `issued` takes: `BO-YYYYMMDD-NN` with the
/// lowest `NN` (from 01) that no number in `taken` uses.
///
/// # Examples
/// ```
/// use best_offer_domain::{date::Date, offer::details::unique_offer_number};
/// let day = Date::new(2026, 11, 27).unwrap();
/// assert_eq!(unique_offer_number(day, &[]), "BO-20261127-01");
/// assert_eq!(unique_offer_number(day, &["BO-20261127-01"]), "BO-20261127-02");
/// assert_eq!(unique_offer_number(day, &["BO-20261127-02"]), "BO-20261127-01");
/// ```
pub fn unique_offer_number(issued: Date, taken: &[&str]) -> String {
    // Among len + 1 candidates at least one is free.
    let candidates = taken.len().saturating_add(1);
    (1..=candidates)
        .map(|n| offer_number(issued, n))
        .find(|number| !taken.contains(&number.as_str()))
        .unwrap_or_else(|| offer_number(issued, candidates))
}
