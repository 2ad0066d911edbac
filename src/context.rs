//! The app-state context: a provider around the workspace and a hook that gives
//! components a handle with domain methods (no `use_context().unwrap()` anywhere).

use std::rc::Rc;

use best_offer_domain::edit::Edit;
use best_offer_domain::proposal::Proposal;
use yew::prelude::*;

use crate::state::{Action, AppState, Dispatch};

/// What the context carries: the reducer handle.
pub type AppContext = UseReducerHandle<AppState>;

/// A handle on the app state for components.
#[derive(Clone, PartialEq)]
pub struct AppHandle {
    inner: AppContext,
}

impl AppHandle {
    /// The current state.
    pub fn state(&self) -> &AppState {
        &self.inner
    }

    /// The proposal being edited.
    pub fn proposal(&self) -> Rc<Proposal> {
        Rc::clone(&self.inner.proposal)
    }

    /// Applies an edit to the proposal.
    pub fn edit(&self, edit: Edit) {
        self.inner.dispatch(Action::Edit(edit));
    }

    /// A callback that turns a value into an edit.
    pub fn edit_with<T: 'static>(&self, make: impl Fn(T) -> Edit + 'static) -> Callback<T> {
        let dispatch = self.inner.dispatcher();
        Callback::from(move |value: T| dispatch.dispatch(Action::Edit(make(value))))
    }

    /// The stable dispatcher, for leaf components' props.
    pub fn dispatcher(&self) -> Dispatch {
        self.inner.dispatcher()
    }
}

/// Properties of [`AppProvider`].
#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    /// The proposal to start with.
    pub initial: Rc<Proposal>,
    /// The workspace.
    pub children: Html,
}

/// Holds the app state and provides it to everything inside.
#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let initial = Rc::clone(&props.initial);
    let state = use_reducer(move || AppState::new((*initial).clone()));
    html! {
        <ContextProvider<AppContext> context={state}>
            { props.children.clone() }
        </ContextProvider<AppContext>>
    }
}

/// The app handle, or `None` outside an [`AppProvider`] (components then render
/// nothing rather than panic).
#[hook]
pub fn use_app() -> Option<AppHandle> {
    use_context::<AppContext>().map(|inner| AppHandle { inner })
}

/// A callback dispatching an edit built from a value, for leaf components that
/// hold the stable dispatcher.
pub fn edit_callback<T: 'static>(
    dispatch: &Dispatch,
    make: impl Fn(T) -> Edit + 'static,
) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |value: T| dispatch.dispatch(Action::Edit(make(value))))
}

/// A callback reporting a field's validity.
pub fn validity_callback(dispatch: &Dispatch) -> Callback<(AttrValue, bool)> {
    let dispatch = dispatch.clone();
    Callback::from(move |(field, valid): (AttrValue, bool)| {
        dispatch.dispatch(Action::FieldValidity { field, valid });
    })
}
