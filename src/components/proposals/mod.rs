//! The proposals view: every kept proposal, a row each.

pub mod proposal_list;
pub mod proposal_row;
