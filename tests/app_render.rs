//! Native render tests of the top-level app, through Yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

use best_offer::app::App;

#[tokio::test]
async fn app_renders_the_view_switch_and_the_workspace() {
    let html = yew::ServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("aria-label=\"Views\""), "{html}");
    assert!(html.contains(">Written offer</a>"), "{html}");
    // The start shows the open proposal's workspace; the tabs lead to its addresses.
    assert!(html.contains("href=\"#/proposals\""), "{html}");
    assert!(html.contains("href=\"#/catalogue\""), "{html}");
    assert!(html.contains("id=\"workspace\""), "{html}");
}
