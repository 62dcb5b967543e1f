//! A laid-out page as an image: the page's operations written as SVG (charts nested as their own
//! SVG) and rendered with resvg in the embedded font, so the PNG handout matches the PDF.

use std::fmt::Write as _;

use egui::Color32;

use super::doc::{Op, Page, PageSize};
use crate::export::{ExportError, font, render, svg::escape};

fn color(colour: Color32) -> String {
    let [r, g, b, a] = colour.to_srgba_unmultiplied();
    if a == 255 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("rgba({r},{g},{b},{:.3})", f32::from(a) / 255.0)
    }
}

/// The `width` attribute of an SVG document's root element.
fn svg_width(svg: &str) -> Option<f32> {
    let start = svg.find("<svg")?;
    let rest = svg.get(start..)?;
    let attr = rest.find(" width=\"")? + " width=\"".len();
    let value = rest.get(attr..)?;
    value.get(..value.find('"')?)?.parse().ok()
}

/// `page` as an SVG document in points.
#[must_use]
pub fn page_svg(page: &Page, size: PageSize) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"{family}\" font-weight=\"{weight}\">\n<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n",
        w = size.width,
        h = size.height,
        family = escape(font::SVG_FONT_FAMILY),
        weight = font::SVG_FONT_WEIGHT,
    );
    for placed in &page.ops {
        match &placed.op {
            Op::Text { x, y, text, style } => {
                let stroke = if style.bold {
                    format!(
                        " stroke=\"{}\" stroke-width=\"{}\"",
                        color(style.color),
                        style.bold_stroke()
                    )
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\" fill=\"{}\"{stroke} xml:space=\"preserve\">{}</text>",
                    style.size,
                    color(style.color),
                    escape(text)
                );
            }
            Op::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                let fill = fill.map_or_else(|| "none".to_owned(), color);
                let stroke = stroke.map_or_else(String::new, |(c, width)| {
                    format!(" stroke=\"{}\" stroke-width=\"{width}\"", color(c))
                });
                let _ = writeln!(
                    out,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{fill}\"{stroke}/>"
                );
            }
            Op::Line {
                from,
                to,
                color: c,
                width,
            } => {
                let _ = writeln!(
                    out,
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{width}\"/>",
                    from[0],
                    from[1],
                    to[0],
                    to[1],
                    color(*c)
                );
            }
            Op::Figure { x, y, w, svg, .. } => {
                let scale = svg_width(svg).map_or(1.0, |inner| w / inner);
                let _ = writeln!(
                    out,
                    "<g transform=\"translate({x} {y}) scale({scale})\">\n{svg}</g>"
                );
            }
            // A link is for the PDF's reader; an image has nothing to click.
            Op::Link { .. } => {}
        }
    }
    out.push_str("</svg>\n");
    out
}

/// `page` as a PNG `width_px` pixels wide, with `title` in its metadata.
pub fn png(page: &Page, size: PageSize, width_px: u32, title: &str) -> Result<Vec<u8>, ExportError> {
    let height_px = (width_px as f32 * size.height / size.width).round() as u32;
    let svg = page_svg(page, size);
    let pixels = render::rgba(&svg, width_px, height_px)?;
    render::png(&pixels, width_px, height_px, title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_root_width() {
        assert_eq!(
            svg_width("<svg xmlns=\"x\" width=\"1000\" height=\"5\">"),
            Some(1000.0)
        );
        assert_eq!(svg_width("<g/>"), None);
    }
}
