//! `OfferDocument`: the written offer as the customer reads and signs it.
//!
//! Renders a [`CustomerOffer`] and nothing else: that type has no internal figure,
//! so none can reach the page, the print or the PDF. The same element is the
//! on-screen preview and the printed page (print.css hides everything around it).

use std::rc::Rc;

use best_offer_domain::offer::{CustomerOffer, TotalRow};
use yew::prelude::*;

use crate::split::offer_parts;

/// Keeps the printed page margins of `offer` (title and buyer at the top, the
/// fingerprint and "Page N of M" in its language at the bottom) while it is shown:
/// the offer page and a customer link's page print the same.
#[hook]
pub fn use_print_margins(offer: Option<(&CustomerOffer, &str)>) {
    let margins = offer.map(|(offer, fingerprint)| offer.page_margins(fingerprint));
    use_effect_with(margins, |margins| {
        if let Some(margins) = margins {
            crate::platform::set_print_margins(margins);
        }
    });
}

/// The document's DOM id (the preview's, which "Go to the preview" focuses).
pub const OFFER_DOCUMENT_ID: &str = "offer-document";

/// Properties of [`OfferDocument`].
#[derive(Properties)]
pub struct OfferDocumentProps {
    /// The customer-facing offer.
    pub offer: Rc<CustomerOffer>,
    /// Its fingerprint: the offer's own ([`CustomerOffer::fingerprint`]), or, on a
    /// customer link's page, its content's as the link carries it (the viewer then
    /// carries no writer of offers).
    pub fingerprint: AttrValue,
    /// The seller's logo as a `data:` URL (the file keeps the image by the id the
    /// offer names).
    #[prop_or_default]
    pub logo: Option<AttrValue>,
    /// A copy shown beside the preview (a sent revision): it takes no DOM id, so
    /// the preview's [`OFFER_DOCUMENT_ID`] stays unique on the page.
    #[prop_or_default]
    pub copy: bool,
    /// The seller has a logo the page could not get (too large for a customer
    /// link): a small mark of the company's initials stands in its place.
    #[prop_or_default]
    pub mark: bool,
    /// The option a customer link's page has chosen, marked in the options.
    #[prop_or_default]
    pub chosen: Option<usize>,
}

/// Up to two initials of `company` ("Contoso Software" → "CS"), in capitals where
/// they are ASCII letters (others as written: no case tables in the viewer).
fn initials(company: &str) -> String {
    company
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .take(2)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl PartialEq for OfferDocumentProps {
    /// The same offer is the same `Rc` (the offer page memoises it): comparing by
    /// identity spares a field-by-field comparison of every offer, and its code in
    /// the customer's viewer (about 1.7 KB); an equal copy only renders again.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.offer, &other.offer)
            && self.fingerprint == other.fingerprint
            && self.logo == other.logo
            && self.copy == other.copy
            && self.mark == other.mark
            && self.chosen == other.chosen
    }
}

