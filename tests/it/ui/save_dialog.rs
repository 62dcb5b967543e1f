//! Exporting where no native save dialog can be shown: the window asks for the path itself,
//! never treats "could not open a dialog" as a cancel, and says where the file went.

use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    export::{ChartFormat, ChartId, suggested_file_name},
    state::UiState,
};

use crate::common;
use crate::common::app::open_menu;
use crate::common::mounts::{RefusingFolder, skip};

pub(super) fn open_salary() -> Harness<'static, GuideApp> {
    // As with MEDTECH_GUIDE_SAVE_DIALOG=in-window: the same path a desktop without a portal takes.
    let options = AppOptions {
        in_window_save_dialog: true,
        ..common::app::open_section("salary")
    };
    let mut harness = common::app::harness([1280.0, 2400.0], options, UiState::default());
    harness.run();
    harness
}

/// Steps until `label` is on screen (the worker answers on its own thread).
pub(crate) fn wait_for(harness: &mut Harness<'static, GuideApp>, label: &str) {
    common::app::step_until(harness, &format!("`{label}` appearing"), |h| {
        h.query_by_label_contains(label).is_some()
    });
    harness.run();
}

/// Picks `item` from the first chart's Export… menu and waits for the in-window dialog.
pub(super) fn export_from_chart_menu(harness: &mut Harness<'static, GuideApp>, item: &str) {
    let Some(menu) = harness.get_all_by_label("Export…").next() else {
        panic!("no Export… menu under the chart");
    };
    menu.click();
    harness.run();
    harness.get_by_label(item).click();
    wait_for(harness, "Save to");
}

/// Replaces the dialog's path with `path`, as typing would.
pub(crate) fn type_path(harness: &mut Harness<'static, GuideApp>, path: &std::path::Path) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Save to")
        .set_text_value_accesskit(&path.display().to_string());
    harness.run();
}

#[test]
fn without_a_native_dialog_the_window_asks_where_to_save_and_says_where_it_went() {
    let dir = common::files::temp_dir();
    let mut harness = open_salary();
    export_from_chart_menu(&mut harness, "PNG image…");
    let proposed = harness
        .state()
        .views
        .save_dialog
        .clone()
        .expect("the in-window dialog");
    assert!(
        proposed.path().ends_with("salary-by-experience.png"),
        "{}",
        proposed.path()
    );

    let target = dir.path().join("for the talk");
    type_path(&mut harness, &target);
    harness.get_by_label("Save").click();
    wait_for(&mut harness, "Saved");

    let saved = target.with_extension("png");
    let bytes = std::fs::read(&saved).expect("the file was written, with its extension added");
    assert_eq!(&bytes[1..4], b"PNG");
    let toast = harness.state().exports.toast.clone().expect("a message");
    assert_eq!(
        toast.text,
        format!("Saved for the talk.png to {}", dir.path().display())
    );
    assert!(harness.query_by_label("Open folder").is_some());
    assert!(harness.state().views.save_dialog.is_none(), "the dialog closed");
}

#[test]
fn the_in_window_dialog_refuses_a_folder_that_does_not_exist_and_cancel_writes_nothing() {
    let dir = common::files::temp_dir();
    let mut harness = open_salary();
    export_from_chart_menu(&mut harness, "CSV data…");
    let missing = dir.path().join("missing").join("levels.csv");
    type_path(&mut harness, &missing);
    let problem = format!(
        "The folder {} does not exist.",
        missing.parent().expect("parent").display()
    );
    assert!(harness.query_by_label(&problem).is_some(), "the problem is shown");
    assert!(harness.get_by_label("Save").accesskit_node().is_disabled());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().views.save_dialog.is_none());
    assert!(!missing.exists());
    assert!(
        std::fs::read_dir(dir.path()).expect("dir").next().is_none(),
        "nothing written"
    );
}

/// The text in the dialog's path field.
fn typed_path(harness: &Harness<'static, GuideApp>) -> String {
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Save to")
        .value()
        .unwrap_or_default()
}

