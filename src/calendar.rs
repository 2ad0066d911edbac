//! A follow-up call offered as an iCalendar file (`.ics`): the domain writes the
//! standard's lines, the app its words, the browser the download. Nothing leaves
//! the device but the file the rep saves.

use best_offer_domain::library::file::StoredProposal;
use best_offer_domain::outcome::calendar::{CalendarEvent, ics};
use best_offer_domain::outcome::follow_up::Due;

use crate::messages::outcomes::calendar_words;
use crate::platform;

/// Offers the call `due` of `stored` as `follow-up-<customer>-<day>.ics`.
pub fn add_to_calendar(due: &Due, stored: &StoredProposal) {
    let (summary, description) = calendar_words(due, stored);
    let event = CalendarEvent {
        uid: format!("{}-{}@best-offer", due.id, due.on.to_iso()),
        stamp_ms: platform::now_ms(),
        on: due.on,
        summary,
        description,
    };
    let name = platform::file_slug(&stored.proposal.customer);
    platform::download_as(
        &format!("follow-up-{name}-{}.ics", due.on.to_iso()),
        &ics(&event),
        "text/calendar",
    );
}
