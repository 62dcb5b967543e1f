//! The window's charts: bar hover read-outs, legends beside (never over) the data, hidden series.

use crate::common;
use crate::common::app::{opened, plot_rect};

use common::paint::{filled_rects, painted_texts};
use egui::accesskit::{Role, Toggled};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::app::GuideApp;

#[test]
fn hovering_a_world_bar_shows_the_region_and_its_ranges_never_a_raw_number() {
    let mut harness = opened("global", [1280.0, 3000.0]);
    let plot = plot_rect(&harness, "Horizontal range bars");
    let mut seen = Vec::new();
    let mut y = plot.top();
    while y < plot.bottom() {
        for x in [0.45, 0.6] {
            harness.hover_at(egui::pos2(plot.left() + plot.width() * x, y));
            harness.run();
            seen.extend(painted_texts(&harness).into_iter().map(|t| t.text));
        }
        y += 6.0;
    }
    let canada = seen
        .iter()
        .find(|t| t.starts_with("Canada\n"))
        .unwrap_or_else(|| panic!("no hover read-out for Canada's bar among {seen:?}"));
    assert!(canada.contains("USD: $37,000–$55,000 per year"), "{canada}");
    assert!(canada.contains("Local:"), "{canada}");
    for text in &seen {
        assert!(
            !text.lines().any(|l| l.trim().parse::<f64>().is_ok()),
            "a hover read-out shows a raw number: {text:?}"
        );
    }
}

/// Hovering each bar gives one boxed read-out (a tool tip) that lies wholly inside the window and
/// over no bar, with the region's figures in full (issue 22 item 1: `egui_plot`'s own bar text ran
/// over the other bars and was cut at the plot's edge).
#[test]
fn each_world_bar_read_out_is_a_box_inside_the_window_over_no_bar() {
    for (size, zoom) in [
        ([1280.0, 3000.0], 1.0),
        ([800.0, 3000.0], 1.0),
        ([800.0, 3000.0], 2.0),
    ] {
        let mut harness =
            crate::common::app::opened_with("global", size, zoom, medtech_guide::state::UiState::default());
        let window = harness.ctx.content_rect();
        let plot = plot_rect(&harness, "Horizontal range bars");
        // The bars: filled rectangles inside the plot, smaller than its background.
        let bars: Vec<egui::Rect> = filled_rects(&harness)
            .into_iter()
            .map(|(rect, _)| rect)
            .filter(|r| plot.contains_rect(*r) && r.height() > 8.0 && r.height() < plot.height() / 2.0)
            .collect();
        assert_eq!(bars.len(), 8, "{size:?}: one bar per region");
        for bar in &bars {
            harness.hover_at(bar.center());
            harness.run();
            let tips: Vec<_> = harness.query_all_by_role(Role::Tooltip).collect();
            assert_eq!(tips.len(), 1, "{size:?}: one read-out over the bar at {bar:?}");
            let said = tips[0].accesskit_node().label().unwrap_or_default();
            assert!(
                said.contains("USD: $"),
                "{size:?}: the read-out gives the USD range: {said:?}"
            );
            let painted = painted_texts(&harness);
            let text = painted
                .iter()
                .find(|t| t.text == said)
                .unwrap_or_else(|| panic!("{size:?}: the read-out {said:?} is painted"));
            // The box: the smallest filled rectangle around the text.
            let tip = filled_rects(&harness)
                .into_iter()
                .map(|(rect, _)| rect)
                .filter(|r| r.contains_rect(text.rect) && r.area() < window.area() / 4.0)
                .min_by(|a, b| a.area().total_cmp(&b.area()))
                .unwrap_or_else(|| {
                    panic!(
                        "{size:?}: {said:?} is drawn in a box; text at {:?}, rects {:?}",
                        text.rect,
                        filled_rects(&harness)
                            .iter()
                            .map(|(r, _)| *r)
                            .filter(|r| r.intersects(text.rect))
                            .collect::<Vec<_>>()
                    )
                });
            assert!(
                window.contains_rect(tip),
                "{size:?}: {said:?} at {tip:?} is cut by the window"
            );
            assert!(
                text.clip.contains_rect(text.rect),
                "{size:?}: {said:?} is clipped"
            );
            for other in &bars {
                assert!(
                    !tip.intersects(*other),
                    "{size:?}: {said:?} at {tip:?} covers the bar at {other:?}"
                );
            }
        }
    }
}

