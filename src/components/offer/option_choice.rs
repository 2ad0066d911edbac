//! `OptionChoice`: on a customer link's page, the buyer picks one option and ticks
//! the optional items they want; the totals of that choice are computed in the
//! page from the prices the link carries (the same function that checked the
//! printed totals, so they agree to the cent).

use std::rc::Rc;

use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::offer::choice::Choice;
use yew::prelude::*;

/// Properties of [`OptionChoice`].
#[derive(Properties)]
pub struct OptionChoiceProps {
    /// The offer, with its options.
    pub offer: Rc<CustomerOffer>,
    /// What the buyer has chosen so far.
    pub choice: Choice,
    /// A new choice.
    pub on_change: Callback<Choice>,
}

impl PartialEq for OptionChoiceProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.offer, &other.offer)
            && self.choice == other.choice
            && self.on_change == other.on_change
    }
}

/// The buyer's choice of option and items, with its totals.
#[component]
pub fn OptionChoice(props: &OptionChoiceProps) -> Html {
    let offer = &props.offer;
    let words = offer.words();
    let choice = &props.choice;
    let option = offer.options.get(choice.option);
    let totals = offer.choice_totals(choice.option, &choice.added);
    let recurs = option.is_some_and(|o| o.recurs());
    html! {
        <section class="option-choice" aria-labelledby="option-choice-title">
            <h3 id="option-choice-title">{ words.your_choice }</h3>
            <fieldset>
                <legend>{ words.choose_option }</legend>
                { for offer.options.iter().enumerate().map(|(k, o)| {
                    let on_change = props.on_change.clone();
                    let pick = Callback::from(move |_: Event| on_change.emit(Choice { option: k, added: Vec::new() }));
                    let total = offer.money(o.term_total);
                    html! {
                        <label for={format!("link-option-{k}")}>
                            <input type="radio" name="link-option" id={format!("link-option-{k}")} checked={choice.option == k} onchange={pick} />
                            <span>{ format!("{} · {total}", o.name) }</span>
                            if o.recommended {
                                <span class="doc-recommended-mark">{ words.recommended }</span>
                            }
                        </label>
                    }
                }) }
            </fieldset>
            if let Some(option) = option.filter(|o| !o.optional.is_empty()) {
                <fieldset>
                    <legend>{ words.add_items }</legend>
                    { for option.optional.iter().enumerate().map(|(i, item)| {
                        let on_change = props.on_change.clone();
                        let now = choice.clone();
                        let toggle = Callback::from(move |_: Event| on_change.emit(now.toggled(i)));
                        html! {
                            <label for={format!("link-item-{i}")}>
                                <input type="checkbox" id={format!("link-item-{i}")} checked={choice.added.contains(&i)} onchange={toggle} />
                                <span>{ format!("{} · + {}", item.name, offer.money(item.term_amount)) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
            }
            if let Some(totals) = totals {
                <div class="option-choice-totals" role="status" aria-live="polite">
                    { for offer.total_rows_of(&totals, recurs).into_iter().map(|row| html! {
                        <div data-link={row.grand.then_some("choice-total")}>
                            <span>{ row.label }</span>
                            if row.grand {
                                <strong>{ row.amount }</strong>
                            } else {
                                <span>{ row.amount }</span>
                            }
                        </div>
                    }) }
                </div>
            }
        </section>
    }
}
