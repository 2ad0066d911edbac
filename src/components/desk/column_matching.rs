//! `ColumnMatching`: a price list whose headers do not say which column is which
//! ("Artikeltext", "VK netto") is shown header by header, each with a choice of
//! column (the first guess from its name) and the first rows under it, instead of a
//! refusal. Each choice reads the list again.

use std::rc::Rc;

use best_offer_domain::desk::price_list::Column;
use best_offer_domain::desk::price_list::matching::ColumnGuess;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`ColumnMatching`].
#[derive(Properties, PartialEq)]
pub struct ColumnMatchingProps {
    /// The file's headers, the guess and its first rows.
    pub guess: Rc<ColumnGuess>,
    /// The columns chosen so far, header by header.
    pub chosen: Rc<Vec<Option<Column>>>,
    /// Called with the columns after each choice.
    pub on_change: Callback<Vec<Option<Column>>>,
    /// Why the list still does not read with these columns, if it does not.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
}

/// What the rep calls a column.
const fn column_label(column: Column) -> &'static str {
    match column {
        Column::Name => "Name",
        Column::Description => "Description",
        Column::Kind => "Kind",
        Column::ListPrice => "List price",
        Column::Cost => "Cost",
        Column::Margin => "Margin",
        Column::Discountable => "Discountable",
        Column::MaxDiscount => "Max discount",
        Column::MaintenanceRate => "Maintenance rate",
    }
}

/// The headers, a choice of column under each, and the first rows.
#[component]
pub fn ColumnMatching(props: &ColumnMatchingProps) -> Html {
    let guess = &props.guess;
    html! {
        <section class="column-matching" aria-labelledby="column-matching-heading">
            <h4 id="column-matching-heading">{ "Which column is which?" }</h4>
            <p class="hint">{ "The headers of this file do not all say what they hold. Choose a column for each (name, list price, and cost or margin are needed); the first rows are shown under them." }</p>
            if let Some(problem) = props.problem.clone() {
                <p class="field-error" role="alert" id="column-matching-problem">{ problem }</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-label="The file's columns">
                <table class="column-matching-table">
                    <thead>
                        <tr>{ for guess.headers.iter().map(|header| html! { <th scope="col">{ header.clone() }</th> }) }</tr>
                    </thead>
                    <tbody>
                        <tr class="column-choices">
                            { for guess.headers.iter().enumerate().map(|(at, header)| {
                                let chosen = Rc::clone(&props.chosen);
                                let on_change = props.on_change.clone();
                                let onchange = Callback::from(move |event: Event| {
                                    let select: HtmlSelectElement = event.target_unchecked_into();
                                    let column = select
                                        .value()
                                        .parse::<usize>()
                                        .ok()
                                        .and_then(|index| Column::ALL.get(index).copied());
                                    let mut columns = (*chosen).clone();
                                    columns.resize(columns.len().max(at.saturating_add(1)), None);
                                    if let Some(slot) = columns.get_mut(at) {
                                        *slot = column;
                                    }
                                    on_change.emit(columns);
                                });
                                let current = props.chosen.get(at).copied().flatten();
                                let id = format!("price-list-column-{at}");
                                html! {
                                    <td>
                                        <label for={id.clone()} class="visually-hidden">{ format!("Column “{header}” holds") }</label>
                                        <select {id} {onchange}>
                                            <option value="" selected={current.is_none()}>{ "(leave out)" }</option>
                                            { for Column::ALL.into_iter().enumerate().map(|(index, column)| html! {
                                                <option value={index.to_string()} selected={current == Some(column)}>{ column_label(column) }</option>
                                            }) }
                                        </select>
                                    </td>
                                }
                            }) }
                        </tr>
                        { for guess.sample.iter().map(|row| html! {
                            <tr class="sample-row">
                                { for guess.headers.iter().enumerate().map(|(at, _)| html! {
                                    <td>{ row.get(at).cloned().unwrap_or_default() }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
