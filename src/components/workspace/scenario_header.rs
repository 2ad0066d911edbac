//! `ScenarioHeader`: the head of one scenario column — its name, its lever and the
//! lever's value, and a remove button.

use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::{Edit, LeverKind, ScenarioEdit};
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::pricing::deal::Scenario;

use crate::messages::labels::lever_name;
use best_offer_domain::{Currency, NumberFormat};
use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::text_field::TextField;
use crate::context::{draft_callback, edit_callback};
use crate::state::Dispatch;

/// Properties of [`ScenarioHeader`].
#[derive(Properties, PartialEq)]
pub struct ScenarioHeaderProps {
    /// The scenario.
    pub scenario: Scenario,
    /// Its 1-based column number.
    pub number: usize,
    /// The deal's currency.
    pub currency: Currency,
    /// The number format.
    pub format: NumberFormat,
    /// Whether the remove button is offered.
    pub can_remove: bool,
    /// A problem to show instead of figures (e.g. an unreachable target).
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    /// Whether the scenario is below the floor.
    #[prop_or_default]
    pub below_floor: bool,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
}

/// The editable head of a scenario column.
#[component]
pub fn ScenarioHeader(props: &ScenarioHeaderProps) -> Html {
    let scenario = &props.scenario;
    let id = scenario.id;
    let dispatch = &props.dispatch;
    let field = |what: &str| format!("scenario-{}-{what}", id.0);
    let kind = LeverKind::of(scenario.lever);
    let on_kind = edit_callback(dispatch, move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let kind = LeverKind::from_id(&select.value()).unwrap_or(LeverKind::Discount);
        Edit::Scenario(id, ScenarioEdit::LeverKind(kind))
    });
    let (value, value_kind) = NumberKind::of_lever(scenario.lever, props.currency);
    let name = crate::messages::labels::scenario_title(scenario, props.currency, props.format);
    html! {
        <div class="scenario-header">
            // The name field does not print; the column keeps its name on paper.
            <p class="print-only scenario-title">{ name.clone() }</p>
            <TextField id={field("name")} label={format!("Name of scenario {}", props.number)} hide_label=true
                value={AttrValue::from(scenario.name.clone())} max_length={60}
                placeholder={AttrValue::from(lever_name(scenario.lever, props.currency, props.format))}
                on_change={edit_callback(dispatch, move |text: String| Edit::Scenario(id, ScenarioEdit::Name(text)))} />
            <label for={field("lever")} class="visually-hidden">{ format!("What sets {name}: a discount, a price or a margin") }</label>
            <select id={field("lever")} onchange={on_kind}>
                { for LeverKind::ALL.into_iter().map(|k| html! {
                    <option value={k.id()} selected={k == kind}>{ crate::messages::labels::lever_kind(k) }</option>
                }) }
            </select>
            <NumberField field={DraftKey::from(FieldKey::ScenarioValue(id))} label={format!("{} of {name}", crate::messages::labels::lever_kind(kind))} hide_label=true
                kind={value_kind} format={props.format} value={Some(value)}
                on_value={edit_callback(dispatch, move |v: Option<Decimal>| Edit::Scenario(id, ScenarioEdit::LeverValue(v.unwrap_or_default())))}
                on_draft={draft_callback(dispatch)} />
            if props.below_floor {
                <p class="badge badge-danger">{ "✕ Below floor" }</p>
            }
            if let Some(problem) = props.problem.clone() {
                <p class="column-problem" role="status">{ problem }</p>
            }
            if props.can_remove {
                <button type="button" class="link-button danger" aria-label={format!("Remove {name}")}
                    onclick={edit_callback(dispatch, move |_: MouseEvent| Edit::RemoveScenario(id))}>{ "Remove" }</button>
            }
        </div>
    }
}
