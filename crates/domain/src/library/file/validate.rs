//! The ranges a proposal file's types cannot express: text lengths, amounts,
//! percentages, counts, ids and the desk's figures, each refused with its path.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use crate::desk::Desk;
use crate::library::file::{
    Count, FileError, FileFault, LinkMade, MAX_LINKS_MADE, ProposalFile, Status, StoredProposal,
    invalid, is_valid_id,
};
use crate::library::proposal::Proposal;
use crate::limits::{
    MAX_ITEMS, MAX_LINES, MAX_LIST_ITEMS, MAX_MONEY, MAX_PROPOSALS, MAX_QUANTITY, MAX_SCENARIOS,
    MAX_SEQUENCE, MAX_TERM_MONTHS, MAX_TEXT_CHARS, MAX_VALIDITY_DAYS,
};
use crate::offer::logo::LogoId;
use crate::options::{MAX_OPTIONS, MIN_OPTIONS};
use crate::pricing::deal::MAX_BANDS;
use crate::pricing::deal::{ApprovalPolicy, CostBasis, ItemTerms, Lever, LineId};
use crate::requirements::MAX_REQUIREMENTS;

fn check_text(path: &str, text: &str) -> Result<(), FileError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(invalid(path, FileFault::TextTooLong));
    }
    Ok(())
}

fn check_money(path: &str, value: Decimal) -> Result<(), FileError> {
    if value < Decimal::ZERO {
        return Err(invalid(path, FileFault::Negative));
    }
    if value > MAX_MONEY {
        return Err(invalid(path, FileFault::MoneyTooLarge));
    }
    Ok(())
}

fn check_percent(path: &str, points: Decimal, below_100: bool) -> Result<(), FileError> {
    let hundred = Decimal::ONE_HUNDRED;
    if points < Decimal::ZERO || points > hundred || (below_100 && points == hundred) {
        return Err(invalid(path, FileFault::Percent { below_100 }));
    }
    Ok(())
}

/// The terms of a line or a catalogue item whose `terms` are at `at`: texts, price,
/// cost, cap and maintenance rate.
fn check_terms(at: &str, terms: &ItemTerms) -> Result<(), FileError> {
    check_text(&format!("{at}.name"), &terms.name)?;
    check_text(&format!("{at}.description"), &terms.description)?;
    check_money(&format!("{at}.unit_list_price"), terms.unit_list_price)?;
    match terms.cost {
        CostBasis::UnitCost(cost) => check_money(&format!("{at}.cost.value"), cost)?,
        CostBasis::MarginAtList(m) => check_percent(&format!("{at}.cost.value"), m.points(), true)?,
    }
    if let Some(cap) = terms.max_discount {
        check_percent(&format!("{at}.max_discount"), cap.points(), false)?;
    }
    check_percent(
        &format!("{at}.maintenance_rate"),
        terms.maintenance_rate.points(),
        false,
    )
}

