//! `OutcomeForm`: how the sent offer ended — the day, and for a loss why, to whom,
//! at what price, what they promised — with the follow-up call. Nothing is kept
//! until all of it reads (`OutcomeForm::read` in the domain): a half-typed price
//! shows its error under the field and stays as typed.

use std::rc::Rc;

use best_offer_domain::outcome::{LossReason, OutcomeFault, OutcomeForm as Form};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::controls::text_area::TextArea;
use crate::components::controls::text_field::TextField;
use crate::context::use_app;
use crate::messages::Explain;
use crate::messages::outcomes::{fault_field, loss_reason};
use crate::platform;
use crate::state::Action;

/// Properties of [`OutcomeForm`].
#[derive(Properties, PartialEq)]
pub struct OutcomeFormProps {
    /// What the form starts with (a new outcome, or the recorded one to edit).
    pub initial: Rc<Form>,
    /// Closes it (after saving, or without).
    pub on_close: Callback<()>,
}

/// One text of the form changed.
fn setter(form: &UseStateHandle<Form>, set: fn(&mut Form, String)) -> Callback<String> {
    let form = form.clone();
    Callback::from(move |text: String| {
        let mut next = (*form).clone();
        set(&mut next, text);
        form.set(next);
    })
}

/// The outcome form.
#[component]
pub fn OutcomeForm(props: &OutcomeFormProps) -> Html {
    let app = use_app();
    let form = use_state(|| (*props.initial).clone());
    let fault = use_state(|| None::<OutcomeFault>);
    let lost = form.lost;
    {
        // The form takes the cursor when it opens.
        let first = if lost {
            "outcome-reason"
        } else {
            "outcome-decided-on"
        };
        use_effect_with((), move |()| platform::focus_field_with(first, true));
    }
    let save = {
        let app = app.clone();
        let form = form.clone();
        let fault = fault.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let state = app.state();
            let proposal = state.proposal();
            match form.read(proposal.deal.currency, proposal.number_format, state.today) {
                Ok(read) => {
                    fault.set(None);
                    app.dispatch(Action::RecordOutcome(Rc::new(read)));
                    on_close.emit(());
                }
                Err(problem) => {
                    platform::focus_field_with(fault_field(&problem), true);
                    fault.set(Some(problem));
                }
            }
        })
    };
    let on_reason = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let mut next = (*form).clone();
            next.reason = select.value();
            form.set(next);
        })
    };
    let error_of = |id: &str| {
        fault
            .as_ref()
            .filter(|f| fault_field(f) == id)
            .map(|f| AttrValue::from(f.explain()))
    };
    let title = if lost {
        "Record the loss"
    } else {
        "Record the win"
    };
    html! {
        <form class="outcome-form" id="outcome-form" aria-labelledby="outcome-form-title" onsubmit={save} novalidate=true>
            <h4 id="outcome-form-title">{ title }</h4>
            <TextField id="outcome-decided-on" label="They decided on" kind="date" value={AttrValue::from(form.decided_on.clone())}
                on_change={setter(&form, |f, t| f.decided_on = t)} error={error_of("outcome-decided-on")} />
            if lost {
                <div class="field">
                    <label for="outcome-reason">{ "Why it was lost" }</label>
                    <select id="outcome-reason" onchange={on_reason}>
                        { for LossReason::ALL.iter().map(|reason| html! {
                            <option value={reason.name()} selected={form.reason == reason.name()}>{ loss_reason(*reason) }</option>
                        }) }
                    </select>
                </div>
                <TextField id="outcome-competitor" label="Who won it" value={AttrValue::from(form.competitor.clone())}
                    placeholder="The competitor, if you know" on_change={setter(&form, |f, t| f.competitor = t)}
                    error={error_of("outcome-competitor")} />
                <TextField id="outcome-competitor-price" label="Their price over the term, before tax"
                    value={AttrValue::from(form.competitor_price.clone())} placeholder="Empty if you don't know"
                    on_change={setter(&form, |f, t| f.competitor_price = t)} error={error_of("outcome-competitor-price")} />
                <TextArea id="outcome-promise" label="What they promised" value={AttrValue::from(form.competitor_promise.clone())}
                    rows={2} on_change={setter(&form, |f, t| f.competitor_promise = t)} />
            }
            <TextArea id="outcome-notes" label="Notes" value={AttrValue::from(form.notes.clone())} rows={2}
                on_change={setter(&form, |f, t| f.notes = t)} />
            if lost {
                <TextField id="outcome-follow-up-on" label="Call them again on" kind="date" value={AttrValue::from(form.follow_up_on.clone())}
                    on_change={setter(&form, |f, t| f.follow_up_on = t)} error={error_of("outcome-follow-up-on")} />
                <TextField id="outcome-follow-up-reason" label="Reason to call" value={AttrValue::from(form.follow_up_reason.clone())}
                    placeholder="e.g. their go-live date" on_change={setter(&form, |f, t| f.follow_up_reason = t)}
                    error={error_of("outcome-follow-up-reason")} />
            }
            <div class="form-actions">
                <button type="submit" class="button" id="outcome-save">{ if lost { "Record as lost" } else { "Record as won" } }</button>
                <button type="button" class="link-button" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ "Cancel" }</button>
            </div>
        </form>
    }
}
