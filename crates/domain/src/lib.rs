//! Best Offer's pure domain: everything that decides a price.
//!
//! This crate knows nothing about browsers, Yew or storage. It depends only on
//! `rust_decimal`, `serde` (with `serde_json` and `serde_path_to_error`), `thiserror`,
//! `base64` (logos in the file and customer links), `csv-core` (price lists) and the ISO 4217 table of `iso_currency`, so
//! every rule is tested natively and fast, and no pricing decision can hide in a UI
//! component.
//!
//! Nothing in here panics: arithmetic is checked and every failure is a typed error
//! (the crate's lints deny `unwrap`, `expect`, indexing and unchecked arithmetic).
//!
//! - [`currency`], [`percent`]: currencies with their minor units, percentages and the
//!   margin, markup and discount formulas.
//! - [`limits`]: every limit on what a proposal may hold, and the words messages use.
//! - [`locale`], [`parse`], [`format`](mod@format): what reps type and read.
//! - [`deal`]: what the rep entered; [`pricing`]: every figure of a scenario;
//!   [`solver`]: the best offer that keeps the floor; [`board`]: all of it at once.
//! - [`proposal`], [`edit`]: what a rep keeps, and every change they can make to it;
//!   [`field`]: its number fields by name, and whether the written offer may go out;
//!   [`library`]: rules over every kept proposal (unique offer numbers, import).
//! - [`desk`]: the rep's desk kept beside the proposals: the seller [`profile`] new
//!   proposals start from, the product [`catalogue`] lines are copied from, and the
//!   [`logo`]s; [`price_list`]: the catalogue to and from CSV.
//! - [`file`](mod@file): the versioned proposal file format (storage and export), declared
//!   with serde derives on the types themselves; [`decimal_text`]: how a figure is
//!   written in it (a string, never a binary fraction).
//! - [`offer`], [`date`]: the written offer, built from a customer-facing type with
//!   no internal figure in it; [`link`]: that offer carried in a customer link;
//!   [`words`]: its fixed words in five languages; [`digest`]: the FNV-1a digests
//!   behind logo ids, link checksums and offer fingerprints.

pub mod board;
pub mod catalogue;
pub(crate) mod checked;
pub mod currency;
pub mod date;
pub mod deal;
pub mod decimal_text;
pub mod desk;
pub mod digest;
pub mod edit;
pub mod error;
pub mod field;
pub mod file;
pub mod format;
pub mod library;
pub mod limits;
pub mod link;
pub mod locale;
pub mod logo;
pub mod offer;
pub mod offer_details;
pub mod parse;
pub mod percent;
pub mod price_list;
pub mod pricing;
pub mod profile;
pub mod proposal;
pub mod solver;
pub mod words;

pub use currency::Currency;
pub use error::PricingError;
pub use locale::NumberFormat;
pub use parse::ParseError;
pub use percent::Percent;

/// The product's name, as shown to reps and customers.
pub const PRODUCT_NAME: &str = "Best Offer";
