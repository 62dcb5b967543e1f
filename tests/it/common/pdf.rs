//! Printed documents read back: text with whitespace collapsed, and lopdf objects resolved.

use lopdf::{Document, Object};

/// Whitespace collapsed, so text wrapped across lines still matches.
#[must_use]
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The whole text of the PDF `bytes`, whitespace collapsed.
#[must_use]
pub fn text_of(bytes: &[u8]) -> String {
    squash(&pdf_extract::extract_text_from_mem(bytes).unwrap_or_else(|e| panic!("extractable text: {e}")))
}

/// `object`, or what it refers to.
#[must_use]
pub fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object)
        .map_or_else(|e| panic!("a resolvable object: {e}"), |(_, o)| o)
}
