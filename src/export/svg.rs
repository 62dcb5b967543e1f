//! A small SVG writer: shapes and text with escaped content, nothing else. Text stays text.

use std::fmt::Write as _;

use egui::Color32;

use super::font;

/// Escapes `text` for XML character data and attribute values.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids are dropped rather than written.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A number for an attribute: two decimals at most, no trailing zeros.
fn num(value: f32) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// A `points` attribute's value: "x,y x,y …".
fn points_attr(points: &[[f32; 2]]) -> String {
    let coords: Vec<String> = points
        .iter()
        .map(|[x, y]| format!("{},{}", num(*x), num(*y)))
        .collect();
    coords.join(" ")
}

/// `fill="#rrggbb"` plus an opacity where the colour is translucent.
fn paint(attr: &str, color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let mut out = format!("{attr}=\"#{r:02x}{g:02x}{b:02x}\"");
    if a < 255 {
        let _ = write!(out, " {attr}-opacity=\"{}\"", num(f32::from(a) / 255.0));
    }
    out
}

/// Horizontal alignment of text at its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn attr(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Middle => "middle",
            Self::End => "end",
        }
    }
}

/// How a piece of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    pub color: Color32,
    pub anchor: Anchor,
}

/// An SVG document being written.
#[derive(Debug)]
pub struct Svg {
    out: String,
}

impl Svg {
    /// Starts a document `width`×`height` px with a background, an accessible title and
    /// description; `id` prefixes element ids so several charts can share one HTML page.
    #[must_use]
    pub fn new(width: f32, height: f32, background: Color32, id: &str, title: &str, desc: &str) -> Self {
        let mut out = String::new();
        let id = escape(id);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
             role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"{family}\" font-weight=\"{weight}\">\n\
             <title id=\"{id}-title\">{title}</title>\n<desc id=\"{id}-desc\">{desc}</desc>\n",
            w = num(width),
            h = num(height),
            family = escape(font::SVG_FONT_FAMILY),
            weight = font::SVG_FONT_WEIGHT,
            title = escape(title),
            desc = escape(desc),
        );
        let mut svg = Self { out };
        svg.rect(0.0, 0.0, width, height, background, None);
        svg
    }

    /// A filled rectangle, optionally outlined (`(colour, width)`).
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Color32, stroke: Option<(Color32, f32)>) {
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}",
            num(x),
            num(y),
            num(w.max(0.0)),
            num(h.max(0.0)),
            paint("fill", fill)
        );
        if let Some((color, width)) = stroke {
            let _ = write!(
                self.out,
                " {} stroke-width=\"{}\"",
                paint("stroke", color),
                num(width)
            );
        }
        self.out.push_str("/>\n");
    }

    /// A straight line; `dash` gives dash and gap lengths.
    pub fn line(&mut self, from: [f32; 2], to: [f32; 2], color: Color32, width: f32, dash: Option<[f32; 2]>) {
        let _ = write!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {} stroke-width=\"{}\"",
            num(from[0]),
            num(from[1]),
            num(to[0]),
            num(to[1]),
            paint("stroke", color),
            num(width)
        );
        if let Some([on, off]) = dash {
            let _ = write!(self.out, " stroke-dasharray=\"{} {}\"", num(on), num(off));
        }
        self.out.push_str("/>\n");
    }

    /// An open polyline with round joins.
    pub fn polyline(&mut self, points: &[[f32; 2]], color: Color32, width: f32) {
        let _ = writeln!(
            self.out,
            "<polyline points=\"{}\" fill=\"none\" {} stroke-width=\"{}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>",
            points_attr(points),
            paint("stroke", color),
            num(width)
        );
    }

    /// A closed, filled shape with an outline.
    pub fn polygon(&mut self, points: &[[f32; 2]], fill: Color32, stroke: (Color32, f32)) {
        let _ = writeln!(
            self.out,
            "<polygon points=\"{}\" {} {} stroke-width=\"{}\" stroke-linejoin=\"round\"/>",
            points_attr(points),
            paint("fill", fill),
            paint("stroke", stroke.0),
            num(stroke.1)
        );
    }

    /// A filled circle with an outline.
    pub fn circle(&mut self, center: [f32; 2], radius: f32, fill: Color32, stroke: (Color32, f32)) {
        let _ = writeln!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {} {} stroke-width=\"{}\"/>",
            num(center[0]),
            num(center[1]),
            num(radius),
            paint("fill", fill),
            paint("stroke", stroke.0),
            num(stroke.1)
        );
    }

    /// One line of text with its baseline at `y`.
    pub fn text(&mut self, x: f32, y: f32, style: TextStyle, content: &str) {
        let _ = writeln!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" {} text-anchor=\"{}\">{}</text>",
            num(x),
            num(y),
            num(style.size),
            paint("fill", style.color),
            style.anchor.attr(),
            escape(content)
        );
    }

    /// Lines of one text (a wrapped title or note), the first baseline at `y`: one `<text>` with a
    /// `<tspan>` per line, so the text reads as one piece.
    pub fn text_lines(&mut self, x: f32, y: f32, line_height: f32, style: TextStyle, lines: &[String]) {
        if lines.is_empty() {
            return;
        }
        let _ = write!(
            self.out,
            "<text font-size=\"{}\" {} text-anchor=\"{}\">",
            num(style.size),
            paint("fill", style.color),
            style.anchor.attr(),
        );
        for (i, line) in lines.iter().enumerate() {
            // A space ends every line but the last, so the lines join into the original text.
            let space = if i + 1 < lines.len() { " " } else { "" };
            let _ = write!(
                self.out,
                "<tspan x=\"{}\" y=\"{}\">{}{space}</tspan>",
                num(x),
                num(y + i as f32 * line_height),
                escape(line)
            );
        }
        self.out.push_str("</text>\n");
    }

    /// Ends the document.
    #[must_use]
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("a < b & \"c\" > 'd'"),
            "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;"
        );
        assert_eq!(escape("x\u{1}y"), "xy");
        assert_eq!(escape("EUR 30,000 ≈ USD 32,000"), "EUR 30,000 ≈ USD 32,000");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(1.234_56), "1.23");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
    }

    #[test]
    fn translucent_colours_get_an_opacity() {
        assert_eq!(paint("fill", Color32::from_rgb(1, 2, 3)), "fill=\"#010203\"");
        let half = Color32::from_rgba_unmultiplied(255, 0, 0, 128);
        assert!(
            paint("fill", half).contains("fill-opacity=\"0.5\""),
            "{}",
            paint("fill", half)
        );
    }
}
