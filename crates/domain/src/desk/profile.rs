//! The seller profile ("Your details"): who sells, and the defaults every new
//! proposal starts from.
//!
//! The profile is a template, not a link: [`Proposal::from_profile`] copies it into
//! a new proposal, which keeps its own copy, so changing the profile never changes
//! a proposal already made or sent. The offer form can copy the seller's details
//! again on request ([`SellerProfile::seller`]).
//!
//! Offer numbers follow a pattern such as `{YYYY}-{SEQ:3}` with the profile's next
//! sequence number ([`offer_number_from`]).

use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::library::proposal::Proposal;
use crate::limits::{MAX_SEQUENCE, MAX_TERM_MONTHS, MAX_VALIDITY_DAYS};
use crate::money::currency::Currency;
use crate::money::locale::NumberFormat;
use crate::money::percent::Percent;
use crate::offer::details::{DEFAULT_VALIDITY_DAYS, ListEdit, OfferList, SellerDetails, edit_list};
use crate::offer::logo::LogoId;
use crate::offer::words::Language;
use crate::pricing::deal::{
    ApprovalEdit, ApprovalPolicy, Deal, TaxRounding, TaxStatement, replace,
};

/// The offer-number pattern a new profile starts with: `BO-2026-001`, `BO-2026-002`…
pub const DEFAULT_NUMBER_PATTERN: &str = "BO-{YYYY}-{SEQ:3}";
/// The longest offer-number pattern, in characters.
pub const MAX_PATTERN_CHARS: usize = 40;

/// The seller's details and defaults.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SellerProfile {
    /// Who offers are from (each new proposal copies it).
    pub seller: SellerDetails,
    /// Currency of new proposals.
    pub currency: Currency,
    /// Number format of new proposals.
    pub number_format: NumberFormat,
    /// The language new proposals' written offers are in.
    pub offer_language: Language,
    /// Term of new proposals, in months.
    pub term_months: u32,
    /// Tax rate of new proposals.
    pub tax_rate: Option<Percent>,
    /// How new proposals round tax (version 5 on).
    #[serde(default)]
    pub tax_rounding: TaxRounding,
    /// What new proposals' offers without a tax rate say of tax (version 5 on).
    #[serde(default)]
    pub tax_statement: TaxStatement,
    /// Payment terms.
    pub payment_terms: String,
    /// Days a new offer is valid.
    pub validity_days: u32,
    /// What offers usually include.
    pub included: Vec<String>,
    /// What offers usually do not include.
    pub not_included: Vec<String>,
    /// The usual assumptions.
    pub assumptions: Vec<String>,
    /// Whether offers state that they are the best and final offer.
    pub best_and_final: bool,
    /// The minimum margin of new proposals (a floor set on purpose).
    pub min_margin: Option<Percent>,
    /// The nice-price step of new proposals.
    #[serde(with = "crate::library::decimal_text::option")]
    pub nice_step: Option<Decimal>,
    /// The approval bands of new proposals.
    pub approval: ApprovalPolicy,
    /// How offer numbers are written, e.g. `{YYYY}-{SEQ:3}`.
    pub number_pattern: String,
    /// The sequence number the next new proposal gets.
    pub next_sequence: u32,
}

impl SellerProfile {
    /// Whether the rep has set nothing yet: the defaults, apart from the sequence
    /// that numbering the first proposals advanced (a first visit, to the app).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::desk::profile::SellerProfile;
    /// let mut profile = SellerProfile::default();
    /// profile.next_sequence = 3;
    /// assert!(profile.is_untouched());
    /// profile.seller.company = "Contoso".into();
    /// assert!(!profile.is_untouched());
    /// ```
    pub fn is_untouched(&self) -> bool {
        let defaults = SellerProfile {
            next_sequence: self.next_sequence,
            ..SellerProfile::default()
        };
        *self == defaults
    }
}

impl Default for SellerProfile {
    fn default() -> Self {
        SellerProfile {
            seller: SellerDetails::default(),
            currency: Currency::default(),
            number_format: NumberFormat::default(),
            offer_language: Language::En,
            term_months: 12,
            tax_rate: None,
            tax_rounding: TaxRounding::OnTotal,
            tax_statement: TaxStatement::Excluded,
            payment_terms: Language::En.words().default_payment_terms.to_string(),
            validity_days: u32::try_from(DEFAULT_VALIDITY_DAYS).unwrap_or(30),
            included: Vec::new(),
            not_included: Vec::new(),
            assumptions: Vec::new(),
            best_and_final: false,
            min_margin: None,
            nice_step: None,
            approval: ApprovalPolicy::default(),
            number_pattern: DEFAULT_NUMBER_PATTERN.to_string(),
            next_sequence: 1,
        }
    }
}

