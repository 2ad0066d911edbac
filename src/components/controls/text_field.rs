//! `TextField`: a labelled text input for names and free text.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// DOM id of the input.
    pub id: AttrValue,
    /// Visible label (or, with `hide_label`, the accessible name).
    pub label: AttrValue,
    /// Keeps the label for screen readers only.
    #[prop_or_default]
    pub hide_label: bool,
    /// Current text.
    pub value: AttrValue,
    /// Placeholder.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Longest text accepted.
    #[prop_or(200)]
    pub max_length: u32,
    /// Called with the new text on each keystroke.
    pub on_change: Callback<String>,
    /// Reference to the input, for focusing it.
    #[prop_or_default]
    pub node_ref: NodeRef,
    /// Extra class on the wrapper.
    #[prop_or_default]
    pub class: Classes,
    /// What is wrong with the text, shown under the field (`aria-invalid`).
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The input's type (`text`, `email`, `tel`).
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
}

/// A labelled text input.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_change.emit(input.value());
        })
    };
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", props.class.clone(), props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()} class={classes!(props.hide_label.then_some("visually-hidden"))}>
                { props.label.clone() }
            </label>
            <input
                ref={props.node_ref.clone()}
                id={props.id.clone()}
                type={props.kind.clone()}
                autocomplete="off"
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                aria-describedby={props.error.is_some().then(|| error_id.clone())}
                maxlength={props.max_length.to_string()}
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                {oninput}
            />
            if let Some(message) = props.error.clone() {
                <p id={error_id} class="field-error" aria-live="polite">{ message }</p>
            }
        </div>
    }
}