/// Range checks that the types cannot express.
pub(crate) fn validate(file: &ProposalFile) -> Result<(), FileError> {
    if file.proposals.len() > MAX_PROPOSALS {
        return Err(invalid("proposals", FileFault::TooMany(Count::Proposals)));
    }
    let mut ids = std::collections::BTreeSet::new();
    for (i, stored) in file.proposals.iter().enumerate() {
        let at = format!("proposals[{i}]");
        if !is_valid_id(&stored.id) {
            return Err(invalid(format!("{at}.id"), FileFault::BadId));
        }
        if !ids.insert(stored.id.as_str()) {
            return Err(invalid(format!("{at}.id"), FileFault::DuplicateId));
        }
        validate_proposal(&format!("{at}.proposal"), &stored.proposal)?;
        for (key, text) in stored.drafts.raw() {
            check_text(&format!("{at}.drafts.{key}"), key)?;
            check_text(&format!("{at}.drafts.{key}"), text)?;
        }
        if stored.drafts.len() > 2_000 {
            return Err(invalid(
                format!("{at}.drafts"),
                FileFault::TooMany(Count::Drafts),
            ));
        }
        validate_links(&format!("{at}.links"), &stored.links)?;
        for (k, sent) in stored.sent.iter().enumerate() {
            validate_links(&format!("{at}.sent[{k}].links"), &sent.links)?;
        }
        validate_outcomes(&at, stored)?;
    }
    if let Some(current) = &file.current
        && !ids.contains(current.as_str())
    {
        return Err(invalid("current", FileFault::NamesNoProposal));
    }
    validate_desk(&file.desk)?;
    // Every logo a proposal or a sent offer names is in the file.
    let logo_known =
        |logo: &Option<LogoId>| logo.as_ref().is_none_or(|id| file.desk.logo(id).is_some());
    for (i, stored) in file.proposals.iter().enumerate() {
        if !logo_known(&stored.proposal.offer.seller.logo) {
            return Err(invalid(
                format!("proposals[{i}].proposal.offer.seller.logo"),
                FileFault::NamesNoLogo,
            ));
        }
        for (k, sent) in stored.sent.iter().enumerate() {
            if !logo_known(&sent.offer.logo) {
                return Err(invalid(
                    format!("proposals[{i}].sent[{k}].offer.logo"),
                    FileFault::NamesNoLogo,
                ));
            }
        }
    }
    Ok(())
}

/// Outcomes and the follow-up: texts and figures in range, and the last revision's
/// outcome as the status says (a won or lost proposal may lack one: recorded before
/// version 6).
fn validate_outcomes(at: &str, stored: &StoredProposal) -> Result<(), FileError> {
    let last = crate::library::file::last_sent(&stored.sent).map(|s| s.revision);
    for (k, sent) in stored.sent.iter().enumerate() {
        let Some(outcome) = &sent.outcome else {
            continue;
        };
        let here = format!("{at}.sent[{k}].outcome");
        check_text(&format!("{here}.notes"), &outcome.notes)?;
        if let Some(loss) = &outcome.lost {
            check_text(&format!("{here}.lost.competitor"), &loss.competitor)?;
            check_text(
                &format!("{here}.lost.competitor_promise"),
                &loss.competitor_promise,
            )?;
            if let Some(price) = loss.competitor_price {
                check_money(&format!("{here}.lost.competitor_price"), price)?;
            }
        }
        if let Some(figures) = &outcome.figures {
            for (name, value) in [
                ("list", figures.list),
                ("offered", figures.offered),
                ("cost", figures.cost),
            ] {
                check_money(&format!("{here}.figures.{name}"), value)?;
            }
            if let Some(best) = figures.best {
                check_money(&format!("{here}.figures.best"), best)?;
            }
        }
        let ended_as = if outcome.is_won() {
            Status::Won
        } else {
            Status::Lost
        };
        let agrees = Some(sent.revision) != last
            || stored.status == Status::Draft
            || stored.status == ended_as;
        if !agrees {
            return Err(invalid(here, FileFault::OutcomeAgainstStatus));
        }
    }
    if let Some(follow_up) = &stored.follow_up {
        check_text(&format!("{at}.follow_up.reason"), &follow_up.reason)?;
    }
    Ok(())
}

fn validate_links(at: &str, links: &[LinkMade]) -> Result<(), FileError> {
    if links.len() > MAX_LINKS_MADE {
        return Err(invalid(at, FileFault::TooMany(Count::Links)));
    }
    for (k, link) in links.iter().enumerate() {
        if link.fingerprint.chars().count() > 32 {
            return Err(invalid(
                format!("{at}[{k}].fingerprint"),
                FileFault::FingerprintTooLong,
            ));
        }
    }
    Ok(())
}

fn validate_approval(at: &str, approval: &ApprovalPolicy) -> Result<(), FileError> {
    if approval.bands.len() > MAX_BANDS {
        return Err(invalid(
            format!("{at}.bands"),
            FileFault::TooMany(Count::Bands),
        ));
    }
    let mut ids = BTreeSet::new();
    for (k, band) in approval.bands.iter().enumerate() {
        if band.id.0 == 0 || !ids.insert(band.id) {
            return Err(invalid(format!("{at}.bands[{k}].id"), FileFault::BadBandId));
        }
        check_percent(
            &format!("{at}.bands[{k}].up_to"),
            band.up_to.points(),
            false,
        )?;
        check_text(&format!("{at}.bands[{k}].approver"), &band.approver)?;
    }
    check_text(&format!("{at}.above"), &approval.above)
}