/// A change to the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileEdit {
    /// Seller company.
    Company(String),
    /// Company address.
    Address(String),
    /// The rep's name.
    RepName(String),
    /// The rep's title.
    RepTitle(String),
    /// The rep's email.
    RepEmail(String),
    /// The rep's phone.
    RepPhone(String),
    /// The logo (`None`: no logo).
    Logo(Option<LogoId>),
    /// Currency of new proposals.
    Currency(Currency),
    /// Number format of new proposals.
    NumberFormat(NumberFormat),
    /// The language of new proposals' written offers (payment terms still at the
    /// old language's default follow).
    OfferLanguage(Language),
    /// Term in months.
    TermMonths(u32),
    /// Tax rate.
    TaxRate(Option<Percent>),
    /// How tax is rounded.
    TaxRounding(TaxRounding),
    /// What an offer without a tax rate says of tax.
    TaxStatement(TaxStatement),
    /// Payment terms.
    PaymentTerms(String),
    /// Validity in days.
    ValidityDays(u32),
    /// One of the usual lists.
    List(OfferList, ListEdit),
    /// The best-and-final statement.
    BestAndFinal(bool),
    /// Minimum margin.
    MinMargin(Option<Percent>),
    /// Nice-price step.
    NiceStep(Option<Decimal>),
    /// Approval bands.
    Approval(ApprovalEdit),
    /// Offer-number pattern (kept as typed; [`check_pattern`] says what is wrong).
    NumberPattern(String),
    /// Next sequence number.
    NextSequence(u32),
}

impl SellerProfile {
    /// Applies `edit`; `false` when it changes nothing.
    pub fn apply(&mut self, edit: ProfileEdit) -> bool {
        match edit {
            ProfileEdit::Company(text) => replace(&mut self.seller.company, text),
            ProfileEdit::Address(text) => replace(&mut self.seller.address, text),
            ProfileEdit::RepName(text) => replace(&mut self.seller.rep_name, text),
            ProfileEdit::RepTitle(text) => replace(&mut self.seller.rep_title, text),
            ProfileEdit::RepEmail(text) => replace(&mut self.seller.rep_email, text),
            ProfileEdit::RepPhone(text) => replace(&mut self.seller.rep_phone, text),
            ProfileEdit::Logo(logo) => replace(&mut self.seller.logo, logo),
            ProfileEdit::Currency(currency) => replace(&mut self.currency, currency),
            ProfileEdit::NumberFormat(format) => replace(&mut self.number_format, format),
            ProfileEdit::OfferLanguage(language) => {
                crate::offer::details::follow_language(
                    &mut self.payment_terms,
                    self.offer_language,
                    language,
                );
                replace(&mut self.offer_language, language)
            }
            ProfileEdit::TermMonths(months) => {
                replace(&mut self.term_months, months.clamp(1, MAX_TERM_MONTHS))
            }
            ProfileEdit::TaxRate(rate) => replace(&mut self.tax_rate, rate),
            ProfileEdit::TaxRounding(rounding) => replace(&mut self.tax_rounding, rounding),
            ProfileEdit::TaxStatement(statement) => replace(&mut self.tax_statement, statement),
            ProfileEdit::PaymentTerms(text) => replace(&mut self.payment_terms, text),
            ProfileEdit::ValidityDays(days) => {
                replace(&mut self.validity_days, days.clamp(1, MAX_VALIDITY_DAYS))
            }
            ProfileEdit::List(kind, edit) => edit_list(self.list_mut(kind), edit),
            ProfileEdit::BestAndFinal(flag) => replace(&mut self.best_and_final, flag),
            ProfileEdit::MinMargin(margin) => replace(&mut self.min_margin, margin),
            ProfileEdit::NiceStep(step) => replace(&mut self.nice_step, step),
            ProfileEdit::Approval(edit) => self.approval.apply(edit),
            ProfileEdit::NumberPattern(text) => replace(&mut self.number_pattern, text),
            ProfileEdit::NextSequence(n) => {
                replace(&mut self.next_sequence, n.clamp(1, MAX_SEQUENCE))
            }
        }
    }

    /// One of the usual lists.
    pub fn list(&self, kind: OfferList) -> &Vec<String> {
        match kind {
            OfferList::Included => &self.included,
            OfferList::NotIncluded => &self.not_included,
            OfferList::Assumptions => &self.assumptions,
        }
    }

    fn list_mut(&mut self, kind: OfferList) -> &mut Vec<String> {
        match kind {
            OfferList::Included => &mut self.included,
            OfferList::NotIncluded => &mut self.not_included,
            OfferList::Assumptions => &mut self.assumptions,
        }
    }
}

