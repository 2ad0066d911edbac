//! `OfferListEditor`: one of the offer's lists (included, not included,
//! assumptions), edited line by line — on a proposal's offer, or the profile's
//! usual lists.

use best_offer_domain::offer::details::ListEdit;
use yew::prelude::*;

use crate::components::controls::text_field::TextField;

/// Properties of [`OfferListEditor`].
#[derive(Properties, PartialEq)]
pub struct OfferListEditorProps {
    /// Its heading, e.g. "Included".
    pub title: AttrValue,
    /// A short hint under the heading.
    pub hint: AttrValue,
    /// Stable prefix for ids, e.g. "included".
    pub id: AttrValue,
    /// The items.
    pub items: Vec<String>,
    /// Called with each change.
    pub on_edit: Callback<ListEdit>,
}

/// A list edited one item per line.
#[component]
pub fn OfferListEditor(props: &OfferListEditorProps) -> Html {
    let on_edit = &props.on_edit;
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
                                on_change={on_edit.reform(move |text: String| ListEdit::Item(index, text))} />
                            <button type="button" class="icon-button danger" aria-label={format!("Remove {} item {n}", props.title)}
                                onclick={on_edit.reform(move |_: MouseEvent| ListEdit::Remove(index))}>{ "✕" }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button secondary" onclick={on_edit.reform(|_: MouseEvent| ListEdit::Add)}>{ format!("+ Add to {}", props.title.to_ascii_lowercase()) }</button>
        </fieldset>
    }
}
