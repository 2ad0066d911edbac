//! `OptionCard`: one option of the offer on the desk — its name, whether it is
//! recommended, how it is priced, what it does with each line, and its figures:
//! the price it asks, its margin, its floor and best offer, whether it keeps the
//! floor, and the price of each item the buyer may add.

use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::{Edit, LeverKind};
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::library::option_edit::{OptionLine, OptionsEdit};
use best_offer_domain::options::OfferOption;
use best_offer_domain::options::pricing::OptionFigures;
use best_offer_domain::pricing::deal::LineId;
use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::text_field::TextField;
use crate::context::{draft_callback, edit_callback};
use crate::messages::Explain;
use crate::state::Dispatch;
use crate::view::Figures;

/// Properties of [`OptionCard`].
#[derive(Properties, PartialEq)]
pub struct OptionCardProps {
    /// The option.
    pub option: OfferOption,
    /// Its 1-based place.
    pub number: usize,
    /// Whether it is the recommended one.
    pub recommended: bool,
    /// Every line of the deal, its name, and what this option does with it.
    pub lines: Vec<(LineId, AttrValue, OptionLine)>,
    /// Its figures (none while the board has not priced it).
    pub figures: Option<OptionFigures>,
    /// How figures are shown.
    pub shown: Figures,
    /// Whether Remove is offered (never below two options).
    pub can_remove: bool,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
}

/// The value of a pricing select: `best` or a lever kind's id.
const BEST: &str = "best";

/// What an option does with a line, as its select says it.
const fn line_word(what: OptionLine) -> &'static str {
    match what {
        OptionLine::Included => "Included",
        OptionLine::Optional => "Optional (the buyer may add it)",
        OptionLine::Absent => "Not offered",
    }
}

/// The select's value of a line's state.
const fn line_id(what: OptionLine) -> &'static str {
    match what {
        OptionLine::Included => "included",
        OptionLine::Optional => "optional",
        OptionLine::Absent => "absent",
    }
}

/// Whether the option keeps the floor, as a badge.
fn keeps_badge(keeps: Option<bool>) -> Html {
    match keeps {
        Some(true) => html! { <p class="badge badge-ok">{ "✓ Keeps floor" }</p> },
        Some(false) => html! { <p class="badge badge-danger">{ "✕ Below floor" }</p> },
        None => html! {},
    }
}

