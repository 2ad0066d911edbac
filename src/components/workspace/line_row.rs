//! `LineRow`: one line of the deal in the line table.
//!
//! Takes the line and the stable dispatcher as props, so a row whose line did not
//! change is not re-rendered when another row is edited.

use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::{Direction, Edit, LineEdit};
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::money::parse::PercentRule;
use best_offer_domain::pricing::deal::{Line, LineKind};
use best_offer_domain::{Currency, NumberFormat, Percent};
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::controls::cost_fields::CostFields;
use crate::components::controls::item_picker::{DeskRef, ItemPicker};
use crate::components::controls::kind_select::KindSelect;
use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::text_field::TextField;
use crate::components::workspace::catalogue_link::CatalogueLink;
use crate::context::{draft_callback, edit_callback};
use crate::state::{Action, Dispatch};
use crate::toggle::{aria_expanded, use_toggle};

/// Properties of [`LineRow`].
#[derive(Properties, PartialEq)]
pub struct LineRowProps {
    /// The line.
    pub line: Line,
    /// Its 0-based position.
    pub index: usize,
    /// How many lines the deal has (for the move and remove buttons).
    pub count: usize,
    /// The deal's currency.
    pub currency: Currency,
    /// The number format.
    pub format: NumberFormat,
    /// The desk (the catalogue the name field suggests from).
    pub desk: DeskRef,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
    /// The line's net amount over the term in the figures the written offer uses,
    /// as printed (none while the offer has no figures or a field does not read).
    #[prop_or_default]
    pub net: Option<AttrValue>,
    /// Whether a field folded away on phones (the discount cap) holds text that does
    /// not read: the options stay unfolded, so the text is in sight and can be fixed.
    #[prop_or_default]
    pub folded_draft: bool,
}

