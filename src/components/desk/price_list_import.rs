//! `PriceListImport`: bring a price list (CSV) into the catalogue, and take the
//! catalogue out as one. Importing shows a preview first — how many items, how many
//! update items already there, and every row that cannot be read with its reason —
//! and changes nothing until the rep confirms.

use std::rc::Rc;

use best_offer_domain::desk::price_list::matching::{ColumnGuess, guess_columns};
use best_offer_domain::desk::price_list::{
    Column, HeaderFault, PriceListError, PriceListPreview, read_price_list_as, write_price_list,
};
use best_offer_domain::limits::{MAX_CSV_BYTES, MAX_CSV_TEXT};
use best_offer_domain::money::format::{format_money, format_percent};
use best_offer_domain::pricing::deal::CostBasis;
use best_offer_domain::{Currency, NumberFormat};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::messages::Explain;

use crate::components::controls::item_picker::DeskRef;
use crate::components::desk::column_matching::ColumnMatching;
use crate::context::use_app;
use crate::platform;
use crate::state::Action;

/// A file read, waiting for the rep's decision.
#[derive(Clone, PartialEq)]
struct Pending {
    /// The file's name.
    name: String,
    /// Its text.
    text: Rc<String>,
    /// The number format chosen (`None`: detected).
    format: Option<NumberFormat>,
    /// The columns matched by hand, header by header (`None`: by their names).
    columns: Option<Rc<Vec<Option<Column>>>>,
}

/// What reading the pending file gives: the preview or why not, and the headers
/// with their first rows when the columns are (to be) matched by hand.
#[derive(Clone, PartialEq)]
struct Read {
    preview: Result<Rc<PriceListPreview>, PriceListError>,
    guess: Option<Rc<ColumnGuess>>,
}

/// Whether the header row is what keeps the file from reading: its columns can
/// then be matched by hand.
fn header_is_the_problem(error: &PriceListError) -> bool {
    matches!(
        error,
        PriceListError::Header(HeaderFault::Missing { .. } | HeaderFault::Twice(_))
    )
}

/// How many items the preview shows as they will be imported.
const FIRST_ROWS: usize = 5;

