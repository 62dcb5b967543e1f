//! Printed documents read back: text with whitespace collapsed, and lopdf objects resolved.

use std::collections::HashMap;

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

/// One line of text as drawn on a page: where its first glyph starts and where its last glyph's
/// advance ends (x, points from the left edge), its baseline (points from the bottom) and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnLine {
    pub page: u32,
    pub baseline: f64,
    pub start: f64,
    pub end: f64,
    pub text: String,
}

/// One glyph as the content stream places it.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    page: u32,
    x: f64,
    end: f64,
    baseline: f64,
}

/// The characters pdf-extract decodes, one entry a glyph, in content-stream order. (Its own
/// positions are not used: it misreads the `first last width` form of a CID font's `W` array.)
#[derive(Default)]
struct Chars(Vec<(u32, String)>, u32);

impl pdf_extract::OutputDev for Chars {
    fn begin_page(
        &mut self,
        page_num: u32,
        _media_box: &pdf_extract::MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.1 = page_num;
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        _trm: &pdf_extract::Transform,
        _width: f64,
        _spacing: f64,
        _font_size: f64,
        char: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        self.0.push((self.1, char.to_owned()));
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

fn number(object: &Object) -> f64 {
    object
        .as_float()
        .map_or_else(|_| object.as_i64().map_or(0.0, |n| n as f64), f64::from)
}

/// The glyph widths (thousandths of the font size) of a Type0 font, from its CID font's `W`
/// array in both of its forms (`first [w…]` and `first last w`), and its `DW`.
fn cid_widths(doc: &Document, font: &lopdf::Dictionary) -> (HashMap<u32, f64>, f64) {
    let mut widths = HashMap::new();
    let cid = font
        .get(b"DescendantFonts")
        .map(|d| deref(doc, d))
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| a.first())
        .map(|d| deref(doc, d))
        .and_then(|d| d.as_dict().ok());
    let Some(cid) = cid else {
        return (widths, 1000.0);
    };
    let default = cid.get(b"DW").map_or(1000.0, |d| number(deref(doc, d)));
    let w: Vec<Object> = cid
        .get(b"W")
        .map(|w| deref(doc, w))
        .and_then(Object::as_array)
        .cloned()
        .unwrap_or_default();
    let mut i = 0;
    while let Some(first) = w.get(i) {
        let first = number(first) as u32;
        match (w.get(i + 1), w.get(i + 2)) {
            (Some(Object::Array(list)), _) => {
                for (j, width) in list.iter().enumerate() {
                    widths.insert(first + j as u32, number(width));
                }
                i += 2;
            }
            (Some(last), Some(width)) => {
                for id in first..=number(last) as u32 {
                    widths.insert(id, number(width));
                }
                i += 3;
            }
            _ => break,
        }
    }
    (widths, default)
}

/// Multiplies two PDF matrices `[a b c d e f]`: `m` then `n`.
fn concat(m: [f64; 6], n: [f64; 6]) -> [f64; 6] {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// Every glyph the pages of `doc` show, placed by the text matrix, the advances of the font's
/// `W` array and the `TJ` adjustments (the operators krilla writes; two-byte codes).
fn glyphs(doc: &Document) -> Vec<Glyph> {
    let mut out = Vec::new();
    for (page, id) in doc.get_pages() {
        let fonts = doc
            .get_page_fonts(id)
            .unwrap_or_else(|e| panic!("page fonts: {e}"));
        let content = doc
            .get_page_content(id)
            .unwrap_or_else(|e| panic!("page content: {e}"));
        let ops = lopdf::content::Content::decode(&content).unwrap_or_else(|e| panic!("content: {e}"));
        let identity = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
        let (mut ctm, mut stack, mut tm) = (identity, Vec::new(), identity);
        let (mut size, mut widths) = (0.0, (HashMap::new(), 1000.0));
        for op in &ops.operations {
            let args: Vec<f64> = op.operands.iter().map(number).collect();
            let matrix = || -> [f64; 6] { std::array::from_fn(|i| args.get(i).copied().unwrap_or(0.0)) };
            match op.operator.as_str() {
                "q" => stack.push(ctm),
                "Q" => ctm = stack.pop().unwrap_or(identity),
                "cm" => ctm = concat(matrix(), ctm),
                "BT" => tm = identity,
                "Tm" => tm = matrix(),
                "Td" => tm = concat([1.0, 0.0, 0.0, 1.0, args[0], args[1]], tm),
                "Tf" => {
                    size = args.get(1).copied().unwrap_or(0.0);
                    let name = op
                        .operands
                        .first()
                        .and_then(|n| n.as_name().ok())
                        .unwrap_or_default();
                    widths = fonts
                        .get(name)
                        .map_or_else(|| (HashMap::new(), 1000.0), |f| cid_widths(doc, f));
                }
                "TJ" | "Tj" => {
                    let parts = match op.operands.first() {
                        Some(Object::Array(parts)) => parts.clone(),
                        Some(other) => vec![other.clone()],
                        None => Vec::new(),
                    };
                    for part in parts {
                        match part {
                            Object::String(bytes, _) => {
                                for code in bytes.chunks(2) {
                                    let cid = code.iter().fold(0u32, |n, b| n << 8 | u32::from(*b));
                                    let w = widths.0.get(&cid).copied().unwrap_or(widths.1) / 1000.0 * size;
                                    let at = concat(tm, ctm);
                                    let after = concat([1.0, 0.0, 0.0, 1.0, w, 0.0], tm);
                                    let end = concat(after, ctm);
                                    out.push(Glyph {
                                        page,
                                        x: at[4],
                                        end: end[4],
                                        baseline: at[5],
                                    });
                                    tm = after;
                                }
                            }
                            adjust => {
                                let dx = -number(&adjust) / 1000.0 * size;
                                tm = concat([1.0, 0.0, 0.0, 1.0, dx, 0.0], tm);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Every line of text in the PDF `bytes` as drawn, in content-stream order; pages count from 1.
/// Glyphs on one baseline drawn one after another make a line.
#[must_use]
pub fn drawn_lines(bytes: &[u8]) -> Vec<DrawnLine> {
    let doc = Document::load_mem(bytes).unwrap_or_else(|e| panic!("a PDF: {e}"));
    let mut chars = Chars::default();
    pdf_extract::output_doc(&doc, &mut chars).unwrap_or_else(|e| panic!("text drawn on the pages: {e}"));
    let glyphs = glyphs(&doc);
    assert_eq!(glyphs.len(), chars.0.len(), "one decoded character a glyph");
    let mut lines: Vec<DrawnLine> = Vec::new();
    for (glyph, (page, text)) in glyphs.iter().zip(chars.0) {
        assert_eq!(glyph.page, page, "glyphs and characters in the same order");
        match lines.last_mut() {
            Some(line) if line.page == page && (line.baseline - glyph.baseline).abs() < 0.01 => {
                line.start = line.start.min(glyph.x);
                line.end = line.end.max(glyph.end);
                line.text.push_str(&text);
            }
            _ => lines.push(DrawnLine {
                page,
                baseline: glyph.baseline,
                start: glyph.x,
                end: glyph.end,
                text,
            }),
        }
    }
    lines
}

/// The alternative text of every figure in the structure tree.
pub fn figure_alts(bytes: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(bytes).unwrap_or_else(|e| panic!("a PDF lopdf can read: {e}"));
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").and_then(Object::as_name).ok() == Some(b"Figure".as_slice()))
        .map(|d| {
            d.get_deref(b"Alt", &doc)
                .ok()
                .and_then(|o| lopdf::decode_text_string(o).ok())
                .unwrap_or_default()
        })
        .collect()
}
