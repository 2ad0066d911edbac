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

    /// Whether it is English (an offer's content leaves the language out then).
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
    pub fn is_english(&self) -> bool {
        *self == Language::En
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
    /// The buyer company.
    pub buyer: &'a str,
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
    best_and_final: "This is our best and final offer. The prices above are not subject to further negotiation.",
    acceptance: "Acceptance",
    acceptance_caps: "ACCEPTANCE",
    accepted_for: |buyer| format!("Accepted for {buyer}:"),
    sign_fields: ["Name", "Title", "Signature", "Date"],
    fingerprint: "Offer fingerprint",
    page_of: ["Page", "of"],
    years: ["year", "years"],
    months: ["month", "months"],
    month_names: crate::date::MONTHS,
    date: |day, month, year| format!("{day} {month} {year}"),
    colon: ":",
    percent_space: false,
    written_offer: "Written offer",
    logo: |company| format!("{company} logo"),
    default_payment_terms: "Net 30 days from invoice date.",
    the_seller: "the seller",
    link_notice: |seller| {
        format!(
            "This page shows the offer that this link carries, from {seller}. Best Offer has no server: the offer travels inside the link, and anyone can make such a link. Check that the fingerprint below matches the offer you received by other means."
        )
    },
    expired: |date| {
        format!("This offer expired on {date}. Ask the seller to renew it before accepting.")
    },
    print: "Print or save as PDF",
    accept_by_email: "Accept by email",
    no_plain_email: "This offer has no plain email address to accept by: reply to the seller directly.",
    accept_subject: |number, revision| format!("Acceptance of offer {number}, revision {revision}"),
    accept_body: |a| {
        format!(
            "Hello,\n\nWe accept your offer {}, revision {}, for a total of {} over {}, valid through {}.\nOffer fingerprint: {}\n\n{}\n",
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.buyer
        )
    },
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
    acceptance_caps: "AUFTRAGSERTEILUNG",
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
    colon: ":",
    percent_space: true,
    written_offer: "Schriftliches Angebot",
    logo: |company| format!("Logo von {company}"),
    default_payment_terms: "Zahlbar innerhalb von 30 Tagen nach Rechnungsdatum ohne Abzug.",
    the_seller: "dem Anbieter",
    link_notice: |seller| {
        format!(
            "Diese Seite zeigt das Angebot, das dieser Link enthält, von {seller}. Best Offer hat keinen Server: Das Angebot steckt im Link selbst, und jeder kann einen solchen Link erstellen. Prüfen Sie, ob der Prüfcode unten mit dem Angebot übereinstimmt, das Sie auf anderem Weg erhalten haben."
        )
    },
    expired: |date| {
        format!(
            "Dieses Angebot ist am {date} abgelaufen. Bitten Sie den Anbieter, es vor der Annahme zu erneuern."
        )
    },
    print: "Drucken oder als PDF speichern",
    accept_by_email: "Per E-Mail annehmen",
    no_plain_email: "Dieses Angebot nennt keine einfache E-Mail-Adresse für die Annahme: Antworten Sie dem Anbieter direkt.",
    accept_subject: |number, revision| {
        format!("Annahme des Angebots {number}, Revision {revision}")
    },
    accept_body: |a| {
        format!(
            "Guten Tag,\n\nwir nehmen Ihr Angebot {}, Revision {}, über insgesamt {} für {}, gültig bis {}, an.\nPrüfcode des Angebots: {}\n\n{}\n",
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.buyer
        )
    },
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
    rounding_note: "Les prix unitaires nets sont arrondis\u{a0}; les montants des lignes et les totaux sont exacts.",
    payment_terms: "Conditions de paiement",
    included: "Inclus",
    not_included: "Non inclus",
    assumptions: "Hypothèses",
    best_and_final: "Ceci est notre meilleure offre, et notre offre définitive. Les prix ci-dessus ne sont plus négociables.",
    acceptance: "Bon pour accord",
    acceptance_caps: "BON POUR ACCORD",
    accepted_for: |buyer| format!("Accepté pour {buyer}\u{a0}:"),
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
    colon: "\u{a0}:",
    percent_space: true,
    written_offer: "Offre écrite",
    logo: |company| format!("Logo de {company}"),
    default_payment_terms: "Paiement à 30 jours date de facture.",
    the_seller: "le vendeur",
    link_notice: |seller| {
        format!(
            "Cette page présente l’offre contenue dans ce lien, émise par {seller}. Best Offer n’a pas de serveur\u{a0}: l’offre voyage dans le lien lui-même, et n’importe qui peut créer un tel lien. Vérifiez que l’empreinte ci-dessous correspond à l’offre reçue par un autre moyen."
        )
    },
    expired: |date| {
        format!(
            "Cette offre a expiré le {date}. Demandez au vendeur de la renouveler avant de l’accepter."
        )
    },
    print: "Imprimer ou enregistrer en PDF",
    accept_by_email: "Accepter par e-mail",
    no_plain_email: "Cette offre ne comporte pas d’adresse e-mail simple pour l’accepter\u{a0}: répondez directement au vendeur.",
    accept_subject: |number, revision| {
        format!("Acceptation de l’offre {number}, révision {revision}")
    },
    accept_body: |a| {
        format!(
            "Bonjour,\n\nNous acceptons votre offre {}, révision {}, pour un total de {} sur {}, valable jusqu’au {}.\nEmpreinte de l’offre\u{a0}: {}\n\n{}\n",
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.buyer
        )
    },
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
    acceptance_caps: "ACEPTACIÓN",
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
    colon: ":",
    percent_space: true,
    written_offer: "Oferta por escrito",
    logo: |company| format!("Logotipo de {company}"),
    default_payment_terms: "Pago a 30 días desde la fecha de factura.",
    the_seller: "el vendedor",
    link_notice: |seller| {
        format!(
            "Esta página muestra la oferta que contiene este enlace, emitida por {seller}. Best Offer no tiene servidor: la oferta viaja dentro del propio enlace, y cualquiera puede crear un enlace así. Compruebe que la huella que figura abajo coincide con la oferta que recibió por otro medio."
        )
    },
    expired: |date| {
        format!("Esta oferta venció el {date}. Pida al vendedor que la renueve antes de aceptarla.")
    },
    print: "Imprimir o guardar como PDF",
    accept_by_email: "Aceptar por correo electrónico",
    no_plain_email: "Esta oferta no indica una dirección de correo electrónico simple para aceptarla: responda directamente al vendedor.",
    accept_subject: |number, revision| {
        format!("Aceptación de la oferta {number}, revisión {revision}")
    },
    accept_body: |a| {
        format!(
            "Hola:\n\nAceptamos su oferta {}, revisión {}, por un total de {} en {}, válida hasta el {}.\nHuella de la oferta: {}\n\n{}\n",
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.buyer
        )
    },
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
    acceptance_caps: "AKKOORD",
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
    colon: ":",
    percent_space: false,
    written_offer: "Schriftelijke offerte",
    logo: |company| format!("Logo van {company}"),
    default_payment_terms: "Betaling binnen 30 dagen na factuurdatum.",
    the_seller: "de verkoper",
    link_notice: |seller| {
        format!(
            "Deze pagina toont de offerte die deze link bevat, van {seller}. Best Offer heeft geen server: de offerte reist mee in de link zelf, en iedereen kan zo’n link maken. Controleer of de vingerafdruk hieronder overeenkomt met de offerte die u langs een andere weg hebt ontvangen."
        )
    },
    expired: |date| {
        format!(
            "Deze offerte is verlopen op {date}. Vraag de verkoper haar te vernieuwen voordat u akkoord gaat."
        )
    },
    print: "Afdrukken of opslaan als pdf",
    accept_by_email: "Akkoord geven per e-mail",
    no_plain_email: "Deze offerte vermeldt geen eenvoudig e-mailadres om akkoord te geven: antwoord de verkoper rechtstreeks.",
    accept_subject: |number, revision| format!("Akkoord op offerte {number}, revisie {revision}"),
    accept_body: |a| {
        format!(
            "Goedendag,\n\nWij gaan akkoord met uw offerte {}, revisie {}, voor een totaal van {} over {}, geldig tot en met {}.\nVingerafdruk van de offerte: {}\n\n{}\n",
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.buyer
        )
    },
};
