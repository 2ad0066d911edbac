//! The few browser services the app uses besides rendering: today's date, printing,
//! the clipboard and the printed page header. Each degrades gracefully (no panic)
//! when the service is missing, and natively (in tests) does nothing.

use best_offer_domain::date::Date;
use best_offer_domain::offer::PageMargins;

/// Today's date in the rep's time zone.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    local_date(&js_sys::Date::new_0()).unwrap_or_else(|| Date::from_unix_days(0))
}

/// The calendar date of a JavaScript moment, in the rep's time zone.
#[cfg(target_arch = "wasm32")]
fn local_date(moment: &js_sys::Date) -> Option<Date> {
    Date::new(
        u16::try_from(moment.get_full_year()).ok()?,
        u8::try_from(moment.get_month().saturating_add(1)).ok()?,
        u8::try_from(moment.get_date()).ok()?,
    )
}

/// Today's date (UTC) when running natively, as in tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// Marks a moment of the start in the browser's performance timeline (`bo-…`), read
/// by the startup benchmark (`tests/e2e/startup.spec.mjs`) to say where the first start
/// spends its time. Costs a few microseconds; does nothing outside a browser.
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        // A failed mark only loses a figure of the benchmark.
        let _ = performance.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

/// Opens the browser's print dialog.
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Puts the cursor in the element with DOM id `id`, scrolling it into view only when
/// `scroll` (a page that just opened keeps its title in view).
///
/// A page that just opened gets the cursor one task later: focusing lays the whole
/// page out at once, and in a task of its own it no longer lengthens the first
/// render's task (the start's one long task; see the README's Performance figures).
pub fn focus_field_with(id: &str, scroll: bool) {
    if scroll {
        focus_now(id, true);
    } else {
        let id = id.to_string();
        gloo::timers::callback::Timeout::new(0, move || focus_now(&id, false)).forget();
    }
}

/// Scrolls the element with DOM id `id` to the top of the window and puts the focus
/// on it (a section with `tabindex="-1"`, such as the offer's preview), so a screen
/// reader's cursor moves with the view.
pub fn show_section(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = html_element(id) {
        element.scroll_into_view_with_bool(true);
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// The HTML element with DOM id `id`, if the page has one.
#[cfg(target_arch = "wasm32")]
fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
}

fn focus_now(id: &str, scroll: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = html_element(id) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (id, scroll);
}

/// The location's fragment (`#/p/x`), empty when there is none or outside a browser.
pub fn location_hash() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|window| window.location().hash().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Hides the static header's tagline and introduction (`index.html`), which speak
/// to the rep ("set the floor you must not go below"): a customer link's page shows
/// the app's name only.
pub fn hide_rep_introduction() {
    #[cfg(target_arch = "wasm32")]
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        for selector in [".app-tagline", ".app-intro"] {
            if let Ok(Some(element)) = document.query_selector(selector) {
                let _ = element.set_attribute("hidden", "");
            }
        }
    }
}

