//! The customer link: the written offer carried inside a URL's fragment, with no
//! server in between.
//!
//! A link is `<site>#/o/<payload>`, and the payload is
//! `<version>.<checksum>.<data>[.<logo>]`:
//!
//! - `version`: the link format, [`LINK_VERSION`] (a newer one is refused with a
//!   message saying so, before anything else is read);
//! - `checksum`: 8 hex digits of FNV-1a (32 bit) over the compressed bytes and the
//!   logo part, so a damaged or cut link is told apart before it is decompressed;
//! - `data`: the [`CustomerOffer`] as compact JSON (serde, the same form as a sent
//!   offer in the proposal file, without the logo), compressed with `deflate-raw`
//!   (the browser's `CompressionStream`), in base64url without padding;
//! - `logo` (format 3, when the offer has one): the seller's logo image, at most
//!   [`MAX_LINK_LOGO_BYTES`], in base64url, or `0` for one too large to carry
//!   ([`seal_with_logo`], [`open_with_logo`]).
//!
//! Compression runs in the browser; everything else is here, pure and tested. A link
//! is untrusted input whoever made it: [`open`] checks the envelope, the app
//! decompresses at most [`MAX_LINK_JSON_BYTES`] (a small link cannot unfold into
//! megabytes), and [`read`] reads the JSON as strictly as an imported file, with the
//! same limits, and checks that the lines add up to the totals. Anyone can make a link
//! to any site, so the offer's fingerprint ([`CustomerOffer::fingerprint`]) is shown on the link page, on the
//! printed offer and in its text version, for the customer to compare.

use std::fmt::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rust_decimal::Decimal;
use serde::Deserialize as _;

use crate::limits::{
    MAX_LINES, MAX_LIST_ITEMS, MAX_MONEY, MAX_QUANTITY, MAX_TERM_MONTHS, MAX_TEXT_CHARS,
};
use crate::offer::CustomerOffer;
use crate::offer::choice::Choice;
use crate::offer::words::Acceptance;
use crate::options::{MAX_OPTIONS, MIN_OPTIONS};
use crate::requirements::MAX_REQUIREMENTS;

/// The link format written by this build. Format 4 added the options the buyer
/// chooses from (left out when there are none); format 3 added the customer's
/// requirements with their answers (left out when there are none); format 2 the
/// offer's language (left out when English); format 1 links read as English offers.
pub const LINK_VERSION: u32 = 4;

/// The route prefix of a link's fragment (after `#`).
pub const LINK_ROUTE: &str = "/o/";

/// The customer's viewer's own page, beside the app's: where a link points, so the
/// customer's browser downloads the offer's reader and nothing of the rep's app.
/// (A link on the app's own address still opens: its page starts the viewer.)
pub const VIEWER_PAGE: &str = "viewer.html";

/// The longest payload read (characters): far above what 500 lines compress to.
pub const MAX_LINK_CHARS: usize = 64 * 1024;

/// The most bytes a link's data may decompress to; reading stops beyond it.
pub const MAX_LINK_JSON_BYTES: usize = 256 * 1024;

/// Why a link shows no offer (the page says it to the customer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a link of this app at all.
    Foreign,
    /// Cut, mistyped or damaged on the way (the checksum or the encoding fails).
    Damaged,
    /// Made by a newer version of the app, with this link format.
    Newer(u32),
    /// Unfolds into more than [`MAX_LINK_JSON_BYTES`].
    TooLarge,
    /// The content is not an offer this app can read (what is wrong).
    Unreadable(LinkFault),
    /// The figures do not add up to the totals.
    DoesNotAddUp,
}

