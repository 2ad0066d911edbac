//! Views built on demand: the parts of the rep's app that the first screen does not
//! need, each in a Wasm file of its own that the browser fetches the first time the
//! rep opens it.
//!
//! Each split point is a `#[wasm_split]` function that hands back how to render its
//! view. At build time `scripts/build.sh` runs `wasm-split-cli` on the linked Wasm:
//! the code reachable only from a split point moves into that split's file, and the
//! call loads the file first (`docs/performance.md`, "Views on demand"). Builds
//! without the feature `split-views` (the viewer, `trunk serve`, the native tests)
//! render the views at once.

#[cfg(feature = "split-views")]
use std::cell::Cell;
#[cfg(feature = "split-views")]
use std::future::Future;
#[cfg(feature = "split-views")]
use std::pin::Pin;
#[cfg(feature = "split-views")]
use std::thread::LocalKey;

use best_offer_domain::library::draft::FocusTarget;
use yew::prelude::*;

use crate::components::desk::catalogue_page::CataloguePage;
use crate::components::desk::profile_page::ProfilePage;
use crate::components::history::history_page::HistoryPage;
use crate::components::offer::offer_page::OfferPage;
use crate::components::proposals::proposal_list::ProposalList;
use crate::components::workspace::line_overrides::LineOverrides;
use crate::components::workspace::options_editor::OptionsEditor;

/// What the views built on demand take from the shell. One type for all of them, so
/// that the component standing in for them ([`LazyView`]) is compiled once, not
/// once per kind of properties (0.7 KB brotli of the first visit, measured).
///
/// [`LazyView`]: crate::components::lazy_view::LazyView
#[derive(Clone, PartialEq, Default)]
pub struct ViewProps {
    /// The written offer's "Fix this field": takes the rep to the field.
    pub on_fix: Callback<FocusTarget>,
    /// The list's New proposal: the shell then shows its workspace once it is open.
    pub on_started: Callback<()>,
}

/// How a view built on demand renders, once its code is loaded.
pub type Render = fn(&ViewProps) -> Html;

/// A view's code could not be fetched (the browser's console says why).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotFetched;

/// The loading of a view's code: the split point's call.
#[cfg(feature = "split-views")]
type Load = fn() -> Pin<Box<dyn Future<Output = Result<Render, NotFetched>>>>;

/// A view built on demand.
///
/// Only the release build of the app (`scripts/build.sh`, feature `split-views`)
/// has split points: the customer's viewer links this crate too and must not carry
/// the views, and builds that are not split afterwards (`trunk serve`, the native
/// tests) render them at once.
pub struct Split {
    /// The split's name, as its file is named (`split_<name>-<hash>.wasm`).
    pub name: &'static str,
    #[cfg(feature = "split-views")]
    load: Load,
    #[cfg(feature = "split-views")]
    loaded: &'static LocalKey<Cell<Option<Render>>>,
    #[cfg(not(feature = "split-views"))]
    render: Render,
}

impl Split {
    /// The renderer, if this view's code is already here.
    pub fn ready(&'static self) -> Option<Render> {
        #[cfg(feature = "split-views")]
        return self.loaded.get();
        #[cfg(not(feature = "split-views"))]
        return Some(self.render);
    }

    /// Loads this view's code; the renderer, kept for every later opening.
    pub async fn load(&'static self) -> Result<Render, NotFetched> {
        #[cfg(feature = "split-views")]
        {
            let render = (self.load)().await?;
            self.loaded.set(Some(render));
            Ok(render)
        }
        #[cfg(not(feature = "split-views"))]
        Ok(self.render)
    }
}

/// Declares a view built on demand: its split point and the cell that keeps its
/// renderer once loaded.
#[cfg(feature = "split-views")]
macro_rules! split_view {
    ($(#[$doc:meta])* $name:ident = $split:ident, $render:expr) => {
        $(#[$doc])*
        pub static $name: Split = {
            thread_local! {
                static LOADED: Cell<Option<Render>> = const { Cell::new(None) };
            }
            #[wasm_split_helpers::wasm_split($split, fallible)]
            fn split_point() -> Result<Render, wasm_split_helpers::SplitLoaderError> {
                Ok($render)
            }
            Split {
                name: stringify!($split),
                load: || Box::pin(async { split_point().await.map_err(|_| NotFetched) }),
                loaded: &LOADED,
            }
        };
    };
}

/// Declares a view that is rendered at once (a build without split points).
#[cfg(not(feature = "split-views"))]
macro_rules! split_view {
    ($(#[$doc:meta])* $name:ident = $split:ident, $render:expr) => {
        $(#[$doc])*
        pub static $name: Split = Split {
            name: stringify!($split),
            render: $render,
        };
    };
}

split_view!(
    /// The written offer: the form, the document, printing, the link and the outcome.
    OFFER = offer,
    |view| html! { <OfferPage on_fix={view.on_fix.clone()} /> }
);
split_view!(
    /// Your details: the seller's profile and logo.
    PROFILE = profile,
    |_| html! { <ProfilePage /> }
);
split_view!(
    /// The catalogue and price-list import.
    CATALOGUE = catalogue,
    |_| html! { <CataloguePage /> }
);
split_view!(
    /// What the proposals sold for: the history of outcomes.
    HISTORY = history,
    |_| html! { <HistoryPage /> }
);
split_view!(
    /// The list of proposals: search, follow-ups, import and export.
    PROPOSALS = proposals,
    |view| html! { <ProposalList on_started={view.on_started.clone()} /> }
);
split_view!(
    /// The options of a proposal that has them (the workspace's options panel).
    OPTIONS = options,
    |_| html! { <OptionsEditor /> }
);
split_view!(
    /// The per-line discounts, behind "Set per-line discounts…" on the board.
    LINE_OVERRIDES = line_overrides,
    |_| html! { <LineOverrides /> }
);