fn validate_desk(desk: &Desk) -> Result<(), FileError> {
    let profile = &desk.profile;
    for (name, text) in [
        ("seller.company", &profile.seller.company),
        ("seller.address", &profile.seller.address),
        ("seller.rep_name", &profile.seller.rep_name),
        ("seller.rep_title", &profile.seller.rep_title),
        ("seller.rep_email", &profile.seller.rep_email),
        ("seller.rep_phone", &profile.seller.rep_phone),
        ("payment_terms", &profile.payment_terms),
        ("number_pattern", &profile.number_pattern),
    ] {
        check_text(&format!("desk.profile.{name}"), text)?;
    }
    if profile.term_months == 0 || profile.term_months > MAX_TERM_MONTHS {
        return Err(invalid("desk.profile.term_months", FileFault::TermRange));
    }
    if profile.validity_days == 0 || profile.validity_days > MAX_VALIDITY_DAYS {
        return Err(invalid(
            "desk.profile.validity_days",
            FileFault::ValidityRange,
        ));
    }
    if profile.next_sequence == 0 || profile.next_sequence > MAX_SEQUENCE {
        return Err(invalid(
            "desk.profile.next_sequence",
            FileFault::SequenceRange,
        ));
    }
    if let Some(tax) = profile.tax_rate {
        check_percent("desk.profile.tax_rate", tax.points(), false)?;
    }
    if let Some(m) = profile.min_margin {
        check_percent("desk.profile.min_margin", m.points(), true)?;
    }
    if let Some(step) = profile.nice_step {
        check_money("desk.profile.nice_step", step)?;
        if step.is_zero() {
            return Err(invalid("desk.profile.nice_step", FileFault::NotPositive));
        }
    }
    validate_approval("desk.profile.approval", &profile.approval)?;
    for (name, list) in [
        ("included", &profile.included),
        ("not_included", &profile.not_included),
        ("assumptions", &profile.assumptions),
    ] {
        if list.len() > MAX_LIST_ITEMS {
            return Err(invalid(
                format!("desk.profile.{name}"),
                FileFault::TooMany(Count::ListItems),
            ));
        }
        for (k, item) in list.iter().enumerate() {
            check_text(&format!("desk.profile.{name}[{k}]"), item)?;
        }
    }
    if desk.catalogue.len() > MAX_ITEMS {
        return Err(invalid(
            "desk.catalogue",
            FileFault::TooMany(Count::CatalogueItems),
        ));
    }
    let mut item_ids = BTreeSet::new();
    for (k, item) in desk.catalogue.iter().enumerate() {
        let at = format!("desk.catalogue[{k}]");
        if !is_valid_id(&item.id.0) {
            return Err(invalid(format!("{at}.id"), FileFault::BadId));
        }
        if !item_ids.insert(&item.id) {
            return Err(invalid(format!("{at}.id"), FileFault::DuplicateId));
        }
        check_terms(&format!("{at}.terms"), &item.terms)?;
        check_text(&format!("{at}.provides"), &item.provides)?;
    }
    let mut logo_ids = BTreeSet::new();
    for (k, logo) in desk.logos.iter().enumerate() {
        logo.check()
            .map_err(|e| invalid(format!("desk.logos[{k}]"), FileFault::Logo(e)))?;
        if !logo_ids.insert(&logo.id) {
            return Err(invalid(
                format!("desk.logos[{k}].id"),
                FileFault::DuplicateId,
            ));
        }
    }
    if let Some(id) = &profile.seller.logo
        && desk.logo(id).is_none()
    {
        return Err(invalid("desk.profile.logo", FileFault::NamesNoLogo));
    }
    if desk.drafts.len() > 2_000 {
        return Err(invalid("desk.drafts", FileFault::TooMany(Count::Drafts)));
    }
    for (key, text) in desk.drafts.raw() {
        check_text(&format!("desk.drafts.{key}"), key)?;
        check_text(&format!("desk.drafts.{key}"), text)?;
    }
    Ok(())
}

