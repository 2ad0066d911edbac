//! The app-state context: the provider (which also runs autosave) and the hook that
//! gives components a handle with domain methods (a missing context renders nothing).

use std::cell::RefCell;
use std::rc::Rc;

use best_offer_domain::desk::Desk;
use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::field::{Drafts, FieldKey};
use best_offer_domain::library::proposal::Proposal;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::state::{Action, AppState, Dispatch};
use crate::storage;

/// What the context carries: the reducer handle.
pub type AppContext = UseReducerHandle<AppState>;

/// The newest half-typed field text, read by a field when it appears: a reload, a
/// return from another view or another proposal opened shows exactly what was typed.
/// The provider refreshes the inner value on every render, but the context itself
/// never changes, so typing in one field never re-renders the others.
#[derive(Clone)]
pub struct LatestDrafts(Rc<RefCell<Newest>>);

/// The open proposal's half-typed text, and the desk (which holds its own).
type Newest = (Rc<Drafts<FieldKey>>, Rc<Desk>);

impl PartialEq for LatestDrafts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Milliseconds of quiet before an autosave.
const AUTOSAVE_DELAY_MS: u32 = 300;

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

    /// The open proposal.
    pub fn proposal(&self) -> Rc<Proposal> {
        Rc::clone(self.inner.proposal())
    }

    /// Applies an edit to the open proposal.
    pub fn edit(&self, edit: Edit) {
        self.inner.dispatch(Action::Edit(edit));
    }

    /// Dispatches any action.
    pub fn dispatch(&self, action: Action) {
        self.inner.dispatch(action);
    }

    /// A callback that turns a value into an edit.
    pub fn edit_with<T: 'static>(&self, make: impl Fn(T) -> Edit + 'static) -> Callback<T> {
        edit_callback(&self.inner.dispatcher(), make)
    }

    /// A callback that turns a value into any action.
    pub fn action_with<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let dispatch = self.inner.dispatcher();
        Callback::from(move |value: T| dispatch.dispatch(make(value)))
    }

    /// The stable dispatcher, for leaf components' props.
    pub fn dispatcher(&self) -> Dispatch {
        self.inner.dispatcher()
    }
}

/// What storage holds, shared by the provider's saves (see [`storage::Kept`]).
#[derive(Clone, Default)]
pub struct KeptHandle(pub Rc<RefCell<storage::Kept>>);

impl PartialEq for KeptHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Properties of [`AppProvider`].
#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    /// The state to start with.
    pub initial: Rc<AppState>,
    /// What storage holds at start (nothing, outside a browser).
    #[prop_or_default]
    pub kept: KeptHandle,
    /// The app.
    pub children: Html,
}

/// Holds the app state, provides it to everything inside, and autosaves it:
/// 300 ms after the last change, and at once when the page is hidden or closed.
#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let initial = Rc::clone(&props.initial);
    let state = use_reducer(move || (*initial).clone());
    // The newest state not yet saved, and the timer that will save it.
    let unsaved = use_mut_ref(|| None::<AppState>);
    let timer = use_mut_ref(|| None::<Timeout>);

    let flush = {
        let unsaved = unsaved.clone();
        let timer = timer.clone();
        let dispatch = state.dispatcher();
        let kept = props.kept.clone();
        Rc::new(move || flush_now(&unsaved, &timer, &kept, &dispatch))
    };

    {
        let unsaved = unsaved.clone();
        let timer = timer.clone();
        let flush = Rc::clone(&flush);
        let snapshot = (*state).clone();
        use_effect_with(state.generation, move |generation| {
            // Generation 0 is what was just loaded: nothing to save yet.
            if *generation > 0 && snapshot.autosave {
                *unsaved.borrow_mut() = Some(snapshot);
                let flush = Rc::clone(&flush);
                *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_DELAY_MS, move || flush()));
            }
        });
    }

    // Closing or hiding the page inside the delay must not lose the last change.
    {
        let flush = Rc::clone(&flush);
        use_effect_with((), move |_| {
            let listeners: Vec<EventListener> = web_sys::window()
                .map(|window| {
                    let on_hide = Rc::clone(&flush);
                    let on_visibility = Rc::clone(&flush);
                    let mut list =
                        vec![EventListener::new(&window, "pagehide", move |_| on_hide())];
                    if let Some(document) = window.document() {
                        list.push(EventListener::new(
                            &document,
                            "visibilitychange",
                            move |_| on_visibility(),
                        ));
                    }
                    list
                })
                .unwrap_or_default();
            move || drop(listeners)
        });
    }

    // A new version installed in the background is announced.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = crate::platform::on_app_update(Callback::from(move |()| {
                dispatch.dispatch(Action::AppUpdated);
            }));
            move || drop(listener)
        });
    }

    let newest = || (Rc::clone(state.drafts()), Rc::clone(&state.library.desk));
    let latest = use_mut_ref(newest);
    *latest.borrow_mut() = newest();
    let drafts = LatestDrafts(latest);
    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<LatestDrafts> context={drafts}>
                { props.children.clone() }
            </ContextProvider<LatestDrafts>>
        </ContextProvider<AppContext>>
    }
}

fn flush_now(
    unsaved: &RefCell<Option<AppState>>,
    timer: &RefCell<Option<Timeout>>,
    kept: &KeptHandle,
    dispatch: &Dispatch,
) {
    if let Some(pending) = timer.borrow_mut().take() {
        pending.cancel();
    }
    let Some(state) = unsaved.borrow_mut().take() else {
        return;
    };
    // Timed, for the browser benchmark of autosave (`bo-save` measures).
    crate::platform::mark("bo-save-start");
    let result = storage::save(&mut kept.0.borrow_mut(), &state.library);
    crate::platform::measure("bo-save", "bo-save-start");
    dispatch.dispatch(Action::Saved(result));
}

/// The app handle. Every component of the app sits inside [`AppProvider`]; one
/// rendered outside it (on its own, in a test) gets a blank proposal of its own
/// rather than a panic. The fallback state is made once, at the first render, and
/// only when there is no provider.
#[hook]
pub fn use_app() -> AppHandle {
    let provided = use_context::<AppContext>();
    let missing = provided.is_none();
    let fallback = use_reducer(move || {
        if missing {
            AppState::default()
        } else {
            AppState::placeholder()
        }
    });
    AppHandle {
        inner: provided.unwrap_or(fallback),
    }
}

/// The half-typed text a field holds (kept across reloads and views), read once
/// when the field appears.
#[hook]
pub fn use_draft_at_mount(field: &DraftKey) -> Option<String> {
    let drafts = use_context::<LatestDrafts>();
    let field = field.clone();
    (*use_memo((), move |_| {
        drafts.and_then(|drafts| {
            let latest = drafts.0.borrow();
            let (proposal, desk) = &*latest;
            match &field {
                DraftKey::Proposal(key) => proposal.get(key),
                DraftKey::Desk(key) => desk.drafts.get(key),
            }
            .cloned()
        })
    }))
    .clone()
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

/// A callback recording a field's half-typed text (`None` once it parses).
pub fn draft_callback(dispatch: &Dispatch) -> Callback<(DraftKey, Option<String>)> {
    let dispatch = dispatch.clone();
    Callback::from(move |(key, text): (DraftKey, Option<String>)| {
        dispatch.dispatch(Action::FieldDraft { key, text });
    })
}
