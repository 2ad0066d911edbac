//! The written offer as the customer reads it ([`CustomerOffer`]), built from a
//! proposal and the evaluation of the figures it offers; its plain-text version.
//!
//! [`CustomerOffer`] has no cost, margin, markup, floor, headroom or approval
//! field at all: the printed offer, its PDF and its plain-text version are rendered
//! from it alone, so no internal figure can leak into them (hiding with CSS would
//! not be enough: hidden text still prints into saved HTML and PDF text layers).

pub mod answers;
pub mod choice;
pub mod details;
pub mod digest;
pub mod line;
pub mod link;
pub mod logo;
pub mod option;
pub mod text;
pub mod warnings;
pub mod words;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::library::proposal::Proposal;
use crate::money::currency::Currency;
use crate::money::format::{format_money, format_number, format_percent};
use crate::money::locale::NumberFormat;
use crate::money::percent::Percent;
pub use crate::offer::line::{Billing, OfferLine};
use crate::offer::logo::LogoId;
use crate::offer::option::{ChoiceTotals, CustomerOption};
use crate::offer::words::{Language, OfferWords};
use crate::pricing::deal::{Deal, Line as DealLine, LineKind};
use crate::pricing::tax::TaxNote;
use crate::pricing::{Evaluation, LineFigures};
use crate::requirements::customer::OfferRequirement;

/// The written offer as the customer sees it. It has no cost, margin, markup,
/// floor, headroom or approval field: nothing internal can be printed from it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerOffer {
    /// Seller company.
    pub seller_company: String,
    /// The seller company's address.
    #[serde(default)]
    pub seller_address: String,
    /// The rep's name.
    pub rep_name: String,
    /// The rep's title.
    #[serde(default)]
    pub rep_title: String,
    /// The rep's email.
    pub rep_email: String,
    /// The rep's phone.
    pub rep_phone: String,
    /// The seller's logo (the file keeps its image).
    #[serde(default)]
    pub logo: Option<LogoId>,
    /// Buyer company.
    pub buyer_company: String,
    /// Buyer contact.
    pub buyer_contact: String,
    /// Name of the deal.
    pub deal_name: String,
    /// Offer number.
    pub number: String,
    /// Revision.
    pub revision: u32,
    /// Issue date.
    pub issue_date: Date,
    /// Valid through the end of this day.
    pub valid_through: Date,
    /// Currency.
    pub currency: Currency,
    /// The language of the document's fixed words. Left out when English, so an
    /// English offer's content (and fingerprint) is what it was before languages.
    #[serde(default, skip_serializing_if = "Language::is_english")]
    pub language: Language,
    /// Number format (the language's, unless the rep chose one).
    pub number_format: NumberFormat,
    /// Term in months.
    pub term_months: u32,
    /// Lines, in deal order.
    pub lines: Vec<OfferLine>,
    /// One-time lines, net.
    #[serde(with = "crate::library::decimal_text")]
    pub one_time_total: Decimal,
    /// Recurring lines per year, net.
    #[serde(with = "crate::library::decimal_text")]
    pub recurring_per_year: Decimal,
    /// First-year total.
    #[serde(with = "crate::library::decimal_text")]
    pub first_year_total: Decimal,
    /// Total over the term, before tax.
    #[serde(with = "crate::library::decimal_text")]
    pub term_total: Decimal,
    /// Tax rate, when set.
    #[serde(default)]
    pub tax_rate: Option<Percent>,
    /// Tax on the term total.
    #[serde(with = "crate::library::decimal_text")]
    pub tax: Decimal,
    /// Term total with tax.
    #[serde(with = "crate::library::decimal_text")]
    pub total_with_tax: Decimal,
    /// What the offer says of tax besides its rows (excluded, included, rounded
    /// per line). Left out when none, and in offers sent before it existed, which
    /// print as they were sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_note: Option<TaxNote>,
    /// Payment terms.
    pub payment_terms: String,
    /// Included.
    pub included: Vec<String>,
    /// Not included.
    pub not_included: Vec<String>,
    /// Assumptions.
    pub assumptions: Vec<String>,
    /// The customer's requirements and how the offer answers each. Left out when
    /// there are none, so an offer without them keeps its content and fingerprint.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<OfferRequirement>,
    /// Whether this is the best and final offer.
    pub best_and_final: bool,
    /// Note.
    pub note: String,
    /// The options the buyer chooses from (link format 4, file format 7): none, or
    /// two to four. With options, the lines and totals above are those of the
    /// option the offer opens on ([`CustomerOffer::default_option`]). Left out when
    /// there are none, so an offer without them keeps its content and fingerprint.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<CustomerOption>,
}

