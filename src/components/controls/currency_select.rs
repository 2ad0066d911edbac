//! `CurrencySelect`: the currency picker (a deal's, or the profile's default).

use best_offer_domain::Currency;
use best_offer_domain::money::currency::COMMON_CURRENCIES;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`CurrencySelect`].
#[derive(Properties, PartialEq)]
pub struct CurrencySelectProps {
    /// DOM id.
    pub id: AttrValue,
    /// Visible label.
    #[prop_or(AttrValue::Static("Currency"))]
    pub label: AttrValue,
    /// The chosen currency.
    pub value: Currency,
    /// Called with the currency picked.
    pub on_change: Callback<Currency>,
}

/// A labelled currency picker.
#[component]
pub fn CurrencySelect(props: &CurrencySelectProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        Currency::from_code(&select.value()).unwrap_or_default()
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for COMMON_CURRENCIES.iter().filter_map(|code| Currency::from_code(code).ok()).map(|c| html! {
                    <option value={c.code()} selected={c == props.value}>
                        { format!("{} — {}", c.code(), c.name()) }
                    </option>
                }) }
            </select>
        </div>
    }
}
