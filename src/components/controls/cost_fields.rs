//! `CostFields`: what a line or a catalogue item costs — a unit cost or a margin at
//! list, with the switch between them (the domain converts the value).

use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::{CostMode, LineEdit};
use best_offer_domain::money::parse::PercentRule;
use best_offer_domain::pricing::deal::CostBasis;
use best_offer_domain::{Currency, NumberFormat, Percent};
use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::controls::number_field::{NumberField, NumberKind};

/// Properties of [`CostFields`].
#[derive(Properties, PartialEq)]
pub struct CostFieldsProps {
    /// Prefix of the cost-mode picker's id (`<prefix>-cost-mode`).
    pub prefix: AttrValue,
    /// What the fields belong to, for their accessible names (e.g. `line 2`).
    pub label: AttrValue,
    /// The cost.
    pub cost: CostBasis,
    /// Currency of a unit cost.
    pub currency: Currency,
    /// Number format.
    pub format: NumberFormat,
    /// Called with each change.
    pub on_edit: Callback<LineEdit>,
    /// The unit cost's field.
    pub cost_field: DraftKey,
    /// The margin's field.
    pub margin_field: DraftKey,
    /// Called with a field's text while it does not read.
    pub on_draft: Callback<(DraftKey, Option<String>)>,
}

/// The cost-mode picker and the cost or margin field.
#[component]
pub fn CostFields(props: &CostFieldsProps) -> Html {
    let (prefix, label, format) = (&props.prefix, &props.label, props.format);
    let on_mode = props.on_edit.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        LineEdit::CostMode(if select.value() == "margin" {
            CostMode::MarginAtList
        } else {
            CostMode::UnitCost
        })
    });
    let (mode, field) = match props.cost {
        CostBasis::UnitCost(cost) => (
            "cost",
            html! {
                <NumberField key="cost" field={props.cost_field.clone()} label={format!("Unit cost, {label}")} hide_label=true
                    kind={NumberKind::Money(props.currency)} {format} value={Some(cost)} blank_zero=true placeholder="0"
                    on_value={props.on_edit.reform(|v: Option<Decimal>| LineEdit::UnitCost(v.unwrap_or_default()))}
                    on_draft={props.on_draft.clone()} />
            },
        ),
        CostBasis::MarginAtList(margin) => (
            "margin",
            html! {
                <NumberField key="margin" field={props.margin_field.clone()} label={format!("Margin at list, {label}")} hide_label=true
                    kind={NumberKind::Percent(PercentRule::MARGIN)} {format} value={Some(margin.points())}
                    on_value={props.on_edit.reform(|v: Option<Decimal>| LineEdit::MarginAtList(Percent::new(v.unwrap_or_default())))}
                    on_draft={props.on_draft.clone()} />
            },
        ),
    };
    html! {
        <>
            <label for={format!("{prefix}-cost-mode")} class="visually-hidden">{ format!("Cost entered as, {label}") }</label>
            <select id={format!("{prefix}-cost-mode")} onchange={on_mode}>
                <option value="cost" selected={mode == "cost"}>{ "Unit cost" }</option>
                <option value="margin" selected={mode == "margin"}>{ "Margin at list" }</option>
            </select>
            { field }
        </>
    }
}
