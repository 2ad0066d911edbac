//! Entry point of the Wasm app: starts the Yew renderer and nothing else.

fn main() {
    best_offer::start();
}