/// What is wrong with a link's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkFault {
    /// Not JSON (or not UTF-8 text), or a field of the wrong type or shape, where
    /// in the text (line and column, from 1). The reader's own words (`unknown
    /// variant …`) are not kept: writing them out would cost the customer's viewer
    /// 1 KB brotli, and a customer reads "where" as well as "what".
    At {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
    },
    /// A text longer than [`MAX_TEXT_CHARS`].
    TextTooLong,
    /// A list of more than [`MAX_LIST_ITEMS`] items.
    ListTooLong,
    /// No lines, or more than [`MAX_LINES`].
    LineCount,
    /// One option, or more than [`MAX_OPTIONS`], or an option without lines.
    OptionCount,
    /// A logo id (a link carries no logo).
    CarriesLogo,
    /// A revision of 0 or a term out of range.
    RevisionOrTerm,
    /// Valid through a day before its issue date.
    ValidBeforeIssue,
    /// A figure out of range.
    FigureOutOfRange,
    /// The logo it carries is not a PNG, JPEG or WebP image of at most
    /// [`MAX_LINK_LOGO_BYTES`].
    NotAnImage,
}

/// The JSON a link carries (compress it, then [`seal`] it): the offer without its
/// logo's id (the image stays home: it would not fit in a link).
pub fn to_json(offer: &CustomerOffer) -> Vec<u8> {
    offer.content_json()
}

/// The link's payload for the compressed JSON.
pub fn seal(compressed: &[u8]) -> String {
    seal_with_logo(compressed, None)
}

/// The largest logo a link carries, in bytes of the image (about 16,400 characters
/// of the link): a larger one stays home, and the link says so
/// ([`LogoInLink::LeftOut`]).
pub const MAX_LINK_LOGO_BYTES: usize = 12 * 1024;

/// The seller's logo as a link is made with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoInLink<'a> {
    /// The image's bytes (PNG, JPEG or WebP, at most [`MAX_LINK_LOGO_BYTES`]).
    Image(&'a [u8]),
    /// The offer has a logo too large for a link: the page shows a small mark.
    LeftOut,
}

/// The seller's logo as a link's page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkLogo {
    /// The image, as a `data:` URL.
    Image(String),
    /// The offer has a logo the link could not carry.
    LeftOut,
}

/// The mark of a logo left out ([`LogoInLink::LeftOut`]) in a link.
const LEFT_OUT: &str = "0";

/// The link's payload for the compressed JSON and the seller's logo, when the offer
/// has one: `<version>.<checksum>.<data>.<logo>`, the logo's image in base64url
/// (or `0` for one left out), the checksum over both.
pub fn seal_with_logo(compressed: &[u8], logo: Option<LogoInLink<'_>>) -> String {
    let logo = match logo {
        Some(LogoInLink::Image(bytes)) if bytes.len() <= MAX_LINK_LOGO_BYTES => {
            Some(URL_SAFE_NO_PAD.encode(bytes))
        }
        Some(_) => Some(LEFT_OUT.to_string()),
        None => None,
    };
    let checksum = checksum_of(compressed, logo.as_deref());
    let data = URL_SAFE_NO_PAD.encode(compressed);
    match logo {
        Some(logo) => format!("{LINK_VERSION}.{checksum:08x}.{data}.{logo}"),
        None => format!("{LINK_VERSION}.{checksum:08x}.{data}"),
    }
}

/// FNV-1a (32 bit) over the compressed bytes, then the logo's part as written.
fn checksum_of(compressed: &[u8], logo: Option<&str>) -> u32 {
    match logo {
        None => crate::offer::digest::fnv1a32(compressed),
        Some(logo) => {
            let mut all = compressed.to_vec();
            all.extend_from_slice(logo.as_bytes());
            crate::offer::digest::fnv1a32(&all)
        }
    }
}

/// The logo a link's fourth part carries: the image checked to be one (and small
/// enough), as a `data:` URL.
fn logo_of(part: &str) -> Result<LinkLogo, LinkError> {
    if part == LEFT_OUT {
        return Ok(LinkLogo::LeftOut);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| LinkError::Damaged)?;
    let format = crate::offer::logo::ImageFormat::sniff(&bytes)
        .filter(|_| bytes.len() <= MAX_LINK_LOGO_BYTES)
        .ok_or(LinkError::Unreadable(LinkFault::NotAnImage))?;
    // The same base64 in the standard alphabet, padded, as a `data:` URL wants.
    let mut data: String = part
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while !data.len().is_multiple_of(4) {
        data.push('=');
    }
    Ok(LinkLogo::Image(format!(
        "data:{};base64,{data}",
        format.media_type()
    )))
}

