//! `KindSelect`: how a line or a catalogue item is charged (one-time, per year…).

use best_offer_domain::pricing::deal::LineKind;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`KindSelect`].
#[derive(Properties, PartialEq)]
pub struct KindSelectProps {
    /// DOM id.
    pub id: AttrValue,
    /// Accessible name (the label is for screen readers only).
    pub label: AttrValue,
    /// The chosen kind.
    pub value: LineKind,
    /// Called with the kind picked.
    pub on_change: Callback<LineKind>,
}

/// A kind picker with a screen-reader label.
#[component]
pub fn KindSelect(props: &KindSelectProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        LineKind::from_id(&select.value()).unwrap_or_default()
    });
    html! {
        <>
            <label for={props.id.clone()} class="visually-hidden">{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for LineKind::ALL.into_iter().map(|kind| html! {
                    <option value={kind.id()} selected={kind == props.value}>{ crate::messages::labels::line_kind(kind) }</option>
                }) }
            </select>
        </>
    }
}
