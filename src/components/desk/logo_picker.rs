//! `LogoPicker`: the profile's logo — shown, replaced from a file, or removed.

use best_offer_domain::offer::logo::Logo;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::platform;

/// Properties of [`LogoPicker`].
#[derive(Properties, PartialEq)]
pub struct LogoPickerProps {
    /// The current logo.
    pub logo: Option<Logo>,
    /// Called with a new logo, checked and decoded.
    pub on_logo: Callback<Logo>,
    /// Called when the rep removes the logo.
    pub on_remove: Callback<()>,
}

/// A file input for the logo, with a preview and a message for a refused file.
#[component]
pub fn LogoPicker(props: &LogoPickerProps) -> Html {
    let error = use_state(|| None::<String>);
    let onchange = {
        let error = error.clone();
        let on_logo = props.on_logo.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // The same file can be chosen again after a fix.
            input.set_value("");
            let error = error.clone();
            let on_logo = on_logo.clone();
            platform::read_logo(
                file,
                Callback::from(move |result: Result<Logo, String>| match result {
                    Ok(logo) => {
                        error.set(None);
                        on_logo.emit(logo);
                    }
                    Err(message) => error.set(Some(message)),
                }),
            );
        })
    };
    let remove = props.on_remove.reform(|_: MouseEvent| ());
    html! {
        <div class={classes!("field", "logo-picker", error.is_some().then_some("has-error"))}>
            <label for="profile-logo">{ "Logo (PNG, JPEG or WebP, at most 256 KB)" }</label>
            if let Some(logo) = &props.logo {
                <img class="logo-preview" src={logo.data_url()} alt="Your logo" />
            }
            <input id="profile-logo" type="file" accept="image/png,image/jpeg,image/webp"
                aria-invalid={if error.is_some() { "true" } else { "false" }}
                aria-describedby={error.is_some().then_some("profile-logo-error")} {onchange} />
            if props.logo.is_some() {
                <button type="button" class="link-button" onclick={remove}>{ "Remove the logo" }</button>
            }
            if let Some(message) = (*error).clone() {
                <p id="profile-logo-error" class="field-error" role="alert">{ message }</p>
            }
        </div>
    }
}