/// The address of the link carrying `payload` (what [`seal_with_logo`] made), made on
/// the page at `page` (the app's address, any sub-path, query or fragment; or
/// nothing, for an address relative to the app's folder): the viewer's page in the
/// same folder. `https://example.com/best-offer/#/proposals` gives
/// `https://example.com/best-offer/viewer.html#/o/<payload>`.
pub fn link_address(page: &str, payload: &str) -> String {
    let page = page.split(['#', '?']).next().unwrap_or_default();
    let folder = page.rfind('/').map_or("", |slash| &page[..=slash]);
    format!("{folder}{VIEWER_PAGE}#{LINK_ROUTE}{payload}")
}

/// The payload of a location fragment (`#/o/<payload>`), if it is a link.
pub fn payload_of(fragment: &str) -> Option<&str> {
    let path = fragment.strip_prefix('#').unwrap_or(fragment);
    path.strip_prefix(LINK_ROUTE)
}

/// Checks a payload's envelope and returns the compressed bytes to decompress (at
/// most [`MAX_LINK_JSON_BYTES`] of output).
///
/// # Errors
/// [`LinkError::Foreign`] when it is not a link of this app, [`LinkError::Newer`]
/// for a newer link format, [`LinkError::Damaged`] when the checksum or the base64
/// fails (a cut or mistyped link), [`LinkError::TooLarge`] past
/// [`MAX_LINK_CHARS`].
pub fn open(payload: &str) -> Result<Vec<u8>, LinkError> {
    open_with_logo(payload).map(|(bytes, _)| bytes)
}

/// [`open`], with the seller's logo the link carries, if any.
///
/// # Errors
/// As [`open`]; and [`LinkFault::NotAnImage`] for a logo part that is not a small
/// PNG, JPEG or WebP image.
pub fn open_with_logo(payload: &str) -> Result<(Vec<u8>, Option<LinkLogo>), LinkError> {
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let mut parts = payload.splitn(4, '.');
    let version = parts.next().unwrap_or_default();
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::Foreign);
    }
    let version: u32 = version.parse().map_err(|_| LinkError::Foreign)?;
    if version > LINK_VERSION {
        return Err(LinkError::Newer(version));
    }
    if version < 1 {
        return Err(LinkError::Foreign);
    }
    let (Some(checksum), Some(data)) = (parts.next(), parts.next()) else {
        return Err(LinkError::Damaged);
    };
    let checksum = u32::from_str_radix(checksum, 16)
        .ok()
        .filter(|_| checksum.len() == 8)
        .ok_or(LinkError::Damaged)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| LinkError::Damaged)?;
    let logo = parts.next();
    if bytes.is_empty() || checksum_of(&bytes, logo) != checksum {
        return Err(LinkError::Damaged);
    }
    let logo = logo.map(logo_of).transpose()?;
    Ok((bytes, logo))
}

/// Reads the decompressed JSON of a link as strictly as an imported file: unknown
/// fields, wrong types, figures outside the file's limits and totals that the lines
/// do not add up to are refused.
///
/// # Errors
/// [`LinkError::TooLarge`] past [`MAX_LINK_JSON_BYTES`], [`LinkError::Unreadable`]
/// (with the reader's detail) for anything an imported file would refuse, and
/// [`LinkError::DoesNotAddUp`] when the lines or the tax do not add up to the totals.
pub fn read(json: &[u8]) -> Result<CustomerOffer, LinkError> {
    if json.len() > MAX_LINK_JSON_BYTES {
        return Err(LinkError::TooLarge);
    }
    // Read straight from the bytes (no JSON value in between, no path tracking):
    // the customer's viewer carries this reader alone, and both would cost it
    // ~7 KB brotli. A refusal says where in the text it is.
    let mut reader = serde_json::Deserializer::from_slice(json);
    let offer = CustomerOffer::deserialize(&mut reader)
        .and_then(|offer| reader.end().map(|()| offer))
        .map_err(|error| {
            LinkError::Unreadable(LinkFault::At {
                line: error.line(),
                column: error.column(),
            })
        })?;
    check(&offer)?;
    Ok(offer)
}

