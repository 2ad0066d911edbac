//! `OptionsPanel`: the options the offer gives the buyer. Without options it offers
//! to start them; with options it holds the [`OptionsEditor`], whose code is fetched
//! when a proposal first has options ([`crate::split::views::OPTIONS`]).
//!
//! [`OptionsEditor`]: crate::components::workspace::options_editor::OptionsEditor

use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::option_edit::OptionsEdit;
use yew::prelude::*;

use crate::components::controls::undo_remove::UndoRemove;
use crate::components::lazy_view::LazyView;
use crate::context::use_app;
use crate::split::views;
use crate::state::RemovedKind;

/// The options panel.
#[component]
pub fn OptionsPanel() -> Html {
    let app = use_app();
    let has_options = !app.proposal().options.is_empty();
    html! {
        <section class="panel options" aria-labelledby="options-heading">
            <h2 id="options-heading">{ "Options for the buyer" }</h2>
            if has_options {
                <LazyView split={&views::OPTIONS} />
            } else {
                <p class="hint">{ "Offer two to four choices in one written offer — Standard, Professional, Enterprise — each with its own lines and price, each keeping your floor." }</p>
                <button type="button" class="button secondary" id="start-options"
                    onclick={app.edit_with(|_: MouseEvent| Edit::Options(OptionsEdit::Start))}>{ "Offer options" }</button>
                <UndoRemove kind={RemovedKind::Options} />
            }
        </section>
    }
}