/// What the page margins of the printed offer carry, in the offer's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMargins {
    /// Top: the title and the buyer.
    pub top: String,
    /// Bottom left: the fingerprint.
    pub bottom: String,
    /// Bottom right: "Page", "of" (around the page counters).
    pub page_of: [&'static str; 2],
}

impl CustomerOffer {
    /// Builds the customer-facing offer from the proposal and the evaluation of the
    /// chosen figures (the best offer or a scenario).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::{date::Date, offer::CustomerOffer, library::proposal::Proposal, pricing::solver::best_offer, Currency};
    /// use rust_decimal::Decimal;
    /// let mut proposal = Proposal::new(Currency::USD, Date::parse_iso("2026-11-26").unwrap());
    /// proposal.deal.lines[0].terms.name = "Licence".into();
    /// proposal.deal.lines[0].terms.unit_list_price = Decimal::new(1000, 0);
    /// proposal.deal.lines[0].terms.cost = best_offer_domain::pricing::deal::CostBasis::UnitCost(Decimal::new(400, 0));
    /// proposal.deal.floor.walk_away = Some(Decimal::new(800, 0));
    /// let best = best_offer(&proposal.deal).unwrap();
    /// let offer = CustomerOffer::build(&proposal, &best.evaluation);
    /// assert_eq!(offer.lines[0].name, "Licence");
    /// assert_eq!(offer.term_total, best.evaluation.totals.net);
    /// ```
    pub fn build(proposal: &Proposal, evaluation: &Evaluation) -> CustomerOffer {
        Self::build_for(proposal, &proposal.deal, evaluation)
    }

    /// [`CustomerOffer::build`] for the lines of `deal` (the proposal's, or one of
    /// its options'), which `evaluation` prices; no options.
    pub(crate) fn build_for(
        proposal: &Proposal,
        deal: &Deal,
        evaluation: &Evaluation,
    ) -> CustomerOffer {
        let details = &proposal.offer;
        let lines = deal
            .lines
            .iter()
            .zip(&evaluation.lines)
            .map(|(line, figures)| offer_line(line, figures))
            .collect();
        let totals = &evaluation.totals;
        CustomerOffer {
            seller_company: details.seller.company.clone(),
            seller_address: details.seller.address.clone(),
            rep_name: details.seller.rep_name.clone(),
            rep_title: details.seller.rep_title.clone(),
            logo: details.seller.logo.clone(),
            rep_email: details.seller.rep_email.clone(),
            rep_phone: details.seller.rep_phone.clone(),
            buyer_company: proposal.customer.clone(),
            buyer_contact: details.buyer_contact.clone(),
            deal_name: proposal.deal_name.clone(),
            number: details.number.clone(),
            revision: details.revision,
            issue_date: details.issue_date,
            valid_through: details.valid_through,
            currency: deal.currency,
            language: details.language,
            number_format: details.number_format(),
            term_months: deal.term_months,
            lines,
            one_time_total: totals.one_time,
            recurring_per_year: totals.recurring_per_year,
            first_year_total: totals.first_year,
            term_total: totals.net,
            tax_rate: deal.tax_rate,
            tax: totals.tax,
            total_with_tax: totals.net_with_tax,
            tax_note: TaxNote::of(deal.tax_rate, deal.tax_rounding, deal.tax_statement),
            payment_terms: details.payment_terms.clone(),
            included: non_empty(&details.included),
            not_included: non_empty(&details.not_included),
            assumptions: non_empty(&details.assumptions),
            requirements: crate::requirements::customer::for_customer(proposal),
            best_and_final: details.best_and_final,
            note: details.note.clone(),
            options: Vec::new(),
        }
    }

