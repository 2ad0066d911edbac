//! `ProfilePage` ("Your details"): the seller profile every new proposal starts
//! from — who sells, the deal defaults, what offers usually say, and how offers are
//! numbered. Changing it never changes a proposal already made.

use crate::messages::labels::term_in_words;
use best_offer_domain::Percent;
use best_offer_domain::desk::DeskField;
use best_offer_domain::desk::profile::{ProfileEdit, check_pattern};
use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::field::Reading;
use best_offer_domain::money::parse::{PercentRule, WholeOf};
use best_offer_domain::offer::details::OfferList;
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::controls::approval_bands::{ApprovalBands, BandsOf};
use crate::components::controls::currency_select::CurrencySelect;
use crate::components::controls::language_select::LanguageSelect;
use crate::components::controls::nice_step_select::NiceStepSelect;
use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::number_format_select::NumberFormatSelect;
use crate::components::controls::offer_list_editor::OfferListEditor;
use crate::components::controls::tax_choice::TaxChoice;
use crate::components::controls::text_area::TextArea;
use crate::components::controls::text_field::TextField;
use crate::components::desk::logo_picker::LogoPicker;
use crate::context::{draft_callback, use_app};
use crate::messages::{self, Explain};
use crate::state::Action;
use crate::view::Figures;

/// A whole number from a field's value (0 when empty or out of range; the field
/// only sends values its reading accepts).
fn whole(value: Option<Decimal>) -> u32 {
    value
        .and_then(|v| u32::try_from(v.mantissa()).ok())
        .unwrap_or(0)
}