/// The printable offer.
#[component]
pub fn OfferDocument(props: &OfferDocumentProps) -> Html {
    let offer = &props.offer;
    // Every fixed word in the offer's language (best_offer_domain::offer::words). Column
    // titles also title each figure on a phone's screen, where the rows reflow into
    // blocks (styles/base.css, its phone rules; paper keeps the columns).
    let words = offer.words();
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
    let total_title = (words.total_for)(&offer.term());
    html! {
        <article class="offer-document" aria-label={words.written_offer} id={(!props.copy).then_some(OFFER_DOCUMENT_ID)} lang={offer.language.code()} tabindex={(!props.copy).then_some("-1")}>
            <header class="doc-head">
                <div class="doc-seller">
                    if let Some(logo) = props.logo.clone() {
                        <img class="doc-logo" src={logo} alt={(words.logo)(&offer.seller_company)} />
                    } else if props.mark {
                        <span class="doc-mark" aria-hidden="true">{ initials(offer.seller_or_placeholder()) }</span>
                    }
                    <p class="doc-company">{ offer.seller_or_placeholder().to_string() }</p>
                    if !offer.seller_address.trim().is_empty() {
                        <p class="doc-address">
                            { for offer.seller_address.lines().map(str::trim).filter(|l| !l.is_empty()).map(|line| html! { <span>{ line.to_string() }</span> }) }
                        </p>
                    }
                    <p class="doc-contact">{ contact.join(" · ") }</p>
                </div>
                <div class="doc-meta">
                    <h2 class="doc-title">{ words.offer }</h2>
                    <dl>
                        <div><dt>{ words.number }</dt><dd data-offer="number">{ offer.number.clone() }</dd></div>
                        <div><dt>{ words.revision }</dt><dd data-offer="revision">{ offer.revision }</dd></div>
                        <div><dt>{ words.issued }</dt><dd>{ offer.date(offer.issue_date) }</dd></div>
                        <div><dt>{ words.valid_through }</dt><dd data-offer="valid-through">{ format!("{} {}", offer.date(offer.valid_through), words.end_of_day) }</dd></div>
                    </dl>
                </div>
            </header>
            <section class="doc-parties">
                <div>
                    <h3>{ words.prepared_for }</h3>
                    <p class="doc-buyer" data-offer="buyer">{ offer.buyer_or_placeholder().to_string() }</p>
                    if !offer.buyer_contact.is_empty() {
                        <p>{ format!("{} {}", words.label(words.attention), offer.buyer_contact) }</p>
                    }
                </div>
                <div>
                    <h3>{ words.subject }</h3>
                    <p>{ offer.subject().to_string() }</p>
                    <p>{ format!("{} {} · {} {}", words.label(words.term), offer.term(), words.prices_in, offer.currency.code()) }</p>
                </div>
            </section>
            if offer.options.is_empty() {
                <table class="doc-lines">
                    <thead>
                        <tr>
                            <th scope="col">{ words.item }</th>
                            <th scope="col" class="num">{ words.qty }</th>
                            <th scope="col" class="num">{ words.unit_list_price }</th>
                            if discount_column {
                                <th scope="col" class="num">{ words.discount }</th>
                            }
                            <th scope="col" class="num">{ words.unit_net_price }</th>
                            if period_column {
                                <th scope="col" class="num">{ words.net_amount }</th>
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
                                <td class="num" data-label={words.qty}>{ offer.quantity(line.quantity) }</td>
                                <td class="num" data-label={words.unit_list_price}>{ offer.money(line.unit_list_price) }</td>
                                if discount_column {
                                    <td class="num" data-label={words.discount}>{ offer.discount(line.discount) }</td>
                                }
                                <td class="num" data-offer="unit-net" data-label={words.unit_net_price}>{ offer.money(offer.unit_net(line)) }</td>
                                if period_column {
                                    <td class="num" data-label={words.net_amount}>{ offer.money(line.net) }<span class="doc-billing">{ offer.billing(line) }</span></td>
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
                        { for offer.total_rows().into_iter().enumerate().map(|(i, TotalRow { label, amount, grand })| html! {
                            <tr key={i} class={grand.then_some("doc-grand-total")}>
                                <th scope="row">{ label }</th>
                                <td class="num" data-offer={grand.then_some("total")}>{ amount }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            } else {
                { offer_parts::options(offer, props.chosen) }
            }
            if !offer.requirements.is_empty() {
                { offer_parts::requirements(offer, props.copy) }
            }
            <section class="doc-terms">
                <div class="doc-list">
                    <h3>{ words.payment_terms }</h3>
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
                    <p class="doc-final">{ words.best_and_final }</p>
                }
                if !offer.note.is_empty() {
                    <p class="doc-note">{ offer.note.clone() }</p>
                }
            </section>
            <section class="doc-acceptance">
                <h3>{ words.acceptance }</h3>
                if !offer.requirements.is_empty() {
                    <p class="doc-confirm-requirements">{ words.confirm_requirements }</p>
                }
                <p>{ (words.accepted_for)(offer.buyer_or_placeholder()) }</p>
                if !offer.options.is_empty() {
                    <div class="doc-sign doc-sign-choice">
                        { for [words.option_accepted, words.items_accepted].into_iter().map(|field| html! {
                            <div class="doc-sign-field"><span class="doc-sign-line"></span><span>{ field }</span></div>
                        }) }
                    </div>
                }
                <div class="doc-sign">
                    { for words.sign_fields.iter().map(|field| html! {
                        <div class="doc-sign-field"><span class="doc-sign-line"></span><span>{ *field }</span></div>
                    }) }
                </div>
            </section>
            // The same fingerprint as the text version and the customer link's page; on
            // paper it is in the bottom margin of every page (platform::set_print_header).
            <p class="doc-fingerprint no-print">{ format!("{} ", words.label(words.fingerprint)) }<span data-offer="fingerprint">{ props.fingerprint.clone() }</span></p>
        </article>
    }
}
