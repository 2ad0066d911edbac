//! The workspace's English, written from the domain's typed outcomes: the domain
//! answers with values (which line, which field, what happened), and this module
//! says them to the rep — what an action did here, each refusal in `problems`,
//! where a field is in `places`. (The customer's document speaks its own language,
//! from the domain's word tables.)

pub mod labels;
pub mod outcomes;
pub mod places;
pub mod problems;

use std::fmt::Write as _;

use best_offer_domain::desk::Desk;
use best_offer_domain::desk::catalogue::Merged;
use best_offer_domain::library::desk_rules::CatalogueSave;
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::library::readiness::{NoFigures, Unpriced};
use best_offer_domain::library::{Copied, ImportReport, NewRefused};
use best_offer_domain::limits::MAX_ITEMS_TEXT;
use best_offer_domain::money::format::{format_money, format_percent};
use best_offer_domain::offer::details::OfferChoice;
use best_offer_domain::offer::warnings::OfferWarning;
use best_offer_domain::{Currency, NumberFormat};

use crate::notice::Notice;

pub use places::{
    desk_place, field_place, line_name, profile_problem, requirement_name, unreadable,
};
pub use problems::Explain;

/// A reason to stop before printing, as the offer page lists it.
pub fn offer_warning(warning: &OfferWarning, currency: Currency, format: NumberFormat) -> String {
    let money = |v| format_money(v, currency, format);
    match warning {
        OfferWarning::BelowFloor {
            at_cost,
            offered,
            floor,
        } => format!(
            "This offer ({}) is below your {} of {}.",
            money(*offered),
            if *at_cost { "cost" } else { "floor" },
            money(*floor)
        ),
        OfferWarning::NeedsApproval { discount, approver } => format!(
            "A {} discount needs approval by {approver}.",
            format_percent(*discount, 2, format)
        ),
    }
}

/// A line that cannot be priced as meant, and what to do about it.
pub fn unpriced(proposal: &Proposal, unpriced: Unpriced) -> String {
    match unpriced {
        Unpriced::MaintenanceCoversNothing(line) => format!(
            "{}: maintenance covers no licence — it is a yearly percentage of the one-time licence lines, and this deal has none. Add the licence as a one-time line, or make this line another kind.",
            line_name(proposal, line)
        ),
    }
}

/// What a notice about the rep's own actions says (storage notices carry their
/// own words, written where the storage problem is known).
pub fn notice(notice: &Notice, desk: &Desk) -> String {
    match notice {
        Notice::Imported(report) => imported(report),
        Notice::Copied(copied) => copied_proposal(copied),
        Notice::NewRefused(refused) => new_refused(refused, desk),
        Notice::NotKept(id) => format!(
            "This browser keeps no proposal “{id}”: the address may come from another browser, or the proposal was deleted. These are the proposals kept here."
        ),
        Notice::CatalogueSaved(saved) => catalogue_saved(saved),
        Notice::ItemsImported(imported) => items_imported(*imported),
        Notice::KeptAside { reason, .. } | Notice::Unreadable(reason) => reason.explain(),
        Notice::SaveFailed(error) => error.explain(),
        Notice::ImportFailed(refusal) => refusal.explain(),
        Notice::NearlyFull(used) => format!("Browser storage is {used} % full."),
        Notice::Updated => "Best Offer has been updated.".to_string(),
    }
}

/// What an import of a proposal file did, e.g. `Imported: 2 added, 0 replaced.`
pub fn imported(report: &ImportReport) -> String {
    let mut message = format!(
        "Imported: {} added, {} replaced.",
        report.added, report.replaced
    );
    if report.items_added > 0 || report.items_updated > 0 {
        let _ = write!(
            message,
            " Catalogue: {} added, {} updated.",
            report.items_added, report.items_updated
        );
    }
    if report.profile_replaced {
        message.push_str(" Your details were taken from the file.");
    }
    if report.profile_kept {
        message.push_str(" Your details were kept (the file's differ).");
    }
    for change in &report.renumbered {
        let _ = write!(
            message,
            " “{}” now has offer number {} ({} was already used).",
            change.label, change.to, change.from
        );
    }
    message
}

/// A copied proposal: which, and the copy's own number.
fn copied_proposal(copied: &Copied) -> String {
    format!(
        "Copied “{}”. The copy is a new offer: number {}, revision 1.",
        copied.from, copied.number
    )
}

/// Why no new proposal started.
fn new_refused(refused: &NewRefused, desk: &Desk) -> String {
    let problems: Vec<String> = refused
        .problems
        .iter()
        .map(|problem| profile_problem(problem, desk))
        .collect();
    format!(
        "Fix your details before starting a new proposal: {}.",
        problems.join("; ")
    )
}

/// What "Save to catalogue" did.
fn catalogue_saved(saved: &CatalogueSave) -> String {
    let named = |name: &str| {
        if name.is_empty() {
            "the line".to_string()
        } else {
            format!("“{name}”")
        }
    };
    match saved {
        CatalogueSave::Added { name } => format!("Added {} to the catalogue.", named(name)),
        CatalogueSave::Updated { name } => format!("Updated {} in the catalogue.", named(name)),
        CatalogueSave::Full => format!(
            "Not saved: the catalogue is full ({MAX_ITEMS_TEXT} items). Delete an item first."
        ),
    }
}

/// What a price list brought.
fn items_imported(imported: Merged) -> String {
    format!(
        "Price list imported: {} items added, {} updated.",
        imported.added, imported.updated
    )
}

/// The board column the written offer's figures come from, as the board names it.
pub fn column_name(proposal: &Proposal, choice: OfferChoice) -> String {
    match choice {
        OfferChoice::BestOffer => "Best offer".to_string(),
        OfferChoice::Scenario(id) => {
            proposal
                .scenarios
                .iter()
                .find(|s| s.id == id)
                .map_or_else(String::new, |s| {
                    crate::messages::labels::scenario_title(
                        s,
                        proposal.deal.currency,
                        proposal.number_format,
                    )
                })
        }
    }
}

/// The options an offer gives, as the offer page names its figures: "the options
/// Standard, Professional and Enterprise".
pub fn options_named(proposal: &Proposal) -> String {
    let names: Vec<&str> = proposal.options.iter().map(|o| o.name.trim()).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("the options {} and {last}", rest.join(", "))
        }
        _ => "the options".to_string(),
    }
}

/// Why the written offer of `proposal` has no figures.
pub fn no_figures(proposal: &Proposal, reason: &NoFigures) -> String {
    match reason {
        NoFigures::Pricing(error) => error.explain(),
        NoFigures::ScenarioGone => "The chosen scenario no longer exists.".to_string(),
        NoFigures::Option(unpriced) => {
            let option = proposal
                .options
                .iter()
                .find(|o| o.id == unpriced.id)
                .map_or_else(
                    || "An option".to_string(),
                    |o| format!("The option “{}”", o.name.trim()),
                );
            match unpriced.item {
                Some(line) => format!(
                    "{option} cannot offer {} as optional: {}",
                    line_name(proposal, line),
                    unpriced.error.explain()
                ),
                None => format!("{option} cannot be priced: {}", unpriced.error.explain()),
            }
        }
    }
}
