//! The app's addresses (`route.rs`): every view has one, and the address and the
//! open proposal are kept in agreement by `reconcile`'s rules.
#![cfg(not(target_arch = "wasm32"))]

use best_offer::route::{Route, Sync, View, reconcile};

fn workspace(id: &str) -> Route {
    Route::Workspace { id: id.into() }
}

fn offer(id: &str) -> Route {
    Route::Offer { id: id.into() }
}

#[test]
fn every_view_has_an_address_that_reads_back() {
    let all = [
        (Route::Proposals, "#/proposals", View::Proposals),
        (
            workspace("p-19ac3f2b1c0-5f3a9c"),
            "#/p/p-19ac3f2b1c0-5f3a9c",
            View::Workspace,
        ),
        (offer("p-1"), "#/p/p-1/offer", View::Offer),
        (Route::Catalogue, "#/catalogue", View::Catalogue),
        (Route::Profile, "#/details", View::Profile),
    ];
    for (route, href, view) in all {
        assert_eq!(route.href(), href);
        assert_eq!(Route::from_hash(href), route);
        assert_eq!(route.view(), view);
        assert_eq!(Route::of_view(view, "p-1").view(), view);
    }
    assert_eq!(Route::of_view(View::Offer, "p-1"), offer("p-1"));
    // A customer link keeps its payload unread, whatever it holds.
    let link = Route::from_hash("#/o/1.0a1b2c3d.AbC-_x");
    assert_eq!(
        link,
        Route::CustomerLink {
            payload: "1.0a1b2c3d.AbC-_x".into()
        }
    );
    assert_eq!(link.href(), "#/o/1.0a1b2c3d.AbC-_x");
    assert!(matches!(
        Route::from_hash("#/o/<script>"),
        Route::CustomerLink { .. }
    ));
}

#[test]
fn an_empty_or_unknown_address_is_the_start() {
    assert_eq!(Route::from_hash(""), Route::Home);
    assert_eq!(Route::from_hash("#"), Route::Home);
    assert_eq!(Route::from_hash("#/"), Route::Home);
    for unknown in ["#/nowhere", "#/p/", "#/p/a/b/c", "#top", "#/p/a/offer/x"] {
        let route = Route::from_hash(unknown);
        assert!(matches!(route, Route::NotFound), "{unknown}: {route:?}");
        assert_eq!(route.view(), View::Workspace);
    }
    assert_eq!(Route::from_hash("#/proposals"), Route::Proposals);
    // An id is read as the file format allows it: nothing to decode, no path in it.
    for bad in ["#/p/a%2Fb", "#/p/..", "#/p/<script>", "#/p/a b"] {
        assert_eq!(Route::from_hash(bad), Route::NotFound, "{bad}");
    }
    let long = format!("#/p/{}", "x".repeat(65));
    assert_eq!(Route::from_hash(&long), Route::NotFound);
}

#[test]
fn the_start_is_made_explicit_without_a_history_entry() {
    let kept = |_: &str| true;
    for start in [Route::Home, Route::NotFound] {
        assert_eq!(
            reconcile(None, &start, "a", kept, false),
            Sync::Replace(workspace("a"))
        );
    }
}

#[test]
fn a_change_of_address_opens_the_proposal_it_names() {
    let kept = |id: &str| id != "gone";
    // A reload or a link naming another kept proposal.
    assert_eq!(
        reconcile(None, &offer("b"), "a", kept, false),
        Sync::Open("b".into())
    );
    // Back, forward or a link while proposal a is open.
    assert_eq!(
        reconcile(
            Some((&workspace("a"), "a")),
            &workspace("b"),
            "a",
            kept,
            false
        ),
        Sync::Open("b".into())
    );
    // The same proposal: nothing to do.
    assert_eq!(
        reconcile(Some((&workspace("a"), "a")), &offer("a"), "a", kept, false),
        Sync::Nothing
    );
    // A proposal this browser does not keep.
    assert_eq!(
        reconcile(
            Some((&Route::Proposals, "a")),
            &workspace("gone"),
            "a",
            kept,
            false
        ),
        Sync::NotKept("gone".into())
    );
    // Address and open proposal changed together: the address wins.
    assert_eq!(
        reconcile(
            Some((&workspace("a"), "a")),
            &workspace("b"),
            "c",
            kept,
            false
        ),
        Sync::Open("b".into())
    );
}

#[test]
fn a_change_of_the_open_proposal_moves_the_address() {
    let kept = |_: &str| true;
    // A new proposal, a copy, or the open one deleted, while a proposal view shows.
    assert_eq!(
        reconcile(Some((&offer("a"), "a")), &offer("a"), "b", kept, false),
        Sync::Replace(offer("b"))
    );
    // From the list, a started proposal's workspace comes into view...
    assert_eq!(
        reconcile(
            Some((&Route::Proposals, "a")),
            &Route::Proposals,
            "b",
            kept,
            true
        ),
        Sync::Push(workspace("b"))
    );
    // ...but a copy made in the list leaves the list in view.
    assert_eq!(
        reconcile(
            Some((&Route::Proposals, "a")),
            &Route::Proposals,
            "b",
            kept,
            false
        ),
        Sync::Nothing
    );
    // Views without a proposal do not move.
    assert_eq!(
        reconcile(
            Some((&Route::Catalogue, "a")),
            &Route::Catalogue,
            "b",
            kept,
            false
        ),
        Sync::Nothing
    );
}

#[test]
fn agreement_is_reached_in_one_step_whatever_happened() {
    // After each answer, the next render shows its result; it must then agree.
    let ids = ["a", "b", "gone"];
    let kept = |id: &str| id != "gone";
    let routes: Vec<Route> = ids
        .iter()
        .flat_map(|id| [workspace(id), offer(id)])
        .chain([
            Route::Home,
            Route::Proposals,
            Route::Catalogue,
            Route::NotFound,
        ])
        .collect();
    for before in &routes {
        for route in &routes {
            for open_before in ["a", "b"] {
                for open in ["a", "b"] {
                    for follow in [false, true] {
                        let previous = Some((before, open_before));
                        let (next_route, next_open) =
                            match reconcile(previous, route, open, kept, follow) {
                                Sync::Nothing => continue,
                                Sync::Open(id) => (route.clone(), id),
                                Sync::NotKept(_) => (Route::Proposals, open.to_string()),
                                Sync::Replace(to) | Sync::Push(to) => (to, open.to_string()),
                            };
                        let settled =
                            reconcile(Some((route, open)), &next_route, &next_open, kept, false);
                        assert_eq!(
                            settled,
                            Sync::Nothing,
                            "{before:?}/{open_before} → {route:?}/{open} → {next_route:?}/{next_open}"
                        );
                    }
                }
            }
        }
    }
}
