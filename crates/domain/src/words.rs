//! The fixed words of the written offer in the customer's language: English, German,
//! French, Spanish and Dutch.
//!
//! One typed table per language ([`OfferWords`]): every field must be filled, so a
//! text missing in one language is a compile error, not an English word left on a
//! German offer. Sentences that hold a value (a term, a date, a discount) are
//! functions in the table, so word order follows the language. The wording is that
//! of commercial offers in each language ("Angebot … gültig bis", "Offre … valable
//! jusqu’au", "Oferta … válida hasta", "Offerte … geldig tot en met").
//!
//! Only the document speaks the customer's language; the rep's workspace stays in
//! English. Number formats follow the language unless the rep chose one
//! ([`Language::number_format`]).

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::locale::NumberFormat;

/// A language the written offer can be in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Dutch.
    Nl,
}

impl Language {
    /// Every language, in the order a picker shows them.
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::De,
        Language::Fr,
        Language::Es,
        Language::Nl,
    ];

    /// The ISO 639-1 code (`en`, `de`…), also the page's `lang` attribute.
    pub const fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Nl => "nl",
        }
    }

    /// The language's name in English (the workspace's language) and in itself.
    pub const fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "German (Deutsch)",
            Language::Fr => "French (Français)",
            Language::Es => "Spanish (Español)",
            Language::Nl => "Dutch (Nederlands)",
        }
    }

    /// The language for a code, if it is one of [`Language::ALL`].
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The number format customers of this language expect.
    pub const fn number_format(self) -> NumberFormat {
        match self {
            Language::En => NumberFormat::CommaDot,
            Language::De | Language::Es | Language::Nl => NumberFormat::DotComma,
            Language::Fr => NumberFormat::SpaceComma,
        }
    }

    /// The language's table of the offer's fixed words.
    pub const fn words(self) -> &'static OfferWords {
        match self {
            Language::En => &EN,
            Language::De => &DE,
            Language::Fr => &FR,
            Language::Es => &ES,
            Language::Nl => &NL,
        }
    }
}

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
    /// The acceptance block's title.
    pub acceptance: &'static str,
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

    /// A date in words, e.g. "27 December 2026" or "27. Dezember 2026".
    pub fn long_date(&self, date: Date) -> String {
        let month = self
            .month_names
            .get(usize::from(date.month()).saturating_sub(1))
            .copied()
            .unwrap_or_default();
        (self.date)(date.day(), month, date.year())
    }

    /// What a line's billing is called.
    pub fn billing_label(&self, billing: crate::offer::Billing) -> &'static str {
        match billing {
            crate::offer::Billing::OneTime => self.one_time,
            crate::offer::Billing::PerYear => self.per_year,
            crate::offer::Billing::PerMonth => self.per_month,
        }
    }
}

/// English.
pub const EN: OfferWords = OfferWords {
    offer: "Offer",
    title: |number, revision| format!("Offer {number}, revision {revision}"),
    number: "Number",
    revision: "Revision",
    issued: "Issued",
    valid_through: "Valid through",
    end_of_day: "(end of day)",
    prepared_for: "Prepared for",
    attention: "Attention",
    subject: "Subject",
    term: "Term",
    prices_in: "Prices in",
    proposal: "Proposal",
    your_company: "Your company",
    the_customer: "the customer",
    from: "From",
    to: "To",
    item: "Item",
    qty: "Qty",
    unit_list_price: "Unit list price",
    discount: "Discount",
    unit_net_price: "Unit net price",
    net_amount: "Net amount",
    billing: "Billing",
    total_for: |term| format!("Total ({term})"),
    one_time: "one-time",
    per_year: "per year",
    per_month: "per month",
    one_time_total: "One-time total",
    recurring_per_year: "Recurring per year",
    first_year_total: "First-year total",
    total_over: |term| format!("Total over {term}"),
    tax: |rate| format!("Tax ({rate})"),
    total_with_tax: "Total with tax",
    discount_note: |discount| {
        format!("All prices include a discount of {discount} off the list price.")
    },
    rounding_note: "Unit net prices are rounded; line amounts and totals are exact.",
    payment_terms: "Payment terms",
    included: "Included",
    not_included: "Not included",
    assumptions: "Assumptions",
    best_and_final: crate::offer::BEST_AND_FINAL,
    acceptance: "Acceptance",
    accepted_for: |buyer| format!("Accepted for {buyer}:"),
    sign_fields: crate::offer::ACCEPTANCE_FIELDS,
    fingerprint: crate::offer::FINGERPRINT_LABEL,
    page_of: ["Page", "of"],
    years: ["year", "years"],
    months: ["month", "months"],
    month_names: crate::date::MONTHS,
    date: |day, month, year| format!("{day} {month} {year}"),
};

