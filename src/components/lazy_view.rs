//! `LazyView`: a view whose code is fetched the first time the rep opens it (see
//! [`crate::split`]). Until it is here a line says it is loading; if it cannot be
//! fetched (offline before the app was ever kept for offline use), the rep is told
//! and can try again. Nothing typed is lost meanwhile: the state lives outside the
//! view.

use yew::prelude::*;

use crate::context::use_app;
use crate::dom_id;
use crate::split::Split;
use crate::split::views::ViewProps;

/// Properties of [`LazyView`].
#[derive(Properties)]
pub struct LazyViewProps {
    /// Which view.
    pub split: &'static Split<ViewProps>,
    /// What the view takes from the shell.
    #[prop_or_default]
    pub view: ViewProps,
}

impl PartialEq for LazyViewProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.split, other.split) && self.view == other.view
    }
}

/// A view built on demand (see the module's header).
///
/// The same component stands in the same place for every such view, so it asks
/// on each render whether the view now named is here, rather than keeping what it
/// found for the one before.
#[component]
pub fn LazyView(props: &LazyViewProps) -> Html {
    let split = props.split;
    // The view whose code could not be fetched, if any.
    let failed = use_state(|| None::<&'static str>);
    let attempt = use_state(|| 0_u32);
    let arrived = use_force_update();
    let app = use_app();
    {
        let failed = failed.clone();
        use_effect_with((split.name, *attempt), move |_| {
            if split.ready().is_none() {
                crate::platform::run_soon(async move {
                    match split.load().await {
                        Ok(_) => {
                            arrived.force_update();
                            // The cursor asked for when the view was opened (Print
                            // after "Go to the written offer") could not be placed
                            // while the view was loading: it is placed now, unless
                            // the rep has put it somewhere meanwhile.
                            if let Some((_, field)) = &app.state().focus
                                && crate::platform::nothing_focused()
                            {
                                crate::platform::focus_field_with(&dom_id::of(field), true);
                            }
                        }
                        Err(_) => failed.set(Some(split.name)),
                    }
                });
            }
        });
    }
    match split.ready() {
        Some(render) => render(&props.view),
        None if *failed == Some(split.name) => {
            let retry = Callback::from(move |_: MouseEvent| {
                failed.set(None);
                attempt.set(*attempt + 1);
            });
            html! {
                <div class="split-view" data-split={split.name}>
                    <p role="alert" class="field-error" id="split-failed">
                        { "This view could not be loaded. Check the connection and try again; nothing you typed is lost." }
                    </p>
                    <button type="button" class="button secondary" id="split-retry" onclick={retry}>{ "Try again" }</button>
                </div>
            }
        }
        None => html! {
            <div class="split-view shell-loading" data-split={split.name}>
                <p role="status">{ "Loading…" }</p>
            </div>
        },
    }
}
