//! `App`: the router, the state provider, the views (proposals, workspace, written
//! offer, catalogue, the rep's details) and the top-level layout.

use std::rc::Rc;

use best_offer_domain::library::draft::FocusTarget;
use yew::prelude::*;

use crate::components::controls::notice_banner::NoticeBanner;
use crate::components::lazy_view::LazyView;
use crate::components::offer::link_handover::LinkHandover;
use crate::components::workspace::deal_header::DealHeader;
use crate::components::workspace::first_visit::FirstVisit;
use crate::components::workspace::floor_panel::FloorPanel;
use crate::components::workspace::line_table::LineTable;
use crate::components::workspace::options_panel::OptionsPanel;
use crate::components::workspace::price_chart::PriceChart;
use crate::components::workspace::scenario_board::ScenarioBoard;
use crate::components::workspace::summary_bar::SummaryBar;
use crate::context::{AppProvider, KeptHandle, use_app};
use crate::dom_id;
use crate::media::use_phone;
use crate::route::{Route, Sync, View, reconcile};
use crate::router::{HashRouter, Move, use_navigate, use_route};
use crate::split::views::{self, ViewProps};
use crate::state::{Action, AppState, Notice};
use crate::storage;

/// The rep's workspace for one proposal (needs an [`AppProvider`] around it).
///
/// Printed (Ctrl+P), it is the internal pricing sheet: titled with the deal,
/// "Internal — not for the customer" on every page (print.css, page `internal`).
#[component]
pub fn Workspace() -> Html {
    let app = use_app();
    let phone = use_phone();
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
            if phone {
                <SummaryBar />
            }
            <FirstVisit />
            <DealHeader />
            <LineTable />
            <div class="floor-and-chart">
                <FloorPanel />
                <PriceChart />
            </div>
            <ScenarioBoard />
            <OptionsPanel />
        </main>
    }
}

