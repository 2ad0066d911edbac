//! The customer link of the written offer: [`use_customer_link`] makes it (the
//! customer-facing offer compressed by the browser into the address's fragment, see
//! `best_offer_domain::offer::link`), records that it was made and copies it;
//! [`CustomerLinkNote`] says where that stands. The offer page only places them.

use std::rc::Rc;

use best_offer_domain::NumberFormat;
use best_offer_domain::money::format::format_number;
use best_offer_domain::offer::link::LogoInLink;
use best_offer_domain::offer::logo::Logo;
use best_offer_domain::offer::{CustomerOffer, link};
use yew::prelude::*;

use crate::compression;
use crate::platform;

/// Where making the customer link stands.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkState {
    /// Not asked for.
    Idle,
    /// Being compressed.
    Making,
    /// Copied to the clipboard (the link, also shown).
    Copied(String),
    /// Made, but the clipboard refused it (shown to copy by hand).
    NotCopied(String),
    /// This browser cannot compress (no `CompressionStream`).
    Unavailable,
}

/// The link's state and the click that makes it from `offer` (none while the
/// offer may not go out). `made` hears the fingerprint of each link made: the
/// revision's history records it (copied or shown to copy by hand, it is out).
#[hook]
pub fn use_customer_link(
    offer: Option<Rc<CustomerOffer>>,
    logo: Option<Rc<Logo>>,
    made: Callback<String>,
) -> (LinkState, Callback<MouseEvent>) {
    let state = use_state(|| LinkState::Idle);
    let on_click = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(offer) = offer.clone() else {
                return;
            };
            let state = state.clone();
            let made = made.clone();
            // The seller's logo goes with the link when it is small enough (else
            // the link says it was left out, and the page shows a small mark).
            let logo = logo.as_ref().and_then(|logo| logo.bytes());
            state.set(LinkState::Making);
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(compressed) = compression::deflate(&link::to_json(&offer)).await else {
                    state.set(LinkState::Unavailable);
                    return;
                };
                let address = platform::link_address(&link::seal_with_logo(
                    &compressed,
                    logo.as_deref().map(LogoInLink::Image),
                ));
                made.emit(offer.fingerprint());
                platform::copy_text(
                    address.clone(),
                    Callback::from(move |copied: bool| {
                        state.set(if copied {
                            LinkState::Copied(address.clone())
                        } else {
                            LinkState::NotCopied(address.clone())
                        });
                    }),
                );
            });
        })
    };
    ((*state).clone(), on_click)
}

/// Properties of [`CustomerLinkNote`].
#[derive(Properties, PartialEq)]
pub struct CustomerLinkNoteProps {
    /// Where making the link stands.
    pub state: LinkState,
    /// How the link's length is written.
    pub format: NumberFormat,
}

/// What the rep reads about the link: making it, copied (with its length), or to
/// copy by hand, or why none can be made here.
#[component]
pub fn CustomerLinkNote(props: &CustomerLinkNoteProps) -> Html {
    match &props.state {
        LinkState::Idle => html! {},
        LinkState::Making => {
            html! { <p class="copy-status" role="status">{ "Making the link…" }</p> }
        }
        LinkState::Unavailable => html! {
            <p class="notice" role="status">{ "This browser cannot compress, so no link can be made here: print the offer or copy it as text." }</p>
        },
        LinkState::Copied(address) | LinkState::NotCopied(address) => {
            let copied = matches!(props.state, LinkState::Copied(_));
            let length = address.chars().count();
            html! {
                <div class="customer-link no-print">
                    <p class="copy-status" role="status" data-link-length={length.to_string()}>{ if copied {
                        format!("Customer link copied ({} characters). It opens this offer, read-only, wherever this site is hosted; nothing internal is in it.", format_number(length.into(), 0, props.format))
                    } else {
                        "Copying is blocked here: select the link below and copy it.".to_string()
                    } }</p>
                    <label for="customer-link">{ "Customer link" }</label>
                    <input id="customer-link" type="text" readonly=true value={address.clone()} />
                </div>
            }
        }
    }
}