#[test]
fn legends_sit_outside_the_plot_area_at_every_size() {
    for size in [[640.0, 2400.0], [1280.0, 3000.0], [2400.0, 3000.0]] {
        for (section, plot, entry) in [
            ("salary", "Step chart", "US median"),
            ("global", "Horizontal range bars", "USD range given by the guide"),
        ] {
            let harness = opened(section, size);
            let plot = plot_rect(&harness, plot);
            let legend = harness.get_by_role_and_label(Role::CheckBox, entry).rect();
            assert!(
                !legend.intersects(plot),
                "{section} at {size:?}: legend {legend:?} over the plot {plot:?}"
            );
        }
    }
}

#[test]
fn a_hidden_series_is_dimmed_text_too_and_all_hidden_is_said() {
    let mut harness = opened("salary", [1280.0, 3000.0]);
    let colour_of = |harness: &Harness<'static, GuideApp>, label: &str| {
        painted_texts(harness)
            .into_iter()
            .find(|t| t.text == label)
            .map_or_else(|| panic!("{label} not painted"), |t| t.color)
    };
    let shown = colour_of(&harness, "US average");
    harness
        .get_by_role_and_label(Role::CheckBox, "US average")
        .click();
    harness.run();
    let entry = harness.get_by_role_and_label(Role::CheckBox, "US average");
    assert_eq!(entry.accesskit_node().toggled(), Some(Toggled::False));
    let hidden = colour_of(&harness, "US average");
    assert!(
        hidden.a() < shown.a(),
        "hidden {hidden:?} not dimmed from {shown:?}"
    );
    assert_eq!(
        colour_of(&harness, "US median"),
        shown,
        "a shown entry keeps its colour"
    );

    let message = "Every series is hidden. Click an entry in the legend above to show it again.";
    assert_eq!(harness.query_all_by_label(message).count(), 0);
    for label in ["US median", "Guide median $57,380 *", "Overall range $35k–$85k+"] {
        harness.get_by_role_and_label(Role::CheckBox, label).click();
        harness.run();
    }
    assert_eq!(harness.query_all_by_label(message).count(), 1);
}

#[test]
fn legend_entries_toggle_from_the_keyboard() {
    // A screen-reader or keyboard user: focus the entry (as Tab would), Space hides, Enter shows.
    let mut harness = opened("salary", [1280.0, 2400.0]);
    let toggled = |harness: &Harness<'static, GuideApp>| {
        harness
            .get_by_role_and_label(Role::CheckBox, "US median")
            .accesskit_node()
            .toggled()
    };
    assert_eq!(toggled(&harness), Some(Toggled::True));
    harness.get_by_role_and_label(Role::CheckBox, "US median").focus();
    harness.run();
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(toggled(&harness), Some(Toggled::False), "Space hides the series");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(toggled(&harness), Some(Toggled::True), "Enter shows it again");
    // A screen reader's own "click" action toggles it too, in both charts.
    harness
        .get_by_role_and_label(Role::CheckBox, "US median")
        .click_accesskit();
    harness.run();
    assert_eq!(
        toggled(&harness),
        Some(Toggled::False),
        "its click action hides it"
    );
    let mut harness = opened("global", [1280.0, 2400.0]);
    let entry = "USD range given by the guide";
    harness
        .get_by_role_and_label(Role::CheckBox, entry)
        .click_accesskit();
    harness.run();
    assert_eq!(
        harness
            .get_by_role_and_label(Role::CheckBox, entry)
            .accesskit_node()
            .toggled(),
        Some(Toggled::False)
    );
}