/// The file's limits, and the sums, for an offer from a link.
fn check(offer: &CustomerOffer) -> Result<(), LinkError> {
    let unreadable = |fault: LinkFault| Err(LinkError::Unreadable(fault));
    let texts = [
        &offer.seller_company,
        &offer.seller_address,
        &offer.rep_name,
        &offer.rep_title,
        &offer.rep_email,
        &offer.rep_phone,
        &offer.buyer_company,
        &offer.buyer_contact,
        &offer.deal_name,
        &offer.number,
        &offer.payment_terms,
        &offer.note,
    ];
    let lists = [&offer.included, &offer.not_included, &offer.assumptions];
    let all_lines = || {
        offer.lines.iter().chain(
            offer
                .options
                .iter()
                .flat_map(|o| o.lines.iter().chain(&o.optional)),
        )
    };
    let line_texts = all_lines().flat_map(|l| [&l.name, &l.description]);
    let option_names = offer.options.iter().map(|o| &o.name);
    let requirement_texts = offer.requirements.iter().flat_map(|r| {
        std::iter::once(&r.text)
            .chain([&r.response])
            .chain(&r.met_by)
    });
    let all_texts = texts
        .into_iter()
        .chain(lists.iter().flat_map(|list| list.iter()))
        .chain(line_texts)
        .chain(option_names)
        .chain(requirement_texts);
    for text in all_texts {
        if text.chars().count() > MAX_TEXT_CHARS {
            return unreadable(LinkFault::TextTooLong);
        }
    }
    let too_many_requirements = offer.requirements.len() > MAX_REQUIREMENTS
        || offer
            .requirements
            .iter()
            .any(|r| r.met_by.len() > MAX_LINES);
    if lists.iter().any(|list| list.len() > MAX_LIST_ITEMS) || too_many_requirements {
        return unreadable(LinkFault::ListTooLong);
    }
    if offer.lines.is_empty() || offer.lines.len() > MAX_LINES {
        return unreadable(LinkFault::LineCount);
    }
    let options_ok = offer.options.is_empty()
        || (MIN_OPTIONS..=MAX_OPTIONS).contains(&offer.options.len())
            && offer.options.iter().all(|o| {
                !o.lines.is_empty() && o.lines.len().saturating_add(o.optional.len()) <= MAX_LINES
            })
            && offer.options.iter().filter(|o| o.recommended).count() <= 1;
    if !options_ok {
        return unreadable(LinkFault::OptionCount);
    }
    if offer.logo.is_some() {
        return unreadable(LinkFault::CarriesLogo);
    }
    if offer.revision == 0 || offer.term_months == 0 || offer.term_months > MAX_TERM_MONTHS {
        return unreadable(LinkFault::RevisionOrTerm);
    }
    if offer.valid_through < offer.issue_date {
        return unreadable(LinkFault::ValidBeforeIssue);
    }
    let money_ok = |value: Decimal| !value.is_sign_negative() && value <= MAX_MONEY;
    let percent_ok = |points: Decimal| !points.is_sign_negative() && points <= Decimal::ONE_HUNDRED;
    let totals = [
        offer.one_time_total,
        offer.recurring_per_year,
        offer.first_year_total,
        offer.term_total,
        offer.tax,
        offer.total_with_tax,
    ]
    .into_iter()
    .chain(offer.options.iter().flat_map(|o| {
        let t = o.printed_totals();
        [
            t.one_time,
            t.recurring_per_year,
            t.first_year,
            t.term_total,
            t.tax,
            t.total_with_tax,
        ]
    }));
    let lines_ok = all_lines().all(|line| {
        money_ok(line.unit_list_price)
            && money_ok(line.net)
            && money_ok(line.term_amount)
            && !line.quantity.is_sign_negative()
            && line.quantity <= MAX_QUANTITY
            && percent_ok(line.discount.points())
    });
    let tax_ok = offer.tax_rate.is_none_or(|rate| percent_ok(rate.points()));
    if !lines_ok || !totals.into_iter().all(money_ok) || !tax_ok {
        return unreadable(LinkFault::FigureOutOfRange);
    }
    if !options_add_up(offer) {
        return Err(LinkError::DoesNotAddUp);
    }
    let sum = offer
        .lines
        .iter()
        .try_fold(Decimal::ZERO, |sum, line| sum.checked_add(line.term_amount));
    let with_tax = offer.term_total.checked_add(offer.tax);
    if sum != Some(offer.term_total) || with_tax != Some(offer.total_with_tax) {
        return Err(LinkError::DoesNotAddUp);
    }
    Ok(())
}