impl Proposal {
    /// A new proposal started `today` from `profile`, with offer `number`: the
    /// seller's details, the deal defaults (currency, term, tax, minimum margin,
    /// rounding, approval bands) and the offer's usual terms and lists are copied.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, desk::profile::SellerProfile, library::proposal::Proposal, Percent};
    /// use rust_decimal::Decimal;
    /// let mut profile = SellerProfile::default();
    /// profile.seller.company = "Contoso Software".into();
    /// profile.min_margin = Some(Percent::new(Decimal::new(30, 0)));
    /// profile.validity_days = 14;
    /// let today = Date::parse_iso("2026-11-26").unwrap();
    /// let proposal = Proposal::from_profile(&profile, today, "BO-2026-001".into());
    /// assert_eq!(proposal.offer.seller.company, "Contoso Software");
    /// assert!(proposal.deal.floor_is_set());
    /// assert_eq!(proposal.offer.valid_through.to_iso(), "2026-12-10");
    /// ```
    pub fn from_profile(profile: &SellerProfile, today: Date, number: String) -> Proposal {
        let mut proposal = Proposal::new(profile.currency, today);
        proposal.number_format = profile.number_format;
        proposal.deal = Deal {
            term_months: profile.term_months,
            tax_rate: profile.tax_rate,
            tax_rounding: profile.tax_rounding,
            tax_statement: profile.tax_statement,
            nice_step: profile.nice_step,
            approval: profile.approval.clone(),
            ..Deal::new(profile.currency)
        };
        proposal.deal.floor.min_margin = profile.min_margin;
        let offer = &mut proposal.offer;
        offer.seller.clone_from(&profile.seller);
        offer.number = number;
        offer.valid_through = today.add_days(i64::from(profile.validity_days));
        offer.payment_terms.clone_from(&profile.payment_terms);
        offer.included.clone_from(&profile.included);
        offer.not_included.clone_from(&profile.not_included);
        offer.assumptions.clone_from(&profile.assumptions);
        offer.best_and_final = profile.best_and_final;
        offer.language = profile.offer_language;
        proposal
    }
}

/// One part of an offer-number pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Year4,
    Year2,
    Month,
    Day,
    Sequence(usize),
}

/// What is wrong with an offer-number pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternFault {
    /// No pattern.
    Empty,
    /// Longer than [`MAX_PATTERN_CHARS`].
    TooLong,
    /// A `}` with no `{` before it.
    UnopenedBrace,
    /// A `{` never closed.
    UnclosedBrace,
    /// A `{…}` part that is not known (its text between the braces).
    UnknownPart(String),
    /// No `{SEQ}`: offers would share numbers.
    NoSequence,
    /// `{SEQ}` more than once.
    SequenceTwice,
}

/// The parts of `pattern`, or what is wrong with it.
fn parse_pattern(pattern: &str) -> Result<Vec<Part>, PatternFault> {
    if pattern.trim().is_empty() {
        return Err(PatternFault::Empty);
    }
    if pattern.chars().count() > MAX_PATTERN_CHARS {
        return Err(PatternFault::TooLong);
    }
    let mut parts = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find(['{', '}']) {
        let (before, from) = rest.split_at(open);
        if !before.is_empty() {
            parts.push(Part::Text(before.to_string()));
        }
        if from.starts_with('}') {
            return Err(PatternFault::UnopenedBrace);
        }
        let Some(close) = from.find('}') else {
            return Err(PatternFault::UnclosedBrace);
        };
        let token = from.get(1..close).unwrap_or_default();
        parts.push(match token {
            "YYYY" => Part::Year4,
            "YY" => Part::Year2,
            "MM" => Part::Month,
            "DD" => Part::Day,
            "SEQ" => Part::Sequence(1),
            other => match other.strip_prefix("SEQ:").map(str::parse::<usize>) {
                Some(Ok(digits @ 1..=9)) => Part::Sequence(digits),
                _ => return Err(PatternFault::UnknownPart(other.to_string())),
            },
        });
        rest = from.get(close.saturating_add(1)..).unwrap_or_default();
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest.to_string()));
    }
    match parts
        .iter()
        .filter(|p| matches!(p, Part::Sequence(_)))
        .count()
    {
        1 => Ok(parts),
        0 => Err(PatternFault::NoSequence),
        _ => Err(PatternFault::SequenceTwice),
    }
}

/// Whether `pattern` is a valid offer-number pattern.
///
/// # Errors
/// What is wrong with it.
pub fn check_pattern(pattern: &str) -> Result<(), PatternFault> {
    parse_pattern(pattern).map(|_| ())
}