/// The address of this page (any sub-path kept) with `fragment` after `#`.
pub fn address_with_fragment(fragment: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let page = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let page = String::new();
    let page = page.split('#').next().unwrap_or_default();
    format!("{page}#{fragment}")
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

/// Puts the offer's title in the top-right margin of every printed page, its
/// fingerprint in the bottom-left, and "Page N of M" in the offer's language in the
/// bottom-right (print.css has the English words for pages printed without an
/// offer). A CSSOM rule on the app's own stylesheet, so the content security policy
/// needs no inline style.
pub fn set_print_margins(margins: &PageMargins) {
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
        let [page, of] = margins.page_of;
        let rule = format!(
            "@page {{ @top-right {{ content: \"{}\"; font-family: system-ui, Roboto, Arial, sans-serif; font-size: 8.5pt; color: #333; }} @bottom-left {{ content: \"{}\"; font-family: system-ui, Roboto, Arial, sans-serif; font-size: 8pt; color: #333; }} @bottom-right {{ content: \"{} \" counter(page) \" {} \" counter(pages); }} }}",
            css_string(&margins.top),
            css_string(&margins.bottom),
            css_string(page),
            css_string(of)
        );
        if sheet.insert_rule_with_index(&rule, index).is_ok() {
            INSERTED.with(|cell| cell.set(Some(index)));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = margins;
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

/// Milliseconds since 1970-01-01 UTC.
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        // Whole milliseconds fit an i64 until the year 292 million.
        #[allow(clippy::cast_possible_truncation)]
        let ms = js_sys::Date::now() as i64;
        ms
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
    }
}

/// A fresh proposal id, e.g. `p-19ac3f2b1c0-5f3a9c`.
pub fn new_id() -> String {
    #[cfg(target_arch = "wasm32")]
    let random = {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let r = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        r
    };
    #[cfg(not(target_arch = "wasm32"))]
    let random = {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(1);
        NEXT.fetch_add(1, Ordering::Relaxed)
    };
    format!("p-{:x}-{random:x}", now_ms())
}

/// Offers `text` as a JSON file download named `filename`.
pub fn download(filename: &str, text: &str) {
    download_as(filename, text, "application/json");
}

/// Offers `text` as a file download named `filename`, of media type `media_type`.
pub fn download_as(filename: &str, text: &str, media_type: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(media_type);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        let anchor = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let Some(anchor) = anchor {
            anchor.set_href(&url);
            anchor.set_download(filename);
            anchor.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (filename, text, media_type);
}

/// A file name from free text: letters, digits and dashes only.
pub fn file_slug(text: &str) -> String {
    let slug: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "proposal".into()
    } else {
        slug.chars().take(40).collect()
    }
}

/// A moment as the rep reads it, in local time: `26 November 2026, 15:20`.
pub fn format_moment(ms: i64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        #[allow(clippy::cast_precision_loss)]
        let moment = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
        let date = local_date(&moment);
        match date {
            Some(date) => format!(
                "{}, {:02}:{:02}",
                date.long(),
                moment.get_hours(),
                moment.get_minutes()
            ),
            None => String::new(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let day = ms.div_euclid(86_400_000);
        let minutes = ms.rem_euclid(86_400_000) / 60_000;
        format!(
            "{}, {:02}:{:02} UTC",
            Date::from_unix_days(day).long(),
            minutes / 60,
            minutes % 60
        )
    }
}

/// Reads a file chosen or dropped by the rep; `done` receives its text or why not.
/// A file over `max_bytes` is refused before it is read: "“name” is too large to
/// be {what}".
pub fn read_file(
    file: web_sys::File,
    max_bytes: usize,
    what: &str,
    done: yew::Callback<Result<String, String>>,
) {
    #[allow(clippy::cast_precision_loss)]
    if file.size() > max_bytes as f64 {
        done.emit(Err(format!("“{}” is too large to be {what}.", file.name())));
        return;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let promise = file.text();
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|value| value.as_string());
            done.emit(text.ok_or_else(|| "The file could not be read.".to_string()));
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    done.emit(Err("Files can only be read in a browser.".into()));
}

/// Reads an image chosen as the logo: at most 256 KB, a PNG, JPEG or WebP by its
/// bytes, and one the browser can decode (a renamed text file or a damaged image
/// is refused); `done` receives the logo or why not, in the rep's words.
pub fn read_logo(
    file: web_sys::File,
    done: yew::Callback<Result<best_offer_domain::offer::logo::Logo, String>>,
) {
    use best_offer_domain::limits::{MAX_LOGO_BYTES, MAX_LOGO_TEXT};
    #[allow(clippy::cast_precision_loss)]
    if file.size() > MAX_LOGO_BYTES as f64 {
        done.emit(Err(format!(
            "“{}” is too large for a logo (at most {MAX_LOGO_TEXT}).",
            file.name()
        )));
        return;
    }
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast as _;
        use wasm_bindgen_futures::JsFuture;
        let name = file.name();
        let promise = file.array_buffer();
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(buffer) = JsFuture::from(promise).await else {
                done.emit(Err(format!("“{name}” could not be read.")));
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            let logo = match best_offer_domain::offer::logo::Logo::from_bytes(&bytes) {
                Ok(logo) => logo,
                Err(error) => {
                    done.emit(Err(format!("“{name}”: {error}")));
                    return;
                }
            };
            // The bytes look like an image; the browser must also be able to draw it.
            let decoded = match web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_element("img").ok())
                .and_then(|e| e.dyn_into::<web_sys::HtmlImageElement>().ok())
            {
                Some(img) => {
                    img.set_src(&logo.data_url());
                    JsFuture::from(img.decode()).await.is_ok() && img.natural_width() > 0
                }
                None => false,
            };
            done.emit(if decoded {
                Ok(logo)
            } else {
                Err(format!(
                    "“{name}” could not be read as an image (it may be damaged)."
                ))
            });
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    done.emit(Err("Images can only be read in a browser.".into()));
}

/// Registers the service worker that keeps the app's files for offline use
/// (`sw.js` beside `index.html`, so it also works under a sub-path).
///
/// Registration waits a few seconds, so installing (which downloads every file of
/// the app once more into the cache) never competes with the first render.
pub fn register_service_worker() {
    #[cfg(target_arch = "wasm32")]
    gloo::timers::callback::Timeout::new(SERVICE_WORKER_DELAY_MS, || {
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().service_worker().register("sw.js");
        }
    })
    .forget();
}

/// Milliseconds between start and service worker registration.
pub const SERVICE_WORKER_DELAY_MS: u32 = 3_000;

/// Calls `announce` when a new version of the app takes over from an older one
/// (not on the very first visit). The returned listener must be kept alive.
pub fn on_app_update(announce: yew::Callback<()>) -> Option<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let container = web_sys::window()?.navigator().service_worker();
        // No controller yet means a first visit: installing is not an update.
        container.controller()?;
        Some(gloo::events::EventListener::new(
            &container,
            "controllerchange",
            move |_| {
                announce.emit(());
            },
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = announce;
        None
    }
}

/// Text in lower case for a case-insensitive search, with the browser's full
/// Unicode rules ("ÖLWERK" finds "Ölwerk"). Rust's own `to_lowercase` would carry
/// ~30 KB of Unicode case tables into the Wasm bundle for this one use.
#[cfg(target_arch = "wasm32")]
pub fn lowercase(text: &str) -> String {
    String::from(js_sys::JsString::from(text).to_lower_case())
}

/// Text in lower case for a case-insensitive search (natively, as in tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn lowercase(text: &str) -> String {
    text.to_lowercase()
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
