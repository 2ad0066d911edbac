//! `NumberFormatSelect`: how numbers are typed and shown (`1,234.56`, `1.234,56`…).

use best_offer_domain::NumberFormat;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`NumberFormatSelect`].
#[derive(Properties, PartialEq)]
pub struct NumberFormatSelectProps {
    /// DOM id.
    pub id: AttrValue,
    /// The chosen format.
    pub value: NumberFormat,
    /// Called with the format picked.
    pub on_change: Callback<NumberFormat>,
}

/// A labelled number-format picker.
#[component]
pub fn NumberFormatSelect(props: &NumberFormatSelectProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        NumberFormat::from_id(&select.value()).unwrap_or_default()
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ "Number format" }</label>
            <select id={props.id.clone()} {onchange}>
                { for NumberFormat::ALL.into_iter().map(|f| html! {
                    <option value={f.id()} selected={f == props.value}>{ f.example() }</option>
                }) }
            </select>
        </div>
    }
}