/// One editable line: a table row on wide screens, a card on phones (CSS), whose
/// rarer options (description, discount cap, discountable, reorder) fold away under
/// "More options".
#[component]
pub fn LineRow(props: &LineRowProps) -> Html {
    let more = use_toggle(false);
    let line = &props.line;
    let id = line.id;
    let n = props.index.saturating_add(1);
    let format = props.format;
    let dispatch = &props.dispatch;
    let on_draft = draft_callback(dispatch);
    let edit = move |make: fn(Decimal) -> LineEdit| {
        edit_callback(dispatch, move |v: Option<Decimal>| {
            Edit::Line(id, make(v.unwrap_or_default()))
        })
    };
    let on_line_edit = edit_callback(dispatch, move |edit: LineEdit| Edit::Line(id, edit));
    let on_discountable = edit_callback(dispatch, move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        Edit::Line(id, LineEdit::Discountable(input.checked()))
    });
    let is_maintenance = line.terms.kind == LineKind::Maintenance;
    let label = if line.terms.name.is_empty() {
        format!("line {n}")
    } else {
        format!("line {n} ({})", line.terms.name)
    };
    let field = |what: &str| format!("line-{}-{what}", id.0);
    let desk = &props.desk.0;
    let item = line
        .catalogue_item
        .as_ref()
        .and_then(|item| desk.catalogue.iter().find(|i| &i.id == item))
        .cloned();

    let price_cell = if is_maintenance {
        html! {
            <NumberField field={DraftKey::from(FieldKey::LineRate(id))} label={format!("Maintenance rate per year, % of net licence, {label}")} hide_label=true
                kind={NumberKind::Percent(PercentRule::MAINTENANCE)} {format}
                value={Some(line.terms.maintenance_rate.points())}
                on_value={edit(|v| LineEdit::MaintenanceRate(Percent::new(v)))} on_draft={on_draft.clone()} />
        }
    } else {
        html! {
            <NumberField field={DraftKey::from(FieldKey::LinePrice(id))} label={format!("Unit list price, {label}")} hide_label=true
                kind={NumberKind::Money(props.currency)} {format} value={Some(line.terms.unit_list_price)}
                blank_zero=true placeholder="0"
                on_value={edit(LineEdit::UnitListPrice)} on_draft={on_draft.clone()} />
        }
    };
    let move_up = edit_callback(dispatch, move |_: MouseEvent| {
        Edit::MoveLine(id, Direction::Up)
    });
    let move_down = edit_callback(dispatch, move |_: MouseEvent| {
        Edit::MoveLine(id, Direction::Down)
    });
    let duplicate = edit_callback(dispatch, move |_: MouseEvent| Edit::DuplicateLine(id));
    let on_quantity_enter = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::QuantityEntered(id)))
    };
    let remove = edit_callback(dispatch, move |_: MouseEvent| Edit::RemoveLine(id));
    let save_item = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SaveToCatalogue(id)))
    };
    let last = props.index.saturating_add(1) >= props.count;
    let unfolded = more.is_open() || props.folded_draft;

    html! {
        <tr class={classes!("line-row", unfolded.then_some("unfolded"))} data-line={id.0.to_string()}>
            <td class="line-number">
                <span class="line-index"><span class="phone-only">{ "Line " }</span>{ n }</span>
                <span class="move-buttons rare">
                    <button type="button" class="icon-button" aria-label={format!("Move {label} up")}
                        disabled={props.index == 0} onclick={move_up}>{ "↑" }</button>
                    <button type="button" class="icon-button" aria-label={format!("Move {label} down")}
                        disabled={last} onclick={move_down}>{ "↓" }</button>
                </span>
                // Phones only: the rarer options of the card.
                <button type="button" class="link-button more-options" aria-expanded={aria_expanded(unfolded)}
                    aria-label={format!("More options, {label}")} disabled={props.folded_draft}
                    onclick={more.flip()}>{ if unfolded { "Fewer options" } else { "More options" } }</button>
            </td>
            <td class="line-name">
                <ItemPicker line={id} value={AttrValue::from(line.terms.name.clone())} label={format!("Name, line {n}")}
                    desk={props.desk.clone()} currency={props.currency} {format} dispatch={dispatch.clone()} />
                <TextField id={field("description")} label={format!("Description, line {n}")} hide_label=true class="description rare"
                    value={AttrValue::from(line.terms.description.clone())} placeholder="Description (optional)" max_length={500}
                    on_change={edit_callback(dispatch, move |text: String| Edit::Line(id, LineEdit::Description(text)))} />
                <CatalogueLink line={line.clone()} item={item} currency={props.currency} {format}
                    same_currency={desk.profile.currency == props.currency} dispatch={dispatch.clone()} />
            </td>
            <td class="line-kind" data-label="Kind">
                <KindSelect id={field("kind")} label={format!("Kind, {label}")} value={line.terms.kind}
                    on_change={on_line_edit.reform(LineEdit::Kind)} />
            </td>
            <td class="line-qty" data-label="Qty">
                if is_maintenance {
                    <span class="muted" title="Maintenance is one yearly amount">{ "1" }</span>
                } else {
                    <NumberField field={DraftKey::from(FieldKey::LineQuantity(id))} label={format!("Quantity, {label}")} hide_label=true
                        kind={NumberKind::Quantity} {format} value={Some(line.quantity)}
                        on_value={edit(LineEdit::Quantity)} on_draft={on_draft.clone()}
                        on_enter={Some(on_quantity_enter)} />
                }
            </td>
            <td class="line-price" data-label={if is_maintenance { "Rate per year" } else { "Unit list price" }}>
                { price_cell }
                // The line's net over the term in the offer's figures, under its
                // price (a column of its own would not fit a 1280 px window).
                <p class="line-net" data-line-net={id.0.to_string()}>
                    { "Net in the offer: " }<span class="amount">{ props.net.clone().unwrap_or_else(|| AttrValue::from("—")) }</span>
                </p>
            </td>
            <td class="cost-cell" data-label="Cost or margin">
                <CostFields prefix={format!("line-{}", id.0)} cost_field={DraftKey::from(FieldKey::LineCost(id))} margin_field={DraftKey::from(FieldKey::LineMargin(id))} label={label.clone()} cost={line.terms.cost}
                    currency={props.currency} {format} on_edit={on_line_edit.clone()} on_draft={on_draft.clone()} />
            </td>
            <td class="center rare line-discountable">
                <input type="checkbox" id={field("discountable")} checked={line.terms.discountable}
                    disabled={is_maintenance} onchange={on_discountable} />
                <label for={field("discountable")} class="discountable-label">
                    <span class="phone-only" aria-hidden="true">{ "Discountable" }</span>
                    <span class="visually-hidden">{ format!("Discountable, {label}") }</span>
                </label>
            </td>
            <td class="rare" data-label="Max discount">
                <NumberField field={DraftKey::from(FieldKey::LineMaxDiscount(id))} label={format!("Maximum discount, {label}")} hide_label=true
                    kind={NumberKind::Percent(PercentRule::DISCOUNT)} {format}
                    value={line.terms.max_discount.map(Percent::points)} optional=true placeholder="none"
                    on_value={edit_callback(dispatch, move |v: Option<Decimal>| Edit::Line(id, LineEdit::MaxDiscount(v.map(Percent::new))))}
                    on_draft={on_draft.clone()} />
            </td>
            <td class="row-actions">
                <button type="button" class="icon-button" aria-label={format!("Copy {label}")} onclick={duplicate}>{ "Copy" }</button>
                <button type="button" class="icon-button danger" aria-label={format!("Remove {label}")}
                    disabled={props.count <= 1} onclick={remove}>{ "✕" }</button>
                <button type="button" class="icon-button save-item" id={field("save-item")}
                    aria-label={format!("To catalogue: save {label} as a catalogue item")}
                    onclick={save_item}>{ "To catalogue" }</button>
            </td>
        </tr>
    }
}
