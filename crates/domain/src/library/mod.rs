//! Rules over every proposal a rep keeps: the open one, the others and the last
//! deleted ([`Library`]); unique offer numbers; merging an imported file; which
//! figures the written offer uses; a summary of each proposal for the list.
//!
//! Every rule that used to sit in the app's reducer lives here: an edit (and the
//! revision it starts after an offer was sent), new, open, duplicate, delete and undo,
//! rename, mark as sent, status, import with replace or keep both. The current time
//! and new ids are passed in ([`Moment`], `new_id`), so each rule is pure and tested
//! natively, including a state-machine test (`tests/library_machine.rs`) that runs
//! random sequences of them against a small reference model.
//!
//! The proposal, its typed text and the other proposals sit behind `Rc`s: a change
//! copies only what it changes, and the app re-renders only what changed.
//!
//! In parts, one file each: [`kept`] (the [`Library`] and moving between
//! proposals), [`sending`], [`closing`] (outcomes, follow-ups, reopening), [`import`], [`summary`], [`numbering`] and
//! [`desk_rules`]; beside them what a proposal is ([`proposal`], [`edit`],
//! [`field`]) and how it is written ([`file`](mod@file)).

pub mod closing;
pub mod decimal_text;
pub mod desk_rules;
pub mod draft;
pub mod edit;
pub(crate) mod enum_names;
pub mod field;
pub mod file;
pub mod import;
pub mod kept;
pub mod lever_kind;
pub mod numbering;
pub mod option_edit;
pub mod order;
pub mod proposal;
pub mod readiness;
pub mod repeat;
pub mod sending;
pub mod summary;

