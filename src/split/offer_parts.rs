//! The parts of the written offer that only some offers have — the options side by
//! side, the customer's choice among them and its acceptance by email, the
//! requirements and their answers — and
//! where they come from: in the customer's viewer (feature `split-link-parts`) from
//! the split point [`OFFER_PARTS`], fetched for an offer that has one; in every
//! other build from their components directly.

use std::rc::Rc;

use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::offer::choice::Choice;
use best_offer_domain::offer::link::acceptance_mailto_of;
use yew::prelude::*;

use crate::components::offer::accept_by_email::AcceptByEmail;
use crate::components::offer::option_choice::OptionChoice;
use crate::components::offer::option_table::OptionTable;
use crate::components::offer::requirements_answers::RequirementsAnswers;
use crate::split::split_view;

/// A part of the written offer that only some offers have: on a customer link's
/// page, where the customer's viewer fetches their code only for an offer that has
/// them ([`OFFER_PARTS`]).
#[derive(Clone)]
pub enum OfferPart {
    /// The options side by side ([`OptionTable`]).
    Options {
        /// The offer, with its options.
        offer: Rc<CustomerOffer>,
        /// The option the customer's page has chosen, if any.
        chosen: Option<usize>,
    },
    /// The buyer's requirements and the answers ([`RequirementsAnswers`]).
    Requirements {
        /// The offer, with its requirements.
        offer: Rc<CustomerOffer>,
        /// A second copy on the same page (the document's ids are left out).
        copy: bool,
    },
    /// "Accept by email" for the customer's choice ([`AcceptByEmail`]).
    Accept {
        /// The offer, with its options.
        offer: Rc<CustomerOffer>,
        /// The fingerprint of the link's content.
        fingerprint: AttrValue,
        /// What the customer has chosen.
        choice: Choice,
    },
    /// The customer's choice among the options ([`OptionChoice`]).
    Choice {
        /// The offer, with its options.
        offer: Rc<CustomerOffer>,
        /// What the customer has chosen so far.
        choice: Choice,
        /// A new choice.
        on_change: Callback<Choice>,
    },
}

split_view!(
    /// The offer's options and requirements, on a customer link's page (the
    /// customer's viewer): most offers have neither.
    OFFER_PARTS: OfferPart = offer_parts if "split-link-parts",
    |part| match part {
        OfferPart::Options { offer, chosen } => option_table(offer, *chosen),
        OfferPart::Requirements { offer, copy } => requirements_answers(offer, *copy),
        OfferPart::Choice { offer, choice, on_change } => option_choice(offer, choice.clone(), on_change.clone()),
        OfferPart::Accept { offer, fingerprint, choice } => accept_choice(offer, fingerprint, choice),
    }
);

// Each part's rendering, once: through the split point in the viewer, directly in
// every other build (the functions below).

fn option_table(offer: &Rc<CustomerOffer>, chosen: Option<usize>) -> Html {
    html! { <OptionTable offer={Rc::clone(offer)} {chosen} /> }
}

fn requirements_answers(offer: &Rc<CustomerOffer>, copy: bool) -> Html {
    html! { <RequirementsAnswers offer={Rc::clone(offer)} {copy} /> }
}

fn option_choice(offer: &Rc<CustomerOffer>, choice: Choice, on_change: Callback<Choice>) -> Html {
    html! { <OptionChoice offer={Rc::clone(offer)} {choice} {on_change} /> }
}

/// "Accept by email" for `choice`.
fn accept_choice(offer: &Rc<CustomerOffer>, fingerprint: &str, choice: &Choice) -> Html {
    let mailto = acceptance_mailto_of(offer, fingerprint, choice).map(AttrValue::from);
    html! { <AcceptByEmail offer={Rc::clone(offer)} {mailto} /> }
}

/// A part through the viewer's split point.
#[cfg(feature = "split-link-parts")]
fn on_demand(part: &OfferPart) -> Html {
    OFFER_PARTS
        .ready()
        .map(|render| render(part))
        .unwrap_or_default()
}

/// The options side by side.
pub fn options(offer: &Rc<CustomerOffer>, chosen: Option<usize>) -> Html {
    #[cfg(feature = "split-link-parts")]
    return on_demand(&OfferPart::Options {
        offer: Rc::clone(offer),
        chosen,
    });
    #[cfg(not(feature = "split-link-parts"))]
    return option_table(offer, chosen);
}

/// The requirements and the offer's answers.
pub fn requirements(offer: &Rc<CustomerOffer>, copy: bool) -> Html {
    #[cfg(feature = "split-link-parts")]
    return on_demand(&OfferPart::Requirements {
        offer: Rc::clone(offer),
        copy,
    });
    #[cfg(not(feature = "split-link-parts"))]
    return requirements_answers(offer, copy);
}

/// The customer's choice among the options.
pub fn choice(offer: &Rc<CustomerOffer>, choice: Choice, on_change: Callback<Choice>) -> Html {
    #[cfg(feature = "split-link-parts")]
    return on_demand(&OfferPart::Choice {
        offer: Rc::clone(offer),
        choice,
        on_change,
    });
    #[cfg(not(feature = "split-link-parts"))]
    return option_choice(offer, choice, on_change);
}

/// "Accept by email" for the customer's choice among the options.
pub fn accept(offer: &Rc<CustomerOffer>, fingerprint: &AttrValue, choice: Choice) -> Html {
    #[cfg(feature = "split-link-parts")]
    return on_demand(&OfferPart::Accept {
        offer: Rc::clone(offer),
        fingerprint: fingerprint.clone(),
        choice,
    });
    #[cfg(not(feature = "split-link-parts"))]
    return accept_choice(offer, fingerprint, &choice);
}
