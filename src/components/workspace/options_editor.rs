//! `OptionsEditor`: the options of a proposal that has them — good, better, best —
//! each a card ([`OptionCard`]), and "price these options at the same margin": for
//! each option the price that gives it the recommended one's margin, beside its
//! floor, for the rep to accept. Built on demand ([`crate::split::views::OPTIONS`]): a
//! proposal without options never fetches it.

use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::option_edit::{OptionsEdit, option_line};
use best_offer_domain::options::MAX_OPTIONS;
use best_offer_domain::options::equal_margin::{NoEqualMargin, equal_margin_prices};
use yew::prelude::*;

use crate::components::controls::stale_note::StaleNote;
use crate::components::controls::undo_remove::UndoRemove;
use crate::components::workspace::option_card::OptionCard;
use crate::context::use_app;
use crate::messages::Explain;
use crate::state::RemovedKind;
use crate::toggle::{aria_expanded, use_toggle};
use crate::view::Figures;

/// The options' cards and buttons, under the panel's heading.
#[component]
pub fn OptionsEditor() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let state = app.state();
    let shown = Figures::of(&proposal);
    let dispatch = app.dispatcher();
    let show_equal = use_toggle(false);
    let options = &proposal.options;
    let cards = options.iter().enumerate().map(|(k, option)| {
        let lines = proposal
            .deal
            .lines
            .iter()
            .map(|line| {
                let name = if line.terms.name.trim().is_empty() {
                    format!("Line {}", line.id.0)
                } else {
                    line.terms.name.trim().to_string()
                };
                (line.id, AttrValue::from(name), option_line(options, option, line.id))
            })
            .collect::<Vec<_>>();
        let figures = state.board.options.iter().find(|f| f.id == option.id).cloned();
        html! {
            <OptionCard key={option.id.0} option={option.clone()} number={k.saturating_add(1)}
                recommended={proposal.recommended_option == Some(option.id)} {lines} {figures} {shown}
                can_remove={options.len() > 2} dispatch={dispatch.clone()} />
        }
    });
    let equal = proposal
        .recommended_option
        .map(|recommended| equal_margin_prices(&proposal.deal, options, recommended));
    let equal_view = match &equal {
        None => {
            html! { <p class="hint" id="equal-margin-result">{ "Mark one option as recommended: the others are priced to its margin." }</p> }
        }
        Some(Err(NoEqualMargin::NoSuchOption)) => html! {},
        Some(Err(NoEqualMargin::NoMargin(error))) => html! {
            <p class="hint" id="equal-margin-result">{ error.as_ref().map_or_else(|| "The recommended option has no margin to copy.".to_string(), |e| e.explain()) }</p>
        },
        Some(Ok(prices)) => {
            let levers: Vec<_> = prices
                .iter()
                .filter_map(|p| p.as_ref().ok())
                .map(|p| (p.id, p.lever))
                .collect();
            html! {
                <div id="equal-margin-result">
                    <table class="equal-margin">
                        <thead><tr><th scope="col">{ "Option" }</th><th scope="col" class="num">{ "Price at that margin" }</th><th scope="col" class="num">{ "Its floor" }</th></tr></thead>
                        <tbody>
                            { for options.iter().zip(prices).map(|(option, price)| html! {
                                <tr data-equal-margin={option.id.0.to_string()}>
                                    <th scope="row">{ option.name.clone() }</th>
                                    { match price {
                                        Ok(price) => html! {
                                            <>
                                                <td class="num" data-figure="equal-price">{ shown.money(price.price) }{ if price.raised_to_floor { " (its floor)" } else { "" } }</td>
                                                <td class="num">{ shown.money(price.floor) }</td>
                                            </>
                                        },
                                        Err(error) => html! { <td colspan="2">{ error.explain() }</td> },
                                    } }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    <button type="button" class="button" id="accept-equal-margin"
                        onclick={app.edit_with(move |_: MouseEvent| Edit::Options(OptionsEdit::Levers(levers.clone())))}>{ "Use these prices" }</button>
                </div>
            }
        }
    };
    html! {
        <>
            <p class="hint">{ "Lines every option includes are shared; say what each option adds, leaves out or offers as optional. The written offer shows the options side by side." }</p>
            <StaleNote stale={state.is_stale()} />
            <div class="option-cards">{ for cards }</div>
            <div class="button-row">
                if options.len() < MAX_OPTIONS {
                    <button type="button" class="button secondary" id="add-option"
                        onclick={app.edit_with(|_: MouseEvent| Edit::Options(OptionsEdit::Add))}>{ "Add an option" }</button>
                }
                <button type="button" class="button secondary" id="equal-margin" aria-expanded={aria_expanded(show_equal.is_open())} aria-controls="equal-margin-panel"
                    onclick={show_equal.flip()}>{ "Price these options at the same margin" }</button>
                if proposal.recommended_option.is_some() {
                    <button type="button" class="link-button" id="recommend-none"
                        onclick={app.edit_with(|_: MouseEvent| Edit::Options(OptionsEdit::Recommend(None)))}>{ "Recommend none" }</button>
                }
                <button type="button" class="link-button danger" id="end-options"
                    onclick={app.edit_with(|_: MouseEvent| Edit::Options(OptionsEdit::End))}>{ "Offer one option only" }</button>
            </div>
            <UndoRemove kind={RemovedKind::Options} />
            <div id="equal-margin-panel" hidden={!show_equal.is_open()}>
                { equal_view }
            </div>
        </>
    }
}
