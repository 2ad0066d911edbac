//! The rules over kept proposals as a state machine: random sequences of new, edit,
//! typed text, duplicate, open, delete, undo, mark as sent, export + import (replace
//! or keep both) and reload from the stored form, run against a small reference
//! model (how many proposals are kept, whether a deletion can be undone). After every
//! step: nothing is lost or made up (the count agrees with the model), ids and offer
//! numbers are unique, the open proposal is kept, a sent revision never changes, and
//! the stored form reads back equal.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    clippy::panic
)]

use std::collections::{BTreeMap, BTreeSet};

use best_offer_domain::date::Date;
use best_offer_domain::desk::DeskField;
use best_offer_domain::desk::profile::ProfileEdit;
use best_offer_domain::library::edit::{Edit, LineEdit};
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::library::file::{SentRevision, StoredProposal, parse_file};
use best_offer_domain::library::{Library, Moment, blank_stored};
use best_offer_domain::{Currency, NumberFormat, Percent};
use proptest::prelude::*;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest, prop_state_machine};
use rust_decimal::Decimal;

/// What the model knows: how many proposals are kept, and whether one was deleted
/// that undo can bring back.
#[derive(Debug, Clone)]
struct Model {
    kept: usize,
    can_undo: bool,
    /// Whether the profile holds half-typed text (no new proposal starts then).
    profile_blocked: bool,
}

#[derive(Debug, Clone)]
enum Step {
    New,
    /// Names the open proposal's customer.
    Customer(String),
    /// Prices the open proposal's first line (list, cost and a floor), so it has a
    /// best offer to send.
    Price(u32),
    /// Half-typed text in the first line's price, or the text cleared.
    Typed(Option<String>),
    /// The `n`th kept proposal (in id order, modulo the count).
    Open(usize),
    Duplicate(usize),
    Delete(usize),
    UndoDelete,
    MarkSent,
    /// Exports everything and imports the file back.
    ExportImport {
        keep_both: bool,
    },
    /// Writes the stored form and starts again from it (a reload).
    Reload,
    /// Names the seller company in the profile.
    Seller(String),
    /// Half-typed text in the profile's minimum margin, or the text cleared.
    ProfileTyped(Option<String>),
}

struct LibraryModel;

impl ReferenceStateMachine for LibraryModel {
    type State = Model;
    type Transition = Step;

    fn init_state() -> BoxedStrategy<Model> {
        Just(Model {
            kept: 1,
            can_undo: false,
            profile_blocked: false,
        })
        .boxed()
    }

    fn transitions(_: &Model) -> BoxedStrategy<Step> {
        prop_oneof![
            Just(Step::New),
            "[A-Za-z ]{0,12}".prop_map(Step::Customer),
            (1_u32..100_000).prop_map(Step::Price),
            prop::option::of(prop::sample::select(vec!["12.345", "2.880,00", "4 8OO"]))
                .prop_map(|text| Step::Typed(text.map(str::to_string))),
            (0_usize..16).prop_map(Step::Open),
            (0_usize..16).prop_map(Step::Duplicate),
            (0_usize..16).prop_map(Step::Delete),
            Just(Step::UndoDelete),
            Just(Step::MarkSent),
            any::<bool>().prop_map(|keep_both| Step::ExportImport { keep_both }),
            Just(Step::Reload),
            "[A-Za-z ]{0,12}".prop_map(Step::Seller),
            prop::option::of(Just("3O".to_string())).prop_map(Step::ProfileTyped),
        ]
        .boxed()
    }

    fn preconditions(model: &Model, step: &Step) -> bool {
        // Keeping both copies doubles the library: keep it small.
        !matches!(step, Step::ExportImport { keep_both: true }) || model.kept <= 8
    }

    fn apply(mut model: Model, step: &Step) -> Model {
        match step {
            Step::New if !model.profile_blocked => model.kept += 1,
            Step::Duplicate(_) => model.kept += 1,
            Step::ProfileTyped(text) => model.profile_blocked = text.is_some(),
            // Deleting the last proposal opens a new blank one.
            Step::Delete(_) => {
                model.kept = model.kept.saturating_sub(1).max(1);
                model.can_undo = true;
            }
            Step::UndoDelete if model.can_undo => {
                model.kept += 1;
                model.can_undo = false;
            }
            Step::ExportImport { keep_both: true } => model.kept *= 2,
            // The last deleted lives in memory only.
            Step::Reload => model.can_undo = false,
            _ => {}
        }
        model
    }
}

/// The library under test, with the clock and id source it is given, and every
/// sent revision seen so far (which must never change).
struct Harness {
    library: Library,
    clock: i64,
    next_id: u32,
    sent_seen: BTreeMap<(String, u32), SentRevision>,
}

impl Harness {
    fn moment(&mut self) -> Moment {
        self.clock += 1_000;
        Moment {
            now_ms: self.clock,
            today: Date::new(2026, 11, 27).unwrap(),
        }
    }

