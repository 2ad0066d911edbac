//! `CatalogueItemRow`: one product of the catalogue, edited in place (with the same
//! fields and rules as a line), copied or deleted.
//!
//! Takes the item and the stable dispatcher as props, so an item that did not
//! change is not re-rendered when another one is edited.

use best_offer_domain::desk::DeskField;
use best_offer_domain::desk::catalogue::{CatalogueEdit, CatalogueItem};
use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::LineEdit;
use best_offer_domain::money::parse::PercentRule;
use best_offer_domain::pricing::deal::LineKind;
use best_offer_domain::{Currency, NumberFormat, Percent};
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::controls::cost_fields::CostFields;
use crate::components::controls::kind_select::KindSelect;
use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::text_field::TextField;
use crate::context::draft_callback;
use crate::state::{Action, Dispatch};

/// Properties of [`CatalogueItemRow`].
#[derive(Properties, PartialEq)]
pub struct CatalogueItemRowProps {
    /// The item.
    pub item: CatalogueItem,
    /// The catalogue's currency (the profile's).
    pub currency: Currency,
    /// The number format.
    pub format: NumberFormat,
    /// The stable dispatcher.
    pub dispatch: Dispatch,
}

/// One editable catalogue item.
#[component]
pub fn CatalogueItemRow(props: &CatalogueItemRowProps) -> Html {
    let item = &props.item;
    let id = item.id.clone();
    let format = props.format;
    let dispatch = props.dispatch.clone();
    let on_draft = draft_callback(&dispatch);
    let on_edit = {
        let id = id.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |edit: LineEdit| {
            dispatch.dispatch(Action::Catalogue(CatalogueEdit::Item(id.clone(), edit)));
        })
    };
    let on_provides = {
        let id = id.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |text: String| {
            dispatch.dispatch(Action::Catalogue(CatalogueEdit::Provides(id.clone(), text)));
        })
    };
    let act = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let on_discountable = on_edit.reform(|event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        LineEdit::Discountable(input.checked())
    });
    let field = |what: &str| format!("item-{}-{what}", id.0);
    let name = if item.terms.name.trim().is_empty() {
        "unnamed item".to_string()
    } else {
        format!("“{}”", item.terms.name.trim())
    };
    let is_maintenance = item.terms.kind == LineKind::Maintenance;
    html! {
        <li class="catalogue-item" data-item={id.0.clone()}>
            <div class="item-main">
                <TextField id={field("name")} label={format!("Name, item {name}")} hide_label=true
                    value={AttrValue::from(item.terms.name.clone())} placeholder="Product or service"
                    on_change={on_edit.reform(LineEdit::Name)} />
                <TextField id={field("description")} label={format!("Description, item {name}")} hide_label=true class="description"
                    value={AttrValue::from(item.terms.description.clone())} placeholder="Description (optional)" max_length={500}
                    on_change={on_edit.reform(LineEdit::Description)} />
                <TextField id={field("provides")} label={format!("What item {name} provides (for requirements, not printed)")} hide_label=true class="provides"
                    value={AttrValue::from(item.provides.clone())} placeholder="Provides, e.g. SAP connector, single sign-on (optional)" max_length={500}
                    on_change={on_provides} />
            </div>
            <div class="item-fields">
                <div class="field">
                    <KindSelect id={field("kind")} label={format!("Kind, item {name}")} value={item.terms.kind}
                        on_change={on_edit.reform(LineEdit::Kind)} />
                </div>
                if is_maintenance {
                    <NumberField field={DraftKey::from(DeskField::ItemRate(id.clone()))} label={format!("Maintenance rate per year, item {name}")} hide_label=true
                        kind={NumberKind::Percent(PercentRule::MAINTENANCE)} {format}
                        value={Some(item.terms.maintenance_rate.points())}
                        on_value={on_edit.reform(|v: Option<Decimal>| LineEdit::MaintenanceRate(Percent::new(v.unwrap_or_default())))}
                        on_draft={on_draft.clone()} />
                } else {
                    <NumberField field={DraftKey::from(DeskField::ItemPrice(id.clone()))} label={format!("Unit list price, item {name}")} hide_label=true
                        kind={NumberKind::Money(props.currency)} {format} value={Some(item.terms.unit_list_price)}
                        blank_zero=true placeholder="list price"
                        on_value={on_edit.reform(|v: Option<Decimal>| LineEdit::UnitListPrice(v.unwrap_or_default()))}
                        on_draft={on_draft.clone()} />
                }
                <div class="field cost-cell">
                    <CostFields prefix={format!("item-{}", id.0)} cost_field={DraftKey::from(DeskField::ItemCost(id.clone()))} margin_field={DraftKey::from(DeskField::ItemMargin(id.clone()))} label={format!("item {name}")} cost={item.terms.cost}
                        currency={props.currency} {format} on_edit={on_edit.clone()} on_draft={on_draft.clone()} />
                </div>
                <NumberField field={DraftKey::from(DeskField::ItemMaxDiscount(id.clone()))} label={format!("Maximum discount, item {name}")} hide_label=true
                    kind={NumberKind::Percent(PercentRule::DISCOUNT)} {format}
                    value={item.terms.max_discount.map(Percent::points)} optional=true placeholder="no cap"
                    on_value={on_edit.reform(|v: Option<Decimal>| LineEdit::MaxDiscount(v.map(Percent::new)))}
                    {on_draft} />
                <div class="checkbox-field">
                    <input type="checkbox" id={field("discountable")} checked={item.terms.discountable}
                        disabled={is_maintenance} onchange={on_discountable} />
                    <label for={field("discountable")}>
                        <span class="visually-hidden">{ format!("Discountable, item {name}") }</span>
                        <span class="phone-only" aria-hidden="true">{ "Discountable" }</span>
                    </label>
                </div>
            </div>
            <div class="row-actions">
                <button type="button" class="icon-button" aria-label={format!("Copy item {name}")}
                    onclick={act(Action::DuplicateItem(id.clone()))}>{ "Copy" }</button>
                <button type="button" class="icon-button danger" aria-label={format!("Delete item {name}")}
                    onclick={act(Action::Catalogue(CatalogueEdit::Remove(id.clone())))}>{ "✕" }</button>
            </div>
        </li>
    }
}
