//! The salary chart's figures as one table, the slider's level highlighted in it.

use crate::common;
use crate::common::app::{TALL, opened_with};

use common::paint::{filled_rects, painted_texts};
use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{app::GuideApp, chart::SortOrder, state::UiState, tokens::Tokens};

/// Remembered with the salary chart's data table shown.
fn with_data() -> UiState {
    let mut state = UiState::default();
    state.salary_chart.show_data = true;
    state
}

/// Whether the table row of the level `title` is painted in the chart's level highlight, across
/// the whole row (from its title to its last figure).
fn picked(harness: &Harness<'static, GuideApp>, title: &str) -> bool {
    let row = harness.get_by_role_and_label(Role::Label, title).rect();
    let highlights = [Tokens::LIGHT.level_highlight, Tokens::DARK.level_highlight];
    filled_rects(harness).iter().any(|(rect, fill)| {
        highlights.contains(fill)
            && rect.contains(row.center())
            && rect.left() <= row.left()
            && rect.height() < row.height() * 3.0
    })
}

#[test]
fn the_salary_section_shows_its_figures_in_one_table() {
    let harness = opened_with("salary", TALL, 1.0, with_data());
    assert_eq!(
        harness.query_all_by_label("Show data").count(),
        0,
        "the table follows the chart"
    );
    for value in ["$36,000", "$54,000", "$78,000"] {
        assert_eq!(
            harness.query_all_by_label(value).count(),
            1,
            "{value} in one table"
        );
    }
}

#[test]
fn the_slider_level_is_highlighted_in_the_table() {
    for section in ["salary", "career-path"] {
        let mut harness = opened_with(section, TALL, 1.0, with_data());
        assert!(
            picked(&harness, "Junior Medical Technician"),
            "{section}: 0 years"
        );
        harness
            .get_by_role_and_label(Role::Slider, "Years of experience")
            .set_value_accesskit(5.0);
        harness.run();
        assert!(
            picked(&harness, "Senior Medical Technician"),
            "{section}: 5 years"
        );
        assert!(
            !picked(&harness, "Junior Medical Technician"),
            "{section}: one level picked"
        );
    }
}

#[test]
fn the_world_table_follows_the_chart_order_and_says_footnotes_and_source_once() {
    let mut harness = opened_with("global", TALL, 1.0, with_data());
    harness.get_by_role_and_label(Role::Button, "Name").click();
    harness.run();
    assert_eq!(harness.state().state.global_chart.sort, SortOrder::Name);
    let chart = &harness.state().present.charts.global;
    let mut names: Vec<String> = chart.regions.iter().map(|r| r.name.clone()).collect();
    names.sort_by_key(|n| n.to_lowercase());
    // The table is below the chart: each name's lowest painted text is its table row.
    let texts = painted_texts(&harness);
    let tops: Vec<f32> = names
        .iter()
        .filter_map(|n| {
            texts
                .iter()
                .filter(|t| &t.text == n)
                .map(|t| t.rect.top())
                .max_by(f32::total_cmp)
        })
        .collect();
    assert!(
        tops.is_sorted(),
        "table rows in the chart's name order: {names:?} at {tops:?}"
    );

    let footnotes: Vec<String> = chart
        .regions
        .iter()
        .filter_map(medtech_guide::chart::RegionBar::footnote)
        .collect();
    assert!(!footnotes.is_empty());
    for footnote in &footnotes {
        let said = texts.iter().filter(|t| &t.text == footnote).count();
        assert_eq!(said, 1, "{footnote} said once");
    }
    let sources = texts.iter().filter(|t| t.text.contains("Source")).count();
    assert_eq!(sources, 1, "the source said once");
}

#[test]
fn level_card_headers_are_one_evenly_spaced_line() {
    let harness = opened_with("career-path", TALL, 1.0, with_data());
    let text_of =
        |n: &egui_kittest::kittest::AccessKitNode<'_>| n.label().or_else(|| n.value()).unwrap_or_default();
    let header = harness
        .query_all(egui_kittest::kittest::By::new().predicate(move |n| text_of(n).starts_with("Level 1 · ")))
        .next()
        .expect("a level 1 header");
    let label = text_of(&header.accesskit_node());
    assert!(label.contains("0–2 years"), "{label}");
    assert_eq!(harness.query_all_by_label("Level 1").count(), 0);
}

