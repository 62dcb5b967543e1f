//! "My plan" driven as a reader would: answer items by label and see the counts, steps and totals
//! change; clear all (after confirming); the next run has the answers back; the path chart's
//! hover read-out and the reader's own mark; every choice a radio group named after its item.

use crate::common;

use common::{
    app::{TALL, harness as app_harness, open_section, plot_rect, saved_state},
    paint::painted_texts,
    plan::{answer, choose_route, has_text, type_into},
};
use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use medtech_guide::{
    app::AppOptions,
    model::{Answers, Choice},
    state::UiState,
    views::Place,
};

/// The path chart's description starts so (the salary chart's says "by years of experience").
const PATH_CHART: &str = "Step chart of US median and average yearly pay in USD by years from today";

fn plan_harness(state: UiState) -> egui_kittest::Harness<'static, medtech_guide::app::GuideApp> {
    let mut harness = app_harness(TALL, open_section("plan"), state);
    harness.run();
    harness
}

#[test]
fn answering_items_changes_the_counts_the_steps_and_the_totals() {
    let mut harness = plan_harness(UiState::default());
    assert!(has_text(&harness, "0 of 12 technical skills"));
    assert!(has_text(&harness, "Step 1: Complete an accredited program"));
    answer(&mut harness, "Phlebotomy and sample collection", Choice::Have);
    answer(&mut harness, "Basic EKG/ECG", Choice::Learning);
    assert!(
        has_text(&harness, "1 of 12 technical skills"),
        "the count follows"
    );
    assert!(has_text(&harness, "1 have, 1 learning, 10 missing"));
    assert!(has_text(&harness, "Learning: Basic EKG/ECG"));
    assert_eq!(
        harness.state().state.answers.choice("phlebotomy"),
        Some(Choice::Have)
    );

    answer(&mut harness, "Complete an accredited program", Choice::Have);
    assert!(
        !has_text(&harness, "Step 1: Complete an accredited program"),
        "a step had is no longer a next step"
    );
    assert!(has_text(&harness, "Step 2: Get certified"));

    assert!(has_text(
        &harness,
        "Choose where you start to see how long the guide says your way in takes and what it costs."
    ));
    choose_route(
        &mut harness,
        "Healthcare experience or a related science background",
    );
    assert!(has_text(
        &harness,
        "Healthcare experience or a related science background: perhaps within 6–12 months; costs the guide gives: $5,000–$30,000"
    ));
    choose_route(&mut harness, "Complete beginner");
    assert!(has_text(
        &harness,
        "Complete beginner: might expect 1–2 years; costs the guide gives: $5,000–$30,000"
    ));
}

#[test]
fn years_and_pay_say_where_the_pay_falls() {
    let mut harness = plan_harness(UiState::default());
    type_into(&mut harness, "Years of experience so far", "3");
    type_into(
        &mut harness,
        "Yearly pay, current or offered (USD, optional)",
        "$41,000",
    );
    let answers = &harness.state().state.answers;
    assert_eq!((answers.years, answers.pay_usd), (Some(3.0), Some(41_000)));
    assert!(has_text(
        &harness,
        "Where 3 years of experience and $41,000 a year fall"
    ));
    assert!(has_text(
        &harness,
        "Against the level median: $41,000 is $4,000 (8.9%) below $45,000, the Medical Technician median"
    ));
    // Something that is not a number is said, and changes nothing.
    type_into(&mut harness, "Years of experience so far", "three");
    assert!(has_text(
        &harness,
        "Write the years as a number, 0 or more (2.5 for two and a half)."
    ));
    assert_eq!(harness.state().state.answers.years, Some(3.0));
}