    /// The fixed words of the offer's language.
    pub const fn words(&self) -> &'static OfferWords {
        self.language.words()
    }

    /// A date in words in the offer's language.
    pub fn date(&self, date: Date) -> String {
        self.words().long_date(date)
    }

    /// A line's billing in the offer's language.
    pub const fn billing(&self, line: &OfferLine) -> &'static str {
        line.billing.label(self.words())
    }

    /// The seller company, or the language's word for "your company".
    pub fn seller_or_placeholder(&self) -> &str {
        if self.seller_company.trim().is_empty() {
            self.words().your_company
        } else {
            &self.seller_company
        }
    }

    /// The deal's name, or the language's word for "proposal".
    pub fn subject(&self) -> &str {
        if self.deal_name.is_empty() {
            self.words().proposal
        } else {
            &self.deal_name
        }
    }

    /// An amount in the offer's currency and number format.
    pub fn money(&self, value: Decimal) -> String {
        format_money(value, self.currency, self.number_format)
    }

    /// A quantity as printed.
    pub fn quantity(&self, value: Decimal) -> String {
        format_number(value, value.normalize().scale(), self.number_format)
    }

    /// A line discount as printed (`—` for none).
    pub fn discount(&self, value: Percent) -> String {
        if value.points().is_zero() {
            "—".to_string()
        } else {
            self.percent(value)
        }
    }

    /// A percentage with two decimals, as the offer's language writes it ("19,00 %"
    /// in German, "19.00%" in English).
    pub fn percent(&self, value: Percent) -> String {
        let text = format_percent(value, 2, self.number_format);
        match text.strip_suffix('%') {
            Some(number) if self.words().percent_space => format!("{number}\u{a0}%"),
            _ => text,
        }
    }

    /// A line's net price per unit and billing period, rounded to the currency's
    /// minor units (half away from zero).
    ///
    /// The rounding point of the whole engine is the line amount, not the unit
    /// price: a total rounded up to a nice figure and spread over 25 seats gives a
    /// unit price with more decimals than the currency has. The printed unit price
    /// is rounded; the line amounts (and so the total) are exact, and
    /// [`Self::price_notes`] says so whenever the two differ.
    pub fn unit_net(&self, line: &OfferLine) -> Decimal {
        if line.quantity.is_zero() {
            return line.net;
        }
        crate::money::checked::div(line.net, line.quantity)
            .map(|unit| crate::money::checked::round_half_away(unit, self.currency.minor_units()))
            .unwrap_or(line.net)
    }

    /// The one discount every line shares, when they all share one: it is then
    /// stated once under the lines instead of repeated (37.26 % on every line
    /// reads badly). `None` when lines differ (a cap, a line at list price, a
    /// line's own discount): each line then shows its own.
    pub fn common_discount(&self) -> Option<Percent> {
        // Options are priced each by its own lever: no discount is common to them.
        if !self.options.is_empty() {
            return None;
        }
        let first = self.lines.first()?.discount;
        self.lines
            .iter()
            .all(|line| line.discount == first)
            .then_some(first)
    }

    /// Whether the lines show a discount column: only when their discounts differ.
    pub fn discount_column(&self) -> bool {
        self.common_discount().is_none()
    }

    /// Whether the lines show an amount per billing period besides the total over
    /// the term (only when something recurs; otherwise the two are the same).
    pub fn period_column(&self) -> bool {
        self.has_recurring()
    }

    /// The sentences printed under the lines: the common discount, that unit
    /// prices are rounded when a line's quantity × unit price differs from its exact
    /// amount, and what the offer says of tax ([`TaxNote`]).
    pub fn price_notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        let words = self.words();
        if let Some(discount) = self.common_discount().filter(|d| !d.points().is_zero()) {
            notes.push((words.discount_note)(&self.percent(discount)));
        }
        let rounded = self.lines.iter().any(|line| {
            crate::money::checked::mul(self.unit_net(line), line.quantity).ok() != Some(line.net)
        });
        if rounded {
            notes.push(words.rounding_note.to_string());
        }
        if let Some(note) = self.tax_note {
            let [excluded, included, per_line] = words.tax_notes;
            notes.push(
                match note {
                    TaxNote::Excluded => excluded,
                    TaxNote::Included => included,
                    TaxNote::PerLine => per_line,
                }
                .to_string(),
            );
        }
        notes
    }

    /// The term in words in the offer's language, e.g. "3 years" or "2 Jahre 6
    /// Monate".
    pub fn term(&self) -> String {
        self.words().term(self.term_months)
    }

    /// Whether any line recurs (so per-year and first-year totals mean something).
    pub fn has_recurring(&self) -> bool {
        self.lines.iter().any(|l| l.billing != Billing::OneTime)
    }

    /// "Offer BO-20261126-01, revision 1", in the offer's language.
    pub fn title(&self) -> String {
        (self.words().title)(&self.number, self.revision)
    }

    /// What the page margins of the printed offer carry: the title and the buyer at
    /// the top, the fingerprint and the page number at the bottom (the offer page and
    /// a customer link's page print the same).
    /// `fingerprint` is the offer's ([`CustomerOffer::fingerprint`], or a link's
    /// [`fingerprint_of`] its content as carried).
    pub fn page_margins(&self, fingerprint: &str) -> PageMargins {
        PageMargins {
            top: format!("{} · {}", self.title(), self.buyer_or_placeholder()),
            bottom: format!(
                "{} {}",
                self.words().label(self.words().fingerprint),
                fingerprint
            ),
            page_of: self.words().page_of,
        }
    }

    /// The offer's content as compact JSON, without the logo's id: what a customer
    /// link carries, and what the fingerprint is taken of.
    pub fn content_json(&self) -> Vec<u8> {
        let mut content = self.clone();
        content.logo = None;
        serde_json::to_vec(&content).unwrap_or_default()
    }

    /// A short fingerprint of the offer's content (everything the customer reads,
    /// the logo's image aside), e.g. `7F3A-9C21-04BE`: the printed offer, its text
    /// version and the customer link's page show the same one for the same offer, so
    /// a customer can match a link with an offer received by other means.
    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.content_json())
    }

    /// The rows of the totals block, in print order (label, amount).
    pub fn total_rows(&self) -> Vec<TotalRow> {
        self.total_rows_of(&self.printed_totals(), self.has_recurring())
    }

    /// The rows of a totals block of `totals` (an option's, a choice's), in print
    /// order; the one-time, per-year and first-year rows only when something
    /// `recurs`.
    pub fn total_rows_of(&self, totals: &ChoiceTotals, recurs: bool) -> Vec<TotalRow> {
        let words = self.words();
        let row = |label: String, value: Decimal, grand: bool| TotalRow {
            label,
            amount: self.money(value),
            grand,
        };
        let mut rows = Vec::new();
        if recurs {
            rows.push(row(
                words.one_time_total.to_string(),
                totals.one_time,
                false,
            ));
            rows.push(row(
                words.recurring_per_year.to_string(),
                totals.recurring_per_year,
                false,
            ));
            rows.push(row(
                words.first_year_total.to_string(),
                totals.first_year,
                false,
            ));
        }
        rows.push(row(
            (words.total_over)(&self.term()),
            totals.term_total,
            true,
        ));
        if let Some(rate) = self.tax_rate {
            rows.push(row((words.tax)(&self.percent(rate)), totals.tax, false));
            rows.push(row(
                words.total_with_tax.to_string(),
                totals.total_with_tax,
                false,
            ));
        }
        rows
    }

    /// The listed sections that have items: (title, items).
    pub fn sections(&self) -> Vec<(&'static str, &Vec<String>)> {
        let words = self.words();
        [
            (words.included, &self.included),
            (words.not_included, &self.not_included),
            (words.assumptions, &self.assumptions),
        ]
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .collect()
    }

    /// The buyer company, or a neutral word when none was entered.
    pub fn buyer_or_placeholder(&self) -> &str {
        if self.buyer_company.is_empty() {
            self.words().the_customer
        } else {
            &self.buyer_company
        }
    }
}