/// The painted text reading `text` lowest on the page (the table's, below the chart).
fn lowest(harness: &Harness<'static, GuideApp>, text: &str) -> common::paint::PaintedText {
    painted_texts(harness)
        .into_iter()
        .filter(|t| t.text == text)
        .max_by(|a, b| a.rect.top().total_cmp(&b.rect.top()))
        .unwrap_or_else(|| panic!("{text:?} not painted"))
}

#[test]
fn row_backgrounds_span_the_whole_row() {
    let harness = opened_with("salary", TALL, 1.0, with_data());
    let tokens = Tokens::LIGHT;
    let dark = Tokens::DARK;
    // The picked row (0 years: the first level) and a striped one (the second level).
    for (first, last, fills) in [
        (
            "Junior Medical Technician",
            "$38,000",
            [tokens.level_highlight, dark.level_highlight],
        ),
        (
            "Medical Technician",
            "$47,000",
            [tokens.card_fill, dark.card_fill],
        ),
    ] {
        let (first, last) = (lowest(&harness, first).rect, lowest(&harness, last).rect);
        let row = first.union(last);
        let spans = filled_rects(&harness).iter().any(|(rect, fill)| {
            fills.contains(fill)
                && rect.left() <= row.left()
                && rect.right() >= row.right()
                && rect.contains(row.center())
        });
        assert!(spans, "a background from {first:?} to {last:?}");
    }
}

#[test]
fn row_labels_read_like_the_figures_in_one_size() {
    let harness = opened_with("salary", TALL, 1.0, with_data());
    let figure = lowest(&harness, "$36,000");
    for label in ["Junior Medical Technician", "0–2 years"] {
        let cell = lowest(&harness, label);
        assert_eq!(cell.color, figure.color, "{label} in the figures' colour");
        assert!((cell.rect.center().y - figure.rect.center().y).abs() < 2.0);
    }
    let mut harness = opened_with("global", TALL, 1.0, with_data());
    harness.run();
    let figure = lowest(&harness, "$45,000–$70,000");
    for label in ["Western Europe", "e.g. Germany and the UK"] {
        let cell = lowest(&harness, label);
        assert_eq!(cell.color, figure.color, "{label} in the figures' colour");
    }
    let figure_size = font_size(&harness, "$45,000–$70,000");
    for text in [
        "Western Europe",
        "e.g. Germany and the UK",
        "Covers",
        "USD, per year",
        "CAD 50,000–75,000",
    ] {
        let size = font_size(&harness, text);
        assert!(
            (size - figure_size).abs() < 0.01,
            "{text} in {size} points, the figures in {figure_size}"
        );
    }
    let harness = opened_with("salary", TALL, 1.0, with_data());
    let figure_size = font_size(&harness, "$36,000");
    for text in ["Level", "US median", "Junior Medical Technician", "0–2 years"] {
        let size = font_size(&harness, text);
        assert!(
            (size - figure_size).abs() < 0.01,
            "{text} in {size} points, the figures in {figure_size}"
        );
    }
}

/// The font size of the text reading `text` painted lowest on the page (the table's).
fn font_size(harness: &Harness<'static, GuideApp>, text: &str) -> f32 {
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, f32, f32)>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(t) => {
                if let Some(section) = t.galley.job.sections.first() {
                    out.push((t.galley.text().to_owned(), t.pos.y, section.format.font_id.size));
                }
            }
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, &mut texts);
    }
    texts
        .into_iter()
        .filter(|(t, _, _)| t == text)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or_else(|| panic!("{text:?} not painted"), |(_, _, size)| size)
}

#[test]
fn the_world_chart_does_not_repeat_the_table_that_follows_it() {
    let harness = opened_with("global", TALL, 1.0, with_data());
    for toggle in ["Show data", "Local currency"] {
        assert_eq!(harness.query_all_by_label(toggle).count(), 0, "no {toggle:?}");
    }
    for value in ["CAD 50,000–75,000", "$37,000–$55,000"] {
        assert_eq!(
            harness.query_all_by_label(value).count(),
            1,
            "{value} in one table"
        );
    }
}