#[test]
fn clear_all_asks_first_and_the_next_run_has_the_answers_back() {
    let mut harness = plan_harness(UiState::default());
    answer(&mut harness, "Attention to detail", Choice::Have);
    choose_route(&mut harness, "Complete beginner");

    // The next run, from what was saved: the answers are back.
    let saved = saved_state(&mut harness);
    assert_eq!(saved.answers.choice("attention-to-detail"), Some(Choice::Have));
    let mut next = app_harness(TALL, AppOptions::default(), saved);
    next.run();
    assert_eq!(next.state().views.reader.place(), Place::Plan);
    let group = next.get_by_role_and_label(Role::RadioGroup, "Attention to detail");
    let have = group.get_by_role_and_label(Role::RadioButton, "I have it");
    assert_eq!(have.accesskit_node().toggled(), Some(Toggled::True));

    // Clear all: asked first; "Keep my answers" keeps them.
    next.get_by_role_and_label(Role::Button, "Clear all answers…")
        .click();
    next.run();
    next.get_by_role_and_label(Role::Heading, "Clear all answers?");
    assert!(
        next.get_by_role_and_label(Role::Button, "Keep my answers")
            .is_focused(),
        "the safe choice has the keyboard"
    );
    next.get_by_role_and_label(Role::Button, "Keep my answers")
        .click();
    next.run();
    assert!(!next.state().state.answers.is_empty(), "kept");
    // Esc closes the question too, clearing nothing.
    next.get_by_role_and_label(Role::Button, "Clear all answers…")
        .click();
    next.run();
    next.key_press(egui::Key::Escape);
    next.run();
    assert!(
        next.query_by_role_and_label(Role::Heading, "Clear all answers?")
            .is_none()
    );
    assert!(!next.state().state.answers.is_empty(), "kept");

    next.get_by_role_and_label(Role::Button, "Clear all answers…")
        .click();
    next.run();
    next.get_by_role_and_label(Role::Button, "Clear all answers")
        .click();
    next.run();
    assert_eq!(next.state().state.answers, Answers::default());
    assert!(has_text(&next, "0 of 8 soft skills"));
    assert_eq!(saved_state(&mut next).answers, Answers::default());
}

#[test]
fn every_choice_is_a_radio_group_named_after_its_item() {
    let harness = plan_harness(UiState::default());
    let readiness = &harness.state().guide().readiness;
    let skills = readiness
        .skill_groups
        .iter()
        .flat_map(|g| &g.skills)
        .map(|s| s.name.as_str());
    let certifications = readiness.certifications.iter().map(|c| c.name.as_str());
    let steps = readiness.steps.iter().map(|s| s.title.as_str());
    let names: Vec<&str> = skills.chain(certifications).chain(steps).collect();
    assert_eq!(names.len(), 29, "20 skills, 3 certifications, 6 steps");
    for name in names {
        let group = harness.get_by_role_and_label(Role::RadioGroup, name);
        let choices: Vec<String> = group
            .query_all_by_role(Role::RadioButton)
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        assert_eq!(choices, ["I have it", "Learning", "Not yet"], "{name}");
    }
    let start = harness.get_by_role_and_label(Role::RadioGroup, "Where I start");
    assert_eq!(start.query_all_by_role(Role::RadioButton).count(), 2);
}

#[test]
fn a_missing_item_opens_the_guide_where_it_covers_it() {
    let mut harness = plan_harness(UiState::default());
    harness
        .get_by(|n| {
            n.role() == Role::Link
                && n.label().as_deref()
                    == Some("In the guide: Skills and qualifications (about Hematology procedures)")
        })
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.section().map(|s| s.id.as_str()), Some("skills"));
    let found = app
        .views
        .reader
        .highlight()
        .expect("what the link points at is marked");
    assert_eq!(found.block(), Some(5), "the technical skills' block (the sixth)");
}

