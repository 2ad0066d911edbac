//! The few browser services the app uses besides rendering: today's date, printing,
//! the clipboard and the printed page header. Each degrades gracefully (no panic)
//! when the service is missing, and natively (in tests) does nothing.

use best_offer_domain::date::Date;

/// Today's date in the rep's time zone.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month(), now.get_date());
    u16::try_from(year)
        .ok()
        .and_then(|y| {
            Date::new(
                y,
                u8::try_from(month.saturating_add(1)).ok()?,
                u8::try_from(day).ok()?,
            )
        })
        .unwrap_or_else(|| Date::from_unix_days(0))
}

/// Today's date (UTC) when running natively, as in tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// Opens the browser's print dialog.
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Copies text to the clipboard; `done` receives whether it worked.
pub fn copy_text(text: String, done: yew::Callback<bool>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else {
            done.emit(false);
            return;
        };
        let promise = window.navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            done.emit(copied);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done.emit(false);
    }
}

/// Puts `text` in the top-right margin of every printed page (with the page
/// numbers that print.css puts bottom right). A CSSOM rule on the app's own
/// stylesheet, so the content security policy needs no inline style.
pub fn set_print_header(text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        thread_local! {
            static INSERTED: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
        }
        let sheet = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                let sheets = d.style_sheets();
                sheets.item(sheets.length().checked_sub(1)?)
            })
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok());
        let Some(sheet) = sheet else { return };
        if let Some(index) = INSERTED.with(std::cell::Cell::take) {
            let _ = sheet.delete_rule(index);
        }
        let Ok(rules) = sheet.css_rules() else { return };
        let index = rules.length();
        let rule = format!(
            "@page {{ @top-right {{ content: \"{}\"; font-family: system-ui, Roboto, Arial, sans-serif; font-size: 8.5pt; color: #333; }} }}",
            css_string(text)
        );
        if sheet.insert_rule_with_index(&rule, index).is_ok() {
            INSERTED.with(|cell| cell.set(Some(index)));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// Escapes text for a CSS string literal (quotes, backslashes, line breaks).
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::css_string;

    #[test]
    fn css_strings_cannot_break_out() {
        assert_eq!(
            css_string(r#"A "quote" \ and } {"#),
            r#"A \"quote\" \\ and } {"#
        );
        assert_eq!(css_string("two\nlines"), "two lines");
    }
}