/// One option, editable, with its figures.
#[component]
pub fn OptionCard(props: &OptionCardProps) -> Html {
    let option = &props.option;
    let id = option.id;
    let dispatch = &props.dispatch;
    let shown = props.shown;
    let field = |what: &str| format!("option-{}-{what}", id.0);
    let name = if option.name.trim().is_empty() {
        format!("Option {}", props.number)
    } else {
        option.name.trim().to_string()
    };
    let on_lever = edit_callback(dispatch, move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        Edit::Options(OptionsEdit::LeverKind(
            id,
            LeverKind::from_id(&select.value()),
        ))
    });
    let value = option
        .lever
        .map(|lever| NumberKind::of_lever(lever, shown.currency));
    let kind = option.lever.map(LeverKind::of);
    let figures = props.figures.as_ref().map(|figures| {
        let best = match &figures.best {
            Ok(best) => html! {
                <>
                    <div><dt>{ "Lowest price (term)" }</dt><dd data-option-figure="floor">{ shown.money(best.evaluation.floor.price) }</dd></div>
                    <div><dt>{ "Best offer" }</dt><dd data-option-figure="best">{ shown.money(best.evaluation.totals.net) }</dd></div>
                </>
            },
            Err(error) => html! { <div><dt>{ "Best offer" }</dt><dd>{ error.explain() }</dd></div> },
        };
        let chosen = match &figures.chosen {
            Ok(chosen) => html! {
                <>
                    <div><dt>{ "Price (term)" }</dt><dd data-option-figure="price">{ shown.money(chosen.totals.net) }</dd></div>
                    <div><dt>{ "Discount" }</dt><dd>{ shown.percent(chosen.totals.discount) }</dd></div>
                    <div><dt>{ "Margin" }</dt><dd data-option-figure="margin">{ shown.maybe_percent(chosen.totals.margin) }</dd></div>
                </>
            },
            Err(error) => html! { <div><dt>{ "Price (term)" }</dt><dd class="column-problem">{ error.explain() }</dd></div> },
        };
        let items = option.optional.iter().zip(&figures.optional).map(|(line, price)| {
            let name = props
                .lines
                .iter()
                .find(|(l, _, _)| l == line)
                .map_or_else(AttrValue::default, |(_, name, _)| name.clone());
            let said = match price {
                Ok(price) if price.raised_to_floor => {
                    format!("+ {} (its own floor)", shown.money(price.price))
                }
                Ok(price) => format!("+ {}", shown.money(price.price)),
                Err(error) => error.explain(),
            };
            html! { <div><dt>{ format!("Optional: {name}") }</dt><dd data-option-figure="optional">{ said }</dd></div> }
        });
        html! {
            <dl class="option-figures">
                { chosen }
                { best }
                { for items }
            </dl>
        }
    });
    let keeps = props.figures.as_ref().map(OptionFigures::keeps_floor);
    html! {
        <article class={classes!("option-card", props.recommended.then_some("option-recommended"))} data-option={id.0.to_string()} aria-labelledby={field("heading")}>
            <h3 id={field("heading")}>{ name.clone() }</h3>
            <TextField id={field("name")} label={format!("Name of option {}", props.number)}
                value={AttrValue::from(option.name.clone())} max_length={60}
                on_change={edit_callback(dispatch, move |text: String| Edit::Options(OptionsEdit::Name(id, text)))} />
            <label class="check" for={field("recommended")}>
                <input type="radio" name="recommended-option" id={field("recommended")} checked={props.recommended}
                    onchange={edit_callback(dispatch, move |_: Event| Edit::Options(OptionsEdit::Recommend(Some(id))))} />
                { "Recommended" }
            </label>
            <label for={field("lever")}>{ format!("How {name} is priced") }</label>
            <select id={field("lever")} onchange={on_lever}>
                <option value={BEST} selected={kind.is_none()}>{ "At its best offer" }</option>
                { for LeverKind::ALL.into_iter().map(|k| html! {
                    <option value={k.id()} selected={Some(k) == kind}>{ crate::messages::labels::lever_kind(k) }</option>
                }) }
            </select>
            if let (Some((value, value_kind)), Some(kind)) = (value, kind) {
                <NumberField field={DraftKey::from(FieldKey::OptionValue(id))} label={format!("{} of {name}", crate::messages::labels::lever_kind(kind))}
                    kind={value_kind} format={shown.format} value={Some(value)}
                    on_value={edit_callback(dispatch, move |v: Option<Decimal>| Edit::Options(OptionsEdit::LeverValue(id, v.unwrap_or_default())))}
                    on_draft={draft_callback(dispatch)} />
            }
            <fieldset class="option-lines">
                <legend>{ format!("What {name} offers") }</legend>
                { for props.lines.iter().map(|(line, line_name, what)| {
                    let line = *line;
                    let on_change = edit_callback(dispatch, move |event: Event| {
                        let select: HtmlSelectElement = event.target_unchecked_into();
                        let what = OptionLine::ALL
                            .into_iter()
                            .find(|w| line_id(*w) == select.value())
                            .unwrap_or(OptionLine::Included);
                        Edit::Options(OptionsEdit::Line(id, line, what))
                    });
                    let select_id = format!("option-{}-line-{}", id.0, line.0);
                    html! {
                        <div class="option-line">
                            <label for={select_id.clone()}>{ line_name.clone() }</label>
                            <select id={select_id} onchange={on_change}>
                                { for OptionLine::ALL.into_iter().map(|w| html! {
                                    <option value={line_id(w)} selected={w == *what}>{ line_word(w) }</option>
                                }) }
                            </select>
                        </div>
                    }
                }) }
            </fieldset>
            { for figures }
            { keeps_badge(keeps) }
            if props.can_remove {
                <button type="button" class="link-button danger" aria-label={format!("Remove {name}")}
                    onclick={edit_callback(dispatch, move |_: MouseEvent| Edit::Options(OptionsEdit::Remove(id)))}>{ "Remove" }</button>
            }
        </article>
    }
}
