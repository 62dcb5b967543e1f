//! Colour maths for figures: series colours shaded to read as text, text colours readable on a fill.

use egui::Color32;

use crate::tokens::{Tokens, contrast_ratio};

/// A series colour shaded to read as text ([`Tokens::text_shade`]).
pub(super) fn text_shade(color: Color32, tokens: &Tokens) -> Color32 {
    tokens.text_shade(color)
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
