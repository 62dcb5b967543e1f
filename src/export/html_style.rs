//! The HTML guide's style sheet, from the app's colour tokens (the page looks like the window in
//! the theme chosen).

use egui::Color32;

use crate::tokens::Tokens;

fn css_color(color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    if a == 255 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("rgba({r},{g},{b},{:.3})", f32::from(a) / 255.0)
    }
}

/// The page's CSS in the colours of `tokens`.
pub(super) fn style(tokens: &Tokens) -> String {
    format!(
        ":root {{ color-scheme: {scheme}; }}
body {{ margin: 0; background: {bg}; color: {text};
  font: 16px/1.55 Ubuntu, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; }}
main {{ max-width: 980px; margin: 0 auto; padding: 24px 20px 64px; }}
h1, h2, h3 {{ color: {strong}; line-height: 1.25; }}
h1 {{ font-size: 2em; margin-bottom: 0.3em; }}
h2 {{ font-size: 1.5em; margin-top: 2em; border-bottom: 1px solid {stroke}; padding-bottom: 0.2em; }}
h3 {{ font-size: 1.15em; margin-top: 1.4em; }}
a {{ color: {accent}; }}
nav ol {{ columns: 2; }}
.summary {{ font-size: 1.1em; }}
.source, figcaption {{ color: {muted}; font-size: 0.88em; }}
.note {{ background: {note}; padding: 6px 10px; border-radius: 6px; }}
dl.facts {{ display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; background: {card};
  border: 1px solid {stroke}; border-radius: 8px; padding: 14px 18px; }}
dl.facts dt {{ font-weight: bold; }}
dl.facts dd {{ margin: 0; }}
table {{ border-collapse: collapse; margin: 12px 0 4px; }}
th, td {{ padding: 6px 12px; border-bottom: 1px solid {stroke}; text-align: left; vertical-align: top; }}
th {{ color: {strong}; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
figure {{ margin: 20px 0; }}
figure svg {{ display: block; max-width: 100%; height: auto; border: 1px solid {stroke}; border-radius: 6px; }}
",
        scheme = if tokens.dark { "dark" } else { "light" },
        bg = css_color(tokens.background()),
        text = css_color(tokens.text),
        strong = css_color(tokens.text_strong),
        muted = css_color(tokens.text_muted),
        accent = css_color(tokens.accent),
        stroke = css_color(tokens.card_stroke),
        card = css_color(tokens.card_fill),
        note = css_color(tokens.note_fill),
    )
}
