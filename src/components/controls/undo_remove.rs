//! `UndoRemove`: "Removed line 2 “Onboarding”. Undo" right where it was removed, until
//! the next edit (the state keeps the proposal as it was before; see
//! `AppState::removed`).

use yew::prelude::*;

use crate::context::use_app;
use crate::state::{Action, RemovedKind};

/// Properties of [`UndoRemove`].
#[derive(Properties, PartialEq)]
pub struct UndoRemoveProps {
    /// Which removals it offers to undo (shown where they were removed).
    pub kind: RemovedKind,
}

/// The undo offer after a line, a scenario or a requirement was removed.
#[component]
pub fn UndoRemove(props: &UndoRemoveProps) -> Html {
    let app = use_app();
    let Some(removed) = app.state().removed.clone().filter(|r| r.kind == props.kind) else {
        return html! {};
    };
    html! {
        <p class="notice undo-remove" role="status">
            { format!("Removed {}. ", removed.what) }
            <button type="button" class="link-button" id={match props.kind { RemovedKind::Requirement => "undo-remove-requirement", RemovedKind::Options => "undo-remove-options", _ => "undo-remove" }}
                onclick={app.action_with(|_: MouseEvent| Action::UndoRemove)}>{ "Undo" }</button>
        </p>
    }
}
