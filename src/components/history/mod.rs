//! The history view: what the rep's own outcomes say about discounts, margins and
//! the floor (computed by the domain's `outcome::history` from the kept proposals).

pub mod band_chart;
pub mod band_table;
pub mod history_page;
