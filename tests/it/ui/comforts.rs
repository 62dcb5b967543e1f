//! Reader comforts in the real app: search, keyboard, dialogs, remembered state.

use crate::common;
use crate::common::app::open_menu;

use common::app::{MemoryStorage, harness as app_harness};
use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::{self, AppOptions, GuideApp},
    state::{ThemeChoice, UiState},
};

fn harness_with_state(state: UiState) -> Harness<'static, GuideApp> {
    let mut harness = app_harness([1280.0, 1600.0], AppOptions::default(), state);
    harness.run();
    harness
}

fn harness() -> Harness<'static, GuideApp> {
    harness_with_state(UiState::default())
}

fn section(harness: &Harness<'static, GuideApp>) -> String {
    harness
        .state()
        .section()
        .map(|s| s.id.clone())
        .unwrap_or_default()
}

#[test]
fn typing_phlebotomy_lists_results_from_skills_and_enter_opens_it() {
    let mut harness = harness();
    common::app::type_query(&mut harness, "phlebotomy");
    let hits = harness.state().views.search.hits();
    assert!(!hits.is_empty());
    let skills = harness.state().guide().section_index("skills");
    assert!(hits.iter().any(|h| Some(h.section) == skills), "a hit in skills");
    assert!(
        harness
            .query_all_by_label_contains("results for “phlebotomy”")
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("Skills and qualifications: ")
            .next()
            .is_some(),
        "a result names its section"
    );
    let first = harness.state().views.search.hits()[0].clone();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(!harness.state().views.search.is_active(), "search closes");
    assert_eq!(harness.state().section_index(), Some(first.section));
    // The mark is the open section's (it has no section of its own to drift from it).
    let highlight = harness
        .state()
        .views
        .reader
        .highlight()
        .expect("the match is highlighted");
    assert_eq!(highlight.block(), first.block);
}

#[test]
fn search_is_accent_insensitive_and_says_when_nothing_matches() {
    let mut harness = harness();
    common::app::type_query(&mut harness, "HÉMATOLOGY");
    assert!(!harness.state().views.search.hits().is_empty());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().views.search.is_active(), "Esc closes search");
    common::app::type_query(&mut harness, "xylophone");
    assert!(harness.query_by_label("No results for “xylophone”.").is_some());
}

#[test]
fn clicking_a_result_opens_its_section() {
    let mut harness = harness();
    common::app::type_query(&mut harness, "IELTS");
    harness
        .query_all_by_label_contains("Working abroad: ")
        .next()
        .expect("a result in Working abroad")
        .click();
    harness.run_steps(8);
    assert_eq!(section(&harness), "global");
}

#[test]
fn home_and_end_jump_to_the_first_and_last_sections() {
    let mut harness = harness();
    harness.key_press(egui::Key::End);
    harness.run();
    assert_eq!(section(&harness), "related");
    harness.key_press(egui::Key::Home);
    harness.run();
    assert_eq!(section(&harness), "overview");
    // Every section is reachable with the keyboard.
    let mut seen = vec![section(&harness)];
    for _ in 0..12 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
        seen.push(section(&harness));
    }
    assert_eq!(seen.len(), 13);
    seen.dedup();
    assert_eq!(seen.len(), 13, "each press moved to a new section: {seen:?}");
}

#[test]
fn zoom_shortcuts_change_the_zoom() {
    let mut harness = harness();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    assert!((harness.state().state.zoom - 1.1).abs() < 1e-4);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    assert!((harness.state().state.zoom - 1.0).abs() < 1e-4);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.run();
    assert!((harness.state().state.zoom - 0.9).abs() < 1e-4);
}

/// Zoom in steps through the levels browsers use, so 125 % and 175 % can be chosen, and the top
/// bar says the level (issue 22 item 11).
#[test]
fn zoom_in_reaches_125_and_175_percent() {
    let mut harness = harness();
    let mut levels = Vec::new();
    for _ in 0..5 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        harness.run();
        levels.push(format!("{:.0}%", harness.state().state.zoom * 100.0));
        if levels.len() == 2 {
            assert!(harness.query_by_label("125%").is_some(), "the top bar shows 125%");
        }
    }
    assert_eq!(levels, ["110%", "125%", "150%", "175%", "200%"]);
}

