//! `OfferDocument`: the written offer as the customer reads and signs it.
//!
//! Renders a [`CustomerOffer`] and nothing else: that type has no internal figure,
//! so none can reach the page, the print or the PDF. The same element is the
//! on-screen preview and the printed page (print.css hides everything around it).

use std::rc::Rc;

use best_offer_domain::offer::{
    ACCEPTANCE_FIELDS, BEST_AND_FINAL, CustomerOffer, FINGERPRINT_LABEL,
};
use yew::prelude::*;

/// Properties of [`OfferDocument`].
#[derive(Properties, PartialEq)]
pub struct OfferDocumentProps {
    /// The customer-facing offer.
    pub offer: Rc<CustomerOffer>,
    /// The seller's logo as a `data:` URL (the file keeps the image by the id the
    /// offer names).
    #[prop_or_default]
    pub logo: Option<AttrValue>,
}

// Column titles; on a phone's screen each figure carries its title instead (the
// rows reflow into blocks, styles/app.css "Phone"; paper keeps the columns).
const QTY: &str = "Qty";
const UNIT_LIST: &str = "Unit list price";
const DISCOUNT: &str = "Discount";
const UNIT_NET: &str = "Unit net price";
const NET_AMOUNT: &str = "Net amount";

/// The printable offer.
#[component]
pub fn OfferDocument(props: &OfferDocumentProps) -> Html {
    let offer = &props.offer;
    let rep = [offer.rep_name.trim(), offer.rep_title.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let contact: Vec<&str> = [
        rep.as_str(),
        offer.rep_email.as_str(),
        offer.rep_phone.as_str(),
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .collect();
    // Columns and notes decided by the domain (CustomerOffer::price_notes).
    let discount_column = offer.discount_column();
    let period_column = offer.period_column();
    let notes = offer.price_notes();
    let total_title = format!("Total ({})", offer.term());
    html! {
        <article class="offer-document" aria-label="Written offer" id="offer-document">
            <header class="doc-head">
                <div class="doc-seller">
                    if let Some(logo) = props.logo.clone() {
                        <img class="doc-logo" src={logo} alt={format!("{} logo", offer.seller_company)} />
                    }
                    <p class="doc-company">{ if offer.seller_company.is_empty() { "Your company".to_string() } else { offer.seller_company.clone() } }</p>
                    if !offer.seller_address.trim().is_empty() {
                        <p class="doc-address">
                            { for offer.seller_address.lines().map(str::trim).filter(|l| !l.is_empty()).map(|line| html! { <span>{ line.to_string() }</span> }) }
                        </p>
                    }
                    <p class="doc-contact">{ contact.join(" · ") }</p>
                </div>
                <div class="doc-meta">
                    <h2 class="doc-title">{ "Offer" }</h2>
                    <dl>
                        <div><dt>{ "Number" }</dt><dd data-offer="number">{ offer.number.clone() }</dd></div>
                        <div><dt>{ "Revision" }</dt><dd data-offer="revision">{ offer.revision }</dd></div>
                        <div><dt>{ "Issued" }</dt><dd>{ offer.issue_date.long() }</dd></div>
                        <div><dt>{ "Valid through" }</dt><dd data-offer="valid-through">{ format!("{} (end of day)", offer.valid_through.long()) }</dd></div>
                    </dl>
                </div>
            </header>
            <section class="doc-parties">
                <div>
                    <h3>{ "Prepared for" }</h3>
                    <p class="doc-buyer" data-offer="buyer">{ offer.buyer_or_placeholder().to_string() }</p>
                    if !offer.buyer_contact.is_empty() {
                        <p>{ format!("Attention: {}", offer.buyer_contact) }</p>
                    }
                </div>
                <div>
                    <h3>{ "Subject" }</h3>
                    <p>{ if offer.deal_name.is_empty() { "Proposal".to_string() } else { offer.deal_name.clone() } }</p>
                    <p>{ format!("Term: {} · Prices in {}", offer.term(), offer.currency.code()) }</p>
                </div>
            </section>
            <table class="doc-lines">
                <thead>
                    <tr>
                        <th scope="col">{ "Item" }</th>
                        <th scope="col" class="num">{ QTY }</th>
                        <th scope="col" class="num">{ UNIT_LIST }</th>
                        if discount_column {
                            <th scope="col" class="num">{ DISCOUNT }</th>
                        }
                        <th scope="col" class="num">{ UNIT_NET }</th>
                        if period_column {
                            <th scope="col" class="num">{ NET_AMOUNT }</th>
                        }
                        <th scope="col" class="num">{ total_title.clone() }</th>
                    </tr>
                </thead>
                <tbody>
                    { for offer.lines.iter().enumerate().map(|(i, line)| html! {
                        <tr key={i} data-offer-line={i.to_string()}>
                            <td>
                                <span class="doc-item">{ line.name.clone() }</span>
                                if !line.description.is_empty() {
                                    <span class="doc-description">{ line.description.clone() }</span>
                                }
                            </td>
                            <td class="num" data-label={QTY}>{ offer.quantity(line.quantity) }</td>
                            <td class="num" data-label={UNIT_LIST}>{ offer.money(line.unit_list_price) }</td>
                            if discount_column {
                                <td class="num" data-label={DISCOUNT}>{ offer.discount(line.discount) }</td>
                            }
                            <td class="num" data-offer="unit-net" data-label={UNIT_NET}>{ offer.money(offer.unit_net(line)) }</td>
                            if period_column {
                                <td class="num" data-label={NET_AMOUNT}>{ offer.money(line.net) }<span class="doc-billing">{ line.billing.label() }</span></td>
                            }
                            <td class="num" data-label={total_title.clone()}>{ offer.money(line.term_amount) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if !notes.is_empty() {
                <div class="doc-price-notes">
                    { for notes.iter().map(|note| html! { <p>{ note.clone() }</p> }) }
                </div>
            }
            <table class="doc-totals">
                <tbody>
                    { for offer.total_rows().into_iter().enumerate().map(|(i, (label, value))| {
                        let is_total = label.starts_with("Total over");
                        html! {
                            <tr key={i} class={classes!(is_total.then_some("doc-grand-total"))}>
                                <th scope="row">{ label }</th>
                                <td class="num" data-offer={is_total.then_some("total")}>{ value }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <section class="doc-terms">
                <div class="doc-list">
                    <h3>{ "Payment terms" }</h3>
                    <p>{ offer.payment_terms.clone() }</p>
                </div>
                { for offer.sections().into_iter().map(|(title, items)| html! {
                    <div class="doc-list">
                        <h3>{ title }</h3>
                        <ul>{ for items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }</ul>
                    </div>
                }) }
            </section>
            <section class="doc-closing">
                if offer.best_and_final {
                    <p class="doc-final">{ BEST_AND_FINAL }</p>
                }
                if !offer.note.is_empty() {
                    <p class="doc-note">{ offer.note.clone() }</p>
                }
            </section>
            <section class="doc-acceptance">
                <h3>{ "Acceptance" }</h3>
                <p>{ format!("Accepted for {}:", offer.buyer_or_placeholder()) }</p>
                <div class="doc-sign">
                    { for ACCEPTANCE_FIELDS.iter().map(|field| html! {
                        <div class="doc-sign-field"><span class="doc-sign-line"></span><span>{ *field }</span></div>
                    }) }
                </div>
            </section>
            // The same fingerprint as the text version and the customer link's page; on
            // paper it is in the bottom margin of every page (browser::set_print_header).
            <p class="doc-fingerprint no-print">{ format!("{FINGERPRINT_LABEL}: ") }<span data-offer="fingerprint">{ offer.fingerprint() }</span></p>
        </article>
    }
}
