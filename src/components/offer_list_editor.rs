//! `OfferListEditor`: one of the offer's lists (included, not included,
//! assumptions), edited line by line.

use best_offer_domain::edit::{Edit, OfferEdit};
use best_offer_domain::offer_details::OfferList;
use yew::prelude::*;

use crate::components::text_field::TextField;
use crate::context::edit_callback;
use crate::state::Dispatch;

/// Properties of [`OfferListEditor`].
#[derive(Properties, PartialEq)]
pub struct OfferListEditorProps {
    /// Which list.
    pub kind: OfferList,
    /// Its heading, e.g. "Included".
    pub title: AttrValue,
    /// A short hint under the heading.
    pub hint: AttrValue,
    /// Stable prefix for ids, e.g. "included".
    pub id: AttrValue,
    /// The items.
    pub items: Vec<String>,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
}

/// A list edited one item per line.
#[component]
pub fn OfferListEditor(props: &OfferListEditorProps) -> Html {
    let kind = props.kind;
    let dispatch = &props.dispatch;
    let add = edit_callback(dispatch, move |_: MouseEvent| {
        Edit::Offer(OfferEdit::AddListItem(kind))
    });
    html! {
        <fieldset class="offer-list-editor">
            <legend>{ props.title.clone() }</legend>
            <p class="hint">{ props.hint.clone() }</p>
            <ol class="list-items">
                { for props.items.iter().enumerate().map(|(index, item)| {
                    let n = index.saturating_add(1);
                    html! {
                        <li key={index}>
                            <TextField id={format!("{}-{n}", props.id)} label={format!("{} item {n}", props.title)} hide_label=true
                                value={AttrValue::from(item.clone())} max_length={300}
                                on_change={edit_callback(dispatch, move |text: String| Edit::Offer(OfferEdit::ListItem(kind, index, text)))} />
                            <button type="button" class="icon-button danger" aria-label={format!("Remove {} item {n}", props.title)}
                                onclick={edit_callback(dispatch, move |_: MouseEvent| Edit::Offer(OfferEdit::RemoveListItem(kind, index)))}>{ "✕" }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button secondary" onclick={add}>{ format!("+ Add to {}", props.title.to_ascii_lowercase()) }</button>
        </fieldset>
    }
}
