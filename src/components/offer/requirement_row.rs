//! `RequirementRow`: one thing the customer asked for, in their words, with the
//! offer's answer (met, partly, not offered, to confirm), what the answer says, the
//! lines that meet it (the catalogue's suggestions marked) and the rep's own note,
//! which is never printed.

use std::rc::Rc;

use best_offer_domain::library::edit::{Direction, Edit};
use best_offer_domain::pricing::deal::LineId;
use best_offer_domain::requirements::{Answer, Requirement, RequirementEdit};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::controls::text_field::TextField;
use crate::context::edit_callback;
use crate::dom_id;
use crate::state::{Action, Dispatch};
use best_offer_domain::library::draft::FocusTarget;

/// A line the requirement can name: its id and what the rep calls it.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChoice {
    /// The line.
    pub id: LineId,
    /// Its name, or `Line N` when it has none.
    pub name: String,
}

/// Properties of [`RequirementRow`].
#[derive(Properties, PartialEq)]
pub struct RequirementRowProps {
    /// The requirement.
    pub requirement: Requirement,
    /// Its 0-based position.
    pub index: usize,
    /// How many requirements there are (for the move buttons).
    pub count: usize,
    /// The deal's lines.
    pub lines: Rc<Vec<LineChoice>>,
    /// The lines the catalogue suggests for it.
    pub suggested: Vec<LineId>,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
}

/// The rep's word for an answer in the workspace (the offer prints the customer's
/// language's).
pub const fn answer_label(answer: Answer) -> &'static str {
    match answer {
        Answer::Met => "Met",
        Answer::Partly => "Partly met",
        Answer::NotOffered => "Not offered",
        Answer::ToConfirm => "To confirm (open question)",
    }
}

/// What the answer's text is for, by answer.
const fn response_label(answer: Answer) -> &'static str {
    match answer {
        Answer::Met => "How (optional, printed)",
        Answer::Partly => "How far, and what is missing (printed)",
        Answer::NotOffered => "Why, or the alternative (printed)",
        Answer::ToConfirm => "The open question (printed)",
    }
}

const fn answer_id(answer: Answer) -> &'static str {
    match answer {
        Answer::Met => "met",
        Answer::Partly => "partly",
        Answer::NotOffered => "not-offered",
        Answer::ToConfirm => "to-confirm",
    }
}

/// `“A”`, `“A” and “B”`, `“A”, “B” and “C”`.
fn names(lines: &[&LineChoice]) -> String {
    let quoted: Vec<String> = lines.iter().map(|l| format!("“{}”", l.name)).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// One requirement and its answer.
#[component]
pub fn RequirementRow(props: &RequirementRowProps) -> Html {
    let requirement = &props.requirement;
    let id = requirement.id;
    let n = props.index.saturating_add(1);
    let dispatch = &props.dispatch;
    let edit = |make: fn(_, String) -> RequirementEdit| {
        edit_callback(dispatch, move |text: String| {
            Edit::Requirement(make(id, text))
        })
    };
    let on_answer = edit_callback(dispatch, move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let answer = Answer::ALL
            .into_iter()
            .find(|a| answer_id(*a) == select.value())
            .unwrap_or_default();
        Edit::Requirement(RequirementEdit::Answer(id, answer))
    });
    let moved = |direction: Direction| {
        edit_callback(dispatch, move |_: MouseEvent| {
            Edit::Requirement(RequirementEdit::Move(id, direction))
        })
    };
    let remove = edit_callback(dispatch, move |_: MouseEvent| {
        Edit::Requirement(RequirementEdit::Remove(id))
    });
    let text_id = dom_id::of(&FocusTarget::Requirement(id));
    let answer_select = dom_id::of(&FocusTarget::RequirementAnswer(id));
    let label = format!("Requirement {n}");
    let suggested_unticked: Vec<&LineChoice> = props
        .lines
        .iter()
        .filter(|line| props.suggested.contains(&line.id) && !requirement.lines.contains(&line.id))
        .collect();
    let met_by_suggested = {
        let dispatch = dispatch.clone();
        let lines: Vec<LineId> = suggested_unticked.iter().map(|l| l.id).collect();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Edit(Edit::Requirement(RequirementEdit::Answer(
                id,
                Answer::Met,
            ))));
            for line in &lines {
                dispatch.dispatch(Action::Edit(Edit::Requirement(RequirementEdit::MetBy(
                    id, *line, true,
                ))));
            }
        })
    };
    html! {
        <li class={classes!("requirement", format!("answer-{}", answer_id(requirement.answer)))} data-requirement={id.0.to_string()}>
            <div class="requirement-head">
                <TextField id={text_id} label={format!("{label}, in the customer’s words")} max_length={1000}
                    placeholder="e.g. Integrates with SAP S/4HANA"
                    value={AttrValue::from(requirement.text.clone())} on_change={edit(RequirementEdit::Text)} />
                <div class="field">
                    <label for={answer_select.clone()}>{ "Answer" }</label>
                    <select id={answer_select} onchange={on_answer}>
                        { for Answer::ALL.into_iter().map(|answer| html! {
                            <option value={answer_id(answer)} selected={requirement.answer == answer}>{ answer_label(answer) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <TextField id={format!("requirement-{}-response", id.0)} label={response_label(requirement.answer)} max_length={1000}
                value={AttrValue::from(requirement.response.clone())} on_change={edit(RequirementEdit::Response)} />
            if requirement.answer.names_lines() && !props.lines.is_empty() {
                <fieldset class="requirement-lines">
                    <legend>{ "Met by (printed by name)" }</legend>
                    { for props.lines.iter().map(|line| {
                        let line_id = line.id;
                        let checked = requirement.lines.contains(&line_id);
                        let box_id = format!("requirement-{}-line-{}", id.0, line_id.0);
                        let on_change = edit_callback(dispatch, move |event: Event| {
                            let input: HtmlInputElement = event.target_unchecked_into();
                            Edit::Requirement(RequirementEdit::MetBy(id, line_id, input.checked()))
                        });
                        html! {
                            <div class="checkbox-field" key={line_id.0}>
                                <input type="checkbox" id={box_id.clone()} {checked} onchange={on_change} />
                                <label for={box_id}>
                                    { line.name.clone() }
                                    if props.suggested.contains(&line_id) {
                                        <span class="suggested">{ " (suggested: the catalogue says it provides this)" }</span>
                                    }
                                </label>
                            </div>
                        }
                    }) }
                </fieldset>
            } else if !suggested_unticked.is_empty() {
                <p class="hint suggestion">
                    { format!("The catalogue says {} may meet this. ", names(&suggested_unticked)) }
                    <button type="button" class="link-button" id={format!("requirement-{}-use-suggested", id.0)}
                        onclick={met_by_suggested}>{ "Mark as met by it" }</button>
                </p>
            }
            <TextField id={format!("requirement-{}-note", id.0)} label="Internal note (never printed)" max_length={1000}
                class={classes!("internal")}
                value={AttrValue::from(requirement.internal_note.clone())} on_change={edit(RequirementEdit::InternalNote)} />
            <div class="requirement-actions">
                <button type="button" class="icon-button" aria-label={format!("Move {label} up")} disabled={props.index == 0}
                    onclick={moved(Direction::Up)}>{ "↑" }</button>
                <button type="button" class="icon-button" aria-label={format!("Move {label} down")} disabled={n >= props.count}
                    onclick={moved(Direction::Down)}>{ "↓" }</button>
                <button type="button" class="icon-button danger" aria-label={format!("Remove {label}")}
                    onclick={remove}>{ "✕" }</button>
            </div>
        </li>
    }
}
