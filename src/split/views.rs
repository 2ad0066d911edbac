//! The views of the rep's app built on demand (feature `split-views`): each opened
//! through [`LazyView`](crate::components::lazy_view::LazyView).

use best_offer_domain::library::draft::FocusTarget;
use yew::prelude::*;

use crate::components::desk::catalogue_page::CataloguePage;
use crate::components::desk::profile_page::ProfilePage;
use crate::components::history::history_page::HistoryPage;
use crate::components::offer::offer_page::OfferPage;
use crate::components::proposals::proposal_list::ProposalList;
use crate::components::workspace::line_overrides::LineOverrides;
use crate::components::workspace::options_editor::OptionsEditor;
use crate::split::split_view;

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

split_view!(
    /// The written offer: the form, the document, printing, the link and the outcome.
    OFFER: ViewProps = offer if "split-views",
    |view| html! { <OfferPage on_fix={view.on_fix.clone()} /> }
);
split_view!(
    /// Your details: the seller's profile and logo.
    PROFILE: ViewProps = profile if "split-views",
    |_| html! { <ProfilePage /> }
);
split_view!(
    /// The catalogue and price-list import.
    CATALOGUE: ViewProps = catalogue if "split-views",
    |_| html! { <CataloguePage /> }
);
split_view!(
    /// What the proposals sold for: the history of outcomes.
    HISTORY: ViewProps = history if "split-views",
    |_| html! { <HistoryPage /> }
);
split_view!(
    /// The list of proposals: search, follow-ups, import and export.
    PROPOSALS: ViewProps = proposals if "split-views",
    |view| html! { <ProposalList on_started={view.on_started.clone()} /> }
);
split_view!(
    /// The options of a proposal that has them (the workspace's options panel).
    OPTIONS: ViewProps = options if "split-views",
    |_| html! { <OptionsEditor /> }
);
split_view!(
    /// The per-line discounts, behind "Set per-line discounts…" on the board.
    LINE_OVERRIDES: ViewProps = line_overrides if "split-views",
    |_| html! { <LineOverrides /> }
);
