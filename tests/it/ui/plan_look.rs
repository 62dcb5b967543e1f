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
