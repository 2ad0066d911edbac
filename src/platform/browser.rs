//! The browser's half of the platform (wasm32): each function here has a native
//! twin in `native.rs` with the same signature.

use best_offer_domain::offer::PageMargins;
use best_offer_domain::offer::logo::Logo;
use wasm_bindgen::JsCast as _;
use wasm_bindgen_futures::JsFuture;

use crate::messages::Explain;
use crate::platform::{SERVICE_WORKER_DELAY_MS, css_string};

/// Milliseconds since 1970-01-01 UTC.
pub fn now_ms() -> i64 {
    // Whole milliseconds fit an i64 until the year 292 million.
    #[allow(clippy::cast_possible_truncation)]
    let ms = js_sys::Date::now() as i64;
    ms
}

/// The rep's time zone's offset from UTC at moment `ms`, in minutes (east positive).
pub fn utc_offset_minutes(ms: i64) -> i32 {
    #[allow(clippy::cast_precision_loss)]
    let moment = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    // JavaScript gives UTC − local, in whole minutes.
    #[allow(clippy::cast_possible_truncation)]
    let behind = moment.get_timezone_offset() as i32;
    behind.saturating_neg()
}

/// A random number for ids.
pub fn random_u32() -> u32 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let r = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    r
}

/// Marks a moment of the start in the browser's performance timeline (`bo-…`), read
/// by the startup benchmark (`tests/e2e/startup.spec.mjs`). Costs a few microseconds.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        // A failed mark only loses a figure of the benchmark.
        let _ = performance.mark(name);
    }
}

/// A performance measure `name` from mark `start` to now (for the browser
/// benchmarks, like [`mark`]).
pub fn measure(name: &str, start: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        // A failed measure only loses a figure of the benchmark.
        let _ = performance.measure_with_start_mark(name, start);
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The HTML element with DOM id `id`, if the page has one.
fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Whether the page has an element `id`.
pub fn has_element(id: &str) -> bool {
    html_element(id).is_some()
}

/// Puts the focus on element `id`, scrolling it into view only when `scroll`;
/// `false` when the page has no such element.
pub fn focus_now(id: &str, scroll: bool) -> bool {
    let Some(element) = html_element(id) else {
        return false;
    };
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
        // What a field holds is selected, so typing replaces it (a picked line's
        // quantity of 1, a field to fix).
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            input.select();
        }
    }
    true
}

/// Whether the cursor is nowhere: on the page's body, as after the control that had
/// it left the page.
pub fn nothing_focused() -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    }
}

/// Scrolls the element with DOM id `id` to the top of the window and puts the focus
/// on it (a section with `tabindex="-1"`, such as the offer's preview), so a screen
/// reader's cursor moves with the view.
pub fn show_section(id: &str) {
    if let Some(element) = html_element(id) {
        element.scroll_into_view_with_bool(true);
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// The location's fragment (`#/p/x`), empty when there is none.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Hides the static header's tagline and introduction (`index.html`), which speak
/// to the rep ("set the floor you must not go below"): a customer link's page shows
/// the app's name only. By the class `opening-offer` that `index.html`'s loader sets
/// before the first paint (`base.css` hides them): one rule, whoever starts first.
pub fn hide_rep_introduction() {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.class_list().add_1("opening-offer");
    }
}

/// The address of the customer link carrying `payload`: the viewer's page beside
/// this one (`best_offer_domain::offer::link::link_address`).
pub fn link_address(payload: &str) -> String {
    let page = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    best_offer_domain::offer::link::link_address(&page, payload)
}

/// Copies text to the clipboard; `done` receives whether it worked.
pub fn copy_text(text: String, done: yew::Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let copied = JsFuture::from(promise).await.is_ok();
        done.emit(copied);
    });
}

/// Puts the offer's title in the top-right margin of every printed page, its
/// fingerprint in the bottom-left, and "Page N of M" in the offer's language in the
/// bottom-right (print.css has the English words for pages printed without an
/// offer). A CSSOM rule on the app's own stylesheet, so the content security policy
/// needs no inline style.
pub fn set_print_margins(margins: &PageMargins) {
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

/// Offers `text` as a file download named `filename`, of media type `media_type`.
pub fn download_as(filename: &str, text: &str, media_type: &str) {
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

/// Reads the text of a file whose size was checked; `done` receives it or why not.
pub fn read_text(file: web_sys::File, done: yew::Callback<Result<String, String>>) {
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        let text = JsFuture::from(promise)
            .await
            .ok()
            .and_then(|value| value.as_string());
        done.emit(text.ok_or_else(|| "The file could not be read.".to_string()));
    });
}

/// Reads an image chosen as the logo: at most 256 KB, a PNG, JPEG or WebP by its
/// bytes, and one the browser can decode (a renamed text file or a damaged image
/// is refused); `done` receives the logo or why not, in the rep's words.
pub fn read_logo(file: web_sys::File, done: yew::Callback<Result<Logo, String>>) {
    use best_offer_domain::limits::{MAX_LOGO_BYTES, MAX_LOGO_TEXT};
    #[allow(clippy::cast_precision_loss)]
    if file.size() > MAX_LOGO_BYTES as f64 {
        done.emit(Err(format!(
            "“{}” is too large for a logo (at most {MAX_LOGO_TEXT}).",
            file.name()
        )));
        return;
    }
    let name = file.name();
    let promise = file.array_buffer();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(buffer) = JsFuture::from(promise).await else {
            done.emit(Err(format!("“{name}” could not be read.")));
            return;
        };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let logo = match Logo::from_bytes(&bytes) {
            Ok(logo) => logo,
            Err(error) => {
                done.emit(Err(format!("“{name}”: {}", error.explain())));
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

/// Registers the service worker that keeps the app's files for offline use
/// (`sw.js` beside `index.html`, so it also works under a sub-path).
///
/// Registration waits a few seconds, so installing (which downloads every file of
/// the app once more into the cache) never competes with the first render.
pub fn register_service_worker() {
    gloo::timers::callback::Timeout::new(SERVICE_WORKER_DELAY_MS, || {
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().service_worker().register("sw.js");
        }
    })
    .forget();
}

/// Calls `announce` when a new version of the app takes over from an older one
/// (not on the very first visit). The returned listener must be kept alive.
pub fn on_app_update(announce: yew::Callback<()>) -> Option<gloo::events::EventListener> {
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

/// Calls `changed` when the address's fragment changes. The returned listener must
/// be kept alive.
pub fn on_hash_change(changed: yew::Callback<()>) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "hashchange",
        move |_| changed.emit(()),
    ))
}

/// Loads the page again (its loader then starts what the new address needs).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        // A failed reload leaves the page as it is.
        let _ = window.location().reload();
    }
}

/// Text in lower case for a case-insensitive search, with the browser's full
/// Unicode rules ("ÖLWERK" finds "Ölwerk"). Rust's own `to_lowercase` would carry
/// ~30 KB of Unicode case tables into the Wasm bundle for this one use.
pub fn lowercase(text: &str) -> String {
    String::from(js_sys::JsString::from(text).to_lower_case())
}

/// Runs a future on the browser's event loop.
pub fn run_soon(future: impl std::future::Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(future);
}
