//! Wide and narrow windows: on a wide one the charts use the room beside the reading column while
//! its text keeps a readable line (about 70–90 characters); on a narrow one or at 200 % the
//! charts keep within the visible panel.

use crate::common::app::{opened_with, plot_rect};

use egui::Shape;
use egui_kittest::Harness;
use medtech_guide::{app::GuideApp, state::UiState, tokens::size};

/// Each wrapped paragraph of body text (three lines or more): its width and its lines' lengths
/// in characters, the last line (often short) left out.
fn paragraphs(harness: &Harness<'static, GuideApp>) -> Vec<(f32, Vec<usize>)> {
    fn walk(shape: &Shape, out: &mut Vec<(f32, Vec<usize>)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(text) => {
                let body = text
                    .galley
                    .job
                    .sections
                    .first()
                    .is_some_and(|s| (s.format.font_id.size - size::BODY).abs() < 0.01);
                let rows = &text.galley.rows;
                if body && rows.len() >= 3 {
                    let lengths = rows[..rows.len() - 1].iter().map(|r| r.glyphs.len()).collect();
                    out.push((text.galley.rect.width(), lengths));
                }
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

#[test]
fn on_a_wide_window_charts_use_the_room_and_text_keeps_a_readable_line() {
    for (section, chart) in [("salary", "Step chart"), ("global", "Horizontal range bars")] {
        let harness = opened_with(section, [2400.0, 4000.0], 1.0, UiState::default());
        let paragraphs = paragraphs(&harness);
        assert!(!paragraphs.is_empty(), "{section}: paragraphs of body text");
        let widest_text = paragraphs.iter().map(|(w, _)| *w).fold(0.0, f32::max);
        let lines: Vec<usize> = paragraphs.iter().flat_map(|(_, l)| l.iter().copied()).collect();
        let longest = lines.iter().copied().max().unwrap_or_default();
        let mean = lines.iter().sum::<usize>() / lines.len().max(1);
        assert!(
            (60..=92).contains(&longest) && (65..=88).contains(&mean),
            "{section}: lines of {mean} characters on average, {longest} at most, {widest_text} wide"
        );
        let plot = plot_rect(&harness, chart);
        assert!(
            plot.width() > widest_text + 200.0,
            "{section}: the chart ({} wide) uses the room beside the text ({widest_text} wide)",
            plot.width()
        );
    }
}

#[test]
fn on_a_narrow_window_or_at_200_percent_the_charts_stay_in_view() {
    for (size, zoom) in [([640.0, 480.0], 1.0), ([1280.0, 800.0], 2.0)] {
        for (section, chart) in [("salary", "Step chart"), ("global", "Horizontal range bars")] {
            let harness = opened_with(section, size, zoom, UiState::default());
            let screen = harness.ctx.content_rect();
            let plot = plot_rect(&harness, chart);
            assert!(
                plot.left() >= screen.left() && plot.right() <= screen.right(),
                "{section} at {size:?} ×{zoom}: the chart {plot:?} within the window {screen:?}"
            );
        }
    }
}

/// At 2560×1440 the four key facts stand in one row of four (using the room beside the column,
/// as the charts do), not a narrow two-by-two grid (issue 22 item 14); at 800×600 they still
/// fall to two by two.
#[test]
fn key_facts_stand_four_across_on_a_wide_window() {
    let tops = |size: [f32; 2]| -> Vec<f32> {
        let harness = opened_with("overview", size, 1.0, UiState::default());
        let labels = [
            "Median salary",
            "Salary range",
            "Growth outlook",
            "Annual openings",
        ];
        let mut tops: Vec<f32> = crate::common::paint::painted_texts(&harness)
            .into_iter()
            .filter(|t| labels.contains(&t.text.as_str()))
            .map(|t| t.rect.top().round())
            .collect();
        tops.sort_by(f32::total_cmp);
        tops
    };
    let wide = tops([2560.0, 1440.0]);
    assert_eq!(wide.len(), 4, "four key-fact cards: {wide:?}");
    assert!(wide[3] - wide[0] < 1.0, "one row at 2560×1440: {wide:?}");
    let narrow = tops([800.0, 600.0]);
    assert_eq!(narrow.len(), 4, "{narrow:?}");
    assert!(narrow[3] - narrow[0] > 50.0, "two rows at 800×600: {narrow:?}");
}
