//! The proposals view: every kept proposal, a row each.

pub mod follow_ups;
pub mod proposal_list;
pub mod proposal_row;
