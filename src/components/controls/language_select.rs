//! `LanguageSelect`: the language a written offer is in (the workspace itself stays
//! in English).

use best_offer_domain::offer::words::Language;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`LanguageSelect`].
#[derive(Properties, PartialEq)]
pub struct LanguageSelectProps {
    /// DOM id.
    pub id: AttrValue,
    /// The field's label.
    pub label: AttrValue,
    /// The chosen language.
    pub value: Language,
    /// Called with the language picked.
    pub on_change: Callback<Language>,
}

/// A labelled language picker; each language is named in English and in itself.
#[component]
pub fn LanguageSelect(props: &LanguageSelectProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        Language::from_code(&select.value()).unwrap_or_default()
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for Language::ALL.into_iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l == props.value}>{ l.name() }</option>
                }) }
            </select>
        </div>
    }
}
