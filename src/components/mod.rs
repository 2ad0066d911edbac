//! The workspace's components, one per file. Leaf components take their data and
//! callbacks as props and hold no pricing logic; section components read the app
//! state through `use_app()`.
//!
//! In folders by view: `workspace`, `offer`, `proposals`, `desk`, `history`, and `controls`
//! shared by all of them.

pub mod controls;
pub mod desk;
pub mod history;
pub mod lazy_view;
pub mod offer;
pub mod proposals;
pub mod workspace;