/// The header with the view switch, and the view the address names (see
/// [`crate::route`]).
#[component]
pub fn Shell() -> Html {
    let app = use_app();
    let route = use_route();
    let navigate = use_navigate();
    let view = route.view();
    let open = app.state().library.record.id.clone();
    // Another proposal opened: its fields start afresh.
    let opened = app.state().opened;
    // The first field of an item just added takes the cursor (see AppState::focus).
    {
        let focus = app.state().focus.clone();
        use_effect_with(focus, |focus| {
            if let Some((generation, field)) = focus {
                crate::platform::focus_field_with(&dom_id::of(field), *generation > 0);
            }
        });
    }
    // The address and the open proposal agree after every render (route::reconcile).
    let follow = use_mut_ref(|| false);
    let shown = use_mut_ref(|| None::<(Route, String)>);
    {
        let app = app.clone();
        let navigate = navigate.clone();
        let follow = follow.clone();
        use_effect_with((route.clone(), open.clone()), move |(route, open)| {
            let previous = shown.replace(Some((route.clone(), open.clone())));
            let library = &app.state().library;
            let sync = reconcile(
                previous.as_ref().map(|(r, o)| (r, o.as_str())),
                route,
                open,
                |id| library.keeps(id),
                *follow.borrow(),
            );
            if previous.as_ref().is_some_and(|(_, o)| o != open) {
                *follow.borrow_mut() = false;
            }
            match sync {
                Sync::Nothing => {}
                Sync::Open(id) => app.dispatch(Action::Open(id)),
                // With stored data set aside, its banner stays and the new blank
                // proposal shows in the view asked for; otherwise the list, and why.
                Sync::NotKept(_)
                    if app
                        .state()
                        .notice
                        .as_ref()
                        .is_some_and(Notice::is_storage_problem) =>
                {
                    navigate.emit((Route::of_view(route.view(), open), Move::Replace));
                }
                Sync::NotKept(id) => {
                    app.dispatch(Action::NotKept(id));
                    navigate.emit((Route::Proposals, Move::Replace));
                }
                Sync::Replace(to) => navigate.emit((to, Move::Replace)),
                Sync::Push(to) => navigate.emit((to, Move::Push)),
            }
        });
    }
    let go = {
        let navigate = navigate.clone();
        move |to: Route| navigate.emit((to, Move::Push))
    };
    // A new proposal was started from the list: its workspace comes into view once
    // it is open (the new id is known only after the reducer ran).
    let on_started = {
        let follow = follow.clone();
        Callback::from(move |()| *follow.borrow_mut() = true)
    };
    // "Fix this field" on the offer view: the cursor goes to the field, in the
    // workspace unless the field is on the offer view itself.
    let on_fix = {
        let go = go.clone();
        let open = open.clone();
        let dispatch = app.dispatcher();
        Callback::from(move |field: FocusTarget| {
            if !field.on_offer_view() {
                go(Route::Workspace { id: open.clone() });
            }
            dispatch.dispatch(Action::Focus(field));
        })
    };
    // The calls due, beside the proposals view's name.
    let due_count = {
        let state = app.state();
        state.library.follow_ups(state.today).len()
    };
    let tab = |to: View, label: &'static str, id: &'static str, count: usize| {
        let current = view == to;
        let target = Route::of_view(to, &open);
        let href = target.href();
        let go = go.clone();
        // A link (its address can be copied or opened in a new tab); a plain click
        // moves through the router, and the current view is not pushed again.
        let onclick = Callback::from(move |event: MouseEvent| {
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            event.prevent_default();
            if !current {
                go(target.clone());
            }
        });
        html! {
            <a id={id} href={href} class={classes!("view-tab", current.then_some("current"))}
                aria-current={current.then_some("page")} {onclick}>{ label }
                if count > 0 {
                    { " " }<span class="tab-count" id={format!("{id}-count")}>{ count }<span class="visually-hidden">{ if count == 1 { " follow-up" } else { " follow-ups" } }</span></span>
                }
            </a>
        }
    };
    html! {
        <>
            // The title and tagline are static in index.html; the view switch sits
            // just under them.
            <nav class="view-tabs no-print" aria-label="Views">
                { tab(View::Proposals, "Proposals", "tab-proposals", due_count) }
                { tab(View::Workspace, "Workspace", "tab-workspace", 0) }
                { tab(View::Offer, "Written offer", "tab-offer", 0) }
                { tab(View::Catalogue, "Catalogue", "tab-catalogue", 0) }
                { tab(View::Profile, "Your details", "tab-profile", 0) }
            </nav>
            <NoticeBanner />
            { match view {
                View::Proposals => html! {
                    <LazyView split={&views::PROPOSALS} view={ViewProps { on_started, ..ViewProps::default() }} />
                },
                View::Workspace => html! { <Workspace key={opened} /> },
                View::Offer => html! {
                    <LazyView key={opened} split={&views::OFFER} view={ViewProps { on_fix, ..ViewProps::default() }} />
                },
                View::Profile => html! { <LazyView split={&views::PROFILE} /> },
                View::Catalogue => html! { <LazyView split={&views::CATALOGUE} /> },
                View::History => html! { <LazyView split={&views::HISTORY} /> },
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

/// The whole application: the router, then the rep's app (or, at a customer link's
/// address, the hand-over to the customer's viewer).
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <HashRouter>
            <Root initial={props.initial.clone()} />
        </HashRouter>
    }
}

/// A customer link is the viewer's (no storage is read or written); every other
/// address is the rep's app.
#[component]
fn Root(props: &AppProps) -> Html {
    let route = use_route();
    // The address the app started at, kept from the first render.
    let started_at = use_state(|| route.clone());
    match route {
        Route::CustomerLink { payload } => {
            let started_here = *started_at
                == Route::CustomerLink {
                    payload: payload.clone(),
                };
            html! { <LinkHandover payload={AttrValue::from(payload)} {started_here} /> }
        }
        _ => html! { <RepApp initial={props.initial.clone()} /> },
    }
}

/// The rep's app: the kept proposals from browser storage, and the views.
#[component]
fn RepApp(props: &AppProps) -> Html {
    let given = props.initial.clone();
    // What storage holds, for the provider's saves: read with the state, once.
    let kept = use_memo((), |_| KeptHandle::default());
    let start_kept = (*kept).clone();
    let initial = use_memo((), move |_| {
        given.unwrap_or_else(|| {
            let (loaded, kept) = storage::load();
            *start_kept.0.borrow_mut() = kept;
            crate::platform::mark("bo-storage-read");
            // A reload keeps the proposal its address names.
            let route = Route::from_hash(&crate::platform::location_hash());
            let first_visit = matches!(loaded, storage::Loaded::Empty);
            let state = AppState::from_loaded(
                loaded,
                crate::platform::moment(),
                crate::platform::new_id(),
                route.proposal(),
                storage::first_visit_id().as_deref(),
            );
            if first_visit {
                storage::remember_first_visit(&state.library.record.id);
            }
            // The board of the open proposal and the list's summaries are computed.
            crate::platform::mark("bo-state");
            Rc::new(state)
        })
    });
    // Runs once, after the first render is in the DOM.
    use_effect_with((), |_| crate::platform::mark("bo-rendered"));
    // Inside the App's one router.
    html! {
        <AppProvider initial={Rc::clone(&*initial)} kept={(*kept).clone()}>
            <Shell />
        </AppProvider>
    }
}
