//! The in-window save dialog offers what the command line can set, for the format being saved
//! only (a chart's size and theme, the printed documents' paper), uses it, and remembers it for
//! the next export and the next run.

use egui::accesskit::{Role, Toggled};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    command::Command,
    export::{
        ChartFormat, ChartId, ExportSettings, ExportTheme, Target,
        pdf::{Paper, PrintDocument, PrintFormat},
    },
    jobs::ExportRequest,
    state::{self, ThemeChoice, UiState},
};

use super::save_dialog::{export_from_chart_menu, open_salary, type_path, wait_for};
use crate::common;

const A4: &str = "A4 (210 × 297 mm)";
const LETTER: &str = "Letter (8.5 × 11 in)";

/// The app on the salary section with the saved `state`, asking for paths in the window.
fn open_salary_with(state: UiState) -> Harness<'static, GuideApp> {
    let options = AppOptions {
        in_window_save_dialog: true,
        ..common::app::open_section("salary")
    };
    let mut harness = common::app::harness([1280.0, 2400.0], options, state);
    harness.run();
    harness
}

/// Asks for `request` as a menu would, and waits for the in-window dialog.
fn ask(harness: &mut Harness<'static, GuideApp>, request: ExportRequest) {
    harness.state_mut().push(Command::Export(request, None));
    wait_for(harness, "Save to");
}

fn radio_checked(harness: &Harness<'static, GuideApp>, label: &str) -> bool {
    harness
        .get_by_role_and_label(Role::RadioButton, label)
        .accesskit_node()
        .toggled()
        == Some(Toggled::True)
}

fn size_field(harness: &Harness<'static, GuideApp>, name: &str) -> f64 {
    harness
        .get_by_role_and_label(Role::SpinButton, name)
        .accesskit_node()
        .numeric_value()
        .unwrap_or_else(|| panic!("{name} has no value"))
}

#[test]
fn the_dialog_offers_only_what_the_format_uses() {
    let salary = ChartId::SalaryByExperience;
    let cases = [
        (
            ExportRequest::Save(Target::Chart(salary, ChartFormat::Png)),
            true,
            true,
            false,
        ),
        (
            ExportRequest::Save(Target::Chart(salary, ChartFormat::Svg)),
            true,
            true,
            false,
        ),
        (
            ExportRequest::Save(Target::Chart(salary, ChartFormat::Pdf)),
            true,
            true,
            false,
        ),
        (
            ExportRequest::Save(Target::Chart(salary, ChartFormat::Csv)),
            false,
            false,
            false,
        ),
        (
            ExportRequest::Save(Target::Print(PrintDocument::Guide, PrintFormat::Pdf)),
            false,
            false,
            true,
        ),
        (
            ExportRequest::Save(Target::Print(PrintDocument::Handout, PrintFormat::Png)),
            false,
            false,
            true,
        ),
    ];
    for (request, size, theme, paper) in cases {
        let mut harness = open_salary();
        ask(&mut harness, request.clone());
        let offered = |role: Role, label: &str| harness.query_by_role_and_label(role, label).is_some();
        assert_eq!(offered(Role::SpinButton, "Width"), size, "{request:?}: size");
        assert_eq!(offered(Role::SpinButton, "Height"), size, "{request:?}: size");
        assert_eq!(offered(Role::RadioButton, "Dark"), theme, "{request:?}: theme");
        assert_eq!(offered(Role::RadioButton, LETTER), paper, "{request:?}: paper");
    }
}

