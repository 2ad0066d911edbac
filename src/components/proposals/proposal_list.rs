//! `ProposalList`: every kept proposal — open, rename, duplicate, delete (with
//! undo), search by customer, export one or all, and import from a file.

use std::rc::Rc;

use best_offer_domain::library::file::{Status, StoredProposal};
use best_offer_domain::library::{ProposalSummary, label_of, newest_first};
use best_offer_domain::limits::{MAX_FILE_BYTES, MAX_FILE_TEXT};
use best_offer_domain::outcome::follow_up::Due;
use web_sys::{DragEvent, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::controls::text_field::TextField;
use crate::components::proposals::follow_ups::FollowUps;
use crate::components::proposals::proposal_row::ProposalRow;
use crate::context::{AppHandle, use_app};
use crate::export::export;
use crate::notice::ImportRefusal;
use crate::platform;
use crate::route::Route;
use crate::router::{follow_link, use_navigate};
use crate::state::Action;
use crate::storage;

/// Properties of [`ProposalList`].
#[derive(Properties, PartialEq)]
pub struct ProposalListProps {
    /// Called after a new proposal was asked for (the shell then shows its workspace
    /// once it is open).
    pub on_started: Callback<()>,
}

/// Reads a chosen or dropped file and imports it, or asks first when ids clash.
fn import_file(app: &AppHandle, file: web_sys::File) {
    let app = app.clone();
    platform::read_file(
        file,
        MAX_FILE_BYTES,
        &format!("a proposal file (at most {MAX_FILE_TEXT})"),
        Callback::from(move |result: Result<String, String>| {
            let parsed = result
                .map_err(ImportRefusal::NotRead)
                .and_then(|text| storage::read_import(&text).map_err(ImportRefusal::File));
            match parsed {
                Err(message) => app.dispatch(Action::ImportRefused(message)),
                // Imported, or waiting for the rep's choice when ids clash (the
                // reducer asks the domain).
                Ok(file) => app.dispatch(Action::ImportRead(Rc::new(file))),
            }
        }),
    );
}

/// The statuses the list filters by, in the order a proposal moves through them.
const STATUSES: [Status; 4] = [Status::Draft, Status::Sent, Status::Won, Status::Lost];

/// The proposal list.
#[component]
pub fn ProposalList(props: &ProposalListProps) -> Html {
    let app = use_app();
    let search = use_state(String::new);
    let status_filter = use_state(|| None::<Status>);
    let navigate = use_navigate();
    let dragging = use_state(|| false);
    let state = app.state();
    let current_id = state.library.record.id.clone();
    let mut rows: Vec<StoredProposal> = state.all_stored();
    newest_first(&mut rows);
    // One copy of each proposal per render, shared with its row.
    let rows: Vec<Rc<StoredProposal>> = rows.into_iter().map(Rc::new).collect();
    let query = platform::lowercase(search.trim());
    let shown: Vec<&Rc<StoredProposal>> = rows
        .iter()
        .filter(|p| query.is_empty() || platform::lowercase(&p.proposal.customer).contains(&query))
        .filter(|p| status_filter.is_none_or(|status| p.status == status))
        .collect();
    let due: Vec<(Due, Rc<StoredProposal>)> = state
        .library
        .follow_ups(state.today)
        .into_iter()
        .filter_map(|due| {
            let stored = rows.iter().find(|p| p.id == due.id)?;
            Some((due, Rc::clone(stored)))
        })
        .collect();
    let on_status = {
        let status_filter = status_filter.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            status_filter.set(STATUSES.into_iter().find(|s| s.id() == select.value()));
        })
    };

    let on_search = {
        let search = search.clone();
        Callback::from(move |text: String| search.set(text))
    };
    let new = {
        let app = app.clone();
        let on_started = props.on_started.clone();
        Callback::from(move |_: MouseEvent| {
            // While "Your details" hold text that does not read, nothing starts: the
            // reducer says what to fix, and the list stays in view.
            let starts = app.state().library.desk.profile_problems().is_empty();
            app.dispatch(Action::New);
            if starts {
                on_started.emit(());
            }
        })
    };
    let export_all = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| export(&app.state().to_file(), "all-proposals"))
    };
    let on_file = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                import_file(&app, file);
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let app = app.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if let Some(file) = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                import_file(&app, file);
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let resolve = |keep_both: Option<bool>| {
        app.action_with(move |_: MouseEvent| {
            keep_both.map_or(Action::ImportCancelled, Action::ImportChoice)
        })
    };

    let to_history = follow_link(&navigate, Route::History);
    html! {
        <main class="proposals-page" id="proposals" data-ready="true">
            <div class="section-head">
                <h2>{ "Proposals" }</h2>
                <a class="view-link" href={Route::History.href()} id="to-history" onclick={to_history}>{ "What your outcomes say →" }</a>
                <button type="button" class="button" id="new-proposal" onclick={new}>{ "+ New proposal" }</button>
            </div>
            <div class="proposal-tools">
                <TextField id="search-customer" label="Search by customer" value={AttrValue::from((*search).clone())}
                    placeholder="Customer name" on_change={on_search} />
                <div class="field">
                    <label for="filter-status">{ "Show" }</label>
                    <select id="filter-status" onchange={on_status}>
                        <option value="" selected={status_filter.is_none()}>{ "All proposals" }</option>
                        { for STATUSES.iter().map(|status| html! {
                            <option value={status.id()} selected={*status_filter == Some(*status)}>{ crate::messages::labels::status(*status) }</option>
                        }) }
                    </select>
                </div>
                <button type="button" class="button secondary" id="export-all" onclick={export_all}>{ "Export all (internal file)" }</button>
                <div class={classes!("drop-zone", dragging.then_some("dragging"))}
                    ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                    <label for="import-file">{ "Import a proposal file" }</label>
                    <input id="import-file" type="file" accept=".json,application/json" onchange={on_file} />
                    <p class="hint">{ "or drop it here. Files are checked fully before anything changes." }</p>
                </div>
            </div>
            <p class="hint">{ "Exported files contain your costs, margins and floors: they are for internal use only." }</p>
            <FollowUps due={Rc::new(due)} />
            if let Some(file) = state.pending_import.clone() {
                <div class="confirm-print" role="alertdialog" aria-labelledby="clash-title">
                    <h3 id="clash-title">{ "Some proposals in this file are already here" }</h3>
                    <p>{ format!("The file holds {} proposal(s); some have the same id as proposals you keep.", file.proposals.len()) }</p>
                    <button type="button" class="button" onclick={resolve(Some(false))}>{ "Replace them" }</button>
                    <button type="button" class="button secondary" onclick={resolve(Some(true))}>{ "Keep both" }</button>
                    <button type="button" class="link-button" onclick={resolve(None)}>{ "Cancel" }</button>
                </div>
            }
            if let Some(deleted) = state.library.deleted.clone() {
                <p class="notice" role="status">
                    { format!("Deleted “{}”. ", label_of(&deleted)) }
                    <button type="button" class="link-button" onclick={app.action_with(|_: MouseEvent| Action::UndoDelete)}>{ "Undo" }</button>
                </p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-label="Proposals">
                <table class="proposal-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Customer" }</th>
                            <th scope="col">{ "Deal" }</th>
                            <th scope="col" class="num">{ "Offer" }</th>
                            <th scope="col">{ "Last changed" }</th>
                            <th scope="col">{ "Status" }</th>
                            <th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        { for shown.iter().map(|stored| {
                            let is_current = stored.id == current_id;
                            let summary = if is_current {
                                // Read from the board on screen: nothing is solved again.
                                ProposalSummary::of_open(&stored.id, stored.updated_ms, state.proposal(), &state.board, state.is_stale())
                            } else {
                                // Solved when that proposal last changed, not on this render.
                                state.summaries.iter().find(|s| s.id == stored.id).cloned()
                                    .unwrap_or_else(|| ProposalSummary::of(stored))
                            };
                            html! {
                                <ProposalRow key={stored.id.clone()} stored={Rc::clone(stored)} {is_current}
                                    summary={Rc::new(summary)} desk={Rc::clone(&app.state().library.desk)} dispatch={app.dispatcher()} />
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if shown.is_empty() {
                <p class="hint">{ "No proposal matches that customer and status." }</p>
            }
        </main>
    }
}
