//! `CatalogueLink`: a line's tie to the catalogue item it was copied from. When the
//! item has changed since, "Update from catalogue" shows every change old → new
//! and asks before touching the line. ("Save to catalogue" sits with the row's
//! actions, so it is not a stop on the way through a line's fields.)

use best_offer_domain::desk::catalogue::CatalogueItem;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::pricing::deal::Line;
use best_offer_domain::{Currency, NumberFormat};
use yew::prelude::*;

use crate::messages::labels::term_change;
use crate::state::{Action, Dispatch};
use crate::toggle::{aria_expanded, use_toggle};

/// Properties of [`CatalogueLink`].
#[derive(Properties, PartialEq)]
pub struct CatalogueLinkProps {
    /// The line.
    pub line: Line,
    /// The item it was copied from, if it still exists.
    pub item: Option<CatalogueItem>,
    /// The proposal's currency (for the comparison's figures).
    pub currency: Currency,
    /// Number format.
    pub format: NumberFormat,
    /// Whether the catalogue's currency is the proposal's (an item priced in
    /// another currency is not copied).
    pub same_currency: bool,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
}

/// The line's catalogue update, when there is one to offer.
#[component]
pub fn CatalogueLink(props: &CatalogueLinkProps) -> Html {
    let comparing = use_toggle(false);
    let line = &props.line;
    let id = line.id;
    let differences = props
        .item
        .as_ref()
        .map(|item| {
            item.differences(line)
                .into_iter()
                .map(|field| {
                    term_change(
                        field,
                        &line.terms,
                        &item.terms,
                        props.currency,
                        props.format,
                    )
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let update = props.item.clone().map(|item| {
        let dispatch = props.dispatch.clone();
        let comparing = comparing.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Edit(Edit::FromItem(id, Box::new(item.template()))));
            comparing.set(false);
        })
    });
    let keep = {
        let comparing = comparing.clone();
        Callback::from(move |_: MouseEvent| comparing.set(false))
    };
    let panel_id = format!("line-{}-catalogue-changes", id.0);
    let gone = line.catalogue_item.is_some() && props.item.is_none();
    html! {
        <div class="catalogue-link">
            if !differences.is_empty() && props.same_currency {
                <button type="button" class="link-button" id={format!("line-{}-update-from-item", id.0)}
                    aria-expanded={aria_expanded(comparing.is_open())} aria-controls={panel_id.clone()}
                    onclick={comparing.flip()}>
                    { format!("Update from catalogue ({} change{})", differences.len(), if differences.len() == 1 { "" } else { "s" }) }
                </button>
            }
            if gone {
                <span class="muted">{ "Its catalogue item was deleted." }</span>
            }
            if comparing.is_open() && !differences.is_empty() {
                <div class="catalogue-changes" id={panel_id} role="group" aria-label="Changes from the catalogue">
                    <p>{ "The catalogue item now says:" }</p>
                    <ul>
                        { for differences.iter().map(|(field, old, new)| html! {
                            <li><strong>{ *field }</strong>{ ": " }<span class="old">{ old.clone() }</span>{ " → " }<span class="new">{ new.clone() }</span></li>
                        }) }
                    </ul>
                    <p class="muted">{ "The line's quantity stays." }</p>
                    if let Some(update) = update {
                        <button type="button" class="button" id={format!("line-{}-confirm-update", id.0)} onclick={update}>{ "Update the line" }</button>
                    }
                    <button type="button" class="button secondary" onclick={keep}>{ "Keep the line as it is" }</button>
                </div>
            }
        </div>
    }
}
