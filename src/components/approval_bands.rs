//! `ApprovalBands`: who approves which discount (up to 10 %: rep; up to 20 %:
//! manager; above: director).

use best_offer_domain::Percent;
use best_offer_domain::edit::Edit;
use best_offer_domain::parse::PercentRule;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::number_field::{NumberField, NumberKind};
use crate::components::text_field::TextField;
use crate::context::{draft_callback, use_app};

/// The editable approval bands.
#[component]
pub fn ApprovalBands() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let approval = &proposal.deal.approval;
    let format = proposal.number_format;
    let on_draft = draft_callback(&app.dispatcher());
    html! {
        <fieldset class="approval-bands">
            <legend>{ "Approval bands" }</legend>
            <ul class="band-list">
                { for approval.bands.iter().enumerate().map(|(index, band)| {
                    let n = index.saturating_add(1);
                    html! {
                        <li class="band" key={index}>
                            <NumberField id={format!("band-{n}-limit")} label={format!("Band {n}: discount up to")}
                                kind={NumberKind::Percent(PercentRule::DISCOUNT)} {format} value={Some(band.up_to.points())}
                                on_value={app.edit_with(move |v: Option<Decimal>| Edit::BandLimit(index, Percent::new(v.unwrap_or_default())))}
                                on_draft={on_draft.clone()} />
                            <TextField id={format!("band-{n}-approver")} label={format!("Band {n}: approved by")}
                                value={AttrValue::from(band.approver.clone())}
                                on_change={app.edit_with(move |name: String| Edit::BandApprover(index, name))} />
                            <button type="button" class="icon-button danger" aria-label={format!("Remove band {n}")}
                                onclick={app.edit_with(move |_: MouseEvent| Edit::RemoveBand(index))}>{ "✕" }</button>
                        </li>
                    }
                }) }
            </ul>
            <TextField id="band-above" label="Above every band: approved by" value={AttrValue::from(approval.above.clone())}
                on_change={app.edit_with(Edit::AboveApprover)} />
            <button type="button" class="button secondary" onclick={app.edit_with(|_: MouseEvent| Edit::AddBand)}>{ "+ Add band" }</button>
        </fieldset>
    }
}
