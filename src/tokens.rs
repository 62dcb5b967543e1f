//! Design tokens: every colour, size and spacing the views use, named once.
//!
//! Chart colours follow the Okabe–Ito palette, which stays distinguishable for the common forms
//! of colour blindness; each is paired with a shade tuned for the light or dark background.

use egui::{Color32, Visuals};

/// Colours and sizes for one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tokens {
    pub dark: bool,
    /// Body text.
    pub text: Color32,
    /// Secondary text: sources, captions, units.
    pub text_muted: Color32,
    /// Headings and emphasised figures.
    pub text_strong: Color32,
    /// Links, selection, focus accents.
    pub accent: Color32,
    /// Background of a card (key facts, levels).
    pub card_fill: Color32,
    pub card_stroke: Color32,
    /// Background and text of the problems banner.
    pub warning_fill: Color32,
    pub warning_text: Color32,
    /// Background of data notes shown beside figures.
    pub note_fill: Color32,
    /// Match highlight in search results.
    pub highlight_fill: Color32,
    /// Chart series.
    pub salary_median: Color32,
    pub salary_average: Color32,
    pub reference_line: Color32,
    pub reference_band: Color32,
    pub level_highlight: Color32,
    pub region_bar: Color32,
    pub region_highlight: Color32,
    pub region_derived: Color32,
    /// The path chart's training period (a translucent band) and the reader's own pay (a marker).
    pub training_band: Color32,
    pub position: Color32,
    pub grid: Color32,
}

/// Layout sizes shared by the views (points).
pub mod size {
    /// Widest the reading column grows, for a comfortable line length: about 80 characters of
    /// body text, 90 at most (charts and wide tables may use the room beside it).
    pub const READING_WIDTH_MAX: f32 = 540.0;
    pub const SIDEBAR_WIDTH: f32 = 240.0;
    /// Narrowest reading column beside the sidebar: about 35 characters of body text and the
    /// column's margins. A window with less room folds the sidebar into a Sections menu.
    pub const READING_WIDTH_MIN: f32 = 290.0;
    pub const SECTION_TITLE: f32 = 26.0;
    pub const HEADING: f32 = 19.0;
    pub const SUBHEADING: f32 = 16.0;
    pub const BODY: f32 = 14.5;
    pub const SMALL: f32 = 12.0;
    pub const FIGURE: f32 = 22.0;
    pub const PARAGRAPH_GAP: f32 = 10.0;
    pub const BLOCK_GAP: f32 = 16.0;
    pub const HEADING_GAP: f32 = 22.0;
    pub const CARD_PADDING: i8 = 12;
    pub const CARD_ROUNDING: u8 = 8;
    /// A chart's plot where the reading panel has room for it (and its title and legend).
    pub const CHART_HEIGHT: f32 = 320.0;
    /// The lowest a chart's plot goes in a small window or at a large zoom: its axes still read.
    pub const CHART_HEIGHT_MIN: f32 = 160.0;
    /// Smallest window at which nothing overlaps.
    pub const WINDOW_MIN: [f32; 2] = [720.0, 480.0];
}

impl Tokens {
    pub const LIGHT: Self = Self {
        dark: false,
        text: Color32::from_rgb(0x2b, 0x2f, 0x36),
        text_muted: Color32::from_rgb(0x5a, 0x61, 0x6b),
        text_strong: Color32::from_rgb(0x10, 0x14, 0x1a),
        accent: Color32::from_rgb(0x00, 0x5f, 0x99),
        card_fill: Color32::from_rgb(0xf4, 0xf6, 0xf8),
        card_stroke: Color32::from_rgb(0xd5, 0xdb, 0xe1),
        warning_fill: Color32::from_rgb(0xfd, 0xf0, 0xd5),
        warning_text: Color32::from_rgb(0x5c, 0x3b, 0x00),
        note_fill: Color32::from_rgb(0xe8, 0xf1, 0xfa),
        highlight_fill: Color32::from_rgb(0xff, 0xe5, 0x8f),
        salary_median: Color32::from_rgb(0x00, 0x72, 0xb2),
        salary_average: Color32::from_rgb(0xd5, 0x5e, 0x00),
        reference_line: Color32::from_rgb(0x00, 0x7a, 0x57),
        reference_band: Color32::from_rgba_premultiplied(0x00, 0x14, 0x0e, 0x18),
        level_highlight: Color32::from_rgba_premultiplied(0x3a, 0x30, 0x00, 0x22),
        region_bar: Color32::from_rgb(0x56, 0x8f, 0xbf),
        region_highlight: Color32::from_rgb(0xd5, 0x5e, 0x00),
        region_derived: Color32::from_rgb(0xa3, 0xb9, 0xcc),
        training_band: Color32::from_rgba_premultiplied(0x12, 0x0c, 0x20, 0x22),
        position: Color32::from_rgb(0xa3, 0x45, 0x7a),
        grid: Color32::from_rgb(0xe2, 0xe6, 0xea),
    };

