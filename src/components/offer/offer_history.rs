//! `OfferHistory`: the proposal's status (draft → sent → won or lost) with the
//! buttons that move it (the outcome's in [`OfferOutcome`]), and every sent
//! revision, readable as it was sent, with how it ended.

use std::rc::Rc;

use best_offer_domain::library::file::{LinkMade, Status};
use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::requirements::OpenQuestions;
use yew::prelude::*;

use crate::components::offer::offer_document::OfferDocument;
use crate::components::offer::offer_outcome::OfferOutcome;
use crate::components::offer::open_questions_check::{OpenQuestionsCheck, open_count};
use crate::context::use_app;
use crate::dom_id::NOT_READY_REASON;
use crate::messages::outcomes::outcome_line;
use crate::platform;
use crate::state::Action;

/// What the history says of the customer links made of a revision: when, and
/// whether a link carried another content than the one sent (made of a draft that
/// changed before it was marked as sent).
fn links_made(links: &[LinkMade], sent: &CustomerOffer) -> Html {
    if links.is_empty() {
        return html! {};
    }
    let items: Vec<String> = links
        .iter()
        .map(|link| {
            let when = platform::format_moment(link.made_ms);
            if link.carries(sent) {
                when
            } else {
                format!(
                    "{when} (of an earlier draft, fingerprint {})",
                    link.fingerprint
                )
            }
        })
        .collect();
    let title = if links.len() == 1 {
        "customer link made"
    } else {
        "customer links made"
    };
    html! { <span class="links-made" data-links-made={links.len().to_string()}>{ format!(" — {title} {}", items.join("; ")) }</span> }
}

/// Status, revision and the offers sent.
#[component]
pub fn OfferHistory() -> Html {
    let app = use_app();
    let desk = Rc::clone(&app.state().library.desk);
    let viewing = use_state(|| None::<usize>);
    let state = app.state();
    let record = &state.library.record;
    let revision = state.proposal().offer.revision;
    let stored = state.library.current_stored();
    let ready = state.hold().is_clear();
    let can_send = ready && state.chosen_evaluation().is_some();
    // With requirements still to confirm, marking as sent lists them first.
    let open = state.proposal().open_questions().count();
    let asking = use_state(|| false);
    let on_mark_sent = {
        let app = app.clone();
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| {
            if open > 0 {
                asking.set(true);
            } else {
                app.dispatch(Action::MarkSent(OpenQuestions::MustBeAnswered));
            }
        })
    };
    let send_as_open = {
        let app = app.clone();
        let asking = asking.clone();
        Callback::from(move |()| {
            asking.set(false);
            app.dispatch(Action::MarkSent(OpenQuestions::SendAsOpen));
        })
    };
    let close = {
        let asking = asking.clone();
        Callback::from(move |()| asking.set(false))
    };
    let status_line = match record.status {
        Status::Draft if record.sent.is_empty() => format!("Draft, revision {revision}"),
        Status::Draft => format!(
            "Draft of revision {revision} (revision {} was sent)",
            revision.saturating_sub(1)
        ),
        Status::Sent => format!(
            "Revision {revision} sent. Any change starts revision {}.",
            revision.saturating_add(1)
        ),
        Status::Won => format!("Revision {revision} was won."),
        Status::Lost => {
            format!("Revision {revision} was lost. Reopen it when the sale comes back.")
        }
    };
    html! {
        <section class="offer-history no-print" aria-labelledby="history-heading">
            <h3 id="history-heading">{ "Status" }</h3>
            <p><span class={classes!("status", format!("status-{}", record.status.id()))} id="offer-status">{ crate::messages::labels::status(record.status) }</span>
               { " " }{ status_line }</p>
            if !record.links.is_empty() {
                <p class="hint" id="links-pending" data-links-made={record.links.len().to_string()}>{ format!(
                    "Customer link copied {}. Marking revision {revision} as sent records it in the history.",
                    record.links.iter().map(|l| platform::format_moment(l.made_ms)).collect::<Vec<_>>().join(", ")
                ) }</p>
            }
            <div class="history-actions">
                if record.status == Status::Draft {
                    <button type="button" class="button secondary" id="mark-sent" disabled={!can_send}
                        aria-describedby={(!ready).then_some(NOT_READY_REASON)}
                        onclick={on_mark_sent}>{ format!("Mark revision {revision} as sent") }</button>
                }
            </div>
            <OfferOutcome />
            if *asking && record.status == Status::Draft {
                <OpenQuestionsCheck id="open-questions-sent" title={format!("Before you mark revision {revision} as sent")}
                    proceed={AttrValue::from(format!("Mark as sent with {}", open_count(open)))}
                    on_proceed={send_as_open} on_close={close} />
            }
            if !record.sent.is_empty() {
                <h3>{ "Sent revisions" }</h3>
                <ul class="sent-list">
                    { for record.sent.iter().enumerate().map(|(i, sent)| {
                        let open = *viewing == Some(i);
                        let toggle = {
                            let viewing = viewing.clone();
                            Callback::from(move |_: MouseEvent| viewing.set(if open { None } else { Some(i) }))
                        };
                        html! {
                            <li key={i}>
                                { format!("Revision {} — sent {} — {}", sent.revision, platform::format_moment(sent.sent_ms), sent.offer.money(sent.offer.term_total)) }
                                { links_made(&sent.links, &sent.offer) }
                                if let Some(outcome) = &sent.outcome {
                                    <span class="sent-outcome">{ format!(" — {}", outcome_line(outcome, &stored)) }</span>
                                }
                                { " " }
                                <button type="button" class="link-button" aria-expanded={if open { "true" } else { "false" }}
                                    onclick={toggle}>{ if open { "Hide" } else { "View as sent" } }</button>
                                if open {
                                    <div class="sent-snapshot"><OfferDocument copy=true offer={Rc::new(sent.offer.clone())} fingerprint={sent.offer.fingerprint()}
                                        logo={sent.offer.logo.as_ref().and_then(|id| desk.logo(id)).map(|logo| AttrValue::from(logo.data_url()))} /></div>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
