//! `AcceptByEmail`: on a customer link's page, "Accept by email" — a `mailto:` to
//! the seller, filled in with the offer (and, for an offer with options, the
//! buyer's choice) — or, when the seller's email is not one plain address, a line
//! that says to answer the seller directly.

use std::rc::Rc;

use best_offer_domain::offer::CustomerOffer;
use yew::prelude::*;

/// Properties of [`AcceptByEmail`].
#[derive(Properties)]
pub struct AcceptByEmailProps {
    /// The offer (its language).
    pub offer: Rc<CustomerOffer>,
    /// The acceptance email, if the seller's email is one plain address
    /// (`best_offer_domain::offer::link::acceptance_mailto`).
    pub mailto: Option<AttrValue>,
}

impl PartialEq for AcceptByEmailProps {
    /// The same offer is the same `Rc` (see `OfferDocument`).
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.offer, &other.offer) && self.mailto == other.mailto
    }
}

/// The acceptance by email, or why there is none.
#[component]
pub fn AcceptByEmail(props: &AcceptByEmailProps) -> Html {
    let words = props.offer.words();
    match &props.mailto {
        Some(mailto) => html! {
            <a class="button secondary" id="link-accept" href={mailto.clone()}>{ words.accept_by_email }</a>
        },
        None => html! { <p class="hint" id="link-no-accept">{ words.no_plain_email }</p> },
    }
}
