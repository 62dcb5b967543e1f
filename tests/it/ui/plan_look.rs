//! How "My plan" lays out at every window size: the three choices of every item in the same
//! three columns, whatever the length of the item's name.

use crate::common;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use medtech_guide::state::UiState;

/// The left edges of each item's three radios, by item, in a window `width` points wide.
fn radio_columns(width: f32) -> Vec<(String, Vec<f32>)> {
    let harness = common::app::opened_with("plan", [width, 3000.0], 1.0, UiState::default());
    harness
        .query_all_by_role(Role::RadioGroup)
        .filter_map(|group| {
            let name = group.accesskit_node().label()?;
            let lefts: Vec<f32> = group
                .query_all_by_role(Role::RadioButton)
                .map(|radio| radio.rect().left())
                .collect();
            (lefts.len() == 3).then_some((name, lefts))
        })
        .collect()
}

/// A name that just fits its column beside the choices ("Quality control and quality assurance"
/// at 1024×768 and 125 %) once pushed its "?", and the choices after it, out of their column.
#[test]
fn every_items_choices_line_up_in_three_columns() {
    for width in (760..=1160).step_by(20) {
        let columns = radio_columns(width as f32);
        assert_eq!(columns.len(), 29, "{width}: every item");
        let Some((first, expected)) = columns.first().cloned() else {
            continue;
        };
        for (name, lefts) in &columns {
            let off = lefts.iter().zip(&expected).any(|(a, b)| (a - b).abs() > 0.5);
            assert!(
                !off,
                "at {width} points {name:?}'s choices start at {lefts:?}, {first:?}'s at {expected:?}"
            );
        }
    }
}

/// The visible part of the reading panel, as tall as its scroll bar (named "Guide text").
fn reading_panel(harness: &egui_kittest::Harness<'static, medtech_guide::app::GuideApp>) -> egui::Rect {
    let ppp = harness.ctx.pixels_per_point();
    harness
        .query_all_by_label("Guide text")
        .filter_map(|n| n.accesskit_node().bounding_box())
        .map(|b| {
            let point = |x: f64, y: f64| egui::pos2(x as f32 / ppp, y as f32 / ppp);
            egui::Rect::from_min_max(point(b.x0, b.y0), point(b.x1, b.y1))
        })
        .max_by(|a, b| a.height().total_cmp(&b.height()))
        .unwrap_or_else(|| panic!("no reading panel"))
}

/// A chart is never taller than the reading panel shows below its title and legend, down to
/// 160 points (at 640×480 and 200 % both charts were 320 points, taller than the whole panel);
/// where there is room, 320 points as before.
#[test]
fn charts_fit_the_reading_panel_at_small_windows() {
    let charts = [
        ("salary", "Step chart"),
        (
            "plan",
            "Step chart of US median and average yearly pay in USD by years from today",
        ),
    ];
    for (section, start) in charts {
        // Whether the plot has less than its full height there.
        for (size, zoom, smaller) in [
            ([1280.0, 800.0], 1.0, false),
            ([1366.0, 768.0], 1.5, false),
            ([800.0, 600.0], 2.0, true),
            ([640.0, 480.0], 2.0, true),
        ] {
            let state = UiState {
                answers: common::plan::phlebotomist(),
                ..UiState::default()
            };
            let mut harness = common::app::opened_with(section, size, zoom, state);
            let chart = |h: &egui_kittest::Harness<'static, medtech_guide::app::GuideApp>| {
                h.get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with(start)))
                    .rect()
            };
            harness
                .get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with(start)))
                .scroll_to_me();
            harness.run();
            let plot = chart(&harness);
            let panel = reading_panel(&harness);
            let at = format!("{section} at {size:?} and {zoom}: the plot {plot:?} in the panel {panel:?}");
            // The plot's frame: its height less the x axis's labels below it.
            assert!(plot.height() >= 160.0 - 20.0, "{at}");
            // A scale to read it by: "$0" and at least two more dollar ticks beside the plot
            // (egui_plot's own grid kept only "$0" in a plot this low).
            let ticks: Vec<String> = common::paint::painted_texts(&harness)
                .into_iter()
                .filter(|t| t.text.starts_with('$') && t.text.ends_with('k'))
                .filter(|t| t.rect.right() <= plot.left() + 1.0 && plot.y_range().contains(t.rect.center().y))
                .map(|t| t.text)
                .collect();
            assert!(ticks.len() >= 2, "{at}: dollar ticks {ticks:?}");
            // The x axis's tick labels never write over each other ("0", "0.5" and "1" did).
            let below: Vec<egui::Rect> = common::paint::painted_texts(&harness)
                .into_iter()
                .filter(|t| t.text.parse::<f64>().is_ok())
                .filter(|t| t.rect.top() >= plot.bottom() - 1.0 && t.rect.top() <= plot.bottom() + 20.0)
                .map(|t| t.rect)
                .collect();
            assert!(below.len() >= 3, "{at}: x ticks at {below:?}");
            for (i, a) in below.iter().enumerate() {
                for b in below.iter().skip(i + 1) {
                    assert!(
                        !a.intersects(*b),
                        "{at}: x tick labels at {a:?} and {b:?} overlap"
                    );
                }
            }
            if smaller {
                assert!(plot.height() < 300.0, "{at}");
                assert!(plot.height() <= panel.height(), "{at}");
            } else {
                assert!(plot.height() > 300.0, "room enough: {at}");
            }
        }
    }
}