fn validate_proposal(at: &str, proposal: &Proposal) -> Result<(), FileError> {
    check_text(&format!("{at}.customer"), &proposal.customer)?;
    check_text(&format!("{at}.deal_name"), &proposal.deal_name)?;
    let deal = &proposal.deal;
    if deal.term_months == 0 || deal.term_months > MAX_TERM_MONTHS {
        return Err(invalid(
            format!("{at}.deal.term_months"),
            FileFault::TermRange,
        ));
    }
    if deal.lines.is_empty() || deal.lines.len() > MAX_LINES {
        return Err(invalid(format!("{at}.deal.lines"), FileFault::LineCount));
    }
    let mut line_ids = BTreeSet::new();
    for (j, line) in deal.lines.iter().enumerate() {
        let at = format!("{at}.deal.lines[{j}]");
        if !line_ids.insert(line.id) {
            return Err(invalid(format!("{at}.id"), FileFault::DuplicateId));
        }
        if let Some(item) = &line.catalogue_item
            && !is_valid_id(&item.0)
        {
            return Err(invalid(format!("{at}.catalogue_item"), FileFault::BadId));
        }
        if line.quantity <= Decimal::ZERO || line.quantity > MAX_QUANTITY {
            return Err(invalid(format!("{at}.quantity"), FileFault::Quantity));
        }
        check_terms(&format!("{at}.terms"), &line.terms)?;
    }
    if let Some(tax) = deal.tax_rate {
        check_percent(&format!("{at}.deal.tax_rate"), tax.points(), false)?;
    }
    if let Some(m) = deal.floor.min_margin {
        check_percent(&format!("{at}.deal.floor.min_margin"), m.points(), true)?;
    }
    if let Some(w) = deal.floor.walk_away {
        check_money(&format!("{at}.deal.floor.walk_away"), w)?;
    }
    if let Some(step) = deal.nice_step {
        check_money(&format!("{at}.deal.nice_step"), step)?;
        if step.is_zero() {
            return Err(invalid(
                format!("{at}.deal.nice_step"),
                FileFault::NotPositive,
            ));
        }
    }
    validate_approval(&format!("{at}.deal.approval"), &deal.approval)?;
    if proposal.scenarios.len() > MAX_SCENARIOS {
        return Err(invalid(
            format!("{at}.scenarios"),
            FileFault::TooMany(Count::Scenarios),
        ));
    }
    for (k, scenario) in proposal.scenarios.iter().enumerate() {
        let at = format!("{at}.scenarios[{k}]");
        check_text(&format!("{at}.name"), &scenario.name)?;
        check_lever(&format!("{at}.lever.value"), scenario.lever)?;
        for (o, entry) in scenario.overrides.iter().enumerate() {
            check_percent(
                &format!("{at}.overrides[{o}].discount"),
                entry.discount.points(),
                false,
            )?;
        }
    }
    let offer = &proposal.offer;
    for (name, text) in [
        ("seller.company", &offer.seller.company),
        ("seller.address", &offer.seller.address),
        ("seller.rep_name", &offer.seller.rep_name),
        ("seller.rep_title", &offer.seller.rep_title),
        ("seller.rep_email", &offer.seller.rep_email),
        ("seller.rep_phone", &offer.seller.rep_phone),
        ("buyer_contact", &offer.buyer_contact),
        ("number", &offer.number),
        ("payment_terms", &offer.payment_terms),
        ("note", &offer.note),
    ] {
        check_text(&format!("{at}.offer.{name}"), text)?;
    }
    for (name, list) in [
        ("included", &offer.included),
        ("not_included", &offer.not_included),
        ("assumptions", &offer.assumptions),
    ] {
        if list.len() > MAX_LIST_ITEMS {
            return Err(invalid(
                format!("{at}.offer.{name}"),
                FileFault::TooMany(Count::ListItems),
            ));
        }
        for (k, item) in list.iter().enumerate() {
            check_text(&format!("{at}.offer.{name}[{k}]"), item)?;
        }
    }
    if offer.revision == 0 {
        return Err(invalid(format!("{at}.offer.revision"), FileFault::Revision));
    }
    validate_requirements(&format!("{at}.requirements"), proposal, &line_ids)?;
    validate_options(&format!("{at}.options"), proposal, &line_ids)
}

