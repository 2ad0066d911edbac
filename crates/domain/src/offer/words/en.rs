//! The written offer's fixed words in English.

use crate::offer::words::table::OfferWords;

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
    tax_notes: [
        "All prices exclude tax.",
        "All prices include tax.",
        "Tax is calculated and rounded line by line.",
    ],
    payment_terms: "Payment terms",
    included: "Included",
    not_included: "Not included",
    assumptions: "Assumptions",
    best_and_final: "This is our best and final offer. The prices above are not subject to further negotiation.",
    requirements: "Your requirements and how this offer meets them",
    requirement: "Your requirement",
    our_answer: "Our answer",
    answers: ["Met", "Partly met", "Not offered", "Open question"],
    met_by: "Met by",
    open_questions: |n| match n {
        1 => "One requirement is still to be confirmed: it is marked as an open question below."
            .to_string(),
        n => format!(
            "{n} requirements are still to be confirmed: they are marked as open questions below."
        ),
    },
    confirm_requirements: "By accepting, you confirm that your requirements are listed above as you meant them.",
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
            "This offer from {seller} came to you as a link: it travels inside the link itself, and no server keeps it. The fingerprint below is printed on the offer too, so you can match this page with a copy you received another way."
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
            a.number, a.revision, a.total, a.term, a.valid_through, a.fingerprint, a.closing
        )
    },
    options: "Options",
    options_intro: "Choose one of these options. Items marked optional may be added to the option you choose.",
    recommended: "Recommended",
    optional_item: |price| format!("Optional: + {price}"),
    option_accepted: "Option accepted",
    items_accepted: "Optional items accepted",
    no_items: "none",
    choose_option: "Choose an option",
    add_items: "Add optional items",
    your_choice: "Your choice",
};
