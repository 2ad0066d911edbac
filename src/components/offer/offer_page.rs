//! `OfferPage`: the written offer — the details form beside a preview that looks
//! like the printed page, with Print and Copy as text, and the checks a rep needs
//! before sending it (expired, below the floor, approval needed).
//!
//! While the domain's readiness rule holds the offer (a field whose text does not
//! read, a line that cannot be priced as it stands), it is not ready: each cause is
//! named with a button that takes the rep to it, Print, Copy, the customer link and
//! Mark as sent are disabled with the reason, the preview is dimmed, and the
//! browser's own print prints a page that says the offer is not ready. The customer
//! link is made by its own hook (`customer_link.rs`).

use std::rc::Rc;

use best_offer_domain::library::draft::FocusTarget;
use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::library::readiness::{Hold, Unpriced};
use best_offer_domain::library::{chosen_figures, written_offer};
use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::offer::logo::LogoId;
use best_offer_domain::offer::warnings::written_offer_warnings;
use best_offer_domain::pricing::board::Board;
use yew::prelude::*;

use crate::components::offer::customer_link::{CustomerLinkNote, use_customer_link};
use crate::components::offer::offer_document::{
    OFFER_DOCUMENT_ID, OfferDocument, use_print_margins,
};
use crate::components::offer::offer_form::OfferForm;
use crate::components::offer::offer_history::OfferHistory;
use crate::context::use_app;
use crate::dom_id::{self, NOT_READY_REASON};
use crate::media::use_phone;
use crate::messages::{self, line_name};
use crate::platform;
use crate::state::Action;
use crate::toggle::{aria_expanded, use_toggle};

/// Where copying the text stands.
#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// Properties of [`OfferPage`].
#[derive(Properties, PartialEq)]
pub struct OfferPageProps {
    /// Takes the rep to a field to fix it.
    #[prop_or_default]
    pub on_fix: Callback<FocusTarget>,
}