#[test]
fn a_failed_save_keeps_the_dialog_open_with_the_reason_and_the_path_as_typed() {
    let folder = match RefusingFolder::with_files(&[]) {
        Ok(folder) => folder,
        Err(why) => return skip("a_failed_save_keeps_the_dialog_open", &why),
    };
    let mut harness = open_salary();
    export_from_chart_menu(&mut harness, "PNG image…");
    let target = folder.join("for the talk.png");
    type_path(&mut harness, &target);
    harness.get_by_label("Save").click();
    let reason = format!(
        "Export failed: cannot write to {}: {}",
        folder.path().display(),
        folder.reason()
    );
    wait_for(&mut harness, &reason);

    assert!(
        harness.state().views.save_dialog.is_some(),
        "the dialog stays open"
    );
    assert_eq!(
        typed_path(&harness),
        target.display().to_string(),
        "the path as typed"
    );
    assert!(
        harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, "Save to")
            .is_focused(),
        "the keyboard is back in the path, to correct it"
    );
    assert!(
        !harness.get_by_label("Save").accesskit_node().is_disabled(),
        "it can be tried again"
    );
    assert!(
        harness.state().exports.toast.is_none(),
        "said in the dialog, not behind it"
    );
    assert!(!target.exists());

    // Corrected, the same dialog saves.
    let dir = common::files::temp_dir();
    let good = dir.path().join("for the talk.png");
    type_path(&mut harness, &good);
    assert!(
        harness.query_by_label_contains("Export failed").is_none(),
        "the old reason goes when the path changes"
    );
    harness.get_by_label("Save").click();
    wait_for(&mut harness, "Saved");
    assert!(harness.state().views.save_dialog.is_none(), "the dialog closed");
    assert!(good.exists());
}

#[test]
fn create_folder_makes_the_missing_folder_and_then_the_save_writes_the_file() {
    let dir = common::files::temp_dir();
    let mut harness = open_salary();
    export_from_chart_menu(&mut harness, "CSV data…");
    let folder = dir.path().join("talks").join("2026");
    let target = folder.join("levels.csv");
    type_path(&mut harness, &target);
    assert!(harness.get_by_label("Save").accesskit_node().is_disabled());
    harness.get_by_label("Create folder").click();
    harness.run();
    assert!(folder.is_dir(), "the folder was created");
    assert!(
        harness.query_by_label("Create folder").is_none(),
        "nothing left to create"
    );
    assert!(
        harness
            .query_by_label(&format!("Saves {}", target.display()))
            .is_some()
    );
    assert_eq!(typed_path(&harness), target.display().to_string());
    harness.get_by_label("Save").click();
    wait_for(&mut harness, "Saved");
    let text = common::files::read_to_string(&target);
    assert!(text.lines().count() > 1, "the levels were written: {text}");
}

#[test]
fn a_path_inside_a_file_says_so_and_offers_no_folder_to_create() {
    let dir = common::files::temp_dir();
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "mine").expect("a file");
    let mut harness = open_salary();
    export_from_chart_menu(&mut harness, "SVG image…");
    type_path(&mut harness, &file.join("chart.svg"));
    let problem = format!("{} is a file, not a folder.", file.display());
    assert!(harness.query_by_label(&problem).is_some(), "the problem is shown");
    assert!(harness.query_by_label("Create folder").is_none());
    assert!(harness.get_by_label("Save").accesskit_node().is_disabled());
    assert_eq!(common::files::read_to_string(&file), "mine");
}

#[test]
fn enter_in_the_path_field_saves() {
    let dir = common::files::temp_dir();
    let mut harness = open_salary();
    export_from_chart_menu(&mut harness, "SVG image…");
    let target = dir.path().join("chart.svg");
    type_path(&mut harness, &target);
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Save to");
    field.focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    wait_for(&mut harness, "Saved");
    assert!(harness.state().views.save_dialog.is_none(), "the dialog closed");
    assert!(common::files::read_to_string(&target).starts_with("<svg"));
}

