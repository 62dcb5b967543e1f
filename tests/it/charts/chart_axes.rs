//! The window's salary chart along its axes: the corner labels apart, an end label for the
//! open-ended level, the levels named under the x axis, and each level's figures on request.

use crate::common;
use crate::common::app::{opened_with, plot_rect};
use crate::common::data::shown;

use common::{
    app::{harness as app_harness, open_section},
    paint::{PaintedText, painted_texts},
};
use egui::{Rect, accesskit::Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{app::GuideApp, state::UiState};

/// The painted texts reading exactly `text` within `area`.
fn texts_in<'a>(texts: &'a [PaintedText], text: &str, area: Rect) -> Vec<&'a PaintedText> {
    texts
        .iter()
        .filter(|t| t.text == text && area.intersects(t.rect))
        .collect()
}

/// The x axis tick reading `text`: below the plot's data area, within its width.
fn x_tick(harness: &Harness<'static, GuideApp>, text: &str) -> Rect {
    let plot = plot_rect(harness, "Step chart");
    let texts = painted_texts(harness);
    let found = texts_in(&texts, text, plot.expand(40.0));
    found
        .iter()
        .map(|t| t.rect)
        .max_by(|a, b| a.top().total_cmp(&b.top()))
        .unwrap_or_else(|| panic!("no x tick {text:?} near the plot {plot:?}"))
}

#[test]
fn the_zero_labels_of_the_two_axes_do_not_overlap() {
    for (size, zoom) in [
        ([1280.0, 3000.0], 1.0),
        ([640.0, 3000.0], 1.0),
        ([1280.0, 6000.0], 2.0),
    ] {
        let harness = opened_with("salary", size, zoom, UiState::default());
        let plot = plot_rect(&harness, "Step chart");
        let texts = painted_texts(&harness);
        let dollars = texts_in(&texts, "$0", plot.expand(40.0));
        let years = texts_in(&texts, "0", plot.expand(40.0));
        assert_eq!(dollars.len(), 1, "one $0 tick at {size:?} ×{zoom}");
        assert_eq!(years.len(), 1, "one 0 tick at {size:?} ×{zoom}");
        let (dollars, years) = (dollars[0].rect, years[0].rect);
        // Apart by a visible gap, not merely not touching.
        assert!(
            !dollars.expand(3.0).intersects(years),
            "$0 at {dollars:?} crowds 0 at {years:?} ({size:?} ×{zoom})"
        );
    }
}

#[test]
fn the_open_ended_level_has_an_end_label() {
    let harness = opened_with("salary", [1280.0, 3000.0], 1.0, UiState::default());
    let ten = x_tick(&harness, "10");
    let end = x_tick(&harness, "15");
    assert!(end.center().x > ten.center().x + 40.0, "15 right of 10");
    assert!((end.center().y - ten.center().y).abs() < 2.0, "on the tick row");
}

#[test]
fn the_levels_are_named_under_their_spans() {
    for size in [[1280.0, 3000.0], [2400.0, 3000.0]] {
        let harness = opened_with("salary", size, 1.0, UiState::default());
        let plot = plot_rect(&harness, "Step chart");
        let texts = painted_texts(&harness);
        let chart = &harness.state().present.charts.salary;
        let tick_of = |years: f64| {
            x_tick(&harness, &medtech_guide::chart::years_tick(years))
                .center()
                .x
        };
        let below = Rect::from_x_y_ranges(plot.x_range(), plot.bottom() - 30.0..=plot.bottom() + 200.0);
        for level in &chart.levels {
            let (from, to) = (tick_of(level.years_from), tick_of(level.years_to_drawn));
            for label in [&level.title, &level.years_label] {
                let placed = texts_in(&texts, label, below);
                assert!(
                    placed
                        .iter()
                        .any(|t| t.rect.left() >= from - 1.0 && t.rect.right() <= to + 1.0),
                    "{label:?} under its span {from}..{to} at {size:?}: {placed:?}"
                );
            }
        }
    }
}

#[test]
fn show_values_writes_each_level_figure_beside_its_marker() {
    let mut harness = opened_with("salary", [1280.0, 3000.0], 1.0, UiState::default());
    let plot = plot_rect(&harness, "Step chart");
    let chart = harness.state().present.charts.salary.clone();
    let figures = |harness: &Harness<'static, GuideApp>, usd: u32| {
        let texts = painted_texts(harness);
        texts_in(&texts, &medtech_guide::model::format::usd(usd), plot)
            .into_iter()
            .map(|t| t.rect)
            .collect::<Vec<_>>()
    };
    for level in &chart.levels {
        assert!(
            figures(&harness, level.median_usd).is_empty(),
            "values hidden at first"
        );
    }
    harness.get_by_label("Show values").click();
    harness.run();
    assert!(harness.state().state.salary_chart.show_values);
    for level in &chart.levels {
        let median = figures(&harness, level.median_usd);
        let average = figures(&harness, level.average_usd);
        assert_eq!((median.len(), average.len()), (1, 1), "{}", level.title);
        let (median, average) = (median[0], average[0]);
        assert!(!median.intersects(average), "{}: figures apart", level.title);
        // The higher figure above the lower one.
        assert_eq!(
            average.center().y < median.center().y,
            level.average_usd >= level.median_usd,
            "{}",
            level.title
        );
        for rect in [median, average] {
            assert!(plot.contains_rect(rect), "{}: inside the plot", level.title);
        }
    }
}

