//! `ItemPicker`: a line's name field that offers matching catalogue items while the
//! rep types — an ARIA 1.2 combobox: type, ↓/↑ to move through the suggestions,
//! Enter to pick (the first suggestion, when none is highlighted), Escape to close;
//! a click picks too. A picked line's quantity then takes the cursor, selected.
//!
//! Picking copies the item into the line (`Edit::FromItem`): name, description,
//! kind, prices and cost; the quantity stays. The name typed so far is never lost:
//! until an item is picked, the field is the line's name like any other.

use std::rc::Rc;

use best_offer_domain::desk::Desk;
use best_offer_domain::desk::catalogue::{CatalogueItem, search};
use best_offer_domain::library::edit::{Edit, LineEdit};
use best_offer_domain::money::format::{format_money, format_percent};
use best_offer_domain::pricing::deal::{LineId, LineKind};
use best_offer_domain::{Currency, NumberFormat};
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::state::{Action, Dispatch};

/// Most suggestions shown at once.
const SUGGESTIONS: usize = 8;

/// The desk as a prop: equal when it is the same desk (an `Rc` compared by
/// pointer), so a row is not compared item by item on every render.
#[derive(Clone)]
pub struct DeskRef(pub Rc<Desk>);

impl PartialEq for DeskRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Properties of [`ItemPicker`].
#[derive(Properties, PartialEq)]
pub struct ItemPickerProps {
    /// The line.
    pub line: LineId,
    /// Its name as typed.
    pub value: AttrValue,
    /// Accessible name, e.g. `Name, line 2`.
    pub label: AttrValue,
    /// The desk, whose catalogue is searched.
    pub desk: DeskRef,
    /// The proposal's currency (items priced in another are not offered).
    pub currency: Currency,
    /// Number format for the suggestions' prices.
    pub format: NumberFormat,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
}

/// How a suggestion reads: name, kind and price in the catalogue's currency.
fn describe(item: &CatalogueItem, currency: Currency, format: NumberFormat) -> String {
    let price = if item.terms.kind == LineKind::Maintenance {
        format!(
            "{} a year",
            format_percent(item.terms.maintenance_rate, 2, format)
        )
    } else {
        format_money(item.terms.unit_list_price, currency, format)
    };
    format!(
        "{} · {}",
        crate::messages::labels::line_kind(item.terms.kind),
        price
    )
}

/// The line's name field with catalogue suggestions.
#[component]
pub fn ItemPicker(props: &ItemPickerProps) -> Html {
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let desk = &props.desk.0;
    let id = format!("line-{}-name", props.line.0);
    let list_id = format!("line-{}-suggestions", props.line.0);
    let same_currency = desk.profile.currency == props.currency;
    // Items whose figures hold text that does not read are not offered.
    let matches: Vec<&CatalogueItem> = if *open && !desk.catalogue.is_empty() {
        search(&desk.catalogue, &props.value, usize::MAX)
            .into_iter()
            .filter_map(|index| desk.catalogue.get(index))
            .filter(|item| !desk.item_is_unreadable(&item.id))
            .take(SUGGESTIONS)
            .collect()
    } else {
        Vec::new()
    };
    let expanded = *open && !matches.is_empty();
    let line = props.line;
    let pick = {
        let dispatch = props.dispatch.clone();
        let open = open.clone();
        let active = active.clone();
        move |item: &CatalogueItem| {
            dispatch.dispatch(Action::Edit(Edit::FromItem(
                line,
                Box::new(item.template()),
            )));
            open.set(false);
            active.set(None);
        }
    };
    let oninput = {
        let dispatch = props.dispatch.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(Action::Edit(Edit::Line(
                line,
                LineEdit::Name(input.value()),
            )));
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let open = open.clone();
        let active = active.clone();
        let picked: Vec<CatalogueItem> = if same_currency {
            matches.iter().map(|item| (*item).clone()).collect()
        } else {
            Vec::new()
        };
        let pick = pick.clone();
        Callback::from(move |event: KeyboardEvent| {
            let count = picked.len();
            match event.key().as_str() {
                "ArrowDown" | "ArrowUp" => {
                    event.prevent_default();
                    if !*open {
                        open.set(true);
                    }
                    if count > 0 {
                        let down = event.key() == "ArrowDown";
                        let last = count.saturating_sub(1);
                        active.set(Some(match (*active, down) {
                            (None, true) => 0,
                            (None, false) => last,
                            (Some(i), true) => {
                                if i >= last {
                                    0
                                } else {
                                    i.saturating_add(1)
                                }
                            }
                            (Some(i), false) => {
                                if i == 0 {
                                    last
                                } else {
                                    i.saturating_sub(1)
                                }
                            }
                        }));
                    }
                }
                "Enter" => {
                    // With the suggestions open, Enter picks the highlighted one, or
                    // the first: a typed name and Enter fill the line.
                    let choice = if *open {
                        (*active).or(Some(0))
                    } else {
                        *active
                    };
                    if let Some(item) = choice.and_then(|i| picked.get(i)) {
                        event.prevent_default();
                        pick(item);
                    }
                }
                "Escape" if *open => {
                    event.prevent_default();
                    open.set(false);
                    active.set(None);
                }
                _ => {}
            }
        })
    };
    let onblur = {
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |_: FocusEvent| {
            open.set(false);
            active.set(None);
        })
    };
    let option_id = |i: usize| format!("line-{}-option-{i}", line.0);
    let active_id = (*active)
        .filter(|i| *i < matches.len() && same_currency)
        .map(option_id);
    html! {
        <div class="item-picker">
            <label for={id.clone()} class="visually-hidden">{ props.label.clone() }</label>
            <input id={id} type="text" autocomplete="off" maxlength="200" placeholder="What you sell"
                role="combobox" aria-autocomplete="list" aria-controls={list_id.clone()}
                aria-expanded={if expanded { "true" } else { "false" }}
                aria-activedescendant={active_id.clone()}
                value={props.value.clone()} {oninput} {onkeydown} {onblur} />
            <ul id={list_id} role="listbox" class={classes!("suggestions", (!expanded).then_some("hidden"))}
                aria-label="Catalogue items">
                if expanded && !same_currency {
                    <li role="option" aria-disabled="true" aria-selected="false" class="suggestion-note">
                        { format!("The catalogue is priced in {}; this proposal is in {}.", desk.profile.currency.code(), props.currency.code()) }
                    </li>
                }
                if expanded && same_currency {
                    { for matches.iter().enumerate().map(|(i, item)| {
                        let selected = *active == Some(i);
                        let onmousedown = {
                            let pick = pick.clone();
                            let item = (*item).clone();
                            // Picked on mouse down, before the field loses the focus.
                            Callback::from(move |event: MouseEvent| {
                                event.prevent_default();
                                pick(&item);
                            })
                        };
                        html! {
                            <li id={option_id(i)} role="option" aria-selected={if selected { "true" } else { "false" }}
                                class={classes!("suggestion", selected.then_some("active"))} {onmousedown}>
                                <span class="suggestion-name">{ item.terms.name.clone() }</span>
                                <span class="suggestion-detail">{ describe(item, desk.profile.currency, props.format) }</span>
                            </li>
                        }
                    }) }
                }
            </ul>
        </div>
    }
}