    fn new_id(&mut self) -> String {
        self.next_id += 1;
        format!("p-{}", self.next_id)
    }

    /// The `n`th kept proposal's id, in id order.
    fn id_at(&self, n: usize) -> String {
        let ids: BTreeSet<String> = self
            .library
            .all_stored()
            .into_iter()
            .map(|p| p.id)
            .collect();
        ids.iter().nth(n % ids.len()).unwrap().clone()
    }
}

struct LibraryTest;

impl StateMachineTest for LibraryTest {
    type SystemUnderTest = Harness;
    type Reference = LibraryModel;

    fn init_test(_: &Model) -> Harness {
        let mut harness = Harness {
            library: Library::new(blank_stored(
                Currency::USD,
                NumberFormat::CommaDot,
                Moment {
                    now_ms: 0,
                    today: Date::new(2026, 11, 27).unwrap(),
                },
                "p-0".into(),
            )),
            clock: 0,
            next_id: 0,
            sent_seen: BTreeMap::new(),
        };
        harness.moment();
        harness
    }

    fn apply(mut h: Harness, _: &Model, step: Step) -> Harness {
        let moment = h.moment();
        let before = h.library.clone();
        match step {
            Step::New => {
                let id = h.new_id();
                let blocked = !h.library.desk.drafts.is_empty();
                let started = h.library.new_proposal(moment, id.clone());
                assert_eq!(started.is_err(), blocked, "{started:?}");
                if started.is_ok() {
                    assert_eq!(h.library.record.id, id);
                    // A new proposal starts from the profile.
                    assert_eq!(
                        h.library.proposal.offer.seller.company,
                        h.library.desk.profile.seller.company
                    );
                } else {
                    assert_eq!(h.library.all_stored(), before.all_stored());
                }
            }
            Step::Customer(name) => {
                h.library.edit(Edit::Customer(name.clone()), moment.now_ms);
                assert_eq!(h.library.proposal.customer, name);
                assert_eq!(h.library.others, before.others, "other proposals untouched");
            }
            Step::Price(price) => {
                let line = h.library.proposal.deal.lines[0].id;
                let price = Decimal::from(price);
                h.library.edit(
                    Edit::Line(line, LineEdit::UnitListPrice(price)),
                    moment.now_ms,
                );
                h.library.edit(
                    Edit::Line(line, LineEdit::UnitCost(price / Decimal::TWO)),
                    moment.now_ms,
                );
                h.library.edit(
                    Edit::MinMargin(Some(Percent::new(Decimal::TEN))),
                    moment.now_ms,
                );
                assert_eq!(
                    h.library.proposal.deal.lines[0].terms.unit_list_price,
                    price
                );
            }
            Step::Typed(text) => {
                let field = FieldKey::LinePrice(h.library.proposal.deal.lines[0].id);
                h.library.set_draft(field.into(), text.clone());
                assert_eq!(h.library.drafts.get(&field), text.as_ref());
            }
            Step::Open(n) => {
                let id = h.id_at(n);
                h.library.open(&id);
                assert_eq!(h.library.record.id, id);
            }
            Step::Duplicate(n) => {
                let id = h.id_at(n);
                let original = h
                    .library
                    .all_stored()
                    .into_iter()
                    .find(|p| p.id == id)
                    .unwrap();
                let copy_id = h.new_id();
                assert!(h.library.duplicate(&id, moment, copy_id.clone()).is_some());
                assert_eq!(h.library.record.id, copy_id);
                assert!(h.library.record.sent.is_empty());
                assert_eq!(h.library.proposal.offer.revision, 1);
                assert_eq!(h.library.proposal.deal, original.proposal.deal);
            }
            Step::Delete(n) => {
                let id = h.id_at(n);
                let mut ids = || format!("blank-{}", moment.now_ms);
                assert!(h.library.delete(&id, moment, &mut ids));
                assert!(h.library.all_stored().iter().all(|p| p.id != id));
                assert_eq!(h.library.deleted.as_ref().map(|d| d.id.clone()), Some(id));
            }
            Step::UndoDelete => {
                let deleted = h.library.deleted.clone();
                let mut ids = || format!("back-{}", moment.now_ms);
                let undone = h.library.undo_delete(&mut ids);
                assert_eq!(undone, deleted.is_some());
                if let Some(deleted) = deleted {
                    // Back with the same content (its id or number only if taken since).
                    let all = h.library.all_stored();
                    assert!(
                        all.iter()
                            .any(|p| p.proposal.deal == deleted.proposal.deal
                                && p.sent == deleted.sent),
                        "the deleted proposal is back"
                    );
                }
            }
            Step::MarkSent => {
                let board = h.library.board();
                let sent_before = h.library.record.sent.len();
                let result = h.library.mark_sent(
                    &board,
                    moment.now_ms,
                    best_offer_domain::requirements::OpenQuestions::MustBeAnswered,
                );
                let readable = h.library.drafts.is_empty();
                let revision = h.library.proposal.offer.revision;
                let fresh = before.record.sent.iter().all(|s| s.revision != revision);
                assert_eq!(
                    result.is_ok(),
                    readable && fresh && board.best.is_ok(),
                    "{result:?}"
                );
                let expected = sent_before + usize::from(result.is_ok());
                assert_eq!(h.library.record.sent.len(), expected);
            }
            Step::ExportImport { keep_both } => {
                let file = parse_file(&h.library.to_file().to_json().unwrap()).unwrap();
                let mut n = 0;
                let mut ids = || {
                    n += 1;
                    format!("imported-{}-{n}", moment.now_ms)
                };
                let report = h.library.import(&file, keep_both, &mut ids);
                if keep_both {
                    assert_eq!(report.added, before.all_stored().len());
                } else {
                    assert_eq!(report.replaced, before.all_stored().len());
                    assert_eq!(h.library.all_stored(), before.all_stored());
                }
            }
            Step::Reload => {
                let json = h.library.to_file().to_json().unwrap();
                let reloaded = Library::from_file(parse_file(&json).unwrap()).unwrap();
                assert_eq!(reloaded.record, h.library.record);
                assert_eq!(reloaded.proposal, h.library.proposal);
                assert_eq!(reloaded.others, h.library.others);
                assert_eq!(reloaded.desk, h.library.desk, "the desk reads back equal");
                h.library = reloaded;
            }
            Step::Seller(name) => {
                h.library.edit_profile(ProfileEdit::Company(name.clone()));
                assert_eq!(h.library.desk.profile.seller.company, name);
                // The profile is a template: no kept proposal changes, but for a
                // first visit's (the only one, untouched), which follows it.
                assert_eq!(h.library.others, before.others);
                let open = before.current_stored();
                let untouched = before.others.is_empty()
                    && open.created_ms == open.updated_ms
                    && open.sent.is_empty()
                    && open.drafts.is_empty();
                if untouched {
                    assert_eq!(h.library.proposal.offer.seller.company, name);
                    assert_eq!(h.library.proposal.offer.number, open.proposal.offer.number);
                    assert_eq!(h.library.record, before.record);
                } else {
                    assert_eq!(h.library.current_stored(), open);
                }
            }
            Step::ProfileTyped(text) => {
                h.library
                    .set_draft(DeskField::MinMargin.into(), text.clone());
                assert_eq!(
                    h.library.desk.drafts.get(&DeskField::MinMargin),
                    text.as_ref()
                );
                assert_eq!(h.library.drafts, before.drafts, "not the proposal's text");
            }
        }
        h
    }

