//! `OfferForm`: everything the written offer says besides the figures — who sells,
//! who buys, numbers and dates, terms, the lists, and which figures to offer.

use best_offer_domain::NumberFormat;
use best_offer_domain::date::Date;
use best_offer_domain::library::edit::{Edit, OfferEdit};
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::money::parse::parse_revision;
use best_offer_domain::offer::details::{OfferChoice, OfferList};
use best_offer_domain::pricing::deal::ScenarioId;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::controls::offer_list_editor::OfferListEditor;
use crate::components::controls::text_area::TextArea;
use crate::components::controls::text_field::TextField;
use crate::components::offer::offer_language_fields::OfferLanguageFields;
use crate::components::offer::open_questions_check::{OpenQuestionsCheck, open_count};
use crate::components::offer::requirements_editor::RequirementsEditor;
use crate::context::{edit_callback, use_app};
use crate::state::Action;

/// The offer details form.
#[component]
pub fn OfferForm() -> Html {
    let app = use_app();
    // These inputs show the last valid values when they appear: text kept from
    // before (which a date input cannot show) no longer stands.
    {
        let dispatch = app.dispatcher();
        use_effect_with((), move |_| {
            for field in [
                FieldKey::IssueDate,
                FieldKey::ValidThrough,
                FieldKey::Revision,
            ] {
                dispatch.dispatch(Action::FieldDraft {
                    key: field.into(),
                    text: None,
                });
            }
        });
    }
    let proposal = app.proposal();
    let offer = &proposal.offer;
    let dispatch = app.dispatcher();
    let text = |make: fn(String) -> OfferEdit| {
        app.edit_with(move |value: String| Edit::Offer(make(value)))
    };
    // A date or revision that does not read keeps the last valid value, and its
    // text is kept as a draft: the offer is not ready until it reads (field.rs).
    let checked = |field: FieldKey, apply: fn(&str) -> Option<OfferEdit>| {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let raw = input.value();
            match apply(&raw) {
                Some(change) => {
                    dispatch.dispatch(Action::Edit(Edit::Offer(change)));
                    dispatch.dispatch(Action::FieldDraft {
                        key: field.into(),
                        text: None,
                    });
                }
                None => dispatch.dispatch(Action::FieldDraft {
                    key: field.into(),
                    text: Some(raw),
                }),
            }
        })
    };
    let on_issue_date = checked(FieldKey::IssueDate, |raw| {
        Date::parse_iso(raw).ok().map(OfferEdit::IssueDate)
    });
    let on_valid_through = checked(FieldKey::ValidThrough, |raw| {
        Date::parse_iso(raw).ok().map(OfferEdit::ValidThrough)
    });
    // An `<input type="number">` gives its value in the 1234.5 format, whatever the
    // proposal's.
    let on_revision = checked(FieldKey::Revision, |raw| {
        parse_revision(raw, NumberFormat::CommaDot)
            .ok()
            .map(OfferEdit::Revision)
    });

    let on_choice = app.edit_with(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let choice = select
            .value()
            .parse::<u32>()
            .map_or(OfferChoice::BestOffer, |id| {
                OfferChoice::Scenario(ScenarioId(id))
            });
        Edit::Offer(OfferEdit::Choice(choice))
    });
    // With requirements still to confirm, stating best and final lists them first.
    let open = proposal.open_questions().count();
    let asking_final = use_state(|| false);
    let on_final = {
        let dispatch = dispatch.clone();
        let asking_final = asking_final.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let checked = input.checked();
            if checked && open > 0 {
                // Not yet: the box stays clear until the rep decides.
                input.set_checked(false);
                asking_final.set(true);
            } else {
                dispatch.dispatch(Action::Edit(Edit::Offer(OfferEdit::BestAndFinal(checked))));
            }
        })
    };
    let final_as_open = {
        let dispatch = dispatch.clone();
        let asking_final = asking_final.clone();
        Callback::from(move |()| {
            asking_final.set(false);
            dispatch.dispatch(Action::Edit(Edit::Offer(OfferEdit::BestAndFinal(true))));
        })
    };
    let close_final = {
        let asking_final = asking_final.clone();
        Callback::from(move |()| asking_final.set(false))
    };
    // The seller details as the profile has them now, and a way to copy them in.
    let seller = app.state().library.desk.profile.seller.clone();
    let current_seller = offer.seller.clone();
    let use_my_details = {
        let seller = seller.clone();
        app.edit_with(move |_: MouseEvent| Edit::Offer(OfferEdit::Seller(seller.clone())))
    };
    let list = |kind: OfferList, title: &'static str, hint: &'static str, id: &'static str| {
        html! {
            <OfferListEditor {title} {hint} {id} items={offer.list(kind).clone()}
                on_edit={edit_callback(&dispatch, move |edit| Edit::Offer(OfferEdit::List(kind, edit)))} />
        }
    };
    html! {
        <form class="offer-form" aria-label="Offer details" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ "Figures to offer" }</legend>
                if proposal.has_options() {
                    <p class="hint" id="offer-choice-options">{ "The written offer gives the options set in the workspace, each priced by its own lever." }</p>
                } else {
                    <div class="field">
                        <label for="offer-choice">{ "The written offer uses" }</label>
                        <select id="offer-choice" onchange={on_choice}>
                            <option value="best" selected={offer.choice == OfferChoice::BestOffer}>{ "★ Best offer" }</option>
                            { for proposal.scenarios.iter().map(|s| html! {
                                <option value={s.id.0.to_string()} selected={offer.choice == OfferChoice::Scenario(s.id)}>{ crate::messages::labels::scenario_title(s, proposal.deal.currency, proposal.number_format) }</option>
                            }) }
                        </select>
                    </div>
                }
            </fieldset>
            <OfferLanguageFields />
            <fieldset>
                <legend>{ "From" }</legend>
                <div class="field-grid">
                    <TextField id="seller-company" label="Your company" value={AttrValue::from(offer.seller.company.clone())} on_change={text(OfferEdit::SellerCompany)} />
                    <TextField id="rep-name" label="Your name" value={AttrValue::from(offer.seller.rep_name.clone())} on_change={text(OfferEdit::RepName)} />
                    <TextField id="rep-email" label="Email" value={AttrValue::from(offer.seller.rep_email.clone())} on_change={text(OfferEdit::RepEmail)} />
                    <TextField id="rep-title" label="Your title" value={AttrValue::from(offer.seller.rep_title.clone())} on_change={text(OfferEdit::RepTitle)} />
                    <TextField id="rep-phone" label="Phone" value={AttrValue::from(offer.seller.rep_phone.clone())} on_change={text(OfferEdit::RepPhone)} />
                </div>
                <TextArea id="seller-address" label="Company address" rows={2} value={AttrValue::from(offer.seller.address.clone())}
                    on_change={text(OfferEdit::SellerAddress)} />
                if seller != current_seller {
                    <p class="field-hint">
                        { "These differ from “Your details”. " }
                        <button type="button" class="link-button" id="use-my-details" onclick={use_my_details}>
                            { "Copy from Your details" }</button>
                    </p>
                }
            </fieldset>
            <fieldset>
                <legend>{ "To" }</legend>
                <div class="field-grid">
                    <TextField id="buyer-company" label="Customer company" value={AttrValue::from(proposal.customer.clone())} on_change={app.edit_with(Edit::Customer)} />
                    <TextField id="buyer-contact" label="Contact person" value={AttrValue::from(offer.buyer_contact.clone())} on_change={text(OfferEdit::BuyerContact)} />
                </div>
            </fieldset>
            <fieldset>
                <legend>{ "Offer" }</legend>
                <div class="field-grid">
                    <TextField id="offer-number" label="Offer number" value={AttrValue::from(offer.number.clone())} max_length={40} on_change={text(OfferEdit::Number)} />
                    <div class="field">
                        <label for="offer-revision">{ "Revision" }</label>
                        <input id="offer-revision" type="number" min="1" max="999" step="1" value={offer.revision.to_string()}
                            oninput={on_revision} />
                    </div>
                    <div class="field">
                        <label for="issue-date">{ "Issue date" }</label>
                        <input id="issue-date" type="date" value={offer.issue_date.to_iso()} oninput={on_issue_date} />
                    </div>
                    <div class="field">
                        <label for="valid-through">{ "Valid through (end of day)" }</label>
                        <input id="valid-through" type="date" min={offer.issue_date.to_iso()} value={offer.valid_through.to_iso()}
                            oninput={on_valid_through} />
                    </div>
                </div>
                <TextArea id="payment-terms" label="Payment terms" value={AttrValue::from(offer.payment_terms.clone())} rows={2} on_change={text(OfferEdit::PaymentTerms)} />
            </fieldset>
            <RequirementsEditor />
            { list(OfferList::Included, "Included", "Everything the price covers, one item per line.", "included") }
            { list(OfferList::NotIncluded, "Not included", "What the customer might assume but is not in this offer.", "not-included") }
            { list(OfferList::Assumptions, "Assumptions", "What the offer rests on (dates, environments, volumes).", "assumptions") }
            <fieldset>
                <legend>{ "Closing" }</legend>
                <div class="checkbox-field">
                    <input type="checkbox" id="best-and-final" checked={offer.best_and_final} onchange={on_final} />
                    <label for="best-and-final">{ "State that this is our best and final offer" }</label>
                </div>
                if *asking_final && !offer.best_and_final {
                    <OpenQuestionsCheck id="open-questions-final" title="Before you state that this is your best and final offer"
                        proceed={AttrValue::from(format!("Best and final with {}", open_count(open)))}
                        on_proceed={final_as_open} on_close={close_final} />
                }
                <TextArea id="offer-note" label="Note (optional)" value={AttrValue::from(offer.note.clone())} on_change={text(OfferEdit::Note)} />
            </fieldset>
        </form>
    }
}
