//! SVG to pixels (resvg) and to PDF (krilla-svg), with the embedded font only.

use resvg::{tiny_skia, usvg};

use super::{ExportError, font};

/// Parses SVG text we wrote into a usvg tree, with text shaped in the embedded font.
pub fn parse(svg: &str) -> Result<usvg::Tree, ExportError> {
    let options = usvg::Options {
        fontdb: font::font_database(),
        font_family: font::family_name(),
        ..usvg::Options::default()
    };
    Ok(usvg::Tree::from_str(svg, &options)?)
}

/// Renders `svg` to straight (not premultiplied) RGBA pixels of exactly `width`×`height`.
pub fn rgba(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, ExportError> {
    let tree = parse(svg)?;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(ExportError::ImageTooLarge { width, height })?;
    let size = tree.size();
    let transform =
        tiny_skia::Transform::from_scale(width as f32 / size.width(), height as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    let mut pixels = pixmap.take();
    for pixel in pixels.chunks_exact_mut(4) {
        let alpha = pixel[3];
        if alpha != 0 && alpha != 255 {
            for channel in &mut pixel[..3] {
                *channel =
                    ((u16::from(*channel) * 255 + u16::from(alpha) / 2) / u16::from(alpha)).min(255) as u8;
            }
        }
    }
    Ok(pixels)
}

/// Encodes straight RGBA pixels as PNG, with the chart's title as a text chunk.
pub fn png(pixels: &[u8], width: u32, height: u32, title: &str) -> Result<Vec<u8>, ExportError> {
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_source_srgb(png::SrgbRenderingIntent::Perceptual);
        encoder.add_text_chunk("Title".to_owned(), title.to_owned())?;
        encoder.add_text_chunk("Software".to_owned(), "medtech-guide".to_owned())?;
        let mut writer = encoder.write_header()?;
        writer.write_image_data(pixels)?;
        writer.finish()?;
    }
    Ok(bytes)
}

/// Converts `svg` to a one-page vector PDF of `width`×`height` CSS pixels (96 per inch), text
/// embedded as text in a subset of the embedded font, with `title` as the document title.
pub fn pdf(svg: &str, width: u32, height: u32, title: &str) -> Result<Vec<u8>, ExportError> {
    use krilla::{Document, geom::Size, metadata::Metadata, page::PageSettings};
    use krilla_svg::{SurfaceExt as _, SvgSettings};

    let tree = parse(svg)?;
    // 96 CSS pixels to the inch, 72 points.
    let (page_w, page_h) = (width as f32 * 0.75, height as f32 * 0.75);
    let size = Size::from_wh(page_w, page_h).ok_or(ExportError::NoArea {
        width: page_w,
        height: page_h,
    })?;
    let mut document = Document::new();
    {
        let mut page = document.start_page_with(PageSettings::new(size));
        let mut surface = page.surface();
        surface
            .draw_svg(&tree, size, SvgSettings::default())
            .ok_or(ExportError::ChartInPdf)?;
        surface.finish();
        page.finish();
    }
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .creator("medtech-guide".to_owned())
            .producer("medtech-guide (krilla)".to_owned()),
    );
    document.finish().map_err(ExportError::Pdf)
}
