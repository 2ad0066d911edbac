//! `App`: the state provider and the top-level layout of the workspace.

use std::rc::Rc;

use best_offer_domain::proposal::Proposal;
use yew::prelude::*;

use crate::components::deal_header::DealHeader;
use crate::components::floor_panel::FloorPanel;
use crate::components::line_table::LineTable;
use crate::components::price_chart::PriceChart;
use crate::components::scenario_board::ScenarioBoard;
use crate::context::AppProvider;

/// Properties of [`Workspace`].
#[derive(Properties, PartialEq)]
pub struct WorkspaceProps {
    /// The proposal to open.
    pub proposal: Rc<Proposal>,
}

/// The rep's workspace for one proposal.
#[component]
pub fn Workspace(props: &WorkspaceProps) -> Html {
    html! {
        <AppProvider initial={Rc::clone(&props.proposal)}>
            <main class="workspace" id="workspace" data-ready="true">
                <DealHeader />
                <LineTable />
                <div class="floor-and-chart">
                    <FloorPanel />
                    <PriceChart />
                </div>
                <ScenarioBoard />
            </main>
        </AppProvider>
    }
}

/// The whole application.
#[component]
pub fn App() -> Html {
    let proposal = use_memo((), |_| Proposal::default());
    html! {
        <>
            <header class="app-header">
                <h1 class="app-title">{ best_offer_domain::PRODUCT_NAME }</h1>
                <p class="app-tagline">{ "Know your floor. Quote your best. Put it in writing." }</p>
            </header>
            <Workspace proposal={proposal} />
        </>
    }
}
