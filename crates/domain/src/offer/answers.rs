//! How the offer says the customer's requirements ([`OfferRequirement`]) in its
//! language: each answer's word, the line under a requirement, the note that
//! questions are still open, and the lines the acceptance email repeats.

use crate::offer::CustomerOffer;
use crate::requirements::Answer;
pub use crate::requirements::customer::OfferRequirement;

impl CustomerOffer {
    /// What `answer` is called in the offer's language ("Met", "Offene Frage").
    pub fn answer_label(&self, answer: Answer) -> &'static str {
        let [met, partly, not_offered, open] = self.words().answers;
        match answer {
            Answer::Met => met,
            Answer::Partly => partly,
            Answer::NotOffered => not_offered,
            Answer::ToConfirm => open,
        }
    }

    /// How many of its requirements are open questions.
    pub fn open_questions(&self) -> usize {
        self.requirements
            .iter()
            .filter(|r| r.answer == Answer::ToConfirm)
            .count()
    }

    /// What the offer says above its requirements: how many are still to be
    /// confirmed, when any is (never silently).
    pub fn open_questions_note(&self) -> Option<String> {
        let open = self.open_questions();
        (open > 0).then(|| (self.words().open_questions)(open))
    }

    /// A requirement's answer in one line: the answer, what it says, and the lines
    /// that meet it ("Met — Through the standard connector. Met by: SAP connector").
    pub fn answer_line(&self, requirement: &OfferRequirement) -> String {
        let words = self.words();
        let mut parts = vec![self.answer_label(requirement.answer).to_string()];
        if !requirement.response.is_empty() {
            parts.push(requirement.response.clone());
        }
        if !requirement.met_by.is_empty() {
            parts.push(format!(
                "{} {}",
                words.label(words.met_by),
                requirement.met_by.join(", ")
            ));
        }
        parts.join(" — ")
    }

    /// The requirements as the acceptance email repeats them before the buyer's
    /// name, numbered, with the confirmation of that understanding and a blank line;
    /// empty when the offer has none.
    pub fn requirements_for_email(&self) -> String {
        if self.requirements.is_empty() {
            return String::new();
        }
        let words = self.words();
        let mut out = format!("{}\n", words.label(words.requirements));
        for (n, requirement) in self.requirements.iter().enumerate() {
            out.push_str(&format!(
                "{}. {} — {}\n",
                n.saturating_add(1),
                requirement.text,
                self.answer_label(requirement.answer)
            ));
        }
        out.push_str(words.confirm_requirements);
        out.push_str("\n\n");
        out
    }
}