    fn check_invariants(h: &Harness, model: &Model) {
        let all = h.library.all_stored();
        // Nothing lost, nothing made up.
        assert_eq!(all.len(), model.kept, "kept proposals");
        assert_eq!(
            h.library.deleted.is_some(),
            model.can_undo,
            "undo available"
        );
        // Unique ids and offer numbers; the open proposal is among them.
        let ids: BTreeSet<&str> = all.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), all.len(), "unique ids");
        let numbers: BTreeSet<&str> = all
            .iter()
            .map(|p| p.proposal.offer.number.as_str())
            .collect();
        assert_eq!(
            numbers.len(),
            all.len(),
            "unique offer numbers: {numbers:?}"
        );
        assert!(ids.contains(h.library.record.id.as_str()));
        assert!(h.library.others.iter().all(|p| p.id != h.library.record.id));
        // The stored form reads back equal.
        let file = h.library.to_file();
        assert_eq!(parse_file(&file.to_json().unwrap()), Ok(file));
        // Sent revisions never change.
        for stored in &all {
            check_sent(&h.sent_seen, stored);
        }
    }
}

fn check_sent(seen: &BTreeMap<(String, u32), SentRevision>, stored: &StoredProposal) {
    for sent in &stored.sent {
        if let Some(first) = seen.get(&(stored.id.clone(), sent.revision)) {
            assert_eq!(
                first, sent,
                "sent revision {} of {} changed",
                sent.revision, stored.id
            );
        }
    }
}

/// Records every sent revision after each step (outside `check_invariants`, which
/// only reads).
struct Recording;

impl StateMachineTest for Recording {
    type SystemUnderTest = Harness;
    type Reference = LibraryModel;

    fn init_test(model: &Model) -> Harness {
        LibraryTest::init_test(model)
    }

    fn apply(h: Harness, model: &Model, step: Step) -> Harness {
        let mut h = LibraryTest::apply(h, model, step);
        for stored in h.library.all_stored() {
            for sent in stored.sent {
                h.sent_seen
                    .entry((stored.id.clone(), sent.revision))
                    .or_insert(sent);
            }
        }
        h
    }

    fn check_invariants(h: &Harness, model: &Model) {
        LibraryTest::check_invariants(h, model);
    }
}

prop_state_machine! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_rule_keeps_the_library_whole(sequential 1..40 => Recording);
}