#[test]
fn f1_shows_the_shortcut_sheet_and_esc_closes_it() {
    let mut harness = harness();
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "Keyboard shortcuts");
    assert!(harness.query_by_label("Search the guide").is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_all_by_label("Keyboard shortcuts").next().is_none());
}

#[test]
fn about_dialog_names_version_and_sources() {
    let mut harness = harness();
    open_menu(&mut harness, "Help");
    harness.get_by_label("About medtech-guide…").click();
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "About medtech-guide");
    assert!(
        harness
            .query_all_by_label_contains(env!("CARGO_PKG_VERSION"))
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("Median salary: U.S. Bureau of Labor Statistics, May 2023")
            .next()
            .is_some()
    );
    // The source named as a citation: title, publisher, medium.
    for says in [
        "Source: “Complete Medical Technician Career Guide”, Himalayas (web page).",
        "Salary by experience: “Complete Medical Technician Career Guide”, Himalayas (web page), salary table",
        "Checked against: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2022-2032",
    ] {
        assert!(
            harness.query_all_by_label_contains(says).next().is_some(),
            "About should say {says:?}"
        );
    }
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.query_all_by_label("About medtech-guide").next().is_none());
}

#[test]
fn state_saved_by_one_instance_is_restored_by_the_next() {
    let mut first = harness();
    first.get_by_role_and_label(Role::Button, "Career path").click();
    first.run();
    first.get_by_label("Dark").click();
    first.run();
    first.state_mut().state.global_chart.sort = medtech_guide::chart::SortOrder::Name;
    let restored = common::app::saved_state(&mut first);
    let second = harness_with_state(restored);
    assert_eq!(section(&second), "career-path");
    assert_eq!(second.state().state.theme, ThemeChoice::Dark);
    assert_eq!(second.ctx.theme(), egui::Theme::Dark);
    assert_eq!(
        second.state().state.global_chart.sort,
        medtech_guide::chart::SortOrder::Name
    );
}

#[test]
fn corrupt_or_old_saved_state_yields_defaults() {
    for saved in ["this is not RON", "(section: 42)", "(zoom: \"big\")"] {
        let mut storage = MemoryStorage::default();
        eframe::Storage::set_string(&mut storage, app::STATE_KEY, saved.to_owned());
        assert_eq!(app::restore_state(Some(&storage)), UiState::default(), "{saved}");
    }
    // Out-of-range values are clamped, unknown sections fall back to the first.
    let mut storage = MemoryStorage::default();
    eframe::Storage::set_string(
        &mut storage,
        app::STATE_KEY,
        "(section: \"gone\", zoom: 9.0)".to_owned(),
    );
    let state = app::restore_state(Some(&storage));
    assert!((state.zoom - 2.0).abs() < f32::EPSILON);
    let harness = harness_with_state(state);
    assert_eq!(section(&harness), "overview");
}

#[test]
fn reset_view_restores_default_theme_zoom_and_chart_options() {
    let mut harness = harness();
    harness.get_by_label("Dark").click();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    open_menu(&mut harness, "View");
    harness.get_by_label("Reset view").click();
    harness.run();
    assert_eq!(harness.state().state.theme, ThemeChoice::System);
    assert!((harness.state().state.zoom - 1.0).abs() < f32::EPSILON);
}

#[test]
fn page_down_and_up_scroll_the_reading_panel() {
    let state = UiState {
        section: "faq".to_owned(),
        ..UiState::default()
    };
    let mut harness = app_harness([800.0, 480.0], AppOptions::default(), state);
    harness.run();
    let title_top = |harness: &Harness<'static, GuideApp>| {
        harness
            .get_by_role_and_label(Role::Heading, "Frequently asked questions")
            .rect()
            .top()
    };
    let before = title_top(&harness);
    harness.key_press(egui::Key::PageDown);
    harness.run_steps(20); // the scroll bar fades in and out
    let after = title_top(&harness);
    let page = harness.state().views.reader.page();
    assert!(page > 350.0, "a page is most of the visible panel: {page}");
    assert!(
        (before - after - page).abs() < 2.0,
        "scrolled down one page: {before} → {after}"
    );
    harness.key_press(egui::Key::PageUp);
    harness.run_steps(20);
    assert!((title_top(&harness) - before).abs() < 1.0, "back at the top");
}

