//! The written offer's fixed words in Dutch.

use crate::offer::words::table::OfferWords;

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
    tax_notes: [
        "Alle prijzen zijn exclusief btw.",
        "Alle prijzen zijn inclusief btw.",
        "De btw wordt per regel berekend en afgerond.",
    ],
    payment_terms: "Betalingsvoorwaarden",
    included: "Inbegrepen",
    not_included: "Niet inbegrepen",
    assumptions: "Uitgangspunten",
    best_and_final: "Dit is ons beste en definitieve aanbod. Over de bovenstaande prijzen kan niet verder worden onderhandeld.",
    requirements: "Uw eisen en hoe deze offerte daaraan voldoet",
    requirement: "Uw eis",
    our_answer: "Ons antwoord",
    answers: ["Voldaan", "Deels voldaan", "Niet aangeboden", "Open vraag"],
    met_by: "Voldaan door",
    open_questions: |n| match n {
        1 => "Eén eis moet nog worden bevestigd: die staat hieronder als open vraag.".to_string(),
        n => format!("{n} eisen moeten nog worden bevestigd: die staan hieronder als open vragen."),
    },
    confirm_requirements: "Met uw akkoord bevestigt u dat uw eisen hierboven staan zoals u ze bedoelt.",
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
            "Deze offerte van {seller} hebt u als link ontvangen: ze reist mee in de link zelf en geen server bewaart haar. De vingerafdruk hieronder staat ook op de afgedrukte offerte, zodat u deze pagina kunt vergelijken met een exemplaar dat u langs een andere weg ontving."
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
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.closing
        )
    },
    options: "Opties",
    options_intro: "Kies een van deze opties. Onderdelen die als optioneel zijn gemarkeerd, kunt u aan de gekozen optie toevoegen.",
    recommended: "Aanbevolen",
    optional_item: |price| format!("Optioneel: + {price}"),
    option_accepted: "Gekozen optie",
    items_accepted: "Gekozen optionele onderdelen",
    no_items: "geen",
    choose_option: "Kies een optie",
    add_items: "Voeg optionele onderdelen toe",
    your_choice: "Uw keuze",
};
