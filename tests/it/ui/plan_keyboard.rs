//! "My plan" by keyboard alone: Tab reaches every control, each in view and showing that it has
//! the keyboard; Space or Enter picks a choice, ←/→ the one before or after it; the "?" shows and
//! hides the guide's description; Clear all asks, Esc keeps.

use crate::common;

use common::plan::{has_text, phlebotomist};
use egui::accesskit::{Role, Toggled};
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{app::GuideApp, model::Choice, state::UiState};

fn is_focused(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// The role, name and screen rectangle of what has the keyboard.
fn focused(harness: &Harness<'static, GuideApp>) -> Option<(Role, String, egui::Rect)> {
    let node = harness
        .query_all(egui_kittest::kittest::by().predicate(is_focused))
        .next()?;
    let id = harness.ctx.memory(egui::Memory::focused)?;
    let rect = harness.ctx.read_response(id)?.rect;
    let node = node.accesskit_node();
    Some((node.role(), node.label().unwrap_or_default(), rect))
}

fn plan_harness(size: [f32; 2], zoom: f32) -> Harness<'static, GuideApp> {
    let state = UiState {
        answers: phlebotomist(),
        ..UiState::default()
    };
    common::app::opened_with("plan", size, zoom, state)
}

/// At 1024×768 and 125 %, and at 640×480 and 200 % (the sections in a menu, the path chart
/// lower than its full height to fit), Tab from the window's top reaches each of the plan's
/// controls in turn: each wholly in the window, and a radio, link or field with the ring egui
/// draws round what has the keyboard, that ring whole too.
#[test]
fn tab_visits_the_whole_plan_each_control_in_view_and_ringed() {
    for (size, zoom) in [([1024.0, 768.0], 1.25), ([640.0, 480.0], 2.0)] {
        tab_through_the_plan(size, zoom);
    }
}

fn tab_through_the_plan(size: [f32; 2], zoom: f32) {
    let mut harness = plan_harness(size, zoom);
    let window = harness.ctx.content_rect();
    let mut seen: Vec<(Role, String)> = Vec::new();
    for _ in 0..220 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let Some((role, label, rect)) = focused(&harness) else {
            continue;
        };
        if seen.iter().any(|(r, l)| *r == Role::Button && l == "Export…")
            && seen.first().is_some_and(|(_, l)| *l == label)
        {
            break; // round to the top bar again
        }
        let at = format!("at {size:?} and {zoom}: {role:?} {label:?} at {rect:?}");
        // A link broken over two lines was two stops, the second nameless and unringed.
        assert!(!label.is_empty(), "{at}: a stop that says nothing");
        assert!(
            window.contains_rect(rect),
            "{at} has the keyboard outside the window {window:?}"
        );
        if matches!(role, Role::RadioButton | Role::Link | Role::TextInput) {
            assert!(
                common::paint::focus_ring_around(&harness, rect),
                "{at} has the keyboard and no ring"
            );
            // The ring (3 points out, 1 wide) shows whole: not cut by the panel's edge.
            assert!(
                window.contains_rect(rect.expand(4.0)),
                "{at}: its ring is cut by the window {window:?}"
            );
        }
        seen.push((role, label));
    }
    let count = |role: Role| seen.iter().filter(|(r, _)| *r == role).count();
    assert_eq!(count(Role::RadioButton), 29 * 3 + 2, "every choice and way in");
    assert_eq!(count(Role::TextInput), 3, "search, years and pay");
    let missing = 5 + 1 + 2;
    let steps = 4; // all but the two had
    assert_eq!(
        count(Role::Link),
        missing + steps,
        "each missing item's and next step's link"
    );
    for label in ["Clear all answers…", "Export my plan…", "Show data", "Export…"] {
        assert!(seen.iter().any(|(_, l)| l == label), "Tab reached {label:?}");
    }
    assert!(
        seen.iter()
            .any(|(r, l)| *r == Role::Image && l.starts_with("Step chart")),
        "Tab reached the path chart"
    );
}

/// Picks the radio named `choice` of `item` by giving it the keyboard, as Tab would.
fn focus_radio(harness: &mut Harness<'static, GuideApp>, item: &str, choice: &str) {
    harness
        .get_by_role_and_label(Role::RadioGroup, item)
        .get_by_role_and_label(Role::RadioButton, choice)
        .focus();
    harness.run();
}

