//! The proposal file kept as records: browser storage holds one record per
//! proposal, one for the desk and an index (the proposals' order and the open one),
//! so that an autosave writes what changed — the open proposal, most of the time —
//! and not the whole library (2 MB with 1,000 proposals, one main-thread task of
//! 62 ms a save).
//!
//! Reading goes through the one strict reader: the records' texts, exactly as
//! stored, are assembled into a file's text ([`assemble`]) and read by
//! [`parse_file`](crate::library::file::parse_file), with its migrations and checks.
//! Writing compares the library with what was last written ([`Written`]): a record
//! is written again only when its proposal differs, and the list of other proposals
//! is only compared when it is another list than the last one seen.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::desk::Desk;
use crate::library::Library;
use crate::library::file::{
    FORMAT, FileError, INTERNAL_NOTICE, ProposalFile, SCHEMA_VERSION, StoredProposal, logos_in_use,
};
use crate::offer::logo::LogoId;

/// Value of the index's `format` field.
pub const STORE_FORMAT: &str = "best-offer-store";

/// The store's index: which proposals it holds, in order, and which was open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreIndex {
    /// Always [`STORE_FORMAT`].
    pub format: String,
    /// The file format version the records were written with.
    pub schema_version: u32,
    /// The proposals' ids, in the file's order (the open one first).
    pub proposals: Vec<String>,
    /// The proposal open when it was saved.
    pub current: Option<String>,
}

impl StoreIndex {
    /// Reads an index's text.
    ///
    /// # Errors
    /// [`FileError::NotJson`] for text that is not an index, [`FileError::NotOurs`]
    /// for another format.
    pub fn read(text: &str) -> Result<StoreIndex, FileError> {
        let index: StoreIndex =
            serde_json::from_str(text).map_err(|e| FileError::NotJson(e.to_string()))?;
        if index.format != STORE_FORMAT {
            return Err(FileError::NotOurs);
        }
        Ok(index)
    }

    fn text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A file's text made of the store's records, each as stored (byte for byte): what
/// [`parse_file`](crate::library::file::parse_file) reads.
///
/// # Examples
/// ```
/// use best_offer_domain::library::file::store::{StoreIndex, assemble, STORE_FORMAT};
/// use best_offer_domain::library::file::parse_file;
/// let index = StoreIndex { format: STORE_FORMAT.into(), schema_version: 4, proposals: vec![], current: None };
/// let desk = serde_json::to_string(&best_offer_domain::desk::Desk::default()).unwrap();
/// let file = parse_file(&assemble(&index, &desk, &[])).unwrap();
/// assert!(file.proposals.is_empty());
/// ```
pub fn assemble(index: &StoreIndex, desk: &str, proposals: &[&str]) -> String {
    compose(
        FORMAT,
        index.schema_version,
        INTERNAL_NOTICE,
        desk,
        proposals,
        index.current.as_ref(),
    )
}

/// A file's compact text from its parts' texts, the members in the order of
/// [`ProposalFile`]'s fields, as serde_json writes them: the one writer of a file,
/// for storage's records and for export, so the Wasm carries one serializer of
/// each part, not a second one inlined into a whole file's.
pub(crate) fn compose(
    format: &str,
    schema_version: u32,
    notice: &str,
    desk: &str,
    proposals: &[&str],
    current: Option<&String>,
) -> String {
    let length = proposals
        .iter()
        .map(|p| p.len().saturating_add(1))
        .sum::<usize>();
    let mut text = String::with_capacity(desk.len().saturating_add(length).saturating_add(256));
    text.push_str("{\"format\":");
    text.push_str(&quoted(format));
    text.push_str(",\"schema_version\":");
    text.push_str(&schema_version.to_string());
    text.push_str(",\"notice\":");
    text.push_str(&quoted(notice));
    text.push_str(",\"desk\":");
    text.push_str(desk);
    text.push_str(",\"proposals\":[");
    for (i, proposal) in proposals.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(proposal);
    }
    text.push_str("],\"current\":");
    match current {
        Some(id) => text.push_str(&quoted(id)),
        None => text.push_str("null"),
    }
    text.push('}');
    text
}

fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// What the store holds, as last written (or read): what a save compares the
/// library with.
#[derive(Debug, Default, Clone)]
pub struct Written {
    /// The list of other proposals last seen (a save compares it again only when
    /// the library holds another one).
    others: Option<Rc<Vec<StoredProposal>>>,
    /// Each proposal's record and the length of its text.
    proposals: BTreeMap<String, (StoredProposal, usize)>,
    /// The desk as written (its logos those in use), the desk it came from, the
    /// logos in use then, and the length of its text.
    desk: Option<WrittenDesk>,
    /// The index and the length of its text.
    index: Option<(StoreIndex, usize)>,
    /// The desk of a store read at start, and the length of its text, until the
    /// first save has compared the library's desk with it.
    read_desk: Option<(Desk, usize)>,
}

#[derive(Debug, Clone)]
struct WrittenDesk {
    from: Rc<Desk>,
    logos: BTreeSet<LogoId>,
    length: usize,
}

