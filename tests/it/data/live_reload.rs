//! A data folder open in the window follows its edits: a valid edit shows at once in the section
//! being read; a broken file leaves the last good data on screen and the banner names
//! `FILE:LINE:COLUMN`; fixing it clears the banner; removing the folder brings the bundled data back
//! with a message. The watcher runs on its own thread, so each step waits for the window to show
//! the change (`step_until`), never for a fixed time.

use crate::common::data::shown;
use std::path::{Path, PathBuf};

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
    app::step_until,
    data::{SALARY, copy_data_dir},
};

/// The junior level's US median as bundled, and as the tests change it.
const BUNDLED_MEDIAN: &str = "us_median_usd: 36000,";
const EDITED_MEDIAN: &str = "us_median_usd: 36500,";

/// The window on `folder` (as `--data FOLDER` opens it), on the salary section.
fn open_on(folder: &Path, state: UiState) -> Harness<'static, GuideApp> {
    let options = AppOptions {
        data_dir: Some(folder.to_path_buf()),
        ..common::app::open_section("salary")
    };
    let mut harness = common::app::harness(common::app::TALL, options, state);
    harness.run();
    harness
}

/// Replaces `from` with `to` in the salary file of `folder`, as an editor saving it would.
fn edit_salary(folder: &Path, from: &str, to: &str) -> String {
    let path = folder.join(SALARY);
    let text = common::files::read_to_string(&path);
    assert!(text.contains(from), "{} holds `{from}`", path.display());
    let edited = text.replacen(from, to, 1);
    std::fs::write(&path, &edited).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    edited
}

