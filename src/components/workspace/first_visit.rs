//! `FirstVisit`: on a first visit (nothing set in Your details, one proposal kept),
//! the workspace offers to start with Your details — company, currency, minimum
//! margin — since every new proposal starts from them. It goes once the details
//! are set or a second proposal is kept.

use yew::prelude::*;

use crate::context::use_app;
use crate::route::Route;

/// The offer to start with Your details, or nothing.
#[component]
pub fn FirstVisit() -> Html {
    let app = use_app();
    let library = &app.state().library;
    let first = library.others.is_empty() && library.desk.profile.is_untouched();
    if !first {
        return html! {};
    }
    html! {
        <p class="first-visit no-print" id="first-visit">
            // Short: the static introduction above stays the first screen's largest
            // text (its largest paint), not this line drawn by the Wasm.
            { "New here? Every proposal starts from your details. " }
            <a class="button secondary" id="first-visit-details" href={Route::Profile.href()}>{ "Start with your details" }</a>
        </p>
    }
}
