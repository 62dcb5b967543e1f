//! The one font exported charts use: egui's own Ubuntu Light, built into the program, so a PNG or
//! PDF looks the same on every machine. Also measures text as it is drawn: shaped by rustybuzz,
//! kerning and all, as krilla (the PDF) and usvg (the SVG figures) shape it.

use std::{
    collections::HashMap,
    sync::{Arc, LazyLock, Mutex},
};

use resvg::usvg::fontdb;

/// The font's bytes (egui's default proportional font).
pub const FONT_BYTES: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// The `font-family` written into SVG: the embedded font by name, then generic fallbacks for
/// viewers that do not have it (browsers showing a standalone SVG or the HTML guide).
pub const SVG_FONT_FAMILY: &str = "Ubuntu, 'Ubuntu Light', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/// The font weight written into SVG (the embedded face is Light).
pub const SVG_FONT_WEIGHT: u16 = 300;

/// Width of a character the font lacks, in ems; also the fallback if the font cannot be read.
const FALLBACK_ADVANCE_EM: f32 = 0.55;

static FACE: LazyLock<Option<ttf_parser::Face<'static>>> =
    LazyLock::new(|| ttf_parser::Face::parse(FONT_BYTES, 0).ok());

/// The face as rustybuzz shapes it; krilla builds its own from the same bytes and index.
static SHAPER: LazyLock<Option<rustybuzz::Face<'static>>> =
    LazyLock::new(|| rustybuzz::Face::from_slice(FONT_BYTES, 0));

static FONT_DB: LazyLock<Arc<fontdb::Database>> = LazyLock::new(|| {
    let mut db = fontdb::Database::new();
    db.load_font_data(FONT_BYTES.to_vec());
    let family = db
        .faces()
        .next()
        .and_then(|face| face.families.first())
        .map(|(name, _)| name.clone());
    if let Some(family) = family {
        // Whatever family the SVG names, anything that falls back lands on the embedded font.
        db.set_sans_serif_family(family.clone());
        db.set_serif_family(family.clone());
        db.set_monospace_family(family.clone());
        db.set_cursive_family(family.clone());
        db.set_fantasy_family(family);
    }
    Arc::new(db)
});

/// A font database holding only the embedded font; no system fonts are ever loaded.
#[must_use]
pub fn font_database() -> Arc<fontdb::Database> {
    Arc::clone(&FONT_DB)
}

/// The family name of the embedded font as the font database knows it.
#[must_use]
pub fn family_name() -> String {
    FONT_DB
        .faces()
        .next()
        .and_then(|face| face.families.first())
        .map_or_else(|| "sans-serif".to_owned(), |(name, _)| name.clone())
}

/// Widths already shaped, in font units: layouts measure the same words again and again (each
/// printed document is laid out more than once), and shaping is the costly part.
static SHAPED: LazyLock<Mutex<HashMap<String, i64>>> = LazyLock::new(Mutex::default);

/// At most this many widths are kept; past it the cache starts again (text from an edited data
/// folder can only add to it).
const SHAPED_MAX: usize = 100_000;

/// Width of `text` set in the embedded font at `size` pixels (or points), as shaped by rustybuzz
/// the way krilla shapes what it draws (default features, direction and script guessed from the
/// text): the sum of the glyphs' advances after kerning.
#[must_use]
pub fn text_width(text: &str, size: f32) -> f32 {
    let Some(face) = SHAPER.as_ref() else {
        return text.chars().count() as f32 * FALLBACK_ADVANCE_EM * size;
    };
    let cached = SHAPED.lock().ok().and_then(|widths| widths.get(text).copied());
    let units = cached.unwrap_or_else(|| {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(face, &[], buffer);
        let units = shaped
            .glyph_positions()
            .iter()
            .map(|p| i64::from(p.x_advance))
            .sum();
        if let Ok(mut widths) = SHAPED.lock() {
            if widths.len() >= SHAPED_MAX {
                widths.clear();
            }
            widths.insert(text.to_owned(), units);
        }
        units
    });
    units as f32 / face.units_per_em().max(1) as f32 * size
}

/// Height of capital letters above the baseline at `size` pixels, to centre text on a point.
#[must_use]
pub fn cap_height(size: f32) -> f32 {
    FACE.as_ref()
        .and_then(|face| {
            let units = f32::from(face.units_per_em().max(1));
            face.capital_height().map(|h| f32::from(h) / units * size)
        })
        .unwrap_or(0.7 * size)
}

/// The characters of `text` the embedded font has no glyph for.
#[must_use]
pub fn missing_glyphs(text: &str) -> Vec<char> {
    let Some(face) = FACE.as_ref() else {
        return text.chars().filter(|c| !c.is_whitespace()).collect();
    };
    let mut missing: Vec<char> = text
        .chars()
        .filter(|&c| !c.is_control() && face.glyph_index(c).is_none())
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

/// Splits `text` into lines no wider than `max_width` at `size`, where the Unicode rules allow a
/// break (a word wider than that gets a line to itself).
#[must_use]
pub fn wrap(text: &str, size: f32, max_width: f32) -> Vec<String> {
    super::wrap::lines(&[(text, size)], |size| size, max_width)
        .into_iter()
        .map(|line| {
            let text: String = line.into_iter().map(|piece| piece.text).collect();
            text.trim_end().to_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_font_loads_and_measures() {
        assert_eq!(font_database().faces().count(), 1);
        assert_ne!(family_name(), "sans-serif");
        let narrow = text_width("ii", 20.0);
        let wide = text_width("MM", 20.0);
        assert!(narrow > 0.0 && wide > narrow, "{narrow} {wide}");
        assert!((text_width("abc", 40.0) - 2.0 * text_width("abc", 20.0)).abs() < 0.01);
        assert!(cap_height(20.0) > 10.0 && cap_height(20.0) < 20.0);
    }

    #[test]
    fn wraps_at_word_boundaries() {
        let lines = wrap(
            "Junior Medical Technician",
            20.0,
            text_width("Junior Medical", 20.0) + 1.0,
        );
        assert_eq!(lines, ["Junior Medical", "Technician"]);
        assert_eq!(wrap("", 20.0, 100.0), Vec::<String>::new());
        assert_eq!(wrap("Supercalifragilistic", 20.0, 5.0), ["Supercalifragilistic"]);
    }
}
