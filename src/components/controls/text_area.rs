//! `TextArea`: a labelled multi-line text input (payment terms, notes).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Properties of [`TextArea`].
#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    /// DOM id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current text.
    pub value: AttrValue,
    /// Placeholder.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Visible rows.
    #[prop_or(3)]
    pub rows: u32,
    /// Called with the new text on each keystroke.
    pub on_change: Callback<String>,
}

/// A labelled text area.
#[component]
pub fn TextArea(props: &TextAreaProps) -> Html {
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_change.emit(area.value());
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <textarea id={props.id.clone()} rows={props.rows.to_string()} maxlength="2000"
                placeholder={props.placeholder.clone()} value={props.value.clone()} {oninput} />
        </div>
    }
}
