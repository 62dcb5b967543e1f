//! Search finds items, not blocks: opening a result marks the matched item alone (an answer, a
//! table row, a key-fact card, a chart's title) and scrolls it into view; a result keeps its
//! item's title (the level's name, the question), so alike results are told apart.

use crate::common;

use egui::{Rect, accesskit::Role};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::GuideApp,
    model::{Block, Guide, format},
    present::fact_rows,
    search::{Hit, Part},
};

/// The id of the section `hit` is in.
fn section_id<'g>(guide: &'g Guide, hit: &Hit) -> &'g str {
    guide.text.sections.get(hit.section).map_or("", |s| s.id.as_str())
}

/// The block `hit` is in.
fn block_of<'g>(guide: &'g Guide, hit: &Hit) -> Option<&'g Block> {
    guide.text.sections.get(hit.section)?.blocks.get(hit.block?)
}

/// The one "found it" mark painted.
fn the_mark(harness: &Harness<'static, GuideApp>) -> Rect {
    let marks = common::paint::found_marks(harness);
    assert_eq!(marks.len(), 1, "one mark: {marks:?}");
    marks[0]
}

/// The reading panel's visible part: below the top bar, above the window's bottom edge.
fn visible_area(harness: &Harness<'static, GuideApp>, height: f32) -> Rect {
    let search_box = harness.get_by_role_and_label(Role::TextInput, "Search").rect();
    Rect::from_x_y_ranges(0.0..=f32::INFINITY, search_box.bottom()..=height)
}

fn assert_within(rect: Rect, area: Rect, what: &str) {
    assert!(
        area.contains_rect(rect),
        "{what} at {rect:?} is not within {area:?}"
    );
}

#[test]
fn an_opened_answer_is_marked_alone_and_scrolled_into_view() {
    let size = [800.0, 600.0];
    // Words of the last answer only.
    let mut harness = common::app::searched(size, "predictability");
    let hit = common::app::open_hit(&mut harness, |hit, guide| section_id(guide, hit) == "faq");
    let guide = harness.state().guide().clone();
    let Some(Block::Faq(items)) = block_of(&guide, &hit) else {
        panic!("a result in the questions: {hit:?}");
    };
    assert_eq!(hit.part, Some(Part::Item(items.len() - 1)), "the last question");
    let (Some(last), Some(before)) = (items.last(), items.get(items.len() - 2)) else {
        unreachable!("more than one question");
    };
    assert!(
        hit.snippet.starts_with(&last.question),
        "the result keeps its question: {:?}",
        hit.snippet
    );
    let answer = harness.get_by_label(&last.answer).rect();
    let question = harness
        .get_by_role_and_label(Role::Heading, &last.question)
        .rect();
    let area = visible_area(&harness, size[1]);
    assert_within(answer, area, "the found answer");
    assert_within(question, area, "its question");

    let mark = the_mark(&harness);
    assert!(
        mark.contains_rect(answer) && mark.contains_rect(question),
        "the mark {mark:?} goes around the question and its answer"
    );
    let other = harness.get_by_label(&before.answer).rect();
    assert!(
        !mark.intersects(other),
        "the answer before is not marked: {other:?}"
    );
    let first = harness
        .get_by_role_and_label(Role::Heading, &items[0].question)
        .rect();
    assert!(!mark.intersects(first), "nor the first question");

    // The found item, not its block, has the keyboard: it holds the last question alone.
    let found = harness.get_by_role_and_label(Role::Group, "Found by search");
    assert!(found.accesskit_node().is_focused());
    let held = common::a11y::texts(&common::a11y::seen_children(&found));
    assert_eq!(held, [last.question.clone(), last.answer.clone()]);
}

