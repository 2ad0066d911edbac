//! The internal proposal file offered as a download: one proposal or all of them,
//! named so nobody mistakes it for the customer's offer (it holds costs and margins).

use best_offer_domain::library::file::ProposalFile;

use crate::platform;

/// Offers `file` as `best-offer-INTERNAL-<name>-<today>.json`.
pub fn export(file: &ProposalFile, name: &str) {
    if let Ok(json) = file.to_json() {
        let today = platform::today().to_iso();
        platform::download(
            &format!(
                "best-offer-INTERNAL-{}-{today}.json",
                platform::file_slug(name)
            ),
            &json,
        );
    }
}
