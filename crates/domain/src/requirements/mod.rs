//! What the customer asked for, in their words, and how the offer answers each
//! ([`Requirement`]): met (by which lines), partly (how), not offered (why, or the
//! alternative), or still to confirm (the open question).
//!
//! Why it exists: an offer that says what it includes does not say that it meets
//! what the buyer meant. Writing each requirement down with its answer, and printing
//! both, is how "don't assume" becomes paper: a requirement still to be confirmed
//! prints as an open question, never silently, and marking an offer as sent or as
//! best and final first lists the open ones ([`open_questions`]).
//!
//! A requirement's internal note is the rep's alone: the customer's form of a
//! requirement ([`customer::OfferRequirement`]) has no such field.
//! [`suggest`] finds the lines that may meet a requirement from what the catalogue
//! items they came from provide.

pub mod customer;
pub mod suggest;

use serde::{Deserialize, Serialize};

use crate::library::order::{Direction, move_one};
use crate::pricing::change::replace;
use crate::pricing::deal::LineId;

/// Most requirements a proposal holds.
pub const MAX_REQUIREMENTS: usize = 100;

/// Identifies a requirement within its proposal; stays the same when requirements
/// are reordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequirementId(pub u32);

/// How the offer answers a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    /// The offer meets it (with the lines that do).
    Met,
    /// The offer meets part of it (the response says how).
    Partly,
    /// The offer does not meet it (the response says why, or the alternative).
    NotOffered,
    /// Not answered yet: the response is the open question. A new requirement
    /// starts here, so nothing is assumed met.
    #[default]
    ToConfirm,
}

/// The names [`Answer`] is written with, in the order of its values.
const ANSWER_NAMES: [&str; 4] = ["met", "partly", "not-offered", "to-confirm"];

impl<'de> serde::Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::library::enum_names::by_name(deserializer, &ANSWER_NAMES, &Answer::ALL)
    }
}

impl Answer {
    /// Every answer, in the order a picker shows them.
    pub const ALL: [Answer; 4] = [
        Answer::Met,
        Answer::Partly,
        Answer::NotOffered,
        Answer::ToConfirm,
    ];

    /// Whether lines of the offer meet it (in whole or in part), so the lines that
    /// do are named.
    pub const fn names_lines(self) -> bool {
        matches!(self, Answer::Met | Answer::Partly)
    }
}

/// One thing the customer asked for, and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Stable identifier.
    pub id: RequirementId,
    /// The requirement in the customer's words, e.g. "Integrates with SAP S/4HANA".
    pub text: String,
    /// How the offer answers it.
    pub answer: Answer,
    /// What the answer says: how (met, partly), why or the alternative (not
    /// offered), the open question (to confirm). Printed.
    #[serde(default)]
    pub response: String,
    /// The lines that meet it (printed by name when the answer is met or partly).
    #[serde(default)]
    pub lines: Vec<LineId>,
    /// The rep's own note: never printed, never in a link.
    #[serde(default)]
    pub internal_note: String,
}

impl Requirement {
    /// A new requirement, to confirm, with nothing written yet.
    pub fn new(id: RequirementId) -> Requirement {
        Requirement {
            id,
            text: String::new(),
            answer: Answer::ToConfirm,
            response: String::new(),
            lines: Vec::new(),
            internal_note: String::new(),
        }
    }

    /// Whether it says anything (a requirement with no text is not printed).
    pub fn is_written(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// Whether it is a question still open: written and to confirm.
    pub fn is_open(&self) -> bool {
        self.is_written() && self.answer == Answer::ToConfirm
    }
}

/// A change to a proposal's requirements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequirementEdit {
    /// Append an empty requirement, to confirm.
    Add,
    /// Remove one.
    Remove(RequirementId),
    /// Move one up or down.
    Move(RequirementId, Direction),
    /// The customer's words.
    Text(RequirementId, String),
    /// The answer.
    Answer(RequirementId, Answer),
    /// What the answer says.
    Response(RequirementId, String),
    /// The internal note.
    InternalNote(RequirementId, String),
    /// Whether a line meets it.
    MetBy(RequirementId, LineId, bool),
}

/// Applies `edit` to `list`; `false` when it changes nothing (no such requirement,
/// a move past either end, a list full at [`MAX_REQUIREMENTS`]).
///
/// # Examples
/// ```
/// use best_offer_domain::pricing::deal::LineId;
/// use best_offer_domain::requirements::{apply, Answer, RequirementEdit, RequirementId};
/// let mut list = Vec::new();
/// assert!(apply(&mut list, RequirementEdit::Add));
/// let id = RequirementId(1);
/// assert!(apply(&mut list, RequirementEdit::Text(id, "50 named users".into())));
/// assert!(list[0].is_open(), "a new requirement is to confirm");
/// assert!(apply(&mut list, RequirementEdit::Answer(id, Answer::Met)));
/// assert!(apply(&mut list, RequirementEdit::MetBy(id, LineId(2), true)));
/// assert!(!apply(&mut list, RequirementEdit::MetBy(id, LineId(2), true)));
/// assert_eq!(list[0].lines, [LineId(2)]);
/// assert!(apply(&mut list, RequirementEdit::Remove(id)));
/// assert!(list.is_empty());
/// ```
pub fn apply(list: &mut Vec<Requirement>, edit: RequirementEdit) -> bool {
    let find = |list: &mut Vec<Requirement>, id: RequirementId| {
        list.iter().position(|requirement| requirement.id == id)
    };
    match edit {
        RequirementEdit::Add => {
            if list.len() >= MAX_REQUIREMENTS {
                return false;
            }
            let id = next_id(list);
            list.push(Requirement::new(id));
            true
        }
        RequirementEdit::Remove(id) => match find(list, id) {
            Some(index) => {
                list.remove(index);
                true
            }
            None => false,
        },
        RequirementEdit::Move(id, direction) => {
            find(list, id).is_some_and(|index| move_one(list, index, direction))
        }
        RequirementEdit::Text(id, text) => with(list, id, |r| replace(&mut r.text, text)),
        RequirementEdit::Answer(id, answer) => with(list, id, |r| {
            let changed = r.answer != answer;
            r.answer = answer;
            changed
        }),
        RequirementEdit::Response(id, text) => with(list, id, |r| replace(&mut r.response, text)),
        RequirementEdit::InternalNote(id, text) => {
            with(list, id, |r| replace(&mut r.internal_note, text))
        }
        RequirementEdit::MetBy(id, line, meets) => with(list, id, |r| {
            let has = r.lines.contains(&line);
            match (has, meets) {
                (false, true) => r.lines.push(line),
                (true, false) => r.lines.retain(|l| *l != line),
                _ => return false,
            }
            true
        }),
    }
}