/// Whether each option's printed totals are what its lines give, and the offer's
/// own lines and totals are those of the option it opens on (so the printed
/// offer, the page and the email all say the same figures).
fn options_add_up(offer: &CustomerOffer) -> bool {
    let Some(default) = offer.options.get(offer.default_option()) else {
        return true;
    };
    let each_adds_up = offer
        .options
        .iter()
        .all(|option| offer.totals_of(&option.lines) == Some(option.printed_totals()));
    each_adds_up
        && default.lines == offer.lines
        && offer.printed_totals() == default.printed_totals()
}

/// Whether `email` is one plain address (`name@example.com`): nothing that could add
/// recipients, headers or a body to a `mailto:` (`?`, `&`, `,`, `%`, spaces, angle
/// brackets…).
pub fn is_plain_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    local_ok && domain_ok
}

/// Percent-encodes text for a `mailto:` query (everything but unreserved ASCII).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// "Accept by email": a `mailto:` to the seller with the offer number, revision,
/// total, valid-through and `fingerprint` (the offer's, or a link's content's, see
/// [`fingerprint_of`](crate::offer::fingerprint_of)) filled in — or `None` when the
/// seller's email is not one plain address. An offer with options is accepted as
/// the option the buyer chose ([`acceptance_mailto_of`]): `None` for one here.
/// (Kept apart so that a page showing an offer without options carries none of the
/// options' arithmetic: the customer's viewer fetches that on demand.)
pub fn acceptance_mailto(offer: &CustomerOffer, fingerprint: &str) -> Option<String> {
    if !offer.options.is_empty() {
        return None;
    }
    mailto_accepting(offer, fingerprint, offer.term_total, "")
}

/// [`acceptance_mailto`] for the option and the optional items the buyer chose:
/// the email names them, with their total. `None` also when `choice` is not one the
/// offer has. For an offer without options, the same as [`acceptance_mailto`].
pub fn acceptance_mailto_of(
    offer: &CustomerOffer,
    fingerprint: &str,
    choice: &Choice,
) -> Option<String> {
    if offer.options.is_empty() {
        return acceptance_mailto(offer, fingerprint);
    }
    let option = offer.options.get(choice.option)?;
    let totals = offer.choice_totals(choice.option, &choice.added)?;
    let words = offer.words();
    let items: Vec<&str> = choice
        .added
        .iter()
        .filter_map(|k| option.optional.get(*k))
        .map(|line| line.name.as_str())
        .collect();
    let items = if items.is_empty() {
        words.no_items.to_string()
    } else {
        items.join(", ")
    };
    let chosen = format!(
        "{} {}\n{} {}\n\n",
        words.label(words.option_accepted),
        option.name,
        words.label(words.items_accepted),
        items
    );
    mailto_accepting(offer, fingerprint, totals.term_total, &chosen)
}

/// The acceptance email of `offer` for `total`, `chosen` (what the buyer chose,
/// written out, or nothing) before the requirements and the buyer's name.
fn mailto_accepting(
    offer: &CustomerOffer,
    fingerprint: &str,
    total: Decimal,
    chosen: &str,
) -> Option<String> {
    let email = offer.rep_email.trim();
    if !is_plain_email(email) {
        return None;
    }
    let words = offer.words();
    let subject = (words.accept_subject)(&offer.number, offer.revision);
    let body = (words.accept_body)(&Acceptance {
        number: &offer.number,
        revision: offer.revision,
        total: &offer.money(total),
        term: &offer.term(),
        valid_through: &offer.date(offer.valid_through),
        fingerprint,
        closing: &format!(
            "{chosen}{}{}",
            offer.requirements_for_email(),
            offer.buyer_company
        ),
    });
    Some(format!(
        "mailto:{email}?subject={}&body={}",
        percent_encode(&subject),
        percent_encode(&body)
    ))
}
