//! Checks on a PNG the app wrote: its size, and that it shows the app's colours, not a blank or
//! garbled window.

use std::path::Path;

use anyhow::{Context as _, bail};

use crate::util;

/// A decoded RGBA image.
pub struct Image {
    pub width: u32,
    pub height: u32,
    rgba: Vec<u8>,
}

pub fn decode(path: &Path) -> anyhow::Result<Image> {
    let bytes = util::read(path)?;
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
    let mut reader = decoder
        .read_info()
        .with_context(|| format!("{} is not a PNG", path.display()))?;
    let size = reader.output_buffer_size().context("PNG too large")?;
    let mut buffer = vec![0; size];
    let info = reader
        .next_frame(&mut buffer)
        .with_context(|| format!("cannot decode {}", path.display()))?;
    if info.bit_depth != png::BitDepth::Eight || info.color_type != png::ColorType::Rgba {
        bail!(
            "{}: expected 8-bit RGBA, found {:?} {:?}",
            path.display(),
            info.bit_depth,
            info.color_type
        );
    }
    buffer.truncate(info.buffer_size());
    Ok(Image {
        width: info.width,
        height: info.height,
        rgba: buffer,
    })
}

impl Image {
    fn pixels(&self) -> impl Iterator<Item = [u8; 4]> + '_ {
        self.rgba.chunks_exact(4).map(|p| [p[0], p[1], p[2], p[3]])
    }

    /// Share of pixels within `tolerance` (per channel) of `colour`.
    pub fn share_near(&self, colour: [u8; 3], tolerance: u8) -> f64 {
        let total = (self.width as usize * self.height as usize).max(1);
        let near = self
            .pixels()
            .filter(|p| (0..3).all(|i| p[i].abs_diff(colour[i]) <= tolerance))
            .count();
        near as f64 / total as f64
    }

    /// Number of distinct colours (opaque RGB), capped at `cap`.
    pub fn distinct_colours(&self, cap: usize) -> usize {
        let mut seen = std::collections::HashSet::new();
        for p in self.pixels() {
            seen.insert([p[0], p[1], p[2]]);
            if seen.len() >= cap {
                break;
            }
        }
        seen.len()
    }

    /// Whether some pixel is "strongly coloured": a chart line, not grey text.
    pub fn has_saturated(&self) -> bool {
        self.pixels().any(|p| {
            let max = p[0].max(p[1]).max(p[2]);
            let min = p[0].min(p[1]).min(p[2]);
            max - min > 100
        })
    }
}

/// A screenshot or chart looks right: `width`×`height`, mostly the light theme's background,
/// with text and a coloured chart on it.
pub fn check_light(path: &Path, width: u32, height: u32, background: [u8; 3]) -> anyhow::Result<String> {
    let image = decode(path)?;
    if (image.width, image.height) != (width, height) {
        bail!(
            "{}: {}x{}, expected {width}x{height}",
            path.display(),
            image.width,
            image.height
        );
    }
    let share = image.share_near(background, 12);
    if share < 0.3 {
        bail!(
            "{}: only {:.0}% of pixels are the light background {background:?}",
            path.display(),
            share * 100.0
        );
    }
    let colours = image.distinct_colours(1000);
    if colours < 50 {
        bail!(
            "{}: only {colours} distinct colours: blank or unrendered",
            path.display()
        );
    }
    if !image.has_saturated() {
        bail!(
            "{}: no strongly coloured pixel: the chart is missing",
            path.display()
        );
    }
    Ok(format!(
        "{width}x{height}, {:.0}% background, {colours}+ colours",
        share * 100.0
    ))
}