/// German.
pub const DE: OfferWords = OfferWords {
    offer: "Angebot",
    title: |number, revision| format!("Angebot {number}, Revision {revision}"),
    number: "Angebotsnummer",
    revision: "Revision",
    issued: "Datum",
    valid_through: "Gültig bis",
    end_of_day: "(Tagesende)",
    prepared_for: "Erstellt für",
    attention: "z. Hd.",
    subject: "Betreff",
    term: "Laufzeit",
    prices_in: "Preise in",
    proposal: "Angebot",
    your_company: "Ihr Unternehmen",
    the_customer: "den Kunden",
    from: "Von",
    to: "An",
    item: "Position",
    qty: "Menge",
    unit_list_price: "Listenpreis je Einheit",
    discount: "Rabatt",
    unit_net_price: "Nettopreis je Einheit",
    net_amount: "Nettobetrag",
    billing: "Abrechnung",
    total_for: |term| format!("Gesamt ({term})"),
    one_time: "einmalig",
    per_year: "pro Jahr",
    per_month: "pro Monat",
    one_time_total: "Einmalige Kosten gesamt",
    recurring_per_year: "Wiederkehrend pro Jahr",
    first_year_total: "Gesamt im ersten Jahr",
    total_over: |term| format!("Gesamtbetrag über {term}"),
    tax: |rate| format!("MwSt. ({rate})"),
    total_with_tax: "Gesamtbetrag inkl. MwSt.",
    discount_note: |discount| {
        format!("Alle Preise enthalten einen Rabatt von {discount} auf den Listenpreis.")
    },
    rounding_note: "Nettopreise je Einheit sind gerundet; Positionsbeträge und Summen sind exakt.",
    payment_terms: "Zahlungsbedingungen",
    included: "Im Preis enthalten",
    not_included: "Nicht enthalten",
    assumptions: "Annahmen",
    best_and_final: "Dies ist unser bestes und abschließendes Angebot. Die oben genannten Preise sind nicht weiter verhandelbar.",
    acceptance: "Auftragserteilung",
    accepted_for: |buyer| format!("Angenommen für {buyer}:"),
    sign_fields: ["Name", "Funktion", "Unterschrift", "Datum"],
    fingerprint: "Prüfcode des Angebots",
    page_of: ["Seite", "von"],
    years: ["Jahr", "Jahre"],
    months: ["Monat", "Monate"],
    month_names: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    date: |day, month, year| format!("{day}. {month} {year}"),
};

/// French.
pub const FR: OfferWords = OfferWords {
    offer: "Offre",
    title: |number, revision| format!("Offre {number}, révision {revision}"),
    number: "Numéro",
    revision: "Révision",
    issued: "Date",
    valid_through: "Valable jusqu’au",
    end_of_day: "(fin de journée)",
    prepared_for: "Établie pour",
    attention: "À l’attention de",
    subject: "Objet",
    term: "Durée",
    prices_in: "Prix en",
    proposal: "Proposition",
    your_company: "Votre société",
    the_customer: "le client",
    from: "De",
    to: "À",
    item: "Désignation",
    qty: "Qté",
    unit_list_price: "Prix unitaire catalogue",
    discount: "Remise",
    unit_net_price: "Prix unitaire net",
    net_amount: "Montant net",
    billing: "Facturation",
    total_for: |term| format!("Total ({term})"),
    one_time: "unique",
    per_year: "par an",
    per_month: "par mois",
    one_time_total: "Total des frais uniques",
    recurring_per_year: "Récurrent par an",
    first_year_total: "Total de la première année",
    total_over: |term| format!("Total sur {term}"),
    tax: |rate| format!("TVA ({rate})"),
    total_with_tax: "Total TTC",
    discount_note: |discount| {
        format!("Tous les prix incluent une remise de {discount} sur le prix catalogue.")
    },
    rounding_note: "Les prix unitaires nets sont arrondis ; les montants des lignes et les totaux sont exacts.",
    payment_terms: "Conditions de paiement",
    included: "Inclus",
    not_included: "Non inclus",
    assumptions: "Hypothèses",
    best_and_final: "Ceci est notre meilleure offre, et notre offre définitive. Les prix ci-dessus ne sont plus négociables.",
    acceptance: "Bon pour accord",
    accepted_for: |buyer| format!("Accepté pour {buyer} :"),
    sign_fields: ["Nom", "Fonction", "Signature", "Date"],
    fingerprint: "Empreinte de l’offre",
    page_of: ["Page", "sur"],
    years: ["an", "ans"],
    months: ["mois", "mois"],
    month_names: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    date: |day, month, year| format!("{day} {month} {year}"),
};