#[test]
fn level_results_keep_the_level_name() {
    let harness = common::app::searched([1280.0, 1600.0], "median");
    let guide = harness.state().guide().clone();
    let results = common::app::results(&harness);
    let salary = guide
        .text
        .sections
        .iter()
        .find(|s| s.id == "salary")
        .map(|s| s.title.clone())
        .expect("a salary section");
    for level in &guide.salary.levels {
        let shown = format!(
            "{salary}: {} ({}): US median {}",
            level.title,
            level.years_label(),
            format::usd(level.us_median_usd)
        );
        assert!(
            results.contains(&shown),
            "{} is named in its result: {results:#?}",
            level.title
        );
    }
    // The titles tell the results apart: none shown twice.
    let hits = harness.state().views.search.hits();
    let titles: Vec<&str> = hits
        .iter()
        .filter(|h| matches!(h.part, Some(Part::Row(_))))
        .map(|h| &h.snippet[..h.title_len])
        .collect();
    assert_eq!(titles.len(), guide.salary.levels.len(), "{titles:?}");
    let mut distinct = titles.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), titles.len(), "{titles:?}");

    // A figure in an answer: the result starts with the question it answers.
    let harness = common::app::searched([1280.0, 1600.0], "35,000");
    let results = common::app::results(&harness);
    assert!(
        results.iter().any(|r| r.starts_with(
            "Frequently asked questions: What salary can I expect, and how does it grow with experience? "
        )),
        "{results:#?}"
    );
}

#[test]
fn a_key_fact_is_found_and_its_card_marked() {
    let mut harness = common::app::searched([1280.0, 800.0], "57,380");
    let guide = harness.state().guide().clone();
    let rows = fact_rows(&guide.text.key_facts);
    let first = common::app::first_hit(&harness);
    assert_eq!(section_id(&guide, &first), "overview");
    assert_eq!(
        first.part,
        Some(Part::Item(0)),
        "the median salary's card: {first:?}"
    );
    assert_eq!(first.snippet, rows[0].name(), "it reads as the card");

    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().section().map(|s| s.id.as_str()), Some("overview"));
    let card = harness.get_by_label(&rows[0].figure).rect();
    let next = harness.get_by_label(&rows[1].figure).rect();
    let mark = the_mark(&harness);
    assert!(mark.contains_rect(card), "the card {card:?} is marked: {mark:?}");
    assert!(!mark.intersects(next), "the next card {next:?} is not");
}

#[test]
fn a_chart_title_is_found_and_marked_without_its_plot() {
    let mut harness = common::app::searched([1280.0, 800.0], "salaries around the world");
    let hit = common::app::open_hit(&mut harness, |hit, guide| {
        matches!(block_of(guide, hit), Some(Block::Chart(_)))
    });
    assert_eq!(hit.part, Some(Part::Heading));
    let title = harness.state().guide().global.title.clone();
    let heading = harness.get_by_role_and_label(Role::Heading, &title).rect();
    let mark = the_mark(&harness);
    assert!(mark.contains_rect(heading), "{heading:?} in {mark:?}");
    let plot = common::app::plot_rect(&harness, "Horizontal range bars");
    assert!(!mark.intersects(plot), "the plot {plot:?} is not marked");
}

#[test]
fn a_table_row_is_marked_alone_and_its_table_takes_the_keyboard() {
    let size = [1280.0, 600.0];
    let mut harness = common::app::opened("overview", size);
    let region = harness.state().guide().global.regions[4].clone();
    common::app::type_query(&mut harness, &region.name);
    let hit = common::app::open_hit(&mut harness, |hit, guide| {
        matches!(block_of(guide, hit), Some(Block::Table(_)))
    });
    assert_eq!(hit.part, Some(Part::Row(4)), "{hit:?}");
    let covers = harness.get_by_label(&region.countries).rect();
    assert_within(covers, visible_area(&harness, size[1]), "the found row");
    let mark = the_mark(&harness);
    assert!(mark.contains_rect(covers), "{covers:?} in {mark:?}");
    let regions = harness.state().guide().global.regions.clone();
    for other in regions.iter().filter(|r| r.name != region.name) {
        for cell in harness.query_all_by_label(&other.countries) {
            assert!(!mark.intersects(cell.rect()), "{} is not marked", other.name);
        }
    }
    let found = harness.get_by_role_and_label(Role::Group, "Found by search");
    assert!(found.accesskit_node().is_focused(), "the table has the keyboard");
    let held = common::a11y::roles(&common::a11y::seen_children(&found));
    assert!(held.contains(&Role::Table), "{held:?}");
}
