//! The written offer's fixed words in Spanish.

use crate::offer::words::table::OfferWords;

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
    tax_notes: [
        "Todos los precios sin IVA.",
        "Todos los precios con IVA incluido.",
        "El IVA se calcula y se redondea línea por línea.",
    ],
    payment_terms: "Condiciones de pago",
    included: "Incluido",
    not_included: "No incluido",
    assumptions: "Supuestos",
    best_and_final: "Esta es nuestra mejor y última oferta. Los precios indicados no están sujetos a más negociación.",
    requirements: "Sus requisitos y cómo los cumple esta oferta",
    requirement: "Su requisito",
    our_answer: "Nuestra respuesta",
    answers: [
        "Cumplido",
        "Cumplido en parte",
        "No ofrecido",
        "Pregunta abierta",
    ],
    met_by: "Cubierto por",
    open_questions: |n| match n {
        1 => "Queda un requisito por confirmar: figura abajo como pregunta abierta.".to_string(),
        n => format!("Quedan {n} requisitos por confirmar: figuran abajo como preguntas abiertas."),
    },
    confirm_requirements: "Al aceptar, confirma que sus requisitos figuran arriba tal como los entiende.",
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
            "Esta oferta, emitida por {seller}, le ha llegado como enlace: viaja dentro del propio enlace y ningún servidor la guarda. La huella que figura abajo aparece también en la oferta impresa, para que pueda cotejar esta página con una copia recibida por otro medio."
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
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.closing
        )
    },
    options: "Opciones",
    options_intro: "Elija una de estas opciones. Los artículos marcados como opcionales pueden añadirse a la opción elegida.",
    recommended: "Recomendada",
    optional_item: |price| format!("Opcional: + {price}"),
    option_accepted: "Opción elegida",
    items_accepted: "Artículos opcionales elegidos",
    no_items: "ninguno",
    choose_option: "Elija una opción",
    add_items: "Añada artículos opcionales",
    your_choice: "Su elección",
};