#[test]
fn the_path_chart_reads_out_formatted_figures_and_marks_the_readers_pay() {
    let answers = Answers {
        route: Some("experienced".to_owned()),
        years: Some(3.0),
        pay_usd: Some(41_000),
        ..Answers::default()
    };
    let mut harness = plan_harness(UiState {
        answers,
        ..UiState::default()
    });
    let plan = harness.state().plan.path.clone();
    harness
        .get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with(PATH_CHART)))
        .scroll_to_me();
    harness.run();
    let plot = plot_rect(&harness, PATH_CHART);
    // Hovering the first level's step: its name, years on the path and figures, in dollars.
    let first = plan.steps.first().cloned().expect("a level");
    harness.hover_at(egui::pos2(
        plot.left() + plot.width() * ((first.x_mid() + plan.x_max * 0.03) / (plan.x_max * 1.03)) as f32,
        plot.center().y,
    ));
    harness.run();
    let texts: Vec<String> = painted_texts(&harness).into_iter().map(|t| t.text).collect();
    let read_out = texts
        .iter()
        .find(|t| t.starts_with("Medical Technician (2–4 years)"))
        .unwrap_or_else(|| panic!("no read-out among {texts:?}"));
    assert!(read_out.contains("US median $45,000 per year"), "{read_out}");
    assert!(read_out.contains("US average $47,000 per year"), "{read_out}");

    // Where the axes put a figure: by their tick labels ("0" years from today; "$40k", "$50k").
    let texts = painted_texts(&harness);
    let tick = |label: &str| {
        texts
            .iter()
            .find(|t| t.text == label && plot.expand(40.0).contains(t.rect.center()))
            .map_or_else(|| panic!("no tick {label}"), |t| t.rect.center())
    };
    let (today, usd_40k, usd_50k) = (tick("0"), tick("$40k"), tick("$50k"));
    assert_eq!(
        plan.x_ticks.get(..3),
        Some(&[0.0, 0.5, 1.0][..]),
        "today, then the training's ends"
    );
    let one = tick("1");
    let to_screen = |x: f64, usd: f64| {
        let per_year = one.x - today.x;
        let per_usd = (usd_40k.y - usd_50k.y) / 10_000.0;
        egui::pos2(
            today.x + x as f32 * per_year,
            usd_40k.y - (usd - 40_000.0) as f32 * per_usd,
        )
    };
    // The reader's own mark: the diamond painted in the position colour, at today and $41,000.
    let position = medtech_guide::tokens::Tokens::for_visuals(&harness.ctx.global_style().visuals).position;
    let mark = common::paint::filled_paths(&harness, position)
        .into_iter()
        .find(|r| plot.contains(r.center()))
        .expect("the reader's mark");
    let at = to_screen(0.0, 41_000.0);
    assert!(
        (mark.center() - at).length() < 3.0,
        "the mark at {:?}, today and $41,000 at {at:?}",
        mark.center()
    );
    harness.hover_at(at);
    harness.run();
    assert!(
        painted_texts(&harness)
            .iter()
            .any(|t| t.text == "You today: $41,000 a year, 3 years of experience"),
        "hovering the mark says what it is"
    );
}

#[test]
fn the_views_export_saves_the_plan_for_the_answers_shown_through_the_save_dialog() {
    use crate::ui::save_dialog::{type_path, wait_for};
    let options = AppOptions {
        in_window_save_dialog: true,
        ..open_section("plan")
    };
    let mut harness = app_harness(TALL, options, UiState::default());
    harness.run();
    answer(&mut harness, "Phlebotomy and sample collection", Choice::Have);
    harness.get_by_label("Export my plan…").click();
    harness.run();
    harness.get_by_label("Markdown…").click();
    wait_for(&mut harness, "Save to");
    let dir = common::files::temp_dir();
    let target = dir.path().join("my plan.md");
    type_path(&mut harness, &target);
    harness.get_by_label("Save").click();
    wait_for(&mut harness, "Saved");
    let written = common::files::read_to_string(&target);
    // The same bytes as the plan's Markdown for these answers.
    let app = harness.state();
    let plan = app.present.plan(&app.state.answers);
    assert_eq!(
        written,
        medtech_guide::export::plan_markdown::plan_markdown(&plan)
    );
    assert!(written.contains("1 of 12 technical skills"), "{written}");

    // The File menu offers it too.
    common::app::open_menu(&mut harness, "File");
    harness.get_by_label("Export my plan as PDF…");
}
