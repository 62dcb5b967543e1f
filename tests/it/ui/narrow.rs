//! Small windows at large zooms (800×600 at 200 %, 640×480 at 175 %): the sidebar folds into a
//! Sections menu, the text keeps its margins, and the top bar's parts never overlap (issue 22
//! item 3).

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use medtech_guide::state::UiState;

use crate::common::{
    app::{open_menu, opened_with},
    paint::painted_texts,
};

/// Window sizes in pixels and zooms too narrow for the sidebar beside a readable column.
const NARROW: [([f32; 2], f32); 3] = [
    ([800.0, 600.0], 2.0),
    ([640.0, 480.0], 1.75),
    ([1024.0, 768.0], 2.0),
];

#[test]
fn a_narrow_window_folds_the_sidebar_into_a_sections_menu() {
    for (size, zoom) in NARROW {
        let mut harness = opened_with("overview", size, zoom, UiState::default());
        assert!(
            harness
                .query_by_role_and_label(Role::Button, "Career path")
                .is_none(),
            "{size:?} at {zoom}: no sidebar"
        );
        open_menu(&mut harness, "Sections");
        let item = harness.get_by_role_and_label(Role::MenuItemRadio, "Career path");
        item.click();
        harness.run();
        assert_eq!(
            harness.state().section().map(|s| s.id.as_str()),
            Some("career-path"),
            "{size:?} at {zoom}: picked from the menu"
        );
        assert!(
            harness
                .query_by_role_and_label(Role::MenuItemRadio, "Overview")
                .is_none(),
            "{size:?} at {zoom}: the menu closed"
        );
    }
    // Where there is room, the sidebar and no menu.
    for (size, zoom) in [
        ([800.0, 600.0], 1.0),
        ([1366.0, 768.0], 1.5),
        ([1920.0, 1080.0], 1.75),
    ] {
        let harness = opened_with("overview", size, zoom, UiState::default());
        assert!(
            harness
                .query_by_role_and_label(Role::Button, "Career path")
                .is_some(),
            "{size:?} at {zoom}: the sidebar"
        );
        assert!(
            harness
                .query_by_role_and_label(Role::Button, "Sections")
                .is_none(),
            "{size:?} at {zoom}: no Sections menu"
        );
    }
}

#[test]
fn in_a_narrow_window_the_text_keeps_its_margins_and_the_top_bar_does_not_overlap() {
    for (size, zoom) in NARROW {
        let harness = opened_with("global", size, zoom, UiState::default());
        let width = size[0] / zoom;
        let mut paragraphs = 0;
        for text in painted_texts(&harness) {
            if text.text.len() < 120 || text.rect.top() > size[1] / zoom {
                continue;
            }
            paragraphs += 1;
            assert!(
                text.rect.left() >= 11.0 && text.rect.right() <= width - 11.0,
                "{size:?} at {zoom}: {:?}… at {:?} has no margin",
                &text.text[..40],
                text.rect
            );
        }
        assert!(paragraphs > 0, "{size:?} at {zoom}: a paragraph is in view");
        let help = harness.get_by_role_and_label(Role::Button, "Help").rect();
        let search = harness.get_by_role_and_label(Role::TextInput, "Search").rect();
        assert!(
            search.left() > help.right(),
            "{size:?} at {zoom}: the search box {search:?} overlaps Help {help:?}"
        );
        assert!(
            search.right() <= width,
            "{size:?} at {zoom}: the search box is cut"
        );
    }
}
