//! `ThankYouNote`: after a loss, a short note to copy in the offer's language —
//! thanks for the chance to compete, what was offered, the door left open. Written
//! by the domain from the offer as sent, so it holds nothing internal.

use std::rc::Rc;

use best_offer_domain::offer::CustomerOffer;
use best_offer_domain::outcome::thanks::thank_you_note;
use yew::prelude::*;

use crate::platform;

/// Properties of [`ThankYouNote`].
#[derive(Properties, PartialEq)]
pub struct ThankYouNoteProps {
    /// The last offer sent.
    pub offer: Rc<CustomerOffer>,
}

/// The note, readable and ready to copy.
#[component]
pub fn ThankYouNote(props: &ThankYouNoteProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let note = thank_you_note(&props.offer);
    let whole = format!("{}\n\n{}", note.subject, note.body);
    let copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            platform::copy_text(
                whole.clone(),
                Callback::from(move |done| copied.set(Some(done))),
            );
        })
    };
    html! {
        <section class="thank-you-note" aria-labelledby="thank-you-title">
            <h4 id="thank-you-title">{ "A thank-you note" }</h4>
            <p class="hint">{ "Stay dignified: thank them, say what you offered, leave the door open. No new discount, no plea." }</p>
            <label for="thank-you-text">{ format!("Subject: {}", note.subject) }</label>
            <textarea id="thank-you-text" readonly=true rows="9" value={note.body} />
            <button type="button" class="button secondary" id="copy-thank-you" onclick={copy}>{ "Copy the note" }</button>
            { match *copied {
                Some(true) => html! { <p class="copy-status" role="status">{ "Copied: paste it into your email." }</p> },
                Some(false) => html! { <p class="copy-status" role="status">{ "This browser did not copy: select the text and copy it." }</p> },
                None => html! {},
            } }
        </section>
    }
}
