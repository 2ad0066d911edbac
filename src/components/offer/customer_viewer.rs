//! `CustomerViewer`: the root of the customer's viewer, the small Wasm of its own
//! that a customer link loads instead of the rep's app (`src/bin/viewer.rs`). It
//! shows the offer the address's fragment carries ([`CustomerLinkPage`]) and
//! nothing else: no storage, no router, no proposals.
//!
//! An address that is not a customer link says so; when the fragment changes to
//! an address of the rep's app (on the app's own page), the page loads again, so
//! its loader starts the app.

use best_offer_domain::offer::link::{LinkError, payload_of};
use yew::prelude::*;

use crate::components::offer::customer_link_page::CustomerLinkPage;
use crate::messages::Explain;
use crate::platform;

/// The payload of the address's customer link, if it is one.
fn payload_now() -> Option<String> {
    payload_of(&platform::location_hash()).map(str::to_string)
}

/// The viewer's whole page.
#[component]
pub fn CustomerViewer() -> Html {
    let payload = use_state_eq(payload_now);
    {
        let payload = payload.setter();
        use_effect_with((), move |_| {
            let listener =
                platform::on_hash_change(Callback::from(move |()| match payload_now() {
                    Some(next) => payload.set(Some(next)),
                    None => platform::reload(),
                }));
            move || drop(listener)
        });
    }
    match &*payload {
        Some(payload) => html! { <CustomerLinkPage payload={AttrValue::from(payload.clone())} /> },
        None => html! {
            <main class="offer-page link-page" id="link-page" data-ready="true">
                <section class="notice link-refused" role="alert" aria-labelledby="link-refused-title">
                    <h2 id="link-refused-title">{ "This link shows no offer" }</h2>
                    <p>{ LinkError::Foreign.explain() }</p>
                </section>
            </main>
        },
    }
}
