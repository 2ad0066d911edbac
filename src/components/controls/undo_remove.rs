//! `UndoRemove`: "Removed line 2 “Onboarding”. Undo" right where it was removed, until
//! the next edit (the state keeps the proposal as it was before; see
//! `AppState::removed`).

use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;

/// Properties of [`UndoRemove`].
#[derive(Properties, PartialEq)]
pub struct UndoRemoveProps {
    /// Show it for a removed line (`true`) or a removed scenario column (`false`).
    pub lines: bool,
}

/// The undo offer after a line or a scenario was removed.
#[component]
pub fn UndoRemove(props: &UndoRemoveProps) -> Html {
    let app = use_app();
    let Some(removed) = app
        .state()
        .removed
        .clone()
        .filter(|r| r.is_line == props.lines)
    else {
        return html! {};
    };
    html! {
        <p class="notice undo-remove" role="status">
            { format!("Removed {}. ", removed.what) }
            <button type="button" class="link-button" id="undo-remove"
                onclick={app.action_with(|_: MouseEvent| Action::UndoRemove)}>{ "Undo" }</button>
        </p>
    }
}