/// The options: none or two to four, unique ids, names in range, lines of the deal
/// only (each at most once per option), levers in range, and a recommended option
/// among them.
fn validate_options(
    at: &str,
    proposal: &Proposal,
    line_ids: &BTreeSet<LineId>,
) -> Result<(), FileError> {
    let count = proposal.options.len();
    if count != 0 && !(MIN_OPTIONS..=MAX_OPTIONS).contains(&count) {
        return Err(invalid(at, FileFault::OptionCount));
    }
    let mut ids = BTreeSet::new();
    for (k, option) in proposal.options.iter().enumerate() {
        let at = format!("{at}[{k}]");
        if !ids.insert(option.id) {
            return Err(invalid(format!("{at}.id"), FileFault::DuplicateId));
        }
        check_text(&format!("{at}.name"), &option.name)?;
        for (name, lines) in [("lines", &option.lines), ("optional", &option.optional)] {
            let mut seen = BTreeSet::new();
            if lines.iter().any(|line| !line_ids.contains(line)) {
                return Err(invalid(format!("{at}.{name}"), FileFault::NamesNoLine));
            }
            if !lines.iter().all(|line| seen.insert(*line)) {
                return Err(invalid(format!("{at}.{name}"), FileFault::DuplicateId));
            }
        }
        if option
            .optional
            .iter()
            .any(|line| option.lines.contains(line))
        {
            return Err(invalid(format!("{at}.optional"), FileFault::DuplicateId));
        }
        if let Some(lever) = option.lever {
            check_lever(&format!("{at}.lever.value"), lever)?;
        }
    }
    match proposal.recommended_option {
        Some(id) if !ids.contains(&id) => Err(invalid(
            format!("{at}.recommended_option"),
            FileFault::NamesNoOption,
        )),
        _ => Ok(()),
    }
}

/// A lever's value in its range.
fn check_lever(path: &str, lever: Lever) -> Result<(), FileError> {
    match lever {
        Lever::Discount(p) => check_percent(path, p.points(), false),
        Lever::TargetMargin(p) => check_percent(path, p.points(), true),
        Lever::TargetPrice(price) => check_money(path, price),
    }
}

/// The customer's requirements: how many, their texts, unique ids, and lines of
/// the deal only.
fn validate_requirements(
    at: &str,
    proposal: &Proposal,
    line_ids: &BTreeSet<LineId>,
) -> Result<(), FileError> {
    if proposal.requirements.len() > MAX_REQUIREMENTS {
        return Err(invalid(at, FileFault::TooMany(Count::Requirements)));
    }
    let mut ids = BTreeSet::new();
    for (k, requirement) in proposal.requirements.iter().enumerate() {
        let at = format!("{at}[{k}]");
        if !ids.insert(requirement.id) {
            return Err(invalid(format!("{at}.id"), FileFault::DuplicateId));
        }
        check_text(&format!("{at}.text"), &requirement.text)?;
        check_text(&format!("{at}.response"), &requirement.response)?;
        check_text(&format!("{at}.internal_note"), &requirement.internal_note)?;
        if requirement.lines.len() > MAX_LINES {
            return Err(invalid(format!("{at}.lines"), FileFault::LineCount));
        }
        if requirement
            .lines
            .iter()
            .any(|line| !line_ids.contains(line))
        {
            return Err(invalid(format!("{at}.lines"), FileFault::NamesNoLine));
        }
    }
    Ok(())
}
