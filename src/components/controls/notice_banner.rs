//! `NoticeBanner`: what the rep must know about storage and files — data kept
//! aside at start (with a download), saving that failed, imports done or refused.

use yew::prelude::*;

use crate::context::use_app;
use crate::messages::{self, Explain};
use crate::platform;
use crate::state::{Action, Notice};
use crate::storage;
use best_offer_domain::library::desk_rules::CatalogueSave;

/// The banner, or nothing.
#[component]
pub fn NoticeBanner() -> Html {
    let app = use_app();
    let Some(notice) = app.state().notice.clone() else {
        return html! {};
    };
    let dismiss = app.action_with(|_: MouseEvent| Action::DismissNotice);
    let (class, body) = match notice {
        Notice::KeptAside { key, reason } => {
            let download = {
                let key = key.clone();
                Callback::from(move |_: MouseEvent| {
                    if let Some(text) = storage::read_kept(&key) {
                        platform::download(
                            &format!(
                                "best-offer-INTERNAL-kept-data-{}.json",
                                key.trim_start_matches(storage::KEPT_PREFIX)
                            ),
                            &text,
                        );
                    }
                })
            };
            (
                "notice-warning",
                html! {
                    <>
                        <p><strong>{ "Your saved proposals could not be read, so Best Offer started with a new one. " }</strong>
                        { format!("The saved data is kept unchanged in this browser (storage key “{key}”) and will not be overwritten. Reason: {}", reason.explain()) }</p>
                        <button type="button" class="button secondary" onclick={download}>{ "Download the kept data" }</button>
                    </>
                },
            )
        }
        Notice::Unreadable(reason) => (
            "notice-warning",
            html! {
                <p><strong>{ "Your saved proposals could not be read, and could not be set aside either, so saving is switched off to protect them. " }</strong>
                { format!("Export your work to keep it. Reason: {}", reason.explain()) }</p>
            },
        ),
        Notice::SaveFailed(error) => (
            "notice-warning",
            html! { <p><strong>{ error.explain() }</strong></p> },
        ),
        Notice::NearlyFull(used) => (
            "notice-warning",
            html! {
                <p><strong>{ format!("Browser storage is {used} % full. ") }</strong>
                { "Export your proposals now, then delete proposals or catalogue items you no longer need (a large logo takes room too): once it is full, changes are not saved." }</p>
            },
        ),
        // A refusal never looks like a success: its own tone, in bold.
        Notice::NewRefused(_)
        | Notice::NotKept(_)
        | Notice::CatalogueSaved(CatalogueSave::Full) => (
            "notice-warning",
            html! { <p><strong>{ messages::notice(&notice, &app.state().library.desk) }</strong></p> },
        ),
        Notice::Imported(_)
        | Notice::Copied(_)
        | Notice::CatalogueSaved(_)
        | Notice::ItemsImported(_) => (
            "notice-ok",
            html! { <p>{ messages::notice(&notice, &app.state().library.desk) }</p> },
        ),
        Notice::Updated => (
            "notice-ok",
            html! {
                <p>{ "Best Offer has been updated. The new version opens the next time you load this page." }</p>
            },
        ),
        Notice::ImportFailed(refusal) => (
            "notice-warning",
            html! { <p><strong>{ "Import refused: " }</strong>{ refusal.explain() }{ " Nothing was changed." }</p> },
        ),
    };
    html! {
        <div class={classes!("notice-banner", "no-print", class)} role="alert">
            { body }
            <button type="button" class="link-button" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
