//! Which lines of a deal may meet a requirement: those whose catalogue item says it
//! provides something the requirement names ("SAP connector" for "Integrates with
//! SAP S/4HANA"), or whose name does ("Named user licence" for "50 named users").
//!
//! A suggestion, never an answer: the rep ticks the lines that meet it. Words are
//! compared folded ([`crate::fold`]), a short word (three letters, "SAP") only
//! whole, a longer one also as the start of the other ("user" and "users"); the
//! little words of the five languages ("with", "für", "pour"…) never match.

use crate::desk::catalogue::Catalogue;
use crate::pricing::deal::{Line, LineId};

/// Words that say nothing about what is provided, folded, in the five languages.
const LITTLE_WORDS: [&str; 40] = [
    "and", "the", "with", "for", "from", "all", "our", "your", "per", "via", "und", "mit", "fur",
    "der", "die", "das", "den", "des", "ein", "eine", "von", "les", "pour", "avec", "une", "par",
    "sur", "con", "por", "para", "los", "las", "del", "una", "met", "een", "voor", "van", "het",
    "naar",
];

/// The words of `text` that can match: folded, at least three letters or digits,
/// not a little word.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(|word| {
            word.chars()
                .flat_map(crate::fold::plain_lowercase)
                .collect::<String>()
        })
        .filter(|word| word.chars().count() >= 3 && !LITTLE_WORDS.contains(&word.as_str()))
        .collect()
}

/// Whether two folded words name the same thing: equal, or one starts the other
/// and the shorter has at least four letters.
fn same_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.chars().count() >= 4 && long.starts_with(short))
}

/// What `line` is known to provide: its catalogue item's phrases and its own name.
fn known_words(line: &Line, catalogue: &Catalogue) -> Vec<String> {
    let provides = line
        .catalogue_item
        .as_ref()
        .and_then(|id| catalogue.iter().find(|item| &item.id == id))
        .map(|item| item.provides.as_str())
        .unwrap_or_default();
    let mut known = words(provides);
    known.extend(words(&line.terms.name));
    known
}

/// The lines of `lines` that may meet the requirement `text`, in deal order.
///
/// # Examples
/// ```
/// use best_offer_domain::desk::catalogue::CatalogueItem;
/// use best_offer_domain::pricing::deal::{ItemId, Line, LineId};
/// use best_offer_domain::requirements::suggest::lines_meeting;
/// let mut connector = CatalogueItem::new(ItemId("c".into()));
/// connector.terms.name = "Integration pack".into();
/// connector.provides = "SAP connector, single sign-on".into();
/// let mut pack = Line::new(LineId(1));
/// pack.take_item_fields(&connector.template());
/// let mut seats = Line::new(LineId(2));
/// seats.terms.name = "Named user licence".into();
/// let lines = [pack, seats];
/// let catalogue = vec![connector];
/// assert_eq!(lines_meeting("Integrates with SAP S/4HANA", &lines, &catalogue), [LineId(1)]);
/// assert_eq!(lines_meeting("50 named users", &lines, &catalogue), [LineId(2)]);
/// assert!(lines_meeting("Go-live by 1 March", &lines, &catalogue).is_empty());
/// ```
pub fn lines_meeting(text: &str, lines: &[Line], catalogue: &Catalogue) -> Vec<LineId> {
    let asked = words(text);
    if asked.is_empty() {
        return Vec::new();
    }
    lines
        .iter()
        .filter(|line| {
            known_words(line, catalogue)
                .iter()
                .any(|known| asked.iter().any(|word| same_word(word, known)))
        })
        .map(|line| line.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn little_and_short_words_never_match_and_accents_do_not_matter() {
        assert!(words("a to by 1 with für").is_empty());
        assert_eq!(words("Schnittstelle für SAP"), ["schnittstelle", "sap"]);
        assert!(same_word("interface", "interfaces"));
        assert!(
            !same_word("sap", "sapphire"),
            "a three-letter word matches only whole"
        );
        assert!(same_word(
            &words("Intégration")[0],
            &words("integration")[0]
        ));
    }
}
