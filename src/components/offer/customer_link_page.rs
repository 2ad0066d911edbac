//! `CustomerLinkPage`: what a customer sees when opening a customer link — the offer
//! the link carries, read-only and as it prints, with Print and "Accept by email".
//!
//! Rendered instead of the rep's app: it reads and writes no browser storage and
//! shows none of this browser's proposals. The link is untrusted input: its envelope
//! is checked, it is decompressed up to a cap and read as strictly as an imported
//! file (`best_offer_domain::offer::link`), and every text is rendered as text.

use std::rc::Rc;

use best_offer_domain::offer::choice::Choice;
use best_offer_domain::offer::link::{self, LinkError, LinkLogo, MAX_LINK_JSON_BYTES};
use best_offer_domain::offer::{CustomerOffer, fingerprint_of};
use yew::prelude::*;

use crate::components::offer::accept_by_email::AcceptByEmail;
use crate::components::offer::offer_document::{OfferDocument, use_print_margins};
use crate::compression::{self, Inflate};
use crate::messages::Explain;
use crate::platform;
use crate::split::NotFetched;
use crate::split::offer_parts::{self, OFFER_PARTS};

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
    /// The offer, the fingerprint of its content as the link carries it, and the
    /// seller's logo the link carries (or says it left out).
    Shown(Rc<CustomerOffer>, AttrValue, Option<LinkLogo>),
    Refused(String),
    /// The offer was read, but the code of a part it has (its options or its
    /// requirements) could not be fetched.
    NotShown(NotFetched),
}

/// Opens a link's payload: envelope, capped decompression, strict reading; the
/// offer and the fingerprint of its content as carried.
async fn open(payload: &str) -> Result<(CustomerOffer, String, Option<LinkLogo>), LinkError> {
    // The start-up benchmark's phases of a link (tests/e2e/startup.spec.mjs).
    platform::mark("bo-link-opening");
    let (compressed, logo) = link::open_with_logo(payload)?;
    let json = compression::inflate(&compressed, MAX_LINK_JSON_BYTES)
        .await
        .map_err(|error| match error {
            Inflate::TooLarge => LinkError::TooLarge,
            Inflate::Failed => LinkError::Damaged,
        })?;
    platform::mark("bo-link-inflated");
    let offer = link::read(&json)?;
    platform::mark("bo-link-read");
    Ok((offer, fingerprint_of(&json), logo))
}

/// Fetches the code of the parts that only some offers have (options,
/// requirements) when this offer has one, so that it is shown whole or not at all.
async fn load_parts(offer: &CustomerOffer) -> Result<(), NotFetched> {
    if offer.options.is_empty() && offer.requirements.is_empty() {
        return Ok(());
    }
    OFFER_PARTS.load().await.map(|_| ())
}

/// The offer a customer link carries.
#[component]
pub fn CustomerLinkPage(props: &CustomerLinkPageProps) -> Html {
    let opening = use_state(|| Opening::Reading);
    // The buyer's choice among the offer's options (none while it has none).
    let choice = use_state(|| None::<Choice>);
    {
        let opening = opening.clone();
        let choice = choice.clone();
        use_effect_with(props.payload.clone(), move |payload| {
            opening.set(Opening::Reading);
            choice.set(None);
            let payload = payload.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                opening.set(match open(&payload).await {
                    Ok((offer, fingerprint, logo)) => match load_parts(&offer).await {
                        Ok(()) => {
                            Opening::Shown(Rc::new(offer), AttrValue::from(fingerprint), logo)
                        }
                        Err(not_fetched) => Opening::NotShown(not_fetched),
                    },
                    Err(error) => Opening::Refused(error.explain()),
                });
            });
        });
    }
    // Printed as from the rep's offer page.
    use_print_margins(match &*opening {
        Opening::Shown(offer, fingerprint, _) => Some((offer.as_ref(), fingerprint.as_str())),
        _ => None,
    });
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
        Opening::NotShown(not_fetched) => html! {
            <section class="notice link-refused" role="alert" aria-labelledby="link-refused-title">
                <h2 id="link-refused-title">{ "This offer could not be shown" }</h2>
                <p>{ not_fetched.explain() }</p>
            </section>
        },
        Opening::Shown(offer, fingerprint, logo) => {
            let (logo, mark) = match logo {
                Some(LinkLogo::Image(url)) => (Some(AttrValue::from(url.clone())), false),
                Some(LinkLogo::LeftOut) => (None, true),
                None => (None, false),
            };
            // The customer's language: the offer's own (the link's refusals above
            // cannot know it, and stay in English).
            let words = offer.words();
            let expired = offer.valid_through < platform::today();
            let chosen = (!offer.options.is_empty())
                .then(|| (*choice).clone().unwrap_or_else(|| Choice::of(offer)));
            // For an offer with options, the email names the buyer's choice: its
            // arithmetic comes with the options' part.
            let accept = match &chosen {
                Some(choice) => offer_parts::accept(offer, fingerprint, choice.clone()),
                None => html! {
                    <AcceptByEmail offer={Rc::clone(offer)} mailto={link::acceptance_mailto(offer, fingerprint).map(AttrValue::from)} />
                },
            };
            let on_choice = {
                let choice = choice.clone();
                Callback::from(move |next: Choice| choice.set(Some(next)))
            };
            let print = Callback::from(|_: MouseEvent| platform::print());
            // The offer first, under what the customer can do with it; the note on
            // what a link is, with the fingerprint to match, below it.
            html! {
                <>
                    <section class="link-actions no-print" aria-labelledby="link-title" lang={offer.language.code()}>
                        <h2 id="link-title">{ offer.title() }</h2>
                        if expired {
                            <p class="notice" role="alert" data-link="expired">{ (words.expired)(&offer.date(offer.valid_through)) }</p>
                        }
                        if let Some(choice) = chosen.clone() {
                            { offer_parts::choice(offer, choice, on_choice) }
                        }
                        <div class="button-row">
                            <button type="button" class="button" id="link-print" onclick={print}>{ words.print }</button>
                            { accept }
                        </div>
                    </section>
                    <OfferDocument offer={Rc::clone(offer)} fingerprint={fingerprint.clone()} {logo} {mark} chosen={chosen.as_ref().map(|c| c.option)} />
                    <section class="link-notice no-print" lang={offer.language.code()}>
                        <p>{ (words.link_notice)(if offer.seller_company.trim().is_empty() { words.the_seller } else { offer.seller_company.as_str() }) }</p>
                        <p class="link-fingerprint">{ format!("{} ", words.label(words.fingerprint)) }<strong data-link="fingerprint">{ fingerprint.clone() }</strong></p>
                    </section>
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
