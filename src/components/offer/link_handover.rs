//! `LinkHandover`: what the rep's app shows at a customer link's address. A link is
//! read by the customer's viewer, a Wasm of its own, which the page's loader starts
//! for a `#/o/…` address; the app carries no reader of links. So when the address
//! becomes a link while the app runs (a link pasted into the address bar, a link
//! followed from the app), the page loads again and its loader starts the viewer.
//!
//! Only a page without that loader (`trunk serve`, which does not run
//! `scripts/finalize-site.mjs`) starts the app at a link: it then points to the
//! viewer's own page instead of loading again, which would start the app again.

use best_offer_domain::offer::link::link_address;
use yew::prelude::*;

use crate::platform;

/// Properties of [`LinkHandover`].
#[derive(Properties, PartialEq)]
pub struct LinkHandoverProps {
    /// Everything after `#/o/` in the address.
    pub payload: AttrValue,
    /// Whether the app started at this link (the page has no loader that chooses).
    pub started_here: bool,
}

/// The hand-over to the customer's viewer.
#[component]
pub fn LinkHandover(props: &LinkHandoverProps) -> Html {
    let started_here = props.started_here;
    use_effect_with(props.payload.clone(), move |_| {
        if !started_here {
            platform::reload();
        }
    });
    html! {
        <main class="offer-page link-page" id="link-handover">
            if started_here {
                <p role="status">
                    { "This is a customer link. It opens in the customer's viewer: " }
                    <a href={link_address("", &props.payload)}>{ "open the offer" }</a>
                    { "." }
                </p>
            } else {
                <p role="status">{ "Opening the offer…" }</p>
            }
        </main>
    }
}