#[test]
fn a_png_of_the_size_and_theme_chosen_and_the_choice_remembered_for_the_next_export() {
    let dir = common::files::temp_dir();
    let options = AppOptions {
        in_window_save_dialog: true,
        theme: Some(ThemeChoice::Light),
        ..common::app::open_section("salary")
    };
    let builder = Harness::builder()
        .with_size([1280.0, 2400.0])
        .with_theme(egui::Theme::Light);
    let mut harness = common::app::harness_of(builder, move |ctx| {
        common::app::new_app(ctx, options, UiState::default())
    });
    harness.run();
    assert!(!harness.ctx.global_style().visuals.dark_mode, "a light window");
    export_from_chart_menu(&mut harness, "PNG image…");
    assert!(
        radio_checked(&harness, "As the window"),
        "at first, the window's theme"
    );
    harness
        .get_by_role_and_label(Role::SpinButton, "Width")
        .set_value_accesskit(640.0);
    harness
        .get_by_role_and_label(Role::SpinButton, "Height")
        .set_value_accesskit(400.0);
    harness.get_by_role_and_label(Role::RadioButton, "Dark").click();
    harness.run();
    let target = dir.path().join("small dark.png");
    type_path(&mut harness, &target);
    harness.get_by_label("Save").click();
    wait_for(&mut harness, "Saved");

    let (width, height, pixels) = common::png::read_png(&target);
    assert_eq!((width, height), (640, 400), "the size chosen");
    // The corner is the page's background: dark in the dark theme.
    let corner = &pixels[..3];
    assert!(corner.iter().all(|c| *c < 80), "a dark background: {corner:?}");

    let remembered = harness.state().state.export;
    assert_eq!(
        remembered,
        ExportSettings {
            width: 640,
            height: 400,
            theme: Some(ExportTheme::Dark),
            paper: None,
        }
    );
    // The next export starts from the choice.
    export_from_chart_menu(&mut harness, "PDF document…");
    assert!((size_field(&harness, "Width") - 640.0).abs() < 0.5);
    assert!((size_field(&harness, "Height") - 400.0).abs() < 0.5);
    assert!(radio_checked(&harness, "Dark"));
}

#[test]
fn the_choices_are_saved_with_the_window_state_and_come_back_next_run() {
    let dir = common::files::temp_dir();
    let file = dir.path().join(state::STATE_FILE);
    let chosen = UiState {
        export: ExportSettings {
            width: 1200,
            height: 900,
            theme: Some(ExportTheme::Light),
            paper: Some(Paper::Letter),
        },
        ..UiState::default()
    };
    state::save_to(&file, &chosen).expect("saved");
    let restored = state::load_from(&file).expect("read").expect("a state");
    assert_eq!(restored, chosen);

    let mut harness = open_salary_with(restored);
    export_from_chart_menu(&mut harness, "PNG image…");
    assert!((size_field(&harness, "Width") - 1200.0).abs() < 0.5);
    assert!(radio_checked(&harness, "Light"));

    // A state file from before these choices still loads, with the defaults; a size out of
    // range comes back within it.
    std::fs::write(&file, "(section: \"salary\", zoom: 1.25)").expect("old file");
    let old = state::load_from(&file).expect("read").expect("a state");
    assert_eq!(old.export, ExportSettings::default());
    assert_eq!(old.section, "salary");
    std::fs::write(&file, "(export: (width: 50, height: 20000))").expect("edited file");
    let edited = state::load_from(&file).expect("read").expect("a state");
    assert_eq!((edited.export.width, edited.export.height), (200, 10_000));
}

#[test]
fn the_guide_pdf_is_offered_paper_and_printed_on_the_one_chosen() {
    let dir = common::files::temp_dir();
    let mut harness = open_salary();
    for (choice, size) in [(LETTER, [612.0, 792.0]), (A4, [595.28, 841.89])] {
        common::app::open_menu(&mut harness, "File");
        harness.get_by_label("Export guide as PDF…").click();
        wait_for(&mut harness, "Save to");
        harness.get_by_role_and_label(Role::RadioButton, choice).click();
        harness.run();
        assert!(radio_checked(&harness, choice));
        let target = dir.path().join(format!("guide {}.pdf", &choice[..2]));
        type_path(&mut harness, &target);
        harness.get_by_label("Save").click();
        common::app::step_until(&mut harness, "the guide saved", |h| {
            h.state().views.save_dialog.is_none()
        });
        let media = common::pdf::media_box(&std::fs::read(&target).expect("the guide PDF"));
        assert!(
            (media[2] - size[0]).abs() < 0.1 && (media[3] - size[1]).abs() < 0.1,
            "{choice}: {media:?}"
        );
    }
    let paper = harness.state().state.export.paper;
    assert_eq!(paper, Some(Paper::A4), "the last choice is remembered");
}
