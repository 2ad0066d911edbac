//! Approval bands: who must approve a discount, by how deep it goes (up to 10 %:
//! the rep; up to 20 %: a manager; above: a director), and their edits.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::percent::Percent;
use crate::pricing::change::replace;

/// Identifies an approval band within its policy; stays the same when another band
/// is removed, so a half-typed limit never moves onto the next band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BandId(pub u32);

/// Who must approve a discount up to a size.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalBand {
    /// Stable identifier (the key of its fields).
    pub id: BandId,
    /// Largest deal discount this approver may grant.
    pub up_to: Percent,
    /// Who approves, e.g. "Sales manager".
    pub approver: String,
}

/// Approval bands, e.g. up to 10 %: rep; up to 20 %: manager; above: director.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalPolicy {
    /// Bands, in any order; the smallest band that covers a discount applies.
    pub bands: Vec<ApprovalBand>,
    /// Who approves anything above every band.
    pub above: String,
}

impl Default for ApprovalPolicy {
    fn default() -> Self {
        ApprovalPolicy {
            bands: vec![
                ApprovalBand {
                    id: BandId(1),
                    up_to: Percent::new(Decimal::TEN),
                    approver: "Rep".to_string(),
                },
                ApprovalBand {
                    id: BandId(2),
                    up_to: Percent::new(Decimal::from_parts(20, 0, 0, false, 0)),
                    approver: "Sales manager".to_string(),
                },
            ],
            above: "Sales director".to_string(),
        }
    }
}

/// A change to an approval policy (a proposal's, or the profile's default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApprovalEdit {
    /// Append a band, 10 points above the largest one.
    AddBand,
    /// Remove a band.
    RemoveBand(BandId),
    /// A band's discount limit.
    BandLimit(BandId, Percent),
    /// A band's approver.
    BandApprover(BandId, String),
    /// Who approves above every band.
    AboveApprover(String),
}

/// The most approval bands a policy holds.
pub const MAX_BANDS: usize = 20;

impl ApprovalPolicy {
    /// An identifier no band uses yet.
    pub fn next_band_id(&self) -> BandId {
        let max = self.bands.iter().map(|b| b.id.0).max().unwrap_or(0);
        BandId(max.saturating_add(1))
    }

    /// The band with `id` and its position (from 1), as the rep sees it.
    pub fn band(&self, id: BandId) -> Option<(usize, &ApprovalBand)> {
        self.bands
            .iter()
            .enumerate()
            .find(|(_, band)| band.id == id)
            .map(|(index, band)| (index.saturating_add(1), band))
    }

    /// Applies `edit`; `false` when it changes nothing.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::pricing::deal::{ApprovalEdit, ApprovalPolicy, BandId};
    /// let mut policy = ApprovalPolicy::default();
    /// assert!(policy.apply(ApprovalEdit::RemoveBand(BandId(1))));
    /// assert!(policy.apply(ApprovalEdit::AddBand));
    /// // The new band gets a fresh id: a removed band's id is never reused for it.
    /// assert_eq!(policy.bands.iter().map(|b| b.id.0).collect::<Vec<_>>(), [2, 3]);
    /// ```
    pub fn apply(&mut self, edit: ApprovalEdit) -> bool {
        fn band(bands: &mut [ApprovalBand], id: BandId) -> Option<&mut ApprovalBand> {
            bands.iter_mut().find(|b| b.id == id)
        }
        match edit {
            ApprovalEdit::AddBand => {
                if self.bands.len() >= MAX_BANDS {
                    return false;
                }
                let next = self
                    .bands
                    .iter()
                    .map(|b| b.up_to)
                    .max()
                    .map_or(Decimal::TEN, |p| p.points().saturating_add(Decimal::TEN))
                    .min(Decimal::ONE_HUNDRED);
                let id = self.next_band_id();
                self.bands.push(ApprovalBand {
                    id,
                    up_to: Percent::new(next),
                    approver: String::new(),
                });
                true
            }
            ApprovalEdit::RemoveBand(id) => {
                let before = self.bands.len();
                self.bands.retain(|b| b.id != id);
                self.bands.len() != before
            }
            ApprovalEdit::BandLimit(id, limit) => {
                band(&mut self.bands, id).is_some_and(|b| replace(&mut b.up_to, limit))
            }
            ApprovalEdit::BandApprover(id, name) => {
                band(&mut self.bands, id).is_some_and(|b| replace(&mut b.approver, name))
            }
            ApprovalEdit::AboveApprover(name) => replace(&mut self.above, name),
        }
    }
}
