//! `PriceListImport`: bring a price list (CSV) into the catalogue, and take the
//! catalogue out as one. Importing shows a preview first — how many items, how many
//! update items already there, and every row that cannot be read with its reason —
//! and changes nothing until the rep confirms.

use std::rc::Rc;

use best_offer_domain::NumberFormat;
use best_offer_domain::desk::price_list::{PriceListPreview, read_price_list, write_price_list};
use best_offer_domain::limits::{MAX_CSV_BYTES, MAX_CSV_TEXT};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::messages::Explain;

use crate::components::controls::item_picker::DeskRef;
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
    let preview = use_memo(
        ((*pending).clone(), DeskRef(Rc::clone(&desk))),
        |(pending, desk)| -> Option<Result<Rc<PriceListPreview>, String>> {
            let p = pending.as_ref()?;
            let desk = &desk.0;
            let mut n = 0_u32;
            let stem = platform::new_id();
            Some(
                read_price_list(
                    &p.text,
                    desk.profile.currency,
                    p.format,
                    desk.profile.number_format,
                    &desk.catalogue,
                    &mut || {
                        n = n.saturating_add(1);
                        format!("{stem}-{n}")
                    },
                )
                .map(Rc::new)
                .map_err(|e| e.explain()),
            )
        },
    );
    let preview = (*preview).clone();
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
    let body = match (&*pending, preview) {
        (Some(_), Some(Err(message))) => html! {
            <div class="price-list-preview" role="alert">
                <p><strong>{ "This file cannot be imported: " }</strong>{ message }{ " Nothing was changed." }</p>
                <button type="button" class="button secondary" id="price-list-cancel" onclick={cancel}>{ "Close" }</button>
            </div>
        },
        (Some(file), Some(Ok(preview))) => {
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