/// A deal line as the written offer shows it, priced by `figures`.
pub(crate) fn offer_line(line: &DealLine, figures: &LineFigures) -> OfferLine {
    OfferLine {
        name: line.terms.name.clone(),
        description: line.terms.description.clone(),
        billing: match line.terms.kind {
            LineKind::OneTime | LineKind::Service => Billing::OneTime,
            LineKind::RecurringYearly | LineKind::Maintenance => Billing::PerYear,
            LineKind::RecurringMonthly => Billing::PerMonth,
        },
        quantity: figures.quantity,
        unit_list_price: figures.unit_list_price,
        discount: figures.discount().round(2),
        net: figures.net_per_period,
        term_amount: figures.net_term,
    }
}

/// A row of the totals block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalRow {
    /// What it is, in the offer's language.
    pub label: String,
    /// The amount as printed.
    pub amount: String,
    /// Whether it is the total over the term (the figure the offer is about).
    pub grand: bool,
}

pub(crate) fn non_empty(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|item| item.trim().to_string())
        .filter(|item| !item.is_empty())
        .collect()
}

pub(crate) fn join_present(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fingerprint of an offer's content JSON (see [`CustomerOffer::fingerprint`]):
/// what the customer's viewer shows for the content a link carries, as carried — the
/// same as the printed offer's for a link made by the app, and another for a link
/// whose content was changed in any way.
///
/// # Examples
/// ```
/// use best_offer_domain::offer::fingerprint_of;
/// assert_eq!(fingerprint_of(b"{}").len(), 14);
/// assert_ne!(fingerprint_of(b"{}"), fingerprint_of(b"{ }"));
/// ```
pub fn fingerprint_of(content: &[u8]) -> String {
    let digest = crate::offer::digest::fnv1a64(content);
    let hex = format!("{:012X}", digest >> 16);
    let mut out = String::with_capacity(14);
    for (i, c) in hex.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}
