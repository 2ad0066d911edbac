//! `LineTable`: the deal's lines as an editable table.

use best_offer_domain::library::draft::FocusTarget;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::money::format::format_money;
use yew::prelude::*;

use std::rc::Rc;

use crate::components::controls::item_picker::DeskRef;
use crate::components::controls::undo_remove::UndoRemove;
use crate::components::workspace::line_row::LineRow;
use crate::context::use_app;
use crate::route::Route;
use crate::router::{Move, use_navigate};
use crate::state::Action;
use crate::state::RemovedKind;

/// The lines of the deal, with add, remove, duplicate and reorder.
#[component]
pub fn LineTable() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let deal = &proposal.deal;
    let dispatch = app.dispatcher();
    let count = deal.lines.len();
    let desk = DeskRef(Rc::clone(&app.state().library.desk));
    let add = app.edit_with(|_: MouseEvent| Edit::AddLine);
    let drafts = app.state().drafts();
    // On to the written offer, with the cursor on Print.
    let to_offer = {
        let navigate = use_navigate();
        let app = app.clone();
        let id = app.state().library.record.id.clone();
        Callback::from(move |_: MouseEvent| {
            navigate.emit((Route::Offer { id: id.clone() }, Move::Push));
            app.dispatch(Action::Focus(FocusTarget::PrintOffer));
        })
    };
    // Each line's net amount over the term in the figures the written offer uses:
    // none while a typed figure does not read (it would not be what was meant), and
    // with options, each prices the lines its own way (see their cards).
    let nets: Vec<Option<AttrValue>> = match app.state().chosen_evaluation() {
        _ if proposal.has_options() => deal
            .lines
            .iter()
            .map(|_| Some(AttrValue::from("per option")))
            .collect(),
        Some(evaluation) if !app.state().is_stale() => evaluation
            .lines
            .iter()
            .map(|figures| {
                Some(AttrValue::from(format_money(
                    figures.net_term,
                    deal.currency,
                    proposal.number_format,
                )))
            })
            .collect(),
        _ => Vec::new(),
    };
    html! {
        <section class="panel lines" aria-labelledby="lines-heading">
            <h2 id="lines-heading">{ "What you sell" }</h2>
            <p class="hint">{ "Per line: list price, and unit cost or margin at list. A margin becomes a fixed cost: it does not fall when you discount." }</p>
            // On phones the rows are cards (styles/desk.css, "Phone") and nothing scrolls.
            <div class="table-scroll" tabindex="0" role="region" aria-label="Lines">
                <table class="line-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            <th scope="col">{ "Item" }</th>
                            <th scope="col">{ "Kind" }</th>
                            <th scope="col">{ "Qty" }</th>
                            <th scope="col">{ "Unit list price" }</th>
                            <th scope="col">{ "Cost or margin" }</th>
                            <th scope="col">{ "Discountable" }</th>
                            <th scope="col">{ "Max discount" }</th>
                            <th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        { for deal.lines.iter().enumerate().map(|(index, line)| html! {
                            <LineRow key={line.id.0} line={line.clone()} {index} {count}
                                net={nets.get(index).cloned().flatten()}
                                currency={deal.currency} format={proposal.number_format}
                                desk={desk.clone()} dispatch={dispatch.clone()}
                                folded_draft={drafts.contains_key(&FieldKey::LineMaxDiscount(line.id))} />
                        }) }
                    </tbody>
                </table>
            </div>
            <UndoRemove kind={RemovedKind::Line} />
            <div class="button-row">
                <button type="button" class="button" onclick={add}>{ "+ Add line" }</button>
                <button type="button" class="button secondary" id="to-offer" onclick={to_offer}>{ "Written offer →" }</button>
            </div>
        </section>
    }
}
