//! `RequirementsAnswers`: in the written offer, what the buyer asked for and how
//! this offer answers each — met, met in part, not offered, or still to be
//! confirmed (marked as an open question), with the response and the offer's items
//! that meet it. Shown only when the offer answers requirements.

use std::rc::Rc;

use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::requirements::Answer;
use yew::prelude::*;

/// Properties of [`RequirementsAnswers`].
#[derive(Properties)]
pub struct RequirementsAnswersProps {
    /// The offer, with its requirements.
    pub offer: Rc<CustomerOffer>,
    /// A second copy of the document on the same page: its ids are left out.
    #[prop_or_default]
    pub copy: bool,
}

impl PartialEq for RequirementsAnswersProps {
    /// The same offer is the same `Rc` (see `OfferDocument`).
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.offer, &other.offer) && self.copy == other.copy
    }
}

/// The requirements and the offer's answers.
#[component]
pub fn RequirementsAnswers(props: &RequirementsAnswersProps) -> Html {
    let offer = &props.offer;
    let words = offer.words();
    html! {
        <section class="doc-requirements" aria-labelledby={(!props.copy).then_some("doc-requirements-title")}>
            <h3 id={(!props.copy).then_some("doc-requirements-title")}>{ words.requirements }</h3>
            if let Some(note) = offer.open_questions_note() {
                <p class="doc-open-note" data-offer="open-questions">{ note }</p>
            }
            <table class="doc-answers">
                <thead>
                    <tr>
                        <th scope="col" class="num">{ "#" }</th>
                        <th scope="col">{ words.requirement }</th>
                        <th scope="col">{ words.our_answer }</th>
                    </tr>
                </thead>
                <tbody>
                    { for offer.requirements.iter().enumerate().map(|(i, requirement)| html! {
                        <tr key={i} data-offer-requirement={i.to_string()}
                            class={(requirement.answer == Answer::ToConfirm).then_some("doc-open")}>
                            <td class="num">{ i.saturating_add(1) }</td>
                            <td>{ requirement.text.clone() }</td>
                            <td data-label={words.our_answer}>
                                <strong class="doc-answer">{ offer.answer_label(requirement.answer) }</strong>
                                if !requirement.response.is_empty() {
                                    <span class="doc-response">{ requirement.response.clone() }</span>
                                }
                                if !requirement.met_by.is_empty() {
                                    <span class="doc-met-by">{ format!("{} {}", words.label(words.met_by), requirement.met_by.join(", ")) }</span>
                                }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