/// The first items as they will be imported: name, kind, list price, cost or margin.
fn first_rows(preview: &PriceListPreview, currency: Currency, format: NumberFormat) -> Html {
    if preview.items.is_empty() {
        return html! {};
    }
    let shown = preview.items.len().min(FIRST_ROWS);
    let title = if shown < preview.items.len() {
        format!("The first {shown} items as they will be imported")
    } else {
        "The items as they will be imported".to_string()
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={title.clone()}>
            <table class="price-list-first-rows" id="price-list-first-rows">
                <caption>{ title }</caption>
                <thead><tr>
                    <th scope="col">{ "Name" }</th><th scope="col">{ "Kind" }</th>
                    <th scope="col" class="num">{ "List price" }</th><th scope="col" class="num">{ "Cost or margin" }</th>
                </tr></thead>
                <tbody>
                    { for preview.items.iter().take(FIRST_ROWS).map(|item| {
                        let terms = &item.terms;
                        let cost = match terms.cost {
                            CostBasis::UnitCost(cost) => format_money(cost, currency, format),
                            CostBasis::MarginAtList(margin) => format!("{} margin", format_percent(margin, 2, format)),
                        };
                        html! {
                            <tr>
                                <td>{ terms.name.clone() }</td>
                                <td>{ crate::messages::labels::line_kind(terms.kind) }</td>
                                <td class="num">{ format_money(terms.unit_list_price, currency, format) }</td>
                                <td class="num">{ cost }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The import and export controls, and the preview of a file being imported.
#[component]
pub fn PriceListImport() -> Html {
    let app = use_app();
    let pending = use_state(|| None::<Pending>);
    let refused = use_state(|| None::<String>);
    let desk = Rc::clone(&app.state().library.desk);

    let onchange = {
        let pending = pending.clone();
        let refused = refused.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            let pending = pending.clone();
            let refused = refused.clone();
            platform::read_file(
                file,
                MAX_CSV_BYTES,
                &format!("a price list (at most {MAX_CSV_TEXT})"),
                Callback::from(move |result: Result<String, String>| match result {
                    Ok(text) => {
                        refused.set(None);
                        pending.set(Some(Pending {
                            name: name.clone(),
                            text: Rc::new(text),
                            format: None,
                            columns: None,
                        }));
                    }
                    Err(message) => {
                        pending.set(None);
                        refused.set(Some(message));
                    }
                }),
            );
        })
    };
    let export = {
        let desk = Rc::clone(&desk);
        Callback::from(move |_: MouseEvent| {
            let csv = write_price_list(&desk.catalogue, desk.profile.number_format);
            platform::download_as("best-offer-INTERNAL-catalogue.csv", &csv, "text/csv");
        })
    };

    // Read once per file, format and desk (the catalogue decides which rows update
    // an item), not on every render.
    let read = use_memo(
        ((*pending).clone(), DeskRef(Rc::clone(&desk))),
        |(pending, desk)| -> Option<Read> {
            let p = pending.as_ref()?;
            let desk = &desk.0;
            let mut n = 0_u32;
            let stem = platform::new_id();
            let preview = read_price_list_as(
                &p.text,
                p.columns.as_deref().map(Vec::as_slice),
                desk.profile.currency,
                p.format,
                desk.profile.number_format,
                &desk.catalogue,
                &mut || {
                    n = n.saturating_add(1);
                    format!("{stem}-{n}")
                },
            )
            .map(Rc::new);
            let matching =
                p.columns.is_some() || preview.as_ref().err().is_some_and(header_is_the_problem);
            let guess = matching
                .then(|| guess_columns(&p.text).ok().map(Rc::new))
                .flatten();
            Some(Read { preview, guess })
        },
    );
    let read = (*read).clone();
    // The column matching, when the columns are (to be) matched by hand.
    let matching = |problem: Option<AttrValue>| -> Html {
        let (
            Some(file),
            Some(Read {
                guess: Some(guess), ..
            }),
        ) = ((*pending).clone(), read.clone())
        else {
            return html! {};
        };
        let chosen = file
            .columns
            .clone()
            .unwrap_or_else(|| Rc::new(guess.columns.clone()));
        let pending = pending.clone();
        let on_change = Callback::from(move |columns: Vec<Option<Column>>| {
            if let Some(p) = (*pending).clone() {
                pending.set(Some(Pending {
                    columns: Some(Rc::new(columns)),
                    ..p
                }));
            }
        });
        html! { <ColumnMatching {guess} {chosen} {on_change} {problem} /> }
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let on_format = {
        let pending = pending.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(p) = (*pending).clone() {
                pending.set(Some(Pending {
                    format: NumberFormat::from_id(&select.value()),
                    ..p
                }));
            }
        })
    };
    let body = match (
        &*pending,
        read.clone()
            .map(|read| (read.preview, read.guess.is_some())),
    ) {
        (Some(file), Some((Err(error), true))) => html! {
            <section class="price-list-preview panel" aria-labelledby="price-list-heading">
                <h3 id="price-list-heading">{ format!("Import “{}”?", file.name) }</h3>
                { matching(Some(AttrValue::from(error.explain()))) }
                <div class="button-row">
                    <button type="button" class="button" id="price-list-confirm" disabled=true>{ "Import" }</button>
                    <button type="button" class="button secondary" id="price-list-cancel" onclick={cancel}>{ "Cancel" }</button>
                </div>
            </section>
        },
        (Some(_), Some((Err(error), false))) => html! {
            <div class="price-list-preview" role="alert">
                <p><strong>{ "This file cannot be imported: " }</strong>{ error.explain() }{ " Nothing was changed." }</p>
                <button type="button" class="button secondary" id="price-list-cancel" onclick={cancel}>{ "Close" }</button>
            </div>
        },
        (Some(file), Some((Ok(preview), by_hand))) => {
            let confirm = {
                let pending = pending.clone();
                let dispatch = app.dispatcher();
                let items = Rc::new(preview.items.clone());
                Callback::from(move |_: MouseEvent| {
                    dispatch.dispatch(Action::ImportItems(Rc::clone(&items)));
                    pending.set(None);
                })
            };
            let count = preview.items.len();
            let added = count.saturating_sub(preview.updates);
            let plural = |n: usize, one: &str, many: &str| {
                if n == 1 {
                    format!("1 {one}")
                } else {
                    format!("{n} {many}")
                }
            };
            html! {
                <section class="price-list-preview panel" aria-labelledby="price-list-heading">
                    <h3 id="price-list-heading">{ format!("Import “{}”?", file.name) }</h3>
                    if by_hand {
                        { matching(None) }
                    }
                    <p id="price-list-summary">
                        { format!("{}: {} can be imported ({} new, {} already in the catalogue, updated).",
                            plural(preview.rows, "row", "rows"), plural(count, "item", "items"), added, preview.updates) }
                    </p>
                    <div class="field">
                        <label for="price-list-format">{ "Numbers in the file are written" }</label>
                        <select id="price-list-format" onchange={on_format}>
                            <option value="" selected={file.format.is_none()}>
                                { format!("as detected ({})", preview.format.example()) }</option>
                            { for NumberFormat::ALL.into_iter().map(|f| html! {
                                <option value={f.id()} selected={file.format == Some(f)}>{ f.example() }</option>
                            }) }
                        </select>
                    </div>
                    { first_rows(&preview, desk.profile.currency, desk.profile.number_format) }
                    if !preview.problems.is_empty() {
                        <p id="price-list-problems-summary"><strong>
                            { format!("{} cannot be read and will be left out:", plural(preview.problems.len(), "row", "rows")) }
                        </strong></p>
                        <div class="table-scroll" tabindex="0" role="region" aria-label="Rows that cannot be read">
                            <table class="price-list-problems" id="price-list-problems">
                                <thead><tr><th scope="col">{ "Row" }</th><th scope="col">{ "Name" }</th><th scope="col">{ "Why" }</th></tr></thead>
                                <tbody>
                                    { for preview.problems.iter().map(|p| html! {
                                        <tr><td class="num">{ p.row }</td><td>{ p.name.clone() }</td><td>{ p.reason.explain() }</td></tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    }
                    <div class="button-row">
                        <button type="button" class="button" id="price-list-confirm" disabled={count == 0} onclick={confirm}>
                            { format!("Import {}", plural(count, "item", "items")) }</button>
                        <button type="button" class="button secondary" id="price-list-cancel" onclick={cancel}>{ "Cancel" }</button>
                    </div>
                </section>
            }
        }
        _ => html! {},
    };
    html! {
        <>
            <div class="price-list-tools">
                <div class="field">
                    <label for="price-list-file">{ "Import a price list (CSV, at most 2 MB and 5,000 rows)" }</label>
                    <input id="price-list-file" type="file" accept=".csv,text/csv,text/plain"
                        aria-describedby="price-list-columns" {onchange} />
                    <p class="field-hint" id="price-list-columns">
                        { "A header row names the columns: name, description, kind, list price, cost or margin (and optionally discountable, max discount, maintenance rate). Commas or semicolons." }
                    </p>
                </div>
                <button type="button" class="button secondary" id="export-catalogue" onclick={export}
                    disabled={desk.catalogue.is_empty()}>{ "Export the catalogue (CSV)" }</button>
            </div>
            if let Some(message) = (*refused).clone() {
                <p class="field-error" role="alert" id="price-list-refused">{ message }</p>
            }
            { body }
        </>
    }
}
