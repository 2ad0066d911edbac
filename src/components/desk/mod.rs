//! The desk views: Your details (the seller profile) and the catalogue with its price-list import.

pub mod catalogue_item_row;
pub mod catalogue_page;
pub mod column_matching;
pub mod logo_picker;
pub mod price_list_import;
pub mod profile_page;
