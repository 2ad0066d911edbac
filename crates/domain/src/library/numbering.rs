//! Offer numbers: the numbers kept proposals use, so a new or imported offer takes
//! a free one.

use crate::library::file::StoredProposal;

/// The offer numbers of `proposals`.
pub fn offer_numbers(proposals: &[StoredProposal]) -> Vec<&str> {
    proposals
        .iter()
        .map(|p| p.proposal.offer.number.as_str())
        .collect()
}
