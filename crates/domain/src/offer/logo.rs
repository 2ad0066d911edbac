//! The seller's logo: a small PNG, JPEG or WebP image kept in the file by its
//! content, printed on the offer.
//!
//! A logo is stored once ([`Logo`], base64 in the file) and named by a digest of
//! its bytes ([`LogoId`]); the profile and each proposal hold only the id. So a
//! proposal keeps the logo it was made with even after the profile gets a new one,
//! and ten proposals with the same logo store it once. The app decodes an image in
//! the browser before offering it here; [`Logo::from_bytes`] checks its size and
//! that its bytes start as the claimed format does.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use crate::limits::MAX_LOGO_BYTES;

/// Names a logo by its content (`fnv-` and 16 hex digits of a 64-bit FNV-1a
/// digest of its bytes).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LogoId(pub String);

/// An image format a logo may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ImageFormat {
    /// `image/png`.
    #[serde(rename = "image/png")]
    Png,
    /// `image/jpeg`.
    #[serde(rename = "image/jpeg")]
    Jpeg,
    /// `image/webp`.
    #[serde(rename = "image/webp")]
    Webp,
}

impl ImageFormat {
    /// The media type, e.g. `image/png`.
    pub const fn media_type(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Webp => "image/webp",
        }
    }

    /// The format whose signature `bytes` start with.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::offer::logo::ImageFormat;
    /// assert_eq!(ImageFormat::sniff(b"\x89PNG\r\n\x1a\n...."), Some(ImageFormat::Png));
    /// assert_eq!(ImageFormat::sniff(b"GIF89a"), None);
    /// ```
    pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageFormat::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(ImageFormat::Jpeg)
        } else if bytes.len() >= 12
            && bytes.get(..4) == Some(b"RIFF")
            && bytes.get(8..12) == Some(b"WEBP")
        {
            Some(ImageFormat::Webp)
        } else {
            None
        }
    }
}

/// A logo as the file keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// Its content's name.
    pub id: LogoId,
    /// Its format.
    pub format: ImageFormat,
    /// Its bytes, base64 (standard alphabet, padded).
    pub data: String,
}

/// Why an image was refused as a logo. The message is shown to the rep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoError {
    /// Over [`MAX_LOGO_BYTES`] (its size in KB).
    TooLarge(usize),
    /// Not a PNG, JPEG or WebP image.
    NotAnImage,
    /// The data is not base64.
    Damaged,
    /// The id does not match the content.
    WrongId,
}

/// The id of a logo with these bytes.
///
/// # Examples
/// ```
/// use best_offer_domain::offer::logo::logo_id;
/// assert_eq!(logo_id(b"").0, "fnv-cbf29ce484222325");
/// ```
pub fn logo_id(bytes: &[u8]) -> LogoId {
    // Enough to tell a few logos apart (the file checks every id against its content
    // on reading).
    LogoId(format!("fnv-{:016x}", crate::offer::digest::fnv1a64(bytes)))
}

impl Logo {
    /// A logo of `bytes`, checked: at most [`MAX_LOGO_BYTES`], and a PNG, JPEG or
    /// WebP signature.
    ///
    /// # Errors
    /// [`LogoError::TooLarge`] or [`LogoError::NotAnImage`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Logo, LogoError> {
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(LogoError::TooLarge(bytes.len().div_ceil(1024)));
        }
        let format = ImageFormat::sniff(bytes).ok_or(LogoError::NotAnImage)?;
        Ok(Logo {
            id: logo_id(bytes),
            format,
            data: STANDARD.encode(bytes),
        })
    }

    /// Checks a logo read from a file as [`Logo::from_bytes`] checks a new one,
    /// and that its id names its content.
    ///
    /// # Errors
    /// The [`LogoError`] saying what is wrong.
    pub fn check(&self) -> Result<(), LogoError> {
        // Four base64 characters per three bytes: refuse oversized data before
        // decoding it.
        if self.data.len() > MAX_LOGO_BYTES.div_ceil(3).saturating_mul(4) {
            return Err(LogoError::TooLarge(
                self.data.len().saturating_mul(3) / 4 / 1024,
            ));
        }
        let bytes = STANDARD
            .decode(self.data.as_bytes())
            .map_err(|_| LogoError::Damaged)?;
        let fresh = Logo::from_bytes(&bytes)?;
        if fresh.format != self.format {
            return Err(LogoError::NotAnImage);
        }
        if fresh.id != self.id {
            return Err(LogoError::WrongId);
        }
        Ok(())
    }

    /// The image's bytes (`None` if its base64 does not read, which a checked logo's
    /// always does): what a customer link carries.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        STANDARD.decode(self.data.as_bytes()).ok()
    }

    /// The logo as a `data:` URL for an `<img>`.
    pub fn data_url(&self) -> String {
        format!("data:{};base64,{}", self.format.media_type(), self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn a_logo_reads_back_and_checks() {
        let logo = Logo::from_bytes(PNG).unwrap();
        assert_eq!(logo.format, ImageFormat::Png);
        assert_eq!(logo.check(), Ok(()));
        assert!(
            logo.data_url()
                .starts_with("data:image/png;base64,iVBORw0KGgo")
        );
    }

    #[test]
    fn refusals_name_the_problem() {
        assert_eq!(
            Logo::from_bytes(b"<svg onload=alert(1)>"),
            Err(LogoError::NotAnImage)
        );
        let big = [PNG, &vec![0_u8; MAX_LOGO_BYTES]].concat();
        assert!(matches!(
            Logo::from_bytes(&big),
            Err(LogoError::TooLarge(_))
        ));
        let mut tampered = Logo::from_bytes(PNG).unwrap();
        tampered.id = logo_id(b"other");
        assert_eq!(tampered.check(), Err(LogoError::WrongId));
        tampered.data = "***".into();
        assert_eq!(tampered.check(), Err(LogoError::Damaged));
        let mut disguised = Logo::from_bytes(PNG).unwrap();
        disguised.format = ImageFormat::Jpeg;
        assert_eq!(disguised.check(), Err(LogoError::NotAnImage));
    }
}
