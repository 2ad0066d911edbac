//! `CustomerLinkPage`: what a customer sees when opening a customer link — the offer
//! the link carries, read-only and as it prints, with Print and "Accept by email".
//!
//! Rendered instead of the rep's app: it reads and writes no browser storage and
//! shows none of this browser's proposals. The link is untrusted input: its envelope
//! is checked, it is decompressed up to a cap and read as strictly as an imported
//! file (`best_offer_domain::link`), and every text is rendered as text.

use std::rc::Rc;

use best_offer_domain::link::{self, LinkError, MAX_LINK_JSON_BYTES};
use best_offer_domain::offer::{CustomerOffer, FINGERPRINT_LABEL};
use yew::prelude::*;

use crate::browser;
use crate::components::offer_document::OfferDocument;
use crate::compression::{self, Inflate};

/// Properties of [`CustomerLinkPage`].
#[derive(Properties, PartialEq)]
pub struct CustomerLinkPageProps {
    /// Everything after `#/o/` in the address.
    pub payload: AttrValue,
}

/// Where opening the link stands.
#[derive(Clone, PartialEq)]
enum Opening {
    Reading,
    Shown(Rc<CustomerOffer>),
    Refused(String),
}

/// Opens a link's payload: envelope, capped decompression, strict reading.
async fn open(payload: &str) -> Result<CustomerOffer, LinkError> {
    let compressed = link::open(payload)?;
    let json = compression::inflate(&compressed, MAX_LINK_JSON_BYTES)
        .await
        .map_err(|error| match error {
            Inflate::TooLarge => LinkError::TooLarge,
            Inflate::Failed => LinkError::Damaged,
        })?;
    link::read(&json)
}

/// The offer a customer link carries.
#[component]
pub fn CustomerLinkPage(props: &CustomerLinkPageProps) -> Html {
    let opening = use_state(|| Opening::Reading);
    {
        let opening = opening.clone();
        use_effect_with(props.payload.clone(), move |payload| {
            opening.set(Opening::Reading);
            let payload = payload.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                opening.set(match open(&payload).await {
                    Ok(offer) => Opening::Shown(Rc::new(offer)),
                    Err(error) => Opening::Refused(error.message()),
                });
            });
        });
    }
    // As printed from the rep's offer page: number and revision at the top of every
    // page, the fingerprint at the bottom.
    {
        let header = match &*opening {
            Opening::Shown(offer) => Some(offer.page_margins()),
            _ => None,
        };
        use_effect_with(header, |header| {
            if let Some(header) = header {
                browser::set_print_header(&header.0, &header.1);
            }
        });
    }
    let content = match &*opening {
        Opening::Reading => {
            html! { <p class="link-status" role="status">{ "Opening the offer…" }</p> }
        }
        Opening::Refused(message) => html! {
            <section class="notice link-refused" role="alert" aria-labelledby="link-refused-title">
                <h2 id="link-refused-title">{ "This link shows no offer" }</h2>
                <p>{ message.clone() }</p>
            </section>
        },
        Opening::Shown(offer) => {
            let expired = offer.valid_through < browser::today();
            let accept = link::acceptance_mailto(offer);
            let print = Callback::from(|_: MouseEvent| browser::print());
            html! {
                <>
                    <section class="link-notice no-print" aria-labelledby="link-title">
                        <h2 id="link-title">{ offer.title() }</h2>
                        <p>{ format!(
                            "This page shows the offer that this link carries, from {}. Best Offer has no server: the offer travels inside the link, and anyone can make such a link. Check that the fingerprint below matches the offer you received by other means.",
                            if offer.seller_company.trim().is_empty() { "the seller" } else { offer.seller_company.as_str() }
                        ) }</p>
                        <p class="link-fingerprint">{ format!("{FINGERPRINT_LABEL}: ") }<strong data-link="fingerprint">{ offer.fingerprint() }</strong></p>
                        if expired {
                            <p class="notice" role="alert" data-link="expired">{ format!(
                                "This offer expired on {}. Ask the seller to renew it before accepting.",
                                offer.valid_through.long()
                            ) }</p>
                        }
                        <div class="button-row">
                            <button type="button" class="button" id="link-print" onclick={print}>{ "Print or save as PDF" }</button>
                            if let Some(mailto) = accept {
                                <a class="button secondary" id="link-accept" href={mailto}>{ "Accept by email" }</a>
                            } else {
                                <p class="hint" id="link-no-accept">{ "This offer has no plain email address to accept by: reply to the seller directly." }</p>
                            }
                        </div>
                    </section>
                    <OfferDocument offer={Rc::clone(offer)} />
                </>
            }
        }
    };
    html! {
        <main class="offer-page link-page" id="link-page" data-ready={if matches!(*opening, Opening::Reading) { "false" } else { "true" }}>
            { content }
        </main>
    }
}
