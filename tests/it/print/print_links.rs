//! The printed guide's contents: each entry lists the page its section lands on, and is a link
//! (tagged, described) to its heading there, where the bookmark with the same title goes too.

#![expect(clippy::expect_used, reason = "a test with broken set-up should stop loudly")]

use crate::common;
use crate::common::data::shown;

use common::{
    data::guide,
    pdf::{deref, squash},
};
use lopdf::{Document, Object};
use medtech_guide::export::pdf::{self, Paper};

#[test]
fn guide_contents_list_the_pages_the_sections_land_on() {
    let guide = guide();
    let layout = pdf::guide::layout(&shown(&guide), Paper::A4);
    for anchor in &layout.anchors {
        let (page, _) = anchor.at.expect("every heading is placed");
        assert!(page >= 2, "{} lands before the contents", anchor.title);
    }
    let pages =
        pdf_extract::extract_text_from_mem_by_pages(&pdf::guide_pdf(&shown(&guide), Paper::A4).expect("PDF"))
            .expect("text by page");
    // Each section title appears on the page the contents give for it.
    for anchor in layout.anchors.iter().filter(|a| a.level == 1) {
        let (page, _) = anchor.at.expect("placed");
        let text = squash(pages.get(page).expect("the page exists"));
        assert!(
            text.contains(&squash(&anchor.title)),
            "{} is not on page {}",
            anchor.title,
            page + 1
        );
    }
}

/// A link annotation read back: the page it is on, where it goes (page and distance from the
/// page's top), its description, and whether it names its place in the structure tree.
#[derive(Debug)]
struct LinkOut {
    on: usize,
    to: usize,
    top: f32,
    alt: String,
    tagged: bool,
}

/// Page index and distance from the top of an XYZ destination (`[page /XYZ left top zoom]`).
fn xyz(doc: &Document, pages: &[lopdf::ObjectId], dest: &Object) -> (usize, f32) {
    let dest = deref(doc, dest).as_array().expect("a destination array");
    assert_eq!(
        dest.get(1).and_then(|o| o.as_name().ok()),
        Some(b"XYZ".as_slice()),
        "an XYZ destination: {dest:?}"
    );
    let page_id = dest.first().and_then(|o| o.as_reference().ok()).expect("a page");
    let page = pages
        .iter()
        .position(|p| *p == page_id)
        .expect("a page of this document");
    let height = doc
        .get_dictionary(page_id)
        .and_then(|p| p.get(b"MediaBox"))
        .and_then(Object::as_array)
        .ok()
        .and_then(|b| b.get(3))
        .and_then(|h| h.as_float().ok())
        .expect("a media box");
    let y = dest.get(3).and_then(|y| y.as_float().ok()).expect("a top");
    (page, height - y)
}

/// Every link annotation, page by page.
fn links(doc: &Document) -> Vec<LinkOut> {
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let mut out = Vec::new();
    for (on, page) in pages.iter().enumerate() {
        for annotation in doc.get_page_annotations(*page).expect("annotations") {
            if annotation.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Link".as_slice()) {
                continue;
            }
            let (to, top) = xyz(doc, &pages, annotation.get(b"Dest").expect("a destination"));
            out.push(LinkOut {
                on,
                to,
                top,
                alt: annotation
                    .get_deref(b"Contents", doc)
                    .ok()
                    .and_then(|o| lopdf::decode_text_string(o).ok())
                    .unwrap_or_default(),
                tagged: annotation.get(b"StructParent").is_ok(),
            });
        }
    }
    out
}

