//! `NiceStepSelect`: the nice-price step the best offer is rounded up to.

use best_offer_domain::pricing::deal::NICE_STEPS;
use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::view::Figures;

/// Properties of [`NiceStepSelect`].
#[derive(Properties, PartialEq)]
pub struct NiceStepSelectProps {
    /// DOM id.
    pub id: AttrValue,
    /// The chosen step (`None`: no rounding).
    pub value: Option<Decimal>,
    /// How amounts are written.
    pub figures: Figures,
    /// Called with the step picked.
    pub on_change: Callback<Option<Decimal>>,
}

/// A labelled picker of rounding steps.
#[component]
pub fn NiceStepSelect(props: &NiceStepSelectProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        select
            .value()
            .parse::<u32>()
            .ok()
            .filter(|s| *s > 0)
            .map(Decimal::from)
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ "Round the best offer up to" }</label>
            <select id={props.id.clone()} {onchange}>
                <option value="0" selected={props.value.is_none()}>{ "No rounding" }</option>
                { for NICE_STEPS.iter().map(|step| {
                    let value = Decimal::from(*step);
                    html! {
                        <option value={step.to_string()} selected={props.value == Some(value)}>
                            { format!("a multiple of {}", props.figures.money(value)) }
                        </option>
                    }
                }) }
            </select>
        </div>
    }
}
