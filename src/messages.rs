//! The workspace's English, written from the domain's typed outcomes: the domain
//! answers with values (which line, which field, what happened), and this module
//! says them to the rep. (The customer's document speaks its own language, from the
//! domain's word tables.)

use best_offer_domain::library::field::line_name;
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::library::readiness::Unpriced;

/// A line that cannot be priced as meant, and what to do about it.
pub fn unpriced(proposal: &Proposal, unpriced: Unpriced) -> String {
    match unpriced {
        Unpriced::MaintenanceCoversNothing(line) => format!(
            "{}: maintenance covers no licence — it is a yearly percentage of the one-time licence lines, and this deal has none. Add the licence as a one-time line, or make this line another kind.",
            line_name(proposal, line)
        ),
    }
}
