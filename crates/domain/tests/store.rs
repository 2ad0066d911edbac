//! The file kept as records (`library::file::store`): what a save writes for each
//! kind of change — one record for a keystroke, whatever the library's size — and
//! that the records, read back through the one strict reader, are the file.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use best_offer_domain::date::Date;
use best_offer_domain::desk::profile::ProfileEdit;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::file::store::{Save, StoreIndex, StoredLengths, Written, assemble};
use best_offer_domain::library::file::{ProposalFile, parse_file};
use best_offer_domain::library::{Library, Moment};

fn at(now_ms: i64) -> Moment {
    Moment {
        now_ms,
        today: Date::new(2026, 12, 2).unwrap(),
    }
}

/// A library of `n` proposals, each with a customer of its own.
fn library_of(n: usize) -> Library {
    let mut library = Library::start(Default::default(), at(1), "p-0".into());
    for i in 1..n {
        library
            .new_proposal(at(1 + i as i64), format!("p-{i}"))
            .unwrap();
        assert!(library.edit(Edit::Customer(format!("Customer {i}")), 2 + i as i64));
    }
    library
}

/// The store after `saves`, each save's texts laid over the last: index, desk and
/// each proposal's record by id.
#[derive(Default)]
struct Store {
    index: String,
    desk: String,
    proposals: std::collections::BTreeMap<String, String>,
}

impl Store {
    fn write(&mut self, save: &Save) {
        if let Some(index) = &save.index {
            self.index.clone_from(index);
        }
        if let Some(desk) = &save.desk {
            self.desk.clone_from(desk);
        }
        for (id, text) in &save.proposals {
            self.proposals.insert(id.clone(), text.clone());
        }
        for id in &save.removed {
            self.proposals.remove(id);
        }
    }

    /// The file the store holds, read as storage reads it at start.
    fn read(&self) -> (ProposalFile, StoreIndex, StoredLengths) {
        let index = StoreIndex::read(&self.index).unwrap();
        let texts: Vec<&str> = index
            .proposals
            .iter()
            .map(|id| self.proposals[id].as_str())
            .collect();
        let file = parse_file(&assemble(&index, &self.desk, &texts)).unwrap();
        let lengths = StoredLengths {
            index: self.index.len(),
            desk: self.desk.len(),
            proposals: texts.iter().map(|t| t.len()).collect(),
        };
        assert_eq!(
            self.proposals.len(),
            index.proposals.len(),
            "no record left behind"
        );
        (file, index, lengths)
    }
}

fn save(written: &mut Written, library: &Library, store: &mut Store) -> Save {
    let save = written.plan(library);
    store.write(&save);
    written.commit(save.clone());
    save
}

#[test]
fn a_keystroke_writes_one_record_whatever_the_library_holds() {
    let mut library = library_of(1_000);
    let (mut written, mut store) = (Written::default(), Store::default());
    // The first save writes everything: the index, the desk, every proposal.
    let first = save(&mut written, &library, &mut store);
    assert_eq!(first.proposals.len(), 1_000);
    assert!(first.index.is_some() && first.desk.is_some());
    assert_eq!(store.read().0, library.to_file());
    // A keystroke in the open proposal: its record alone.
    assert!(library.edit(Edit::DealName("Renewal".into()), 5_000));
    let typed = save(&mut written, &library, &mut store);
    assert_eq!(typed.proposals.len(), 1);
    assert_eq!(typed.proposals[0].0, library.record.id);
    assert!(typed.index.is_none() && typed.desk.is_none() && typed.removed.is_empty());
    assert_eq!(store.read().0, library.to_file());
    // Nothing changed: nothing written.
    assert!(written.plan(&library).is_empty());
    // The characters kept are what the store holds.
    let held = store.index.len()
        + store.desk.len()
        + store.proposals.values().map(String::len).sum::<usize>();
    assert_eq!(written.chars(), held);
}

#[test]
fn opening_deleting_and_the_desk_write_what_they_change() {
    let mut library = library_of(20);
    let (mut written, mut store) = (Written::default(), Store::default());
    save(&mut written, &library, &mut store);
    // Another proposal opened: the order and the open one change, no proposal does.
    assert!(library.open("p-3"));
    let opened = save(&mut written, &library, &mut store);
    assert!(opened.index.is_some());
    assert!(
        opened.proposals.is_empty(),
        "{:?}",
        opened.proposals.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    assert_eq!(store.read().0, library.to_file());
    // A deletion: its record goes, the index follows.
    let mut ids = (100..).map(|n| format!("p-{n}"));
    assert!(library.delete("p-7", at(9_000), &mut || ids.next().unwrap()));
    let deleted = save(&mut written, &library, &mut store);
    assert_eq!(deleted.removed, ["p-7"]);
    assert!(deleted.index.is_some());
    assert_eq!(store.read().0, library.to_file());
    // Your details: the desk alone (the open proposal untouched follows nothing).
    library.edit_profile(ProfileEdit::Company("Contoso".into()));
    let desk = save(&mut written, &library, &mut store);
    assert!(desk.desk.is_some());
    assert!(desk.index.is_none());
    assert_eq!(store.read().0, library.to_file());
}

#[test]
fn a_store_read_at_start_is_not_written_again() {
    let library = library_of(50);
    let (mut written, mut store) = (Written::default(), Store::default());
    save(&mut written, &library, &mut store);
    // The next start: the store read, the library made from it.
    let (file, index, lengths) = store.read();
    let restarted = Library::from_file_or_start(file.clone(), at(20_000), "unused".into());
    let mut read = Written::read(&file, &index, &lengths);
    assert_eq!(read.chars(), written.chars());
    let first = save(&mut read, &restarted, &mut store);
    assert!(first.is_empty(), "{first:?}");
}

#[test]
fn every_older_file_becomes_records_that_read_back_as_it() {
    for version in 1..=best_offer_domain::library::file::SCHEMA_VERSION {
        let text = std::fs::read_to_string(format!(
            "{}/tests/fixtures/proposals-v{version}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let file = parse_file(&text).unwrap();
        let library = Library::from_file_or_start(file, at(1), "unused".into());
        let (mut written, mut store) = (Written::default(), Store::default());
        save(&mut written, &library, &mut store);
        assert_eq!(store.read().0, library.to_file(), "v{version}");
    }
}