/// Spanish.
pub const ES: OfferWords = OfferWords {
    offer: "Oferta",
    title: |number, revision| format!("Oferta {number}, revisión {revision}"),
    number: "Número",
    revision: "Revisión",
    issued: "Fecha",
    valid_through: "Válida hasta",
    end_of_day: "(fin del día)",
    prepared_for: "Preparada para",
    attention: "A la atención de",
    subject: "Asunto",
    term: "Duración",
    prices_in: "Precios en",
    proposal: "Propuesta",
    your_company: "Su empresa",
    the_customer: "el cliente",
    from: "De",
    to: "Para",
    item: "Concepto",
    qty: "Cant.",
    unit_list_price: "Precio unitario de lista",
    discount: "Descuento",
    unit_net_price: "Precio unitario neto",
    net_amount: "Importe neto",
    billing: "Facturación",
    total_for: |term| format!("Total ({term})"),
    one_time: "único",
    per_year: "por año",
    per_month: "por mes",
    one_time_total: "Total de pagos únicos",
    recurring_per_year: "Recurrente por año",
    first_year_total: "Total del primer año",
    total_over: |term| format!("Total en {term}"),
    tax: |rate| format!("IVA ({rate})"),
    total_with_tax: "Total con IVA",
    discount_note: |discount| {
        format!("Todos los precios incluyen un descuento del {discount} sobre el precio de lista.")
    },
    rounding_note: "Los precios unitarios netos están redondeados; los importes por línea y los totales son exactos.",
    payment_terms: "Condiciones de pago",
    included: "Incluido",
    not_included: "No incluido",
    assumptions: "Supuestos",
    best_and_final: "Esta es nuestra mejor y última oferta. Los precios indicados no están sujetos a más negociación.",
    acceptance: "Aceptación",
    accepted_for: |buyer| format!("Aceptado por {buyer}:"),
    sign_fields: ["Nombre", "Cargo", "Firma", "Fecha"],
    fingerprint: "Huella de la oferta",
    page_of: ["Página", "de"],
    years: ["año", "años"],
    months: ["mes", "meses"],
    month_names: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    date: |day, month, year| format!("{day} de {month} de {year}"),
};

