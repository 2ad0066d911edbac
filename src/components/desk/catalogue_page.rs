//! `CataloguePage`: the rep's products — searched, added, edited, copied and
//! deleted (with undo). Lines are copied from it in the workspace.

use best_offer_domain::desk::catalogue::search;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::desk::catalogue_item_row::CatalogueItemRow;
use crate::components::desk::price_list_import::PriceListImport;
use crate::context::use_app;
use crate::state::Action;

/// Most items listed at once; a search narrows the rest (a price list of
/// thousands of items would otherwise render thousands of fields).
const SHOWN: usize = 100;

/// The catalogue view.
#[component]
pub fn CataloguePage() -> Html {
    let app = use_app();
    let query = use_state(String::new);
    let state = app.state();
    let desk = &state.library.desk;
    let profile = &desk.profile;
    let catalogue = &desk.catalogue;
    let found = search(catalogue, &query, SHOWN);
    let matching = if query.trim().is_empty() {
        catalogue.len()
    } else {
        search(catalogue, &query, usize::MAX).len()
    };
    let on_search = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            query.set(input.value());
        })
    };
    // A new item goes to the top of the list; the search is cleared so it shows.
    let add = {
        let query = query.clone();
        let dispatch = app.dispatcher();
        Callback::from(move |_: MouseEvent| {
            query.set(String::new());
            dispatch.dispatch(Action::AddItem);
        })
    };
    let count = match (catalogue.len(), matching) {
        (0, _) => "No items yet.".to_string(),
        (all, found) if found == all => format!("{all} item{}.", if all == 1 { "" } else { "s" }),
        (all, found) => format!("{found} of {all} items match."),
    };
    let more = (matching > found.len()).then(|| {
        format!(
            "Showing the first {} of {matching}; type in the search to narrow them.",
            found.len()
        )
    });
    html! {
        <main class="catalogue-page" id="catalogue" data-ready="true">
            <h2>{ "Catalogue" }</h2>
            <p class="hint">{ format!(
                "Your products and services, priced in {} (the currency of your details). A line copied from an item keeps its own figures: changing an item here never changes a proposal.",
                profile.currency.code()
            ) }</p>
            <div class="catalogue-tools">
                <div class="field">
                    <label for="catalogue-search">{ "Search the catalogue" }</label>
                    <input id="catalogue-search" type="search" autocomplete="off" value={(*query).clone()}
                        placeholder="Name or description" oninput={on_search} />
                </div>
                <button type="button" class="button" id="add-item" onclick={add}>{ "+ Add item" }</button>
            </div>
            <PriceListImport />
            <p class="muted" id="catalogue-count" aria-live="polite">{ count }</p>
            if let Some(removed) = state.removed_item.clone() {
                <p class="notice undo-remove" role="status">
                    { format!("Deleted “{}”. ", removed.1.terms.name.trim()) }
                    <button type="button" class="link-button" id="undo-remove-item"
                        onclick={app.action_with(|_: MouseEvent| Action::UndoRemoveItem)}>{ "Undo" }</button>
                </p>
            }
            <ul class="catalogue-list">
                if !found.is_empty() {
                    // Column titles for the eye; each field has its own accessible name.
                    <li class="catalogue-head" aria-hidden="true">
                        <span>{ "Item" }</span><span>{ "Kind" }</span><span>{ "Unit list price" }</span>
                        <span>{ "Cost" }</span><span>{ "Max. discount" }</span><span>{ "Discountable" }</span><span />
                    </li>
                }
                { for found.iter().filter_map(|index| catalogue.get(*index)).map(|item| html! {
                    <CatalogueItemRow key={item.id.0.clone()} item={item.clone()} currency={profile.currency}
                        format={profile.number_format} dispatch={app.dispatcher()} />
                }) }
            </ul>
            if let Some(more) = more {
                <p class="muted">{ more }</p>
            }
        </main>
    }
}
