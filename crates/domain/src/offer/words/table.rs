//! The shape of one language's table of the offer's fixed words, and the sentences
//! every language builds the same way from its own words (a term, a label, a date).

use crate::date::Date;

/// Every fixed text of the written offer in one language.
#[derive(Debug)]
pub struct OfferWords {
    /// The document's title ("Offer").
    pub offer: &'static str,
    /// "Offer {number}, revision {revision}".
    pub title: fn(&str, u32) -> String,
    /// The offer number's label.
    pub number: &'static str,
    /// The revision's label.
    pub revision: &'static str,
    /// The issue date's label.
    pub issued: &'static str,
    /// The validity's label.
    pub valid_through: &'static str,
    /// After the validity date: "(end of day)".
    pub end_of_day: &'static str,
    /// Over the buyer's name.
    pub prepared_for: &'static str,
    /// Before the buyer's contact.
    pub attention: &'static str,
    /// Over the deal's name.
    pub subject: &'static str,
    /// "Term: 3 years".
    pub term: &'static str,
    /// "Prices in USD".
    pub prices_in: &'static str,
    /// The deal's name when it has none.
    pub proposal: &'static str,
    /// The seller's name when there is none.
    pub your_company: &'static str,
    /// The buyer when there is none ("Accepted for the customer").
    pub the_customer: &'static str,
    /// Who the offer is from (text version).
    pub from: &'static str,
    /// Who it is for (text version).
    pub to: &'static str,
    /// Column: the item.
    pub item: &'static str,
    /// Column: the quantity.
    pub qty: &'static str,
    /// Column: unit list price.
    pub unit_list_price: &'static str,
    /// Column: discount.
    pub discount: &'static str,
    /// Column: unit net price.
    pub unit_net_price: &'static str,
    /// Column: net amount per billing period.
    pub net_amount: &'static str,
    /// Column: how a line is billed (text version).
    pub billing: &'static str,
    /// Column: "Total ({term})".
    pub total_for: fn(&str) -> String,
    /// Billed once.
    pub one_time: &'static str,
    /// Billed every year.
    pub per_year: &'static str,
    /// Billed every month.
    pub per_month: &'static str,
    /// Total of one-time lines.
    pub one_time_total: &'static str,
    /// Total of recurring lines per year.
    pub recurring_per_year: &'static str,
    /// First-year total.
    pub first_year_total: &'static str,
    /// "Total over {term}".
    pub total_over: fn(&str) -> String,
    /// "Tax ({rate})".
    pub tax: fn(&str) -> String,
    /// Total with tax.
    pub total_with_tax: &'static str,
    /// "All prices include a discount of {discount} off the list price."
    pub discount_note: fn(&str) -> String,
    /// Why a unit price may not multiply out to the line amount.
    pub rounding_note: &'static str,
    /// What the offer says of tax, in the order of
    /// [`crate::pricing::tax::TaxNote::ALL`]: prices exclude it, include it, it is
    /// rounded per line.
    pub tax_notes: [&'static str; 3],
    /// Payment terms' title.
    pub payment_terms: &'static str,
    /// What the price covers.
    pub included: &'static str,
    /// What it does not.
    pub not_included: &'static str,
    /// What it assumes.
    pub assumptions: &'static str,
    /// The best-and-final statement.
    pub best_and_final: &'static str,
    /// The title over the customer's requirements and their answers.
    pub requirements: &'static str,
    /// Column: the customer's requirement.
    pub requirement: &'static str,
    /// Column: the offer's answer.
    pub our_answer: &'static str,
    /// The answers, in the order of [`crate::requirements::Answer::ALL`]: met,
    /// partly met, not offered, and an open question (to confirm).
    pub answers: [&'static str; 4],
    /// Before the lines that meet a requirement ("Met by").
    pub met_by: &'static str,
    /// How many requirements are still to be confirmed (one or more).
    pub open_questions: fn(usize) -> String,
    /// In the acceptance block of an offer with requirements: the customer
    /// confirms that understanding.
    pub confirm_requirements: &'static str,
    /// The acceptance block's title.
    pub acceptance: &'static str,
    /// The same in capitals, as the text version prints it (spelled out: Rust's
    /// `to_uppercase` would carry Unicode's case tables into the Wasm).
    pub acceptance_caps: &'static str,
    /// "Accepted for {buyer}:".
    pub accepted_for: fn(&str) -> String,
    /// The signature block's fields: name, title, signature, date.
    pub sign_fields: [&'static str; 4],
    /// What the fingerprint is called.
    pub fingerprint: &'static str,
    /// Page numbers in the bottom margin: "Page", "of".
    pub page_of: [&'static str; 2],
    /// Years, singular and plural.
    pub years: [&'static str; 2],
    /// Months, singular and plural.
    pub months: [&'static str; 2],
    /// The months' names, January first.
    pub month_names: [&'static str; 12],
    /// A date in words, from the day, the month's name and the year.
    pub date: fn(u8, &str, u16) -> String,
    /// What follows a label: ":" ("Term: 3 years"), or a no-break space and ":" in
    /// French ("Durée : 3 ans").
    pub colon: &'static str,
    /// Whether a space (no-break) goes between a number and `%` ("19 %" in
    /// German, French and Spanish; "19%" in English and Dutch).
    pub percent_space: bool,
    /// What the document is to a screen reader ("Written offer").
    pub written_offer: &'static str,
    /// The logo's text alternative: "{company} logo".
    pub logo: fn(&str) -> String,
    /// The payment terms a new offer starts with.
    pub default_payment_terms: &'static str,
    /// Who the offer is from when it names no company ("the seller").
    pub the_seller: &'static str,
    /// What a customer link's page says it shows, with the seller's name.
    pub link_notice: fn(&str) -> String,
    /// "This offer expired on {date}…", on a customer link's page.
    pub expired: fn(&str) -> String,
    /// The print button of a customer link's page.
    pub print: &'static str,
    /// The button that writes the acceptance email.
    pub accept_by_email: &'static str,
    /// Said instead when the offer has no plain email address to write to.
    pub no_plain_email: &'static str,
    /// The acceptance email's subject, from the number and revision.
    pub accept_subject: fn(&str, u32) -> String,
    /// The acceptance email's body.
    pub accept_body: fn(&Acceptance<'_>) -> String,
    /// Over the options side by side.
    pub options: &'static str,
    /// Under it: choose one, optional items may be added.
    pub options_intro: &'static str,
    /// The mark of the recommended option.
    pub recommended: &'static str,
    /// A cell of an item the buyer may add to an option, from its price.
    pub optional_item: fn(&str) -> String,
    /// The acceptance block's and the email's label of the option accepted.
    pub option_accepted: &'static str,
    /// Their label of the optional items accepted.
    pub items_accepted: &'static str,
    /// No optional item accepted.
    pub no_items: &'static str,
    /// The link page's choice of option.
    pub choose_option: &'static str,
    /// The link page's choice of optional items.
    pub add_items: &'static str,
    /// Over the totals of the choice on the link page.
    pub your_choice: &'static str,
}

/// What the acceptance email states, as printed on the offer.
#[derive(Debug, Clone, Copy)]
pub struct Acceptance<'a> {
    /// The offer number.
    pub number: &'a str,
    /// The revision.
    pub revision: u32,
    /// The total over the term.
    pub total: &'a str,
    /// The term in words.
    pub term: &'a str,
    /// Valid through, in words.
    pub valid_through: &'a str,
    /// The fingerprint.
    pub fingerprint: &'a str,
    /// What closes the email: the requirements and their answers with the
    /// confirmation of that understanding (when the offer has any), then the buyer
    /// company.
    pub closing: &'a str,
}

impl OfferWords {
    /// A term in words, e.g. "3 years" or "2 Jahre 6 Monate".
    pub fn term(&self, months: u32) -> String {
        let unit = |n: u32, [one, many]: [&str; 2]| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        };
        [
            unit(months / 12, self.years),
            unit(months % 12, self.months),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }

    /// A label with what follows it: "Term:", "Durée :".
    pub fn label(&self, label: &str) -> String {
        format!("{label}{}", self.colon)
    }

    /// A date in words, e.g. "27 December 2026" or "27. Dezember 2026".
    pub fn long_date(&self, date: Date) -> String {
        let month = self
            .month_names
            .get(usize::from(date.month()).saturating_sub(1))
            .copied()
            .unwrap_or_default();
        (self.date)(date.day(), month, date.year())
    }
}