fn shows(harness: &Harness<'static, GuideApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

fn banner_lines(harness: &Harness<'static, GuideApp>) -> Vec<String> {
    harness
        .state()
        .banner
        .as_ref()
        .map(|b| b.problems.0.iter().map(ToString::to_string).collect())
        .unwrap_or_default()
}

#[test]
fn edits_show_at_once_a_broken_file_keeps_the_data_and_a_removed_folder_brings_back_the_bundled_data() {
    let dir = copy_data_dir();
    let folder = dir.path().join("guide-data");
    std::fs::create_dir(&folder).unwrap_or_else(|e| panic!("cannot make the folder: {e}"));
    for file in common::data::DATA_FILES {
        std::fs::rename(dir.path().join(file), folder.join(file)).unwrap_or_else(|e| panic!("{e}"));
    }
    let mut harness = open_on(&folder, UiState::default());
    assert!(shows(&harness, "$36,000"), "the bundled junior median is shown");
    assert!(!shows(&harness, "$36,500"));

    // A valid edit: the new figure, in the same section, without a restart.
    let edited = edit_salary(&folder, BUNDLED_MEDIAN, EDITED_MEDIAN);
    step_until(&mut harness, "the edited median appearing", |h| {
        shows(h, "$36,500")
    });
    assert_eq!(harness.state().section().map(|s| s.id.as_str()), Some("salary"));
    assert!(harness.state().banner.is_none());

    // A broken file: a missing comma after the figure. The window keeps the last good data and
    // the banner says where the comma belongs.
    let broken = edited.replacen(EDITED_MEDIAN, "us_median_usd: 36800", 1);
    let line = broken
        .lines()
        .position(|l| l.contains("us_median_usd: 36800"))
        .map_or_else(|| panic!("the broken line is there"), |i| i + 1);
    let column = broken
        .lines()
        .nth(line - 1)
        .map_or(0, |l| l.find("36800").unwrap_or(0) + 6);
    std::fs::write(folder.join(SALARY), &broken).unwrap_or_else(|e| panic!("{e}"));
    step_until(&mut harness, "the banner naming the problem", |h| {
        !banner_lines(h).is_empty()
    });
    harness.run();
    let expected = format!("{}:{line}:{column}: ", folder.join(SALARY).display());
    let lines = banner_lines(&harness);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines.iter().all(|l| l.starts_with(&expected)),
        "{lines:?} should start with {expected}"
    );
    assert!(shows(&harness, &expected), "the banner shows {expected}");
    assert!(shows(&harness, "$36,500"), "the last good figure stays");
    assert!(!shows(&harness, "$36,800"));

    // Fixed: the banner goes and the fixed figure shows.
    std::fs::write(
        folder.join(SALARY),
        broken.replacen("us_median_usd: 36800", "us_median_usd: 36800,", 1),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    step_until(&mut harness, "the fixed figure appearing", |h| {
        shows(h, "$36,800")
    });
    assert!(harness.state().banner.is_none(), "{:?}", banner_lines(&harness));

    // The folder removed: the bundled data again, and a message naming the folder.
    std::fs::remove_dir_all(&folder).unwrap_or_else(|e| panic!("{e}"));
    let heading = back_to_bundled(&mut harness, "$36,800");
    assert!(heading.contains("was removed or renamed"), "{heading}");
    assert!(shows(
        &harness,
        "was removed or renamed; showing the bundled data"
    ));
}

#[test]
fn a_save_by_rename_counts_and_the_place_and_the_search_are_kept() {
    let dir = copy_data_dir();
    let mut harness = open_on(dir.path(), UiState::default());
    common::app::type_query(&mut harness, "36,000");
    let hits_before = harness.state().views.search.hits().len();
    assert!(hits_before > 0, "the bundled median is found");
    // Save as many editors do: a new file, renamed over the old one.
    let path = dir.path().join(SALARY);
    let text = common::files::read_to_string(&path).replacen(BUNDLED_MEDIAN, EDITED_MEDIAN, 1);
    let temporary: PathBuf = dir.path().join(".salary.ron.swp");
    std::fs::write(&temporary, text).unwrap_or_else(|e| panic!("{e}"));
    std::fs::rename(&temporary, &path).unwrap_or_else(|e| panic!("{e}"));
    step_until(&mut harness, "the edit reloading", |h| {
        h.state().guide().salary.levels.first().map(|l| l.us_median_usd) == Some(36_500)
    });
    harness.run();
    let app = harness.state();
    assert_eq!(app.section().map(|s| s.id.as_str()), Some("salary"));
    assert_eq!(app.views.search.query(), "36,000", "the query stays");
    assert!(
        app.views.search.hits().len() < hits_before,
        "the query ran again on the new data: {} hits before, {} after",
        hits_before,
        app.views.search.hits().len()
    );
}

#[test]
fn the_title_and_the_exports_name_the_folder() {
    let dir = copy_data_dir();
    let mut harness = open_on(dir.path(), UiState::default());
    harness.run();
    let name = dir
        .path()
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let present = &harness.state().present;
    let guide = present.guide();
    assert_eq!(guide.origin.short_name(), name);
    let title = harness.root().accesskit_node().label().unwrap_or_default();
    assert_eq!(
        title,
        format!("Salary and outlook — Medical Technician career guide (data: {name})")
    );
    let csv = String::from_utf8(common::export::export_chart(
        present,
        medtech_guide::export::ChartId::SalaryByExperience,
        medtech_guide::export::ChartFormat::Csv,
        &medtech_guide::export::RenderOptions::default(),
    ))
    .unwrap_or_default();
    let note = format!("(data: {}, edited ", dir.path().display());
    assert!(csv.contains(&note), "{csv}");
    let bundled = common::data::guide();
    assert!(!medtech_guide::export::markdown::guide_markdown(&shown(&bundled)).contains("(data: "));
    assert!(medtech_guide::export::markdown::guide_markdown(present).contains(&note));
}

#[test]
fn a_reload_keeps_the_scroll_position_and_the_chart_options() {
    let dir = copy_data_dir();
    let options = AppOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..common::app::open_section("salary")
    };
    let state = UiState {
        salary_chart: medtech_guide::state::SalaryChartOptions {
            years: 4.5,
            show_data: true,
            show_values: true,
        },
        ..UiState::default()
    };
    let mut harness = common::app::harness([1280.0, 800.0], options, state.clone());
    harness.run();
    for _ in 0..3 {
        harness.key_press(egui::Key::PageDown);
        harness.run_steps(12);
    }
    let offset = harness.state().views.reader.offset();
    assert!(offset > 500.0, "the section scrolled down ({offset})");
    edit_salary(dir.path(), BUNDLED_MEDIAN, EDITED_MEDIAN);
    step_until(&mut harness, "the edit reloading", |h| {
        h.state().guide().salary.levels.first().map(|l| l.us_median_usd) == Some(36_500)
    });
    harness.run();
    let app = harness.state();
    assert!(
        (app.views.reader.offset() - offset).abs() < 1.0,
        "scrolled to {} after the reload, {offset} before",
        app.views.reader.offset()
    );
    assert_eq!(app.state.salary_chart, state.salary_chart);
    assert_eq!(app.section().map(|s| s.id.as_str()), Some("salary"));
}

