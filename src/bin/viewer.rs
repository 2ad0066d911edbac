//! Entry point of the customer's viewer: a Wasm of its own, loaded for a customer
//! link instead of the rep's app, so the customer downloads the offer's reader and
//! not the rep's desk.

fn main() {
    best_offer::start_viewer();
}
