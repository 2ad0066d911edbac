//! `LineOverrides`: per-line discounts per scenario, outside the scenario's lever.
//! Opened behind "Set per-line discounts…", so it is built on demand
//! ([`crate::split::views::LINE_OVERRIDES`]).

use best_offer_domain::Percent;
use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::{Edit, ScenarioEdit};
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::money::parse::PercentRule;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::context::{draft_callback, use_app};

/// Per-line discounts per scenario: a line with its own discount ignores the lever.
#[component]
pub fn LineOverrides() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let deal = &proposal.deal;
    let format = proposal.number_format;
    let on_draft = draft_callback(&app.dispatcher());
    html! {
        <div id="line-overrides" class="table-scroll" tabindex="0" role="region" aria-label="Per-line discounts">
            <p class="hint">{ "Leave empty to follow the scenario's discount, price or margin. A line's own maximum discount still applies." }</p>
            <table class="override-table">
                <thead>
                    <tr>
                        <th scope="col">{ "Line" }</th>
                        { for proposal.scenarios.iter().map(|s| html! { <th scope="col" key={s.id.0}>{ crate::messages::labels::scenario_title(s, deal.currency, format) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for deal.lines.iter().enumerate().map(|(i, line)| {
                        let line_name = if line.terms.name.is_empty() { format!("Line {}", i.saturating_add(1)) } else { line.terms.name.clone() };
                        html! {
                            <tr key={line.id.0}>
                                <th scope="row" class="override-line">{ line_name.clone() }</th>
                                { for proposal.scenarios.iter().map(|s| {
                                    let (scenario, line_id) = (s.id, line.id);
                                    let current = s.overrides.iter().find(|o| o.line == line_id).map(|o| o.discount.points());
                                    html! {
                                        <td key={s.id.0} data-label={crate::messages::labels::scenario_title(s, deal.currency, format)}>
                                            <NumberField field={DraftKey::from(FieldKey::Override(scenario, line_id))}
                                                label={format!("Discount on {line_name} in {}", crate::messages::labels::scenario_title(s, deal.currency, format))} hide_label=true
                                                kind={NumberKind::Percent(PercentRule::DISCOUNT)} {format} value={current}
                                                optional=true placeholder="column's"
                                                on_value={app.edit_with(move |v: Option<Decimal>| Edit::Scenario(scenario, ScenarioEdit::Override(line_id, v.map(Percent::new))))}
                                                on_draft={on_draft.clone()} />
                                        </td>
                                    }
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
