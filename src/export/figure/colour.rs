//! Colour maths for figures: series colours shaded to read as text, text colours readable on a fill.

use egui::Color32;

use crate::tokens::{Tokens, contrast_ratio};

/// A series colour darkened or lightened toward the text colour until it reads as text
/// (contrast at least 4.5:1 against the background).
pub(super) fn text_shade(color: Color32, tokens: &Tokens) -> Color32 {
    let background = tokens.background();
    let mut shade = color;
    for step in 1..=10u8 {
        if contrast_ratio(shade, background) >= 4.5 {
            break;
        }
        shade = lerp(color, tokens.text_strong, f32::from(step) / 10.0);
    }
    shade
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// Text colour readable on `fill`: the background or the strong text colour, whichever contrasts more.
pub(super) fn on_fill(fill: Color32, tokens: &Tokens) -> Color32 {
    let light = tokens.background();
    let dark = tokens.text_strong;
    let (a, b) = if tokens.dark { (dark, light) } else { (light, dark) };
    if contrast_ratio(a, fill) >= contrast_ratio(b, fill) {
        a
    } else {
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_shades_read_as_text() {
        for tokens in [Tokens::LIGHT, Tokens::DARK] {
            for color in [tokens.salary_median, tokens.salary_average] {
                let shade = text_shade(color, &tokens);
                assert!(contrast_ratio(shade, tokens.background()) >= 4.5);
            }
        }
    }
}
