//! Text normalization: the form every later stage sees.
//!
//! Vietnamese text often arrives decomposed (a base letter followed by combining marks), files
//! from Windows carry CRLF line ends, and some editors add a byte-order mark. All of these are
//! brought to one form — NFC, LF, no BOM — so that NFD, CRLF and BOM input give exactly the same
//! claims and offsets as clean text.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalizes article text: strips a BOM, turns CRLF and lone CR into LF, and composes to NFC.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text.into_owned(),
        _ => text.nfc().collect(),
    }
}

/// Normalizes a short metadata value: NFC, trimmed.
pub fn normalize_field(text: &str) -> String {
    normalize(text).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_vietnamese_is_composed() {
        let nfd = "Ngu\u{0079}\u{0302}\u{0303}n".nfd().collect::<String>();
        assert_ne!(nfd, "Nguyễn");
        let nfd2: String = "Nguyễn cho biết".nfd().collect();
        assert_eq!(normalize(&nfd2), "Nguyễn cho biết");
    }

    #[test]
    fn bom_and_crlf_read_as_plain_text() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc"), "a\nb\nc");
    }
}