    pub const DARK: Self = Self {
        dark: true,
        text: Color32::from_rgb(0xd8, 0xdc, 0xe1),
        text_muted: Color32::from_rgb(0xa4, 0xac, 0xb6),
        text_strong: Color32::from_rgb(0xf4, 0xf6, 0xf8),
        accent: Color32::from_rgb(0x6c, 0xb6, 0xf0),
        card_fill: Color32::from_rgb(0x24, 0x28, 0x2e),
        card_stroke: Color32::from_rgb(0x3a, 0x40, 0x48),
        warning_fill: Color32::from_rgb(0x4a, 0x37, 0x0e),
        warning_text: Color32::from_rgb(0xff, 0xe3, 0xa8),
        note_fill: Color32::from_rgb(0x1d, 0x2c, 0x3b),
        highlight_fill: Color32::from_rgb(0x6b, 0x55, 0x00),
        salary_median: Color32::from_rgb(0x56, 0xb4, 0xe9),
        salary_average: Color32::from_rgb(0xe6, 0x9f, 0x00),
        reference_line: Color32::from_rgb(0x2e, 0xc4, 0x95),
        reference_band: Color32::from_rgba_premultiplied(0x0c, 0x31, 0x25, 0x40),
        level_highlight: Color32::from_rgba_premultiplied(0x2e, 0x2a, 0x12, 0x30),
        region_bar: Color32::from_rgb(0x56, 0xb4, 0xe9),
        region_highlight: Color32::from_rgb(0xe6, 0x9f, 0x00),
        region_derived: Color32::from_rgb(0x3e, 0x5f, 0x78),
        training_band: Color32::from_rgba_premultiplied(0x22, 0x1a, 0x40, 0x48),
        position: Color32::from_rgb(0xcc, 0x79, 0xa7),
        grid: Color32::from_rgb(0x33, 0x38, 0x3f),
    };

    /// The tokens for the visuals egui is using now.
    #[must_use]
    pub fn for_visuals(visuals: &Visuals) -> Self {
        if visuals.dark_mode {
            Self::DARK
        } else {
            Self::LIGHT
        }
    }

    /// The tokens for the theme of `ui`.
    #[must_use]
    pub fn of(ui: &egui::Ui) -> Self {
        Self::for_visuals(ui.visuals())
    }

    /// `color` (a series colour) darkened or lightened toward the strong text colour until it
    /// reads as text on the background (contrast at least 4.5:1): figures written in their
    /// series' colour, in the window and the exports alike.
    #[must_use]
    pub fn text_shade(&self, color: Color32) -> Color32 {
        let background = self.background();
        let mut shade = color;
        for step in 1..=10u8 {
            if contrast_ratio(shade, background) >= 4.5 {
                break;
            }
            shade = lerp(color, self.text_strong, f32::from(step) / 10.0);
        }
        shade
    }

    /// The panel background egui draws under our text, for contrast checks.
    #[must_use]
    pub fn background(&self) -> Color32 {
        if self.dark {
            Visuals::dark().panel_fill
        } else {
            Visuals::light().panel_fill
        }
    }
}

/// The macOS modifier symbols (⌘ ⌥ ⌃ ⇧), cut from `DejaVu Sans` (`assets/fonts/`): egui's fonts
/// lack them, and egui writes `⌘F` rather than `Cmd+F` only when its fonts can draw them.
const KEY_SYMBOLS_FONT: &[u8] = include_bytes!("../assets/fonts/keys.ttf");

/// Adds the key symbols to the window's fonts, after egui's own (only the four symbols come from
/// it, so no other text changes).
pub fn add_fonts(ctx: &egui::Context) {
    use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        "key-symbols",
        FontData::from_static(KEY_SYMBOLS_FONT),
        families,
    ));
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// WCAG 2 contrast ratio between two opaque colours (1.0 to 21.0).
#[must_use]
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG AA: 4.5:1 for body text. Ratios recorded so a palette change that lowers them shows up.
    #[test]
    fn text_pairs_meet_wcag_aa_in_both_themes() {
        for tokens in [Tokens::LIGHT, Tokens::DARK] {
            let bg = tokens.background();
            for (name, fg, on) in [
                ("text", tokens.text, bg),
                ("text_muted", tokens.text_muted, bg),
                ("text_strong", tokens.text_strong, bg),
                ("accent", tokens.accent, bg),
                ("text on card", tokens.text, tokens.card_fill),
                ("muted on card", tokens.text_muted, tokens.card_fill),
                ("warning", tokens.warning_text, tokens.warning_fill),
                ("text on note", tokens.text, tokens.note_fill),
                ("text on highlight", tokens.text, tokens.highlight_fill),
            ] {
                let ratio = contrast_ratio(fg, on);
                assert!(
                    ratio >= 4.5,
                    "{name} in dark={} has contrast {ratio:.2}",
                    tokens.dark
                );
            }
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        let r = contrast_ratio(Color32::BLACK, Color32::WHITE);
        assert!((r - 21.0).abs() < 0.01, "{r}");
    }
}
