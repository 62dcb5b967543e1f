//! What the last frame painted: every text shape with its rectangle and colour, for what the
//! accessibility tree does not carry (plot hover read-outs, colours).

use egui::{Color32, Rect, Shape};

/// One painted text.
#[derive(Debug, Clone)]
pub struct PaintedText {
    pub text: String,
    pub rect: Rect,
    pub color: Color32,
    /// What the text is clipped to.
    pub clip: Rect,
}

/// Every text painted in the harness's last frame.
#[must_use]
pub fn painted_texts<T>(harness: &egui_kittest::Harness<'_, T>) -> Vec<PaintedText> {
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, clipped.clip_rect, &mut out);
    }
    out
}

fn collect(shape: &Shape, clip: Rect, out: &mut Vec<PaintedText>) {
    match shape {
        Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, clip, out)),
        Shape::Text(text) => {
            let section = text
                .galley
                .job
                .sections
                .first()
                .map_or(Color32::PLACEHOLDER, |s| s.format.color);
            let color = text
                .override_text_color
                .unwrap_or(if section == Color32::PLACEHOLDER {
                    text.fallback_color
                } else {
                    section
                });
            out.push(PaintedText {
                text: text.galley.text().to_owned(),
                rect: text.visual_bounding_rect(),
                color,
                clip,
            });
        }
        _ => {}
    }
}

/// Every filled rectangle painted in the harness's last frame, with its fill colour.
#[must_use]
pub fn filled_rects<T>(harness: &egui_kittest::Harness<'_, T>) -> Vec<(Rect, Color32)> {
    fn walk(shape: &Shape, out: &mut Vec<(Rect, Color32)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Rect(rect) if rect.fill != Color32::TRANSPARENT => out.push((rect.rect, rect.fill)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// The rows of every centred text painted in the harness's last frame (captions, axis labels):
/// the whole text, then what each of its laid-out rows holds (where the layout wrapped it).
#[must_use]
pub fn centred_rows<T>(harness: &egui_kittest::Harness<'_, T>) -> Vec<(String, Vec<String>)> {
    fn walk(shape: &Shape, out: &mut Vec<(String, Vec<String>)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(text) if text.galley.job.halign == egui::Align::Center => {
                let rows = text
                    .galley
                    .rows
                    .iter()
                    .map(|row| row.row.glyphs.iter().map(|g| g.chr).collect())
                    .collect();
                out.push((text.galley.text().to_owned(), rows));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// Where the last frame painted the middle of the first `needle` inside a longer text (a word
/// in a paragraph), for pointing at it.
#[must_use]
pub fn position_of<T>(harness: &egui_kittest::Harness<'_, T>, needle: &str) -> Option<egui::Pos2> {
    fn walk(shape: &Shape, needle: &str) -> Option<egui::Pos2> {
        match shape {
            Shape::Vec(shapes) => shapes.iter().find_map(|s| walk(s, needle)),
            Shape::Text(text) => {
                let full = text.galley.text();
                let byte = full.find(needle)?;
                let start = full[..byte].chars().count();
                let middle = start + needle.chars().count() / 2;
                let cursor = egui::text::CCursor::new(middle);
                let rect = text.galley.pos_from_cursor(cursor);
                Some(text.pos + rect.center().to_vec2())
            }
            _ => None,
        }
    }
    harness
        .output()
        .shapes
        .iter()
        .find_map(|c| walk(&c.shape, needle))
}

/// The "found it" marks painted in the last frame (what a search result or a data-note link
/// opened): rectangles with the accent's thick outline.
#[must_use]
pub fn found_marks<T>(harness: &egui_kittest::Harness<'_, T>) -> Vec<Rect> {
    fn walk(shape: &Shape, accent: Color32, out: &mut Vec<Rect>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, accent, out)),
            Shape::Rect(rect) if rect.stroke.width >= 2.0 && rect.stroke.color == accent => {
                out.push(rect.rect);
            }
            _ => {}
        }
    }
    let accent = medtech_guide::tokens::Tokens::for_visuals(&harness.ctx.global_style().visuals).accent;
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, accent, &mut out);
    }
    out
}

/// Whether the last frame painted the keyboard-focus ring (egui's selection stroke) round
/// `rect`.
#[must_use]
pub fn focus_ring_around<T>(harness: &egui_kittest::Harness<'_, T>, rect: Rect) -> bool {
    let stroke = harness.ctx.global_style().visuals.selection.stroke;
    harness
        .output()
        .shapes
        .iter()
        .any(|clipped| match &clipped.shape {
            Shape::Rect(shape) => shape.stroke == stroke && shape.rect.contains_rect(rect),
            _ => false,
        })
}

/// The bounds of every filled path (a marker: a diamond, a triangle) painted in the harness's
/// last frame in `color`.
#[must_use]
pub fn filled_paths<T>(harness: &egui_kittest::Harness<'_, T>, color: Color32) -> Vec<Rect> {
    fn walk(shape: &Shape, color: Color32, out: &mut Vec<Rect>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, color, out)),
            Shape::Path(path) if path.fill == color => out.push(path.visual_bounding_rect()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, color, &mut out);
    }
    out
}
