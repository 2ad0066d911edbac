//! The written offer's fixed words in German.

use crate::offer::words::table::OfferWords;

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
    tax_notes: [
        "Alle Preise zzgl. der gesetzlichen MwSt.",
        "Alle Preise inkl. der gesetzlichen MwSt.",
        "Die MwSt. wird je Position berechnet und gerundet.",
    ],
    payment_terms: "Zahlungsbedingungen",
    included: "Im Preis enthalten",
    not_included: "Nicht enthalten",
    assumptions: "Annahmen",
    best_and_final: "Dies ist unser bestes und abschließendes Angebot. Die oben genannten Preise sind nicht weiter verhandelbar.",
    requirements: "Ihre Anforderungen und wie dieses Angebot sie erfüllt",
    requirement: "Ihre Anforderung",
    our_answer: "Unsere Antwort",
    answers: [
        "Erfüllt",
        "Teilweise erfüllt",
        "Nicht angeboten",
        "Offene Frage",
    ],
    met_by: "Erfüllt durch",
    open_questions: |n| match n {
        1 => "Eine Anforderung ist noch zu klären: Sie ist unten als offene Frage markiert."
            .to_string(),
        n => format!(
            "{n} Anforderungen sind noch zu klären: Sie sind unten als offene Fragen markiert."
        ),
    },
    confirm_requirements: "Mit der Annahme bestätigen Sie, dass Ihre Anforderungen oben so aufgeführt sind, wie Sie sie gemeint haben.",
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
            "Dieses Angebot von {seller} haben Sie als Link erhalten: Es steckt im Link selbst, kein Server speichert es. Der Prüfcode unten steht auch auf dem gedruckten Angebot; so können Sie diese Seite mit einer auf anderem Weg erhaltenen Fassung abgleichen."
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
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.closing
        )
    },
    options: "Optionen",
    options_intro: "Wählen Sie eine dieser Optionen. Als optional markierte Positionen können Sie der gewählten Option hinzufügen.",
    recommended: "Empfohlen",
    optional_item: |price| format!("Optional: + {price}"),
    option_accepted: "Gewählte Option",
    items_accepted: "Gewählte optionale Positionen",
    no_items: "keine",
    choose_option: "Option wählen",
    add_items: "Optionale Positionen hinzufügen",
    your_choice: "Ihre Auswahl",
};
