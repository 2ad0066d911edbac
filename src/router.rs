//! Hash routing: the [`HashRouter`] provider follows the location's fragment, and
//! [`use_route`] and [`use_navigate`] give components the address and a way to move.
//!
//! The browser does the history work: moving sets `location.hash` (a new history
//! entry) or calls `location.replace` (none), and both, like back and forward, fire
//! `hashchange`, the one event the provider listens to (a move also sets the new
//! address at once). yew-router does the same
//! and more, but cost 27 KB of gzip in the first visit for five addresses (see the
//! README's Size section); this is about fifty lines.

use yew::prelude::*;

use crate::route::Route;

/// How a move treats the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// A new entry: back returns to where the rep was.
    Push,
    /// The current entry changes: the address only catches up with the screen.
    Replace,
}

/// What the router provides.
#[derive(Clone, PartialEq)]
struct RouterContext {
    route: Route,
    navigate: Callback<(Route, Move)>,
}

/// The address shown now (the start when there is no router).
#[hook]
pub fn use_route() -> Route {
    use_context::<RouterContext>().map_or(Route::Home, |context| context.route)
}

/// A callback that moves to an address.
#[hook]
pub fn use_navigate() -> Callback<(Route, Move)> {
    use_context::<RouterContext>()
        .map(|context| context.navigate)
        .unwrap_or_default()
}

/// What a plain click on a link to `to` does: moves there through the router (a
/// new history entry); a click with a modifier or another button is the browser's
/// (a new tab, a copied address).
pub fn follow_link(navigate: &Callback<(Route, Move)>, to: Route) -> Callback<MouseEvent> {
    let navigate = navigate.clone();
    Callback::from(move |event: MouseEvent| {
        if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
            return;
        }
        event.prevent_default();
        navigate.emit((to.clone(), Move::Push));
    })
}

/// The address the location's fragment holds now.
fn current() -> Route {
    Route::from_hash(&crate::platform::location_hash())
}

/// Provides the address to everything inside, following the location's fragment
/// (outside a browser, as in native render tests, it keeps the address in memory).
#[component]
pub fn HashRouter(props: &yew::html::ChildrenProps) -> Html {
    // Equal addresses do not re-render: a move sets the address at once (below),
    // and its `hashchange` then brings the same one.
    let route = use_state_eq(current);
    {
        let route = route.setter();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    route.set(current());
                })
            });
            #[cfg(not(target_arch = "wasm32"))]
            let listener = {
                let _ = route;
                None::<String>
            };
            // Dropping the listener stops it when the app goes.
            move || drop(listener)
        });
    }
    let navigate = {
        let route = route.setter();
        use_callback((), move |(to, how): (Route, Move), _| {
            #[cfg(target_arch = "wasm32")]
            if let Some(location) = web_sys::window().map(|window| window.location()) {
                let _ = match how {
                    Move::Push => location.set_hash(&to.href()),
                    Move::Replace => location.replace(&to.href()),
                };
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = how;
            // At once, not at the `hashchange` one task later: what the same click
            // also asks (the cursor into a field of the new view) finds that view.
            route.set(to);
        })
    };
    let context = RouterContext {
        route: (*route).clone(),
        navigate,
    };
    html! {
        <ContextProvider<RouterContext> {context}>{ props.children.clone() }</ContextProvider<RouterContext>>
    }
}
