//! `OfferLanguageFields`: the written offer's language and the number format it
//! prints with (the language's own, unless the rep picks another).

use best_offer_domain::NumberFormat;
use best_offer_domain::library::edit::{Edit, OfferEdit};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::controls::language_select::LanguageSelect;
use crate::context::use_app;

/// The `value` of the option that follows the language.
const FOLLOW_LANGUAGE: &str = "language";

/// The offer's language and number format.
#[component]
pub fn OfferLanguageFields() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let offer = &proposal.offer;
    let language = offer.language;
    let on_language = app.edit_with(|language| Edit::Offer(OfferEdit::Language(language)));
    let on_format = app.edit_with(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        Edit::Offer(OfferEdit::NumberFormat(NumberFormat::from_id(
            &select.value(),
        )))
    });
    html! {
        <fieldset>
            <legend>{ "Language of the offer" }</legend>
            <div class="field-grid">
                <LanguageSelect id="offer-language" label="The written offer is in" value={language} on_change={on_language} />
                <div class="field">
                    <label for="offer-number-format">{ "Numbers in the offer" }</label>
                    <select id="offer-number-format" onchange={on_format}>
                        <option value={FOLLOW_LANGUAGE} selected={offer.number_format.is_none()}>
                            { format!("{} (the language’s)", language.number_format().example()) }</option>
                        { for NumberFormat::ALL.into_iter().map(|f| html! {
                            <option value={f.id()} selected={offer.number_format == Some(f)}>{ f.example() }</option>
                        }) }
                    </select>
                </div>
            </div>
            <p class="field-hint">{ "The document’s fixed words, its dates and its numbers follow this language; what you type (items, terms, lists) is printed as you wrote it. The workspace stays in English." }</p>
        </fieldset>
    }
}