#[test]
fn the_exported_chart_labels_the_same_ticks_as_the_window() {
    use medtech_guide::export::{ChartFormat, ChartId, ExportTheme};
    let guide = common::data::guide();
    let chart = medtech_guide::chart::SalaryChart::from_guide(&guide);
    let svg = common::export::export_chart(
        &shown(&guide),
        ChartId::SalaryByExperience,
        ChartFormat::Svg,
        &common::export::options(1600, 1000, ExportTheme::Light),
    );
    let svg = String::from_utf8(svg).expect("SVG is text");
    let harness = opened_with("salary", [1280.0, 3000.0], 1.0, UiState::default());
    for tick in chart.x_ticks() {
        let label = medtech_guide::chart::years_tick(tick);
        assert!(
            svg.contains(&format!(">{label}</text>")),
            "the export labels {label}"
        );
        x_tick(&harness, &label);
    }
    assert_eq!(
        chart.x_ticks().last(),
        Some(&chart.x_max),
        "the open end labelled"
    );
}

#[test]
fn where_the_spans_are_too_narrow_the_levels_are_listed_under_the_axis() {
    for (size, zoom) in [([640.0, 3000.0], 1.0), ([1280.0, 6000.0], 2.0)] {
        let harness = opened_with("salary", size, zoom, UiState::default());
        let plot = plot_rect(&harness, "Step chart");
        let chart = &harness.state().present.charts.salary;
        let texts = painted_texts(&harness);
        for level in &chart.levels {
            let line = format!("{}: {}", level.years_label, level.title);
            let listed = texts
                .iter()
                .filter(|t| t.text == line)
                .any(|t| t.rect.top() > plot.bottom() && t.rect.top() < plot.bottom() + 200.0);
            assert!(listed, "{line:?} under the chart at {size:?} ×{zoom}");
        }
    }
}

#[test]
fn the_world_chart_keeps_a_dollar_scale_in_a_narrow_window() {
    // At 640 points wide the plot is narrow; egui_plot's own grid labelled only "$0" there.
    for (size, zoom) in [
        ([640.0, 4000.0], 1.0),
        ([1280.0, 8000.0], 2.0),
        ([1280.0, 4000.0], 1.0),
    ] {
        let mut harness = app_harness(size, open_section("global"), UiState::default());
        harness.ctx.set_zoom_factor(zoom);
        harness.run();
        let plot = harness
            .get_by(|n| {
                n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with("Horizontal range bars"))
            })
            .rect();
        let texts = painted_texts(&harness);
        // Dollar ticks under the plot: "$0", "$20k", "$50k"…
        let ticks: Vec<&str> = texts
            .iter()
            .filter(|t| plot.expand(40.0).intersects(t.rect) && t.rect.top() > plot.center().y)
            .map(|t| t.text.as_str())
            .filter(|t| *t == "$0" || (t.starts_with('$') && t.ends_with('k')))
            .collect();
        assert!(ticks.len() >= 2, "x ticks at {size:?} ×{zoom}: {ticks:?}");
    }
}

/// The level names under the axis break between words only ("Medical / Technician", never
/// "Technicia / n"), at every window width and wherever the page is scrolled, and the layout
/// does not change with scrolling (issue 22 item 8).
#[test]
fn level_names_under_the_axis_break_between_words_only_at_any_width_and_scroll() {
    let whole_words = |harness: &Harness<'static, GuideApp>, what: &str| -> Vec<Vec<String>> {
        let titles: Vec<String> = harness
            .state()
            .present
            .charts
            .salary
            .levels
            .iter()
            .map(|l| l.title.clone())
            .collect();
        let mut layouts = Vec::new();
        for (text, rows) in crate::common::paint::centred_rows(harness) {
            if !titles.contains(&text) {
                continue;
            }
            let words: Vec<&str> = text.split_whitespace().collect();
            for row in &rows {
                for word in row.split_whitespace() {
                    assert!(
                        words.contains(&word),
                        "{what}: {text:?} broken mid-word: {rows:?}"
                    );
                }
            }
            layouts.push(rows);
        }
        layouts
    };
    for width in (700..=1400).step_by(25) {
        let harness = opened_with("salary", [width as f32, 3000.0], 1.0, UiState::default());
        whole_words(&harness, &format!("{width} wide"));
    }
    let mut harness = opened_with("salary", [800.0, 600.0], 1.0, UiState::default());
    let mut seen: Vec<Vec<Vec<String>>> = Vec::new();
    for page in 0..6 {
        let layout = whole_words(&harness, &format!("800×600 after {page} Page Down"));
        if !layout.is_empty() {
            seen.push(layout);
        }
        harness.key_press(egui::Key::PageDown);
        // The page lands at once; the scroll bar's fade takes a few frames more.
        harness.run_steps(10);
    }
    assert!(!seen.is_empty(), "the level names were shown");
    assert!(
        seen.windows(2).all(|w| w[0] == w[1]),
        "the level names' layout changed while scrolling: {seen:?}"
    );
}
