//! `RequirementsEditor`: "What the customer asked for" on the offer form — each
//! requirement in the customer's words with its answer, added with the cursor in
//! the new one, moved, removed with undo. The lines the catalogue suggests for each
//! (from what its items provide) are worked out here once per change of the
//! proposal or the catalogue.

use std::rc::Rc;

use best_offer_domain::library::edit::Edit;
use best_offer_domain::requirements::suggest::lines_meeting;
use best_offer_domain::requirements::{MAX_REQUIREMENTS, RequirementEdit};
use yew::prelude::*;

use crate::components::controls::undo_remove::UndoRemove;
use crate::components::offer::requirement_row::{LineChoice, RequirementRow};
use crate::context::{edit_callback, use_app};
use crate::state::RemovedKind;

/// The customer's requirements and their answers.
#[component]
pub fn RequirementsEditor() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let desk = Rc::clone(&app.state().library.desk);
    let dispatch = app.dispatcher();
    let lines: Rc<Vec<LineChoice>> = Rc::new(
        proposal
            .deal
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| LineChoice {
                id: line.id,
                name: match line.terms.name.trim() {
                    "" => format!("Line {}", i.saturating_add(1)),
                    name => name.to_string(),
                },
            })
            .collect(),
    );
    let requirements = &proposal.requirements;
    let open = proposal.open_questions().count();
    let count = requirements.len();
    let full = count >= MAX_REQUIREMENTS;
    html! {
        <fieldset class="requirements-editor" id="requirements">
            <legend>{ "What the customer asked for" }</legend>
            <p class="hint">{ "Each requirement in the customer’s words, and how this offer answers it. The offer prints them as a table; one still to confirm prints as an open question." }</p>
            if open > 0 {
                <p class="hint open-count" id="open-questions-count">{ match open {
                    1 => "1 requirement is still to confirm.".to_string(),
                    n => format!("{n} requirements are still to confirm."),
                } }</p>
            }
            <ol class="requirement-list">
                { for requirements.iter().enumerate().map(|(index, requirement)| html! {
                    <RequirementRow key={requirement.id.0} requirement={requirement.clone()} {index} {count}
                        lines={Rc::clone(&lines)}
                        suggested={lines_meeting(&requirement.text, &proposal.deal.lines, &desk.catalogue)}
                        dispatch={dispatch.clone()} />
                }) }
            </ol>
            <UndoRemove kind={RemovedKind::Requirement} />
            <button type="button" class="button secondary" id="add-requirement" disabled={full}
                onclick={edit_callback(&dispatch, |_: MouseEvent| Edit::Requirement(RequirementEdit::Add))}>
                { "+ Add a requirement" }</button>
            if full {
                <p class="hint">{ format!("A proposal holds at most {MAX_REQUIREMENTS} requirements.") }</p>
            }
        </fieldset>
    }
}
