//! The thank-you note after a loss, in the offer's language: thanks for the chance
//! to compete, what was offered (as the customer received it), and the door left
//! open. Never a new discount and never a plea: "stay dignified whether you win or
//! lose; you never know when the sale will come back around".
//!
//! It is written from the offer as sent ([`CustomerOffer`]), so it can hold no
//! internal figure: the customer's own copy of the offer is all it quotes.

use crate::offer::CustomerOffer;
use crate::offer::words::Language;

/// What a note says, in one language; the offer's values fill the sentences.
struct NoteWords {
    /// The subject line, with the offer's subject and number.
    subject: fn(&str, &str) -> String,
    /// The greeting with the contact's name.
    dear: fn(&str) -> String,
    /// The greeting when no contact is known.
    hello: &'static str,
    /// Thanks for the chance to compete for the subject.
    thanks: fn(&str) -> String,
    /// The offer for the record: number, revision, total, term.
    record: fn(&str, u32, &str, &str) -> String,
    /// What the offer was for, when the deal has no name ("your project").
    your_project: &'static str,
    /// The door left open.
    open_door: &'static str,
    /// The closing before the rep's name.
    regards: &'static str,
}

const EN: NoteWords = NoteWords {
    subject: |subject, number| format!("Thank you — {subject} ({number})"),
    dear: |name| format!("Dear {name},"),
    hello: "Hello,",
    thanks: |subject| {
        format!(
            "Thank you for the opportunity to compete for {subject}, and for the time you and your team gave us. We respect your decision."
        )
    },
    record: |number, revision, total, term| {
        format!(
            "For your records: our offer {number} (revision {revision}) came to {total} over {term}."
        )
    },
    your_project: "your project",
    open_door: "If your plans change, or if anything does not turn out as you expected, we will be glad to pick up where we left off.",
    regards: "Kind regards,",
};

const DE: NoteWords = NoteWords {
    subject: |subject, number| format!("Vielen Dank — {subject} ({number})"),
    dear: |name| format!("Guten Tag {name},"),
    hello: "Guten Tag,",
    thanks: |subject| {
        format!(
            "vielen Dank für die Gelegenheit, uns für {subject} bewerben zu dürfen, und für die Zeit, die Sie und Ihr Team uns geschenkt haben. Wir respektieren Ihre Entscheidung."
        )
    },
    record: |number, revision, total, term| {
        format!(
            "Für Ihre Unterlagen: Unser Angebot {number} (Revision {revision}) belief sich auf {total} für {term}."
        )
    },
    your_project: "Ihr Projekt",
    open_door: "Sollten sich Ihre Pläne ändern oder etwas nicht wie erwartet verlaufen, knüpfen wir gern dort an, wo wir aufgehört haben.",
    regards: "Mit freundlichen Grüßen",
};

const FR: NoteWords = NoteWords {
    subject: |subject, number| format!("Merci — {subject} ({number})"),
    dear: |name| format!("Bonjour {name},"),
    hello: "Bonjour,",
    thanks: |subject| {
        format!(
            "Merci de nous avoir donné l’occasion de concourir pour {subject}, et du temps que vous et votre équipe nous avez consacré. Nous respectons votre décision."
        )
    },
    record: |number, revision, total, term| {
        format!(
            "Pour mémoire : notre offre {number} (révision {revision}) s’élevait à {total} sur {term}."
        )
    },
    your_project: "votre projet",
    open_door: "Si vos projets évoluent, ou si quelque chose ne se passe pas comme prévu, nous serons heureux de reprendre là où nous nous sommes arrêtés.",
    regards: "Bien cordialement,",
};

const ES: NoteWords = NoteWords {
    subject: |subject, number| format!("Gracias — {subject} ({number})"),
    dear: |name| format!("Estimado/a {name}:"),
    hello: "Buenos días:",
    thanks: |subject| {
        format!(
            "Gracias por la oportunidad de competir por {subject} y por el tiempo que usted y su equipo nos dedicaron. Respetamos su decisión."
        )
    },
    record: |number, revision, total, term| {
        format!(
            "Para sus archivos: nuestra oferta {number} (revisión {revision}) ascendía a {total} por {term}."
        )
    },
    your_project: "su proyecto",
    open_door: "Si sus planes cambian, o si algo no resulta como esperaba, estaremos encantados de retomar la conversación donde la dejamos.",
    regards: "Atentamente,",
};

const NL: NoteWords = NoteWords {
    subject: |subject, number| format!("Dank u wel — {subject} ({number})"),
    dear: |name| format!("Beste {name},"),
    hello: "Goedendag,",
    thanks: |subject| {
        format!(
            "Dank u voor de kans om mee te dingen naar {subject}, en voor de tijd die u en uw team ons hebben gegeven. Wij respecteren uw beslissing."
        )
    },
    record: |number, revision, total, term| {
        format!(
            "Voor uw administratie: onze offerte {number} (revisie {revision}) bedroeg {total} voor {term}."
        )
    },
    your_project: "uw project",
    open_door: "Als uw plannen veranderen, of als iets niet loopt zoals u verwachtte, pakken wij de draad graag weer op waar we gebleven waren.",
    regards: "Met vriendelijke groet,",
};

const fn note_words(language: Language) -> &'static NoteWords {
    match language {
        Language::En => &EN,
        Language::De => &DE,
        Language::Fr => &FR,
        Language::Es => &ES,
        Language::Nl => &NL,
    }
}

/// A note ready to copy: its subject line and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThankYouNote {
    /// The subject line of the email.
    pub subject: String,
    /// The text, in paragraphs separated by blank lines, signed by the rep.
    pub body: String,
}

/// The thank-you note for `offer` (the last one sent), in its language: greeting,
/// thanks, the offer for the record, the open door, and the rep's signature
/// (`tests/outcome.rs` reads it in all five languages).
pub fn thank_you_note(offer: &CustomerOffer) -> ThankYouNote {
    let words = note_words(offer.language);
    let subject = if offer.deal_name.trim().is_empty() {
        words.your_project
    } else {
        offer.deal_name.as_str()
    };
    let contact = offer.buyer_contact.trim();
    let greeting = if contact.is_empty() {
        words.hello.to_string()
    } else {
        (words.dear)(contact)
    };
    let record = (words.record)(
        &offer.number,
        offer.revision,
        &offer.money(offer.term_total),
        &offer.term(),
    );
    let signature: Vec<&str> = [
        offer.rep_name.as_str(),
        offer.rep_title.as_str(),
        offer.seller_or_placeholder(),
        offer.rep_email.as_str(),
        offer.rep_phone.as_str(),
    ]
    .into_iter()
    .map(str::trim)
    .filter(|line| !line.is_empty())
    .collect();
    let body = [
        greeting,
        (words.thanks)(subject),
        record,
        words.open_door.to_string(),
        format!("{}\n{}", words.regards, signature.join("\n")),
    ]
    .join("\n\n");
    ThankYouNote {
        subject: (words.subject)(offer.subject(), &offer.number),
        body,
    }
}