#[test]
fn menus_list_their_shortcuts() {
    let mut harness = harness();
    open_menu(&mut harness, "View");
    for (item, keys) in [
        ("Search…", "Ctrl+F"),
        ("Zoom in", "Ctrl+Plus"),
        ("Reset zoom", "Ctrl+0"),
    ] {
        assert!(
            harness.query_all_by_label_contains(item).next().is_some()
                && harness.query_all_by_label_contains(keys).next().is_some(),
            "{item} with {keys}"
        );
    }
    open_menu(&mut harness, "View");
    open_menu(&mut harness, "File");
    for (item, keys) in [("Print…", "Ctrl+P"), ("Quit", "Ctrl+Q")] {
        assert!(
            harness.query_all_by_label_contains(item).next().is_some()
                && harness.query_all_by_label_contains(keys).next().is_some(),
            "{item} with {keys}"
        );
    }
}

#[test]
fn on_macos_menus_tooltips_and_the_sheet_write_cmd_as_the_symbol() {
    let builder = Harness::builder()
        .with_size([1280.0, 1600.0])
        .with_os(egui::os::OperatingSystem::Mac);
    let mut harness = common::app::harness_of(builder, |ctx| {
        common::app::new_app(ctx, AppOptions::default(), UiState::default())
    });
    harness.run();
    // The top bar's zoom button describes itself with its tooltip's text.
    let tooltip = harness.query_all_by_role(Role::Button).find_map(|node| {
        node.accesskit_node()
            .description()
            .filter(|d| d.starts_with("Zoom in"))
    });
    assert_eq!(tooltip.as_deref(), Some("Zoom in (⌘+)"));
    open_menu(&mut harness, "View");
    harness.get_by_role_and_label(Role::MenuItem, "Search… ⌘F");
    harness.get_by_role_and_label(Role::MenuItem, "Zoom in ⌘+");
    open_menu(&mut harness, "View");
    open_menu(&mut harness, "File");
    harness.get_by_role_and_label(Role::MenuItem, "Print… ⌘P");
    harness.get_by_role_and_label(Role::MenuItem, "Quit ⌘Q");
    harness.key_press(egui::Key::Escape);
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label("⌘F");
    harness.get_by_label("Tab or ⇧Tab");
    let ctrl: Vec<String> = harness
        .query_all_by_label_contains("Ctrl")
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert!(ctrl.is_empty(), "Ctrl on macOS: {ctrl:?}");
}

#[test]
fn long_result_lists_draw_only_what_is_in_view_and_follow_the_selection() {
    let mut harness = app_harness([1280.0, 600.0], AppOptions::default(), UiState::default());
    harness.run();
    common::app::type_query(&mut harness, "the");
    assert_eq!(
        harness.state().views.search.hits().len(),
        medtech_guide::search::MAX_HITS
    );
    let label = |harness: &Harness<'static, GuideApp>, index: usize| {
        let hit = &harness.state().views.search.hits()[index];
        let section = &harness.state().guide().text.sections[hit.section].title;
        format!("{section}: {}", hit.snippet)
    };
    // A result far out of view is in the list for assistive technology, but not laid out.
    let far_snippet = harness.state().views.search.hits()[45].snippet.clone();
    assert!(harness.query_by_label(&label(&harness, 45)).is_some());
    let first_snippet = harness.state().views.search.hits()[0].snippet.clone();
    assert!(
        common::paint::painted_texts(&harness)
            .iter()
            .any(|t| t.text.contains(&first_snippet)),
        "the first result is drawn"
    );
    assert!(
        !common::paint::painted_texts(&harness)
            .iter()
            .any(|t| t.text.contains(&far_snippet)),
        "a result far out of view is not laid out"
    );
    for _ in 0..30 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run_steps(3);
    }
    harness.run();
    assert_eq!(harness.state().views.search.selected(), 30);
    let selected = label(&harness, 30);
    let node = harness.get_by_label(&selected);
    assert!(
        node.rect().bottom() <= 600.0 && node.rect().top() >= 0.0,
        "the selection is scrolled into view"
    );
}
