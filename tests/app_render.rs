//! Native render tests of the top-level app, through Yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

use best_offer::app::App;

#[tokio::test]
async fn app_renders_its_title_and_workspace() {
    let html = yew::ServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(
        html.contains("<h1 class=\"app-title\">Best Offer</h1>"),
        "{html}"
    );
    assert!(html.contains("id=\"workspace\""), "{html}");
}
