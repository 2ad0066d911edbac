//! Best Offer's pure domain: everything that decides a price.
//!
//! This crate knows nothing about browsers, Yew or storage. It depends only on
//! `rust_decimal`, `serde` (with `serde_json` and `serde_path_to_error`), `base64`
//! (logos in the file and customer links), `csv-core` (price lists) and the ISO 4217
//! table of `iso_currency`, so every rule is tested natively and fast, and no
//! pricing decision can hide in a UI component.
//!
//! Nothing in here panics: arithmetic is checked and every failure is a typed error
//! (the crate's lints deny `unwrap`, `expect`, indexing and unchecked arithmetic).
//! Errors and refusals are values that say what and where; the rep's sentences are
//! written by the app (`src/messages/`). The only words here are the customer
//! document's, in its five languages (`offer::words`).
//!
//! The crate is in folders by concept:
//!
//! - [`money`]: currencies with their minor units, percentages and the margin, markup
//!   and discount formulas, checked arithmetic, and what reps type and read.
//! - [`pricing`]: what the rep entered ([`pricing::deal`]), every figure of a scenario,
//!   the best offer that keeps the floor ([`pricing::solver`]) and all of it at once
//!   ([`pricing::board`]).
//! - [`offer`]: the written offer, built from a customer-facing type with no internal
//!   figure in it; its fixed words in five languages ([`offer::words`]), the customer
//!   link ([`offer::link`]), logos and the digests behind fingerprints.
//! - [`desk`]: the rep's desk kept beside the proposals: the seller profile new
//!   proposals start from, the product catalogue lines are copied from, price lists.
//! - [`library`]: what a rep keeps and every rule over it: a proposal and its edits,
//!   its number fields by name, the versioned file format, and the kept proposals'
//!   lifecycle (new, open, copy, delete, sent, import).
//! - [`outcome`]: how a sent offer ended (won, or lost and why), the follow-up call,
//!   its calendar entry, the thank-you note, reopening, and what the history says.
//! - [`options`]: options in one offer, each a deal of its own keeping every floor,
//!   with the items the buyer may add and prices at an equal margin.
//! - [`requirements`]: what the customer asked for, in their words, and how the offer
//!   answers each (met, partly, not offered, to confirm).
//! - [`limits`]: every limit on what a proposal may hold; [`date`]: calendar days.

pub mod date;
pub mod desk;
pub mod fold;
pub mod library;
pub mod limits;
pub mod money;
pub mod offer;
pub mod options;
pub mod outcome;
pub mod pricing;
pub mod requirements;

pub use money::currency::Currency;
pub use money::locale::NumberFormat;
pub use money::parse::ParseError;
pub use money::percent::Percent;
pub use pricing::error::PricingError;

/// The product's name, as shown to reps and customers.
pub const PRODUCT_NAME: &str = "Best Offer";
