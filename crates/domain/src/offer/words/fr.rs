//! The written offer's fixed words in French.

use crate::offer::words::table::OfferWords;

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
    tax_notes: [
        "Tous les prix sont hors taxes (HT).",
        "Tous les prix sont toutes taxes comprises (TTC).",
        "La TVA est calculée et arrondie ligne par ligne.",
    ],
    payment_terms: "Conditions de paiement",
    included: "Inclus",
    not_included: "Non inclus",
    assumptions: "Hypothèses",
    best_and_final: "Ceci est notre meilleure offre, et notre offre définitive. Les prix ci-dessus ne sont plus négociables.",
    requirements: "Vos besoins et la réponse de cette offre",
    requirement: "Votre besoin",
    our_answer: "Notre réponse",
    answers: [
        "Satisfait",
        "Satisfait en partie",
        "Non proposé",
        "Question ouverte",
    ],
    met_by: "Couvert par",
    open_questions: |n| match n {
        1 => "Un besoin reste à confirmer\u{a0}: il est signalé ci-dessous comme question ouverte."
            .to_string(),
        n => format!(
            "{n} besoins restent à confirmer\u{a0}: ils sont signalés ci-dessous comme questions ouvertes."
        ),
    },
    confirm_requirements: "En acceptant, vous confirmez que vos besoins sont décrits ci-dessus tels que vous les entendez.",
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
            "Cette offre, émise par {seller}, vous est parvenue par un lien\u{a0}: elle voyage dans le lien lui-même et aucun serveur ne la conserve. L’empreinte ci-dessous figure aussi sur l’offre imprimée\u{a0}: elle permet de rapprocher cette page d’un exemplaire reçu par un autre moyen."
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
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.closing
        )
    },
    options: "Options",
    options_intro: "Choisissez l’une de ces options. Les éléments en option peuvent être ajoutés à l’option choisie.",
    recommended: "Recommandée",
    optional_item: |price| format!("En option\u{a0}: + {price}"),
    option_accepted: "Option retenue",
    items_accepted: "Éléments en option retenus",
    no_items: "aucun",
    choose_option: "Choisissez une option",
    add_items: "Ajoutez des éléments en option",
    your_choice: "Votre choix",
};
