//! `OfferOutcome`: how the sent offer ended and what follows — Mark as won or lost
//! (the outcome form), the outcome recorded (to edit, or back to sent), the
//! follow-up call (to add to a calendar, or to drop), the thank-you note after a
//! loss, and Reopen for a lost or expired offer.

use std::rc::Rc;

use best_offer_domain::date::Date;
use best_offer_domain::library::file::{Status, next_revision};
use best_offer_domain::outcome::follow_up::{follow_up_of, last_outcome, last_sent};
use best_offer_domain::outcome::{FollowUp, OutcomeForm as Form};
use yew::prelude::*;

use crate::calendar::add_to_calendar;
use crate::components::controls::text_field::TextField;
use crate::components::offer::outcome_form::OutcomeForm;
use crate::components::offer::thank_you_note::ThankYouNote;
use crate::context::use_app;
use crate::messages::outcomes::{due_when, outcome_line};
use crate::state::Action;

/// The outcome of the open proposal's sent offer, and what follows it.
#[component]
pub fn OfferOutcome() -> Html {
    let app = use_app();
    let recording = use_state(|| None::<Rc<Form>>);
    let state = app.state();
    let record = &state.library.record;
    let today = state.today;
    let stored = Rc::new(state.library.current_stored());
    let status = record.status;
    if status == Status::Draft {
        return html! {};
    }
    let open_form = |form: Form| {
        let recording = recording.clone();
        let form = Rc::new(form);
        Callback::from(move |_: MouseEvent| recording.set(Some(Rc::clone(&form))))
    };
    let close = {
        let recording = recording.clone();
        Callback::from(move |()| recording.set(None))
    };
    let outcome = last_outcome(&stored).cloned();
    let due = follow_up_of(&stored, today);
    let format = state.proposal().number_format;
    let edit_form = outcome
        .as_ref()
        .map(|o| Form::of(o, record.follow_up.as_ref(), format))
        .unwrap_or_else(|| Form::new(status == Status::Lost, today));
    let reopen = state.library.may_reopen(today).is_ok();
    let next_revision = next_revision(&record.sent);
    html! {
        <div class="offer-outcome" id="offer-outcome">
            if let Some(form) = (*recording).clone() {
                <OutcomeForm initial={form} on_close={close} />
            } else {
                <div class="history-actions">
                    if status == Status::Sent {
                        <button type="button" class="button secondary" id="mark-won" onclick={open_form(Form::new(false, today))}>{ "Mark as won" }</button>
                        <button type="button" class="button secondary" id="mark-lost" onclick={open_form(Form::new(true, today))}>{ "Mark as lost" }</button>
                    } else {
                        <button type="button" class="button secondary" id="edit-outcome" onclick={open_form(edit_form)}>{ "Edit the outcome" }</button>
                    }
                    if record.status.may_become(Status::Sent) {
                        <button type="button" class="link-button" id="back-to-sent" onclick={app.action_with(|_: MouseEvent| Action::SetStatus(Status::Sent))}>{ "Back to sent" }</button>
                    }
                    if reopen {
                        <button type="button" class="button" id="reopen" onclick={app.action_with(|_: MouseEvent| Action::Reopen)}>{ format!("Reopen as revision {next_revision}") }</button>
                    }
                </div>
            }
            if status != Status::Sent {
                <p id="outcome-line">{ match &outcome {
                    Some(outcome) => outcome_line(outcome, &stored),
                    None => "The outcome was not recorded: edit it to add the day and what you know.".to_string(),
                } }</p>
            }
            if let Some(due) = due {
                <div class="follow-up" id="follow-up">
                    <p>{ format!("Call them again on {} ({})", due.on.long(), due_when(due.days_from(today))) }
                       if !due.reason.is_empty() { { format!(" — {}", due.reason) } }</p>
                    <div class="follow-up-fields">
                        // The day and the reason, kept as the rep changes them (a date
                        // input gives nothing while a date is half-typed: kept as it was).
                        <TextField id="follow-up-on" label="Call on" kind="date" value={AttrValue::from(due.on.to_iso())}
                            on_change={{ let id = stored.id.clone(); let reason = due.reason.clone(); let dispatch = app.dispatcher();
                                Callback::from(move |text: String| if let Ok(on) = Date::parse_iso(&text) {
                                    dispatch.dispatch(Action::FollowUp(id.clone(), FollowUp { on: Some(on), reason: reason.clone() }));
                                }) }} />
                        <TextField id="follow-up-reason" label="Reason to call" value={AttrValue::from(due.reason.clone())}
                            placeholder="e.g. their go-live date"
                            on_change={{ let id = stored.id.clone(); let on = due.on; let dispatch = app.dispatcher();
                                Callback::from(move |reason: String| dispatch.dispatch(Action::FollowUp(id.clone(), FollowUp { on: Some(on), reason }))) }} />
                    </div>
                    <button type="button" class="button secondary" id="add-to-calendar"
                        onclick={{ let stored = Rc::clone(&stored); let due = due.clone(); Callback::from(move |_: MouseEvent| add_to_calendar(&due, &stored)) }}>
                        { "Add to calendar" }</button>
                    <button type="button" class="link-button" id="no-call"
                        onclick={{ let id = stored.id.clone(); app.action_with(move |_: MouseEvent| Action::FollowUp(id.clone(), FollowUp::default())) }}>
                        { "No call needed" }</button>
                </div>
            }
            if status == Status::Lost {
                if let Some(sent) = last_sent(&stored) {
                    <ThankYouNote offer={Rc::new(sent.offer.clone())} />
                }
            }
        </div>
    }
}