/// An `Rc` compared by identity: the state replaces the proposal's and the board's
/// `Rc` whenever they change, so "the same `Rc`" is "unchanged", without comparing
/// a whole proposal on every render.
struct Same<T>(Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the page shows of the chosen figures: the customer's offer, its warnings,
/// its text version and the column's name, or why there is none.
struct BuiltOffer {
    offer: Option<Rc<CustomerOffer>>,
    fingerprint: AttrValue,
    warnings: Vec<String>,
    text: String,
    chosen: String,
    problem: Option<String>,
}

impl BuiltOffer {
    fn of(proposal: &Proposal, board: &Board) -> BuiltOffer {
        match chosen_figures(proposal, board).and_then(|(choice, evaluation)| {
            Ok((choice, evaluation, written_offer(proposal, board)?))
        }) {
            Ok((choice, evaluation, offer)) => BuiltOffer {
                text: offer.to_text(),
                fingerprint: AttrValue::from(offer.fingerprint()),
                offer: Some(Rc::new(offer)),
                warnings: written_offer_warnings(proposal, board, evaluation)
                    .iter()
                    .map(|(option, w)| {
                        let said = messages::offer_warning(
                            w,
                            proposal.deal.currency,
                            proposal.number_format,
                        );
                        match option.and_then(|id| proposal.options.iter().find(|o| o.id == id)) {
                            Some(option) => format!("{}: {said}", option.name.trim()),
                            None => said,
                        }
                    })
                    .collect(),
                chosen: if proposal.has_options() {
                    format!(
                        "Figures of {}, each priced by its own lever.",
                        messages::options_named(proposal)
                    )
                } else {
                    format!(
                        "Figures from the column “{}” of the scenario board.",
                        messages::column_name(proposal, choice)
                    )
                },
                problem: None,
            },
            Err(problem) => BuiltOffer {
                offer: None,
                fingerprint: AttrValue::default(),
                warnings: Vec::new(),
                text: String::new(),
                chosen: String::new(),
                problem: Some(messages::no_figures(proposal, &problem)),
            },
        }
    }
}

/// Why the offer cannot go out, in one sentence.
fn not_ready_reason(hold: &Hold) -> String {
    let fields = match hold.unreadable.len() {
        0 => None,
        1 => Some("One field does not read as a number"),
        _ => Some("Some fields do not read as a number"),
    };
    let lines = match hold.unpriced.len() {
        0 => None,
        1 => Some("one line cannot be priced as it stands"),
        _ => Some("some lines cannot be priced as they stand"),
    };
    let what = match (fields, lines) {
        (Some(fields), Some(lines)) => format!("{fields}, and {lines}"),
        (Some(one), None) | (None, Some(one)) => {
            let mut text = one.to_string();
            if let Some(first) = text.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            text
        }
        (None, None) => String::new(),
    };
    format!(
        "{what}, so the figures may not be what you meant. Printing, copying and sending are off until that is fixed."
    )
}

/// The offer page.
#[component]
pub fn OfferPage(props: &OfferPageProps) -> Html {
    let app = use_app();
    let desk = Rc::clone(&app.state().library.desk);
    let logo_url = |id: &Option<LogoId>| {
        id.as_ref()
            .and_then(|id| desk.logo(id))
            .map(|logo| AttrValue::from(logo.data_url()))
    };
    let confirming = use_state(|| false);
    let copy_state = use_state(|| CopyState::Idle);
    let show_text = use_toggle(false);
    let phone = use_phone();
    let state = app.state();
    let proposal = app.proposal();
    let details = &proposal.offer;
    let today = state.today;
    let expired = details.is_expired(today);
    // The domain's one readiness rule, which Mark as sent applies too.
    let hold = state.hold();
    let ready = hold.is_clear();
    let blocked_by = (!ready).then_some(NOT_READY_REASON);

    // The customer's offer, its warnings and its text, built once per change of the
    // proposal or its board (not on every render of this page: a copy-state change
    // or a confirmation re-renders it).
    let built = use_memo(
        (Same(Rc::clone(&proposal)), Same(Rc::clone(&state.board))),
        |(proposal, board)| BuiltOffer::of(&proposal.0, &board.0),
    );
    let (offer, warnings, chosen_name) = (built.offer.clone(), &built.warnings, &built.chosen);
    let chosen = built.problem.clone().map_or(Ok(()), Err);

    use_print_margins(
        offer
            .as_deref()
            .map(|offer| (offer, built.fingerprint.as_str())),
    );

    let on_print = {
        let confirming = confirming.clone();
        let needs_confirmation = expired || !warnings.is_empty();
        Callback::from(move |_: MouseEvent| {
            if !ready {
                return;
            }
            if needs_confirmation {
                confirming.set(true);
            } else {
                platform::print();
            }
        })
    };
    let print_anyway = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            platform::print();
        })
    };
    let renew_and_print = {
        let confirming = confirming.clone();
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::Renew);
            confirming.set(false);
            // Print once the renewed dates are on the page.
            gloo::timers::callback::Timeout::new(0, platform::print).forget();
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    // No text for an email while a figure may not be what was typed.
    let text = if ready {
        built.text.clone()
    } else {
        String::new()
    };
    let on_copy = {
        let copy_state = copy_state.clone();
        let show_text = show_text.clone();
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            let copy_state = copy_state.clone();
            let show_text = show_text.clone();
            platform::copy_text(
                text.clone(),
                Callback::from(move |copied: bool| {
                    copy_state.set(if copied {
                        CopyState::Copied
                    } else {
                        CopyState::Failed
                    });
                    if !copied {
                        show_text.set(true);
                    }
                }),
            );
        })
    };
    let toggle_text = show_text.flip();
    // The customer link: made and copied by its hook, said by its note.
    let link_logo = offer
        .as_ref()
        .and_then(|offer| offer.logo.as_ref())
        .and_then(|id| desk.logo(id))
        .map(|logo| Rc::new(logo.clone()));
    let (link_state, on_link) = use_customer_link(
        offer.clone().filter(|_| ready),
        link_logo,
        app.action_with(Action::LinkMade),
    );
    let link_note =
        html! { <CustomerLinkNote state={link_state} format={proposal.number_format} /> };

    html! {
        <main class="offer-page" id="offer-page" data-ready="true">
            <div class="offer-actions no-print">
                <h2>{ "Written offer" }</h2>
                if offer.is_some() {
                    <p class="hint">{ chosen_name.clone() }</p>
                }
                <button type="button" class="button" id="print-offer" onclick={on_print}
                    disabled={offer.is_none() || !ready} aria-describedby={blocked_by}>{ "Print or save as PDF" }</button>
                <button type="button" class="button secondary" id="copy-offer" onclick={on_copy}
                    disabled={offer.is_none() || !ready} aria-describedby={blocked_by}>{ "Copy as text" }</button>
                <button type="button" class="button secondary" id="copy-link" onclick={on_link}
                    disabled={offer.is_none() || !ready} aria-describedby={blocked_by}>{ "Copy customer link" }</button>
                // On a phone the form comes first and the document is a long scroll
                // down: one tap takes the rep (and a screen reader's cursor) to it.
                if phone && offer.is_some() {
                    <button type="button" class="link-button" id="go-to-preview"
                        onclick={Callback::from(|_: MouseEvent| platform::show_section(OFFER_DOCUMENT_ID))}>
                        { "Go to the preview ↓" }</button>
                }
                <button type="button" class="link-button" aria-expanded={aria_expanded(show_text.is_open() && ready)} aria-controls="offer-text"
                    onclick={toggle_text} disabled={!ready} aria-describedby={blocked_by}>
                    { if show_text.is_open() && ready { "Hide the text version" } else { "Show the text version" } }
                </button>
                { link_note }
                <p class="copy-status" role="status">
                    { match *copy_state {
                        CopyState::Idle => "",
                        CopyState::Copied => "Copied. Paste it into your email.",
                        CopyState::Failed => "Copying is blocked here: select the text below and copy it.",
                    } }
                </p>
            </div>
            if !ready {
                <section class="notice offer-not-ready no-print" role="alert" aria-labelledby="not-ready-title">
                    <h3 id="not-ready-title">{ "Not ready to send" }</h3>
                    <p id={NOT_READY_REASON}>{ not_ready_reason(&hold) }</p>
                    <ul class="unreadable-list">
                        { for hold.unpriced.iter().map(|unpriced| {
                            let Unpriced::MaintenanceCoversNothing(line) = *unpriced;
                            let on_fix = props.on_fix.clone();
                            let target = FocusTarget::LineName(line);
                            let id = dom_id::of(&target);
                            html! {
                                <li key={id.clone()}>
                                    <span>{ messages::unpriced(&proposal, *unpriced) }</span>
                                    { " " }
                                    <button type="button" class="link-button fix-field" data-field={id}
                                        aria-label={format!("Fix {}", line_name(&proposal, line))}
                                        onclick={Callback::from(move |_: MouseEvent| on_fix.emit(target.clone()))}>{ "Fix this line" }</button>
                                </li>
                            }
                        }) }
                        { for hold.unreadable.iter().map(|field| {
                            let on_fix = props.on_fix.clone();
                            let target = FocusTarget::from(field.field);
                            let id = dom_id::of(&target);
                            html! {
                                <li key={id.clone()}>
                                    <span>{ messages::unreadable(field, &proposal) }</span>
                                    { " " }
                                    <button type="button" class="link-button fix-field" data-field={id}
                                        aria-label={format!("Fix {}", messages::field_place(field.field, &proposal))}
                                        onclick={Callback::from(move |_: MouseEvent| on_fix.emit(target.clone()))}>{ "Fix this field" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if expired {
                <p class="notice expired-notice no-print" role="alert">
                    { format!("This offer expired on {}. Extend it before sending.", details.valid_through.long()) }
                </p>
            }
            if *confirming && ready {
                <div class="confirm-print no-print" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-list">
                    <h3 id="confirm-title">{ "Before you print" }</h3>
                    <ul id="confirm-list">
                        if expired {
                            <li>{ format!("The offer expired on {}.", details.valid_through.long()) }</li>
                        }
                        { for warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                    </ul>
                    if expired {
                        <button type="button" class="button" onclick={renew_and_print}>{ format!("Renew from today ({}) and print", today.long()) }</button>
                    }
                    <button type="button" class="button secondary" onclick={print_anyway}>{ "Print anyway" }</button>
                    <button type="button" class="link-button" onclick={cancel}>{ "Cancel" }</button>
                </div>
            }
            if !warnings.is_empty() && !*confirming {
                <ul class="notice offer-warnings no-print" aria-label="Warnings">
                    { for warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                </ul>
            }
            <div class="offer-layout">
                <div class="offer-editor no-print"><OfferHistory /><OfferForm /></div>
                <div class={classes!("offer-preview", (!ready).then_some("not-ready"))}>
                    if !ready {
                        <p class="preview-not-ready no-print">{ "Preview only — not ready to send: see what to fix above." }</p>
                        // What the browser's own print (Ctrl+P) gives while not ready.
                        <div class="print-not-ready">
                            <h1>{ "This offer is not ready" }</h1>
                            <p>{ "Something in this proposal does not read as it was meant, so no figure of it is printed. Fix these in Best Offer, then print again:" }</p>
                            <ul>
                                { for hold.unpriced.iter().map(|unpriced| html! { <li>{ messages::unpriced(&proposal, *unpriced) }</li> }) }
                                { for hold.unreadable.iter().map(|field| html! { <li key={field.field.to_string()}>{ messages::field_place(field.field, &proposal) }</li> }) }
                            </ul>
                        </div>
                    }
                    { match (&offer, &chosen) {
                        (Some(offer), _) => html! { <OfferDocument offer={Rc::clone(offer)} fingerprint={built.fingerprint.clone()} logo={logo_url(&offer.logo)} /> },
                        (None, Err(problem)) => html! { <p class="notice">{ problem.clone() }</p> },
                        (None, Ok(_)) => html! {},
                    } }
                    if show_text.is_open() && ready {
                        <div class="no-print">
                            <label for="offer-text">{ "Plain text for an email" }</label>
                            <textarea id="offer-text" class="offer-text" readonly=true rows="24" value={text} />
                        </div>
                    }
                </div>
            </div>
        </main>
    }
}