/// The offer number `pattern` gives on `date` for `sequence`.
///
/// # Errors
/// What is wrong with the pattern, in the rep's words.
///
/// # Examples
/// ```
/// use best_offer_domain::{date::Date, desk::profile::offer_number_from};
/// let day = Date::parse_iso("2026-03-07").unwrap();
/// assert_eq!(offer_number_from("{YYYY}-{SEQ:3}", day, 7).unwrap(), "2026-007");
/// assert_eq!(offer_number_from("Q{YY}{MM}{DD}/{SEQ}", day, 12).unwrap(), "Q260307/12");
/// assert_eq!(offer_number_from("{SEQ:2}", day, 123).unwrap(), "123");
/// assert!(offer_number_from("{YYYY}", day, 1).is_err());
/// assert!(offer_number_from("{SEQ:0}", day, 1).is_err());
/// ```
pub fn offer_number_from(pattern: &str, date: Date, sequence: u32) -> Result<String, PatternFault> {
    let mut out = String::new();
    for part in parse_pattern(pattern)? {
        let _ = match part {
            Part::Text(text) => write!(out, "{text}"),
            Part::Year4 => write!(out, "{:04}", date.year()),
            Part::Year2 => write!(out, "{:02}", date.year().rem_euclid(100)),
            Part::Month => write!(out, "{:02}", date.month()),
            Part::Day => write!(out, "{:02}", date.day()),
            Part::Sequence(digits) => write!(out, "{sequence:0digits$}"),
        };
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Date {
        Date::parse_iso("2026-11-27").unwrap()
    }

    #[test]
    fn default_payment_terms_follow_the_offer_language_and_typed_terms_stay() {
        let mut profile = SellerProfile::default();
        assert!(profile.apply(ProfileEdit::OfferLanguage(Language::De)));
        assert_eq!(
            profile.payment_terms,
            Language::De.words().default_payment_terms
        );
        assert!(profile.apply(ProfileEdit::PaymentTerms("Vorkasse".into())));
        assert!(profile.apply(ProfileEdit::OfferLanguage(Language::Nl)));
        assert_eq!(profile.payment_terms, "Vorkasse");
        assert!(!profile.apply(ProfileEdit::OfferLanguage(Language::Nl)));
    }

    #[test]
    fn pattern_errors_say_what_is_wrong() {
        for (pattern, fault) in [
            ("", PatternFault::Empty),
            ("BO-{YYYY", PatternFault::UnclosedBrace),
            ("BO-}", PatternFault::UnopenedBrace),
            ("{YEAR}-{SEQ}", PatternFault::UnknownPart("YEAR".into())),
            ("{SEQ}{SEQ}", PatternFault::SequenceTwice),
            ("{YYYY}", PatternFault::NoSequence),
            ("{SEQ:10}", PatternFault::UnknownPart("SEQ:10".into())),
        ] {
            assert_eq!(check_pattern(pattern), Err(fault), "{pattern}");
        }
        assert_eq!(check_pattern(&"x".repeat(41)), Err(PatternFault::TooLong));
    }

    #[test]
    fn default_pattern_numbers() {
        assert_eq!(
            offer_number_from(DEFAULT_NUMBER_PATTERN, day(), 1).unwrap(),
            "BO-2026-001"
        );
        assert_eq!(
            offer_number_from("{DD}.{MM}.{YY}-{SEQ:4}", day(), 42).unwrap(),
            "27.11.26-0042"
        );
    }

    #[test]
    fn profile_edits_clamp_and_report_change() {
        let mut profile = SellerProfile::default();
        assert!(profile.apply(ProfileEdit::ValidityDays(1_000)));
        assert_eq!(profile.validity_days, MAX_VALIDITY_DAYS);
        assert!(!profile.apply(ProfileEdit::ValidityDays(MAX_VALIDITY_DAYS)));
        assert!(profile.apply(ProfileEdit::List(OfferList::Assumptions, ListEdit::Add)));
        assert_eq!(profile.list(OfferList::Assumptions).len(), 1);
        assert!(profile.apply(ProfileEdit::NextSequence(5)));
        assert!(profile.apply(ProfileEdit::NextSequence(0)));
        assert_eq!(profile.next_sequence, 1);
    }

    #[test]
    fn a_new_proposal_copies_and_keeps_its_own_copy() {
        let mut profile = SellerProfile {
            seller: SellerDetails {
                company: "Contoso".into(),
                ..SellerDetails::default()
            },
            included: vec!["Training".into()],
            ..SellerProfile::default()
        };
        let proposal = Proposal::from_profile(&profile, day(), "N-1".into());
        profile.seller.company = "Contoso Ltd".into();
        profile.included.clear();
        assert_eq!(proposal.offer.seller.company, "Contoso");
        assert_eq!(proposal.offer.included, vec!["Training".to_string()]);
        assert_eq!(proposal.offer.number, "N-1");
    }
}
