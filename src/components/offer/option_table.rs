//! `OptionTable`: the options of a written offer side by side — what each
//! includes, the items the buyer may add with their prices, each option's totals,
//! the recommended one marked. On paper and on the customer's link alike.

use std::rc::Rc;

use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::offer::choice::OptionCell;
use rust_decimal::Decimal;
use yew::prelude::*;

/// Properties of [`OptionTable`].
#[derive(Properties)]
pub struct OptionTableProps {
    /// The offer, with its options.
    pub offer: Rc<CustomerOffer>,
    /// The option the customer's page has chosen (marked), if any.
    #[prop_or_default]
    pub chosen: Option<usize>,
}

impl PartialEq for OptionTableProps {
    /// The same offer is the same `Rc` (see `OfferDocument`).
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.offer, &other.offer) && self.chosen == other.chosen
    }
}

/// The options side by side.
#[component]
pub fn OptionTable(props: &OptionTableProps) -> Html {
    let offer = &props.offer;
    let words = offer.words();
    let recurs = offer.options.iter().any(|o| o.recurs());
    let totals: Vec<_> = offer
        .options
        .iter()
        .map(|o| offer.total_rows_of(&o.printed_totals(), recurs))
        .collect();
    let labels: Vec<(String, bool)> = totals
        .first()
        .map(|rows| rows.iter().map(|r| (r.label.clone(), r.grand)).collect())
        .unwrap_or_default();
    // Each cell is titled with its option's name on a phone's screen, where the
    // rows reflow into blocks (styles/base.css). Classes and titles are worked out
    // once per option: one plain string each keeps the viewer's code small.
    let columns: Vec<(AttrValue, AttrValue)> = offer
        .options
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let mut class = String::from("num");
            if o.recommended {
                class.push_str(" doc-recommended");
            }
            if props.chosen == Some(k) {
                class.push_str(" doc-chosen");
            }
            let title = if o.recommended {
                format!("{} ({})", o.name, words.recommended)
            } else {
                o.name.clone()
            };
            (AttrValue::from(class), AttrValue::from(title))
        })
        .collect();
    let column = |k: usize| columns.get(k).cloned().unwrap_or_default();
    html! {
        <section class="doc-options">
            <h3>{ words.options }</h3>
            <p class="doc-options-intro">{ words.options_intro }</p>
            <table class="doc-option-table">
                <thead>
                    <tr>
                        <th scope="col">{ words.item }</th>
                        { for offer.options.iter().enumerate().map(|(k, option)| html! {
                            <th scope="col" class={column(k).0} data-offer-option={k.to_string()}>
                                <span class="doc-option-name">{ option.name.clone() }</span>
                                if option.recommended {
                                    <span class="doc-recommended-mark">{ words.recommended }</span>
                                }
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for offer.option_rows().into_iter().enumerate().map(|(i, row)| html! {
                        <tr key={i}>
                            <th scope="row">
                                <span class="doc-item">{ row.name.to_string() }</span>
                                if !row.description.is_empty() {
                                    <span class="doc-description">{ row.description.to_string() }</span>
                                }
                            </th>
                            { for row.cells.iter().enumerate().map(|(k, cell)| {
                                let (class, title) = column(k);
                                // What the cell shows (a mark is hidden from screen
                                // readers, which read its words instead).
                                let (shown, said) = match cell {
                                    OptionCell::Included(line) if line.quantity != Decimal::ONE => {
                                        (format!("✓ {} ×", offer.quantity(line.quantity)), words.included)
                                    }
                                    OptionCell::Included(_) => ("✓".to_string(), words.included),
                                    OptionCell::Optional(line) => ((words.optional_item)(&offer.money(line.term_amount)), ""),
                                    OptionCell::Absent => ("—".to_string(), words.not_included),
                                };
                                html! {
                                    <td {class} data-label={title}>
                                        <span aria-hidden={(!said.is_empty()).then_some("true")}>{ shown }</span>
                                        if !said.is_empty() {
                                            <span class="visually-hidden">{ said }</span>
                                        }
                                    </td>
                                }
                            }) }
                        </tr>
                    }) }
                    { for labels.iter().enumerate().map(|(r, (label, grand))| html! {
                        <tr key={format!("t{r}")} class={if *grand { "doc-option-total doc-grand-total" } else { "doc-option-total" }}>
                            <th scope="row">{ label.clone() }</th>
                            { for totals.iter().enumerate().map(|(k, rows)| html! {
                                <td class={column(k).0} data-label={column(k).1} data-offer-option-total={grand.then(|| k.to_string())}>
                                    <span>{ rows.get(r).map(|row| row.amount.clone()).unwrap_or_default() }</span>
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
