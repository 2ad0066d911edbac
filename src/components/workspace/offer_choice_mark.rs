//! `OfferChoiceMark`: on each board column, whether its figures are the ones in
//! the written offer, and a button to make them so.

use best_offer_domain::library::edit::{Edit, OfferEdit};
use best_offer_domain::offer::details::OfferChoice;
use yew::prelude::*;

use crate::context::edit_callback;
use crate::state::Dispatch;

/// Properties of [`OfferChoiceMark`].
#[derive(Properties, PartialEq)]
pub struct OfferChoiceMarkProps {
    /// The column's choice.
    pub choice: OfferChoice,
    /// The choice the offer uses now.
    pub chosen: OfferChoice,
    /// The column's name, for the button's accessible name.
    pub name: AttrValue,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
    /// The offer gives options, each priced by its own lever: no column is in it.
    #[prop_or_default]
    pub options: bool,
}

/// "In the written offer" badge, or a button to put the column there.
#[component]
pub fn OfferChoiceMark(props: &OfferChoiceMarkProps) -> Html {
    if props.options {
        return html! {};
    }
    if props.choice == props.chosen {
        return html! { <p class="badge badge-offer" data-offer-choice="chosen">{ "✓ In the written offer" }</p> };
    }
    let choice = props.choice;
    let onclick = edit_callback(&props.dispatch, move |_: MouseEvent| {
        Edit::Offer(OfferEdit::Choice(choice))
    });
    html! {
        <button type="button" class="link-button" aria-label={format!("Use in the offer: {}", props.name)} {onclick}>
            { "Use in the offer" }
        </button>
    }
}
