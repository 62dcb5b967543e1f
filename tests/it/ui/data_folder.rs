//! File › Open data folder…, File › Use the bundled data and File › Save a copy of the data…,
//! through the window's own folder dialog (as where no system dialog can be shown); the folder
//! opened is remembered for the next start, and `--data` wins over it.

use std::path::Path;

use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    model::DataOrigin,
    state::UiState,
};

use crate::common::{
    self,
    app::{open_menu, step_until},
    data::{DATA_FILES, copy_data_dir},
};

fn window(state: UiState, data_dir: Option<&Path>) -> Harness<'static, GuideApp> {
    let options = AppOptions {
        in_window_save_dialog: true,
        data_dir: data_dir.map(Path::to_path_buf),
        ..common::app::open_section("salary")
    };
    let mut harness = common::app::harness([1280.0, 800.0], options, state);
    harness.run();
    harness
}

/// Picks `item` from the File menu and waits for the folder dialog.
fn file_menu(harness: &mut Harness<'static, GuideApp>, item: &str) {
    open_menu(harness, "File");
    // A menu item's label ends with its shortcut, if it has one.
    let Some(entry) = harness
        .query_all_by_label_contains(item)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::MenuItem)
    else {
        panic!("no menu item `{item}` in the File menu");
    };
    entry.click();
    harness.run();
}

fn choose_folder(harness: &mut Harness<'static, GuideApp>, folder: &Path, button: &str) {
    step_until(harness, "the folder dialog", |h| {
        h.state().views.folder_dialog.is_some()
    });
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Folder")
        .set_text_value_accesskit(&folder.display().to_string());
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, button)
        .click();
    // The worker answers in its own time; the callers wait for it.
    harness.step();
}

fn shown_folder(harness: &Harness<'static, GuideApp>) -> Option<std::path::PathBuf> {
    harness
        .state()
        .guide()
        .origin
        .folder_path()
        .map(Path::to_path_buf)
}

#[test]
fn a_folder_opened_from_the_menu_is_shown_followed_and_remembered_until_the_bundled_data_is_chosen() {
    let dir = copy_data_dir();
    let path = dir.path().join(common::data::SALARY);
    let text =
        common::files::read_to_string(&path).replacen("us_median_usd: 36000,", "us_median_usd: 36900,", 1);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let mut harness = window(UiState::default(), None);
    assert_eq!(harness.state().guide().origin, DataOrigin::Bundled);
    file_menu(&mut harness, "Open data folder…");
    choose_folder(&mut harness, dir.path(), "Open");
    step_until(&mut harness, "the folder's data", |h| {
        shown_folder(h).as_deref() == Some(dir.path())
    });
    // The message fades in over a few frames.
    harness.run_steps(10);
    assert!(harness.query_all_by_label_contains("$36,900").next().is_some());
    assert!(harness.state().views.folder_dialog.is_none(), "the dialog closed");
    assert_eq!(harness.state().state.data_folder.as_deref(), Some(dir.path()));
    assert!(
        harness
            .query_all_by_label_contains("Showing the data in")
            .next()
            .is_some(),
        "a message says which data is shown"
    );

    // The next start shows it again; `--data` wins over it.
    let remembered = harness.state().state.clone();
    let again = window(remembered.clone(), None);
    assert_eq!(shown_folder(&again).as_deref(), Some(dir.path()));
    let other = copy_data_dir();
    let overridden = window(remembered, Some(other.path()));
    assert_eq!(shown_folder(&overridden).as_deref(), Some(other.path()));

    file_menu(&mut harness, "Use the bundled data");
    assert_eq!(harness.state().guide().origin, DataOrigin::Bundled);
    assert_eq!(harness.state().state.data_folder, None);
    assert!(harness.query_all_by_label_contains("$36,000").next().is_some());
}

#[test]
fn a_folder_without_the_data_files_is_named_before_it_is_opened() {
    let empty = common::files::temp_dir();
    let mut harness = window(UiState::default(), None);
    // Ctrl+O, as the menu item says.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    step_until(&mut harness, "the folder dialog", |h| {
        h.state().views.folder_dialog.is_some()
    });
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Folder")
        .set_text_value_accesskit(&empty.path().display().to_string());
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains(&format!("This folder has no {}", DATA_FILES.join(", ")))
            .next()
            .is_some()
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Open")
        .click();
    step_until(&mut harness, "the problems banner", |h| {
        h.state().banner.is_some()
    });
    harness.run();
    assert_eq!(
        harness.state().guide().origin,
        DataOrigin::Bundled,
        "the bundled data stays"
    );
    let problems = harness.state().banner.as_ref().map(|b| b.problems.len());
    assert_eq!(problems, Some(DATA_FILES.len()), "each missing file is named");
}

#[test]
fn a_copy_of_the_data_is_saved_and_an_earlier_copy_replaced_only_when_confirmed() {
    let dir = common::files::temp_dir();
    let folder = dir.path().join("guide-data");
    let mut harness = window(UiState::default(), None);
    file_menu(&mut harness, "Save a copy of the data…");
    choose_folder(&mut harness, &folder, "Save");
    step_until(&mut harness, "the copy saved", |h| {
        h.state().views.folder_dialog.is_none()
    });
    harness.run_steps(10);
    for file in DATA_FILES {
        let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(file);
        assert_eq!(
            common::files::read_to_string(&folder.join(file)),
            common::files::read_to_string(&bundled),
            "{file} is the bundled file"
        );
    }
    assert!(
        harness
            .query_all_by_label_contains("Saved a copy of the data to")
            .next()
            .is_some()
    );

    // Again: the dialog asks before replacing.
    std::fs::write(folder.join(common::data::GUIDE), "edited").unwrap_or_else(|e| panic!("{e}"));
    file_menu(&mut harness, "Save a copy of the data…");
    step_until(&mut harness, "the folder dialog", |h| {
        h.state().views.folder_dialog.is_some()
    });
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Folder")
        .set_text_value_accesskit(&folder.display().to_string());
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("already holds guide.ron")
            .next()
            .is_some()
    );
    assert_eq!(
        common::files::read_to_string(&folder.join(common::data::GUIDE)),
        "edited"
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Replace")
        .click();
    step_until(&mut harness, "the copy replaced", |h| {
        h.state().views.folder_dialog.is_none()
    });
    assert_ne!(
        common::files::read_to_string(&folder.join(common::data::GUIDE)),
        "edited"
    );
}

#[test]
fn a_data_folder_with_problems_at_start_shows_once_it_is_fixed() {
    let dir = copy_data_dir();
    let path = dir.path().join(common::data::GLOBAL);
    let good = common::files::read_to_string(&path);
    std::fs::write(&path, good.replacen("local_min: 45000,", "local_min: 45000", 1))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut harness = window(UiState::default(), Some(dir.path()));
    assert_eq!(
        harness.state().guide().origin,
        DataOrigin::Bundled,
        "the bundled data, with the problems"
    );
    assert_eq!(harness.state().banner.as_ref().map(|b| b.problems.len()), Some(1));
    std::fs::write(&path, good).unwrap_or_else(|e| panic!("{e}"));
    step_until(&mut harness, "the fixed folder's data", |h| {
        shown_folder(h).as_deref() == Some(dir.path())
    });
    assert!(harness.state().banner.is_none());
    assert_eq!(
        harness.state().state.data_folder,
        None,
        "a folder given with --data is not remembered"
    );
}
