//! The app's addresses: every view, and every proposal, has a hash route.
//!
//! | address            | view                                   |
//! |--------------------|----------------------------------------|
//! | `#/proposals`      | the proposal list                      |
//! | `#/p/<id>`         | the workspace of proposal `<id>`       |
//! | `#/p/<id>/offer`   | the written offer of proposal `<id>`   |
//! | `#/catalogue`      | the product catalogue                  |
//! | `#/details`        | the rep's details (the seller profile) |
//! | `#/history`        | what the rep's past outcomes say       |
//! | `#/o/<payload>`    | a customer link: the offer it carries, read-only, with nothing of this browser's own |
//! | `#/` or unknown    | the workspace of the open proposal     |
//!
//! The routes live in the fragment, which never reaches the host: the site works
//! under any sub-path and offline, and a reload keeps the view and the proposal.
//! [`reconcile`] keeps the address and the open proposal in agreement; it is pure,
//! so its rules are tested natively. [`crate::router`] follows the location.

use best_offer_domain::library::file::is_valid_id;
use best_offer_domain::offer::link::{LINK_ROUTE, payload_of};

/// Which view is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Every kept proposal.
    Proposals,
    /// Deal, floor, scenarios.
    Workspace,
    /// The written offer.
    Offer,
    /// The seller profile ("Your details").
    Profile,
    /// The product catalogue.
    Catalogue,
    /// What the rep's past outcomes say.
    History,
}

/// An address of the app (the part after `#`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The start (`#/` or no fragment): the open proposal's workspace.
    Home,
    /// The proposal list.
    Proposals,
    /// A proposal's workspace.
    Workspace {
        /// The proposal's id.
        id: String,
    },
    /// A proposal's written offer.
    Offer {
        /// The proposal's id.
        id: String,
    },
    /// The product catalogue.
    Catalogue,
    /// The rep's details.
    Profile,
    /// What the rep's past outcomes say.
    History,
    /// A customer link: the offer carried in the address (see
    /// `best_offer_domain::offer::link`), shown read-only.
    CustomerLink {
        /// Everything after `#/o/`, unread.
        payload: String,
    },
    /// An address the app does not know (read as the start).
    NotFound,
}

impl Route {
    /// The view this address shows.
    pub fn view(&self) -> View {
        match self {
            Route::Proposals => View::Proposals,
            Route::Home | Route::NotFound | Route::Workspace { .. } => View::Workspace,
            Route::CustomerLink { .. } => View::Offer,
            Route::Offer { .. } => View::Offer,
            Route::Catalogue => View::Catalogue,
            Route::Profile => View::Profile,
            Route::History => View::History,
        }
    }

    /// The address of `view`, showing proposal `open` where the view has one.
    pub fn of_view(view: View, open: &str) -> Route {
        let id = open.to_string();
        match view {
            View::Proposals => Route::Proposals,
            View::Workspace => Route::Workspace { id },
            View::Offer => Route::Offer { id },
            View::Catalogue => Route::Catalogue,
            View::Profile => Route::Profile,
            View::History => Route::History,
        }
    }

    /// The proposal the address names, if it names one.
    pub fn proposal(&self) -> Option<&str> {
        match self {
            Route::Workspace { id } | Route::Offer { id } => Some(id),
            _ => None,
        }
    }

    /// The value of an `href` that leads here (a fragment: the site's own path is
    /// kept).
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Proposals => "#/proposals".to_string(),
            Route::Workspace { id } => format!("#/p/{id}"),
            Route::Offer { id } => format!("#/p/{id}/offer"),
            Route::Catalogue => "#/catalogue".to_string(),
            Route::Profile => "#/details".to_string(),
            Route::History => "#/history".to_string(),
            Route::CustomerLink { payload } => format!("#{LINK_ROUTE}{payload}"),
            Route::NotFound => "#/not-found".to_string(),
        }
    }

    /// The address a location fragment (`#/p/x`, or empty) holds. A proposal id
    /// is read as the file format allows it (letters, digits, `-` and `_`), so an
    /// id from the address needs no decoding and cannot hold a path.
    pub fn from_hash(hash: &str) -> Route {
        if let Some(payload) = payload_of(hash) {
            return Route::CustomerLink {
                payload: payload.to_string(),
            };
        }
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let parts: Vec<&str> = path.split('/').collect();
        let id = |id: &str| is_valid_id(id).then(|| id.to_string());
        let route = match parts.as_slice() {
            [""] => Some(Route::Home),
            ["proposals"] => Some(Route::Proposals),
            ["p", proposal] => id(proposal).map(|id| Route::Workspace { id }),
            ["p", proposal, "offer"] => id(proposal).map(|id| Route::Offer { id }),
            ["catalogue"] => Some(Route::Catalogue),
            ["details"] => Some(Route::Profile),
            ["history"] => Some(Route::History),
            _ => None,
        };
        route.unwrap_or(Route::NotFound)
    }
}

/// What brings the address and the open proposal into agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sync {
    /// They agree.
    Nothing,
    /// The address names another kept proposal: open it.
    Open(String),
    /// The address names a proposal this browser does not keep: say so and show
    /// the list (the address is replaced).
    NotKept(String),
    /// The address follows without a new history entry (the same view of the
    /// proposal that is now open, or the start made explicit).
    Replace(Route),
    /// Show the workspace of the proposal just started, as a new history entry.
    Push(Route),
}

/// What to do after a render that shows `route` with proposal `open` open, given
/// what the previous render showed (`None` on the first).
///
/// A change of address wins: the rep navigated (a link, back, forward, a reload),
/// so the address's proposal is opened. A change of the open proposal alone (a new
/// proposal, a copy, a deletion, an import) moves the address to it. `follow` says
/// a new proposal was started from a view without a proposal (the list), whose
/// workspace should come into view.
pub fn reconcile(
    previous: Option<(&Route, &str)>,
    route: &Route,
    open: &str,
    kept: impl Fn(&str) -> bool,
    follow: bool,
) -> Sync {
    let (route_changed, open_changed) = match previous {
        Some((before, opened_before)) => (before != route, opened_before != open),
        None => (true, false),
    };
    match route {
        Route::Home | Route::NotFound => Sync::Replace(Route::Workspace {
            id: open.to_string(),
        }),
        _ => match route.proposal() {
            Some(id) if id != open => {
                if route_changed || !open_changed {
                    if kept(id) {
                        Sync::Open(id.to_string())
                    } else {
                        Sync::NotKept(id.to_string())
                    }
                } else {
                    Sync::Replace(Route::of_view(route.view(), open))
                }
            }
            Some(_) => Sync::Nothing,
            None if open_changed && follow => Sync::Push(Route::Workspace {
                id: open.to_string(),
            }),
            None => Sync::Nothing,
        },
    }
}
