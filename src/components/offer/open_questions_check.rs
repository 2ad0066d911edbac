//! `OpenQuestionsCheck`: what marking an offer as sent, or as best and final, shows
//! first while requirements are still to be confirmed — the open ones, a way to
//! answer them, and a way to go on with them open (the offer then says so).

use best_offer_domain::library::draft::FocusTarget;
use best_offer_domain::library::proposal::Proposal;
use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;

/// Properties of [`OpenQuestionsCheck`].
#[derive(Properties, PartialEq)]
pub struct OpenQuestionsCheckProps {
    /// Its DOM id (each place that asks has its own).
    pub id: AttrValue,
    /// What the rep is about to do, e.g. "Before you mark revision 2 as sent".
    pub title: AttrValue,
    /// The button that goes on with the questions open.
    pub proceed: AttrValue,
    /// Goes on with the questions open.
    pub on_proceed: Callback<()>,
    /// Closes it without doing anything.
    pub on_close: Callback<()>,
}

/// "1 open question", "3 open questions".
pub fn open_count(open: usize) -> String {
    match open {
        1 => "1 open question".to_string(),
        n => format!("{n} open questions"),
    }
}

/// The open questions of the open proposal: (requirement, question) texts.
fn open_of(proposal: &Proposal) -> Vec<(FocusTarget, String)> {
    proposal
        .open_questions()
        .map(|r| {
            let question = match r.response.trim() {
                "" => r.text.trim().to_string(),
                response => format!("{} — {response}", r.text.trim()),
            };
            (FocusTarget::RequirementAnswer(r.id), question)
        })
        .collect()
}

/// The open questions, with Answer them, Go on with them open, and Cancel.
#[component]
pub fn OpenQuestionsCheck(props: &OpenQuestionsCheckProps) -> Html {
    let app = use_app();
    let open = open_of(&app.proposal());
    let first = open.first().map(|(target, _)| target.clone());
    let answer = {
        let app = app.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            on_close.emit(());
            if let Some(target) = first.clone() {
                app.dispatch(Action::Focus(target));
            }
        })
    };
    let title_id = format!("{}-title", props.id);
    let list_id = format!("{}-list", props.id);
    let said = match open.len() {
        1 => "One requirement is still to be confirmed:".to_string(),
        n => format!("{n} requirements are still to be confirmed:"),
    };
    html! {
        <div class="confirm-print open-questions-check no-print" id={props.id.clone()} role="alertdialog"
            aria-labelledby={title_id.clone()} aria-describedby={list_id.clone()}>
            <h3 id={title_id}>{ props.title.clone() }</h3>
            <div id={list_id}>
                <p>{ said }</p>
                <ul>{ for open.iter().map(|(_, question)| html! { <li>{ question.clone() }</li> }) }</ul>
                <p class="hint">{ "Answer them, or go on with them open: the offer then lists them as open questions." }</p>
            </div>
            <button type="button" class="button" onclick={answer}>{ "Answer them first" }</button>
            <button type="button" class="button secondary" onclick={props.on_proceed.reform(|_: MouseEvent| ())}>{ props.proceed.clone() }</button>
            <button type="button" class="link-button" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ "Cancel" }</button>
        </div>
    }
}