#[test]
fn the_file_menu_exports_the_guide_as_pdf_through_the_same_dialog() {
    let dir = common::files::temp_dir();
    let mut harness = open_salary();
    open_menu(&mut harness, "File");
    harness.get_by_label("Export guide as PDF…").click();
    wait_for(&mut harness, "Save to");
    let proposed = harness
        .state()
        .views
        .save_dialog
        .clone()
        .expect("the in-window dialog");
    assert!(
        proposed.path().ends_with("medtech-guide.pdf"),
        "{}",
        proposed.path()
    );
    let target = dir.path().join("binder");
    type_path(&mut harness, &target);
    harness.get_by_label("Save").click();
    wait_for(&mut harness, "Saved");
    let bytes = std::fs::read(target.with_extension("pdf")).expect("the guide PDF was written");
    assert!(bytes.starts_with(b"%PDF-"));
    let toast = harness.state().exports.toast.clone().expect("a message");
    assert_eq!(
        toast.text,
        format!("Saved binder.pdf to {}", dir.path().display())
    );
}

#[test]
fn file_menu_exports_either_chart_from_any_section() {
    // Overview has no chart; File › Export chart offers both.
    let options = AppOptions {
        in_window_save_dialog: true,
        ..common::app::open_section("overview")
    };
    let mut harness = common::app::harness([1280.0, 1000.0], options, UiState::default());
    harness.run();
    open_menu(&mut harness, "File");
    harness.get_by_label("Export chart").hover();
    harness.run();
    let guide = common::data::guide();
    let title = ChartId::GlobalSalaries.title(&guide);
    harness.get_by_label(&title).hover();
    harness.run();
    harness.get_by_label("SVG image…").click();
    wait_for(&mut harness, "Save to");
    let dialog = harness
        .state()
        .views
        .save_dialog
        .clone()
        .expect("the in-window dialog");
    let expected = suggested_file_name(ChartId::GlobalSalaries, ChartFormat::Svg);
    assert!(
        dialog.path().ends_with(&expected),
        "{} should end with {expected}",
        dialog.path()
    );
}

#[test]
fn export_shortcut_in_a_section_without_a_chart_says_where_the_charts_are() {
    let mut harness = common::app::harness(
        [1280.0, 1000.0],
        common::app::open_section("overview"),
        UiState::default(),
    );
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("This section has no chart. File › Export chart offers both charts.")
            .is_some()
    );
}

/// The rectangle of the button `label` on screen.
fn button_rect(harness: &Harness<'static, GuideApp>, label: &str) -> egui::Rect {
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, label)
        .rect()
}

#[test]
fn every_dialog_fits_a_small_window_at_a_large_zoom() {
    // 800×600 at 200 %: 400×300 points.
    for (size, zoom) in [
        ([800.0, 600.0], 2.0),
        ([1024.0, 768.0], 2.0),
        ([640.0, 480.0], 1.5),
    ] {
        let options = AppOptions {
            in_window_save_dialog: true,
            ..common::app::open_section("salary")
        };
        let mut harness = common::app::harness(size, options, UiState::default());
        harness.ctx.set_zoom_factor(zoom);
        harness.run();
        let window = harness.ctx.content_rect();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
        wait_for(&mut harness, "Save to");
        for part in [
            button_rect(&harness, "Save"),
            button_rect(&harness, "Cancel"),
            harness
                .get_by_role_and_label(egui::accesskit::Role::TextInput, "Save to")
                .rect(),
        ] {
            assert!(
                window.contains_rect(part),
                "{size:?} at {zoom}: {part:?} in {window:?}"
            );
        }
        button_rect(&harness, "Cancel");
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, "Cancel")
            .click();
        harness.run();
        for dialog in ["Keyboard shortcuts", "About medtech-guide"] {
            if dialog == "Keyboard shortcuts" {
                harness.key_press(egui::Key::F1);
            } else {
                open_menu(&mut harness, "Help");
                harness.get_by_label("About medtech-guide…").click();
            }
            harness.run();
            let close = button_rect(&harness, "Close");
            assert!(
                window.contains_rect(close),
                "{size:?} at {zoom}: {dialog}'s Close at {close:?}"
            );
            harness
                .get_by_role_and_label(egui::accesskit::Role::Button, "Close")
                .click();
            harness.run();
        }
    }
}

#[test]
fn esc_in_the_path_field_cancels_the_dialog_at_once() {
    let mut harness = open_salary();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    wait_for(&mut harness, "Save to");
    assert!(
        harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, "Save to")
            .is_focused(),
        "the path has the keyboard"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().views.save_dialog.is_none(), "one Esc closed it");
}