/// The seller profile form.
#[component]
pub fn ProfilePage() -> Html {
    let app = use_app();
    let desk = std::rc::Rc::clone(&app.state().library.desk);
    let profile = &desk.profile;
    let format = profile.number_format;
    let figures = Figures {
        currency: profile.currency,
        format,
    };
    let on_draft = draft_callback(&app.dispatcher());
    let edit =
        |make: fn(String) -> ProfileEdit| app.action_with(move |text| Action::Profile(make(text)));
    let text = |id: &'static str,
                label: &'static str,
                value: &str,
                make: fn(String) -> ProfileEdit| {
        html! { <TextField {id} {label} value={AttrValue::from(value.to_string())} on_change={edit(make)} /> }
    };
    let on_best_and_final = app.action_with(|event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        Action::Profile(ProfileEdit::BestAndFinal(input.checked()))
    });
    let list = |kind: OfferList, title: &'static str, hint: &'static str, id: &'static str| {
        html! {
            <OfferListEditor {title} {hint} {id} items={profile.list(kind).clone()}
                on_edit={app.action_with(move |edit| Action::Profile(ProfileEdit::List(kind, edit)))} />
        }
    };
    let pattern_error = check_pattern(&profile.number_pattern)
        .err()
        .map(|fault| AttrValue::from(fault.explain()));
    let next_number = desk
        .next_offer_number(app.state().today, &[])
        .map(|(number, _)| number)
        .ok();
    let problems: Vec<String> = desk
        .profile_problems()
        .iter()
        .map(|problem| messages::profile_problem(problem, &desk))
        .collect();
    let logo = profile
        .seller
        .logo
        .as_ref()
        .and_then(|id| desk.logo(id))
        .cloned();
    html! {
        <main class="profile-page" id="profile" data-ready="true">
            <h2>{ "Your details" }</h2>
            <p class="hint">{ "Every new proposal starts from these. Each proposal keeps its own copy: changing them here never changes a proposal already made or sent." }</p>
            if !problems.is_empty() {
                <div class="notice-banner notice-warning" role="status">
                    <p><strong>{ "New proposals wait until these read: " }</strong>{ problems.join("; ") }</p>
                </div>
            }
            <section class="panel" aria-labelledby="profile-seller-heading">
                <h3 id="profile-seller-heading">{ "Who the offer is from" }</h3>
                <div class="field-grid">
                    { text("profile-company", "Company", &profile.seller.company, ProfileEdit::Company) }
                    { text("profile-rep-name", "Your name", &profile.seller.rep_name, ProfileEdit::RepName) }
                    { text("profile-rep-title", "Your title", &profile.seller.rep_title, ProfileEdit::RepTitle) }
                    <TextField id="profile-rep-email" label="Email" kind="email" value={AttrValue::from(profile.seller.rep_email.clone())}
                        on_change={edit(ProfileEdit::RepEmail)} />
                    <TextField id="profile-rep-phone" label="Phone" kind="tel" value={AttrValue::from(profile.seller.rep_phone.clone())}
                        on_change={edit(ProfileEdit::RepPhone)} />
                </div>
                <TextArea id="profile-address" label="Company address" value={AttrValue::from(profile.seller.address.clone())}
                    on_change={edit(ProfileEdit::Address)} />
                <LogoPicker {logo} on_logo={app.action_with(Action::ProfileLogo)}
                    on_remove={app.action_with(|()| Action::Profile(ProfileEdit::Logo(None)))} />
            </section>
            <section class="panel" aria-labelledby="profile-defaults-heading">
                <h3 id="profile-defaults-heading">{ "New proposals start with" }</h3>
                <div class="field-grid">
                    <CurrencySelect id="profile-currency" value={profile.currency}
                        on_change={app.action_with(|c| Action::Profile(ProfileEdit::Currency(c)))} />
                    <NumberFormatSelect id="profile-number-format" value={format}
                        on_change={app.action_with(|f| Action::Profile(ProfileEdit::NumberFormat(f)))} />
                    <LanguageSelect id="profile-offer-language" label="Language of the written offer" value={profile.offer_language}
                        on_change={app.action_with(|l| Action::Profile(ProfileEdit::OfferLanguage(l)))} />
                    <NumberField field={DraftKey::from(DeskField::TermMonths)} label="Term (months)" kind={NumberKind::TermMonths} {format}
                        value={Some(Decimal::from(profile.term_months))}
                        hint={Some(AttrValue::from(term_in_words(profile.term_months)))}
                        on_value={app.action_with(|v| Action::Profile(ProfileEdit::TermMonths(whole(v))))}
                        on_draft={on_draft.clone()} />
                    <NumberField field={DraftKey::from(DeskField::TaxRate)} label="Tax rate" kind={NumberKind::Percent(PercentRule::TAX)} {format}
                        value={profile.tax_rate.map(Percent::points)} optional=true placeholder="none"
                        on_value={app.action_with(|v: Option<Decimal>| Action::Profile(ProfileEdit::TaxRate(v.map(Percent::new))))}
                        on_draft={on_draft.clone()} />
                    <TaxChoice id="profile" rate={profile.tax_rate} rounding={profile.tax_rounding} statement={profile.tax_statement}
                        on_rounding={app.action_with(|r| Action::Profile(ProfileEdit::TaxRounding(r)))}
                        on_statement={app.action_with(|s| Action::Profile(ProfileEdit::TaxStatement(s)))} />
                    <NumberField field={DraftKey::from(DeskField::ValidityDays)} label="Offers valid for (days)"
                        kind={Reading::Whole(WholeOf::ValidityDays)} {format}
                        value={Some(Decimal::from(profile.validity_days))}
                        on_value={app.action_with(|v| Action::Profile(ProfileEdit::ValidityDays(whole(v))))}
                        on_draft={on_draft.clone()} />
                    <NumberField field={DraftKey::from(DeskField::MinMargin)} label="Minimum margin" kind={NumberKind::Percent(PercentRule::MARGIN)} {format}
                        value={profile.min_margin.map(Percent::points)} optional=true placeholder="none"
                        hint={Some(AttrValue::from("A floor set on purpose: new proposals have a best offer at once."))}
                        on_value={app.action_with(|v: Option<Decimal>| Action::Profile(ProfileEdit::MinMargin(v.map(Percent::new))))}
                        on_draft={on_draft.clone()} />
                    <NiceStepSelect id="profile-nice-step" value={profile.nice_step} {figures}
                        on_change={app.action_with(|step| Action::Profile(ProfileEdit::NiceStep(step)))} />
                </div>
                if !desk.catalogue.is_empty() {
                    <p class="field-hint" id="profile-currency-note">
                        { format!("Your catalogue's prices are read in {} too: changing the currency does not convert them.", profile.currency.code()) }
                    </p>
                }
                <TextArea id="profile-payment-terms" label="Payment terms" value={AttrValue::from(profile.payment_terms.clone())}
                    rows={2} on_change={edit(ProfileEdit::PaymentTerms)} />
                <ApprovalBands approval={profile.approval.clone()} {format} of={BandsOf::Profile}
                    on_edit={app.action_with(|edit| Action::Profile(ProfileEdit::Approval(edit)))}
                    on_draft={on_draft.clone()} />
            </section>
            <section class="panel" aria-labelledby="profile-lists-heading">
                <h3 id="profile-lists-heading">{ "What offers usually say" }</h3>
                <div class="offer-lists">
                    { list(OfferList::Included, "Included", "Copied into every new offer.", "profile-included") }
                    { list(OfferList::NotIncluded, "Not included", "Copied into every new offer.", "profile-not-included") }
                    { list(OfferList::Assumptions, "Assumptions", "Copied into every new offer.", "profile-assumptions") }
                </div>
                <div class="checkbox-field">
                    <input id="profile-best-and-final" type="checkbox" checked={profile.best_and_final} onchange={on_best_and_final} />
                    <label for="profile-best-and-final">{ "State that the offer is the best and final one" }</label>
                </div>
            </section>
            <section class="panel" aria-labelledby="profile-numbers-heading">
                <h3 id="profile-numbers-heading">{ "Offer numbers" }</h3>
                <p class="hint">{ "{YYYY} year, {YY} two-digit year, {MM} month, {DD} day, {SEQ} the sequence number, {SEQ:3} with three digits (001)." }</p>
                <div class="field-grid">
                    <TextField id="profile-number-pattern" label="Pattern" value={AttrValue::from(profile.number_pattern.clone())}
                        max_length={40} error={pattern_error} on_change={edit(ProfileEdit::NumberPattern)} />
                    <NumberField field={DraftKey::from(DeskField::NextSequence)} label="Next sequence number"
                        kind={Reading::Whole(WholeOf::Sequence)} {format}
                        value={Some(Decimal::from(profile.next_sequence))}
                        on_value={app.action_with(|v| Action::Profile(ProfileEdit::NextSequence(whole(v))))}
                        {on_draft} />
                </div>
                if let Some(number) = next_number {
                    <p class="field-hint" id="profile-next-number">{ format!("The next new proposal gets number {number} (or the next one free).") }</p>
                }
            </section>
        </main>
    }
}
