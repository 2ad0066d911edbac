//! `FollowUps`: the calls the rep has to make, soonest first — every lost offer, and
//! every sent one that got no answer by its last valid day — each with why, when,
//! Open, Add to calendar and Done (the domain's `follow_ups` decides which).

use std::rc::Rc;

use best_offer_domain::library::file::StoredProposal;
use best_offer_domain::library::label_of;
use best_offer_domain::outcome::FollowUp;
use best_offer_domain::outcome::follow_up::Due;
use yew::prelude::*;

use crate::calendar::add_to_calendar;
use crate::context::use_app;
use crate::messages::outcomes::{due_because, due_when};
use crate::route::Route;
use crate::router::{follow_link, use_navigate};
use crate::state::Action;

/// Properties of [`FollowUps`].
#[derive(Properties, PartialEq)]
pub struct FollowUpsProps {
    /// The calls due, soonest first, each with its proposal.
    pub due: Rc<Vec<(Due, Rc<StoredProposal>)>>,
}

/// The follow-up calls.
#[component]
pub fn FollowUps(props: &FollowUpsProps) -> Html {
    let app = use_app();
    let navigate = use_navigate();
    let today = app.state().today;
    if props.due.is_empty() {
        return html! {};
    }
    html! {
        <section class="follow-ups" id="follow-ups" aria-labelledby="follow-ups-title">
            <h3 id="follow-ups-title">{ format!("Follow-ups ({})", props.due.len()) }</h3>
            <ul>
                { for props.due.iter().map(|(due, stored)| {
                    let days = due.days_from(today);
                    // To the written offer, where the outcome and the note are.
                    let to = Route::Offer { id: due.id.clone() };
                    let href = to.href();
                    let open = follow_link(&navigate, to);
                    let calendar = { let due = due.clone(); let stored = Rc::clone(stored); Callback::from(move |_: MouseEvent| add_to_calendar(&due, &stored)) };
                    let done = { let id = due.id.clone(); app.action_with(move |_: MouseEvent| Action::FollowUp(id.clone(), FollowUp::default())) };
                    html! {
                        <li key={due.id.clone()} class={classes!("follow-up-row", (days <= 0).then_some("due-now"))} data-follow-up={due.id.clone()}>
                            <strong>{ label_of(stored) }</strong>
                            { format!(" — offer {}: {}. ", stored.proposal.offer.number, due_because(due, stored)) }
                            <span class="due-on">{ format!("Call {} ({})", due.on.long(), due_when(days)) }</span>
                            if !due.reason.is_empty() { { format!(" — {}", due.reason) } }
                            <span class="follow-up-actions">
                                <a class="view-link" href={href} onclick={open} aria-label={format!("Open {}", label_of(stored))}>{ "Open" }</a>
                                <button type="button" class="link-button" onclick={calendar}>{ "Add to calendar" }</button>
                                <button type="button" class="link-button" onclick={done}>{ "Done" }</button>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