/// The outline's entries in reading order: title and where each goes.
fn outline(doc: &Document) -> Vec<(String, usize, f32)> {
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let root = doc
        .catalog()
        .and_then(|c| c.get_deref(b"Outlines", doc))
        .and_then(Object::as_dict)
        .expect("an outline");
    let mut out = Vec::new();
    // Depth first, children before the next sibling.
    let mut stack: Vec<&Object> = root.get(b"First").into_iter().collect();
    while let Some(item) = stack.pop() {
        let entry = deref(doc, item).as_dict().expect("an outline entry");
        let title = entry
            .get_deref(b"Title", doc)
            .ok()
            .and_then(|o| lopdf::decode_text_string(o).ok())
            .unwrap_or_default();
        let (page, top) = xyz(doc, &pages, entry.get(b"Dest").expect("a destination"));
        out.push((title, page, top));
        stack.extend(entry.get(b"Next"));
        stack.extend(entry.get(b"First"));
    }
    out
}

/// How many Link elements the structure tree has, and how many of them hold an annotation.
fn link_elements(doc: &Document) -> (usize, usize) {
    let is_objr = |o: &Object| {
        deref(doc, o)
            .as_dict()
            .is_ok_and(|d| d.get(b"Type").and_then(Object::as_name).ok() == Some(b"OBJR".as_slice()))
    };
    let elements: Vec<&lopdf::Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").and_then(Object::as_name).ok() == Some(b"Link".as_slice()))
        .collect();
    let with_annotation = elements
        .iter()
        .filter(|d| match d.get(b"K").map(|k| deref(doc, k)) {
            Ok(Object::Array(kids)) => kids.iter().any(is_objr),
            Ok(kid) => is_objr(kid),
            Err(_) => false,
        })
        .count();
    (elements.len(), with_annotation)
}

#[test]
fn every_contents_entry_links_to_its_heading() {
    let guide = guide();
    for paper in Paper::ALL {
        let bytes = pdf::guide_pdf(&shown(&guide), paper).expect("guide PDF");
        let layout = pdf::guide::layout(&shown(&guide), paper);
        let doc = Document::load_mem(&bytes).expect("a PDF lopdf can read");
        let links = links(&doc);
        // The contents sit between the title page and the first section.
        let first_section = layout
            .anchors
            .first()
            .and_then(|a| a.at)
            .map(|(page, _)| page)
            .expect("a placed heading");
        assert_eq!(
            links.len(),
            layout.anchors.len(),
            "{paper:?}: one link per contents entry: {links:?}"
        );
        let text_by_page = pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("text by page");
        let outline = outline(&doc);
        assert_eq!(
            outline.len(),
            links.len(),
            "{paper:?}: the outline has every entry"
        );
        for ((link, anchor), (bookmark, bookmark_page, bookmark_top)) in
            links.iter().zip(&layout.anchors).zip(&outline)
        {
            let (page, top) = anchor.at.expect("placed");
            assert!(
                (1..first_section).contains(&link.on),
                "{paper:?}: the link to {} is on page {}, not a contents page",
                anchor.title,
                link.on + 1
            );
            assert_eq!(
                (link.to, bookmark.as_str()),
                (page, anchor.title.as_str()),
                "{paper:?}: the entry for {} goes to page {}",
                anchor.title,
                link.to + 1
            );
            assert!(
                (link.top - top).abs() < 0.5,
                "{paper:?}: {} is at {top} pt, the link goes to {} pt",
                anchor.title,
                link.top
            );
            assert_eq!(
                (*bookmark_page, bookmark_top.round()),
                (link.to, link.top.round()),
                "{paper:?}: the bookmark and the link to {} differ",
                anchor.title
            );
            let text = squash(text_by_page.get(link.to).expect("the page exists"));
            assert!(
                text.contains(&squash(&anchor.title)),
                "{paper:?}: the link to {} goes to page {}, which does not show it",
                anchor.title,
                link.to + 1
            );
            assert!(
                link.alt.contains(&anchor.title) && link.alt.contains(&(page + 1).to_string()),
                "{paper:?}: the link's description {:?}",
                link.alt
            );
            assert!(
                link.tagged,
                "{paper:?}: the link to {} is not in the structure tree",
                anchor.title
            );
        }
        assert_eq!(
            link_elements(&doc),
            (links.len(), links.len()),
            "{paper:?}: Link elements, and those holding their annotation"
        );
    }
}
