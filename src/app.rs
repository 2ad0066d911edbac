//! `App`: the state provider, the views (proposals, workspace, written offer,
//! catalogue, the rep's details) and the top-level layout.

use std::rc::Rc;

use best_offer_domain::field::FieldKey;
use yew::prelude::*;

use crate::components::catalogue_page::CataloguePage;
use crate::components::deal_header::DealHeader;
use crate::components::floor_panel::FloorPanel;
use crate::components::line_table::LineTable;
use crate::components::notice_banner::NoticeBanner;
use crate::components::offer_page::OfferPage;
use crate::components::price_chart::PriceChart;
use crate::components::profile_page::ProfilePage;
use crate::components::proposal_list::ProposalList;
use crate::components::scenario_board::ScenarioBoard;
use crate::context::{AppProvider, use_app};
use crate::state::{Action, AppState};
use crate::storage;

/// Which view is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Every kept proposal.
    Proposals,
    /// Deal, floor, scenarios.
    Workspace,
    /// The written offer.
    Offer,
    /// The seller profile ("Your details").
    Profile,
    /// The product catalogue.
    Catalogue,
}

/// The rep's workspace for one proposal (needs an [`AppProvider`] around it).
///
/// Printed (Ctrl+P), it is the internal pricing sheet: titled with the deal,
/// "Internal — not for the customer" on every page (print.css, page `internal`).
#[component]
pub fn Workspace() -> Html {
    let app = use_app();
    let title = {
        let proposal = app.proposal();
        let deal = [proposal.customer.trim(), proposal.deal_name.trim()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" — ");
        if deal.is_empty() {
            "Internal pricing sheet".to_string()
        } else {
            format!("Internal pricing sheet: {deal}")
        }
    };
    html! {
        <main class="workspace" id="workspace" data-ready="true">
            <header class="print-only internal-head">
                <h1>{ title }</h1>
                <p>{ "Internal — not for the customer: costs, margins and the floor are on this sheet." }</p>
            </header>
            <DealHeader />
            <LineTable />
            <div class="floor-and-chart">
                <FloorPanel />
                <PriceChart />
            </div>
            <ScenarioBoard />
        </main>
    }
}

/// Properties of [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The view shown first.
    #[prop_or(View::Workspace)]
    pub initial_view: View,
}

/// The header with the view switch, and the current view.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let view = use_state(|| props.initial_view);
    let app = use_app();
    // Another proposal opened: its fields start afresh.
    let opened = app.state().opened;
    // The first field of an item just added takes the cursor (see AppState::focus).
    {
        let focus = app.state().focus.clone();
        use_effect_with(focus, |focus| {
            if let Some((generation, field)) = focus {
                crate::browser::focus_field_with(field, *generation > 0);
            }
        });
    }
    let to_workspace = {
        let view = view.clone();
        Callback::from(move |()| view.set(View::Workspace))
    };
    // "Fix this field" on the offer view: the cursor goes to the field, in the
    // workspace unless the field is on the offer view itself.
    let on_fix = {
        let view = view.clone();
        let dispatch = app.dispatcher();
        Callback::from(move |field: AttrValue| {
            if !FieldKey::from_dom_id(&field).is_some_and(FieldKey::on_offer_view) {
                view.set(View::Workspace);
            }
            dispatch.dispatch(Action::Focus(field.to_string()));
        })
    };
    let switch = |to: View| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(to))
    };
    let tab = |to: View, label: &'static str, id: &'static str| {
        let current = *view == to;
        html! {
            <button type="button" id={id} class={classes!("view-tab", current.then_some("current"))}
                aria-pressed={if current { "true" } else { "false" }} onclick={switch(to)}>{ label }</button>
        }
    };
    html! {
        <>
            // The title and tagline are static in index.html; the view switch sits
            // just under them.
            <nav class="view-tabs no-print" aria-label="Views">
                { tab(View::Proposals, "Proposals", "tab-proposals") }
                { tab(View::Workspace, "Workspace", "tab-workspace") }
                { tab(View::Offer, "Written offer", "tab-offer") }
                { tab(View::Catalogue, "Catalogue", "tab-catalogue") }
                { tab(View::Profile, "Your details", "tab-profile") }
            </nav>
            <NoticeBanner />
            { match *view {
                View::Proposals => html! { <ProposalList on_opened={to_workspace} /> },
                View::Workspace => html! { <Workspace key={opened} /> },
                View::Offer => html! { <OfferPage key={opened} {on_fix} /> },
                View::Profile => html! { <ProfilePage /> },
                View::Catalogue => html! { <CataloguePage /> },
            } }
        </>
    }
}

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// State to start from; what browser storage holds when `None`.
    #[prop_or_default]
    pub initial: Option<Rc<AppState>>,
}

/// The whole application.
#[component]
pub fn App(props: &AppProps) -> Html {
    let given = props.initial.clone();
    let initial = use_memo((), move |_| {
        given.unwrap_or_else(|| {
            let loaded = storage::load();
            crate::browser::mark("bo-storage-read");
            let state = AppState::from_loaded(
                loaded,
                crate::state::browser_moment(),
                crate::browser::new_id(),
            );
            // The board of the open proposal and the list's summaries are computed.
            crate::browser::mark("bo-state");
            Rc::new(state)
        })
    });
    // Runs once, after the first render is in the DOM.
    use_effect_with((), |_| crate::browser::mark("bo-rendered"));
    html! {
        <AppProvider initial={Rc::clone(&*initial)}>
            <Shell />
        </AppProvider>
    }
}
