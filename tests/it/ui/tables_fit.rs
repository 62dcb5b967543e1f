//! Tables keep every figure whole at the sizes and zooms laptops use (issue 22 item 4): a table
//! is as wide as its chart, a column of words wraps before a figure is cut, and no sideways
//! scroll bar is needed. Each row's background reaches past its texts on both sides.

use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{app::GuideApp, state::UiState};

use crate::common::{app::opened_with, paint::painted_texts};

/// Window sizes (pixels) and zooms: 800×600, and laptops with 130–175 % zoom.
const SIZES: [([f32; 2], f32); 5] = [
    ([800.0, 600.0], 1.0),
    ([1024.0, 768.0], 1.3),
    ([1366.0, 768.0], 1.5),
    ([1920.0, 1080.0], 1.75),
    ([2560.0, 1440.0], 1.0),
];

/// The section `id` with the last of its table's figures (that `is_figure` picks) scrolled
/// into view: the whole table, on these sizes.
fn table_in_view(
    id: &str,
    size: [f32; 2],
    zoom: f32,
    is_figure: impl Fn(&str) -> bool,
) -> Harness<'static, GuideApp> {
    // The salary chart's figures are a table on "Show data".
    let mut state = UiState::default();
    state.salary_chart.show_data = true;
    let mut harness = opened_with(id, size, zoom, state);
    let find = egui_kittest::kittest::by().predicate(|n| n.value().is_some_and(|l| is_figure(&l)));
    let bottom = harness.ctx.content_rect().bottom();
    // Page down until the table's last figure is in view.
    for _ in 0..40 {
        let last = harness.query_all(find.clone()).last().map(|n| n.rect().bottom());
        if last.is_some_and(|b| b <= bottom) {
            break;
        }
        harness.key_press(egui::Key::PageDown);
        // Paging scrolls smoothly: let it arrive.
        harness.run_steps(12);
    }
    harness
}

fn world_figure(text: &str) -> bool {
    // The USD ranges ("$45,000–$70,000") and the local ones ("SEK 350,000–500,000").
    text.contains('–') && text.contains(',')
}

fn salary_figure(text: &str) -> bool {
    text.starts_with('$') && text.contains(',') && !text.contains(' ')
}

/// Asserts that every painted text that `is_figure` picks lies whole inside what it is clipped
/// to and inside the window, sideways; and that at least `least` of them are painted.
fn figures_whole(
    harness: &Harness<'static, GuideApp>,
    what: &str,
    least: usize,
    is_figure: impl Fn(&str) -> bool,
) {
    let window = harness.ctx.content_rect();
    let figures: Vec<_> = painted_texts(harness)
        .into_iter()
        .filter(|t| is_figure(&t.text))
        .collect();
    assert!(figures.len() >= least, "{what}: figures painted: {figures:?}");
    for figure in &figures {
        let x = figure.rect.x_range();
        assert!(
            figure.clip.x_range().contains(x.min) && figure.clip.x_range().contains(x.max),
            "{what}: {:?} is cut: at {:?}, clipped to {:?}",
            figure.text,
            figure.rect,
            figure.clip
        );
        assert!(
            window.x_range().contains(x.max),
            "{what}: {:?} past the window",
            figure.text
        );
    }
    assert!(
        harness.query_by_label("Table, sideways").is_none(),
        "{what}: the table needs no sideways scroll bar"
    );
}

#[test]
fn the_world_table_shows_every_figure_whole() {
    for (size, zoom) in SIZES {
        let harness = table_in_view("global", size, zoom, world_figure);
        let what = format!("world table at {size:?} and {zoom}");
        figures_whole(&harness, &what, 6, world_figure);
    }
}

#[test]
fn the_salary_table_shows_every_figure_whole() {
    for (size, zoom) in SIZES {
        let harness = table_in_view("salary", size, zoom, salary_figure);
        let what = format!("salary table at {size:?} and {zoom}");
        figures_whole(&harness, &what, 4, |t| {
            t.starts_with('$') && t.contains(',') && !t.contains(' ')
        });
    }
}

#[test]
fn the_world_table_starts_where_its_chart_does() {
    for (size, zoom) in SIZES {
        let harness = table_in_view("global", size, zoom, world_figure);
        let export = harness.get_by_label("Export…").rect();
        let texts = painted_texts(&harness);
        let last = texts
            .iter()
            .filter(|t| world_figure(&t.text))
            .max_by(|a, b| a.rect.top().total_cmp(&b.rect.top()))
            .unwrap_or_else(|| panic!("{size:?} at {zoom}: no figure painted"));
        // The first cell of the last row: its region's name.
        let first = texts
            .iter()
            .filter(|t| (t.rect.top() - last.rect.top()).abs() < 2.0 && t.clip == last.clip)
            .min_by(|a, b| a.rect.left().total_cmp(&b.rect.left()))
            .unwrap_or(last);
        // The rows' backgrounds begin at the column's edge, their texts a padding further in.
        let inset = first.rect.left() - export.left();
        assert!(
            (7.0..=12.0).contains(&inset),
            "{size:?} at {zoom}: the table's first texts start {inset} right of the chart's Export…"
        );
    }
}

#[test]
fn highlighted_rows_keep_their_texts_inside_the_row() {
    let harness = table_in_view("salary", [1280.0, 800.0], 1.0, salary_figure);
    let texts = painted_texts(&harness);
    let rows = crate::common::paint::filled_rects(&harness);
    let mut checked = 0;
    for text in texts.iter().filter(|t| salary_figure(&t.text)) {
        // The row background behind this figure (the highlighted or a striped row).
        let Some((row, _)) = rows
            .iter()
            .find(|(r, _)| r.height() < 60.0 && r.width() > 200.0 && r.contains(text.rect.center()))
        else {
            continue;
        };
        checked += 1;
        assert!(
            row.right() - text.rect.right() >= 6.0,
            "{:?} ends {} from its row's edge",
            text.text,
            row.right() - text.rect.right()
        );
    }
    assert!(checked >= 4, "figures on a row background: {checked}");
}

#[test]
fn a_chart_block_keeps_one_left_edge_its_toggles_framed_when_off() {
    for section in ["career-path", "salary"] {
        let harness = opened_with(section, crate::common::app::TALL, 1.0, UiState::default());
        let note = painted_texts(&harness)
            .into_iter()
            .find(|t| t.text.starts_with("The open-ended") || t.text.starts_with("Source:"))
            .unwrap_or_else(|| panic!("{section}: the chart's notes"));
        let toggle = harness.get_by_label(if section == "global" {
            "Show data"
        } else {
            "Show values"
        });
        let toggle = toggle.rect();
        assert!(
            (toggle.left() - note.rect.left()).abs() <= 2.0,
            "{section}: the toggle starts at {} and the notes at {}",
            toggle.left(),
            note.rect.left()
        );
        // Off, it is still framed: a filled shape behind it from its left edge.
        let framed = crate::common::paint::filled_rects(&harness)
            .iter()
            .any(|(r, _)| (r.left() - toggle.left()).abs() <= 1.0 && r.contains(toggle.center()));
        assert!(framed, "{section}: the toggle has a frame while off");
    }
}