#[test]
fn a_renamed_folder_is_reported_and_the_bundled_data_returns() {
    let dir = copy_data_dir();
    let folder = dir.path().join("guide-data");
    std::fs::create_dir(&folder).unwrap_or_else(|e| panic!("cannot make the folder: {e}"));
    for file in common::data::DATA_FILES {
        std::fs::rename(dir.path().join(file), folder.join(file)).unwrap_or_else(|e| panic!("{e}"));
    }
    edit_salary(&folder, BUNDLED_MEDIAN, EDITED_MEDIAN);
    let mut harness = open_on(&folder, UiState::default());
    assert!(shows(&harness, "$36,500"), "the folder's figure");
    std::fs::rename(&folder, dir.path().join("renamed")).unwrap_or_else(|e| panic!("{e}"));
    let heading = back_to_bundled(&mut harness, "$36,500");
    assert_eq!(
        heading,
        format!(
            "The data folder {} was removed or renamed; showing the bundled data",
            folder.display()
        )
    );
    assert!(
        harness.state().data_folder.watched().is_none(),
        "the watch has ended"
    );
}

/// Waits for the bundled data to return (the folder gone), checks the window shows its figure
/// and no longer `edited`, and returns the banner's heading.
fn back_to_bundled(harness: &mut Harness<'static, GuideApp>, edited: &str) -> String {
    step_until(harness, "the bundled data returning", |h| {
        h.state().guide().origin == DataOrigin::Bundled
    });
    harness.run();
    assert!(shows(harness, "$36,000") && !shows(harness, edited));
    harness
        .state()
        .banner
        .as_ref()
        .map(|b| b.heading.clone())
        .unwrap_or_default()
}

#[test]
fn a_section_of_the_folders_own_opens_once_its_data_loads_and_is_remembered_meanwhile() {
    // The folder's guide calls its questions section "questions"; its salary file is broken at
    // start, so the window shows the bundled data, which has no such section.
    let dir = copy_data_dir();
    let guide = dir.path().join(common::data::GUIDE);
    let renamed = common::files::read_to_string(&guide).replacen("id: \"faq\"", "id: \"questions\"", 1);
    std::fs::write(&guide, renamed).unwrap_or_else(|e| panic!("{e}"));
    let edited = edit_salary(dir.path(), BUNDLED_MEDIAN, "us_median_usd: 36000");
    let options = AppOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..AppOptions::default()
    };
    let state = UiState {
        section: "questions".to_owned(),
        ..UiState::default()
    };
    let mut harness = common::app::harness(common::app::TALL, options, state);
    harness.run();
    assert!(
        harness.state().banner.is_some(),
        "the folder's data has a problem"
    );
    assert_eq!(harness.state().section().map(|s| s.id.as_str()), Some("overview"));
    assert_eq!(
        common::app::saved_state(&mut harness).section,
        "questions",
        "saved meanwhile: the section asked for, not the one shown instead"
    );

    std::fs::write(
        dir.path().join(SALARY),
        edited.replacen("us_median_usd: 36000", BUNDLED_MEDIAN, 1),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    step_until(&mut harness, "the folder's data loading", |h| {
        h.state().banner.is_none()
    });
    harness.run();
    assert_eq!(
        harness.state().section().map(|s| s.id.as_str()),
        Some("questions")
    );
    harness.get_by_role_and_label(egui::accesskit::Role::Heading, "Frequently asked questions");
}
