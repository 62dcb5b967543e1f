//! The reading column at any size and zoom: no text cut off at the right edge, tables that
//! scroll inside themselves, and the related careers' shared description said once.

use crate::common;
use crate::common::app::opened_with;

use common::{data::section_ids, paint::painted_texts};
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{
    app::GuideApp,
    model::{Block, Career},
    state::UiState,
};

/// `section` open in a window `size` points wide and tall, at `zoom`, with its data tables shown.
/// Remembered with every table shown, the world table with its local-currency column.
fn with_tables() -> UiState {
    let mut state = UiState::default();
    state.salary_chart.show_data = true;
    state.global_chart.show_data = true;
    state.global_chart.local_currency = true;
    state
}

/// Every text painted straight into the reading column (not inside a table that scrolls
/// sideways, nor inside a plot) lies within the column's visible width.
fn assert_nothing_cut(harness: &Harness<'static, GuideApp>, what: &str) {
    let texts = painted_texts(harness);
    let title = harness
        .state()
        .section()
        .map(|s| s.title.clone())
        .unwrap_or_default();
    // The section's title in the reading panel (the sidebar names it too, further left).
    let reader = texts
        .iter()
        .filter(|t| t.text == title)
        .max_by(|a, b| a.rect.left().total_cmp(&b.rect.left()))
        .unwrap_or_else(|| panic!("{what}: title {title:?} not painted"))
        .clip;
    let mut cut = Vec::new();
    for text in texts.iter().filter(|t| t.clip == reader) {
        if text.rect.right() > reader.right() + 0.5 || text.rect.left() < reader.left() - 0.5 {
            cut.push(format!("{:?} at {:?}", text.text, text.rect));
        }
    }
    assert!(
        cut.is_empty(),
        "{what}: cut off beyond {reader:?}:\n{}",
        cut.join("\n")
    );
}

#[test]
fn no_text_is_cut_off_at_640_by_480() {
    for section in &section_ids() {
        let harness = opened_with(section, [640.0, 6000.0], 1.0, with_tables());
        assert_nothing_cut(&harness, &format!("{section} at 640 wide"));
    }
}

#[test]
fn no_text_is_cut_off_at_200_percent_in_1280_by_800() {
    for section in &section_ids() {
        let harness = opened_with(section, [1280.0, 12000.0], 2.0, with_tables());
        assert_nothing_cut(&harness, &format!("{section} at 200 %"));
    }
}

#[test]
fn related_careers_say_their_shared_description_once() {
    let harness = opened_with("related", [1280.0, 3000.0], 1.0, with_tables());
    let Some(Block::RelatedCareers(careers)) = harness
        .state()
        .section()
        .and_then(|s| s.blocks.iter().find(|b| matches!(b, Block::RelatedCareers(_))))
    else {
        panic!("the related section lists no careers");
    };
    let shared = Career::shared_text(careers).expect("the guide gives all five one description");
    let said = painted_texts(&harness)
        .into_iter()
        .filter(|t| t.text.contains(shared))
        .count();
    assert_eq!(said, 1, "the shared description is said once for the list");
    for career in careers {
        assert_eq!(
            harness.query_all_by_label(&career.title).count(),
            1,
            "{}",
            career.title
        );
    }
    // A plain list, not cards that look like buttons and do nothing (issue 22 item 15).
    assert_eq!(
        harness.query_all_by_role(egui::accesskit::Role::ListItem).count(),
        careers.len(),
        "one list item per career"
    );
    let card = medtech_guide::tokens::Tokens::for_visuals(&harness.ctx.global_style().visuals).card_fill;
    assert!(
        !crate::common::paint::filled_rects(&harness)
            .iter()
            .any(|(_, fill)| *fill == card),
        "no career is drawn as a card"
    );
}
