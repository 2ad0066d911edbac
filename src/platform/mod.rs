//! The platform: the few browser services the app uses besides rendering (the
//! clock and calendar, printing, the clipboard, focus, files, downloads, the service
//! worker, the printed page margins), in two halves behind one `cfg`: the browser's
//! (`browser.rs`, compiled for wasm32) and the native one (`native.rs`, compiled for
//! native tests), which offer the same functions. Every rule built on them — today's
//! date in the rep's time zone, how a moment reads, an id, a file name, a CSS string —
//! is written once here, so native tests run the same code as the browser: only the
//! primitives differ (the native clock's time zone is UTC). Nothing panics when a
//! service is missing.

#[cfg(target_arch = "wasm32")]
#[path = "browser.rs"]
mod half;
#[cfg(not(target_arch = "wasm32"))]
#[path = "native.rs"]
mod half;

pub use half::{
    copy_text, download_as, hide_rep_introduction, link_address, location_hash, lowercase, mark,
    measure, nothing_focused, now_ms, on_app_update, on_hash_change, print, random_u32, read_logo,
    register_service_worker, reload, run_soon, set_print_margins, show_section, utc_offset_minutes,
};

use best_offer_domain::date::Date;
use best_offer_domain::library::Moment;

/// Milliseconds between start and service worker registration.
pub const SERVICE_WORKER_DELAY_MS: u32 = 3_000;

/// Milliseconds in a day.
const DAY_MS: i64 = 86_400_000;

/// The rep's local time of moment `ms`: milliseconds since 1970 as the clock on the
/// wall reads them (UTC shifted by the time zone's offset then).
fn local_ms(ms: i64) -> i64 {
    ms.saturating_add(i64::from(utc_offset_minutes(ms)).saturating_mul(60_000))
}

/// The calendar day of local time `local`.
fn day_of(local: i64) -> Date {
    Date::from_unix_days(local.div_euclid(DAY_MS))
}

/// The clock and the rep's calendar day, now: the moment every change is made at.
pub fn moment() -> Moment {
    Moment {
        now_ms: now_ms(),
        today: today(),
    }
}

/// Today's date in the rep's time zone.
pub fn today() -> Date {
    day_of(local_ms(now_ms()))
}

/// A moment as the rep reads it, in local time: `26 November 2026, 15:20`.
pub fn format_moment(ms: i64) -> String {
    let local = local_ms(ms);
    let minutes = local.rem_euclid(DAY_MS) / 60_000;
    format!(
        "{}, {:02}:{:02}",
        day_of(local).long(),
        minutes / 60,
        minutes % 60
    )
}

/// A fresh proposal id, e.g. `p-19ac3f2b1c0-5f3a9c`.
pub fn new_id() -> String {
    format!("p-{:x}-{:x}", now_ms(), random_u32())
}

/// Offers `text` as a JSON file download named `filename`.
pub fn download(filename: &str, text: &str) {
    download_as(filename, text, "application/json");
}

/// Puts the cursor in the element with DOM id `id`, scrolling it into view only when
/// `scroll` (a page that just opened keeps its title in view).
///
/// A page that just opened gets the cursor one task later: focusing lays the whole
/// page out at once, and in a task of its own it no longer lengthens the first
/// render's task (the start's one long task; see docs/performance.md).
///
/// A field not on the page yet (a new proposal's Customer, while the view that
/// holds it is being shown) gets the cursor once it is there: the view comes with
/// the address's change, whose event may come after one task under load, so the
/// field is looked for again a few times (`FOCUS_ATTEMPTS`); it gets the
/// cursor then unless the rep has put it somewhere meanwhile.
pub fn focus_field_with(id: &str, scroll: bool) {
    if scroll && half::focus_now(id, true) {
        return;
    }
    let id = id.to_string();
    gloo::timers::callback::Timeout::new(0, move || {
        if !half::focus_now(&id, scroll) {
            focus_later(id, scroll, FOCUS_ATTEMPTS);
        }
    })
    .forget();
}

/// How many more times a field not yet on the page is looked for, 16 ms apart:
/// about half a second, after which the rep has the page to themselves.
const FOCUS_ATTEMPTS: u8 = 30;

/// Looks for the field again after 16 ms, `attempts` times at most; once it is
/// there it gets the cursor unless the rep has put it somewhere meanwhile.
fn focus_later(id: String, scroll: bool, attempts: u8) {
    if attempts == 0 {
        return;
    }
    gloo::timers::callback::Timeout::new(16, move || {
        if !half::has_element(&id) {
            focus_later(id, scroll, attempts.saturating_sub(1));
        } else if nothing_focused() {
            half::focus_now(&id, scroll);
        }
    })
    .forget();
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
    half::read_text(file, done);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_break_out() {
        assert_eq!(
            css_string(r#"A "quote" \ and } {"#),
            r#"A \"quote\" \\ and } {"#
        );
        assert_eq!(css_string("two\nlines"), "two lines");
    }

    /// The calendar rules are the same code in both halves: a moment is a day and a
    /// time of the rep's clock, whatever the offset (native's is 0, UTC).
    #[test]
    fn a_moment_reads_as_the_rep_s_clock() {
        // 2026-11-26 23:30 UTC.
        let ms = 1_795_735_800_000;
        assert_eq!(day_of(ms), Date::new(2026, 11, 26).unwrap());
        assert_eq!(
            day_of(ms + 60 * 60_000),
            Date::new(2026, 11, 27).unwrap(),
            "an hour east"
        );
        assert_eq!(format_moment(ms), "26 November 2026, 23:30");
        assert_eq!(utc_offset_minutes(ms), 0, "the native clock is UTC");
        assert_eq!(today(), day_of(local_ms(now_ms())));
    }

    #[test]
    fn ids_and_file_names_are_safe() {
        let (a, b) = (new_id(), new_id());
        assert_ne!(a, b);
        assert!(best_offer_domain::library::file::is_valid_id(&a), "{a}");
        assert_eq!(file_slug("Northwind — Suite 2026!"), "northwind-suite-2026");
        assert_eq!(file_slug("???"), "proposal");
    }
}