/// Dutch.
pub const NL: OfferWords = OfferWords {
    offer: "Offerte",
    title: |number, revision| format!("Offerte {number}, revisie {revision}"),
    number: "Offertenummer",
    revision: "Revisie",
    issued: "Datum",
    valid_through: "Geldig tot en met",
    end_of_day: "(einde van de dag)",
    prepared_for: "Opgesteld voor",
    attention: "T.a.v.",
    subject: "Onderwerp",
    term: "Looptijd",
    prices_in: "Prijzen in",
    proposal: "Voorstel",
    your_company: "Uw bedrijf",
    the_customer: "de klant",
    from: "Van",
    to: "Aan",
    item: "Omschrijving",
    qty: "Aantal",
    unit_list_price: "Catalogusprijs per eenheid",
    discount: "Korting",
    unit_net_price: "Nettoprijs per eenheid",
    net_amount: "Nettobedrag",
    billing: "Facturering",
    total_for: |term| format!("Totaal ({term})"),
    one_time: "eenmalig",
    per_year: "per jaar",
    per_month: "per maand",
    one_time_total: "Totaal eenmalig",
    recurring_per_year: "Terugkerend per jaar",
    first_year_total: "Totaal eerste jaar",
    total_over: |term| format!("Totaal over {term}"),
    tax: |rate| format!("Btw ({rate})"),
    total_with_tax: "Totaal incl. btw",
    discount_note: |discount| {
        format!("Alle prijzen zijn inclusief een korting van {discount} op de catalogusprijs.")
    },
    rounding_note: "Nettoprijzen per eenheid zijn afgerond; regelbedragen en totalen zijn exact.",
    payment_terms: "Betalingsvoorwaarden",
    included: "Inbegrepen",
    not_included: "Niet inbegrepen",
    assumptions: "Uitgangspunten",
    best_and_final: "Dit is ons beste en definitieve aanbod. Over de bovenstaande prijzen kan niet verder worden onderhandeld.",
    acceptance: "Akkoord",
    accepted_for: |buyer| format!("Akkoord voor {buyer}:"),
    sign_fields: ["Naam", "Functie", "Handtekening", "Datum"],
    fingerprint: "Vingerafdruk van de offerte",
    page_of: ["Pagina", "van"],
    years: ["jaar", "jaar"],
    months: ["maand", "maanden"],
    month_names: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    date: |day, month, year| format!("{day} {month} {year}"),
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fixed text of a table, the sentences with sample values.
    fn texts(words: &OfferWords) -> Vec<String> {
        let mut all: Vec<String> = [
            words.offer,
            words.number,
            words.revision,
            words.issued,
            words.valid_through,
            words.end_of_day,
            words.prepared_for,
            words.attention,
            words.subject,
            words.term,
            words.prices_in,
            words.proposal,
            words.your_company,
            words.the_customer,
            words.item,
            words.qty,
            words.unit_list_price,
            words.discount,
            words.unit_net_price,
            words.net_amount,
            words.billing,
            words.one_time,
            words.per_year,
            words.per_month,
            words.one_time_total,
            words.recurring_per_year,
            words.first_year_total,
            words.total_with_tax,
            words.rounding_note,
            words.payment_terms,
            words.included,
            words.not_included,
            words.assumptions,
            words.best_and_final,
            words.acceptance,
            words.fingerprint,
        ]
        .into_iter()
        .chain(words.sign_fields)
        .chain(words.month_names)
        .map(str::to_string)
        .collect();
        all.extend([
            (words.title)("BO-1", 2),
            (words.total_for)("x"),
            (words.total_over)("x"),
            (words.tax)("x"),
            (words.discount_note)("x"),
            (words.accepted_for)("x"),
            words.term(30),
        ]);
        all
    }

    /// English words of the offer that must not appear on an offer in another
    /// language (whole words, case-insensitive).
    const ENGLISH: &[&str] = &[
        "offer",
        "valid",
        "through",
        "issued",
        "prepared",
        "subject",
        "term",
        "prices",
        "item",
        "qty",
        "unit",
        "list",
        "price",
        "discount",
        "net",
        "amount",
        "total",
        "one-time",
        "year",
        "years",
        "month",
        "months",
        "recurring",
        "first-year",
        "tax",
        "with",
        "payment",
        "terms",
        "included",
        "not",
        "assumptions",
        "best",
        "final",
        "acceptance",
        "accepted",
        "signature",
        "title",
        "name",
        "fingerprint",
        "end",
        "day",
        "december",
        "january",
        "march",
    ];

    /// Words of [`ENGLISH`] that are also the right word in a language ("Name" in
    /// German, "Total" and "net" in French…): checked against that language's list.
    fn also_theirs(language: Language) -> &'static [&'static str] {
        match language {
            Language::En => &[],
            Language::De => &["name"],
            Language::Fr => &["total", "net", "signature"],
            Language::Es => &["total"],
            Language::Nl => &["december"],
        }
    }

    fn words_of(text: &str) -> Vec<String> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn no_english_word_is_left_in_another_language() {
        for language in Language::ALL.into_iter().skip(1) {
            for text in texts(language.words()) {
                for word in words_of(&text) {
                    let english = ENGLISH.contains(&word.as_str())
                        && !also_theirs(language).contains(&word.as_str());
                    assert!(!english, "{}: “{word}” in “{text}”", language.code());
                }
            }
        }
        // The list does catch English.
        assert!(
            texts(&EN)
                .iter()
                .any(|t| words_of(t).contains(&"offer".into()))
        );
    }

    #[test]
    fn every_text_is_filled_and_dates_and_terms_read_in_each_language() {
        for language in Language::ALL {
            assert!(texts(language.words()).iter().all(|t| !t.trim().is_empty()));
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        let day = Date::new(2026, 12, 27).unwrap_or(Date::from_unix_days(0));
        let long: Vec<String> = Language::ALL
            .iter()
            .map(|l| l.words().long_date(day))
            .collect();
        assert_eq!(
            long,
            [
                "27 December 2026",
                "27. Dezember 2026",
                "27 décembre 2026",
                "27 de diciembre de 2026",
                "27 december 2026"
            ]
        );
        assert_eq!(EN.term(36), "3 years");
        assert_eq!(DE.term(30), "2 Jahre 6 Monate");
        assert_eq!(FR.term(13), "1 an 1 mois");
        assert_eq!(ES.term(24), "2 años");
        assert_eq!(NL.term(18), "1 jaar 6 maanden");
        assert_eq!(EN.term(36), crate::deal::term_in_words(36));
        assert_eq!(Language::Fr.number_format(), NumberFormat::SpaceComma);
        assert_eq!(Language::from_code("xx"), None);
    }
}
