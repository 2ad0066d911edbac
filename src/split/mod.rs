//! Code built on demand: the views of the rep's app that the first screen does not
//! need, and the parts of a customer link's offer that only some offers have, each
//! in a Wasm file of its own that the browser fetches the first time it is needed.
//!
//! Each split point is a `#[wasm_split]` function that hands back how to render its
//! view or part. At build time `scripts/build.sh` runs `wasm-split-cli` on the
//! linked Wasm: the code reachable only from a split point moves into that split's
//! file, and the call loads the file first (`docs/performance.md`, "Views on
//! demand"). The app's views are split points with the feature `split-views` (the
//! app's release build), the offer's parts with `split-link-parts` (the viewer's);
//! every other build (`trunk serve`, the native tests) renders them at once.

#[cfg(any(feature = "split-views", feature = "split-link-parts"))]
use std::cell::Cell;
#[cfg(any(feature = "split-views", feature = "split-link-parts"))]
use std::future::Future;
#[cfg(any(feature = "split-views", feature = "split-link-parts"))]
use std::pin::Pin;
#[cfg(any(feature = "split-views", feature = "split-link-parts"))]
use std::thread::LocalKey;

use yew::prelude::*;

pub mod offer_parts;
pub mod views;

/// How a split point's code renders what it is given, once it is loaded: a view of
/// the rep's app from [`views::ViewProps`], a part of the offer from an
/// [`offer_parts::OfferPart`].
pub type Render<P> = fn(&P) -> Html;

/// A split point's code could not be fetched (the browser's console says why).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotFetched;

/// The loading of a split point's code: the split point's call.
#[cfg(any(feature = "split-views", feature = "split-link-parts"))]
pub(crate) type Load<P> = fn() -> Pin<Box<dyn Future<Output = Result<Render<P>, NotFetched>>>>;

/// Where a split point's code is.
pub(crate) enum Code<P: 'static> {
    /// In the Wasm already: a build without this split point.
    Here(Render<P>),
    /// In a Wasm file of its own, fetched by `load` the first time; kept in
    /// `loaded` from then on.
    #[cfg(any(feature = "split-views", feature = "split-link-parts"))]
    OnDemand {
        load: Load<P>,
        loaded: &'static LocalKey<Cell<Option<Render<P>>>>,
    },
}

/// A view, or a part of the offer, built on demand.
///
/// The app's views are split points in the release build of the app alone
/// (`scripts/build.sh`, feature `split-views`); the offer's parts that only some
/// offers have, in the customer's viewer alone (feature `split-link-parts`). Every
/// other build (the app for the offer's parts, the viewer for the app's views,
/// `trunk serve`, the native tests) has their code at once.
pub struct Split<P: 'static> {
    /// The split's name, as its file is named (`split_<name>-<hash>.wasm`).
    pub name: &'static str,
    pub(crate) code: Code<P>,
}

impl<P: 'static> Split<P> {
    /// The renderer, if this split's code is already here.
    pub fn ready(&'static self) -> Option<Render<P>> {
        match &self.code {
            Code::Here(render) => Some(*render),
            #[cfg(any(feature = "split-views", feature = "split-link-parts"))]
            Code::OnDemand { loaded, .. } => loaded.get(),
        }
    }

    /// Loads this split's code; the renderer, kept for every later use.
    pub async fn load(&'static self) -> Result<Render<P>, NotFetched> {
        match &self.code {
            Code::Here(render) => Ok(*render),
            #[cfg(any(feature = "split-views", feature = "split-link-parts"))]
            Code::OnDemand { load, loaded } => {
                let render = load().await?;
                loaded.set(Some(render));
                Ok(render)
            }
        }
    }
}

/// Declares a split point — its code on demand in a build with `$feature`, at once
/// in any other — and the cell that keeps its renderer once loaded.
macro_rules! split_view {
    ($(#[$doc:meta])* $name:ident: $props:ty = $split:ident if $feature:literal, $render:expr) => {
        $(#[$doc])*
        #[cfg(feature = $feature)]
        pub static $name: $crate::split::Split<$props> = {
            thread_local! {
                static LOADED: std::cell::Cell<Option<$crate::split::Render<$props>>> =
                    const { std::cell::Cell::new(None) };
            }
            #[wasm_split_helpers::wasm_split($split, fallible)]
            fn split_point() -> Result<$crate::split::Render<$props>, wasm_split_helpers::SplitLoaderError> {
                Ok($render)
            }
            $crate::split::Split {
                name: stringify!($split),
                code: $crate::split::Code::OnDemand {
                    load: || Box::pin(async { split_point().await.map_err(|_| $crate::split::NotFetched) }),
                    loaded: &LOADED,
                },
            }
        };
        $(#[$doc])*
        #[cfg(not(feature = $feature))]
        pub static $name: $crate::split::Split<$props> = $crate::split::Split {
            name: stringify!($split),
            code: $crate::split::Code::Here($render),
        };
    };
}
pub(crate) use split_view;
