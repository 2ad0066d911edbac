//! The customer's requirements as the offer carries them ([`OfferRequirement`]): the
//! customer's words, the answer, what it says and the names of the lines that meet
//! it. It has no internal note: nothing the rep keeps for themselves can reach the
//! page, the text version, the link or the acceptance email.

use serde::{Deserialize, Serialize};

use crate::library::proposal::Proposal;
use crate::requirements::Answer;

/// A requirement as the customer reads it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferRequirement {
    /// The requirement in the customer's words.
    pub text: String,
    /// How the offer answers it.
    pub answer: Answer,
    /// What the answer says (how, why, the alternative, the open question).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub response: String,
    /// The names of the lines that meet it, in deal order (met or partly met).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub met_by: Vec<String>,
}

/// The written requirements of `proposal` as the customer reads them: texts
/// trimmed, blank ones left out, lines named only for an answer that names lines
/// (and only lines that have a name).
pub(crate) fn for_customer(proposal: &Proposal) -> Vec<OfferRequirement> {
    proposal
        .requirements
        .iter()
        .filter(|r| r.is_written())
        .map(|r| OfferRequirement {
            text: r.text.trim().to_string(),
            answer: r.answer,
            response: r.response.trim().to_string(),
            met_by: if r.answer.names_lines() {
                proposal
                    .deal
                    .lines
                    .iter()
                    .filter(|line| r.lines.contains(&line.id))
                    .map(|line| line.terms.name.trim().to_string())
                    .filter(|name| !name.is_empty())
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect()
}
