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

/// The first page's media box of the PDF `bytes`: `[x0, y0, x1, y1]` in points.
#[must_use]
pub fn media_box(bytes: &[u8]) -> Vec<f32> {
    let doc = Document::load_mem(bytes).unwrap_or_else(|e| panic!("a PDF: {e}"));
    let Some(page) = doc.get_pages().values().next().copied() else {
        panic!("a PDF with a page");
    };
    doc.get_dictionary(page)
        .and_then(|p| p.get(b"MediaBox"))
        .and_then(Object::as_array)
        .unwrap_or_else(|e| panic!("a media box: {e}"))
        .iter()
        .map(|n| n.as_float().unwrap_or_else(|e| panic!("a number: {e}")))
        .collect()
}