fn toggled(harness: &Harness<'static, GuideApp>, item: &str, choice: &str) -> bool {
    harness
        .get_by_role_and_label(Role::RadioGroup, item)
        .get_by_role_and_label(Role::RadioButton, choice)
        .accesskit_node()
        .toggled()
        == Some(Toggled::True)
}

#[test]
fn space_or_enter_picks_a_choice_and_the_arrows_the_one_beside_it() {
    let mut harness = common::app::opened("plan", common::app::TALL);
    let choice = |h: &Harness<'static, GuideApp>| h.state().state.answers.choice("ekg");
    focus_radio(&mut harness, "Basic EKG/ECG", "Learning");
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(choice(&harness), Some(Choice::Learning), "Space picks it");
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(choice(&harness), Some(Choice::NotYet), "→ picks the next");
    assert!(toggled(&harness, "Basic EKG/ECG", "Not yet"));
    let (role, label, _) = focused(&harness).expect("a focused widget");
    assert_eq!(
        (role, label.as_str()),
        (Role::RadioButton, "Not yet"),
        "and takes the keyboard"
    );
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(
        choice(&harness),
        Some(Choice::Have),
        "round to the first, as radio groups do"
    );
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(choice(&harness), Some(Choice::NotYet), "← the one before");
    // ↓ goes to the same choice of the item below, picking nothing there.
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    let (_, label, rect) = focused(&harness).expect("a focused widget");
    let below = harness
        .get_by_role_and_label(Role::RadioGroup, "Urinalysis and basic microbiology")
        .get_by_role_and_label(Role::RadioButton, "Not yet")
        .rect();
    assert_eq!((label.as_str(), rect), ("Not yet", below));
    assert_eq!(
        harness.state().state.answers.choice("urinalysis-microbiology"),
        None
    );
    assert_eq!(choice(&harness), Some(Choice::NotYet));
    assert_eq!(
        harness.state().state.answers.choice("phlebotomy"),
        None,
        "the item above is left alone"
    );

    focus_radio(&mut harness, "Where I start", "Complete beginner");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().state.answers.route.as_deref(),
        Some("beginner"),
        "Enter picks it"
    );
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(
        harness.state().state.answers.route.as_deref(),
        Some("experienced")
    );
}

#[test]
fn the_question_mark_shows_and_hides_the_description_by_keyboard() {
    let mut harness = common::app::opened("plan", common::app::TALL);
    let description = harness
        .state()
        .guide()
        .readiness
        .steps
        .first()
        .map(|s| (s.title.clone(), s.description.clone()))
        .expect("a step");
    let (title, text) = description;
    let show = format!("Show what the guide says about {title}");
    let hide = format!("Hide what the guide says about {title}");
    harness.get_by_role_and_label(Role::Button, &show).focus();
    harness.run();
    assert!(!has_text(&harness, &text));
    harness.key_press(egui::Key::Space);
    harness.run();
    assert!(has_text(&harness, &text), "Space shows it");
    let (_, label, _) = focused(&harness).expect("still focused");
    assert_eq!(
        label, hide,
        "the button keeps the keyboard and says what it does now"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(!has_text(&harness, &text), "Enter hides it");
}

#[test]
fn clear_all_by_keyboard_asks_and_esc_keeps_the_answers() {
    let mut harness = plan_harness(common::app::TALL, 1.0);
    harness
        .get_by_role_and_label(Role::Button, "Clear all answers…")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "Clear all answers?");
    let (_, label, _) = focused(&harness).expect("the dialog's button");
    assert_eq!(label, "Keep my answers", "the safe choice has the keyboard");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Clear all answers?")
            .is_none()
    );
    assert_eq!(harness.state().state.answers, phlebotomist(), "kept");
    let (_, label, _) = focused(&harness).expect("back on the button");
    assert_eq!(label, "Clear all answers…", "the keyboard is back where it was");

    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    let (_, label, _) = focused(&harness).expect("the dialog's other button");
    assert_eq!(label, "Clear all answers");
    harness.key_press(egui::Key::Space);
    harness.run();
    assert!(harness.state().state.answers.is_empty(), "cleared once confirmed");
}
