//! `ProposalRow`: one kept proposal in the proposal list — customer, deal name (renamed
//! in place), best offer (or why there is none), last change, status, and its actions.
//!
//! A leaf component: it takes the proposal, its best-offer figure and the stable
//! dispatcher as props, so each action is one callback here instead of a copied block
//! per action in the list.

use best_offer_domain::library::ProposalSummary;
use std::rc::Rc;

use best_offer_domain::PricingError;
use best_offer_domain::desk::Desk;
use best_offer_domain::library::file::{Status, StoredProposal};
use best_offer_domain::library::{label_of, single_proposal_file};
use best_offer_domain::money::format::format_money;
use best_offer_domain::outcome::follow_up::last_outcome;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::controls::stale_note::OUT_OF_DATE;
use crate::components::controls::text_field::TextField;
use crate::messages::outcomes::outcome_short;
use crate::platform;
use crate::route::Route;
use crate::router::{follow_link, use_navigate};
use crate::state::{Action, Dispatch};

/// Properties of [`ProposalRow`].
#[derive(Properties, PartialEq)]
pub struct ProposalRowProps {
    /// The proposal.
    pub stored: Rc<StoredProposal>,
    /// Whether it is the proposal open in the workspace.
    pub is_current: bool,
    /// Its figures: what the offer states, the best offer, whether out of date.
    pub summary: Rc<ProposalSummary>,
    /// The desk (its logos go with an exported proposal).
    pub desk: Rc<Desk>,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
}

/// One row of the proposal list.
#[component]
pub fn ProposalRow(props: &ProposalRowProps) -> Html {
    let stored = &props.stored;
    let id = stored.id.clone();
    let label = label_of(stored);
    // One callback per action, each dispatching with this row's id.
    let act = |make: fn(String) -> Action| {
        let dispatch = props.dispatch.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(make(id.clone())))
    };
    // Opening is going to the proposal's address: the shell opens what the address
    // names (route::reconcile), so back returns to the list.
    let workspace = Route::Workspace { id: id.clone() };
    let href = workspace.href();
    let open = follow_link(&use_navigate(), workspace);
    let export_one = {
        let stored = Rc::clone(stored);
        let desk = Rc::clone(&props.desk);
        Callback::from(move |_: MouseEvent| {
            let name = format!("{} {}", stored.proposal.customer, stored.proposal.deal_name);
            crate::export::export(&single_proposal_file(&stored, &desk), &name);
        })
    };
    let rename = {
        let dispatch = props.dispatch.clone();
        let id = id.clone();
        Callback::from(move |name: String| dispatch.dispatch(Action::Rename(id.clone(), name)))
    };
    let proposal = &stored.proposal;
    let money =
        |total: Decimal| format_money(total, proposal.deal.currency, proposal.number_format);
    let summary = &props.summary;
    let stale_tag =
        html! { if summary.stale { <span class="stale-tag">{ " out of date" }</span> } };
    // The price the written offer states, and the best offer beside it when the
    // offer uses another column.
    let best = match (summary.offered, &summary.best) {
        (Some(offered), best) => html! {
            <>
                <span class={classes!(summary.stale.then_some(OUT_OF_DATE))}>{ money(offered) }</span>
                { stale_tag }
                if let Some(best) = best.as_ref().ok().filter(|best| **best != offered) {
                    <span class="list-best-beside muted" data-figure="list-best-beside">{ format!(" (best offer {})", money(*best)) }</span>
                }
            </>
        },
        (None, Err(PricingError::FloorNotSet)) => {
            html! { <span class="muted">{ "floor not set" }</span> }
        }
        (None, _) => html! { "—" },
    };
    let customer = if proposal.customer.is_empty() {
        "(no customer yet)".to_string()
    } else {
        proposal.customer.clone()
    };
    let status = crate::messages::labels::status(stored.status);
    html! {
        <tr data-proposal={id.clone()} class={classes!(props.is_current.then_some("current"))}>
            <td class="proposal-customer">{ customer }</td>
            <td>
                <TextField id={format!("rename-{id}")} label={format!("Deal name of {label}")} hide_label=true
                    value={AttrValue::from(proposal.deal_name.clone())} placeholder="Deal name" on_change={rename} />
            </td>
            <td class="num" data-figure="list-best" data-label="Offer">{ best }</td>
            <td data-label="Last changed">{ platform::format_moment(stored.updated_ms) }</td>
            <td data-label="Status"><span class={classes!("status", format!("status-{}", stored.status.id()))}>{ status }</span>
                if props.is_current { <span class="muted">{ " · open" }</span> }
                if let Some(outcome) = last_outcome(stored).filter(|_| matches!(stored.status, Status::Won | Status::Lost)) {
                    <span class="outcome-detail muted">{ outcome_short(outcome) }</span>
                }</td>
            <td class="row-actions">
                <a class="button secondary" href={href} aria-label={format!("Open {label}")} onclick={open}>{ "Open" }</a>
                <button type="button" class="icon-button" aria-label={format!("Copy {label}")} onclick={act(Action::Duplicate)}>{ "Copy" }</button>
                <button type="button" class="icon-button" aria-label={format!("Export {label}")} onclick={export_one}>{ "Export" }</button>
                <button type="button" class="icon-button danger" aria-label={format!("Delete {label}")} onclick={act(Action::Delete)}>{ "Delete" }</button>
            </td>
        </tr>
    }
}