/// What one save writes: the records that changed, and the ids whose records go.
#[derive(Debug, Clone, Default)]
pub struct Save {
    /// The index's text, when it changed. Written last: until it is, the store
    /// reads as before.
    pub index: Option<String>,
    /// The desk's text, when it changed.
    pub desk: Option<String>,
    /// Each changed proposal's id and text.
    pub proposals: Vec<(String, String)>,
    /// The ids of proposals no longer kept.
    pub removed: Vec<String>,
    /// What [`Written`] becomes once this is written.
    next: Option<Box<Written>>,
}

impl Save {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.index.is_none()
            && self.desk.is_none()
            && self.proposals.is_empty()
            && self.removed.is_empty()
    }
}

impl Written {
    /// What a store read at start holds: the file read from it and the length of
    /// each record's text (the index's, the desk's, then each proposal's in order).
    pub fn read(file: &ProposalFile, index: &StoreIndex, lengths: &StoredLengths) -> Written {
        // Inserted one by one: a collected map would sort, and carry a sort of its own.
        let mut proposals = BTreeMap::new();
        for (stored, length) in file.proposals.iter().zip(lengths.proposals.iter()) {
            proposals.insert(stored.id.clone(), (stored.clone(), *length));
        }
        Written {
            others: None,
            proposals,
            // Compared by the library's own desk from the first save on; until then
            // by value, once.
            desk: None,
            index: Some((index.clone(), lengths.index)),
            read_desk: Some((file.desk.clone(), lengths.desk)),
        }
    }

    /// What a save of `library` writes, compared with what was last written.
    /// Nothing changes until [`Written::commit`].
    pub fn plan(&self, library: &Library) -> Save {
        let mut next = self.clone();
        let mut save = Save::default();
        let current = library.current_stored();
        let mut record = |stored: &StoredProposal, next: &mut Written| {
            if next
                .proposals
                .get(&stored.id)
                .is_none_or(|(kept, _)| kept != stored)
            {
                let text = serde_json::to_string(stored).unwrap_or_default();
                next.proposals
                    .insert(stored.id.clone(), (stored.clone(), text.len()));
                save.proposals.push((stored.id.clone(), text));
            }
        };
        record(&current, &mut next);
        let others_changed = self
            .others
            .as_ref()
            .is_none_or(|seen| !Rc::ptr_eq(seen, &library.others));
        if others_changed {
            for stored in library.others.iter() {
                record(stored, &mut next);
            }
            next.others = Some(Rc::clone(&library.others));
        }
        let ids: Vec<String> = std::iter::once(current.id.clone())
            .chain(library.others.iter().map(|s| s.id.clone()))
            .collect();
        if others_changed || next.index.as_ref().is_none_or(|(i, _)| i.proposals != ids) {
            let mut keep = BTreeSet::new();
            for id in &ids {
                keep.insert(id);
            }
            save.removed = next
                .proposals
                .keys()
                .filter(|id| !keep.contains(id))
                .cloned()
                .collect();
            for id in &save.removed {
                next.proposals.remove(id);
            }
        }
        let logos = logos_in_use(std::iter::once(&current).chain(library.others.iter()));
        let desk_changed = next
            .desk
            .as_ref()
            .is_none_or(|d| !Rc::ptr_eq(&d.from, &library.desk) || d.logos != logos);
        if desk_changed {
            let mut desk = (*library.desk).clone();
            desk.keep_logos(&logos);
            match next.read_desk.take() {
                // The store just read holds this desk already.
                Some((read, length)) if read == desk => {
                    next.desk = Some(WrittenDesk {
                        from: Rc::clone(&library.desk),
                        logos,
                        length,
                    });
                }
                _ => {
                    let text = serde_json::to_string(&desk).unwrap_or_default();
                    next.desk = Some(WrittenDesk {
                        from: Rc::clone(&library.desk),
                        logos,
                        length: text.len(),
                    });
                    save.desk = Some(text);
                }
            }
        }
        let index = StoreIndex {
            format: STORE_FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            proposals: ids,
            current: Some(current.id.clone()),
        };
        if next.index.as_ref().is_none_or(|(kept, _)| kept != &index) {
            let text = index.text();
            next.index = Some((index, text.len()));
            save.index = Some(text);
        }
        save.next = Some(Box::new(next));
        save
    }

    /// Takes `save` as written.
    pub fn commit(&mut self, save: Save) {
        if let Some(next) = save.next {
            *self = *next;
        }
    }

    /// The characters the store's records take, as last written.
    pub fn chars(&self) -> usize {
        let proposals: usize = self.proposals.values().map(|(_, length)| *length).sum();
        let desk = self
            .desk
            .as_ref()
            .map(|d| d.length)
            .or(self.read_desk.as_ref().map(|(_, length)| *length))
            .unwrap_or(0);
        proposals
            .saturating_add(desk)
            .saturating_add(self.index.as_ref().map_or(0, |(_, length)| *length))
    }
}

/// The lengths of a store's records' texts, as read at start.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredLengths {
    /// The index's.
    pub index: usize,
    /// The desk's.
    pub desk: usize,
    /// Each proposal's, in the index's order.
    pub proposals: Vec<usize>,
}