pub use crate::offer::details::unique_offer_number;
pub use closing::{NoOutcome, NotReopenable};
pub use import::{ImportReport, Renumbered, merge_import_numbered};
pub use kept::{
    Copied, Library, Moment, NewRefused, Record, blank_stored, newest_first, single_proposal_file,
};
pub use numbering::offer_numbers;
pub use readiness::{Hold, NoFigures, Unpriced, chosen_figures, written_offer};
pub use sending::NotSendable;
pub use summary::{ProposalSummary, label_of, summaries};

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::requirements::OpenQuestions;

    /// Merges with the day's `BO-YYYYMMDD-NN` numbers, as an import without a
    /// profile would.
    fn merge_import(
        kept: &mut Vec<StoredProposal>,
        incoming: Vec<StoredProposal>,
        keep_both: bool,
        new_id: &mut dyn FnMut() -> String,
    ) -> ImportReport {
        merge_import_numbered(kept, incoming, keep_both, new_id, &mut |day, taken| {
            unique_offer_number(day, taken)
        })
    }
    use crate::date::Date;
    use crate::desk::Desk;
    use crate::desk::catalogue::{CatalogueEdit, CatalogueItem, ItemId};
    use crate::desk::profile::ProfileEdit;
    use std::rc::Rc;

    use crate::library::desk_rules::CatalogueSave;
    use crate::library::edit::{Edit, LineEdit, OfferEdit};
    use crate::library::file::{ProposalFile, Status, StoredProposal};
    use crate::pricing::deal::LineKind;

    use crate::library::proposal::Proposal;
    use crate::money::currency::Currency;
    use crate::money::locale::NumberFormat;
    use crate::offer::details::OfferChoice;
    use crate::offer::logo::Logo;
    use crate::pricing::error::PricingError;

    fn stored(id: &str, number: &str) -> StoredProposal {
        let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
        proposal.offer.number = number.to_string();
        proposal.customer = format!("Customer {id}");
        StoredProposal {
            id: id.to_string(),
            created_ms: 0,
            // Edited since it was made (an untouched blank gives its number up).
            updated_ms: 1,
            status: Status::Draft,
            proposal,
            sent: Vec::new(),
            drafts: Default::default(),
            links: Vec::new(),
            follow_up: None,
        }
    }

    #[test]
    fn numbers_fill_the_lowest_free_slot() {
        let day = Date::new(2026, 1, 5).unwrap();
        let taken = ["BO-20260105-01", "BO-20260105-02", "BO-20260105-04"];
        assert_eq!(unique_offer_number(day, &taken), "BO-20260105-03");
        let many: Vec<String> = (1..=120).map(|n| format!("BO-20260105-{n:02}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(unique_offer_number(day, &many), "BO-20260105-121");
    }

    #[test]
    fn import_replaces_or_keeps_both_and_renumbers_clashes() {
        let mut kept = vec![stored("a", "BO-20261127-01"), stored("b", "X-7")];
        let incoming = vec![
            stored("a", "BO-20261127-01"), // same id: replaced
            stored("c", "X-7"),            // new id, clashing number
            stored("d", "Y-1"),            // new id, free number
        ];
        let report = merge_import(&mut kept, incoming, false, &mut || unreachable_id());
        assert_eq!((report.added, report.replaced), (2, 1));
        assert_eq!(kept.len(), 4);
        let numbers = offer_numbers(&kept);
        assert_eq!(numbers, ["BO-20261127-01", "X-7", "BO-20261127-02", "Y-1"]);
        assert_eq!(
            report.renumbered,
            [Renumbered {
                label: "Customer c".into(),
                from: "X-7".into(),
                to: "BO-20261127-02".into()
            }]
        );

        let mut ids = ["n1".to_string()].into_iter();
        let report = merge_import(
            &mut kept,
            vec![stored("a", "BO-20261127-01")],
            true,
            &mut || ids.next().unwrap_or_default(),
        );
        assert_eq!((report.added, report.replaced), (1, 0));
        let copy = kept.last().unwrap();
        assert_eq!(copy.id, "n1");
        assert_eq!(copy.proposal.offer.number, "BO-20261127-03");
    }

    #[test]
    fn an_untouched_blank_gives_its_number_up_to_an_imported_offer() {
        let mut blank = stored("fresh", "BO-20261127-01");
        blank.created_ms = 5;
        blank.updated_ms = 5;
        let mut kept = vec![blank];
        let report = merge_import(
            &mut kept,
            vec![stored("x", "BO-20261127-01")],
            false,
            &mut unreachable_id,
        );
        assert!(report.renumbered.is_empty());
        assert_eq!(offer_numbers(&kept), ["BO-20261127-02", "BO-20261127-01"]);
        // Once edited, it keeps its number and the newcomer is renumbered.
        kept[0].updated_ms = 6;
        let report = merge_import(
            &mut kept,
            vec![stored("y", "BO-20261127-02")],
            false,
            &mut unreachable_id,
        );
        assert_eq!(report.renumbered.len(), 1);
        assert_eq!(kept[2].proposal.offer.number, "BO-20261127-03");
    }

    fn unreachable_id() -> String {
        "never-used".to_string()
    }

    fn at(now_ms: i64) -> Moment {
        Moment {
            now_ms,
            today: Date::new(2026, 11, 27).unwrap(),
        }
    }

    fn library() -> Library {
        Library::new(blank_stored(
            Currency::USD,
            NumberFormat::CommaDot,
            at(1),
            "first".into(),
        ))
    }

    /// Prices the open proposal's first line at 1,000 with a cost of 400 and a 10 %
    /// minimum margin, so it has a best offer.
    fn priced(library: &mut Library, now_ms: i64) {
        use crate::library::edit::LineEdit;
        use crate::money::percent::Percent;
        let line = library.proposal.deal.lines.first().unwrap().id;
        library.edit(
            Edit::Line(line, LineEdit::UnitListPrice(Decimal::new(1000, 0))),
            now_ms,
        );
        library.edit(
            Edit::Line(line, LineEdit::UnitCost(Decimal::new(400, 0))),
            now_ms,
        );
        library.edit(Edit::MinMargin(Some(Percent::new(Decimal::TEN))), now_ms);
    }

    #[test]
    fn an_edit_after_sending_starts_the_next_revision_and_keeps_the_snapshot() {
        let mut library = library();
        priced(&mut library, 2);
        let board = library.board();
        assert_eq!(
            library.mark_sent(&board, 3, OpenQuestions::MustBeAnswered),
            Ok(())
        );
        assert_eq!(library.record.status, Status::Sent);
        assert_eq!(
            library.mark_sent(&board, 4, OpenQuestions::MustBeAnswered),
            Err(NotSendable::AlreadySent(1)),
            "one snapshot per revision"
        );
        let snapshot = library.record.sent.first().cloned().unwrap();
        assert!(library.edit(Edit::Customer("Northwind".into()), 5));
        assert_eq!(library.proposal.offer.revision, 2);
        assert_eq!(library.record.status, Status::Draft);
        assert_eq!(library.record.updated_ms, 5);
        assert_eq!(library.record.sent, vec![snapshot]);
        // An edit that changes nothing changes nothing, not even the time.
        assert!(!library.edit(Edit::Customer("Northwind".into()), 6));
        assert_eq!(library.record.updated_ms, 5);
    }

    #[test]
    fn nothing_is_sent_from_unreadable_text_or_without_figures() {
        let mut library = library();
        let board = library.board();
        assert!(matches!(
            library.mark_sent(&board, 2, OpenQuestions::MustBeAnswered),
            Err(NotSendable::NoFigures(_))
        ));
        priced(&mut library, 3);
        assert!(library.set_draft("line-1-price".parse().unwrap(), Some("2.880,00".into())));
        assert!(!library.set_draft("line-1-price".parse().unwrap(), Some("2.880,00".into())));
        let board = library.board();
        assert_eq!(
            library.mark_sent(&board, 4, OpenQuestions::MustBeAnswered),
            Err(NotSendable::Held)
        );
        assert!(library.set_draft("line-1-price".parse().unwrap(), None));
        assert_eq!(
            library.mark_sent(&board, 5, OpenQuestions::MustBeAnswered),
            Ok(())
        );
    }

    /// The status table is the rule: every change not in it is refused, whatever
    /// buttons a page shows.
    #[test]
    fn the_status_changes_follow_the_table() {
        use crate::library::file::STATUS_CHANGES;
        let all = [Status::Draft, Status::Sent, Status::Won, Status::Lost];
        for from in all {
            for to in all {
                let mut library = library();
                priced(&mut library, 2);
                if from != Status::Draft {
                    let board = library.board();
                    assert_eq!(
                        library.mark_sent(&board, 3, OpenQuestions::MustBeAnswered),
                        Ok(())
                    );
                    if from != Status::Sent {
                        assert!(library.set_status(from, 4));
                    }
                }
                assert_eq!(library.record.status, from);
                let allowed = STATUS_CHANGES.contains(&(from, to));
                assert_eq!(library.set_status(to, 5), allowed, "{from:?} → {to:?}");
                let now = if allowed { to } else { from };
                assert_eq!(library.record.status, now, "{from:?} → {to:?}");
            }
        }
    }

    /// Maintenance that covers no licence (a bug: it printed as 1 × 0.00 while its
    /// cost counted in every margin) holds the offer like unreadable text.
    #[test]
    fn maintenance_that_covers_nothing_holds_the_offer() {
        let mut library = library();
        priced(&mut library, 2);
        let line = library.proposal.deal.lines[0].id;
        assert!(Hold::of(&library.proposal, &library.drafts).is_clear());
        // The licence is billed per year, and maintenance is added: nothing to cover.
        library.edit(
            Edit::Line(line, LineEdit::Kind(LineKind::RecurringYearly)),
            3,
        );
        library.edit(Edit::AddLine, 4);
        let support = library.proposal.deal.lines[1].id;
        library.edit(
            Edit::Line(support, LineEdit::Kind(LineKind::Maintenance)),
            5,
        );
        let hold = Hold::of(&library.proposal, &library.drafts);
        assert_eq!(
            hold.unpriced,
            vec![Unpriced::MaintenanceCoversNothing(support)]
        );
        assert!(hold.unreadable.is_empty());
        let board = library.board();
        assert_eq!(
            library.mark_sent(&board, 6, OpenQuestions::MustBeAnswered),
            Err(NotSendable::Held)
        );
        // A one-time licence gives it something to cover.
        library.edit(Edit::Line(line, LineEdit::Kind(LineKind::OneTime)), 7);
        assert!(Hold::of(&library.proposal, &library.drafts).is_clear());
        let board = library.board();
        assert_eq!(
            library.mark_sent(&board, 8, OpenQuestions::MustBeAnswered),
            Ok(())
        );
    }

    #[test]
    fn the_offer_uses_the_best_offer_or_the_chosen_scenario() {
        use crate::library::edit::OfferEdit;
        let mut library = library();
        let board = library.board();
        assert_eq!(
            chosen_figures(&library.proposal, &board).map(|(choice, _)| choice),
            Err(NoFigures::Pricing(PricingError::ZeroListPrice))
        );
        priced(&mut library, 2);
        let board = library.board();
        let (choice, best) = chosen_figures(&library.proposal, &board).unwrap();
        assert_eq!(choice, OfferChoice::BestOffer);
        assert_eq!(
            best.totals.net,
            Decimal::new(44_445, 2),
            "400 / (1 − 10 %), up to the cent"
        );
        let list = library.proposal.scenarios.first().unwrap().id;
        library.edit(
            Edit::Offer(OfferEdit::Choice(OfferChoice::Scenario(list))),
            3,
        );
        let board = library.board();
        let (choice, figures) = chosen_figures(&library.proposal, &board).unwrap();
        assert_eq!(choice, OfferChoice::Scenario(list));
        assert_eq!(figures.totals.net, Decimal::new(1000, 0));
        // Removing the chosen column gives the offer back to the best offer.
        library.edit(Edit::RemoveScenario(list), 4);
        let board = library.board();
        assert_eq!(
            chosen_figures(&library.proposal, &board).map(|(choice, _)| choice),
            Ok(OfferChoice::BestOffer)
        );
    }

    #[test]
    fn new_duplicate_open_delete_and_undo() {
        let mut library = library();
        library.edit(Edit::Customer("Northwind".into()), 2);
        library.new_proposal(at(3), "second".into()).unwrap();
        assert_eq!(library.record.id, "second");
        // Numbered from the profile's pattern and sequence.
        assert_eq!(library.proposal.offer.number, "BO-2026-001");
        assert_eq!(library.desk.profile.next_sequence, 2);
        assert!(library.open("first"));
        assert!(!library.open("first"), "already open");
        assert!(!library.open("nobody"));
        assert!(library.keeps("first") && library.keeps("second"));
        assert!(!library.keeps("nobody"));
        assert_eq!(library.proposal.customer, "Northwind");
        let copied = library.duplicate("first", at(4), "copy".into()).unwrap();
        assert_eq!(
            copied,
            Copied {
                from: "Northwind".into(),
                number: "BO-2026-002".into()
            }
        );
        assert_eq!(library.record.id, "copy");
        assert_eq!(library.proposal.deal_name, "(copy)");
        assert!(library.rename("first", "Rollout".into(), 5));
        assert!(!library.rename("first", "Rollout".into(), 6));
        // Deleting the open proposal opens the most recently changed other one.
        assert!(library.delete("copy", at(7), &mut unreachable_id));
        assert_eq!(library.record.id, "first");
        assert_eq!(library.all_stored().len(), 2);
        assert!(library.undo_delete(&mut unreachable_id));
        assert!(!library.undo_delete(&mut unreachable_id));
        assert_eq!(library.all_stored().len(), 3);
        assert_eq!(library.record.id, "first", "undo does not switch proposals");
    }

    #[test]
    fn deleting_the_last_proposal_leaves_a_blank_from_the_profile_and_undo_brings_it_back() {
        let mut library = library();
        library.edit(Edit::Customer("Northwind".into()), 2);
        let mut ids = ["blank".to_string()].into_iter();
        assert!(library.delete("first", at(3), &mut || ids.next().unwrap()));
        assert_eq!(library.record.id, "blank");
        assert_eq!(library.proposal.offer.number, "BO-2026-001");
        assert!(library.undo_delete(&mut unreachable_id));
        let numbers: Vec<String> = library
            .all_stored()
            .iter()
            .map(|p| format!("{} {}", p.id, p.proposal.offer.number))
            .collect();
        assert_eq!(numbers, ["blank BO-2026-001", "first BO-20261127-01"]);
    }

    #[test]
    fn new_proposals_start_from_the_profile_and_keep_their_copy() {
        let mut library = library();
        library.edit_profile(ProfileEdit::Company("Contoso".into()));
        library.edit_profile(ProfileEdit::NumberPattern("Q-{SEQ:2}".into()));
        library.edit_profile(ProfileEdit::MinMargin(Some(crate::Percent::new(
            Decimal::TEN,
        ))));
        library.new_proposal(at(2), "one".into()).unwrap();
        library.new_proposal(at(3), "two".into()).unwrap();
        assert_eq!(library.proposal.offer.number, "Q-02");
        assert_eq!(library.proposal.offer.seller.company, "Contoso");
        assert!(
            library.proposal.deal.floor_is_set(),
            "the profile's margin is a floor"
        );
        library.edit_profile(ProfileEdit::Company("Contoso Ltd".into()));
        let all = library.all_stored();
        let one = all.iter().find(|p| p.id == "one").unwrap();
        assert_eq!(one.proposal.offer.number, "Q-01");
        assert_eq!(one.proposal.offer.seller.company, "Contoso");
        assert_eq!(library.proposal.offer.seller.company, "Contoso");
        // Half-typed profile text or a broken pattern: nothing starts.
        library.set_draft("profile-min-margin".parse().unwrap(), Some("1O".into()));
        let refused = library.new_proposal(at(4), "three".into()).unwrap_err();
        assert_eq!(
            refused.problems,
            [crate::desk::ProfileProblem::Unreadable(
                crate::desk::DeskField::MinMargin
            )]
        );
        library.set_draft("profile-min-margin".parse().unwrap(), None);
        library.edit_profile(ProfileEdit::NumberPattern("Q-".into()));
        assert_eq!(
            library
                .new_proposal(at(5), "three".into())
                .map_err(|r| r.problems),
            Err(vec![crate::desk::ProfileProblem::Pattern(
                crate::desk::profile::PatternFault::NoSequence
            )])
        );
        assert_eq!(library.all_stored().len(), 3);
    }

    #[test]
    fn save_to_catalogue_adds_then_updates_the_linked_item() {
        let mut library = library();
        let line = library.proposal.deal.lines[0].id;
        library.edit(Edit::Line(line, LineEdit::Name("Suite".into())), 2);
        let added = library.save_line_to_catalogue(line, "item-1".into(), 3);
        assert_eq!(
            added,
            Some(CatalogueSave::Added {
                name: "Suite".into()
            })
        );
        assert_eq!(
            library.proposal.deal.lines[0].catalogue_item,
            Some(ItemId("item-1".into()))
        );
        library.edit(Edit::Line(line, LineEdit::UnitListPrice(Decimal::TEN)), 4);
        let updated = library.save_line_to_catalogue(line, "unused".into(), 5);
        assert_eq!(
            updated,
            Some(CatalogueSave::Updated {
                name: "Suite".into()
            })
        );
        assert_eq!(library.desk.catalogue.len(), 1);
        assert_eq!(
            library.desk.catalogue[0].terms.unit_list_price,
            Decimal::TEN
        );
        // A full catalogue takes nothing, and says so: it is not a success.
        let second = library.proposal.deal.lines[0].id;
        library.edit(Edit::LinkItem(second, None), 6);
        let desk = Rc::make_mut(&mut library.desk);
        while desk.catalogue.len() < crate::limits::MAX_ITEMS {
            let id = ItemId(format!("filler-{}", desk.catalogue.len()));
            desk.catalogue.push(CatalogueItem::new(id));
        }
        let before = library.clone();
        assert_eq!(
            library.save_line_to_catalogue(second, "new".into(), 7),
            Some(CatalogueSave::Full)
        );
        assert_eq!(library, before, "nothing changed");
    }

    #[test]
    fn a_clashing_import_is_renumbered_by_the_profile_pattern() {
        let mut library = library();
        library.edit_profile(ProfileEdit::NumberPattern("Q-{SEQ}".into()));
        library.edit(Edit::Customer("Northwind".into()), 2);
        let taken = library.proposal.offer.number.clone();
        let mut other = stored("elsewhere", &taken);
        other.proposal.customer = "Fabrikam".into();
        let file = ProposalFile::new(Desk::default(), vec![other], None);
        let report = library.import(&file, false, &mut unreachable_id);
        assert_eq!(report.renumbered.len(), 1);
        assert_eq!(report.renumbered[0].to, "Q-1");
        assert_eq!(library.desk.profile.next_sequence, 2);
    }

    #[test]
    fn an_import_never_wipes_the_desk() {
        let item = |id: &str, name: &str| {
            let mut item = CatalogueItem::new(ItemId(id.into()));
            item.terms.name = name.into();
            item
        };
        let mut theirs = library();
        theirs.edit_profile(ProfileEdit::Company("Theirs".into()));
        theirs.edit_catalogue(CatalogueEdit::Put(0, item("a", "A, theirs")));
        theirs.edit_catalogue(CatalogueEdit::Put(1, item("b", "B")));
        let file = theirs.to_file();

        // A fresh browser restoring a backup takes everything (its first
        // proposal has taken a sequence number: that does not count).
        let mut fresh = Library::start(Desk::default(), at(1), "fresh".into());
        assert_eq!(fresh.desk.profile.next_sequence, 2);
        let report = fresh.import(&file, false, &mut unreachable_id);
        assert!(report.profile_replaced);
        assert_eq!(fresh.desk.profile.seller.company, "Theirs");
        assert_eq!(fresh.desk.catalogue.len(), 2);

        // A rep with details of their own keeps them; items are merged.
        let mut ours = library();
        ours.edit_profile(ProfileEdit::Company("Ours".into()));
        ours.edit_catalogue(CatalogueEdit::Put(0, item("a", "A, ours")));
        let report = ours.import(&file, false, &mut || "copy".to_string());
        assert!(report.profile_kept && !report.profile_replaced);
        assert_eq!(ours.desk.profile.seller.company, "Ours");
        assert_eq!((report.items_added, report.items_updated), (1, 1));
        assert_eq!(ours.desk.catalogue[0].terms.name, "A, theirs");
        // Keeping both keeps our version of an item with the same id.
        let mut both = library();
        both.edit_catalogue(CatalogueEdit::Put(0, item("a", "A, ours")));
        let report = both.import(&file, true, &mut || "copy".to_string());
        assert_eq!((report.items_added, report.items_updated), (1, 0));
        assert_eq!(both.desk.catalogue[0].terms.name, "A, ours");
    }

    #[test]
    fn files_keep_only_logos_in_use() {
        let mut library = library();
        // Touched, so the first proposal is the rep's own and keeps no logo (an
        // untouched first visit's would follow Your details).
        assert!(library.edit(Edit::Customer("Northwind".into()), 2));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        let first = Logo::from_bytes(&png).unwrap();
        let second = Logo::from_bytes(&[png.clone(), vec![1]].concat()).unwrap();
        library.set_profile_logo(first.clone());
        library.new_proposal(at(2), "with-logo".into()).unwrap();
        library.set_profile_logo(second.clone());
        let file = library.to_file();
        assert_eq!(file.desk.logos, vec![first.clone(), second.clone()]);
        // Once nothing names the first logo, the file drops it.
        library.edit(
            Edit::Offer(OfferEdit::Seller(library.desk.profile.seller.clone())),
            3,
        );
        assert_eq!(library.to_file().desk.logos, vec![second]);
    }

    /// The list states the price the written offer uses (a bug: it showed the best
    /// offer while the offer used another column), with the best offer beside it.
    #[test]
    fn a_summary_states_the_offered_price_and_the_best_offer() {
        let mut library = library();
        priced(&mut library, 2);
        // Cost 400 at a 10 % minimum margin: the best offer is 444.45; list 1,000.
        let best = Decimal::new(44445, 2);
        let summary = ProposalSummary::of(&library.current_stored());
        assert_eq!(
            (summary.offered, summary.best.clone()),
            (Some(best), Ok(best))
        );
        let list_price = library.proposal.scenarios[0].id;
        library.edit(
            Edit::Offer(OfferEdit::Choice(OfferChoice::Scenario(list_price))),
            3,
        );
        let summary = ProposalSummary::of(&library.current_stored());
        assert_eq!(summary.offered, Some(Decimal::new(1000, 0)));
        assert_eq!(summary.best, Ok(best));
        // The open proposal's summary, read from its board, says the same.
        let board = library.board();
        let open = ProposalSummary::of_open("p", 3, &library.proposal, &board, false);
        assert_eq!((open.offered, open.best), (summary.offered, summary.best));
    }

    #[test]
    fn summaries_are_solved_only_for_new_or_changed_proposals() {
        let mut one = stored("a", "N-1");
        one.updated_ms = 10;
        let first = summaries(std::slice::from_ref(&one), &[]);
        assert_eq!(first.first().map(|s| s.best.is_err()), Some(true));
        // A stale summary with the same id and time is reused as it is…
        let mut known = first.clone();
        if let Some(summary) = known.first_mut() {
            summary.best = Ok(Decimal::ONE);
        }
        let reused = summaries(std::slice::from_ref(&one), &known);
        assert_eq!(reused, known);
        // …and solved again once the proposal changed.
        one.updated_ms = 11;
        let solved = summaries(std::slice::from_ref(&one), &known);
        assert_eq!(solved.first().map(|s| s.best.is_err()), Some(true));
    }
}
