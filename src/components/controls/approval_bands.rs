//! `ApprovalBands`: who approves which discount (up to 10 %: rep; up to 20 %:
//! manager; above: director) — a proposal's bands, or the profile's defaults.

use best_offer_domain::desk::DeskField;
use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::money::parse::PercentRule;
use best_offer_domain::pricing::deal::BandId;
use best_offer_domain::pricing::deal::{ApprovalEdit, ApprovalPolicy};
use best_offer_domain::{NumberFormat, Percent};
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::text_field::TextField;

/// Properties of [`ApprovalBands`].
#[derive(Properties, PartialEq)]
pub struct ApprovalBandsProps {
    /// The bands.
    pub approval: ApprovalPolicy,
    /// Number format for typing and showing.
    pub format: NumberFormat,
    /// Whose bands they are: the open proposal's or the profile's.
    pub of: BandsOf,
    /// Called with each change.
    pub on_edit: Callback<ApprovalEdit>,
    /// Called with a limit's text while it does not read.
    pub on_draft: Callback<(DraftKey, Option<String>)>,
}

/// Whose approval bands are edited: it names their fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandsOf {
    /// The open proposal's (fields `band-<id>-…`).
    Proposal,
    /// Your details' (fields `profile-band-<id>-…`).
    Profile,
}

impl BandsOf {
    /// The field of band `id`'s limit.
    fn limit(self, id: BandId) -> DraftKey {
        match self {
            BandsOf::Proposal => FieldKey::BandLimit(id).into(),
            BandsOf::Profile => DeskField::BandLimit(id).into(),
        }
    }

    /// The start of the ids of the bands' text fields.
    fn prefix(self) -> &'static str {
        match self {
            BandsOf::Proposal => "band",
            BandsOf::Profile => "profile-band",
        }
    }
}

/// The editable approval bands. Each band is keyed by its id, so removing one
/// never moves another's half-typed limit.
#[component]
pub fn ApprovalBands(props: &ApprovalBandsProps) -> Html {
    let approval = &props.approval;
    let format = props.format;
    let prefix = props.of.prefix();
    let edit = |make: fn(_) -> ApprovalEdit| props.on_edit.reform(make);
    html! {
        <fieldset class="approval-bands">
            <legend>{ "Approval bands" }</legend>
            <ul class="band-list">
                { for approval.bands.iter().enumerate().map(|(index, band)| {
                    let n = index.saturating_add(1);
                    let id = band.id;
                    html! {
                        <li class="band" key={id.0}>
                            <NumberField field={props.of.limit(id)} label={format!("Band {n}: discount up to")}
                                kind={NumberKind::Percent(PercentRule::DISCOUNT)} {format} value={Some(band.up_to.points())}
                                on_value={props.on_edit.reform(move |v: Option<Decimal>| ApprovalEdit::BandLimit(id, Percent::new(v.unwrap_or_default())))}
                                on_draft={props.on_draft.clone()} />
                            <TextField id={format!("{prefix}-{}-approver", id.0)} label={format!("Band {n}: approved by")}
                                value={AttrValue::from(band.approver.clone())}
                                on_change={props.on_edit.reform(move |name: String| ApprovalEdit::BandApprover(id, name))} />
                            <button type="button" class="icon-button danger" aria-label={format!("Remove band {n}")}
                                onclick={props.on_edit.reform(move |_: MouseEvent| ApprovalEdit::RemoveBand(id))}>{ "✕" }</button>
                        </li>
                    }
                }) }
            </ul>
            <TextField id={format!("{prefix}-above")} label="Above every band: approved by" value={AttrValue::from(approval.above.clone())}
                on_change={edit(ApprovalEdit::AboveApprover)} />
            <button type="button" class="button secondary" onclick={props.on_edit.reform(|_: MouseEvent| ApprovalEdit::AddBand)}>{ "+ Add band" }</button>
        </fieldset>
    }
}
