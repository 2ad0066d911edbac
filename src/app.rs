//! `App`: the top-level layout of Best Offer.

use yew::prelude::*;

/// The whole application.
#[component]
pub fn App() -> Html {
    html! {
        <>
            <header class="app-header">
                <h1 class="app-title">{ best_offer_domain::PRODUCT_NAME }</h1>
                <p class="app-tagline">{ "Know your floor. Quote your best. Put it in writing." }</p>
            </header>
            <main class="workspace" id="workspace" data-ready="true">
                <h2>{ "New proposal" }</h2>
                <p>{ "Enter what you sell, set your floor, and compare discount scenarios." }</p>
            </main>
        </>
    }
}