/// Applies `change` to the requirement `id`, if there is one.
fn with(
    list: &mut [Requirement],
    id: RequirementId,
    change: impl FnOnce(&mut Requirement) -> bool,
) -> bool {
    list.iter_mut().find(|r| r.id == id).is_some_and(change)
}

/// An identifier no requirement of `list` uses yet.
pub fn next_id(list: &[Requirement]) -> RequirementId {
    let max = list.iter().map(|r| r.id.0).max().unwrap_or(0);
    RequirementId(max.saturating_add(1))
}

/// The requirements still to be confirmed, in order: what marking the offer as sent
/// or as best and final lists first.
///
/// # Examples
/// ```
/// use best_offer_domain::requirements::{open_questions, Answer, Requirement, RequirementId};
/// let mut asked = Requirement::new(RequirementId(1));
/// asked.text = "Go-live by 1 March".into();
/// let blank = Requirement::new(RequirementId(2));
/// let mut met = Requirement::new(RequirementId(3));
/// met.text = "Single sign-on".into();
/// met.answer = Answer::Met;
/// let list = [asked, blank, met];
/// assert_eq!(open_questions(&list).count(), 1, "a blank requirement is no question");
/// ```
pub fn open_questions(list: &[Requirement]) -> impl Iterator<Item = &Requirement> {
    list.iter().filter(|r| r.is_open())
}

/// Forgets a removed line in every requirement it met.
pub(crate) fn forget_line(list: &mut [Requirement], line: LineId) {
    for requirement in list {
        requirement.lines.retain(|l| *l != line);
    }
}

/// Whether the rep sends an offer whose questions are still open: marking it as
/// sent with open questions is refused unless the rep said so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenQuestions {
    /// Refuse while any question is open (the rep is shown them first).
    MustBeAnswered,
    /// Send with the questions open: the offer prints them as open questions.
    SendAsOpen,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three() -> Vec<Requirement> {
        let mut list = Vec::new();
        for _ in 0..3 {
            assert!(apply(&mut list, RequirementEdit::Add));
        }
        list
    }

    #[test]
    fn requirements_move_within_their_list_and_keep_their_ids() {
        let mut list = three();
        assert!(apply(
            &mut list,
            RequirementEdit::Move(RequirementId(3), Direction::Up)
        ));
        let ids: Vec<u32> = list.iter().map(|r| r.id.0).collect();
        assert_eq!(ids, [1, 3, 2]);
        assert!(!apply(
            &mut list,
            RequirementEdit::Move(RequirementId(1), Direction::Up)
        ));
        assert!(!apply(
            &mut list,
            RequirementEdit::Move(RequirementId(9), Direction::Down)
        ));
        // A removed requirement's id is not reused while a higher one stands.
        assert!(apply(&mut list, RequirementEdit::Remove(RequirementId(2))));
        assert!(apply(&mut list, RequirementEdit::Add));
        assert_eq!(list.last().map(|r| r.id), Some(RequirementId(4)));
    }

    #[test]
    fn the_list_is_full_at_its_limit_and_edits_of_no_requirement_change_nothing() {
        let mut list = Vec::new();
        for _ in 0..MAX_REQUIREMENTS {
            assert!(apply(&mut list, RequirementEdit::Add));
        }
        assert!(!apply(&mut list, RequirementEdit::Add));
        let nobody = RequirementId(u32::MAX);
        for edit in [
            RequirementEdit::Text(nobody, "x".into()),
            RequirementEdit::Answer(nobody, Answer::Met),
            RequirementEdit::Response(nobody, "x".into()),
            RequirementEdit::InternalNote(nobody, "x".into()),
            RequirementEdit::MetBy(nobody, LineId(1), true),
            RequirementEdit::Remove(nobody),
        ] {
            assert!(!apply(&mut list, edit));
        }
    }

    #[test]
    fn a_removed_line_meets_no_requirement() {
        let mut list = three();
        assert!(apply(
            &mut list,
            RequirementEdit::MetBy(RequirementId(1), LineId(2), true)
        ));
        assert!(apply(
            &mut list,
            RequirementEdit::MetBy(RequirementId(1), LineId(3), true)
        ));
        forget_line(&mut list, LineId(2));
        assert_eq!(list[0].lines, [LineId(3)]);
    }
}
